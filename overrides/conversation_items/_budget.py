"""Time, in one room: what one attempt may take, what the call's deadline leaves, and the waits between attempts.

`timeout` bounds one attempt from connect to the last byte of the body: a float bounds the whole attempt (and
each network operation in it); an `httpx.Timeout` bounds each phase only, as in httpx. `deadline` bounds the whole
call, retries and waits included, and shortens every attempt to the time left. The clocks come from the call's
`RetryPolicy` (`monotonic`, `sleep`, `async_sleep`), the one place tests inject them; an attempt's own end is
measured on the real monotonic clock, because the network runs on real time.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from ._retry import RetryPolicy

__all__ = ["AttemptLimit", "Budget"]


@dataclass(frozen=True, slots=True)
class AttemptLimit:
    """One attempt's limits: `seconds` for the whole attempt (None: unbounded) and the per-phase `phases`."""

    seconds: float | None
    phases: httpx.Timeout

    def ends_at(self) -> float | None:
        """When the attempt must be complete, on `time.monotonic()`; None when only the phases bound it."""
        return None if self.seconds is None else time.monotonic() + self.seconds

    @staticmethod
    def of(timeout: float | httpx.Timeout | None, remaining: float | None) -> AttemptLimit:
        """The limits for a `timeout` and the call's time left (None: no deadline)."""
        if isinstance(timeout, httpx.Timeout):
            if remaining is None:
                return AttemptLimit(None, timeout)
            phases = {
                name: remaining if value is None else min(value, remaining) for name, value in timeout.as_dict().items()
            }
            return AttemptLimit(remaining, httpx.Timeout(**phases))
        whole = timeout if remaining is None else remaining if timeout is None else min(timeout, remaining)
        return AttemptLimit(whole, httpx.Timeout(whole))


class Budget:
    """One call's time: started when the call starts; asked before every attempt and before every wait."""

    __slots__ = ("_ends", "_fixed", "_policy", "_started", "_timeout", "deadline")

    def __init__(self, timeout: float | httpx.Timeout | None, deadline: float | None, policy: RetryPolicy) -> None:
        self._policy = policy
        self._timeout = timeout
        self.deadline = deadline
        self._started = policy.monotonic()
        self._ends = None if deadline is None else self._started + deadline
        # without a deadline every attempt has the same limits: computed once
        self._fixed = AttemptLimit.of(timeout, None) if deadline is None else None

    def elapsed(self) -> float:
        """Seconds since the call started."""
        return self._policy.monotonic() - self._started

    def remaining(self) -> float | None:
        """Seconds left before the call's deadline (None: no deadline; <= 0: passed)."""
        return None if self._ends is None else self._ends - self._policy.monotonic()

    def next_attempt(self) -> AttemptLimit | None:
        """The next attempt's limits, or None when the deadline has passed (no attempt may start)."""
        if self._fixed is not None:
            return self._fixed
        remaining = self.remaining()
        if remaining is not None and remaining <= 0:
            return None
        return AttemptLimit.of(self._timeout, remaining)

    def wait(self, seconds: float) -> None:
        """Sleep between attempts (sync client)."""
        self._policy.sleep(seconds)

    async def async_wait(self, seconds: float) -> None:
        """Sleep between attempts (async client: the policy's `async_sleep`, anyio's by default)."""
        await self._policy.async_sleep(seconds)
