"""Hostile responses, each served by the mock service both on a real socket (MockConversationServer) and in
process (its httpx transport), through the sync and async clients: every one maps to its documented exception (or
item) with the raw body kept."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from conversation_items import (
    APIStatusError,
    AsyncConversationItemsClient,
    BadRequestError,
    ConversationItemsClient,
    InternalServerError,
    ItemDecodeError,
    NotFoundError,
    UnknownItem,
)
from conversation_items.testing import Fault, MockConversationServer, MockConversationService
from reliability_support import count

MB = 1 << 20


@dataclass
class Case:
    name: str
    status: int
    body: bytes
    expected: type  # the exception class, or the item class for a success
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    check: Callable[[Any], None] | None = None


def api_error(status: int, **extra: Any) -> bytes:
    return json.dumps({"error": {"code": f"c{status}", "message": f"m{status}", "param": None, **extra}}).encode()


def error_is_parsed(exc: APIStatusError) -> None:
    assert exc.error is not None
    assert exc.error.message == f"m{exc.status_code}"


def error_is_none(exc: APIStatusError) -> None:
    assert exc.error is None


def payload_is_json_of(body: bytes) -> Callable[[Any], None]:
    def check(exc: ItemDecodeError) -> None:
        assert exc.payload == json.loads(body)

    return check


def payload_is_raw(body: bytes) -> Callable[[Any], None]:
    def check(exc: ItemDecodeError) -> None:
        assert exc.payload == body

    return check


def deep(levels: int, opener: bytes, closer: bytes) -> bytes:
    return opener * levels + b"1" + closer * levels


def cases() -> Iterator[Case]:
    for status, cls, parsed in [
        (299, APIStatusError, False),  # a 2xx that is not 200 is not documented: raw body, no parsed error
        (418, APIStatusError, True),
        (499, APIStatusError, True),
        (520, InternalServerError, True),
        (599, InternalServerError, True),
    ]:
        yield Case(
            f"status {status}", status, api_error(status), cls, check=error_is_parsed if parsed else error_is_none
        )
    html = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
    yield Case("html 502", 502, html, InternalServerError, content_type="text/html", check=error_is_none)
    yield Case("empty 200", 200, b"", ItemDecodeError, check=payload_is_raw(b""))
    yield Case("200 text/html", 200, html, ItemDecodeError, content_type="text/html", check=payload_is_raw(html))
    for name, body in [
        ("json array", b'[{"type": "message"}]'),
        ("json null", b"null"),
        ("json number", b"42.5"),
        ("json string", b'"message"'),
        ("type missing", b'{"id": "x", "role": "user", "content": "hi"}'),
        ("type null", b'{"type": null, "id": "x"}'),
        ("type number", b'{"type": 7, "id": "x"}'),
        ("type object", b'{"type": {"type": "message"}, "id": "x"}'),
    ]:
        yield Case(name, 200, body, ItemDecodeError, check=payload_is_json_of(body))
    truncated = b'{"type": "message", "role": "user", "content": [{"type": "outp'
    yield Case("truncated json", 200, truncated, ItemDecodeError, check=payload_is_raw(truncated))
    bad_utf8 = b'{"type": "message", "role": "user", "content": "\xff\xfe\xc3"}'
    yield Case("invalid utf-8", 200, bad_utf8, ItemDecodeError, check=payload_is_raw(bad_utf8))
    big_type = "t" * MB

    def unknown_1mb(item: Any) -> None:
        assert isinstance(item, UnknownItem)
        assert item.type_ == big_type

    yield Case("type is a 1 MB string", 200, json.dumps({"type": big_type, "id": "x"}).encode(), UnknownItem,
               check=unknown_1mb)  # fmt: skip
    for name, body in [
        ("100,000-deep arrays", deep(100_000, b"[", b"]")),
        ("100,000-deep objects in an item", b'{"type": "message", "x": ' + deep(100_000, b'{"a": ', b"}") + b"}"),
    ]:
        yield Case(name, 200, body, ItemDecodeError, check=payload_is_raw(body))
    yield Case("100,000-deep error body", 500, deep(100_000, b"[", b"]"), InternalServerError, check=error_is_none)
    for name, body in [
        ("error body without 'error'", b'{"message": "bad", "code": "x"}'),
        ("error body where 'error' is a string", b'{"error": "bad request"}'),
        ("error body that is an array", b'[{"error": {"message": "m"}}]'),
        ("error body that is not json", b"Bad Request\r\n"),
    ]:
        yield Case(name, 400, body, BadRequestError, check=error_is_none)

    def extra_kept(exc: NotFoundError) -> None:
        assert exc.error is not None
        assert exc.error.message == "m404"
        assert exc.error.additional_properties["innererror"] == {"code": "ItemMissing", "depth": [1, 2]}
        assert exc.error.additional_properties["x_trace"] == "abc"
        assert exc.request_id == "rid-404"

    yield Case("404 with extra error fields", 404,
               api_error(404, innererror={"code": "ItemMissing", "depth": [1, 2]}, x_trace="abc"),
               NotFoundError, headers={"x-request-id": "rid-404"}, check=extra_kept)  # fmt: skip


CASES = list(cases())


def check_case(case: Case, outcome: Any) -> None:
    if isinstance(outcome, BaseException):
        assert type(outcome) is case.expected, f"{case.name}: got {type(outcome).__name__}: {outcome}"
        if isinstance(outcome, APIStatusError):
            assert outcome.status_code == case.status
            assert outcome.body == case.body.decode("utf-8", errors="replace")
            assert str(case.status) in str(outcome)
    else:
        assert isinstance(outcome, case.expected), f"{case.name}: got {type(outcome).__name__}"
    if case.check is not None:
        case.check(outcome)


@pytest.fixture(scope="module")
def server() -> Iterator[MockConversationServer]:
    with MockConversationServer(items=[]) as srv:
        yield srv


def serve(server: MockConversationServer | MockConversationService, case: Case) -> str:
    """Make the server (or service) answer the next request for the returned item id with `case`."""
    item_id = "hostile_" + "".join(ch if ch.isalnum() else "_" for ch in case.name)
    if case.status == 200 and case.content_type == "application/json" and not case.headers:
        server.add_item(case.body, item_id=item_id)
    else:
        server.schedule(Fault(status=case.status, body=case.body, content_type=case.content_type, headers=case.headers))
    return item_id


def call_sync(client: ConversationItemsClient, item_id: str) -> Any:
    try:
        return client.get_item("conv_demo", item_id)
    except Exception as exc:
        return exc


async def call_async(client: AsyncConversationItemsClient, item_id: str) -> Any:
    try:
        return await client.get_item("conv_demo", item_id)
    except Exception as exc:
        return exc


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_response_through_the_mock_server(case: Case, server: MockConversationServer) -> None:
    item_id = serve(server, case)
    before = len(server.requests)
    with ConversationItemsClient(server.endpoint, max_retries=0) as client:
        outcome = call_sync(client, item_id)
    check_case(case, outcome)
    assert len(server.requests) == before + 1
    count("hostile responses checked (mock server, sync)")


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
async def test_hostile_response_through_the_mock_server_async(case: Case, server: MockConversationServer) -> None:
    item_id = serve(server, case)
    async with AsyncConversationItemsClient(server.endpoint, max_retries=0) as client:
        outcome = await call_async(client, item_id)
    check_case(case, outcome)
    count("hostile responses checked (mock server, async)")


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_response_through_mock_transport(case: Case) -> None:
    service = MockConversationService(())
    item_id = serve(service, case)
    with ConversationItemsClient(service.endpoint, transport=service.transport(), max_retries=0) as client:
        outcome = call_sync(client, item_id)
    check_case(case, outcome)
    assert len(service.requests) == 1
    count("hostile responses checked (mock transport, sync)")


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
async def test_hostile_response_through_mock_transport_async(case: Case) -> None:
    service = MockConversationService(())
    item_id = serve(service, case)
    async with AsyncConversationItemsClient(service.endpoint, transport=service.transport(), max_retries=0) as client:
        outcome = await call_async(client, item_id)
    check_case(case, outcome)
    count("hostile responses checked (mock transport, async)")


# --- a 50 MB item ----------------------------------------------------------------------------------------------------

FIFTY_MB = 50 * MB


def big_item_body() -> bytes:
    head = b'{"type": "function_call_output", "id": "big_1", "call_id": "call_big", "output": "'
    return head + b"x" * FIFTY_MB + b'"}'


def check_big(item: Any) -> None:
    assert type(item).__name__ == "FunctionCallOutputItem"
    assert item.call_id == "call_big"
    assert len(item.output) == FIFTY_MB
    assert item.output[:3] == "xxx"
    assert item.output[-3:] == "xxx"


def test_a_50_mb_item_decodes_through_the_server_and_the_transport(server: MockConversationServer) -> None:
    body = big_item_body()
    server.add_item(body, item_id="big_1")
    with ConversationItemsClient(server.endpoint, max_retries=0, timeout=60) as client:
        check_big(client.get_item("conv_demo", "big_1"))
    with ConversationItemsClient(server.endpoint, transport=server.transport(), max_retries=0) as client:
        check_big(client.get_item("conv_demo", "big_1"))
    server.add_item(b"{}", item_id="big_1")  # let the server drop its 50 MB copy
    count("hostile responses checked (50 MB item)", 2)


def test_an_error_that_is_an_array_of_pairs_is_not_taken_for_an_error_object() -> None:
    """BUG (library): `ApiError.from_dict` does `dict(src_dict)`, so `{"error": [["message", "m"]]}` (not the
    documented `{"error": {...}}` shape) comes back as a parsed `error` instead of None."""
    body = b'{"error": [["message", "m"], ["code", "forged"]]}'
    service = MockConversationService(())
    service.schedule(Fault(status=400, body=body))
    with ConversationItemsClient(service.endpoint, transport=service.transport(), max_retries=0) as client:
        outcome = call_sync(client, "i")
    count("hostile responses checked (error that is an array of pairs)")
    assert isinstance(outcome, BadRequestError)
    assert outcome.body == body.decode()
    assert outcome.error is None, f"parsed {outcome.error!r} out of an array"
