"""RetryPolicy on its own: the wait a server asks for (every header form, and the values that must be ignored), the
argument checks, and the decision to retry, wait or raise at each boundary."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
from conversation_items import (
    APIConnectionError,
    APIStatusError,
    CredentialError,
    InternalServerError,
    ItemDecodeError,
    RateLimitError,
    RetryPolicy,
)
from conversation_items._retry import retry_after_seconds

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def at(seconds: float) -> str:
    return format_datetime(NOW + timedelta(seconds=seconds), usegmt=True)


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "0"}, 0.0),
        ({"x-ms-retry-after-ms": "1500"}, 1.5),
        ({"retry-after": "2"}, 2.0),
        ({"retry-after": " 2.5 "}, 2.5),
        ({"retry-after": "0"}, 0.0),
        ({"retry-after": at(7)}, 7.0),
        ({"retry-after": at(-30)}, 0.0),  # a date in the past asks for no wait, never a negative one
        # the first usable header wins, in this order
        ({"retry-after-ms": "100", "x-ms-retry-after-ms": "200", "retry-after": "3"}, 0.1),
        ({"x-ms-retry-after-ms": "200", "retry-after": "3"}, 0.2),
        # unusable values are skipped: negative, NaN, infinite, not a number
        ({"retry-after-ms": "-5", "x-ms-retry-after-ms": "200"}, 0.2),
        ({"retry-after-ms": "nan", "retry-after": "3"}, 3.0),
        ({"retry-after-ms": "inf", "retry-after": "3"}, 3.0),
        ({"retry-after-ms": "soon", "x-ms-retry-after-ms": "-1", "retry-after": "4"}, 4.0),
        ({"retry-after-ms": "soon", "x-ms-retry-after-ms": "200", "retry-after": "4"}, 0.2),
        ({"retry-after": "-1"}, None),
        ({"retry-after": "nan"}, None),
        ({"retry-after": "inf"}, None),
        ({"retry-after": "tomorrow"}, None),
        ({"retry-after": "Wed, 21 Oct 2026 07:28:00 -0000"}, None),  # no time zone: not a usable date
        ({"retry-after-ms": "-1"}, None),
        ({}, None),
    ],
)
def test_the_wait_a_server_asks_for(headers: dict[str, str], seconds: float | None) -> None:
    asked = retry_after_seconds(httpx.Headers(headers), now=NOW.timestamp)
    assert asked == (None if seconds is None else pytest.approx(seconds))


def test_zero_is_allowed_everywhere_and_the_repr_shows_the_numbers() -> None:
    policy = RetryPolicy(initial_backoff=0, max_backoff=0, jitter=0, max_retry_after=0)
    assert repr(policy) == "RetryPolicy(initial_backoff=0.0, max_backoff=0.0, jitter=0.0, max_retry_after=0.0)"
    assert repr(RetryPolicy()) == "RetryPolicy(initial_backoff=0.5, max_backoff=8.0, jitter=0.25, max_retry_after=60.0)"


def test_backoff_doubles_up_to_its_ceiling_and_jitter_only_shortens_it() -> None:
    policy = RetryPolicy(initial_backoff=0.5, max_backoff=3.0, jitter=0.25, random=lambda: 1.0)
    assert [policy.backoff(n) for n in range(5)] == [0.375, 0.75, 1.5, 2.25, 2.25]


def status(code: int, **headers: str) -> APIStatusError:
    return InternalServerError(code, headers=headers) if code >= 500 else RateLimitError(code, headers=headers)


def test_what_is_retryable() -> None:
    policy = RetryPolicy()
    sent_but_failed = APIConnectionError("reset")
    sent_but_failed.__cause__ = httpx.ReadError("reset")
    not_sent = APIConnectionError("bad request line")
    not_sent.__cause__ = httpx.LocalProtocolError("bad")
    assert policy.is_retryable(sent_but_failed)
    assert not policy.is_retryable(not_sent)
    assert not policy.is_retryable(ItemDecodeError("not an item", payload=None))
    assert not policy.is_retryable(CredentialError("failed"))
    assert policy.is_retryable(status(503)) and not policy.is_retryable(APIStatusError(409))


def test_decide_at_each_boundary() -> None:
    policy = RetryPolicy(random=lambda: 0.0, max_retry_after=10, clock=NOW.timestamp)
    decide = policy.decide
    assert decide(status(503), attempt=0, max_retries=1, remaining=None) == (0.5, "retrying")
    assert decide(status(503), attempt=1, max_retries=1, remaining=None) == (None, "no retries left (max_retries=1)")
    assert decide(APIStatusError(409), attempt=0, max_retries=1, remaining=None) == (None, "not retryable")
    # a server-asked wait replaces the backoff; one exactly at the cap is still waited for, one above is not
    asked = status(429, **{"retry-after": "10"})
    assert decide(asked, attempt=0, max_retries=1, remaining=None) == (10.0, "retrying when the server asked")
    too_long = decide(status(429, **{"retry-after": "10.5"}), attempt=0, max_retries=1, remaining=None)
    assert too_long == (None, "the server asked to wait 10.500 s, above max_retry_after")
    # a wait must end before the deadline: one that would reach it exactly is not waited for
    assert decide(status(503), attempt=0, max_retries=1, remaining=0.5) == (
        None,
        "waiting 0.500 s would pass the deadline",
    )
    assert decide(status(503), attempt=0, max_retries=1, remaining=0.51) == (0.5, "retrying")
