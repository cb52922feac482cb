"""A threaded loopback HTTP/1.1 server (standard library ``http.server``) around a fake service.

It reads each request, asks its :class:`~conversation_items.testing.wire.Responder` for a
:class:`~conversation_items.testing.wire.Reply`, and acts the reply out on the socket: the delay,
a dropped connection, a late or trickled body. ``stop()`` ends every connection and wakes every
waiting handler, so a test never waits for a fault to finish.
"""

from __future__ import annotations

import contextlib
import http.server
import logging
import socket
import socketserver
import sys
import threading
from http import HTTPStatus
from typing import Any, Self, cast

from .wire import IncomingRequest, Reply, Responder, decode_header_value, reason

__all__ = ["LoopbackHTTPServer"]

logger: logging.Logger = logging.getLogger("conversation_items.testing")

MAX_REQUEST_BODY = 1 << 20  # request bodies above this are not read; the connection is closed


class _ThreadingServer(http.server.ThreadingHTTPServer):
    """Threading server that tracks its connections so ``stop()`` can end them all."""

    daemon_threads = True
    request_queue_size = 2048
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], responder: Responder, thread_name: str) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.responder = responder
        self.thread_name = thread_name
        self.stopping = threading.Event()
        self._conn_lock = threading.Lock()
        self._connections: set[socket.socket] = set()
        self._handler_threads: set[threading.Thread] = set()
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind does a (possibly slow) reverse DNS lookup; skip it.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self.process_request_thread,
            args=(request, client_address),
            name=f"{self.thread_name}-handler",
            daemon=True,
        )
        with self._conn_lock:
            self._connections.add(request)
            self._handler_threads.add(thread)
        thread.start()

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            self.finish_request(request, client_address)
        except Exception:  # like socketserver: log, then close the connection
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)
            with self._conn_lock:
                self._handler_threads.discard(threading.current_thread())

    def shutdown_request(self, request: Any) -> None:
        with self._conn_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        logger.debug("mock server: error while handling a connection", exc_info=sys.exc_info())

    def close_connections(self, timeout: float) -> None:
        """Wake every handler (blocked reads and delays) and wait for the threads."""
        self.stopping.set()
        with self._conn_lock:
            for conn in self._connections:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
            threads = list(self._handler_threads)
        for thread in threads:
            thread.join(timeout)


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "conversation-items-mock"
    sys_version = ""
    disable_nagle_algorithm = True
    wbufsize = 0  # each response is written with as few write() calls as its timing allows

    # -- quiet, no reverse DNS ---------------------------------------------------------
    def address_string(self) -> str:
        return str(self.client_address[0])

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass

    @property
    def _server(self) -> _ThreadingServer:
        return cast(_ThreadingServer, self.server)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # Used by http.server for malformed requests; the service answers in its own format.
        self.close_connection = True
        self._send(self._server.responder.reject(code, message), "-")

    # -- request loop ------------------------------------------------------------------
    def handle_one_request(self) -> None:
        try:
            self.raw_requestline = self.rfile.readline(65537)
            if len(self.raw_requestline) > 65536:
                self.requestline = ""
                self.request_version = ""
                self.command = ""
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
                return
            if not self.raw_requestline:
                self.close_connection = True
                return
            if not self.parse_request():
                return
            self._dispatch()
        except (TimeoutError, OSError):
            self.close_connection = True

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self.close_connection = True  # not parsed; don't reuse the connection
            return b""
        length_text = self.headers.get("Content-Length")
        if not length_text:
            return b""
        try:
            length = int(length_text)
        except ValueError:
            self.close_connection = True
            return b""
        if length <= 0:
            return b""
        if length > MAX_REQUEST_BODY:
            self.close_connection = True
            return b""
        return self.rfile.read(length)

    def _dispatch(self) -> None:
        body = self._read_body()
        incoming = IncomingRequest(
            method=self.command,
            raw_path=self.path,
            header_items=tuple((name, decode_header_value(value)) for name, value in self.headers.items()),
            body=body,
        )
        self._send(self._server.responder.handle(incoming), incoming.path)

    # -- reply -> socket ---------------------------------------------------------------
    def _send(self, reply: Reply, path: str) -> None:
        stopping = self._server.stopping
        if reply.delay and stopping.wait(reply.delay):
            self.close_connection = True
            return
        if reply.drop:
            self.close_connection = True
            logger.debug("mock server: %s %s -> dropped", getattr(self, "command", "-"), path)
            return
        lines = [f"HTTP/1.1 {reply.status} {reason(reply.status)}"]
        lines.extend(f"{name}: {value}" for name, value in reply.headers)
        if self.close_connection and reply.header("connection") is None:
            lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1", "replace")
        logger.debug("mock server: %s %s -> %d", getattr(self, "command", "-"), path, reply.status)
        if not (reply.slow_body or reply.trickle) or not reply.body:
            self.wfile.write(head + reply.body)
            return
        self.wfile.write(head)
        if reply.slow_body and stopping.wait(reply.slow_body):
            self.close_connection = True
            return
        if not reply.trickle:
            self.wfile.write(reply.body)
            return
        for i in range(len(reply.body)):
            if stopping.wait(reply.trickle):
                self.close_connection = True
                return
            self.wfile.write(reply.body[i : i + 1])


class LoopbackHTTPServer:
    """Serve a :class:`~conversation_items.testing.wire.Responder` on ``host:port`` from a thread."""

    def __init__(
        self,
        responder: Responder,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        thread_name: str = "conversation-items-mock",
    ) -> None:
        self.responder = responder
        self.host = host
        self._port = port
        self._thread_name = thread_name
        self._server: _ThreadingServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        """Whether the server is bound and serving."""
        return self._server is not None

    @property
    def port(self) -> int:
        """The bound port once started (else the configured one)."""
        return int(self._server.server_address[1]) if self._server is not None else self._port

    @property
    def origin(self) -> str:
        """``http://host:port`` (IPv6 hosts in brackets); raises ``RuntimeError`` before ``start()``."""
        if self._server is None:
            raise RuntimeError("server not started; call start() first")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def start(self) -> Self:
        """Bind and serve on a background thread; returns ``self``."""
        if self._server is not None:
            raise RuntimeError("server already started")
        server = _ThreadingServer((self.host, self._port), self.responder, self._thread_name)
        thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=self._thread_name,
            daemon=True,
        )
        self._server, self._thread = server, thread
        thread.start()
        logger.debug("mock server listening on %s", self.origin)
        return self

    def stop(self) -> None:
        """Stop serving, end connections, close the socket, join threads; idempotent."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        self._server = self._thread = None
        server.stopping.set()
        server.shutdown()
        server.close_connections(timeout=5.0)
        server.server_close()
        thread.join(5.0)
        logger.debug("mock server stopped")

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the serving thread ends or ``timeout`` passes; ``True`` if it ended.

        Waits in short slices so a ``KeyboardInterrupt`` in the main thread is seen promptly.
        """
        thread = self._thread
        if thread is None:
            return True
        remaining = timeout
        while thread.is_alive() and (remaining is None or remaining > 0):
            step = 0.5 if remaining is None else min(0.5, remaining)
            thread.join(step)
            if remaining is not None:
                remaining -= step
        return not thread.is_alive()
