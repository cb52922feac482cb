"""What `get` prints: hostile server text never reaches the terminal raw; `--json` is the body byte for byte.

The mock server serves every hostile payload as raw bytes (C1 controls and bidi overrides as raw UTF-8; C0 controls
as the JSON escapes JSON requires), so each case goes through the real client and the real decoding.
"""

from __future__ import annotations

import json
import logging
import os
import pty
import re
import subprocess
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from cli_support import CLI, cli_env, run_cli, unsafe_characters
from conversation_items.cli import main
from conversation_items.testing import Fault, MockConversationServer

#: what attackers put in text to act on a terminal, by name
ESCAPES = {
    "csi_clear": "\x1b[2J\x1b[31mred",
    "osc_title": "\x1b]0;pwned\x07",
    "osc8_link": "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\",
    "bel": "ding\x07",
    "c1_csi": "\x9b31mred",
    "c1_osc": "\x9d0;t\x9c",
    "rtl_override": "invoice\u202efdp.exe",
    "isolates": "\u2066x\u2069\u200e\u200f",
    "nul_del": "a\x00b\x7f",
    "tag_smuggling": "\U000e0041\U000e0042",
}
#: how each of them must look on screen
SHOWN = {
    "csi_clear": "\\x1b[2J\\x1b[31mred",
    "osc_title": "\\x1b]0;pwned\\x07",
    "osc8_link": "\\x1b]8;;https://evil.example\\x1b\\\\click\\x1b]8;;\\x1b\\\\",
    "bel": "ding\\x07",
    "c1_csi": "\\x9b31mred",
    "c1_osc": "\\x9d0;t\\x9c",
    "rtl_override": "invoice\\u202efdp.exe",
    "isolates": "\\u2066x\\u2069\\u200e\\u200f",
    "nul_del": "a\\x00b\\x7f",
    "tag_smuggling": "\\U000e0041\\U000e0042",
}
MB = 1 << 20


def _raw(item: Mapping[str, Any]) -> bytes:
    """The item as JSON with every non-ASCII character raw (json.dumps escapes only what JSON requires)."""
    return json.dumps(item, ensure_ascii=False).encode("utf-8")


HOSTILE_ITEMS: dict[str, dict[str, Any]] = {
    "in_values": {"id": "in_values", "type": "message", "role": "user", "content": "".join(ESCAPES.values())}
    | {f"field_{name}": value for name, value in ESCAPES.items()},
    "in_field_names": {"id": "in_field_names", "type": "message", "role": "user", "content": "hi"}
    | {f"{value}_{name}": name for name, value in ESCAPES.items()},
    "in_nested_values": {
        "id": "in_nested_values",
        "type": "message",
        "role": "user",
        "content": [{"type": "input_text", "text": "".join(ESCAPES.values())}],
        "extra": {value: [value] for value in ESCAPES.values()},
    },
    **{f"type_{name}": {"id": f"type_{name}", "type": f"new_{value}", "a": 1} for name, value in ESCAPES.items()},
    "megabyte_value": {"id": "megabyte_value", "type": "message", "role": "user", "content": "\x1b[2J" + "x" * MB},
    "megabyte_field_name": {"id": "megabyte_field_name", "type": "message", "role": "user", "content": "hi"}
    | {"\u202e" + "k" * MB: "v"},
    "megabyte_type": {"id": "megabyte_type", "type": "\x9b" + "t" * MB},
}


@pytest.fixture(scope="module")
def server() -> Iterator[MockConversationServer]:
    with MockConversationServer(items=[]) as srv:
        for item_id, item in HOSTILE_ITEMS.items():
            srv.add_item(_raw(item), item_id=item_id)
        yield srv


@pytest.mark.parametrize("item_id", list(HOSTILE_ITEMS))
def test_hostile_text_is_escaped_in_the_summary(
    server: MockConversationServer, item_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["get", "conv_demo", item_id, "--endpoint", server.endpoint]) == 0
    out, err = capsys.readouterr()
    assert unsafe_characters(out) == [] and unsafe_characters(err) == []
    assert len(out) < 20_000  # a megabyte is cut, not printed
    if item_id == "in_nested_values":  # lists and objects are shown as JSON: JSON escapes, the same value
        assert '"text": "\\u001b[2J\\u001b[31mred\\u001b]0;pwned\\u0007' in out
        assert '"\\u001b]0;pwned\\u0007": ["\\u001b]0;pwned\\u0007"]' in out
    elif item_id.startswith("type_"):  # one escape in each type: a type is cut at 60 characters
        assert out.startswith(f"new_{SHOWN[item_id[len('type_') :]]}  ->  UnknownItem  (a type this version")
    elif not item_id.startswith("megabyte"):
        for name, shown in SHOWN.items():
            assert shown in out, name


def test_a_megabyte_value_is_cut_with_a_note(
    server: MockConversationServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["get", "conv_demo", "megabyte_value", "--endpoint", server.endpoint]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("  content"))
    assert line.endswith("\\x1b[2J" + "x" * 193 + "... (1,048,580 characters; use --json for all)")


def test_a_megabyte_field_name_and_type_are_cut(
    server: MockConversationServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["get", "conv_demo", "megabyte_field_name", "--endpoint", server.endpoint]) == 0
    assert "  \\u202e" + "k" * 54 + "... (1,048,577 characters; use --json for all)  v\n" in capsys.readouterr().out
    assert main(["get", "conv_demo", "megabyte_type", "--endpoint", server.endpoint]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("\\x9b" + "t" * 56 + "... (1,048,577 characters; use --json for all)  ->  UnknownItem")
    assert unsafe_characters(err) == []


def test_the_service_error_message_is_escaped_and_cut(
    server: MockConversationServer, capsys: pytest.CaptureFixture[str]
) -> None:
    message = "".join(ESCAPES.values()) + "m" * MB
    body = _raw({"error": {"code": "\x9bbad\u202e", "message": message, "type": "invalid_request_error"}})
    server.schedule(Fault(status=400, body=body))
    assert main(["get", "conv_demo", "in_values", "--endpoint", server.endpoint]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and unsafe_characters(err) == []
    assert err.startswith("error: the service answered 400 Bad Request: \\x9bbad\\u202e: \\x1b[2J\\x1b[31mred")
    assert "characters)" in err and len(err) < 1200


def test_a_hostile_request_id_is_escaped(server: MockConversationServer, capsys: pytest.CaptureFixture[str]) -> None:
    hostile_id = "req\x9b31m\xad"  # a C1 CSI and a soft hyphen (a format character), as latin-1 header bytes
    body = _raw(HOSTILE_ITEMS["in_values"])
    server.schedule(Fault(status=503, headers={"x-request-id": hostile_id}))
    server.schedule(Fault(status=200, body=body, headers={"x-request-id": hostile_id}))
    code = main(["get", "conv_demo", "in_values", "--endpoint", server.endpoint, "--verbose", "--timeout", "5"])
    assert code == 0
    out, err = capsys.readouterr()
    assert "(request id req\\x9b31m\\xad)" in out
    assert "request id req\\x9b31m\\xad, " in err  # the attempt lines of --verbose
    assert unsafe_characters(out) == [] and unsafe_characters(err) == []


def test_an_unknown_type_warning_is_escaped(
    fresh_warnings: None, server: MockConversationServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.add_item(_raw({"id": "fresh_type", "type": "\x1b[2Jfresh_\u202etype"}), item_id="fresh_type")
    assert main(["get", "conv_demo", "fresh_type", "--endpoint", server.endpoint]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("\\x1b[2Jfresh_\\u202etype  ->  UnknownItem")
    # the client's WARNING, once per type; the type escaped once, as in the summary (never `\\x1b`)
    assert err.startswith("warning: item type '\\x1b[2Jfresh_\\u202etype' is not in this package's spec: "), err
    assert "\\\\" not in err and err.count("\n") == 1
    assert unsafe_characters(err) == []


def test_without_the_cli_the_unknown_type_warning_shows_the_type_as_its_repr(
    fresh_warnings: None, caplog: pytest.LogCaptureFixture
) -> None:
    from conversation_items import parse_item

    with caplog.at_level(logging.WARNING, logger="conversation_items"):
        parse_item({"type": "\x1b[31mevil\\"})
    (record,) = caplog.records
    assert record.getMessage().startswith("item type '\\x1b[31mevil\\\\' is not in this package's spec")
    assert unsafe_characters(record.getMessage()) == []


# --json: the body as received, whatever the output encoding --------------------------------------------------

ODD_BODY = (
    b'{"zeta":1.0e10,  "alpha" : -0,"esc":"\\u00e9\\ud83d\\ude00\\/","raw":"caf\xc3\xa9 \xe2\x80\xae \xc2\x9b",'
    b'"type":"message","role":"user","content":"hi","id":"odd_1","n":[1E+2,-0.0e-0,{}],"e":[]}'
)
ODD_PRETTY = (
    '{\n  "zeta": 1.0e10,\n  "alpha": -0,\n  "esc": "\\u00e9\\ud83d\\ude00\\/",\n  "raw": "caf\u00e9 \u202e \x9b",\n'
    '  "type": "message",\n  "role": "user",\n  "content": "hi",\n  "id": "odd_1",\n  "n": [\n    1E+2,\n'
    '    -0.0e-0,\n    {}\n  ],\n  "e": []\n}\n'
).encode("utf-8")


@pytest.fixture(scope="module")
def odd_server() -> Iterator[MockConversationServer]:
    with MockConversationServer(items=[]) as srv:
        srv.add_item(ODD_BODY, item_id="odd_1")
        yield srv


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "ascii"])
def test_json_is_the_body_byte_for_byte(odd_server: MockConversationServer, encoding: str) -> None:
    env = cli_env({"PYTHONIOENCODING": encoding})
    result = run_cli("get", "conv_demo", "odd_1", "--endpoint", odd_server.endpoint, "--json", env=env)
    assert (result.returncode, result.stderr) == (0, b"")
    assert result.stdout == ODD_BODY
    assert isinstance(json.loads(result.stdout), dict)  # one JSON object: what `make new-type FROM=` reads


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "ascii"])
def test_pretty_indents_and_keeps_every_token(odd_server: MockConversationServer, encoding: str) -> None:
    env = cli_env({"PYTHONIOENCODING": encoding})
    result = run_cli("get", "conv_demo", "odd_1", "--endpoint", odd_server.endpoint, "--pretty", env=env)
    assert (result.returncode, result.stderr) == (0, b"")
    assert result.stdout == ODD_PRETTY
    assert json.loads(result.stdout) == json.loads(ODD_BODY)


def test_pretty_alone_and_with_json_are_the_same(
    odd_server: MockConversationServer, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["get", "conv_demo", "odd_1", "--endpoint", odd_server.endpoint, "--pretty"]) == 0
    alone = capsysbinary.readouterr().out
    assert main(["get", "conv_demo", "odd_1", "--endpoint", odd_server.endpoint, "--json", "--pretty"]) == 0
    assert capsysbinary.readouterr().out == alone == ODD_PRETTY


def test_the_summary_survives_an_ascii_stdout(odd_server: MockConversationServer) -> None:
    env = cli_env({"PYTHONIOENCODING": "ascii"})
    result = run_cli("get", "conv_demo", "odd_1", "--endpoint", odd_server.endpoint, env=env)
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("ascii")
    assert "  raw      caf\\xe9 \\u202e \\x9b\n" in out
    assert "  esc      \\xe9\\U0001f600/\n" in out


def _run_on_a_terminal(*args: str) -> tuple[int, bytes]:
    """Run the CLI with stdout on a pseudo-terminal; returns the exit code and what the terminal received."""
    primary, secondary = pty.openpty()
    proc = subprocess.Popen([*CLI, *args], stdout=secondary, stderr=subprocess.PIPE, env=cli_env())
    os.close(secondary)
    received = b""
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # EIO: the process closed the terminal
            break
        if not chunk:
            break
        received += chunk
    os.close(primary)
    code = proc.wait(timeout=60)
    assert proc.stderr is not None
    proc.stderr.close()
    return code, received.replace(b"\r\n", b"\n")  # the terminal turns each \n into \r\n


@pytest.mark.parametrize("flag", ["--json", "--pretty"])
def test_json_on_a_terminal_escapes_what_would_act_on_it(odd_server: MockConversationServer, flag: str) -> None:
    code, received = _run_on_a_terminal("get", "conv_demo", "odd_1", "--endpoint", odd_server.endpoint, flag)
    assert code == 0
    shown = received.decode("utf-8")
    assert unsafe_characters(shown) == []
    assert "caf\u00e9 \\u202e \\u009b" in shown and "1.0e10" in shown  # the value kept, tokens verbatim
    assert json.loads(shown) == json.loads(ODD_BODY)
    assert shown.endswith("}\n")  # a newline, so the prompt does not follow the brace
    assert re.search(r'"zeta": ?1\.0e10', shown)
