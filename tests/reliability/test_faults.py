"""Deterministic fault injection on the mock server: 1,000 sync and 1,000 async calls through 503/502/504, every
Retry-After form, dropped connections and slow bodies all succeed within max_retries=3 with exactly the waits the
server asked for; beyond the budget the right exception comes after max_retries + 1 attempts; nothing leaks."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import fakes
import pytest
from conversation_items import (
    APIConnectionError,
    APITimeoutError,
    AsyncConversationItemsClient,
    ConversationItemsClient,
    InternalServerError,
    RateLimitError,
    RetryPolicy,
)
from conversation_items.testing import Fault, MockConversationServer
from fakes import Sleeps, fd_count, wait_for_fd_count
from reliability_support import count

ITEM = {**fakes.ITEM, "id": "fc_rel"}
NOW = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
MAX_RETRIES = 3
CALLS = 1_000

# (fault, the wait the client must take after it); backoff is 0 so only server hints show up as waits
FAULTS: list[tuple[str, Fault, float]] = [
    ("503", Fault(status=503), 0.0),
    ("502", Fault(status=502), 0.0),
    ("504", Fault(status=504), 0.0),
    ("429 Retry-After seconds", Fault.retry_after(429, seconds=2), 2.0),
    ("429 Retry-After HTTP date", Fault.retry_after(429, http_date=NOW + timedelta(seconds=7)), 7.0),
    ("429 retry-after-ms", Fault.retry_after(429, ms=250), 0.25),
    ("429 x-ms-retry-after-ms", Fault.retry_after(429, x_ms_ms=1500), 1.5),
    ("503 with Retry-After", Fault.retry_after(503, seconds=1), 1.0),
    ("dropped connection", Fault.drop_connection(), 0.0),
    ("503 slow body", Fault(status=503, slow_body=0.002), 0.0),
]
SLOW_SUCCESS = Fault(status=200, body=json.dumps(ITEM).encode(), slow_body=0.002)


def retry_policy(sleeps: Sleeps, **kwargs: Any) -> RetryPolicy:
    return RetryPolicy(
        initial_backoff=0,
        max_backoff=0,
        sleep=sleeps,
        async_sleep=sleeps.async_sleep,
        clock=NOW.timestamp,
        random=lambda: 0.0,
        **kwargs,
    )


@pytest.fixture(scope="module")
def server() -> Iterator[MockConversationServer]:
    with MockConversationServer(items=[ITEM]) as srv:
        yield srv


def plan(call: int) -> tuple[list[Fault | None], list[float], list[str]]:
    """Call number `call` gets `call % 4` faults (0..3, within max_retries=3), rotating through FAULTS."""
    chosen = [FAULTS[(call * 3 + k) % len(FAULTS)] for k in range(call % (MAX_RETRIES + 1))]
    final: Fault | None = SLOW_SUCCESS if call % 50 == 7 else None
    return [f for _, f, _ in chosen] + [final], [w for _, _, w in chosen], [name for name, _, _ in chosen]


def test_1000_sync_calls_through_faults_all_succeed(server: MockConversationServer) -> None:
    sleeps = Sleeps()
    with ConversationItemsClient(server.endpoint, max_retries=MAX_RETRIES, retry_policy=retry_policy(sleeps)) as client:
        for call in range(CALLS):
            faults, waits, names = plan(call)
            server.schedule(*faults)
            before, sleeps.waits = len(server.requests), []
            detailed = client.get_item_detailed("conv_demo", "fc_rel")
            assert detailed.item.to_dict() == ITEM
            assert detailed.attempts == len(faults) == len(server.requests) - before
            assert sleeps.waits == waits, names
            count("fault-injected calls (sync)")
            count("faults injected", len(names))


async def test_1000_async_calls_through_faults_all_succeed(server: MockConversationServer) -> None:
    sleeps = Sleeps()
    async with AsyncConversationItemsClient(
        server.endpoint, max_retries=MAX_RETRIES, retry_policy=retry_policy(sleeps)
    ) as client:
        for call in range(CALLS):
            faults, waits, names = plan(call)
            server.schedule(*faults)
            before, sleeps.waits = len(server.requests), []
            detailed = await client.get_item_detailed("conv_demo", "fc_rel")
            assert detailed.item.to_dict() == ITEM
            assert detailed.attempts == len(faults) == len(server.requests) - before
            assert sleeps.waits == waits, names
            count("fault-injected calls (async)")
            count("faults injected", len(names))


def test_read_timeouts_are_retried_then_succeed(server: MockConversationServer) -> None:
    sleeps = Sleeps()
    with ConversationItemsClient(
        server.endpoint, max_retries=MAX_RETRIES, timeout=0.2, retry_policy=retry_policy(sleeps)
    ) as client:
        for timeouts in (1, 2):
            server.schedule(*[Fault.timeout(0.6)] * timeouts, None)
            before = len(server.requests)
            detailed = client.get_item_detailed("conv_demo", "fc_rel")
            assert detailed.attempts == timeouts + 1 == len(server.requests) - before
            count("fault-injected calls (timeouts)")


async def test_read_timeouts_are_retried_then_succeed_async(server: MockConversationServer) -> None:
    sleeps = Sleeps()
    async with AsyncConversationItemsClient(
        server.endpoint, max_retries=MAX_RETRIES, timeout=0.2, retry_policy=retry_policy(sleeps)
    ) as client:
        server.schedule(Fault.timeout(0.6), None)
        detailed = await client.get_item_detailed("conv_demo", "fc_rel")
        assert detailed.attempts == 2
        count("fault-injected calls (timeouts)")


# --- beyond the budget -------------------------------------------------------------------------------------------

EXHAUSTING = [
    ("503", Fault(status=503), InternalServerError),
    ("502", Fault(status=502), InternalServerError),
    ("504", Fault(status=504), InternalServerError),
    ("429 seconds", Fault.retry_after(429, seconds=1), RateLimitError),
    ("429 http date", Fault.retry_after(429, http_date=NOW + timedelta(seconds=3)), RateLimitError),
    ("429 ms", Fault.retry_after(429, ms=10), RateLimitError),
    ("429 x-ms-ms", Fault.retry_after(429, x_ms_ms=10), RateLimitError),
    ("dropped connection", Fault.drop_connection(), APIConnectionError),
]


@pytest.mark.parametrize(("fault", "error"), [(f, e) for _, f, e in EXHAUSTING], ids=[n for n, _, _ in EXHAUSTING])
@pytest.mark.parametrize("max_retries", [0, 1, 3])
def test_faults_beyond_the_budget_fail_after_max_retries_plus_one_attempts(
    server: MockConversationServer, fault: Fault, error: type, max_retries: int
) -> None:
    sleeps = Sleeps()
    server.clear_schedule()
    server.schedule(*[fault] * (max_retries + 2))  # one more than the budget: it must never be asked for
    before = len(server.requests)
    with ConversationItemsClient(server.endpoint, max_retries=max_retries, retry_policy=retry_policy(sleeps)) as client:
        with pytest.raises(error) as info:
            client.get_item("conv_demo", "fc_rel")
    server.clear_schedule()
    assert type(info.value) is error
    assert len(server.requests) - before == max_retries + 1
    assert len(sleeps.waits) == max_retries
    count("fault-injected calls (beyond the budget)")


async def test_faults_beyond_the_budget_async(server: MockConversationServer) -> None:
    for _, fault, error in EXHAUSTING:
        sleeps = Sleeps()
        server.clear_schedule()
        server.schedule(*[fault] * (MAX_RETRIES + 2))
        before = len(server.requests)
        async with AsyncConversationItemsClient(
            server.endpoint, max_retries=MAX_RETRIES, retry_policy=retry_policy(sleeps)
        ) as client:
            with pytest.raises(error) as info:
                await client.get_item("conv_demo", "fc_rel")
        server.clear_schedule()
        assert type(info.value) is error
        assert len(server.requests) - before == MAX_RETRIES + 1
        count("fault-injected calls (beyond the budget)")


def test_timeouts_beyond_the_budget_are_api_timeout_errors(server: MockConversationServer) -> None:
    server.schedule(*[Fault.timeout(0.6)] * 3)
    before = len(server.requests)
    with ConversationItemsClient(
        server.endpoint, max_retries=1, timeout=0.2, retry_policy=retry_policy(Sleeps())
    ) as client:
        with pytest.raises(APITimeoutError):
            client.get_item("conv_demo", "fc_rel")
    server.clear_schedule()
    assert len(server.requests) - before == 2
    count("fault-injected calls (beyond the budget)")


# --- Retry-After above the cap -------------------------------------------------------------------------------------

ABOVE_CAP = [
    Fault.retry_after(429, seconds=3600),
    Fault.retry_after(429, http_date=NOW + timedelta(hours=2)),
    Fault.retry_after(429, ms=3_600_000),
    Fault.retry_after(429, x_ms_ms=61_000),
    Fault.retry_after(503, seconds=61),
]


@pytest.mark.parametrize("fault", ABOVE_CAP, ids=lambda f: ",".join(f"{k}={v}" for k, v in f.headers.items()))
async def test_retry_after_above_the_cap_is_not_slept(server: MockConversationServer, fault: Fault) -> None:
    for flavour in ("sync", "async"):
        sleeps = Sleeps()
        server.clear_schedule()
        server.schedule(fault, None)
        before = len(server.requests)
        policy = retry_policy(sleeps, max_retry_after=60)
        with pytest.raises((RateLimitError, InternalServerError)) as info:
            if flavour == "sync":
                with ConversationItemsClient(server.endpoint, max_retries=5, retry_policy=policy) as client:
                    client.get_item("conv_demo", "fc_rel")
            else:
                async with AsyncConversationItemsClient(server.endpoint, max_retries=5, retry_policy=policy) as aclient:
                    await aclient.get_item("conv_demo", "fc_rel")
        server.clear_schedule()
        assert info.value.status_code == fault.status
        assert sleeps.waits == []
        assert len(server.requests) - before == 1
        count("fault-injected calls (Retry-After above the cap)")


# --- no leaked connections -------------------------------------------------------------------------------------------


def leak_workload() -> list[Fault | None]:
    return [Fault(status=503), Fault.drop_connection(), None, Fault.retry_after(429, ms=1), None] * 20


def test_no_connection_is_leaked_by_the_sync_client(server: MockConversationServer) -> None:
    with ConversationItemsClient(server.endpoint, retry_policy=retry_policy(Sleeps())) as warmup:
        warmup.get_item("conv_demo", "fc_rel")
    baseline = wait_for_fd_count(fd_count())
    for _ in range(3):
        client = ConversationItemsClient(server.endpoint, max_retries=MAX_RETRIES, retry_policy=retry_policy(Sleeps()))
        server.schedule(*leak_workload())
        for _ in range(60):
            client.get_item("conv_demo", "fc_rel")
            count("fault-injected calls (leak check)")
        server.schedule(Fault.timeout(0.6), None)
        client.get_item("conv_demo", "fc_rel", timeout=0.2)
        client.close()
        server.clear_schedule()
    assert wait_for_fd_count(baseline) <= baseline


async def test_no_connection_is_leaked_by_the_async_client(server: MockConversationServer) -> None:
    async with AsyncConversationItemsClient(server.endpoint, retry_policy=retry_policy(Sleeps())) as warmup:
        await warmup.get_item("conv_demo", "fc_rel")
    baseline = wait_for_fd_count(fd_count())
    for _ in range(3):
        client = AsyncConversationItemsClient(
            server.endpoint, max_retries=MAX_RETRIES, retry_policy=retry_policy(Sleeps())
        )
        server.schedule(*leak_workload())
        for _ in range(60):
            await client.get_item("conv_demo", "fc_rel")
            count("fault-injected calls (leak check)")
        server.schedule(Fault.timeout(0.6), None)
        await client.get_item("conv_demo", "fc_rel", timeout=0.2)
        await client.close()
        server.clear_schedule()
    assert wait_for_fd_count(baseline) <= baseline
