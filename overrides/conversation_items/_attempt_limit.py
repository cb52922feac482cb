"""A float `timeout` bounds a whole attempt, from connect to the last byte of the body.

httpx's timeouts bound each network operation, so a server that trickles its body a byte at a time never trips
them. For the sync client, a response hook installed on the httpx client this package builds shortens the body's
read timeout to the time left and checks the clock after every chunk; the attempt's deadline travels in a context
variable set around the attempt. (The async client wraps the attempt in `asyncio.timeout` instead.)
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextvars import ContextVar, Token

import httpx

__all__ = ["attempt_limits", "end_attempt", "limit_body_time", "start_attempt"]

_DEADLINE: ContextVar[float | None] = ContextVar("conversation_items_attempt_deadline", default=None)


def start_attempt(seconds: float | None) -> Token[float | None]:
    """Until `end_attempt`, a response of this package's httpx client must be complete `seconds` from now."""
    return _DEADLINE.set(None if seconds is None else time.monotonic() + seconds)


def end_attempt(token: Token[float | None]) -> None:
    _DEADLINE.reset(token)


def _timed_out(request: httpx.Request) -> httpx.ReadTimeout:
    return httpx.ReadTimeout("the attempt took longer than its timeout", request=request)


class _BodyWithDeadline(httpx.SyncByteStream):
    """The response body, refused once the attempt's deadline has passed (checked after every chunk)."""

    def __init__(self, inner: httpx.SyncByteStream, deadline: float, request: httpx.Request) -> None:
        self._inner = inner
        self._deadline = deadline
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            if time.monotonic() > self._deadline:
                raise _timed_out(self._request)
            yield chunk

    def close(self) -> None:
        self._inner.close()


def limit_body_time(response: httpx.Response) -> None:
    """httpx response hook (runs after the headers, before the body is read)."""
    deadline = _DEADLINE.get()
    if deadline is None or not isinstance(response.stream, httpx.SyncByteStream):
        return
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise _timed_out(response.request)
    timeouts = response.request.extensions.get("timeout")
    if isinstance(timeouts, dict):  # read when the body is first read, after this hook: a silent server trips it
        read = timeouts.get("read")
        timeouts["read"] = remaining if read is None else min(read, remaining)
    response.stream = _BodyWithDeadline(response.stream, deadline, response.request)


def attempt_limits(
    timeout: float | httpx.Timeout | None, remaining: float | None
) -> tuple[float | None, httpx.Timeout]:
    """(seconds for the whole attempt, per-phase httpx timeout) for a `timeout` and the call's time left.

    A float bounds the whole attempt; an httpx.Timeout bounds each phase only (httpx's meaning); the time left
    bounds both.
    """
    if isinstance(timeout, httpx.Timeout):
        if remaining is None:
            return None, timeout
        phases = {
            name: remaining if value is None else min(value, remaining) for name, value in timeout.as_dict().items()
        }
        return remaining, httpx.Timeout(**phases)
    whole = timeout if remaining is None else remaining if timeout is None else min(timeout, remaining)
    return whole, httpx.Timeout(whole)
