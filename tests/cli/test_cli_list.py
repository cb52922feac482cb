"""`conversation-items list`: every page followed, a summary line per item or JSON Lines as received, the filters and
the common options on every page's request, and `get`'s exit codes."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from cli_support import run_cli
from conversation_items.cli import main
from conversation_items.testing import Fault, MockConversationServer

CONV = "conv_cli"
#: an item whose bytes must survive: key order, a number json.dumps would rewrite, an escape
RAW = b'{"id":"msg_raw","content":"caf\\u00e9","type":"message","role":"user","n":1.0e10}'


@pytest.fixture(scope="module")
def open_server() -> Iterator[MockConversationServer]:
    with MockConversationServer([], conversation_id=CONV) as srv:
        for n in range(4):
            srv.add_item({"type": "message", "id": f"msg_{n}", "role": "user", "content": f"hello {n}"})
        srv.add_item({"type": "function_call", "id": "fc_1", "call_id": "c", "name": "n", "arguments": "{}"})
        srv.add_item({"type": "hologram_call", "id": "hc_1", "frames": 3})
        srv.add_item(RAW)
        yield srv


@pytest.fixture
def server(open_server: MockConversationServer) -> Iterator[MockConversationServer]:
    open_server.clear_schedule()
    open_server.clear_requests()
    yield open_server
    open_server.clear_schedule()


def run(server: MockConversationServer, *argv: str) -> int:
    return main(["list", CONV, "--endpoint", server.endpoint, "--max-retries", "0", *argv])


def test_a_summary_line_per_item_across_pages(
    server: MockConversationServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(server, "--limit", "3", "--order", "asc") == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [
        "msg_0  message  ->  MessageItem",
        "msg_1  message  ->  MessageItem",
        "msg_2  message  ->  MessageItem",
        "msg_3  message  ->  MessageItem",
        "fc_1  function_call  ->  FunctionCallItem",
        "hc_1  hologram_call  ->  UnknownItem  (a type this version does not know: every field kept)",
        "msg_raw  message  ->  MessageItem",
    ]
    assert [r.query.get("after") for r in server.requests] == [None, ["msg_2"], ["hc_1"]]


def test_json_prints_each_item_as_received_one_per_line(server: MockConversationServer) -> None:
    result = run_cli("list", CONV, "--endpoint", server.endpoint, "--json", "--order", "asc", "--limit", "2")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.split(b"\n")
    assert lines[-1] == b""
    assert len(lines[:-1]) == 7
    assert lines[-2] == RAW  # byte for byte: key order, 1.0e10, the \u00e9 escape
    assert [json.loads(line)["id"] for line in lines[:-1]][:2] == ["msg_0", "msg_1"]
    assert all(b"\n" not in line for line in lines)


def test_the_filters_and_common_options_are_on_every_page(
    server: MockConversationServer, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--limit", "1", "--item-type", "message", "--after", "msg_0", "--before", "fc_1", "--order", "asc"]
    argv += ["--isolation-key", "user-42", "--user-identity", "oid-7", "--include", "message.output_text.logprobs"]
    assert run(server, *argv) == 0
    shown = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert shown == ["msg_1", "msg_2", "msg_3"]
    assert len(server.requests) == 3
    for request in server.requests:
        assert request.headers["x-ms-user-isolation-key"] == "user-42"
        assert request.headers["x-ms-user-identity"] == "oid-7"
        assert request.query["item_type"] == ["message"]
        assert request.query["before"] == ["fc_1"]
        assert request.query["include"] == ["message.output_text.logprobs"]
    assert [r.query["after"] for r in server.requests] == [["msg_0"], ["msg_1"], ["msg_2"]]


def test_verbose_shows_each_page(server: MockConversationServer, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(server, "--limit", "4", "--verbose") == 0
    err = capsys.readouterr().err
    assert "verbose: page 1: 4 item(s), has_more true; request id req_" in err
    assert "verbose: page 2: 3 item(s), has_more false; request id req_" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--limit", "0"], "must be from 1 to 100"),
        (["--limit", "x"], "expected a whole number"),
        (["--order", "up"], "invalid choice"),
        (["--after", ""], "after must not be empty"),
    ],
)
def test_bad_arguments_are_usage_errors(
    server: MockConversationServer, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert run(server, *argv) == 2
    assert message in capsys.readouterr().err
    assert server.requests == []


def test_exit_codes_are_gets(server: MockConversationServer, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(server, "--after", "msg_nope") == 1
    assert "Invalid 'after'" in capsys.readouterr().err
    server.schedule(Fault(status=200, body=b'{"data": [], "has_more": true}'))
    assert run(server) == 4
    assert "error: the list cannot be followed: page 1 of the list says has_more" in capsys.readouterr().err
    server.schedule(Fault(status=200, body=b'{"data": [{"type": "function_call", "id": "fc_x"}], "has_more": false}'))
    assert run(server) == 4
    assert "data[0] (id 'fc_x')" in capsys.readouterr().err
    server.schedule(Fault.drop_connection())
    assert run(server) == 3
    capsys.readouterr()
    assert main(["list", CONV]) == 2
    assert "no endpoint" in capsys.readouterr().err


def test_the_pages_before_a_failure_are_printed(
    server: MockConversationServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.schedule(None, Fault(500))
    assert run(server, "--limit", "2", "--order", "asc") == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == ["msg_0  message  ->  MessageItem", "msg_1  message  ->  MessageItem"]
    assert "500" in captured.err
