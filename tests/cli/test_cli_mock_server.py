"""`conversation-items mock-server` as a real process, used by `conversation-items get` as a real process."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from cli_support import cli_env, run_cli, spawn_cli, stderr_lines
from conversation_items.testing import COMPETING_CREDENTIAL_ENV_VARS, ManagedIdentityServer
from support import unknown_type


class Running:
    def __init__(self, proc: subprocess.Popen[bytes], endpoint: str) -> None:
        self.proc = proc
        self.endpoint = endpoint
        self.stdout = b""


@contextmanager
def mock_server(tmp_path: Path, *args: str, stop: signal.Signals = signal.SIGINT) -> Iterator[Running]:
    ready = tmp_path / "ready"
    proc = spawn_cli("mock-server", "--port", "0", "--ready-file", str(ready), *args)
    try:
        give_up = time.monotonic() + 30
        while not ready.exists() and proc.poll() is None and time.monotonic() < give_up:
            time.sleep(0.05)
        assert ready.exists(), proc.communicate(timeout=30)
        running = Running(proc, ready.read_text(encoding="utf-8").strip())
        yield running
        proc.send_signal(stop)
        running.stdout, err = proc.communicate(timeout=30)
        assert (proc.returncode, err) == (0, b"")  # Ctrl-C (or SIGTERM) is how it stops: exit code 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _get(endpoint: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return run_cli("get", *args, "--endpoint", endpoint, env=env)


def test_auth_isolation_faults_and_conversation(tmp_path: Path) -> None:
    options = ["--api-key", "k-1", "--isolation-key", "item_abc123=alice", "--conversation-id", "conv_x"]
    faults = ["--fault", "503", "--fault", "429:retry-after=0"]
    with mock_server(tmp_path, *options, *faults) as server:
        first = _get(
            server.endpoint, "conv_x", "item_abc123", "--api-key", "k-1", "--isolation-key", "alice", "--verbose"
        )
        no_key = _get(server.endpoint, "conv_x", "item_abc123", "--api-key", "k-1")
        wrong_auth = _get(server.endpoint, "conv_x", "item_abc123", "--api-key", "k-2", "--isolation-key", "alice")
        other_conversation = _get(server.endpoint, "conv_demo", "hol_fixture_01", "--api-key", "k-1")
        not_isolated = _get(server.endpoint, "conv_x", "hol_fixture_01", "--api-key", "k-1")
        by_identity = _get(server.endpoint, "conv_x", "item_abc123", "--api-key", "k-1", "--user-identity", "alice")
    assert first.returncode == 0 and first.stdout.startswith(b"message  ->  MessageItem\n")
    attempts = [line for line in stderr_lines(first) if line.startswith("verbose: attempt ")]
    assert [line.split(" -> ")[1].split(" ")[0] for line in attempts] == ["503", "429", "200"]  # the queued faults
    assert no_key.returncode == 1 and b"404 Not Found" in no_key.stderr
    assert wrong_auth.returncode == 1 and b"401 Unauthorized" in wrong_auth.stderr
    assert other_conversation.returncode == 1 and b"404 Not Found" in other_conversation.stderr
    assert not_isolated.returncode == 0
    assert by_identity.returncode == 0  # the isolation key also matches x-ms-user-identity
    listening, conversation, extras = server.stdout.decode().splitlines()[:3]
    assert listening == f"mock server listening: endpoint={server.endpoint}"
    assert re.fullmatch(r"conversation conv_x: \d+ items; auth: api-key required", conversation)
    assert extras == "1 isolated item(s), 2 fault(s) queued (Ctrl-C stops)"
    assert b"k-1" not in server.stdout  # the key is never printed


def test_bearer_token_through_a_real_azure_credential(tmp_path: Path) -> None:
    with (
        mock_server(tmp_path, "--bearer-token", "tok-1", "--api-key", "k-1") as server,
        ManagedIdentityServer(token="tok-1") as identity,
    ):
        env = cli_env(identity.environ, drop=COMPETING_CREDENTIAL_ENV_VARS)
        right = _get(server.endpoint, "conv_demo", "item_abc123", "--azure-credential", env=env)
        identity.token = "tok-wrong"
        identity.lifetime = 0  # the next process asks again and gets the wrong token
        wrong = _get(server.endpoint, "conv_demo", "item_abc123", "--azure-credential", env=env)
        none = _get(server.endpoint, "conv_demo", "item_abc123")
        by_key = _get(server.endpoint, "conv_demo", "item_abc123", "--api-key", "k-1")  # either auth is accepted
    assert right.returncode == 0, right.stderr
    assert identity.resources[0] == "https://ai.azure.com"
    assert wrong.returncode == 1 and b"401 Unauthorized" in wrong.stderr
    assert none.returncode == 1 and b"hint: pass --api-key" in none.stderr
    assert by_key.returncode == 0
    assert b"auth: api-key or bearer token required" in server.stdout


def test_fixtures_replace_the_bundled_items(tmp_path: Path) -> None:
    folder = tmp_path / "items"
    folder.mkdir()
    (folder / "mine.json").write_text(json.dumps({"id": "mine_1", "type": "reasoning", "summary": []}), "utf-8")
    with mock_server(tmp_path, "--fixtures", str(folder), "--host", "127.0.0.1") as server:
        mine = _get(server.endpoint, "conv_demo", "mine_1", "--json")
        bundled = _get(server.endpoint, "conv_demo", "item_abc123")
    assert mine.returncode == 0 and json.loads(mine.stdout) == {"id": "mine_1", "type": "reasoning", "summary": []}
    assert bundled.returncode == 1


def test_sigterm_stops_the_server_cleanly_with_exit_code_0(tmp_path: Path) -> None:
    with mock_server(tmp_path, stop=signal.SIGTERM) as server:
        served = _get(server.endpoint, "conv_demo", "item_abc123")
    assert served.returncode == 0
    assert server.stdout.startswith(b"mock server listening: ")  # stopped by its own code: the output was flushed


def test_fixtures_are_served_byte_for_byte_so_get_json_shows_them_as_written(tmp_path: Path) -> None:
    folder = tmp_path / "items"
    folder.mkdir()
    kind = unknown_type("hologram_call").encode()  # drawn against the spec: decoded as UnknownItem, as written
    written = (
        b'{"type": "' + kind + b'",   "id": "hc_1", "frames": 1.0e10, "zero": -0, "big": 12345678901234567890,\n'
        b' "text": "caf\\u00e9 \\ud83d\\ude00", "extra": {"b": 2, "a": 1}}'
    )
    (folder / "hologram.json").write_bytes(written)
    with mock_server(tmp_path, "--fixtures", str(folder)) as server:
        exact = _get(server.endpoint, "conv_demo", "hc_1", "--json")
        pretty = _get(server.endpoint, "conv_demo", "hc_1", "--pretty")
    assert exact.returncode == 0, exact.stderr
    assert exact.stdout == written  # not re-serialised: 1.0e10 stays 1.0e10, -0 stays -0, the escapes stay
    assert b'"frames": 1.0e10' in pretty.stdout and b'"zero": -0' in pretty.stdout


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--isolation-key", "no_such_item=alice"], "error: cannot isolate item 'no_such_item': no such item"),
        (["--fault", "418:frobnicate"], "argument --fault: fault spec '418:frobnicate'"),
        (["--fixtures", "/nonexistent/folder"], "error: fixtures directory not found: /nonexistent/folder"),
    ],
)
def test_a_bad_option_is_one_line_and_exit_code_2(args: list[str], says: str) -> None:
    result = run_cli("mock-server", "--port", "0", *args)
    assert result.returncode == 2 and result.stdout == b""
    lines = stderr_lines(result)
    assert len(lines) == 1 and says in lines[0]


def test_a_broken_fixture_is_named(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text('{"id": "x",\n  oops}', encoding="utf-8")
    result = run_cli("mock-server", "--port", "0", "--fixtures", str(tmp_path))
    assert result.returncode == 2
    assert stderr_lines(result) == [
        f"error: fixture {tmp_path / 'broken.json'}: not valid JSON (line 2, column 3: "
        "Expecting property name enclosed in double quotes)"
    ]
