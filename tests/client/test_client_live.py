"""The public surface against MockConversationServer over real loopback sockets, sync and async."""

from __future__ import annotations

import json

import pytest
from conversation_items import (
    ITEM_TYPES,
    AsyncConversationItemsClient,
    AuthenticationError,
    ConversationItemsClient,
    ItemDecodeError,
    NotFoundError,
    RateLimitError,
    RetryPolicy,
    UnknownItem,
)
from conversation_items.testing import Fault, MockConversationServer
from conversation_items_client.models import MessageItem
from support import ITEM_FIXTURES, gather, load_json, unknown_type

NO_WAIT = RetryPolicy(initial_backoff=0.0, max_backoff=0.0)


def test_every_bundled_item_type_round_trips_through_the_wire() -> None:
    with MockConversationServer() as server, ConversationItemsClient(server.endpoint, retry_policy=NO_WAIT) as client:
        for path in sorted(ITEM_FIXTURES.glob("*.json")):
            data = load_json(path)
            item = client.get_item("conv_demo", data["id"])
            assert type(item) is ITEM_TYPES[path.stem]
            assert item.to_dict() == data


async def test_async_client_fetches_concurrently() -> None:
    with MockConversationServer() as server:
        ids = server.item_ids()
        async with AsyncConversationItemsClient(server.endpoint, retry_policy=NO_WAIT) as client:
            items = await gather(*(client.get_item("conv_demo", i) for i in ids))
    assert [item.to_dict()["id"] for item in items] == ids


def test_unknown_type_over_the_wire() -> None:
    kind = unknown_type("quantum_call")  # drawn against the spec
    with MockConversationServer(items=[{"type": kind, "id": "q1", "qubits": 3}]) as server:
        with ConversationItemsClient(server.endpoint) as client:
            item = client.get_item("conv_demo", "q1")
    assert isinstance(item, UnknownItem)
    assert item["qubits"] == 3


def test_auth_is_checked_by_the_server() -> None:
    with MockConversationServer(api_key="right-key") as server:
        item_id = server.item_ids()[0]
        with ConversationItemsClient(server.endpoint, api_key="right-key") as client:
            client.get_item("conv_demo", item_id)
        with ConversationItemsClient(server.endpoint, api_key="wrong-key") as client:
            with pytest.raises(AuthenticationError) as info:
                client.get_item("conv_demo", item_id)
    assert info.value.status_code == 401
    assert info.value.request_id is not None
    assert "wrong-key" not in str(info.value)


def test_isolation_scoping_hides_another_users_item() -> None:
    with MockConversationServer(items=[]) as server:
        server.add_item(
            {"type": "message", "role": "user", "content": "mine"}, item_id="m1", user_isolation_key="alice"
        )
        with ConversationItemsClient(server.endpoint, user_isolation_key="alice") as client:
            mine = client.get_item("conv_demo", "m1")
            assert isinstance(mine, MessageItem)
            assert mine.content == "mine"
            with pytest.raises(NotFoundError):
                client.get_item("conv_demo", "m1", user_isolation_key="mallory")
            with pytest.raises(NotFoundError):
                client.get_item("conv_demo", "m1", user_isolation_key=None)
        sent = [r.headers.get("x-ms-user-isolation-key") for r in server.requests]
    assert sent == ["alice", "mallory", None]


def test_fault_schedule_ends_in_success_within_max_retries() -> None:
    with MockConversationServer() as server:
        item_id = server.item_ids()[0]
        server.schedule(
            Fault(status=503),
            Fault.retry_after(429, ms=10),
            Fault.retry_after(429, x_ms_ms=10),
            Fault.retry_after(429, seconds=0),
            Fault.drop_connection(),
            Fault.timeout(1.0),
        )
        with ConversationItemsClient(server.endpoint, max_retries=6, timeout=0.3, retry_policy=NO_WAIT) as client:
            detailed = client.get_item_detailed("conv_demo", item_id)
        assert detailed.attempts == 7
        assert len(server.requests) == 7


def test_retries_exhausted_and_non_retryable_statuses_over_the_wire() -> None:
    with MockConversationServer() as server:
        item_id = server.item_ids()[0]
        server.schedule(*[Fault.retry_after(429, ms=1)] * 3)
        with ConversationItemsClient(server.endpoint, max_retries=2, retry_policy=NO_WAIT) as client:
            with pytest.raises(RateLimitError):
                client.get_item("conv_demo", item_id)
            assert len(server.requests) == 3
            server.clear_requests()
            with pytest.raises(NotFoundError):
                client.get_item("conv_demo", "missing")
            assert len(server.requests) == 1


def test_malformed_200_body_is_an_item_decode_error_keeping_the_bytes() -> None:
    with MockConversationServer() as server, ConversationItemsClient(server.endpoint) as client:
        server.schedule(Fault.malformed_body())
        with pytest.raises(ItemDecodeError) as info:
            client.get_item("conv_demo", server.item_ids()[0])
    assert isinstance(info.value.payload, bytes)
    with pytest.raises(json.JSONDecodeError):
        json.loads(info.value.payload)


@pytest.mark.parametrize("item_id", ["%2e%2e", "a/b", "q?x=1", "h#f", "back\\slash", "ünï", "x" * 2000])
def test_hostile_ids_arrive_as_one_segment_intact(item_id: str) -> None:
    with MockConversationServer() as server, ConversationItemsClient(server.endpoint) as client:
        with pytest.raises(NotFoundError):
            client.get_item("conv_demo", item_id)
        (request,) = server.requests
    assert request.item_id == item_id
    assert request.conversation_id == "conv_demo"
    assert request.raw_path.startswith("/api/projects/mock/openai/v1/conversations/conv_demo/items/")
    assert request.raw_path.count("/") == 9  # /api/projects/mock/openai/v1/conversations/<c>/items/<i>
