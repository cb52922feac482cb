"""The mock's list route: a conversation's items in creation order, paged by `limit`, `order`, `after` and `before`,
filtered by `item_type` and by isolation key, refusing what Foundry would refuse; the same on the socket server and
the transport, with faults per page request."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from conversation_items import ConversationItemsClient, InternalServerError, RetryPolicy
from conversation_items.testing import Fault, MockConversationServer, MockConversationService

CONV = "conv_l"


def item(n: int, kind: str = "message") -> dict[str, Any]:
    return {"type": kind, "id": f"it_{n}", "role": "user", "content": f"c{n}"}


@pytest.fixture
def service() -> MockConversationService:
    items = [item(n, "function_call_output" if n % 3 == 0 else "message") for n in range(30)]
    return MockConversationService(items, conversation_id=CONV)


def get_page(service: MockConversationService, query: str = "", **headers: str) -> httpx.Response:
    with httpx.Client(transport=service.transport()) as http:
        return http.get(service.list_url_for(CONV) + query, headers=headers)


def ids(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [entry["id"] for entry in response.json()["data"]]


def test_a_page_is_foundrys_shape_with_openais_object(service: MockConversationService) -> None:
    response = get_page(service, "?order=asc&limit=2")
    assert response.json() == {
        "object": "list",
        "data": [item(0, "function_call_output"), item(1)],
        "first_id": "it_0",
        "last_id": "it_1",
        "has_more": True,
    }
    assert response.headers["x-request-id"] == "req_1"
    recorded = service.requests[0]
    assert (recorded.conversation_id, recorded.item_id) == (CONV, None)
    assert recorded.query == {"order": ["asc"], "limit": ["2"]}


def test_the_default_is_20_newest_first(service: MockConversationService) -> None:
    response = get_page(service)
    assert ids(response) == [f"it_{n}" for n in range(29, 9, -1)]
    assert response.json()["has_more"] is True


def test_after_and_before_bound_the_page_in_the_chosen_order(service: MockConversationService) -> None:
    assert ids(get_page(service, "?order=asc&after=it_4&limit=3")) == ["it_5", "it_6", "it_7"]
    assert ids(get_page(service, "?order=desc&after=it_4&limit=3")) == ["it_3", "it_2", "it_1"]
    window = get_page(service, "?order=asc&after=it_4&before=it_7")
    assert ids(window) == ["it_5", "it_6"]
    assert window.json()["has_more"] is False
    assert ids(get_page(service, "?order=asc&after=it_29")) == []


def test_an_empty_page_has_no_cursors(service: MockConversationService) -> None:
    assert get_page(service, "?order=asc&after=it_29").json() == {"object": "list", "data": [], "has_more": False}


def test_item_type_filters_after_the_cursor_is_placed(service: MockConversationService) -> None:
    outputs = get_page(service, "?order=asc&item_type=function_call_output&limit=4")
    assert ids(outputs) == ["it_0", "it_3", "it_6", "it_9"]
    # a cursor naming an item of another type still places the page
    assert ids(get_page(service, "?order=asc&item_type=function_call_output&after=it_10&limit=2")) == ["it_12", "it_15"]


def test_creation_order_is_kept_when_an_item_is_replaced_or_isolated(service: MockConversationService) -> None:
    service.add_item({**item(0), "content": "replaced"}, conversation_id=CONV)
    service.isolate_item("it_1", "alice", conversation_id=CONV)
    assert ids(get_page(service, "?order=asc&limit=3", **{"x-ms-user-isolation-key": "alice"})) == [
        "it_0",
        "it_1",
        "it_2",
    ]
    assert ids(get_page(service, "?order=asc&limit=3")) == ["it_0", "it_2", "it_3"]  # it_1 is alice's now
    assert ids(get_page(service, "?order=asc&limit=3", **{"x-ms-user-identity": "alice"})) == ["it_0", "it_1", "it_2"]


def test_an_isolated_item_is_no_cursor_for_others(service: MockConversationService) -> None:
    service.isolate_item("it_1", "alice", conversation_id=CONV)
    response = get_page(service, "?after=it_1")
    assert response.status_code == 400
    assert response.json()["error"]["param"] == "after"


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("?limit=0", "limit"),
        ("?limit=101", "limit"),
        ("?limit=ten", "limit"),
        ("?order=up", "order"),
        ("?after=nope", "after"),
        ("?before=nope", "before"),
    ],
)
def test_what_foundry_would_refuse_is_a_400_naming_the_parameter(
    service: MockConversationService, query: str, param: str
) -> None:
    response = get_page(service, query)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["param"] == param
    assert error["type"] == "invalid_request_error"
    assert f"'{param}'" in error["message"]


def test_other_conversations_and_methods(service: MockConversationService) -> None:
    with httpx.Client(transport=service.transport()) as http:
        assert http.get(service.list_url_for("conv_other")).json()["data"] == []
        assert http.post(service.list_url_for(CONV)).status_code == 405
        head = http.head(service.list_url_for(CONV))
        assert (head.status_code, head.content) == (200, b"")


def test_items_are_listed_byte_for_byte() -> None:
    raw = b'{"type":"message","id":"m1","role":"user","content":"x","n":1.0e10}'
    service = MockConversationService(conversation_id=CONV, items=[])
    service.add_item(raw)
    body = get_page(service).content
    assert raw in body


def test_the_socket_server_serves_the_same_pages_with_faults_per_page() -> None:
    with MockConversationServer([item(n) for n in range(5)], conversation_id=CONV) as server:
        server.schedule(None, Fault(503))
        policy = RetryPolicy(initial_backoff=0.0, max_backoff=0.0)
        with ConversationItemsClient(server.endpoint, retry_policy=policy) as client:
            pages = list(client.list_items(CONV, limit=2, order="asc").pages())
        assert [len(page.items) for page in pages] == [2, 2, 1]
        assert [r.query.get("after") for r in server.requests] == [None, ["it_1"], ["it_1"], ["it_3"]]
        with httpx.Client() as http:
            assert json.loads(http.get(server.list_url_for(CONV) + "?limit=1").content)["last_id"] == "it_4"
        server.schedule(Fault(500), Fault(500))
        with ConversationItemsClient(server.endpoint, retry_policy=policy, max_retries=1) as client:
            with pytest.raises(InternalServerError):
                list(client.list_items(CONV))
