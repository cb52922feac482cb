"""A local mock of the Foundry "get conversation item" endpoint, for tests and demos.

``MockConversationServer`` serves
``GET {base_path}/openai/v1/conversations/{conversation_id}/items/{item_id}``
on loopback using only the standard library (``http.server``), so code built on
``conversation_items`` can be tested without Azure::

    from conversation_items.testing import Fault, MockConversationServer

    with MockConversationServer(api_key="test-key") as server:
        server.schedule(Fault.retry_after(429, seconds=0), None)  # 429, then normal
        client = ConversationItemsClient(endpoint=server.endpoint, api_key="test-key")
        item = client.get_item("conv_demo", server.item_ids()[0])
        assert len(server.requests) == 2

Features: the bundled fixture items (one per item type), items scoped by
``x-ms-user-isolation-key`` / ``x-ms-user-identity``, ``api-key`` and bearer auth, and
injectable faults (any status code, extra headers such as ``Retry-After``, delays, slow
bodies, dropped connections, malformed bodies). Every request is recorded.
"""

from __future__ import annotations

import contextlib
import hmac
import http.server
import json
import logging
import os
import socket
import socketserver
import sys
import threading
import urllib.parse
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime
from http import HTTPStatus
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType, TracebackType
from typing import Any, Self, cast

__all__ = [
    "Fault",
    "FaultPolicy",
    "MockConversationServer",
    "RecordedRequest",
    "error_body",
    "load_fixture_items",
]

logger = logging.getLogger("conversation_items.testing")

_ROUTE_SEGMENTS = ("openai", "v1", "conversations")
_MAX_REQUEST_BODY = 1 << 20  # request bodies above this are not read; the connection is closed
_NO_BODY_STATUSES = frozenset({204, 304})
_TRUNCATED_JSON = b'{"id":"msg_truncated","type":"message","content":[{"type":"outp'
_ISOLATION_HEADERS = ("x-ms-user-isolation-key", "x-ms-user-identity")
_SECRET_HEADERS = frozenset({"api-key", "authorization", "proxy-authorization", "cookie"})

# (code, type) used in generated ApiErrorResponse bodies, by status.
_ERROR_KINDS: dict[int, tuple[str, str]] = {
    400: ("bad_request", "invalid_request_error"),
    401: ("unauthorized", "invalid_request_error"),
    403: ("forbidden", "invalid_request_error"),
    404: ("not_found", "invalid_request_error"),
    405: ("method_not_allowed", "invalid_request_error"),
    408: ("request_timeout", "invalid_request_error"),
    409: ("conflict", "invalid_request_error"),
    413: ("request_too_large", "invalid_request_error"),
    414: ("uri_too_long", "invalid_request_error"),
    422: ("unprocessable_entity", "invalid_request_error"),
    429: ("rate_limit_exceeded", "rate_limit_error"),
    500: ("server_error", "server_error"),
    502: ("bad_gateway", "server_error"),
    503: ("service_unavailable", "server_error"),
    504: ("gateway_timeout", "server_error"),
}


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def error_body(status: int, message: str | None = None, *, code: str | None = None) -> dict[str, Any]:
    """Return the ``ApiErrorResponse`` dict the mock server sends for ``status``.

    Shape: ``{"error": {"code": ..., "message": ..., "param": None, "type": ...}}``.
    """
    default_code, error_type = _ERROR_KINDS.get(
        status,
        (
            f"http_{status}",
            "server_error" if status >= 500 else "invalid_request_error" if status >= 400 else "error",
        ),
    )
    return {
        "error": {
            "code": code or default_code,
            "message": message or f"{_reason(status)} (mock server status {status}).",
            "param": None,
            "type": error_type,
        }
    }


def _encode_json(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode("utf-8")


def _fmt_number(value: float) -> str:
    if isinstance(value, bool):
        raise TypeError("expected a number, got a bool")
    if float(value).is_integer():
        return str(int(value))
    return repr(float(value))


def _check_header_text(text: str, what: str) -> None:
    if any(ch in text for ch in "\r\n\0"):
        raise ValueError(f"{what} must not contain CR, LF or NUL characters")


@dataclass(frozen=True)
class Fault:
    """A canned misbehaviour the server answers one request with.

    Queue faults with :meth:`MockConversationServer.schedule` or return them from a
    policy given to :meth:`MockConversationServer.set_fault_policy`. The faulted request
    is still recorded. Order of effects: ``delay`` (interruptible by ``stop()``), then
    ``drop`` (close without answering) or the response: status line and headers, then
    ``slow_body`` seconds of silence, then the body.
    """

    status: int = 503
    """Status code sent unchanged on the wire (100-999: 299, 499, 520 are fine)."""
    headers: Mapping[str, str] = field(default_factory=dict, hash=False)
    """Extra response headers; they replace default headers of the same name."""
    body: bytes | None = None
    """Raw body; ``None`` gives a JSON ``ApiErrorResponse`` body matching ``status``."""
    content_type: str = "application/json"
    delay: float = 0.0
    """Seconds to wait before sending anything (client read timeouts)."""
    drop: bool = False
    """Close the connection without sending any response (after ``delay``)."""
    slow_body: float = 0.0
    """Seconds to wait between sending the headers and sending the body."""

    def __post_init__(self) -> None:
        if isinstance(self.status, bool) or not isinstance(self.status, int) or not 100 <= self.status <= 999:
            raise ValueError(f"status must be an int in 100..999, got {self.status!r}")
        if self.delay < 0 or self.slow_body < 0:
            raise ValueError("delay and slow_body must be >= 0")
        if self.body is not None and not isinstance(self.body, bytes | bytearray | memoryview):
            raise TypeError("body must be bytes or None")
        headers = {str(k): str(v) for k, v in dict(self.headers).items()}
        for name, value in headers.items():
            _check_header_text(name, "header name")
            _check_header_text(value, "header value")
            if not name or ":" in name or " " in name:
                raise ValueError(f"invalid header name {name!r}")
        _check_header_text(self.content_type, "content_type")
        object.__setattr__(self, "headers", MappingProxyType(headers))
        if self.body is not None:
            object.__setattr__(self, "body", bytes(self.body))

    @classmethod
    def drop_connection(cls, *, delay: float = 0.0) -> Fault:
        """Close the connection without any response (a client connection error)."""
        return cls(drop=True, delay=delay)

    @classmethod
    def retry_after(
        cls,
        status: int = 429,
        *,
        seconds: float | None = None,
        ms: float | None = None,
        x_ms_ms: float | None = None,
        http_date: datetime | str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Fault:
        """An error response carrying retry hints.

        ``seconds`` -> ``Retry-After: <seconds>``; ``http_date`` ->
        ``Retry-After: <HTTP date>`` (a ``datetime`` is formatted as an IMF-fixdate;
        give it a timezone); ``ms`` -> ``retry-after-ms``; ``x_ms_ms`` ->
        ``x-ms-retry-after-ms``. Several may be combined, except ``seconds`` with
        ``http_date``. With none given, ``Retry-After: 0`` is sent.
        """
        if seconds is not None and http_date is not None:
            raise ValueError("give either seconds or http_date for Retry-After, not both")
        out: dict[str, str] = {}
        if seconds is not None:
            out["Retry-After"] = _fmt_number(seconds)
        if http_date is not None:
            if isinstance(http_date, datetime):
                if http_date.tzinfo is None:
                    raise ValueError("http_date must be timezone-aware")
                out["Retry-After"] = format_datetime(http_date, usegmt=True)
            else:
                out["Retry-After"] = http_date
        if ms is not None:
            out["retry-after-ms"] = _fmt_number(ms)
        if x_ms_ms is not None:
            out["x-ms-retry-after-ms"] = _fmt_number(x_ms_ms)
        if not out:
            out["Retry-After"] = "0"
        out.update(headers or {})
        return cls(status=status, headers=out)

    @classmethod
    def malformed_body(
        cls,
        body: bytes = _TRUNCATED_JSON,
    ) -> Fault:
        """A ``200 application/json`` response whose body is truncated JSON."""
        return cls(status=200, body=body)

    @classmethod
    def timeout(cls, seconds: float) -> Fault:
        """Stay silent for ``seconds``, then close the connection without answering.

        A client whose read timeout is shorter sees a timeout; a more patient one sees a
        dropped connection.
        """
        return cls(delay=seconds, drop=True)


@dataclass(frozen=True, repr=False)
class RecordedRequest:
    """One request as the mock server received it."""

    method: str
    raw_path: str
    """The request target as on the request line (percent-encoding, query intact)."""
    headers: Mapping[str, str]
    """Header names lowercased; repeated headers joined with ``", "``."""
    header_items: tuple[tuple[str, str], ...]
    """Headers in received order and spelling."""
    conversation_id: str | None
    """Percent-decoded conversation id if the path matched the route, else ``None``."""
    item_id: str | None
    """Percent-decoded item id if the path matched the item route, else ``None``."""
    number: int = 0
    """Global 1-based request counter (the ``n`` passed to a fault policy)."""
    request_id: str = ""
    """The ``x-request-id`` value of the response (``req_<number>``)."""
    body: bytes = b""

    def __repr__(self) -> str:
        # Credentials must not leak into assertion messages or logs.
        shown = {k: "<redacted>" if k in _SECRET_HEADERS else v for k, v in self.headers.items()}
        return (
            f"RecordedRequest(number={self.number}, method={self.method!r}, "
            f"raw_path={self.raw_path!r}, conversation_id={self.conversation_id!r}, "
            f"item_id={self.item_id!r}, headers={shown!r})"
        )


FaultPolicy = Callable[[int, RecordedRequest], "Fault | None"]
"""``policy(request_number, recorded_request) -> Fault | None``."""


@dataclass(frozen=True)
class _StoredItem:
    body: bytes
    head: bytes  # status line + fixed headers for a 200 answer, pre-encoded


def _ok_head(body: bytes) -> bytes:
    return (f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n").encode("ascii")


def _wire_to_str(value: str) -> str:
    # http.server decodes header bytes as latin-1; clients send UTF-8.
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


def _secret_matches(received: str, expected: str) -> bool:
    return hmac.compare_digest(received.encode("utf-8", "surrogateescape"), expected.encode("utf-8"))


def _normalize_base_path(base_path: str) -> str:
    base = "/" + base_path.strip("/")
    return "" if base == "/" else base


def _read_fixture_dir(directory: Traversable | Path) -> dict[str, dict[str, Any]]:
    items: dict[str, dict[str, Any]] = {}
    if not directory.is_dir():
        return items
    for entry in sorted(directory.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json") or not entry.is_file():
            continue
        data = json.loads(entry.read_bytes())
        if not isinstance(data, dict):
            raise TypeError(f"fixture {entry.name} must contain one JSON object")
        items[entry.name[: -len(".json")]] = data
    return items


def load_fixture_items(
    fixtures_dir: str | os.PathLike[str] | None = None,
) -> dict[str, dict[str, Any]]:
    """Load fixture items: ``{file stem: item}`` from ``*.json`` files, sorted by name.

    Without ``fixtures_dir`` the fixtures bundled with the package
    (``conversation_items/fixtures/items``) are read; a missing folder gives ``{}``.
    """
    if fixtures_dir is not None:
        path = Path(fixtures_dir)
        if not path.is_dir():
            raise FileNotFoundError(f"fixtures directory not found: {path}")
        return _read_fixture_dir(path)
    package = __package__ or "conversation_items"
    try:
        root = resources.files(package)
    except ModuleNotFoundError:  # pragma: no cover - only when loaded outside the package
        return {}
    return _read_fixture_dir(root.joinpath("fixtures", "items"))


class _HTTPServer(http.server.ThreadingHTTPServer):
    """Threading server that tracks its connections so ``stop()`` can end them all."""

    daemon_threads = True
    request_queue_size = 2048
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], owner: MockConversationServer) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.owner = owner
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
            name="conversation-items-mock-handler",
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
    wbufsize = 0  # we write each response with a single write()

    # -- quiet, no reverse DNS ---------------------------------------------------------
    def address_string(self) -> str:
        return str(self.client_address[0])

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # Used by http.server for malformed requests; answer in the API's error format.
        owner = cast(_HTTPServer, self.server).owner
        number = owner._next_number()
        self.close_connection = True
        self._send(
            code,
            {},
            _encode_json(error_body(code, message)),
            "application/json",
            number,
        )

    # -- request loop ----------------------------------------------------------------
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
        if length > _MAX_REQUEST_BODY:
            self.close_connection = True
            return b""
        return self.rfile.read(length)

    def _dispatch(self) -> None:
        server = cast(_HTTPServer, self.server)
        owner = server.owner
        body = self._read_body()
        header_items = tuple((name, _wire_to_str(value)) for name, value in self.headers.items())
        lowered: dict[str, str] = {}
        for name, value in header_items:
            key = name.lower()
            lowered[key] = f"{lowered[key]}, {value}" if key in lowered else value
        conversation_id, item_id = owner._match(self.path)
        number = owner._next_number()
        record = RecordedRequest(
            method=self.command,
            raw_path=self.path,
            headers=MappingProxyType(lowered),
            header_items=header_items,
            conversation_id=conversation_id,
            item_id=item_id,
            number=number,
            request_id=f"req_{number}",
            body=body,
        )
        owner._record(record)
        try:
            fault = owner._next_fault(number, record)
        except Exception as exc:  # a broken user policy must not hang the client
            logger.exception("mock server: fault policy raised")
            self._send_error_status(500, f"Mock fault policy raised {type(exc).__name__}.", number)
            return
        if fault is not None:
            self._send_fault(fault, number)
            return
        status, stored = owner._resolve(record)
        if stored is not None:
            rid = f"x-request-id: req_{number}\r\n\r\n".encode("ascii")
            payload = b"" if self.command == "HEAD" else stored.body
            self.wfile.write(stored.head + rid + payload)
            logger.debug("mock server: %s %s -> 200", self.command, self.path.partition("?")[0])
            return
        self._send_error_status(status, owner._message_for(status, record), number)

    # -- responses -------------------------------------------------------------------
    def _send_error_status(self, status: int, message: str, number: int) -> None:
        headers: dict[str, str] = {}
        owner = cast(_HTTPServer, self.server).owner
        if status == 401 and owner._bearer_token is not None:
            headers["WWW-Authenticate"] = "Bearer"
        if status == 405:
            headers["Allow"] = "GET"
        self._send(
            status,
            headers,
            _encode_json(error_body(status, message)),
            "application/json",
            number,
        )

    def _send_fault(self, fault: Fault, number: int) -> None:
        stopping = cast(_HTTPServer, self.server).stopping
        if fault.delay and stopping.wait(fault.delay):
            self.close_connection = True
            return
        if fault.drop:
            self.close_connection = True
            logger.debug(
                "mock server: %s %s -> dropped",
                self.command,
                self.path.partition("?")[0],
            )
            return
        body = fault.body if fault.body is not None else _encode_json(error_body(fault.status))
        self._send(
            fault.status,
            fault.headers,
            body,
            fault.content_type,
            number,
            slow_body=fault.slow_body,
        )

    def _send(
        self,
        status: int,
        extra_headers: Mapping[str, str],
        body: bytes,
        content_type: str,
        number: int,
        *,
        slow_body: float = 0.0,
    ) -> None:
        no_body = status < 200 or status in _NO_BODY_STATUSES
        headers: dict[str, tuple[str, str]] = {}  # lowercased name -> (name, value)
        if not no_body:
            headers["content-type"] = ("Content-Type", content_type)
        if status >= 200 and status != 204:
            headers["content-length"] = (
                "Content-Length",
                str(0 if no_body else len(body)),
            )
        headers["x-request-id"] = ("x-request-id", f"req_{number}")
        if self.close_connection:
            headers["connection"] = ("Connection", "close")
        for name, value in extra_headers.items():
            headers[name.lower()] = (name, value)
        lines = [f"HTTP/1.1 {status} {_reason(status)}"]
        lines.extend(f"{name}: {value}" for name, value in headers.values())
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1", "replace")
        payload = b"" if no_body or getattr(self, "command", "") == "HEAD" else body
        logger.debug(
            "mock server: %s %s -> %d",
            getattr(self, "command", "-"),
            self._log_path(),
            status,
        )
        if slow_body and payload:
            self.wfile.write(head)
            if cast(_HTTPServer, self.server).stopping.wait(slow_body):
                self.close_connection = True
                return
            self.wfile.write(payload)
        else:
            self.wfile.write(head + payload)

    def _log_path(self) -> str:
        # Never log query strings: they may carry credentials.
        return str(getattr(self, "path", "")).partition("?")[0]


class MockConversationServer:
    """A loopback HTTP server mimicking ``GET .../conversations/{c}/items/{i}``.

    Items come from ``items`` and/or ``fixtures_dir`` (``*.json`` files, one item
    each), or from the fixtures bundled with the package when neither is given. Each is
    stored under ``conversation_id`` with its ``"id"`` (else the file stem).

    Use as a context manager (``with MockConversationServer() as server:``) or call
    :meth:`start` / :meth:`stop`. Pass :attr:`endpoint` to a client as ``endpoint=``.
    """

    def __init__(
        self,
        items: Iterable[Mapping[str, Any]] | None = None,
        *,
        fixtures_dir: str | os.PathLike[str] | None = None,
        conversation_id: str = "conv_demo",
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str | None = None,
        bearer_token: str | None = None,
        base_path: str = "/api/projects/mock",
    ) -> None:
        """Create the server (not started) and load its items."""
        self.conversation_id = conversation_id
        self.host = host
        self._port = port
        self._api_key = api_key
        self._bearer_token = bearer_token
        self.base_path = _normalize_base_path(base_path)
        self._base_segments = self.base_path.split("/")[1:] if self.base_path else []

        self._lock = threading.Lock()
        self._items: dict[tuple[str, str, str | None], _StoredItem] = {}
        self._requests: list[RecordedRequest] = []
        self._faults: deque[Fault | None] = deque()
        self._policy: FaultPolicy | None = None
        self._counter = 0
        self._server: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

        if fixtures_dir is not None:
            for stem, loaded in load_fixture_items(fixtures_dir).items():
                self._add_loaded(loaded, stem)
        if items is not None:
            for item in items:
                self.add_item(item)
        if items is None and fixtures_dir is None:
            for stem, loaded in load_fixture_items().items():
                self._add_loaded(loaded, stem)

    def __repr__(self) -> str:
        where = self.endpoint if self._server is not None else "not started"
        return f"<MockConversationServer {where} items={len(self._items)}>"

    # -- items -----------------------------------------------------------------------
    def _add_loaded(self, item: Mapping[str, Any], stem: str) -> None:
        item_id = item.get("id")
        self.add_item(item, item_id=item_id if isinstance(item_id, str) else stem)

    def add_item(
        self,
        item: Mapping[str, Any] | bytes,
        *,
        conversation_id: str | None = None,
        item_id: str | None = None,
        isolation_key: str | None = None,
    ) -> str:
        """Store an item and return its item id.

        A mapping is encoded once as compact JSON; ``bytes`` are served verbatim
        (hostile bodies). The id defaults to the item's ``"id"`` field. With
        ``isolation_key`` the item is visible only to requests whose
        ``x-ms-user-isolation-key`` or ``x-ms-user-identity`` header equals it; other
        requests get the same 404 as for a missing item. Adding the same
        (conversation, id, key) again replaces the item.
        """
        if isinstance(item, bytes | bytearray | memoryview):
            body = bytes(item)
            if item_id is None:
                try:
                    decoded = json.loads(body)
                except ValueError:
                    decoded = None
                if isinstance(decoded, dict) and isinstance(decoded.get("id"), str):
                    item_id = decoded["id"]
        else:
            body = _encode_json(dict(item))
            if item_id is None and isinstance(item.get("id"), str):
                item_id = item["id"]
        if item_id is None:
            raise ValueError("item has no string 'id'; pass item_id=")
        conv = self.conversation_id if conversation_id is None else conversation_id
        stored = _StoredItem(body=body, head=_ok_head(body))
        with self._lock:
            self._items[(conv, item_id, isolation_key)] = stored
        return item_id

    def item_ids(self, conversation_id: str | None = None) -> list[str]:
        """Ids stored in ``conversation_id`` (default: the server's own).

        Includes isolation-scoped items; insertion order, no duplicates.
        """
        conv = self.conversation_id if conversation_id is None else conversation_id
        with self._lock:
            keys = list(self._items)
        return list(dict.fromkeys(i for c, i, _ in keys if c == conv))

    # -- faults and recording ----------------------------------------------------------
    def schedule(self, *faults: Fault | None) -> None:
        """Queue faults, used one per request in order; ``None`` answers normally."""
        for fault in faults:
            if fault is not None and not isinstance(fault, Fault):
                raise TypeError(f"expected Fault or None, got {type(fault).__name__}")
        with self._lock:
            self._faults.extend(faults)

    def clear_schedule(self) -> None:
        """Drop every queued fault."""
        with self._lock:
            self._faults.clear()

    def set_fault_policy(self, policy: FaultPolicy | None) -> None:
        """Set a callable ``policy(n, request) -> Fault | None`` (``None`` removes it).

        It is consulted for every request once the :meth:`schedule` queue is empty;
        ``n`` is the global 1-based request counter. It runs on handler threads,
        concurrently.
        """
        with self._lock:
            self._policy = policy

    @property
    def requests(self) -> list[RecordedRequest]:
        """A copy of the requests received so far, in arrival order."""
        with self._lock:
            return list(self._requests)

    @property
    def last_request(self) -> RecordedRequest | None:
        """The most recent request, if any."""
        with self._lock:
            return self._requests[-1] if self._requests else None

    def clear_requests(self) -> None:
        """Forget the recorded requests (the request counter keeps counting)."""
        with self._lock:
            self._requests.clear()

    def _next_number(self) -> int:
        with self._lock:
            self._counter += 1
            return self._counter

    def _record(self, record: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(record)

    def _next_fault(self, number: int, record: RecordedRequest) -> Fault | None:
        with self._lock:
            if self._faults:
                return self._faults.popleft()
            policy = self._policy
        return policy(number, record) if policy is not None else None

    # -- routing ---------------------------------------------------------------------
    def _match(self, raw_path: str) -> tuple[str | None, str | None]:
        path = raw_path.partition("?")[0].partition("#")[0]
        if path.startswith(("http://", "https://")):  # absolute-form request target
            slash = path.find("/", path.find("//") + 2)
            path = path[slash:] if slash >= 0 else "/"
        parts = path.split("/")
        base = self._base_segments
        n = len(base)
        if (
            len(parts) != n + 7
            or parts[0] != ""
            or parts[1 : n + 1] != base
            or tuple(parts[n + 1 : n + 4]) != _ROUTE_SEGMENTS
            or parts[n + 5] != "items"
        ):
            return None, None
        conv_raw, item_raw = parts[n + 4], parts[n + 6]
        for seg in (conv_raw, item_raw):
            if seg in ("", ".", ".."):
                return None, None
        return urllib.parse.unquote(conv_raw), urllib.parse.unquote(item_raw)

    def _authorized(self, headers: Mapping[str, str]) -> bool:
        if self._api_key is None and self._bearer_token is None:
            return True
        if self._api_key is not None:
            received = headers.get("api-key")
            if received is not None and _secret_matches(received, self._api_key):
                return True
        if self._bearer_token is not None:
            scheme, _, token = headers.get("authorization", "").partition(" ")
            if scheme.lower() == "bearer" and _secret_matches(token.strip(), self._bearer_token):
                return True
        return False

    def _resolve(self, record: RecordedRequest) -> tuple[int, _StoredItem | None]:
        if not self._authorized(record.headers):
            return 401, None
        if record.conversation_id is None or record.item_id is None:
            return 404, None
        if record.method not in ("GET", "HEAD"):
            return 405, None
        scopes: list[str | None] = [record.headers.get(h) for h in _ISOLATION_HEADERS]
        candidates = dict.fromkeys([*(s for s in scopes if s is not None), None])
        with self._lock:
            for key in candidates:
                stored = self._items.get((record.conversation_id, record.item_id, key))
                if stored is not None:
                    return 200, stored
        return 404, None

    def _message_for(self, status: int, record: RecordedRequest) -> str:
        if status == 401:
            return "Access denied: missing or invalid credentials."
        if status == 405:
            return f"Method {record.method} is not allowed; only GET is supported."
        if status == 404 and record.item_id is not None:
            return f"No item with id '{record.item_id}' found in conversation '{record.conversation_id}'."
        if status == 404:
            return "Resource not found."
        return str(error_body(status)["error"]["message"])

    # -- lifecycle -------------------------------------------------------------------
    def start(self) -> Self:
        """Bind and serve on a background thread; returns ``self``."""
        if self._server is not None:
            raise RuntimeError("server already started")
        server = _HTTPServer((self.host, self._port), self)
        thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="conversation-items-mock-server",
            daemon=True,
        )
        self._server = server
        self._thread = thread
        thread.start()
        logger.debug("mock server listening on %s", self.endpoint)
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

    def serve_forever(self) -> None:
        """Start if needed, block until KeyboardInterrupt, then stop (for the CLI)."""
        if self._server is None:
            self.start()
        thread = self._thread
        try:
            while thread is not None and thread.is_alive():
                thread.join(0.5)
        except KeyboardInterrupt:
            pass
        finally:
            self.stop()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- addresses -------------------------------------------------------------------
    @property
    def port(self) -> int:
        """The bound port once started (else the configured one)."""
        if self._server is not None:
            return int(self._server.server_address[1])
        return self._port

    @property
    def endpoint(self) -> str:
        """``http://host:port{base_path}``, what a client takes as ``endpoint=``."""
        if self._server is None:
            raise RuntimeError("server not started; call start() first")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}{self.base_path}"

    def url_for(self, conversation_id: str, item_id: str) -> str:
        """The full item URL with percent-encoded segments (``.``/``..`` as ``%2E``)."""
        return (
            f"{self.endpoint}/openai/v1/conversations/{_quote_segment(conversation_id)}/items/{_quote_segment(item_id)}"
        )


def _quote_segment(segment: str) -> str:
    if segment and set(segment) == {"."}:
        return "%2E" * len(segment)
    return urllib.parse.quote(segment, safe="")
