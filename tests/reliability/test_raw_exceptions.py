"""No raw exception escapes: every transport and decoding failure httpx can raise, raised where httpx raises it
(sending, or reading the body), becomes the documented class; so do corrupt encodings, oversized ids and a
closed client. The list of httpx failures is read from httpx itself, so a new one is covered when it appears; the
same sweep runs over httpx2's failures, with an httpx2 `http_client=` (each library's errors are its own classes)."""

from __future__ import annotations

import asyncio
import gzip
import inspect
from collections.abc import AsyncIterator, Iterator

import httpx
import httpx2
import pytest
from conversation_items import (
    APIConnectionError,
    APITimeoutError,
    AsyncConversationItemsClient,
    ConversationItemsClient,
    ConversationItemsError,
    ItemDecodeError,
    RetryPolicy,
)
from conversation_items.testing import Fault, MockConversationServer
from fakes import ENDPOINT, mock_client, mock_service
from reliability_support import count

#: every concrete failure httpx raises while sending a request or reading its response
HTTPX_FAILURES = sorted(
    (
        cls
        for cls in vars(httpx).values()
        if inspect.isclass(cls) and issubclass(cls, httpx.RequestError) and not cls.__subclasses__()
    ),
    key=lambda cls: cls.__name__,
)


#: the same, read from httpx2
HTTPX2_FAILURES = sorted(
    (
        cls
        for cls in vars(httpx2).values()
        if inspect.isclass(cls) and issubclass(cls, httpx2.RequestError) and not cls.__subclasses__()
    ),
    key=lambda cls: cls.__name__,
)


def documented_class(failure: type[Exception]) -> type[ConversationItemsError]:
    if issubclass(failure, httpx.TimeoutException | httpx2.TimeoutException):
        return APITimeoutError
    if issubclass(failure, httpx.DecodingError | httpx2.DecodingError):
        return ItemDecodeError
    return APIConnectionError


def test_the_sweep_covers_httpxs_failures() -> None:
    names = {cls.__name__ for cls in HTTPX_FAILURES}
    assert {"ConnectError", "ReadTimeout", "RemoteProtocolError", "DecodingError", "ProxyError"} <= names
    assert len(HTTPX_FAILURES) >= 13


def test_the_sweep_covers_httpx2s_failures() -> None:
    names = {cls.__name__ for cls in HTTPX2_FAILURES}
    assert {"ConnectError", "ReadTimeout", "RemoteProtocolError", "DecodingError", "ProxyError"} <= names
    assert len(HTTPX2_FAILURES) >= 13
    assert not any(issubclass(cls, httpx.HTTPError) for cls in HTTPX2_FAILURES)  # its own classes, not httpx's


class FailingBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A 200 whose body fails half way, as a reset connection or a timeout does."""

    def __init__(self, failure: Exception) -> None:
        self.failure = failure

    def __iter__(self) -> Iterator[bytes]:
        yield b'{"type": "mess'
        raise self.failure

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"type": "mess'
        raise self.failure


def scripts(failure: type[httpx.RequestError]) -> dict[str, httpx.MockTransport]:
    """Local transports: the sweep raises each httpx failure where httpx does (the mock: only what a socket does)."""

    def sending(request: httpx.Request) -> httpx.Response:
        raise failure("injected")

    return {
        "sending": httpx.MockTransport(sending),
        "reading the body": httpx.MockTransport(
            lambda request: httpx.Response(200, stream=FailingBody(failure("injected")))
        ),
    }


@pytest.mark.parametrize("failure", HTTPX_FAILURES, ids=lambda cls: cls.__name__)
def test_every_httpx_failure_maps_to_its_documented_class(failure: type[httpx.RequestError]) -> None:
    expected = documented_class(failure)
    for where, transport in scripts(failure).items():
        with ConversationItemsClient(ENDPOINT, max_retries=0, transport=transport) as client:
            with pytest.raises(ConversationItemsError) as info:
                client.get_item("c", "i")
        assert type(info.value) is expected, f"{failure.__name__} while {where}: got {type(info.value).__name__}"
        assert isinstance(info.value.__cause__, failure)
        count("raw-exception sweep: httpx failures (sync)")


@pytest.mark.parametrize("failure", HTTPX_FAILURES, ids=lambda cls: cls.__name__)
async def test_every_httpx_failure_maps_to_its_documented_class_async(failure: type[httpx.RequestError]) -> None:
    expected = documented_class(failure)
    for where, transport in scripts(failure).items():
        async with AsyncConversationItemsClient(ENDPOINT, max_retries=0, transport=transport) as client:
            with pytest.raises(ConversationItemsError) as info:
                await client.get_item("c", "i")
        assert type(info.value) is expected, f"{failure.__name__} while {where}: got {type(info.value).__name__}"
        count("raw-exception sweep: httpx failures (async)")


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br", "zstd"])
def test_a_corrupt_content_encoding_is_an_item_decode_error(encoding: str) -> None:
    with MockConversationServer() as server, ConversationItemsClient(server.endpoint, max_retries=0) as client:
        server.schedule(
            Fault(status=200, body=b"\x1f\x8b not compressed at all", headers={"Content-Encoding": encoding})
        )
        try:
            item = client.get_item("conv_demo", server.item_ids()[0])
        except ItemDecodeError as exc:
            assert "could not be decoded" in str(exc) or "could not be parsed" in str(exc)
        else:  # an encoding httpx does not support here is passed through undecoded: then it is not JSON either
            raise AssertionError(f"a corrupt {encoding} body decoded to {item!r}")
    count("raw-exception sweep: corrupt encodings")


def test_a_good_gzip_body_still_decodes() -> None:
    body = gzip.compress(b'{"type": "message", "role": "user", "content": "hi"}')
    with MockConversationServer() as server, ConversationItemsClient(server.endpoint) as client:
        server.schedule(Fault(status=200, body=body, headers={"Content-Encoding": "gzip"}))
        assert client.get_item("conv_demo", server.item_ids()[0]).to_dict()["content"] == "hi"


@pytest.mark.parametrize("size", [70_000, 100_000, 1_000_000])
def test_an_id_too_long_for_a_url_is_a_value_error_before_sending(size: int) -> None:
    service = mock_service()
    with mock_client(service) as client:
        with pytest.raises(ValueError):
            client.get_item("c", "x" * size)
        with pytest.raises(ValueError):
            client.get_item("é" * (size // 2), "i")
    assert service.requests == []
    count("raw-exception sweep: oversized ids")


def test_a_closed_client_raises_a_connection_error() -> None:
    service = mock_service()  # it would answer every request: the errors below come from the closed clients
    client = mock_client(service)
    client.close()
    client.close()  # idempotent
    with pytest.raises(APIConnectionError):  # the closed client's text: test_refusals.py
        client.get_item("c", "i")
    with pytest.raises(APIConnectionError), client:
        pass

    async def closed_async() -> None:
        async_client = AsyncConversationItemsClient(ENDPOINT, transport=service.transport())
        await async_client.close()
        with pytest.raises(APIConnectionError):
            await async_client.get_item("c", "i")

    asyncio.run(closed_async())
    http = httpx.Client(transport=service.transport())
    borrowed = ConversationItemsClient(ENDPOINT, http_client=http)
    http.close()  # the caller closed their own client under us
    with pytest.raises(APIConnectionError):
        borrowed.get_item("c", "i")
    assert service.requests == []
    count("raw-exception sweep: closed clients", 4)


class FailingBody2(httpx2.SyncByteStream, httpx2.AsyncByteStream):
    """`FailingBody` for httpx2."""

    def __init__(self, failure: Exception) -> None:
        self.failure = failure

    def __iter__(self) -> Iterator[bytes]:
        yield b'{"type": "mess'
        raise self.failure

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"type": "mess'
        raise self.failure


def scripts2(failure: type[Exception]) -> dict[str, httpx2.MockTransport]:
    """`scripts` for httpx2: each httpx2 failure raised while sending, and while reading the body."""

    def sending(request: httpx2.Request) -> httpx2.Response:
        raise failure("injected")

    return {
        "sending": httpx2.MockTransport(sending),
        "reading the body": httpx2.MockTransport(
            lambda request: httpx2.Response(200, stream=FailingBody2(failure("injected")))
        ),
    }


@pytest.mark.parametrize("failure", HTTPX2_FAILURES, ids=lambda cls: cls.__name__)
def test_every_httpx2_failure_maps_to_its_documented_class(failure: type[Exception]) -> None:
    expected = documented_class(failure)
    for where, transport in scripts2(failure).items():
        with (
            httpx2.Client(transport=transport) as http,
            ConversationItemsClient(ENDPOINT, max_retries=1, http_client=http) as client,
        ):
            with pytest.raises(ConversationItemsError) as info:
                client.get_item("c", "i")
        assert type(info.value) is expected, f"{failure.__name__} while {where}: got {type(info.value).__name__}"
        assert isinstance(info.value.__cause__, failure)
        count("raw-exception sweep: httpx2 failures (sync)")


@pytest.mark.parametrize("failure", HTTPX2_FAILURES, ids=lambda cls: cls.__name__)
async def test_every_httpx2_failure_maps_to_its_documented_class_async(failure: type[Exception]) -> None:
    expected = documented_class(failure)
    for where, transport in scripts2(failure).items():
        async with (
            httpx2.AsyncClient(transport=transport) as http,
            AsyncConversationItemsClient(ENDPOINT, max_retries=0, http_client=http) as client,
        ):
            with pytest.raises(ConversationItemsError) as info:
                await client.get_item("c", "i")
        assert type(info.value) is expected, f"{failure.__name__} while {where}: got {type(info.value).__name__}"
        assert isinstance(info.value.__cause__, failure)
        count("raw-exception sweep: httpx2 failures (async)")


@pytest.mark.parametrize("failure", [httpx2.LocalProtocolError, httpx2.UnsupportedProtocol, httpx2.ConnectError])
def test_httpx2s_not_sent_failures_are_not_retried(failure: type[Exception]) -> None:
    sent: list[httpx2.Request] = []

    def sending(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        raise failure("injected")

    policy = RetryPolicy(initial_backoff=0.0, max_backoff=0.0)
    with (
        httpx2.Client(transport=httpx2.MockTransport(sending)) as http,
        ConversationItemsClient(ENDPOINT, max_retries=2, http_client=http, retry_policy=policy) as client,
    ):
        with pytest.raises(APIConnectionError):
            client.get_item("c", "i")
    retried = failure is httpx2.ConnectError  # a network failure is retried; a request that was wrong is not
    assert len(sent) == (3 if retried else 1)


def test_a_corrupt_body_through_httpx2_is_an_item_decode_error() -> None:
    with MockConversationServer() as server, httpx2.Client() as http:
        server.schedule(Fault(status=200, body=b"\x1f\x8b not compressed at all", headers={"Content-Encoding": "gzip"}))
        with ConversationItemsClient(server.endpoint, max_retries=0, http_client=http) as client:
            with pytest.raises(ItemDecodeError) as info:
                client.get_item("conv_demo", server.item_ids()[0])
    assert isinstance(info.value.__cause__, httpx2.DecodingError)


def test_an_id_too_long_for_a_url_through_httpx2_is_a_value_error_before_sending() -> None:
    sent: list[httpx2.Request] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        return httpx2.Response(500)

    transport = httpx2.MockTransport(answer)
    with httpx2.Client(transport=transport) as http, ConversationItemsClient(ENDPOINT, http_client=http) as client:
        with pytest.raises(ValueError):
            client.get_item("c", "x" * 100_000)
    assert sent == []
