"""The fake service as an in-process ``httpx`` transport: same replies as the socket, faults without sockets."""

from __future__ import annotations

import http.client
import json
import socket
from collections.abc import Iterator

import httpx
import pytest
from conversation_items import (
    APIConnectionError,
    APITimeoutError,
    AsyncConversationItemsClient,
    AuthenticationError,
    ConversationItemsClient,
    NotFoundError,
    RetryPolicy,
)
from conversation_items.testing import Fault, MockConversationServer, MockConversationService, MockConversationTransport
from conversation_items_client.models import MessageItem
from support import gather

ITEM = {"id": "msg_1", "type": "message", "role": "user", "content": "héllo"}
NO_WAIT = RetryPolicy(initial_backoff=0.0, max_backoff=0.0)


@pytest.fixture
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Any attempt to open a network connection fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a socket was opened")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    yield


def _service() -> MockConversationService:
    return MockConversationService([ITEM], api_key="k")


# -- the same answers as the socket server -----------------------------------------------

CASES = [
    ("GET", "/conv_demo/items/msg_1", {"api-key": "k"}),
    ("HEAD", "/conv_demo/items/msg_1", {"api-key": "k"}),
    ("GET", "/conv_demo/items/msg_1", {"api-key": "wrong"}),
    ("GET", "/conv_demo/items/nope", {"api-key": "k"}),
    ("DELETE", "/conv_demo/items/msg_1", {"api-key": "k"}),
    ("GET", "/conv_demo/items/msg_1/extra", {"api-key": "k"}),
    ("GET", "/conv_demo/items/msg_1?api-version=v1", {"api-key": "k"}),
]


def test_transport_and_socket_give_the_same_replies() -> None:
    prefix = "/api/projects/mock/openai/v1/conversations"
    via_transport = _service().transport()
    with MockConversationServer([ITEM], api_key="k") as server:
        for method, tail, headers in CASES:
            conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
            conn.request(method, prefix + tail, headers=headers)
            raw = conn.getresponse()
            socket_answer = (raw.status, raw.reason, sorted(raw.getheaders()), raw.read())
            conn.close()
            with httpx.Client(transport=via_transport) as client:
                resp = client.request(method, "https://anywhere.invalid" + prefix + tail, headers=headers)
            transport_answer = (
                resp.status_code,
                resp.reason_phrase,
                sorted((k.decode(), v.decode()) for k, v in resp.headers.raw),
                resp.content,
            )
            assert transport_answer == socket_answer, (method, tail)


def test_one_service_behind_both(no_sockets: None) -> None:
    server = MockConversationServer([ITEM])  # never started: no socket needed
    transport = server.transport()
    assert transport.service is server.service
    server.schedule(Fault(status=503))
    with httpx.Client(transport=transport) as client:
        assert client.get(server.service.url_for("conv_demo", "msg_1")).status_code == 503
        assert client.get(transport.endpoint + "/openai/v1/conversations/conv_demo/items/msg_1").json() == ITEM
    assert [r.item_id for r in server.requests] == ["msg_1", "msg_1"]
    assert "MockConversationService" in repr(transport)


# -- our own client over it, sync and async ----------------------------------------------


def test_sync_client_over_the_transport(no_sockets: None) -> None:
    service = MockConversationService([ITEM], api_key="k")
    service.add_item({"id": "secret", "type": "message", "role": "user", "content": "mine"}, user_isolation_key="alice")
    service.schedule(Fault(status=503), Fault.retry_after(429, ms=0), Fault.drop_connection())
    with ConversationItemsClient(
        service.endpoint, api_key="k", transport=service.transport(), max_retries=3, retry_policy=NO_WAIT
    ) as c:
        detailed = c.get_item_detailed("conv_demo", "msg_1")
        assert isinstance(detailed.item, MessageItem) and detailed.item.content == "héllo"
        assert detailed.attempts == 4 and detailed.request_id == "req_4"
        mine = c.get_item("conv_demo", "secret", user_isolation_key="alice")
        assert isinstance(mine, MessageItem) and mine.content == "mine"
        with pytest.raises(NotFoundError):
            c.get_item("conv_demo", "secret")
    with ConversationItemsClient(service.endpoint, api_key="bad", transport=service.transport()) as c:
        with pytest.raises(AuthenticationError):
            c.get_item("conv_demo", "msg_1")


async def test_async_client_over_the_same_transport_object(no_sockets: None) -> None:
    service = MockConversationService([ITEM])
    transport = service.transport(sleep=lambda s: None)
    service.schedule(Fault.timeout(5), Fault(status=502))
    async with AsyncConversationItemsClient(
        service.endpoint, transport=transport, timeout=1.0, retry_policy=NO_WAIT
    ) as client:
        results = await gather(*(client.get_item("conv_demo", "msg_1") for _ in range(5)))
    assert [item.to_dict() for item in results] == [ITEM] * 5
    assert len(service.requests) == 7
    with httpx.Client(transport=transport) as sync_client:  # one object serves both kinds of client
        assert sync_client.get(service.url_for("conv_demo", "msg_1")).json() == ITEM


def test_client_errors_from_transport_faults(no_sockets: None) -> None:
    service = MockConversationService([ITEM])
    transport = service.transport(sleep=lambda s: None)
    with ConversationItemsClient(service.endpoint, transport=transport, timeout=0.5, max_retries=0) as client:
        service.schedule(Fault.timeout(2))
        with pytest.raises(APITimeoutError):
            client.get_item("conv_demo", "msg_1")
        service.schedule(Fault.drop_connection())
        with pytest.raises(APIConnectionError) as info:
            client.get_item("conv_demo", "msg_1")
        assert not isinstance(info.value, APITimeoutError)


# -- fault timings without sockets -------------------------------------------------------


def _get(transport: MockConversationTransport, timeout: float | None) -> httpx.Response:
    with httpx.Client(transport=transport, timeout=timeout) as client:
        return client.get(transport.service.url_for("conv_demo", "msg_1"))


async def test_each_request_is_recorded_with_the_timeouts_the_client_gave_it(no_sockets: None) -> None:
    service = _service()
    with ConversationItemsClient(service.endpoint, api_key="k", transport=service.transport(), timeout=12.0) as c:
        c.get_item("conv_demo", "msg_1")
        c.get_item("conv_demo", "msg_1", timeout=httpx.Timeout(5.0, connect=1.0))
    async with AsyncConversationItemsClient(service.endpoint, api_key="k", transport=service.transport()) as ac:
        await ac.get_item("conv_demo", "msg_1", timeout=2.5)
    assert [request.timeout for request in service.requests] == [
        dict.fromkeys(("connect", "read", "write", "pool"), 12.0),
        {"connect": 1.0, "read": 5.0, "write": 5.0, "pool": 5.0},
        dict.fromkeys(("connect", "read", "write", "pool"), 2.5),
    ]


def test_a_request_over_the_socket_has_no_recorded_timeout() -> None:
    with MockConversationServer(service=_service()) as server, httpx.Client(timeout=3.0) as http:
        assert http.get(server.url_for("conv_demo", "msg_1"), headers={"api-key": "k"}).status_code == 200
    (request,) = server.requests
    assert request.timeout is None, "timeouts never reach the wire"


def test_delay_waits_or_times_out_by_the_read_timeout() -> None:
    service = MockConversationService([ITEM])
    waits: list[float] = []
    transport = service.transport(sleep=waits.append)
    service.schedule(Fault(status=200, body=b"{}", delay=2.0), Fault(status=200, body=b"{}", delay=2.0))
    with pytest.raises(httpx.ReadTimeout):
        _get(transport, 0.5)
    assert waits == [0.5]  # the client gave up after its read timeout
    assert _get(transport, 5.0).content == b"{}"
    assert _get(transport, None).status_code == 200  # no fault left
    assert waits == [0.5, 2.0]


def test_drop_and_timeout_faults() -> None:
    service = MockConversationService([ITEM])
    waits: list[float] = []
    transport = service.transport(sleep=waits.append)
    service.schedule(Fault.drop_connection(), Fault.timeout(3), Fault.timeout(3))
    with pytest.raises(httpx.RemoteProtocolError, match="Server disconnected without sending a response"):
        _get(transport, 5)
    with pytest.raises(httpx.ReadTimeout):
        _get(transport, 1)
    with pytest.raises(httpx.RemoteProtocolError):
        _get(transport, 10)
    assert waits == [1.0, 3.0]
    assert len(service.requests) == 3


def test_slow_body_and_trickle() -> None:
    service = MockConversationService([ITEM])
    waits: list[float] = []
    transport = service.transport(sleep=waits.append)
    service.schedule(
        Fault(status=200, body=b'{"ok":1}', slow_body=2),
        Fault(status=200, body=b'{"ok":1}', slow_body=2),
        Fault(status=200, body=b"abc", trickle=0.25),
        Fault(status=200, body=b"abc", trickle=0.25, slow_body=1),
        Fault(status=200, body=b"abc", trickle=0.25),
    )
    with httpx.Client(transport=transport, timeout=1) as client, client.stream("GET", service.url_for("c", "i")) as r:
        assert r.status_code == 200  # the head arrives at once
        with pytest.raises(httpx.ReadTimeout):
            r.read()
    assert waits == [1.0]
    assert _get(transport, 3).json() == {"ok": 1}
    assert _get(transport, 1).content == b"abc"  # each byte within the read timeout: no timeout at all
    assert _get(transport, 5).content == b"abc"
    assert waits == [1.0, 2.0, 0.25, 0.25, 0.25, 1.25, 0.25, 0.25]
    with pytest.raises(httpx.ReadTimeout):
        _get(transport, 0.1)


def test_real_waiting_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr("time.sleep", slept.append)  # what the transport calls without sleep=
    service = MockConversationService([ITEM])
    service.schedule(Fault(status=200, body=b"x", delay=0.3, trickle=0.1))
    assert _get(service.transport(), 5).content == b"x"
    assert slept == [0.3, 0.1]


async def test_async_waits_use_asyncio_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr("asyncio.sleep", fake_sleep)
    service = MockConversationService([ITEM])
    service.schedule(Fault(status=200, body=b"ab", delay=0.5, slow_body=0.2), Fault.timeout(9))
    async with httpx.AsyncClient(transport=service.transport(), timeout=2) as client:
        assert (await client.get(service.url_for("conv_demo", "msg_1"))).content == b"ab"
        with pytest.raises(httpx.ReadTimeout):
            await client.get(service.url_for("conv_demo", "msg_1"))
    assert slept == [0.5, 0.2, 2.0]


async def test_an_async_sleep_replacement_is_awaited() -> None:
    awaited: list[float] = []

    async def record(seconds: float) -> None:
        awaited.append(seconds)

    service = MockConversationService([ITEM])
    service.schedule(Fault(status=200, body=b"ab", trickle=0.5))
    async with httpx.AsyncClient(transport=service.transport(sleep=record)) as client:
        assert (await client.get(service.url_for("conv_demo", "msg_1"))).content == b"ab"
    assert awaited == [0.5, 0.5]


# -- the pytest fixture ------------------------------------------------------------------


def test_plugin_fixture(mock_conversation_transport: MockConversationTransport, no_sockets: None) -> None:
    mock = mock_conversation_transport
    assert {"item_abc123", "hol_fixture_01"} <= set(mock.service.item_ids())
    with ConversationItemsClient(mock.endpoint, api_key="x", transport=mock) as client:
        item = client.get_item("conv_demo", "item_abc123")
    assert isinstance(item, MessageItem) and item.content == "What is the weather today?"
    assert mock.service.requests[0].headers["api-key"] == "x"


@pytest.mark.mock_conversation_transport(bearer_token="tok", items=[ITEM], conversation_id="conv_t")
def test_plugin_fixture_marker(mock_conversation_transport: MockConversationTransport) -> None:
    mock = mock_conversation_transport
    assert mock.service.item_ids("conv_t") == ["msg_1"]
    with httpx.Client(transport=mock) as client:
        url = mock.service.url_for("conv_t", "msg_1")
        assert client.get(url).status_code == 401
        assert json.loads(client.get(url, headers={"Authorization": "Bearer tok"}).content) == ITEM
