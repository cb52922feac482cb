"""`conversation-items mock-server`: `conversation_items.testing.MockConversationServer` on a port, until Ctrl-C or
SIGTERM."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

from ._exit import ExitCode
from ._render import write_text
from ._text import visible

if TYPE_CHECKING:
    from ..testing import MockConversationServer

__all__ = ["run_mock_server"]


def _write_ready_file(path: Path, endpoint: str) -> None:
    """Write the endpoint so that a reader never sees a partial file: a temporary file, renamed into place."""
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(endpoint + "\n", encoding="utf-8")
    os.replace(partial, path)


def _auth_line(args: argparse.Namespace) -> str:
    required = [name for name, value in (("api-key", args.api_key), ("bearer token", args.bearer_token)) if value]
    return f"auth: {' or '.join(required)} required" if required else "auth: none required"


class _Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main thread: the server stops as after Ctrl-C."""


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise _Terminated


@contextmanager
def _sigterm_stops_the_server() -> Iterator[None]:
    """While the block runs, SIGTERM (what `kill`, process managers and container runtimes send) stops the server
    cleanly, like Ctrl-C, instead of killing the process; the previous handler is put back after."""
    if threading.current_thread() is not threading.main_thread():  # signal handlers belong to the main thread
        yield
        return
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        yield
    except _Terminated:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)


def run_mock_server(args: argparse.Namespace) -> int:
    """Serve until Ctrl-C or SIGTERM (exit code 0); a bad fixture, item or port raises before the ready file is
    written."""
    from ..testing import MockConversationServer

    given: dict[str, Any] = {"host": args.host, "conversation_id": args.conversation_id}
    server = MockConversationServer(
        fixtures_dir=args.fixtures,
        port=args.port,
        api_key=args.api_key,
        bearer_token=args.bearer_token,
        **{name: value for name, value in given.items() if value is not None},
    )
    for assignment in args.isolation_key or ():
        server.isolate_item(assignment.item_id, assignment.user_isolation_key)
    if args.fault:
        server.schedule(*args.fault)
    with _sigterm_stops_the_server():
        _serve(server, args)
    return ExitCode.OK


def _serve(server: MockConversationServer, args: argparse.Namespace) -> None:
    server.start()
    try:
        conversation = visible(server.conversation_id, 200)
        lines = [
            f"mock server listening: endpoint={server.endpoint}",
            f"conversation {conversation}: {len(server.item_ids())} items; {_auth_line(args)}",
            f"{len(args.isolation_key or ())} isolated item(s), {len(args.fault or ())} fault(s) queued (Ctrl-C stops)",
        ]
        write_text(sys.stdout, "\n".join(lines) + "\n")
        sys.stdout.flush()
        if args.ready_file is not None:
            _write_ready_file(args.ready_file, server.endpoint)
        server.serve_forever()
    finally:
        server.stop()
