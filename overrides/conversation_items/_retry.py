"""When to retry and how long to wait: exponential backoff with jitter, Retry-After honoured up to a cap."""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable, Mapping

__all__ = ["RETRYABLE_STATUS_CODES", "RetryPolicy", "retry_after_seconds"]

#: statuses worth another attempt; every other 4xx is final
RETRYABLE_STATUS_CODES = frozenset({408, 429, 500, 502, 503, 504})


def retry_after_seconds(headers: Mapping[str, str], *, now: Callable[[], float] = time.time) -> float | None:
    """The wait the server asked for, in seconds, or None when it asked nothing usable.

    Looks at `retry-after-ms`, then `x-ms-retry-after-ms` (milliseconds), then `Retry-After`
    (seconds, or an HTTP date).
    """
    for name in ("retry-after-ms", "x-ms-retry-after-ms"):
        value = headers.get(name)
        if value is not None:
            try:
                ms = float(value)
            except ValueError:
                continue
            if ms >= 0 and ms == ms and ms != float("inf"):
                return ms / 1000.0
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        from email.utils import parsedate_to_datetime  # only for the rare HTTP-date form

        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            return None
        return max(0.0, when.timestamp() - now())
    if seconds != seconds or seconds < 0 or seconds == float("inf"):
        return None
    return seconds


async def _asyncio_sleep(seconds: float) -> None:
    import asyncio  # not imported by sync users

    await asyncio.sleep(seconds)


class RetryPolicy:
    """How the clients wait between attempts.

    Backoff for attempt n (0-based) is `min(initial_backoff * 2**n, max_backoff)`, reduced by up
    to `jitter` (a fraction) at random. A Retry-After from the server replaces the backoff; one
    above `max_retry_after` seconds is not waited for: the error is raised at once. `sleep`,
    `async_sleep`, `random` and `clock` are injectable for tests.
    """

    __slots__ = (
        "async_sleep",
        "clock",
        "initial_backoff",
        "jitter",
        "max_backoff",
        "max_retry_after",
        "random",
        "sleep",
    )

    def __init__(
        self,
        *,
        initial_backoff: float = 0.5,
        max_backoff: float = 8.0,
        jitter: float = 0.25,
        max_retry_after: float = 60.0,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = _asyncio_sleep,
        random: Callable[[], float] = random.random,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if initial_backoff < 0 or max_backoff < 0 or max_retry_after < 0:
            raise ValueError("backoff and wait caps must be >= 0")
        if not 0 <= jitter <= 1:
            raise ValueError("jitter must be between 0 and 1")
        self.initial_backoff = initial_backoff
        self.max_backoff = max_backoff
        self.jitter = jitter
        self.max_retry_after = max_retry_after
        self.sleep = sleep
        self.async_sleep = async_sleep
        self.random = random
        self.clock = clock

    def __repr__(self) -> str:
        return (
            f"RetryPolicy(initial_backoff={self.initial_backoff}, max_backoff={self.max_backoff}, "
            f"jitter={self.jitter}, max_retry_after={self.max_retry_after})"
        )

    def backoff(self, attempt: int) -> float:
        """The wait after failed attempt `attempt` (0-based) when the server asked nothing."""
        base = min(self.initial_backoff * 2.0**attempt, self.max_backoff)
        return base * (1.0 - self.jitter * self.random())

    def wait_for(self, attempt: int, headers: Mapping[str, str] | None) -> float | None:
        """Seconds to wait before the next attempt, or None when the server asked for more than the cap."""
        if headers is not None:
            asked = retry_after_seconds(headers, now=self.clock)
            if asked is not None:
                return asked if asked <= self.max_retry_after else None
        return self.backoff(attempt)
