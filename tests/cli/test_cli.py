"""The `conversation-items` command line: its commands, options on the wire, --verbose, --version and --help."""

from __future__ import annotations

import logging
import re
import subprocess
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from cli_support import CONSOLE_SCRIPT, run_cli, stderr_lines
from conversation_items import ITEM_TYPES, ConversationItemsClient, __version__
from conversation_items._defaults import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from conversation_items.cli import main
from conversation_items.cli._arguments import DEFAULT_MOCK_PORT, build_parser
from conversation_items.cli._exit import EXIT_CODE_MEANINGS
from conversation_items.testing import Fault, MockConversationServer
from support import unknown_type

ITEM = "item_abc123"
SECRET = "sk-SECRET-0123456789abcdef"


def test_types_lists_every_item_type(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["types"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines[:-1]] == sorted(ITEM_TYPES)
    assert all(line.split()[1] == ITEM_TYPES[line.split()[0]].__name__ for line in lines[:-1])
    assert lines[-1] == f"({len(ITEM_TYPES)} types; any other type decodes to UnknownItem)"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"conversation-items {__version__}\n"


def test_the_console_script_and_python_dash_m_are_the_same_command() -> None:
    assert CONSOLE_SCRIPT.exists()
    by_script = subprocess.run([str(CONSOLE_SCRIPT), "--version"], capture_output=True, timeout=60, check=True)
    by_module = run_cli("--version")
    assert by_script.stdout == by_module.stdout == f"conversation-items {__version__}\n".encode()


@pytest.mark.parametrize("argv", [["--help"], ["get", "--help"], ["mock-server", "--help"]])
def test_help_lists_every_exit_code(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 0
    out = capsys.readouterr().out
    for code, meaning in EXIT_CODE_MEANINGS.items():
        assert f"{int(code):>3}  {meaning}\n" in out


def test_help_reads_the_defaults_from_one_place(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["get", "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert f"(default: {DEFAULT_TIMEOUT:g})" in out and f"(default: {DEFAULT_MAX_RETRIES})" in out


def test_options_not_given_are_left_to_the_client(
    monkeypatch: pytest.MonkeyPatch,
    mock_conversation_server: MockConversationServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    seen: list[dict[str, Any]] = []
    original = ConversationItemsClient.__init__

    def spy(self: ConversationItemsClient, endpoint: str | None = None, **options: Any) -> None:
        seen.append(options)
        original(self, endpoint, **options)

    monkeypatch.setattr(ConversationItemsClient, "__init__", spy)
    assert main(["get", "conv_demo", ITEM, "--endpoint", mock_conversation_server.endpoint]) == 0
    assert seen == [{}]  # no timeout, retries or deadline restated by the CLI: the client's defaults apply
    argv = ["--timeout", "2.5", "--deadline", "9", "--max-retries", "0", "--api-key", "k", "--allow-insecure-http"]
    assert main(["get", "conv_demo", ITEM, "--endpoint", mock_conversation_server.endpoint, *argv]) == 0
    assert seen[1] == {"timeout": 2.5, "deadline": 9.0, "max_retries": 0, "api_key": "k", "allow_insecure_http": True}
    capsys.readouterr()


def test_include_is_sent_as_repeated_query_parameters(
    mock_conversation_server: MockConversationServer, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--include", "message.output_text.logprobs", "--include", "reasoning.encrypted_content"]
    assert main(["get", "conv_demo", ITEM, "--endpoint", mock_conversation_server.endpoint, *argv]) == 0
    request = mock_conversation_server.last_request
    assert request is not None
    assert parse_qsl(urlsplit(request.raw_path).query) == [
        ("include", "message.output_text.logprobs"),
        ("include", "reasoning.encrypted_content"),
    ]
    assert main(["get", "conv_demo", ITEM, "--endpoint", mock_conversation_server.endpoint]) == 0
    assert (
        mock_conversation_server.last_request is not None and "?" not in mock_conversation_server.last_request.raw_path
    )  # sent only when given
    capsys.readouterr()


def test_isolation_key_and_user_identity_are_sent(
    mock_conversation_server: MockConversationServer, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--isolation-key", "user-42", "--user-identity", "oid-7"]
    assert main(["get", "conv_demo", ITEM, "--endpoint", mock_conversation_server.endpoint, *argv]) == 0
    request = mock_conversation_server.last_request
    assert request is not None
    assert request.headers["x-ms-user-isolation-key"] == "user-42"
    assert request.headers["x-ms-user-identity"] == "oid-7"
    capsys.readouterr()


def test_max_retries_reaches_the_client(
    mock_conversation_server: MockConversationServer, capsys: pytest.CaptureFixture[str]
) -> None:
    mock_conversation_server.schedule(Fault(status=503), Fault(status=503))
    assert main(["get", "conv_demo", ITEM, "--endpoint", mock_conversation_server.endpoint, "--max-retries", "0"]) == 1
    assert len(mock_conversation_server.requests) == 1
    capsys.readouterr()


def test_api_key_from_the_environment(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    with MockConversationServer(api_key="env-key") as srv:
        monkeypatch.delenv("AZURE_AI_API_KEY", raising=False)
        assert main(["get", "conv_demo", ITEM, "--endpoint", srv.endpoint]) == 1
        monkeypatch.setenv("AZURE_AI_API_KEY", "env-key")
        assert main(["get", "conv_demo", ITEM, "--endpoint", srv.endpoint]) == 0
        assert srv.last_request is not None and srv.last_request.headers["api-key"] == "env-key"
    capsys.readouterr()


def test_the_endpoint_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, mock_conversation_server: MockConversationServer
) -> None:
    monkeypatch.setenv("AZURE_AI_PROJECT_ENDPOINT", mock_conversation_server.endpoint)
    assert main(["get", "conv_demo", ITEM]) == 0


def test_verbose_shows_each_attempt_and_never_a_secret() -> None:
    with MockConversationServer(api_key=SECRET) as srv:
        srv.schedule(Fault(status=503), Fault.retry_after(429, seconds=0))
        result = run_cli(
            "get", "conv_demo", ITEM, "--endpoint", srv.endpoint, "--api-key", SECRET, "--verbose", "--include", "x.y"
        )
        url = srv.url_for("conv_demo", ITEM)
        endpoint = srv.endpoint
    assert result.returncode == 0
    lines = stderr_lines(result)
    assert lines[0] == (
        f"verbose: conversation-items {__version__}; endpoint {endpoint}; auth api-key; "
        f"timeout {DEFAULT_TIMEOUT} s per attempt; deadline none; max retries {DEFAULT_MAX_RETRIES}; include x.y"
    )
    pattern = (
        r"verbose: attempt (\d) \(retry \d of 2\): GET (\S+) -> (\d+) "
        r"\(request id (req_\d+), [\d.]+ ms into the call\); .*"
    )
    attempts = [re.fullmatch(pattern, line) for line in lines[1:4]]
    assert all(attempts), lines
    assert [(m[1], m[2], m[3], m[4]) for m in attempts if m] == [
        ("1", url, "503", "req_1"),
        ("2", url, "429", "req_2"),
        ("3", url, "200", "req_3"),
    ]
    assert re.fullmatch(r"verbose: 200 after 3 attempt\(s\) in [\d.]+ ms; request id req_3; [\d,]+ bytes", lines[4])
    assert len(lines) == 5
    assert SECRET.encode() not in result.stdout + result.stderr
    assert b"HTTP Request:" not in result.stderr  # httpx's own log lines are never shown


def test_verbose_on_failure_shows_the_attempts_and_then_the_error(capsys: pytest.CaptureFixture[str]) -> None:
    with MockConversationServer(api_key=SECRET) as srv:
        assert (
            main(["get", "conv_demo", ITEM, "--endpoint", srv.endpoint, "--api-key", "sk-SECRET-wrong", "--verbose"])
            == 1
        )
    out, err = capsys.readouterr()
    lines = err.splitlines()
    assert lines[1].startswith("verbose: attempt 1 (retry 0 of 2): GET ") and "-> 401 (request id req_1" in lines[1]
    assert lines[-1].startswith("error: the service answered 401 Unauthorized")
    assert "SECRET" not in out + err


def test_the_summary_names_type_class_fields_and_request_id(capsys: pytest.CaptureFixture[str]) -> None:
    kind = unknown_type("brand_new")  # drawn against the spec
    with MockConversationServer(items=[{"type": kind, "id": "b1", "k": "v", "n": [1, {"a": None}]}]) as srv:
        assert main(["get", "conv_demo", "b1", "--endpoint", srv.endpoint]) == 0
    assert capsys.readouterr().out == (
        f"{kind}  ->  UnknownItem  (a type this version does not know: every field kept)\n"
        "  id  b1\n"
        "  k   v\n"
        '  n   [1, {"a": null}]\n'
        "(request id req_1)\n"
    )


def test_the_summary_lists_declared_fields_before_undeclared_ones(capsys: pytest.CaptureFixture[str]) -> None:
    item = {"zz_extra": 1, "id": "m1", "type": "message", "content": "hi", "role": "user"}
    with MockConversationServer(items=[item]) as srv:
        assert main(["get", "conv_demo", "m1", "--endpoint", srv.endpoint]) == 0
    fields = [line.split()[0] for line in capsys.readouterr().out.splitlines()[1:-1]]
    assert fields[-1] == "zz_extra" and set(fields[:-1]) == {"id", "content", "role"}


def test_records_do_not_reach_an_embedding_programs_handlers(
    mock_conversation_server: MockConversationServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """main() in a program that logs everything: the client's records go only to the CLI's escaping handler."""
    caught: list[logging.LogRecord] = []

    class Catch(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            caught.append(record)

    root = logging.getLogger()
    handler = Catch(logging.DEBUG)
    root.addHandler(handler)
    try:
        assert main(["get", "conv_demo", ITEM, "--endpoint", mock_conversation_server.endpoint, "--verbose"]) == 0
    finally:
        root.removeHandler(handler)
    assert [r for r in caught if r.name == "conversation_items"] == []
    assert "verbose: attempt 1 " in capsys.readouterr().err
    assert logging.getLogger("conversation_items").propagate  # restored afterwards


@pytest.mark.parametrize(("text", "port"), [("0", 0), ("65535", 65535)])
def test_mock_server_ports_at_the_bounds(text: str, port: int) -> None:
    args = build_parser(["mock-server"]).parse_args(["mock-server", "--port", text])
    assert args.port == port


def test_mock_server_default_port() -> None:
    assert build_parser(["mock-server"]).parse_args(["mock-server"]).port == DEFAULT_MOCK_PORT
