"""Every exit code of `conversation-items`, each reached the way a user reaches it, with its one line on stderr."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from cli_support import CLI, cli_env, run_cli, spawn_cli, stderr_lines
from conversation_items import ConversationItemsClient
from conversation_items.cli import main
from conversation_items.cli._exit import EXIT_CODE_MEANINGS, ExitCode
from conversation_items.testing import Fault, ManagedIdentityServer, MockConversationServer

ITEM = "item_abc123"


@pytest.fixture(scope="module")
def server() -> Iterator[MockConversationServer]:
    with MockConversationServer() as srv:
        yield srv


@pytest.fixture
def endpoint(server: MockConversationServer) -> Iterator[str]:
    server.clear_schedule()
    yield server.endpoint
    server.clear_schedule()


def _one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err.rstrip("\n")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_the_codes_are_the_documented_ones() -> None:
    assert {int(code) for code in ExitCode} == {0, 1, 2, 3, 4, 5, 70, 130, 141}
    assert set(EXIT_CODE_MEANINGS) == set(ExitCode)


def test_0_success(endpoint: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["get", "conv_demo", ITEM, "--endpoint", endpoint]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("message  ->  MessageItem\n") and err == ""


def test_1_an_error_status_with_a_hint(endpoint: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["get", "conv_demo", "no_such_item", "--endpoint", endpoint]) == 1
    line = _one_line(capsys)
    assert line.startswith("error: the service answered 404 Not Found: ")
    assert "(request id req_" in line
    assert line.endswith(
        "; hint: check the conversation and item ids (and --isolation-key / --user-identity, which scope items)"
    )


def test_1_a_401_says_how_to_authenticate(capsys: pytest.CaptureFixture[str]) -> None:
    with MockConversationServer(api_key="right") as srv:
        assert main(["get", "conv_demo", ITEM, "--endpoint", srv.endpoint, "--api-key", "wrong"]) == 1
    line = _one_line(capsys)
    assert line.startswith("error: the service answered 401 Unauthorized")
    assert line.endswith("hint: pass --api-key (or set $AZURE_AI_API_KEY) or --azure-credential")


def test_1_a_500_is_the_services_failure(
    endpoint: str, server: MockConversationServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.schedule(Fault(status=500))
    assert main(["get", "conv_demo", ITEM, "--endpoint", endpoint, "--max-retries", "0"]) == 1
    assert _one_line(capsys).endswith("; hint: the service failed; its operators can look the request id up")


def test_1_a_5xx_after_the_retries(
    endpoint: str, server: MockConversationServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.schedule(Fault(status=503), Fault(status=503))
    assert main(["get", "conv_demo", ITEM, "--endpoint", endpoint, "--max-retries", "1"]) == 1
    assert _one_line(capsys).startswith("error: the service answered 503 Service Unavailable")


@pytest.mark.parametrize(
    ("option", "value", "says"),
    [
        ("--timeout", "inf", "the value must be a finite number of seconds > 0, got inf"),
        ("--timeout", "nan", "the value must be a finite number of seconds > 0, got nan"),
        ("--timeout", "0", "the value must be a finite number of seconds > 0, got 0.0"),
        ("--timeout", "-1", "the value must be a finite number of seconds > 0, got -1.0"),
        ("--timeout", "abc", "expected a number of seconds, got 'abc'"),
        ("--deadline", "inf", "the value must be a finite number of seconds > 0, got inf"),
        ("--deadline", "0", "the value must be a finite number of seconds > 0, got 0.0"),
        ("--max-retries", "-1", "the value must be >= 0, got -1"),
        ("--max-retries", "1.5", "expected a whole number, got '1.5'"),
        ("--max-retries", "abc", "expected a whole number, got 'abc'"),
    ],
)
def test_2_a_bad_number_is_one_line(option: str, value: str, says: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["get", "c", "i", "--endpoint", "https://x.example/p", f"{option}={value}"]) == 2
    line = _one_line(capsys)
    assert line == f"conversation-items get: error: argument {option}: {says} (see conversation-items get --help)"


def test_2_a_bad_number_in_a_real_process_prints_no_traceback() -> None:
    result = run_cli("get", "c", "i", "--endpoint", "https://x.example/p", "--timeout", "inf")
    assert result.returncode == 2
    assert len(stderr_lines(result)) == 1 and b"Traceback" not in result.stderr and result.stdout == b""


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["get", "c"], "the following arguments are required: ITEM"),
        (["get", "c", "i", "--colour"], "unrecognized arguments: --colour"),
        (["get", "c", "i", "--api-key", "k", "--azure-credential"], "not allowed with argument"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        ([], "the following arguments are required: COMMAND"),
        (["mock-server", "--port", "70000"], "argument --port: a port is 0-65535, got 70000"),
        (["mock-server", "--fault", "503,bogus"], "argument --fault: fault spec '503,bogus'"),
        (["mock-server", "--isolation-key", "item_1"], "argument --isolation-key: isolation assignment 'item_1'"),
    ],
)
def test_2_usage_errors_are_one_line(argv: list[str], says: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert says in _one_line(capsys)


def test_2_no_endpoint(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("AZURE_AI_PROJECT_ENDPOINT", raising=False)
    assert main(["get", "c", "i"]) == 2
    assert _one_line(capsys) == "error: no endpoint: pass --endpoint URL or set AZURE_AI_PROJECT_ENDPOINT"


def test_2_an_id_the_client_refuses(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["get", "c", "..", "--endpoint", "https://x.example/p"]) == 2
    assert _one_line(capsys) == "error: item_id must not be '..': it would address a different URL"


def test_2_plain_http_with_a_key_and_the_way_out(capsys: pytest.CaptureFixture[str]) -> None:
    endpoint = "http://192.0.2.1/api/projects/p"  # TEST-NET-1: not this machine, and never answers
    assert main(["get", "c", "i", "--endpoint", endpoint, "--api-key", "k"]) == 2
    assert _one_line(capsys).endswith("; hint: on the command line: --allow-insecure-http")
    argv = ["get", "c", "i", "--endpoint", endpoint, "--api-key", "k", "--allow-insecure-http"]
    assert main([*argv, "--max-retries", "0", "--timeout", "0.3"]) == 3  # allowed: it tried to connect


def test_2_no_azure_identity(
    monkeypatch: pytest.MonkeyPatch, endpoint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "azure.identity", None)  # import fails as if not installed
    assert main(["get", "conv_demo", ITEM, "--endpoint", endpoint, "--azure-credential"]) == 2
    assert _one_line(capsys) == (
        "error: --azure-credential needs azure-identity: pip install 'conversation-items[azure]'"
    )


def test_2_a_port_in_use(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        assert main(["mock-server", "--port", str(port)]) == 2
    assert "Address already in use" in _one_line(capsys)


def test_3_connection_refused(capsys: pytest.CaptureFixture[str]) -> None:
    endpoint = f"http://127.0.0.1:{_free_port()}/api/projects/p"
    assert main(["get", "c", "i", "--endpoint", endpoint, "--max-retries", "0"]) == 3
    line = _one_line(capsys)
    assert line.startswith("error: Connection error (ConnectError")
    assert line.endswith("; hint: is the endpoint right and reachable?")


def test_3_a_timeout(endpoint: str, server: MockConversationServer, capsys: pytest.CaptureFixture[str]) -> None:
    server.schedule(Fault.timeout(30))
    assert main(["get", "conv_demo", ITEM, "--endpoint", endpoint, "--timeout", "0.3", "--max-retries", "0"]) == 3
    line = _one_line(capsys)
    assert line.startswith("error: Request timed out")
    assert line.endswith("; hint: allow more time with --timeout S or --deadline S")


def test_3_the_deadline(endpoint: str, server: MockConversationServer, capsys: pytest.CaptureFixture[str]) -> None:
    server.schedule(Fault(status=200, delay=30))
    argv = ["get", "conv_demo", ITEM, "--endpoint", endpoint, "--deadline", "0.3", "--timeout", "60"]
    assert main(argv) == 3  # the deadline, not the 60 s timeout, ended the attempt
    assert _one_line(capsys).startswith("error: Request timed out")


def test_4_not_a_decodable_item(
    endpoint: str, server: MockConversationServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.schedule(Fault.malformed_body())
    assert main(["get", "conv_demo", ITEM, "--endpoint", endpoint]) == 4
    assert _one_line(capsys).startswith("error: the response is not a decodable item: ")
    server.schedule(Fault(status=200, body=b'{"type": "function_call", "id": "fc"}'))  # required fields missing
    assert main(["get", "conv_demo", ITEM, "--endpoint", endpoint, "--json"]) == 4
    assert "function_call" in _one_line(capsys)


def test_5_the_credential_failed(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from conversation_items.testing import COMPETING_CREDENTIAL_ENV_VARS

    with ManagedIdentityServer() as identity, MockConversationServer(bearer_token="tok-1") as srv:
        for name in COMPETING_CREDENTIAL_ENV_VARS:
            monkeypatch.delenv(name, raising=False)
        for name, value in identity.environ.items():
            monkeypatch.setenv(name, value)
        identity.fail(400, "no identity here", times=None)
        assert main(["get", "conv_demo", ITEM, "--endpoint", srv.endpoint, "--azure-credential"]) == 5
        assert srv.requests == []  # nothing was sent
    line = _one_line(capsys)
    assert line.startswith("error: DefaultAzureCredential.get_token failed (ClientAuthenticationError: ")
    assert line.endswith("; hint: sign in with `az login` (or another way DefaultAzureCredential knows)")


def test_70_a_bug_is_one_line_and_verbose_shows_the_traceback(
    monkeypatch: pytest.MonkeyPatch, endpoint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("\x1b[2Joops")

    monkeypatch.setattr(ConversationItemsClient, "get_item_detailed", broken)
    assert main(["get", "conv_demo", ITEM, "--endpoint", endpoint]) == 70
    assert _one_line(capsys) == (
        "error: unexpected RuntimeError: \\x1b[2Joops; hint: this is a bug in conversation-items; please report it"
    )
    assert main(["get", "conv_demo", ITEM, "--endpoint", endpoint, "--verbose"]) == 70
    err = capsys.readouterr().err.splitlines()
    assert err[1].startswith("error: unexpected RuntimeError")
    assert "verbose: Traceback (most recent call last):" in err
    assert err[-1] == "verbose: RuntimeError: \\x1b[2Joops"


def test_130_interrupted_in_process(
    monkeypatch: pytest.MonkeyPatch, endpoint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(ConversationItemsClient, "get_item_detailed", interrupted)
    assert main(["get", "conv_demo", ITEM, "--endpoint", endpoint]) == 130
    assert _one_line(capsys) == "interrupted"


def test_130_ctrl_c_during_a_call(endpoint: str, server: MockConversationServer) -> None:
    """SIGINT reaches the real process while the server holds the request.

    The child gets the default SIGINT disposition explicitly, so the test does not depend on what it inherits (a
    background job of a non-interactive shell starts with SIGINT ignored)."""
    server.schedule(Fault(status=200, delay=30))
    server.clear_requests()
    proc = spawn_cli("get", "conv_demo", ITEM, "--endpoint", endpoint)
    try:
        give_up = time.monotonic() + 30
        while not server.requests and time.monotonic() < give_up and proc.poll() is None:
            time.sleep(0.05)
        assert server.requests, "the request never arrived"
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert (proc.returncode, out, err) == (130, b"", b"interrupted\n")


@pytest.mark.parametrize("output", [["--json"], []])
def test_141_a_closed_pipe_is_silent(endpoint: str, output: list[str]) -> None:
    """Both a large raw write (--json) and a small buffered one (the summary, still in the buffer at exit)."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `| head` that has already exited: every write fails with EPIPE
    try:
        result = subprocess.run(
            [*CLI, "get", "conv_demo", ITEM, "--endpoint", endpoint, *output],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=cli_env(),
            timeout=60,
            check=False,
        )
    finally:
        os.close(write_end)
    assert (result.returncode, result.stderr) == (141, b"")


def test_141_into_head_in_a_shell() -> None:
    """A megabyte body fills the pipe: the CLI is still writing when `head` exits, so the write must fail."""
    with MockConversationServer(
        items=[{"id": "big", "type": "message", "role": "user", "content": "x" * (1 << 20)}]
    ) as srv:
        command = f"{CLI[0]} -m conversation_items.cli get conv_demo big --endpoint {srv.endpoint} --json"
        script = f'set -o pipefail; {command} | head -c 9; echo " status=$?"'
        result = subprocess.run(["bash", "-c", script], capture_output=True, env=cli_env(), timeout=60, check=False)
    assert result.stdout == b'{"id":"bi status=141\n'
    assert result.stderr == b""
