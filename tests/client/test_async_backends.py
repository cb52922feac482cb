"""The async client under trio as well as asyncio: `trio.run` and `anyio.run(backend="trio")` against the mock server
on a real socket, with a real azure-identity credential (run in a worker thread), a retry and a deadline."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import anyio
import pytest
from conversation_items import APITimeoutError, AsyncConversationItemsClient, ItemResponse, RetryPolicy
from conversation_items.testing import Fault, ManagedIdentityServer, MockConversationServer

trio = pytest.importorskip("trio")
identity = pytest.importorskip("azure.identity")


@pytest.fixture
def foundry(managed_identity_server: ManagedIdentityServer) -> Iterator[MockConversationServer]:
    with MockConversationServer(bearer_token=managed_identity_server.token) as server:
        yield server


def _run_trio(main: Callable[[], Awaitable[Any]]) -> Any:
    return trio.run(main)


def _run_anyio_trio(main: Callable[[], Awaitable[Any]]) -> Any:
    return anyio.run(main, backend="trio")


RUNNERS = [pytest.param(_run_trio, id="trio.run"), pytest.param(_run_anyio_trio, id="anyio.run-trio")]


@pytest.mark.parametrize("run", RUNNERS)
def test_get_item_and_get_item_detailed_under_trio_with_a_credential_a_retry_and_a_deadline(
    run: Callable[[Callable[[], Awaitable[Any]]], Any],
    managed_identity_server: ManagedIdentityServer,
    foundry: MockConversationServer,
) -> None:
    item_id = foundry.item_ids()[0]
    foundry.schedule(Fault.retry_after(503, seconds=0))  # the first request fails: one retry follows

    async def main() -> tuple[Any, ItemResponse]:
        async with AsyncConversationItemsClient(
            foundry.endpoint, credential=identity.ManagedIdentityCredential(), deadline=30.0
        ) as client:
            item = await client.get_item("conv_demo", item_id)
            detailed = await client.get_item_detailed("conv_demo", item_id)
        return item, detailed

    item, detailed = run(main)
    assert item.to_dict() == detailed.item.to_dict()
    assert item.to_dict()["id"] == item_id
    assert len(foundry.requests) == 3  # 503, then the item, then the item again
    assert detailed.attempts == 1
    assert managed_identity_server.resources == ["https://ai.azure.com"]  # one token, reused by all three requests
    assert {r.headers["authorization"] for r in foundry.requests} == {f"Bearer {managed_identity_server.token}"}


@pytest.mark.parametrize("run", RUNNERS)
def test_a_deadline_under_trio_bounds_a_silent_server(
    run: Callable[[Callable[[], Awaitable[Any]]], Any], mock_conversation_server: MockConversationServer
) -> None:
    server = mock_conversation_server
    server.schedule(Fault(delay=5.0, status=200))

    async def main() -> None:
        async with AsyncConversationItemsClient(server.endpoint, deadline=0.3, max_retries=0) as client:
            await client.get_item("conv_demo", server.item_ids()[0])

    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        run(main)
    assert time.monotonic() - started < 4.0  # the deadline, not the server, ended the call


@pytest.mark.parametrize("run", RUNNERS)
def test_retry_waits_under_trio_use_trio_s_sleep(
    run: Callable[[Callable[[], Awaitable[Any]]], Any], mock_conversation_server: MockConversationServer
) -> None:
    server = mock_conversation_server
    server.schedule(Fault.retry_after(429, ms=50), Fault.retry_after(503, ms=50))

    async def main() -> ItemResponse:
        policy = RetryPolicy(max_retry_after=1.0)
        async with AsyncConversationItemsClient(server.endpoint, retry_policy=policy) as client:
            return await client.get_item_detailed("conv_demo", server.item_ids()[0])

    response = run(main)
    assert response.attempts == 3
    assert response.elapsed >= 0.1  # both waits the server asked for were waited
