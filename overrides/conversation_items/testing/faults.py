"""Faults: canned misbehaviour a fake service answers a request with, and their text form.

A :class:`Fault` is data. The service turns it into a :class:`~conversation_items.testing.wire.Reply`
(:meth:`Fault.to_reply`); each adapter then acts the timing out on its medium (a socket, or an
``httpx`` transport without sockets).

Faults have a text form for the command line and configuration files (``"503"``,
``"429:retry-after=2"``, ``"drop"``, ...): :meth:`Fault.parse`, grammar in ``fault_text``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime
from types import MappingProxyType
from typing import TYPE_CHECKING

from .fault_text import TRUNCATED_JSON, parse_fault_fields
from .wire import Reply, check_header_text, encode_json, error_body, format_number, response_headers

if TYPE_CHECKING:
    from .wire import RecordedRequest

__all__ = ["Fault", "FaultPolicy"]


def _seconds(value: float, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{what} must be a number of seconds, got {type(value).__name__}")
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"{what} must be a finite number of seconds >= 0, got {value!r}")
    return float(value)


@dataclass(frozen=True)
class Fault:
    """A canned misbehaviour the server answers one request with.

    Queue faults with :meth:`MockConversationService.schedule` or return them from a policy
    given to :meth:`MockConversationService.set_fault_policy`. The faulted request is still
    recorded. Order of effects: ``delay`` (interruptible by ``stop()`` on a socket server), then
    ``drop`` (close without answering) or the response: status line and headers, then
    ``slow_body`` seconds of silence, then the body (one byte every ``trickle`` seconds).
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
    trickle: float = 0.0
    """Seconds to wait before each byte of the body (a body that never stalls for long, yet takes long)."""

    def __post_init__(self) -> None:
        if isinstance(self.status, bool) or not isinstance(self.status, int) or not 100 <= self.status <= 999:
            raise ValueError(f"status must be an int in 100..999, got {self.status!r}")
        for name in ("delay", "slow_body", "trickle"):
            object.__setattr__(self, name, _seconds(getattr(self, name), name))
        if self.body is not None and not isinstance(self.body, bytes | bytearray | memoryview):
            raise TypeError("body must be bytes or None")
        headers = {str(k): str(v) for k, v in dict(self.headers).items()}
        for name, value in headers.items():
            check_header_text(name, "header name")
            check_header_text(value, "header value")
            if not name or ":" in name or " " in name:
                raise ValueError(f"invalid header name {name!r}")
        check_header_text(self.content_type, "content_type")
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
            out["Retry-After"] = format_number(seconds)
        if http_date is not None:
            if isinstance(http_date, datetime):
                if http_date.tzinfo is None:
                    raise ValueError("http_date must be timezone-aware")
                out["Retry-After"] = format_datetime(http_date, usegmt=True)
            else:
                out["Retry-After"] = http_date
        if ms is not None:
            out["retry-after-ms"] = format_number(ms)
        if x_ms_ms is not None:
            out["x-ms-retry-after-ms"] = format_number(x_ms_ms)
        if not out:
            out["Retry-After"] = "0"
        out.update(headers or {})
        return cls(status=status, headers=out)

    @classmethod
    def malformed_body(cls, body: bytes = TRUNCATED_JSON) -> Fault:
        """A ``200 application/json`` response whose body is truncated JSON."""
        return cls(status=200, body=body)

    @classmethod
    def timeout(cls, seconds: float) -> Fault:
        """Stay silent for ``seconds``, then close the connection without answering.

        A client whose read timeout is shorter sees a timeout; a more patient one sees a
        dropped connection.
        """
        return cls(delay=seconds, drop=True)

    @classmethod
    def parse(cls, text: str) -> Fault:
        """Build a fault from its text form, e.g. ``"429:retry-after=2"``.

        Grammar: ``conversation_items.testing.fault_text``. Raises ``ValueError`` naming the offending term.
        """
        fields = parse_fault_fields(text)
        try:
            return cls(**fields)
        except ValueError as exc:  # e.g. a header name with a space: name the spec too
            raise ValueError(f"fault spec {text!r}: {exc}") from None

    def to_reply(self, request_id: str, *, head_only: bool = False) -> Reply:
        """The reply this fault gives to a request answered with ``x-request-id: request_id``."""
        if self.drop:
            return Reply(status=0, headers=(), delay=self.delay, drop=True)
        body = self.body if self.body is not None else encode_json(error_body(self.status))
        headers = response_headers(
            self.status,
            body_length=len(body),
            content_type=self.content_type,
            request_id=request_id,
            extra=self.headers,
        )
        no_body = head_only or self.status < 200 or self.status in (204, 304)
        return Reply(
            self.status,
            headers,
            b"" if no_body else body,
            delay=self.delay,
            slow_body=self.slow_body,
            trickle=self.trickle,
        )


FaultPolicy = Callable[[int, "RecordedRequest"], "Fault | None"]
"""``policy(request_number, recorded_request) -> Fault | None``."""
