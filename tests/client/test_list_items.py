"""`list_items` on the wire, sync and async (each async test runs under asyncio and trio): pages followed by
`last_id` or the last item's id, `has_more`, `PaginationError`, every filter and header on every page, retries and
the deadline per page, unknown kinds and decode errors inside a page. The service is the shipped mock; odd pages are
scheduled as `Fault(status=200, body=...)`. Every `kind` test runs with httpx and with an httpx2 `http_client=`."""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle
from typing import Any

import pytest
from conversation_items import (
    APITimeoutError,
    AsyncConversationItemsClient,
    AsyncItemPager,
    BadRequestError,
    ConversationItemsClient,
    ConversationItemsError,
    InternalServerError,
    ItemDecodeError,
    ItemPage,
    ItemPager,
    PaginationError,
    RetryPolicy,
    UnknownItem,
)
from conversation_items.testing import Fault, MockConversationService
from conversation_items_client.models import FunctionCallItem, MessageItem
from httpx2_support import httpx2_async_client, httpx2_client

CONV = "conv_list"


def message(n: int) -> dict[str, Any]:
    return {"type": "message", "id": f"msg_{n}", "role": "user", "content": f"text {n}"}


def service_with(count: int) -> MockConversationService:
    return MockConversationService([message(n) for n in range(count)], conversation_id=CONV)


def page_fault(data: list[dict[str, Any]], **fields: Any) -> Fault:
    """A 200 whose body is this page, exactly (for pages the mock itself would never send)."""
    return Fault(status=200, body=json.dumps({"data": data, **fields}).encode())


class Clock:
    """A fake clock for the retry policy: sleeping advances it, nothing waits."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture(params=["sync", "async", "sync-httpx2", "async-httpx2"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def sync_client(service: MockConversationService, kind: str, **options: Any) -> ConversationItemsClient:
    """A client of `service`: through its httpx transport, or (kind "...-httpx2") an httpx2 client over it."""
    if kind.endswith("httpx2"):
        return ConversationItemsClient(service.endpoint, http_client=httpx2_client(service.transport()), **options)
    return ConversationItemsClient(service.endpoint, transport=service.transport(), **options)


def async_client(service: MockConversationService, kind: str, **options: Any) -> AsyncConversationItemsClient:
    """The async twin of `sync_client`."""
    if kind.endswith("httpx2"):
        http = httpx2_async_client(service.transport())
        return AsyncConversationItemsClient(service.endpoint, http_client=http, **options)
    return AsyncConversationItemsClient(service.endpoint, transport=service.transport(), **options)


async def pages_of(
    service: MockConversationService, kind: str, client_options: dict[str, Any] | None = None, **kwargs: Any
) -> list[ItemPage]:
    """Every page of `list_items(CONV, **kwargs)`, with the sync or the async client."""
    options = {"retry_policy": RetryPolicy(initial_backoff=0.0, max_backoff=0.0), **(client_options or {})}
    if kind.startswith("sync"):
        with sync_client(service, kind, **options) as client:
            return list(client.list_items(CONV, **kwargs).pages())
    async with async_client(service, kind, **options) as aclient:
        return [page async for page in aclient.list_items(CONV, **kwargs).pages()]


async def items_of(
    service: MockConversationService, kind: str, client_options: dict[str, Any] | None = None, **kwargs: Any
) -> list[Any]:
    """Every item of `list_items(CONV, **kwargs)`, iterated directly."""
    options = {"retry_policy": RetryPolicy(initial_backoff=0.0, max_backoff=0.0), **(client_options or {})}
    if kind.startswith("sync"):
        with sync_client(service, kind, **options) as client:
            return list(client.list_items(CONV, **kwargs))
    async with async_client(service, kind, **options) as aclient:
        return [item async for item in aclient.list_items(CONV, **kwargs)]


def ident(item: Any) -> str:
    """An item's id, whatever its class (an `UnknownItem` keeps it among its fields)."""
    value = item.to_dict()["id"]
    assert isinstance(value, str)
    return value


def afters(service: MockConversationService) -> list[str | None]:
    return [request.query.get("after", [None])[-1] for request in service.requests]


# -- pages ----------------------------------------------------------------------------------------------------------


async def test_pages_follow_last_id_until_has_more_is_false(kind: str) -> None:
    service = service_with(45)
    pages = await pages_of(service, kind, limit=10, order="asc")
    assert [len(page.items) for page in pages] == [10, 10, 10, 10, 5]
    assert [page.has_more for page in pages] == [True, True, True, True, False]
    assert [(page.first_id, page.last_id) for page in pages][:2] == [("msg_0", "msg_9"), ("msg_10", "msg_19")]
    assert afters(service) == [None, "msg_9", "msg_19", "msg_29", "msg_39"]
    assert [page.request_id for page in pages] == [f"req_{n}" for n in range(1, 6)]
    ids = [ident(item) for page in pages for item in page.items]
    assert ids == [f"msg_{n}" for n in range(45)]
    assert all(type(item) is MessageItem for page in pages for item in page.items)


async def test_iterating_the_pager_gives_every_item_across_pages(kind: str) -> None:
    service = service_with(25)
    items = await items_of(service, kind, limit=7)  # the service's default order: newest first
    assert [ident(item) for item in items] == [f"msg_{n}" for n in reversed(range(25))]
    assert len(service.requests) == 4


async def test_without_last_id_the_next_page_starts_after_the_last_items_id(kind: str) -> None:
    service = service_with(0)
    service.schedule(
        page_fault([message(1), message(2)], has_more=True),  # Foundry may omit first_id and last_id
        page_fault([message(3)], has_more=False),
    )
    pages = await pages_of(service, kind)
    assert [page.last_id for page in pages] == [None, None]
    assert afters(service) == [None, "msg_2"]
    assert [ident(item) for page in pages for item in page.items] == ["msg_1", "msg_2", "msg_3"]


async def test_openais_list_object_and_null_cursors_are_accepted(kind: str) -> None:
    service = service_with(0)
    service.schedule(page_fault([], object="list", first_id=None, last_id=None, has_more=False))
    (page,) = await pages_of(service, kind)
    assert (page.items, page.first_id, page.last_id, page.has_more) == ((), None, None, False)


async def test_has_more_false_on_a_full_page_ends_the_list(kind: str) -> None:
    service = service_with(0)
    service.schedule(page_fault([message(n) for n in range(3)], last_id="msg_2", has_more=False))
    items = await items_of(service, kind, limit=3)
    assert [ident(item) for item in items] == ["msg_0", "msg_1", "msg_2"]
    assert len(service.requests) == 1  # a full page is not a reason to ask again


async def test_nothing_is_sent_until_iteration_starts_and_each_iteration_starts_again() -> None:
    service = service_with(5)
    with ConversationItemsClient(service.endpoint, transport=service.transport()) as client:
        pager = client.list_items(CONV, limit=3, order="asc")
        assert isinstance(pager, ItemPager)
        assert service.requests == []
        assert [ident(item) for item in pager] == [f"msg_{n}" for n in range(5)]
        assert [ident(item) for item in pager] == [f"msg_{n}" for n in range(5)]
    assert afters(service) == [None, "msg_2", None, "msg_2"]
    async with AsyncConversationItemsClient(service.endpoint, transport=service.transport()) as aclient:
        apager = aclient.list_items(CONV, limit=3)
        assert isinstance(apager, AsyncItemPager)
        assert len(service.requests) == 4
        assert len([page async for page in apager.pages()]) == 2


async def test_stopping_early_sends_no_further_page(kind: str) -> None:
    service = service_with(30)
    if kind.startswith("sync"):
        with sync_client(service, kind) as client:
            first = next(iter(client.list_items(CONV, limit=5)))
    else:
        async with async_client(service, kind) as aclient:
            async for item in aclient.list_items(CONV, limit=5):
                first = item
                break
    assert ident(first) == "msg_29"
    assert len(service.requests) == 1


# -- PaginationError --------------------------------------------------------------------------------------------------


async def test_a_page_with_has_more_and_no_items_raises(kind: str) -> None:
    service = service_with(0)
    service.schedule(page_fault([], has_more=True))
    with pytest.raises(PaginationError, match="page 1 of the list says has_more but holds no items") as caught:
        await pages_of(service, kind)
    assert caught.value.page == 1
    assert isinstance(caught.value, ConversationItemsError)
    assert len(service.requests) == 1


async def test_a_cursor_that_does_not_move_raises_instead_of_looping(kind: str) -> None:
    service = service_with(0)
    same = page_fault([message(1), message(2)], last_id="msg_2", has_more=True)
    service.schedule(same, same, same)
    yielded: list[str] = []
    with pytest.raises(PaginationError, match="page 2 of the list gives the cursor 'msg_2' again") as caught:
        await _items_until_error_with(service, kind, yielded)
    assert (caught.value.page, caught.value.cursor) == (2, "msg_2")
    assert yielded == ["msg_1", "msg_2"]  # page 1's items came first; page 2's repeat was not yielded
    assert afters(service) == [None, "msg_2"]


async def test_a_cursor_given_as_the_starting_after_counts_as_seen(kind: str) -> None:
    service = service_with(0)
    service.schedule(page_fault([message(5)], last_id="msg_4", has_more=True))
    with pytest.raises(PaginationError, match="gives the cursor 'msg_4' again"):
        await pages_of(service, kind, after="msg_4")


async def test_a_page_with_has_more_and_no_cursor_raises(kind: str) -> None:
    service = service_with(0)
    service.schedule(page_fault([{"type": "hologram_call", "note": "no id"}], has_more=True))  # no id at all
    with pytest.raises(PaginationError, match="gives no cursor"):
        await pages_of(service, kind)


# -- filters, headers, options on every page -------------------------------------------------------------------------


async def test_every_filter_is_on_the_wire_of_every_page(kind: str) -> None:
    service = service_with(0)
    service.schedule(page_fault([message(1)], last_id="msg_1", has_more=True), page_fault([], has_more=False))
    await pages_of(
        service,
        kind,
        limit=1,
        order="desc",
        after="msg_9",
        before="msg_0",
        item_type="message",
        include=["message.output_text.logprobs", "future.value"],
    )
    first, second = (request.query for request in service.requests)
    expected = {
        "limit": ["1"],
        "order": ["desc"],
        "before": ["msg_0"],
        "item_type": ["message"],
        "include": ["message.output_text.logprobs", "future.value"],
    }
    assert first == {**expected, "after": ["msg_9"]}
    assert second == {**expected, "after": ["msg_1"]}
    assert all(request.raw_path.split("?")[0].endswith(f"/conversations/{CONV}/items") for request in service.requests)


async def test_filters_not_given_are_not_sent(kind: str) -> None:
    service = service_with(1)
    await pages_of(service, kind)
    (request,) = service.requests
    assert "?" not in request.raw_path


async def test_isolation_headers_and_extra_headers_are_on_every_page(kind: str) -> None:
    service = service_with(5)
    await pages_of(
        service,
        kind,
        client_options={"user_isolation_key": "user-a", "api_key": "k"},
        limit=2,
        user_identity="ident-b",
        extra_headers={"x-trace": "t1"},
    )
    assert len(service.requests) == 3
    for request in service.requests:
        assert request.headers["x-ms-user-isolation-key"] == "user-a"
        assert request.headers["x-ms-user-identity"] == "ident-b"
        assert request.headers["x-trace"] == "t1"
        assert request.headers["api-key"] == "k"


async def test_a_per_call_none_removes_the_clients_isolation_key_from_every_page(kind: str) -> None:
    service = service_with(3)
    await pages_of(service, kind, client_options={"user_isolation_key": "user-a"}, limit=2, user_isolation_key=None)
    assert len(service.requests) == 2
    assert all("x-ms-user-isolation-key" not in request.headers for request in service.requests)


async def test_isolation_scoping_lists_only_what_the_key_may_see(kind: str) -> None:
    service = service_with(2)
    service.add_item(message(7), conversation_id=CONV, user_isolation_key="alice")
    alices = await items_of(service, kind, client_options={"user_isolation_key": "alice"}, order="asc")
    others = await items_of(service, kind, order="asc")
    assert [ident(item) for item in alices] == ["msg_0", "msg_1", "msg_7"]
    assert [ident(item) for item in others] == ["msg_0", "msg_1"]


async def test_each_page_is_retried_on_its_own(kind: str) -> None:
    service = service_with(4)
    service.schedule(None, Fault(503), Fault.retry_after(429, ms=1), None)
    items = await items_of(service, kind, limit=2, order="asc")
    assert [ident(item) for item in items] == [f"msg_{n}" for n in range(4)]
    assert [request.query.get("after") for request in service.requests] == [None, ["msg_1"], ["msg_1"], ["msg_1"]]


async def test_max_retries_applies_per_page(kind: str) -> None:
    service = service_with(4)
    service.schedule(Fault(503), None, Fault(503), Fault(503))
    with pytest.raises(InternalServerError):
        await pages_of(service, kind, limit=2, max_retries=1)
    assert len(service.requests) == 4  # page 1: 503 then 200; page 2: 503, 503 (one retry), raised


async def test_the_deadline_bounds_each_page_not_the_whole_list(kind: str) -> None:
    clock = Clock()
    policy = RetryPolicy(
        max_retry_after=10.0, sleep=clock.sleep, async_sleep=clock.async_sleep, monotonic=clock.monotonic
    )
    service = service_with(6)
    wait = Fault.retry_after(503, seconds=0.6)
    service.schedule(wait, None, wait, None, wait, None)
    pages = await pages_of(service, kind, client_options={"retry_policy": policy}, limit=2, deadline=1.0)
    assert len(pages) == 3
    assert clock.slept == [0.6, 0.6, 0.6]  # 1.8 s in all: more than the deadline, which bounds each page
    service.schedule(Fault.retry_after(503, seconds=2.0))
    with pytest.raises((APITimeoutError, InternalServerError)):
        await pages_of(service, kind, client_options={"retry_policy": policy}, limit=2, deadline=1.0)
    assert clock.slept == [0.6, 0.6, 0.6]  # a wait past the page's deadline is not waited for


async def test_an_error_status_on_a_later_page_is_raised_after_the_earlier_items(kind: str) -> None:
    service = service_with(4)
    service.schedule(None, Fault(400))
    yielded: list[str] = []
    with pytest.raises(BadRequestError):
        await _items_until_error_with(service, kind, yielded, limit=2)
    assert len(yielded) == 2


async def _items_until_error_with(
    service: MockConversationService, kind: str, yielded: list[str], **kwargs: Any
) -> None:
    if kind.startswith("sync"):
        with sync_client(service, kind) as client:
            for item in client.list_items(CONV, **kwargs):
                yielded.append(ident(item))
    else:
        async with async_client(service, kind) as aclient:
            async for item in aclient.list_items(CONV, **kwargs):
                yielded.append(ident(item))


async def test_an_unknown_cursor_is_a_400_from_the_mock(kind: str) -> None:
    with pytest.raises(BadRequestError, match="Invalid 'after'") as caught:
        await pages_of(service_with(3), kind, after="msg_nope")
    assert caught.value.error is not None
    assert caught.value.error.param == "after"


# -- decoding ---------------------------------------------------------------------------------------------------------


async def test_an_unknown_kind_inside_a_page_keeps_every_field(kind: str, fresh_warnings: None) -> None:
    unknown = {"type": "hologram_call", "id": "hc_1", "projector": {"lumens": 1.0e10}, "x": [1, None]}
    service = MockConversationService(
        [message(1), unknown, {"type": "function_call", "id": "fc_1", "call_id": "c", "name": "n", "arguments": ""}],
        conversation_id=CONV,
    )
    (page,) = await pages_of(service, kind, order="asc")
    assert [type(item) for item in page.items] == [MessageItem, UnknownItem, FunctionCallItem]
    assert page.items[1].to_dict() == unknown
    assert page.last_id == "fc_1"


async def test_a_decode_error_names_the_items_index_and_id_in_its_page(kind: str) -> None:
    bad = {"type": "function_call", "id": "fc_bad", "name": "n"}  # no call_id
    service = service_with(0)
    service.schedule(page_fault([message(1), bad], has_more=False))
    with pytest.raises(ItemDecodeError, match=r"data\[1\] \(id 'fc_bad'\): cannot decode item of type 'function_call'"):
        await pages_of(service, kind)
    service.schedule(page_fault([message(1), bad], has_more=False))
    try:
        await pages_of(service, kind)
    except ItemDecodeError as exc:
        assert exc.payload == bad
        assert exc.item_type == "function_call"


async def test_a_page_of_the_wrong_shape_is_an_item_decode_error(kind: str) -> None:
    service = service_with(0)
    service.schedule(page_fault([message(1)]))  # no has_more
    with pytest.raises(ItemDecodeError, match=r"not a ConversationItemList .*has_more") as caught:
        await pages_of(service, kind)
    assert caught.value.payload == {"data": [message(1)]}
    service.schedule(Fault(status=200, body=b'{"data": "nope", "has_more": false}'))
    with pytest.raises(ItemDecodeError, match="data: expected a JSON array"):
        await pages_of(service, kind)
    service.schedule(Fault.malformed_body())
    with pytest.raises(ItemDecodeError, match="could not be parsed as JSON"):
        await pages_of(service, kind)


# -- arguments --------------------------------------------------------------------------------------------------------

BAD_ARGUMENTS = [
    ({"limit": 0}, ValueError, "limit must be from 1 to 100"),
    ({"limit": 101}, ValueError, "limit must be from 1 to 100"),
    ({"limit": True}, TypeError, "limit must be an int"),
    ({"limit": "5"}, TypeError, "limit must be an int"),
    ({"order": "up"}, ValueError, "order must be 'asc' or 'desc'"),
    ({"order": 1}, TypeError, "order must be a str"),
    ({"after": ""}, ValueError, "after must not be empty"),
    ({"before": 5}, TypeError, "before must be a str"),
    ({"item_type": ""}, ValueError, "item_type must not be empty"),
    ({"after": "a\nb"}, ValueError, "after must not contain control characters"),
    ({"user_isolation_key": "a\r\nb"}, ValueError, "user_isolation_key"),
    ({"deadline": -1}, ValueError, "deadline"),
    ({"item_id": "x"}, TypeError, r"list_items\(\) got unexpected keyword argument\(s\): item_id"),
]


@pytest.mark.parametrize(("kwargs", "error", "message"), BAD_ARGUMENTS)
async def test_bad_arguments_are_refused_before_anything_is_sent(
    kwargs: dict[str, Any], error: type[Exception], message: str
) -> None:
    service = service_with(1)
    with ConversationItemsClient(service.endpoint, transport=service.transport()) as client:
        with pytest.raises(error, match=message):
            client.list_items(CONV, **kwargs)
        with pytest.raises(ValueError, match="conversation_id"):
            client.list_items("..")
    async with AsyncConversationItemsClient(service.endpoint, transport=service.transport()) as aclient:
        with pytest.raises(error, match=message):
            aclient.list_items(CONV, **kwargs)
    assert service.requests == []


# -- ItemPage ---------------------------------------------------------------------------------------------------------


def test_item_page_is_a_frozen_slotted_value_that_survives_copies() -> None:
    service = service_with(3)
    with ConversationItemsClient(service.endpoint, transport=service.transport()) as client:
        (page,) = client.list_items(CONV, order="asc").pages()
    assert repr(page) == "ItemPage(items=3, first_id='msg_0', last_id='msg_2', has_more=False, request_id='req_1')"
    assert len(page) == 3
    assert not hasattr(page, "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):
        page.has_more = True  # type: ignore[misc]
    assert json.loads(page.content)["data"][0]["id"] == "msg_0"
    for clone in (copy.copy(page), copy.deepcopy(page), pickle.loads(pickle.dumps(page))):
        assert clone == page
    error = PaginationError("stuck", page=2, cursor="c")
    clone_error = pickle.loads(pickle.dumps(error))
    assert (type(clone_error), str(clone_error), clone_error.page, clone_error.cursor) == (
        PaginationError,
        "stuck",
        2,
        "c",
    )
