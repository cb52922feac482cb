"""The README's "Command line" section says what the command does: options, defaults, limits, exit codes.

The behaviour each sentence describes is tested in tests/test_cli*.py; this file checks that the section's names
and numbers are the code's.
"""

from __future__ import annotations

import argparse
import re

import pytest
from conversation_items._defaults import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from conversation_items.cli._arguments import DEFAULT_MOCK_PORT, build_parser
from conversation_items.cli._exit import EXIT_CODE_MEANINGS
from conversation_items.cli._render import FIELD_LIMIT, VALUE_LIMIT
from conversation_items.cli._text import visible
from conversation_items.testing import MockConversationServer
from support import ROOT


@pytest.fixture(scope="module")
def section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"^## Command line\n(.*?)^## ", readme, re.DOTALL | re.MULTILINE)
    assert match is not None
    return match.group(1)


def _usage(section: str) -> str:
    match = re.search(r"```sh\n(.*?)```", section, re.DOTALL)
    assert match is not None
    return match.group(1)


def _options(command: str) -> set[str]:
    parser = build_parser([command])
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    sub = subparsers.choices[command]
    return {o for a in sub._actions for o in a.option_strings if o.startswith("--") and o != "--help"}


@pytest.mark.parametrize("command", ["get", "list", "mock-server"])
def test_the_usage_lines_name_every_option_and_no_other(section: str, command: str) -> None:
    usage = _usage(section)
    start = usage.index(f"conversation-items {command}")
    end = usage.index("\nconversation-items ", start + 1)
    written = set(re.findall(r"--[a-z-]+", usage[start:end]))
    assert written == _options(command)


def test_every_get_option_is_in_the_table(section: str) -> None:
    table = section[section.index("| option | meaning |") : section.index("A bad number")]
    for option in _options("get") - {"--json", "--pretty", "--verbose"}:
        assert f"`{option}" in table, option


def test_the_exit_code_table_is_the_code(section: str) -> None:
    rows = re.findall(r"^\| (\d+) \| (.*) \|$", section, re.MULTILINE)
    assert [(int(code), meaning) for code, meaning in rows] == [
        (int(code), meaning) for code, meaning in EXIT_CODE_MEANINGS.items()
    ]


def test_the_defaults_named_are_the_clients(section: str) -> None:
    defaults = re.search(r"\((\d+) s per attempt, no deadline, (\d+) retries\)", section)
    assert defaults is not None
    assert (float(defaults.group(1)), int(defaults.group(2))) == (DEFAULT_TIMEOUT, DEFAULT_MAX_RETRIES)


def test_the_limits_and_the_note_are_the_codes(section: str) -> None:
    section = " ".join(section.split())  # sentences wrap across lines
    assert f"A value is cut at {VALUE_LIMIT} characters" in section
    assert f"the request id at {FIELD_LIMIT}" in section
    note = visible("x" * 1_048_576, VALUE_LIMIT, hint="use --json for all")
    assert "`... (1,048,576 characters; use --json for all)`" in section
    assert note.endswith("... (1,048,576 characters; use --json for all)")


def test_the_mock_server_defaults_are_the_codes(section: str) -> None:
    section = " ".join(section.split())
    with MockConversationServer(port=0) as server:
        base_path, host = server.base_path, server.host
        conversation = server.conversation_id
    assert f"`http://{host}:{DEFAULT_MOCK_PORT}{base_path}`" in section
    assert f"`--conversation-id CONV` (default `{conversation}`) and `--host` (default `{host}`)" in section
