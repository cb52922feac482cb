"""The command line's grammar as users read it in `--help`: every option's names, metavar, help text, default, action
and type, compared with the reviewed snapshot `tests/snapshots/cli_help.json`.

The snapshot is read from argparse's own objects, not from the rendered text, whose wrapping changes between Python
versions. Changing an option means changing the snapshot in the same commit; to write it again from the code:

    .venv/bin/python tests/cli/test_cli_help.py > tests/snapshots/cli_help.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from conversation_items.cli import main
from conversation_items.cli._arguments import build_parser

SNAPSHOT = Path(__file__).resolve().parent.parent / "snapshots" / "cli_help.json"


def _describe_action(action: argparse.Action) -> dict[str, Any]:
    kind = action.type
    return {
        "options": list(action.option_strings) or [action.dest],
        "action": type(action).__name__,
        "metavar": action.metavar,
        "help": action.help,
        "default": action.default
        if action.default is None or isinstance(action.default, str | int | bool)
        else repr(action.default),
        "nargs": action.nargs,
        "required": action.required,
        "type": None if kind is None else getattr(kind, "__name__", repr(kind)),
    }


def _describe_parser(parser: argparse.ArgumentParser) -> dict[str, Any]:
    return {
        "prog": parser.prog,
        "allow_abbrev": parser.allow_abbrev,  # False everywhere: `--jso` is an error, not `--json`
        "description": parser.description,
        "epilog": parser.epilog,
        "actions": [_describe_action(a) for a in parser._actions if not isinstance(a, argparse._SubParsersAction)],
        "exclusive": [sorted(a.dest for a in group._group_actions) for group in parser._mutually_exclusive_groups],
    }


def grammar() -> dict[str, Any]:
    """Every parser of the command line (the top level and each command with its options), as plain data."""
    described: dict[str, Any] = {}
    for command in ("get", "list", "types", "mock-server"):
        parser = build_parser([command])
        commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        described.setdefault("", _describe_parser(parser))
        described[""]["commands"] = {choice.dest: choice.help for choice in commands._choices_actions}
        described[command] = _describe_parser(commands.choices[command])
    return described


def test_the_grammar_is_the_reviewed_one() -> None:
    assert grammar() == json.loads(SNAPSHOT.read_text(encoding="utf-8"))


@pytest.mark.parametrize("command", ["get", "mock-server"])
def test_help_shows_each_option_with_its_text(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, "--help"]) == 0
    shown = "".join(capsys.readouterr().out.split())  # wrapping may break lines at spaces and after hyphens
    for action in grammar()[command]["actions"]:
        if action["help"] and action["help"] != argparse.SUPPRESS:
            assert "".join(action["help"].split()) in shown, action["options"]


@pytest.mark.parametrize(
    ("option", "says"),
    [
        ("--timeout", "expected a number of seconds, got 'x'"),
        ("--deadline", "expected a number of seconds, got 'x'"),
        ("--max-retries", "expected a whole number, got 'x'"),
    ],
)
def test_a_value_that_is_not_a_number_is_named(option: str, says: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["get", "c", "i", "--endpoint", "https://e.example/p", option, "x"]) == 2
    assert f"error: argument {option}: {says} (see conversation-items get --help)" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "prefix"),
    [
        (["get", "c", "i", "--endpoint", "https://e.example/p", "--jso"], "--jso"),
        (["get", "c", "i", "--endpoint", "https://e.example/p", "--verb"], "--verb"),
        (["get", "c", "i", "--endp", "https://e.example/p"], "--endp https://e.example/p"),
        (["mock-server", "--por", "0"], "--por 0"),
        (["--vers", "types"], "--vers"),
    ],
)
def test_an_option_prefix_is_refused_not_taken_for_the_option(
    argv: list[str], prefix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert (out, err) == (
        "",
        f"conversation-items: error: unrecognized arguments: {prefix} (see conversation-items --help)\n",
    )


if __name__ == "__main__":
    json.dump(grammar(), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
