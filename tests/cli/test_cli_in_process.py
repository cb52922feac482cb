"""The command line's commands run in this process, every line checked whole.

The process tests (test_cli_mock_server.py, test_cli.py) show the commands as users run them; these show the same
behaviour where a mistake in one word of the CLI's code fails a test (`make mutation` sees only code that runs in
the test process). `mock-server` runs with its blocking loop replaced by a visit: the requests a user would send,
then a return, so the command goes on to stop the server as after Ctrl-C.
"""

from __future__ import annotations

import io
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conversation_items import ConversationItemsClient, ConversationItemsError, __version__
from conversation_items._defaults import API_KEY_ENV_VAR, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, ENDPOINT_ENV_VAR
from conversation_items.cli import main
from conversation_items.cli._render import write_body
from conversation_items.testing import (
    COMPETING_CREDENTIAL_ENV_VARS,
    Fault,
    ManagedIdentityServer,
    MockConversationServer,
)

# mock-server ----------------------------------------------------------------------------------------------------------

Visit = Callable[[MockConversationServer], None]


@pytest.fixture
def fixtures(tmp_path: Path) -> Path:
    """A folder of two items, so the item count in the banner is known."""
    folder = tmp_path / "items"
    folder.mkdir()
    for number in (1, 2):
        item = {"id": f"msg_{number}", "type": "message", "role": "user", "content": f"hi {number}"}
        (folder / f"msg_{number}.json").write_text(json.dumps(item), encoding="utf-8")
    return folder


@pytest.fixture
def visited(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Visit], list[MockConversationServer]]]:
    """Replace the blocking loop with `visit`; gives the servers that were visited (to check they were stopped)."""
    servers: list[MockConversationServer] = []

    def install(visit: Visit) -> list[MockConversationServer]:
        def serve_forever(server: MockConversationServer) -> None:
            servers.append(server)
            assert server.running
            visit(server)

        monkeypatch.setattr(MockConversationServer, "serve_forever", serve_forever)
        return servers

    yield install


def _status(endpoint: str, conversation_id: str, item_id: str, **options: Any) -> int:
    with ConversationItemsClient(endpoint, max_retries=0, **options) as client:
        try:
            return client.get_item_detailed(conversation_id, item_id).status_code
        except ConversationItemsError as error:
            return getattr(error, "status_code", -1)


@pytest.mark.parametrize(
    ("auth", "line"),
    [
        ([], "auth: none required"),
        (["--api-key", "k-1"], "auth: api-key required"),
        (["--bearer-token", "tok-1"], "auth: bearer token required"),
        (["--api-key", "k-1", "--bearer-token", "tok-1"], "auth: api-key or bearer token required"),
    ],
)
def test_mock_server_banner_ready_file_and_stop(
    auth: list[str],
    line: str,
    fixtures: Path,
    tmp_path: Path,
    visited: Callable[[Visit], list[MockConversationServer]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    ready = tmp_path / "ready"
    seen: dict[str, Any] = {}

    def visit(server: MockConversationServer) -> None:
        seen["ready"] = ready.read_text(encoding="utf-8")
        seen["partial"] = sorted(path.name for path in tmp_path.iterdir())
        seen["endpoint"] = server.endpoint
        seen["items"] = server.item_ids()

    servers = visited(visit)
    argv = ["mock-server", "--port", "0", "--fixtures", str(fixtures), "--ready-file", str(ready), *auth]
    assert main(argv) == 0
    endpoint = seen["endpoint"]
    assert seen["ready"] == endpoint + "\n"
    assert seen["partial"] == ["items", "ready"]  # the temporary file was renamed into place
    assert sorted(seen["items"]) == ["msg_1", "msg_2"]
    assert capsys.readouterr() == (
        f"mock server listening: endpoint={endpoint}\n"
        f"conversation conv_demo: 2 items; {line}\n"
        "0 isolated item(s), 0 fault(s) queued (Ctrl-C stops)\n",
        "",
    )
    assert len(servers) == 1 and not servers[0].running  # stopped once the loop returned
    assert "k-1" not in endpoint and "tok-1" not in endpoint


def test_mock_server_options_reach_the_server(
    fixtures: Path, visited: Callable[[Visit], list[MockConversationServer]], capsys: pytest.CaptureFixture[str]
) -> None:
    statuses: list[tuple[str, int]] = []

    def visit(server: MockConversationServer) -> None:
        assert server.host == "127.0.0.1" and server.conversation_id == "conv_x"
        endpoint = server.endpoint
        statuses.append(("first, faulted", _status(endpoint, "conv_x", "msg_2", api_key="k-1")))
        statuses.append(("second, faulted", _status(endpoint, "conv_x", "msg_2", api_key="k-1")))
        statuses.append(("isolated, no key", _status(endpoint, "conv_x", "msg_1", api_key="k-1")))
        statuses.append(("isolated, key", _status(endpoint, "conv_x", "msg_1", api_key="k-1", user_isolation_key="a")))
        statuses.append(("other key", _status(endpoint, "conv_x", "msg_1", api_key="k-1", user_isolation_key="b")))
        statuses.append(("not isolated", _status(endpoint, "conv_x", "msg_2", api_key="k-1")))
        statuses.append(("wrong api key", _status(endpoint, "conv_x", "msg_2", api_key="k-2")))
        statuses.append(("other conversation", _status(endpoint, "conv_demo", "msg_2", api_key="k-1")))

    visited(visit)
    argv = ["mock-server", "--port", "0", "--host", "127.0.0.1", "--fixtures", str(fixtures), "--api-key", "k-1"]
    argv += ["--conversation-id", "conv_x", "--isolation-key", "msg_1=a", "--fault", "503", "--fault", "429"]
    assert main(argv) == 0
    assert statuses == [
        ("first, faulted", 503),
        ("second, faulted", 429),
        ("isolated, no key", 404),
        ("isolated, key", 200),
        ("other key", 404),
        ("not isolated", 200),
        ("wrong api key", 401),
        ("other conversation", 404),
    ]
    banner = capsys.readouterr().out.splitlines()
    assert banner[1:] == [
        "conversation conv_x: 2 items; auth: api-key required",
        "1 isolated item(s), 2 fault(s) queued (Ctrl-C stops)",
    ]


def test_mock_server_defaults_when_no_option_is_given(
    visited: Callable[[Visit], list[MockConversationServer]], capsys: pytest.CaptureFixture[str]
) -> None:
    seen: dict[str, Any] = {}

    def visit(server: MockConversationServer) -> None:
        seen.update(host=server.host, conversation=server.conversation_id, count=len(server.item_ids()))
        seen["status"] = _status(server.endpoint, "conv_demo", "item_abc123")

    visited(visit)
    assert main(["mock-server", "--port", "0"]) == 0
    default = MockConversationServer()
    assert (seen["host"], seen["conversation"]) == (default.host, default.conversation_id)
    assert seen["count"] == len(default.item_ids()) > 2 and seen["status"] == 200
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == f"conversation {default.conversation_id}: {seen['count']} items; auth: none required"


def test_mock_server_stops_when_serving_fails(
    visited: Callable[[Visit], list[MockConversationServer]], capsys: pytest.CaptureFixture[str]
) -> None:
    def visit(server: MockConversationServer) -> None:
        raise RuntimeError("the loop broke")

    servers = visited(visit)
    assert main(["mock-server", "--port", "0"]) == 70
    assert len(servers) == 1 and not servers[0].running
    assert capsys.readouterr().err.startswith("error: unexpected RuntimeError: the loop broke; hint: this is a bug")


def test_mock_server_stops_cleanly_on_sigterm_and_puts_the_previous_handler_back(
    visited: Callable[[Visit], list[MockConversationServer]], capsys: pytest.CaptureFixture[str]
) -> None:
    import signal
    import time

    before = signal.getsignal(signal.SIGTERM)
    reached: list[str] = []

    def visit(server: MockConversationServer) -> None:
        assert signal.getsignal(signal.SIGTERM) is not before  # the command's own handler, while serving
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)  # interrupted by the handler's exception
        reached.append("after the signal")

    servers = visited(visit)
    assert main(["mock-server", "--port", "0"]) == 0
    assert reached == [] and len(servers) == 1 and not servers[0].running
    assert signal.getsignal(signal.SIGTERM) is before
    assert capsys.readouterr().err == ""


# get --verbose: the settings line and the summary line ----------------------------------------------------------------


def _verbose_lines(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return [line for line in capsys.readouterr().err.splitlines() if not line.startswith("verbose: attempt ")]


def test_verbose_settings_with_every_default(
    mock_conversation_server: MockConversationServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(API_KEY_ENV_VAR, raising=False)
    assert main(["get", "conv_demo", "item_abc123", "--endpoint", mock_conversation_server.endpoint, "--verbose"]) == 0
    settings, summary = _verbose_lines(capsys)
    with ConversationItemsClient(mock_conversation_server.endpoint) as client:
        size = len(client.get_item_detailed("conv_demo", "item_abc123").content)
    assert settings == (
        f"verbose: conversation-items {__version__}; endpoint {mock_conversation_server.endpoint}; auth none; "
        f"timeout {DEFAULT_TIMEOUT} s per attempt; deadline none; max retries {DEFAULT_MAX_RETRIES}"
    )
    prefix, rest = summary.split(" in ", 1)
    assert prefix == "verbose: 200 after 1 attempt(s)"
    elapsed, tail = rest.split(" ms; ", 1)
    assert float(elapsed) >= 0 and elapsed == f"{float(elapsed):.1f}"
    assert tail == f"request id req_1; {size:,} bytes"


def test_verbose_settings_with_every_option(
    mock_conversation_server: MockConversationServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(API_KEY_ENV_VAR, "sk-from-the-environment")
    monkeypatch.setenv(ENDPOINT_ENV_VAR, mock_conversation_server.endpoint)
    argv = ["get", "conv_demo", "item_abc123", "--verbose", "--isolation-key", "k", "--user-identity", "u"]
    argv += ["--timeout", "7", "--deadline", "30", "--max-retries", "1", "--include", "a.b", "--include", "c.d"]
    assert main(argv) == 0
    settings = _verbose_lines(capsys)[0]
    assert settings == (
        f"verbose: conversation-items {__version__}; endpoint {mock_conversation_server.endpoint}; auth api-key; "
        "timeout 7.0 s per attempt; deadline 30.0 s; max retries 1; "
        "x-ms-user-isolation-key set; x-ms-user-identity set; include a.b, c.d"
    )
    sent = mock_conversation_server.requests[-1]
    assert sent.headers["api-key"] == "sk-from-the-environment"
    assert sent.headers["x-ms-user-isolation-key"] == "k" and sent.headers["x-ms-user-identity"] == "u"
    assert "sk-from-the-environment" not in settings


def test_verbose_settings_with_one_isolation_header_only(
    mock_conversation_server: MockConversationServer, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [
        "get",
        "conv_demo",
        "item_abc123",
        "--endpoint",
        mock_conversation_server.endpoint,
        "--verbose",
        "--user-identity",
        "u",
    ]
    assert main(argv) == 0
    settings = _verbose_lines(capsys)[0]
    assert settings.endswith("; max retries 2; x-ms-user-identity set")
    argv[-2:] = ["--isolation-key", "k"]
    assert main(argv) == 0
    assert _verbose_lines(capsys)[0].endswith("; max retries 2; x-ms-user-isolation-key set")


def test_verbose_summary_counts_attempts_and_bytes_with_separators(
    mock_conversation_server: MockConversationServer, capsys: pytest.CaptureFixture[str]
) -> None:
    big = json.dumps({"id": "big_1", "type": "message", "role": "user", "content": "x" * 1500}).encode()
    mock_conversation_server.add_item(big, item_id="big_1")
    mock_conversation_server.schedule(Fault(status=503))
    argv = ["get", "conv_demo", "big_1", "--endpoint", mock_conversation_server.endpoint, "--verbose", "--json"]
    assert main(argv) == 0
    captured = capsys.readouterr()
    summary = captured.err.splitlines()[-1]
    assert summary.startswith("verbose: 200 after 2 attempt(s) in ")
    assert summary.endswith(f" ms; request id req_2; {len(big):,} bytes") and "1," in f"{len(big):,}"
    assert captured.out.encode() == big


def test_verbose_with_a_real_azure_credential(
    mock_conversation_server: MockConversationServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in COMPETING_CREDENTIAL_ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(API_KEY_ENV_VAR, "sk-not-used")  # --azure-credential wins over the key in the environment
    with ManagedIdentityServer(token="tok-1") as identity:
        for name, value in identity.environ.items():
            monkeypatch.setenv(name, value)
        argv = ["get", "conv_demo", "item_abc123", "--endpoint", mock_conversation_server.endpoint, "--verbose"]
        assert main([*argv, "--azure-credential"]) == 0
    settings = _verbose_lines(capsys)[0]
    assert "; auth DefaultAzureCredential (bearer token); " in settings
    sent = mock_conversation_server.requests[-1].headers
    assert sent["authorization"] == "Bearer tok-1" and "api-key" not in sent
    assert identity.resources == ["https://ai.azure.com"]


def test_the_summary_names_the_item_and_the_request_id(
    mock_conversation_server: MockConversationServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["get", "conv_demo", "item_abc123", "--endpoint", mock_conversation_server.endpoint]) == 0
    out = capsys.readouterr().out
    assert out.startswith("message  ->  MessageItem\n") and out.endswith("\n(request id req_1)\n")


# write_body: the raw body to any stream -------------------------------------------------------------------------------

BODY = b'{"a":1.0e10,"s":"caf\xc3\xa9 \xe2\x80\xae end"}'
PRETTY = '{\n  "a": 1.0e10,\n  "s": "caf\u00e9 \u202e end"\n}\n'


class Terminal(io.TextIOWrapper):
    """A text stream over bytes that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def _stream(encoding: str, *, tty: bool) -> tuple[io.TextIOWrapper, io.BytesIO]:
    raw = io.BytesIO()
    return (Terminal if tty else io.TextIOWrapper)(raw, encoding=encoding), raw


@pytest.mark.parametrize(
    ("indent", "tty", "encoding", "expected"),
    [
        (False, False, "ascii", BODY),  # a pipe or file: the bytes as received, whatever the encoding
        (True, False, "ascii", PRETTY.encode("utf-8")),  # re-indented, still UTF-8 like the body
        (False, True, "utf-8", b'{"a":1.0e10,"s":"caf\xc3\xa9 \\u202e end"}\n'),  # the override escaped
        (True, True, "utf-8", PRETTY.replace("\u202e", "\\u202e").encode("utf-8")),
        (False, True, "ascii", b'{"a":1.0e10,"s":"caf\\u00e9 \\u202e end"}\n'),  # what ascii cannot write, escaped
        (True, True, "cp1252", PRETTY.replace("\u202e", "\\u202e").encode("cp1252")),
    ],
)
def test_write_body(indent: bool, tty: bool, encoding: str, expected: bytes) -> None:
    stream, raw = _stream(encoding, tty=tty)
    stream.write("before ")  # text written earlier comes out first
    write_body(stream, BODY, indent=indent)
    assert raw.getvalue() == b"before " + expected


def test_write_body_to_a_text_only_stream() -> None:
    stream = io.StringIO()
    write_body(stream, BODY, indent=False)
    assert stream.getvalue() == BODY.decode("utf-8")


# what get prints for an item ------------------------------------------------------------------------------------------


def test_an_item_with_only_its_type_is_one_line(
    mock_conversation_server: MockConversationServer, capsys: pytest.CaptureFixture[str]
) -> None:
    mock_conversation_server.add_item(b'{"type":"bare_kind"}', item_id="bare")
    assert main(["get", "conv_demo", "bare", "--endpoint", mock_conversation_server.endpoint]) == 0
    assert capsys.readouterr().out == (
        "bare_kind  ->  UnknownItem  (a type this version does not know: every field kept)\n(request id req_1)\n"
    )


def test_long_values_and_request_ids_are_cut_with_a_note(
    mock_conversation_server: MockConversationServer, capsys: pytest.CaptureFixture[str]
) -> None:
    item = {"id": "long_1", "type": "message", "role": "user", "content": [{"type": "input_text", "text": "é" * 300}]}
    mock_conversation_server.add_item(item)
    mock_conversation_server.schedule(
        Fault(status=200, body=json.dumps(item).encode(), headers={"x-request-id": "r" * 100})
    )
    assert main(["get", "conv_demo", "long_1", "--endpoint", mock_conversation_server.endpoint]) == 0
    lines = capsys.readouterr().out.splitlines()
    content = next(line for line in lines if line.startswith("  content"))
    shown = json.dumps(item["content"], ensure_ascii=False)  # the value as JSON text, non-ASCII kept
    note = f"... ({len(shown):,} characters; use --json for all)"
    assert content == "  content  " + shown[:200] + note
    assert lines[-1] == "(request id " + "r" * 60 + "... (100 characters))"


def test_types_are_in_two_aligned_columns(capsys: pytest.CaptureFixture[str]) -> None:
    from conversation_items import ITEM_TYPES

    assert main(["types"]) == 0
    lines = capsys.readouterr().out.splitlines()
    width = max(map(len, ITEM_TYPES))
    first = sorted(ITEM_TYPES)[0]
    assert lines[0] == f"{first.ljust(width)}  {ITEM_TYPES[first].__name__}"
    assert all(line[width : width + 2] == "  " and line[width + 2] != " " for line in lines[:-1])


# the log records a command shows on stderr ----------------------------------------------------------------------------


def test_log_records_are_prefixed_per_line_escaped_and_cut(capsys: pytest.CaptureFixture[str]) -> None:
    from conversation_items.cli._logs import LINE_LIMIT, stderr_logging

    logger = logging.getLogger("conversation_items.some_module")
    with stderr_logging(verbose=False):
        logger.warning("two\nlines \x1b[2J")
        logger.error("failed")
        logger.warning("x" * (LINE_LIMIT + 5))
        logging.getLogger("conversation_items.testing.server").warning("the mock server warns")
        logging.getLogger("conversation_items.testing.server").info("the mock server talks")
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "warning: two",
        "warning: lines \\x1b[2J",
        "error: failed",
        "warning: " + "x" * LINE_LIMIT + f"... ({LINE_LIMIT + 5:,} characters)",
        "warning: the mock server warns",
    ]


def test_verbose_shows_the_command_s_debug_lines_but_not_the_mock_server_s(capsys: pytest.CaptureFixture[str]) -> None:
    from conversation_items.cli._logs import stderr_logging

    with stderr_logging(verbose=True):
        logging.getLogger("conversation_items.client").debug("ours")
        logging.getLogger("conversation_items.testing.server").debug("the server's")
    assert capsys.readouterr().err == "verbose: ours\n"


def test_a_broken_log_record_does_not_break_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    from conversation_items.cli._logs import stderr_logging

    with stderr_logging(verbose=False):
        logging.getLogger("conversation_items.x").warning("%s and %s", "one")  # too few arguments
        logging.getLogger("conversation_items.x").warning("after")
    err = capsys.readouterr().err
    assert "--- Logging error ---" in err and "Message: '%s and %s'" in err  # logging's own report of the record
    assert err.endswith("warning: after\n")


# failures: their exit code and line -----------------------------------------------------------------------------------


def test_a_usage_error_is_one_line_cut_at_500_characters(capsys: pytest.CaptureFixture[str]) -> None:
    from conversation_items.cli._text import visible

    long = "x" * 700
    assert main(["get", "c", "i", "--endpoint", "https://e.example/p", "--timeout", long]) == 2
    err = capsys.readouterr().err
    message = f"argument --timeout: expected a number of seconds, got '{long}'"
    assert err == f"conversation-items get: error: {visible(message, 500)} (see conversation-items get --help)\n"
    assert err.count("x") < 500


def test_the_parser_exits_with_the_usage_code_outside_main() -> None:
    from conversation_items.cli._arguments import build_parser

    with pytest.raises(SystemExit) as exited:
        build_parser(["get"]).parse_args(["get"])
    assert exited.value.code == 2


@pytest.mark.parametrize(
    ("port", "says"),
    [("http", "expected a port number, got 'http'"), ("65536", "a port is 0-65535, got 65536")],
)
def test_a_bad_port_is_named(port: str, says: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["mock-server", "--port", port]) == 2
    assert capsys.readouterr().err == (
        f"conversation-items mock-server: error: argument --port: {says} (see conversation-items mock-server --help)\n"
    )


def test_a_plain_http_endpoint_is_refused_with_the_flag_that_allows_it(capsys: pytest.CaptureFixture[str]) -> None:
    from conversation_items import InsecureEndpointError

    endpoint = "http://e.example/api/projects/p"
    with pytest.raises(InsecureEndpointError) as refused:
        ConversationItemsClient(endpoint, api_key="k")
    assert main(["get", "c", "i", "--endpoint", endpoint, "--api-key", "k"]) == 2
    assert capsys.readouterr().err == f"error: {refused.value}; hint: on the command line: --allow-insecure-http\n"


def test_a_credential_failure_hints_at_az_login_only_for_azure_credential() -> None:
    from conversation_items import CredentialError
    from conversation_items.cli._failures import describe_failure

    failure = CredentialError("the credential failed")
    assert describe_failure(failure) == (5, "error: the credential failed")
    assert describe_failure(failure, azure_credential=False) == (5, "error: the credential failed")
    assert describe_failure(failure, azure_credential=True) == (
        5,
        "error: the credential failed; hint: sign in with `az login` (or another way DefaultAzureCredential knows)",
    )


def test_an_error_leaves_stdout_open(
    mock_conversation_server: MockConversationServer, capfd: pytest.CaptureFixture[str]
) -> None:
    # only a broken pipe points stdout at /dev/null
    assert main(["get", "conv_demo", "no_such_item", "--endpoint", mock_conversation_server.endpoint]) == 1
    print("still here", flush=True)
    assert "still here" in capfd.readouterr().out


def test_verbose_shows_the_traceback_of_a_bug_each_line_cut(
    monkeypatch: pytest.MonkeyPatch,
    mock_conversation_server: MockConversationServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from conversation_items.cli._text import visible

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("z" * 1200)

    monkeypatch.setattr(ConversationItemsClient, "get_item_detailed", broken)
    assert main(["get", "conv_demo", "item_abc123", "--endpoint", mock_conversation_server.endpoint, "--verbose"]) == 70
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == "verbose: " + visible("RuntimeError: " + "z" * 1200, 1000)
    assert err[-2].startswith("verbose: ") and err[-2] != "verbose: "  # no blank line before the last


@pytest.mark.parametrize("message", ["ends with a space ", "ends with X"])
def test_the_traceback_s_last_line_is_kept_as_it_is(
    message: str,
    monkeypatch: pytest.MonkeyPatch,
    mock_conversation_server: MockConversationServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError(message)

    monkeypatch.setattr(ConversationItemsClient, "get_item_detailed", broken)
    assert main(["get", "conv_demo", "item_abc123", "--endpoint", mock_conversation_server.endpoint, "--verbose"]) == 70
    assert capsys.readouterr().err.endswith(f"\nverbose: RuntimeError: {message}\n")


def test_a_closed_pipe_points_stdout_at_devnull_and_prints_nothing(
    mock_conversation_server: MockConversationServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone, as after `| head`
    stdout = open(write_end, "w", encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", stdout)
    try:
        assert (
            main(["get", "conv_demo", "item_abc123", "--endpoint", mock_conversation_server.endpoint, "--json"]) == 141
        )
        devnull = os.stat(os.devnull)
        now = os.fstat(write_end)
        assert (now.st_rdev, now.st_ino) == (devnull.st_rdev, devnull.st_ino)  # the descriptor is /dev/null now
        stdout.write("after\n")
        stdout.flush()  # no second BrokenPipeError at exit
    finally:
        stdout.close()
    assert capsys.readouterr().err == ""


def test_a_text_only_stdout_after_a_broken_pipe_is_left_alone(
    monkeypatch: pytest.MonkeyPatch,
    mock_conversation_server: MockConversationServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    class Closed(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError("the reader has gone")

    monkeypatch.setattr(sys, "stdout", Closed())
    assert main(["get", "conv_demo", "item_abc123", "--endpoint", mock_conversation_server.endpoint]) == 141
    assert capsys.readouterr().err == ""


# writing to odd streams -----------------------------------------------------------------------------------------------


class _ShortWrites(io.BytesIO):
    """A binary layer that takes at most 3 bytes a call, as a pipe may."""

    def write(self, data: Any) -> int:
        return super().write(bytes(data[:3]))


class _NoCount(io.BytesIO):
    """A binary layer whose write returns None (a raw stream that would block): everything counts as written."""

    def write(self, data: Any) -> None:  # type: ignore[override]
        super().write(bytes(data))


class _BinaryOnly:
    """A stream with a binary layer and no encoding attribute."""

    def __init__(self, buffer: io.BytesIO) -> None:
        self.buffer = buffer

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


def test_write_text_encodes_with_the_stream_s_encoding_or_utf8() -> None:
    from conversation_items.cli._render import write_text

    ascii_stream, raw = _stream("ascii", tty=False)
    write_text(ascii_stream, "caf\u00e9 \U0001f600\n")
    assert raw.getvalue() == b"caf\\xe9 \\U0001f600\n"  # what ascii cannot write, as an escape
    binary_only = _BinaryOnly(io.BytesIO())
    write_text(binary_only, "caf\u00e9")  # type: ignore[arg-type]
    assert binary_only.buffer.getvalue() == "caf\u00e9".encode()
    text_only = io.StringIO()  # its encoding is None
    write_text(text_only, "caf\u00e9")
    assert text_only.getvalue() == "caf\u00e9"


@pytest.mark.parametrize("layer", [_ShortWrites, _NoCount])
def test_every_byte_is_written_whatever_one_write_takes(layer: type[io.BytesIO]) -> None:
    from conversation_items.cli._render import write_text

    buffer = layer()
    write_body(_BinaryOnly(buffer), BODY, indent=False)  # type: ignore[arg-type]
    write_text(_BinaryOnly(buffer), " and more")  # type: ignore[arg-type]
    assert buffer.getvalue() == BODY + b" and more"


def test_bytes_that_are_not_utf8_reach_a_text_only_stream_as_surrogate_escapes() -> None:
    stream = io.StringIO()
    write_body(stream, b'{"s":"\xff"}', indent=False)
    assert stream.getvalue() == '{"s":"\udcff"}'


# main: its arguments and what each command may show -------------------------------------------------------------------


def test_main_reads_sys_argv_when_given_no_arguments(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["conversation-items", "--version"])
    assert main() == 0
    assert capsys.readouterr().out == f"conversation-items {__version__}\n"


def test_a_bug_in_a_command_without_verbose_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import conversation_items

    class Broken(dict[str, type]):
        def __iter__(self) -> Iterator[str]:
            raise RuntimeError("broken table")

    monkeypatch.setattr(conversation_items, "ITEM_TYPES", Broken(message=object))
    assert main(["types"]) == 70
    assert capsys.readouterr().err == (
        "error: unexpected RuntimeError: broken table; hint: this is a bug in conversation-items; please report it\n"
    )


# the parts of --verbose and mock-server output that depend on odd values ----------------------------------------------


def _response(request_id: str | None, elapsed: float, content: bytes = b'{"type":"x"}') -> Any:
    import httpx
    from conversation_items import ItemResponse, UnknownItem

    item = UnknownItem("x")
    return ItemResponse(
        item=item, content=content, request_id=request_id, headers=httpx.Headers(), attempts=2, elapsed=elapsed
    )


@pytest.mark.parametrize(
    ("request_id", "elapsed", "line"),
    [
        (None, 0.25, "200 after 2 attempt(s) in 250.0 ms; request id none; 12 bytes"),
        ("req\x1b", 1.23456, "200 after 2 attempt(s) in 1234.6 ms; request id req\\x1b; 12 bytes"),
        (
            "r" * 250,
            0.0,
            "200 after 2 attempt(s) in 0.0 ms; request id " + "r" * 200 + "... (250 characters); 12 bytes",
        ),
    ],
)
def test_the_summary_line(request_id: str | None, elapsed: float, line: str) -> None:
    from conversation_items.cli._get import _summary_line

    assert _summary_line(_response(request_id, elapsed)) == line


def test_a_very_long_settings_line_is_cut_at_2000_characters(
    mock_conversation_server: MockConversationServer, capsys: pytest.CaptureFixture[str]
) -> None:
    from conversation_items.cli._text import visible

    values = [f"value_{n:03d}." + "x" * 40 for n in range(60)]  # 60 values of 50 characters
    argv = ["get", "conv_demo", "item_abc123", "--endpoint", mock_conversation_server.endpoint, "--verbose"]
    assert main([*argv, *(part for value in values for part in ("--include", value))]) == 0
    settings = capsys.readouterr().err.splitlines()[0]
    full = (
        f"conversation-items {__version__}; endpoint {mock_conversation_server.endpoint}; auth none; "
        f"timeout {DEFAULT_TIMEOUT} s per attempt; deadline none; max retries {DEFAULT_MAX_RETRIES}; "
        "include " + ", ".join(values)
    )
    assert len(full) > 2000
    assert settings == "verbose: " + visible(full, 2000)


def test_a_long_conversation_id_is_cut_in_the_banner(
    visited: Callable[[Visit], list[MockConversationServer]], capsys: pytest.CaptureFixture[str]
) -> None:
    conversation = "c" * 250
    visited(lambda server: None)
    assert main(["mock-server", "--port", "0", "--conversation-id", conversation]) == 0
    line = capsys.readouterr().out.splitlines()[1]
    assert line.startswith("conversation " + "c" * 200 + "... (250 characters): ")


@pytest.mark.parametrize(
    ("auth", "statuses"),
    [
        (["--bearer-token", "tok-1"], {"none": 401, "token": 200, "key": 401}),
        (["--api-key", "k-1"], {"none": 401, "token": 401, "key": 200}),
        (["--api-key", "k-1", "--bearer-token", "tok-1"], {"none": 401, "token": 200, "key": 200}),
    ],
)
def test_mock_server_auth_options_reach_the_server(
    auth: list[str], statuses: dict[str, int], visited: Callable[[Visit], list[MockConversationServer]]
) -> None:
    seen: dict[str, int] = {}

    def visit(server: MockConversationServer) -> None:
        for name, options in (("none", {}), ("token", {"token": "tok-1"}), ("key", {"api_key": "k-1"})):
            seen[name] = _status(server.endpoint, "conv_demo", "item_abc123", **options)

    visited(visit)
    assert main(["mock-server", "--port", "0", *auth]) == 0
    assert seen == statuses


def test_pretty_keeps_an_encoded_surrogate_byte_for_byte() -> None:
    stream, raw = _stream("utf-8", tty=False)
    write_body(stream, b'{"s":"\xed\xa0\x80"}', indent=True)
    assert raw.getvalue() == b'{\n  "s": "\xed\xa0\x80"\n}\n'
