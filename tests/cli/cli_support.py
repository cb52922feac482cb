"""Helpers of the command-line tests: run the CLI as a real process, and tell whether text could act on a terminal.

`unsafe_characters` is written here on its own (from the Unicode categories), not imported from the CLI, so that a
mistake in the CLI's escaping cannot hide itself.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

#: every category a terminal may act on or hide: controls, format characters (bidi, zero-width, tags),
#: surrogates, line and paragraph separators
TERMINAL_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})

CLI = [sys.executable, "-m", "conversation_items.cli"]
CONSOLE_SCRIPT = Path(sys.executable).parent / "conversation-items"


def unsafe_characters(text: str) -> list[str]:
    """The characters of `text` a terminal could act on (newline apart: it ends our lines)."""
    return [char for char in text if char != "\n" and unicodedata.category(char) in TERMINAL_CATEGORIES]


def cli_env(extra: Mapping[str, str] | None = None, *, drop: Sequence[str] = ()) -> dict[str, str]:
    """The environment for a CLI process: no endpoint or key from the outside, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if k not in ("AZURE_AI_PROJECT_ENDPOINT", "AZURE_AI_API_KEY")}
    for name in drop:
        env.pop(name, None)
    env.update(extra or {})
    return env


def run_cli(
    *args: str, env: Mapping[str, str] | None = None, timeout: float = 60, **kwargs: Any
) -> subprocess.CompletedProcess[bytes]:
    """`python -m conversation_items.cli ARGS` in a fresh process; stdout and stderr as bytes."""
    return subprocess.run(
        [*CLI, *args],
        env=cli_env() if env is None else dict(env),
        capture_output=True,
        timeout=timeout,
        check=False,
        **kwargs,
    )


def stderr_lines(result: subprocess.CompletedProcess[bytes]) -> list[str]:
    return result.stderr.decode("utf-8").splitlines()


def _restore_default_sigint() -> None:  # runs in the child before exec
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def spawn_cli(*args: str) -> subprocess.Popen[bytes]:
    """The CLI as a running process with piped output, for tests that interrupt it with SIGINT.

    The child gets the default SIGINT disposition explicitly, so Ctrl-C works whatever the test runner inherited
    (a background job of a non-interactive shell starts with SIGINT ignored)."""
    return subprocess.Popen(
        [*CLI, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=cli_env(),
        preexec_fn=_restore_default_sigint,
    )
