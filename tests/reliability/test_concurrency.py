"""500 concurrent async calls with ~10 % seeded, retryable faults: no unhandled exception, no lost or mixed-up
result."""

from __future__ import annotations

import random
import threading
import time

import httpx
from conversation_items import AsyncConversationItemsClient, RetryPolicy
from conversation_items.testing import Fault, MockConversationServer, RecordedRequest
from fakes import Sleeps
from reliability_support import count
from support import gather

CALLS = 500
FAULT_RATE = 0.10
SEED = 20_261_128
RETRYABLE = [
    Fault(status=503),
    Fault(status=502),
    Fault(status=504),
    Fault(status=500),
    Fault(status=408),
    Fault.retry_after(429, seconds=0),
    Fault.retry_after(429, ms=1),
    Fault.drop_connection(),
]


def item(i: int) -> dict[str, object]:
    return {
        "type": "function_call",
        "id": f"fc_{i}",
        "call_id": f"call_{i}",
        "name": f"tool_{i % 7}",
        "arguments": "{}",
    }


async def test_500_concurrent_calls_with_10_percent_faults() -> None:
    faults: list[int] = []
    lock = threading.Lock()

    def policy(n: int, request: RecordedRequest) -> Fault | None:
        roll = random.Random(SEED * 1_000_003 + n)  # seeded per request number: the same faults every run
        if roll.random() < FAULT_RATE:
            with lock:
                faults.append(n)
            return roll.choice(RETRYABLE)
        return None

    sleeps = Sleeps()
    with MockConversationServer(items=[item(i) for i in range(CALLS)]) as server:
        server.set_fault_policy(policy)
        transport = httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=50, max_keepalive_connections=50))
        started = time.monotonic()
        async with AsyncConversationItemsClient(
            server.endpoint,
            max_retries=6,  # P(7 faults in a row) = 1e-7 per call
            timeout=30,
            transport=transport,
            retry_policy=RetryPolicy(initial_backoff=0, max_backoff=0, sleep=sleeps, async_sleep=sleeps.async_sleep),
        ) as client:
            results = await gather(*(client.get_item_detailed("conv_demo", f"fc_{i}") for i in range(CALLS)))
        elapsed = time.monotonic() - started
        requests = server.requests
    assert elapsed < 60
    assert [r.item.to_dict() for r in results] == [item(i) for i in range(CALLS)]
    assert sum(r.attempts for r in results) == len(requests) == CALLS + len(faults)
    assert 0.04 * CALLS < len(faults) < 0.2 * CALLS, f"{len(faults)} faults"
    assert len(sleeps.waits) == len(faults)
    count("concurrent calls (async, gathered)", CALLS)
    count("faults injected (concurrency)", len(faults))
