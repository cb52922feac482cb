"""The wire format the fakes speak: error bodies, status reasons, response headers, and the two
message shapes every adapter (socket server, ``httpx`` transport) exchanges with a fake service.

A fake service turns an :class:`IncomingRequest` into a :class:`Reply`; the adapters only put
replies on their medium. Nothing here does I/O.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, Protocol

__all__ = [
    "SECRET_HEADERS",
    "IncomingRequest",
    "Reply",
    "RecordedRequest",
    "Responder",
    "check_header_text",
    "decode_header_value",
    "encode_json",
    "error_body",
    "format_number",
    "header_pairs",
    "json_reply",
    "quote_segment",
    "reason",
    "response_headers",
]

NO_BODY_STATUSES = frozenset({204, 304})
SECRET_HEADERS = frozenset({"api-key", "authorization", "proxy-authorization", "cookie", "x-identity-header"})
"""Request headers whose values are never shown in a ``repr`` or a log line (lowercase)."""

# (code, type) used in ApiErrorResponse bodies, by status.
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


def reason(status: int) -> str:
    """The reason phrase of ``status`` (``"Unknown"`` for codes such as 299 or 520)."""
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
            "message": message or f"{reason(status)} (mock server status {status}).",
            "param": None,
            "type": error_type,
        }
    }


def encode_json(value: Any) -> bytes:
    """Compact UTF-8 JSON, as the service sends it."""
    return json.dumps(value, separators=(",", ":")).encode("utf-8")


def format_number(value: float) -> str:
    """``2`` for 2.0, ``1.5`` for 1.5: how a number goes into a header value."""
    if isinstance(value, bool):
        raise TypeError("expected a number, got a bool")
    if float(value).is_integer():
        return str(int(value))
    return repr(float(value))


def check_header_text(text: str, what: str) -> None:
    """Refuse CR, LF and NUL in header text (they would forge headers)."""
    if any(ch in text for ch in "\r\n\0"):
        raise ValueError(f"{what} must not contain CR, LF or NUL characters")


def decode_header_value(raw: bytes | str) -> str:
    """A received header value as text: UTF-8 when it is UTF-8, else latin-1 (what http.server gives)."""
    data = raw.encode("latin-1", "replace") if isinstance(raw, str) else raw
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def quote_segment(segment: str) -> str:
    """Percent-encode one path segment; dot-only segments become ``%2E`` so they address the literal id."""
    if segment and set(segment) == {"."}:
        return "%2E" * len(segment)
    return urllib.parse.quote(segment, safe="")


def response_headers(
    status: int,
    *,
    body_length: int,
    content_type: str,
    request_id: str | None,
    extra: Mapping[str, str] | None = None,
) -> tuple[tuple[str, str], ...]:
    """The headers of a reply, in wire order; ``extra`` replaces defaults of the same name (any case)."""
    no_body = status < 200 or status in NO_BODY_STATUSES
    headers: dict[str, tuple[str, str]] = {}  # lowercased name -> (name, value)
    if not no_body:
        headers["content-type"] = ("Content-Type", content_type)
    if status >= 200 and status != 204:
        headers["content-length"] = ("Content-Length", str(0 if no_body else body_length))
    if request_id is not None:
        headers["x-request-id"] = ("x-request-id", request_id)
    for name, value in (extra or {}).items():
        headers[name.lower()] = (name, value)
    return tuple(headers.values())


@dataclass(frozen=True)
class IncomingRequest:
    """One request as an adapter received it, before any interpretation."""

    method: str
    raw_path: str
    """The request target as sent (percent-encoding and query intact)."""
    header_items: tuple[tuple[str, str], ...]
    """Headers in received order and spelling, values decoded with :func:`decode_header_value`."""
    body: bytes = b""
    timeout: Mapping[str, float | None] | None = None
    """The request's per-phase timeouts (``connect``/``read``/``write``/``pool``) when the medium carries them
    (the in-process transport), else ``None``."""

    def lowered_headers(self) -> dict[str, str]:
        """Header names lowercased; repeated headers joined with ``", "``."""
        lowered: dict[str, str] = {}
        for name, value in self.header_items:
            key = name.lower()
            lowered[key] = f"{lowered[key]}, {value}" if key in lowered else value
        return lowered

    @property
    def path(self) -> str:
        """The path without query or fragment (what logs may show: queries can carry secrets)."""
        return self.raw_path.partition("?")[0].partition("#")[0]


@dataclass(frozen=True)
class Reply:
    """What a fake service answers; the adapter puts it on its medium.

    The timing fields describe misbehaviour (see :class:`~conversation_items.testing.Fault`):
    wait ``delay`` seconds, then either close without answering (``drop``) or send the status line
    and headers, wait ``slow_body`` seconds, and send the body (one byte every ``trickle``
    seconds when ``trickle`` is set).
    """

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes = b""
    delay: float = 0.0
    drop: bool = False
    slow_body: float = 0.0
    trickle: float = 0.0

    def header(self, name: str) -> str | None:
        """The value of header ``name`` (any case), or ``None``."""
        wanted = name.lower()
        for key, value in self.headers:
            if key.lower() == wanted:
                return value
        return None


@dataclass(frozen=True, repr=False)
class RecordedRequest:
    """One request as the mock service received it."""

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
    """Percent-decoded item id if the path matched the item route, else ``None`` (a list request has none)."""
    number: int = 0
    """Global 1-based request counter (the ``n`` passed to a fault policy)."""
    request_id: str = ""
    """The ``x-request-id`` value of the response (``req_<number>``)."""
    body: bytes = b""
    timeout: Mapping[str, float | None] | None = None
    """The per-phase timeouts the client gave this request, as httpx holds them (``{"connect": 5.0, "read": 5.0,
    "write": 5.0, "pool": 5.0}``), when it came through :meth:`MockConversationService.transport`; ``None`` over a
    socket (timeouts never reach the wire)."""

    @property
    def query(self) -> dict[str, list[str]]:
        """The query parameters, percent-decoded, each name with its values in order (``{}`` without a query)."""
        query = self.raw_path.partition("#")[0].partition("?")[2]
        return urllib.parse.parse_qs(query, keep_blank_values=True)

    def __repr__(self) -> str:
        # Credentials must not leak into assertion messages or logs.
        shown = {k: "<redacted>" if k in SECRET_HEADERS else v for k, v in self.headers.items()}
        return (
            f"RecordedRequest(number={self.number}, method={self.method!r}, "
            f"raw_path={self.raw_path!r}, conversation_id={self.conversation_id!r}, "
            f"item_id={self.item_id!r}, headers={shown!r})"
        )


class Responder(Protocol):
    """A fake service as the adapters see it."""

    def handle(self, request: IncomingRequest) -> Reply:
        """Decide the reply to ``request``."""
        ...

    def reject(self, status: int, message: str | None = None) -> Reply:
        """The reply to a request too malformed to hand to :meth:`handle` (bad request line, ...)."""
        ...


def json_reply(
    status: int,
    payload: Any,
    *,
    request_id: str | None = None,
    extra: Mapping[str, str] | None = None,
    head_only: bool = False,
) -> Reply:
    """A JSON reply with the standard headers; ``head_only`` keeps Content-Length but sends no body (HEAD)."""
    body = encode_json(payload)
    headers = response_headers(
        status, body_length=len(body), content_type="application/json", request_id=request_id, extra=extra
    )
    return Reply(status, headers, b"" if head_only else body)


def header_pairs(items: Iterable[tuple[bytes, bytes]]) -> tuple[tuple[str, str], ...]:
    """Raw ``(name, value)`` byte pairs (as httpx keeps them) as decoded text pairs."""
    return tuple((name.decode("latin-1"), decode_header_value(value)) for name, value in items)
