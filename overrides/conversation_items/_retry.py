"""Whether to retry and how long to wait, decided together: `RetryPolicy.decide`.

Retried: connection errors and timeouts (not a request that could not be built or sent, nor a certificate that
failed verification), 408, 429, 500, 502, 503,
504. Waits: exponential backoff with jitter, replaced by the server's `retry-after-ms`, `x-ms-retry-after-ms` or
`Retry-After` (seconds or an HTTP date); a wait above `max_retry_after`, or one that would pass the call's deadline,
is not waited for: the error is raised at once.
"""

from __future__ import annotations

import math
import random as _random
import time
from collections.abc import Awaitable, Callable, Mapping
from email.utils import parsedate_to_datetime
from typing import NamedTuple

from ._defaults import DEFAULT_INITIAL_BACKOFF, DEFAULT_JITTER, DEFAULT_MAX_BACKOFF, DEFAULT_MAX_RETRY_AFTER
from ._http_library import not_sent
from .errors import APIConnectionError, APIStatusError, CertificateVerificationError, ConversationItemsError

__all__ = ["RETRYABLE_STATUS_CODES", "Decision", "RetryPolicy", "retry_after_seconds"]

#: statuses worth another attempt; every other status is final
RETRYABLE_STATUS_CODES = frozenset({408, 429, 500, 502, 503, 504})


def _finite_non_negative(value: float) -> bool:
    return math.isfinite(value) and value >= 0


def retry_after_seconds(headers: Mapping[str, str], *, now: Callable[[], float] = time.time) -> float | None:
    """The wait the server asked for, in seconds, or None when it asked nothing usable.

    `retry-after-ms`, then `x-ms-retry-after-ms` (milliseconds), then `Retry-After` (seconds, or an HTTP date; a
    date in the past asks for no wait). Negative, NaN or infinite values are ignored.
    """
    for name in ("retry-after-ms", "x-ms-retry-after-ms"):
        value = headers.get(name)
        if value is not None:
            try:
                ms = float(value)
            except ValueError:
                continue
            if _finite_non_negative(ms):
                return ms / 1000.0
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            return None
        return max(0.0, when.timestamp() - now())
    return seconds if _finite_non_negative(seconds) else None


class Decision(NamedTuple):
    """What to do after a failed attempt: wait `wait` seconds and retry, or (wait None) raise; `why` for the log."""

    wait: float | None
    why: str


async def _anyio_sleep(seconds: float) -> None:
    import anyio  # not imported by sync users

    await anyio.sleep(seconds)


def _check_number(value: float, name: str, *, upper: float | None = None) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not _finite_non_negative(float(value)):
        raise ValueError(f"{name} must be a finite number >= 0, got {value!r}")
    if upper is not None and value > upper:
        raise ValueError(f"{name} must be <= {upper}, got {value!r}")
    return float(value)


class RetryPolicy:
    """How the clients decide to retry and how long they wait.

    Backoff after failed attempt n (0-based) is `min(initial_backoff * 2**n, max_backoff)`, reduced by up to
    `jitter` (a fraction) at random. A wait the server asks for replaces the backoff; one above `max_retry_after`
    seconds is not waited for. `sleep`, `async_sleep`, `random`, `clock` (wall time, for HTTP dates) and `monotonic`
    (for deadlines) are injectable for tests.
    """

    __slots__ = (
        "async_sleep",
        "clock",
        "initial_backoff",
        "jitter",
        "max_backoff",
        "max_retry_after",
        "monotonic",
        "random",
        "sleep",
    )

    initial_backoff: float
    max_backoff: float
    jitter: float
    max_retry_after: float
    sleep: Callable[[float], None]
    async_sleep: Callable[[float], Awaitable[None]]
    random: Callable[[], float]
    clock: Callable[[], float]
    monotonic: Callable[[], float]

    def __init__(
        self,
        *,
        initial_backoff: float = DEFAULT_INITIAL_BACKOFF,
        max_backoff: float = DEFAULT_MAX_BACKOFF,
        jitter: float = DEFAULT_JITTER,
        max_retry_after: float = DEFAULT_MAX_RETRY_AFTER,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = _anyio_sleep,
        random: Callable[[], float] = _random.random,
        clock: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.initial_backoff = _check_number(initial_backoff, "initial_backoff")
        self.max_backoff = _check_number(max_backoff, "max_backoff")
        self.jitter = _check_number(jitter, "jitter", upper=1.0)
        self.max_retry_after = _check_number(max_retry_after, "max_retry_after")
        self.sleep = sleep
        self.async_sleep = async_sleep
        self.random = random
        self.clock = clock
        self.monotonic = monotonic

    def __repr__(self) -> str:
        return (
            f"RetryPolicy(initial_backoff={self.initial_backoff}, max_backoff={self.max_backoff}, "
            f"jitter={self.jitter}, max_retry_after={self.max_retry_after})"
        )

    def backoff(self, attempt: int) -> float:
        """The wait after failed attempt `attempt` (0-based) when the server asked nothing."""
        base = min(self.initial_backoff * 2.0**attempt, self.max_backoff)
        return base * (1.0 - self.jitter * self.random())

    @staticmethod
    def is_retryable(error: ConversationItemsError) -> bool:
        """Whether another attempt could succeed where this one failed."""
        if isinstance(error, APIStatusError):
            return error.status_code in RETRYABLE_STATUS_CODES
        if isinstance(error, CertificateVerificationError):
            return False  # the same certificate is refused again
        if isinstance(error, APIConnectionError):
            return not not_sent(error.__cause__)  # the request itself was wrong (httpx's or httpx2's classes)
        return False  # a body that is not an item, a failing credential: the same again next time

    def decide(
        self, error: ConversationItemsError, *, attempt: int, max_retries: int, remaining: float | None
    ) -> Decision:
        """After failed attempt `attempt` (0-based) of a call allowed `max_retries` retries and `remaining` seconds."""
        if not self.is_retryable(error):
            return Decision(None, "not retryable")
        if attempt >= max_retries:
            return Decision(None, f"no retries left (max_retries={max_retries})")
        asked = retry_after_seconds(error.headers, now=self.clock) if isinstance(error, APIStatusError) else None
        if asked is not None and asked > self.max_retry_after:
            return Decision(None, f"the server asked to wait {asked:.3f} s, above max_retry_after")
        wait = self.backoff(attempt) if asked is None else asked
        if remaining is not None and wait >= remaining:
            return Decision(None, f"waiting {wait:.3f} s would pass the deadline")
        return Decision(wait, "retrying" if asked is None else "retrying when the server asked")
