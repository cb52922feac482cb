"""The `conversation-items` command: fetch an item (`get`), list the known types (`types`), run the mock server
(`mock-server`). `conversation-items --help` lists the options and the exit codes; the README's "Command line"
section says the same.

Modules: `_arguments` (the grammar), `_get` and `_mock` (the commands), `_render` (the summary and the raw body),
`_text` (escaping server text for a terminal), `_raw_json` (re-indenting JSON without re-serialising it), `_logs`
(log records on stderr), `_failures` and `_exit` (exceptions to exit codes and one-line messages), `_main`.
"""

from ._main import main

__all__ = ["main"]
