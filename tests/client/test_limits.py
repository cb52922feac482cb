"""A timeout means what it says: a float bounds each attempt from connect to the last byte; `deadline=` bounds the
whole call with its retries and waits; nonsense limits are refused before anything is sent."""

from __future__ import annotations

import json
import math
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from conversation_items import (
    APITimeoutError,
    AsyncConversationItemsClient,
    ConversationItemsClient,
    InternalServerError,
    RateLimitError,
)
from conversation_items.testing import Fault, MockConversationServer, RecordedRequest
from fakes import ENDPOINT, ITEM, Sleeps, always, mock_client, mock_service, policy, timeout_of

#: a body that takes 48 bytes x 0.2 s = 9.6 s to arrive: far longer than any timeout below
TRICKLE = Fault(status=200, body=b'{"type": "message", "role": "user", "content": "0123"}'[:48], trickle=0.2)


def test_a_float_timeout_bounds_a_trickling_body() -> None:
    with MockConversationServer() as server, ConversationItemsClient(server.endpoint, max_retries=0) as client:
        server.schedule(TRICKLE)
        with pytest.raises(APITimeoutError):
            client.get_item("conv_demo", server.item_ids()[0], timeout=0.6)
        assert len(server.requests) == 1


async def test_a_float_timeout_bounds_a_trickling_body_async() -> None:
    with MockConversationServer() as server:
        server.schedule(TRICKLE)
        async with AsyncConversationItemsClient(server.endpoint, max_retries=0, timeout=0.6) as client:
            with pytest.raises(APITimeoutError):
                await client.get_item("conv_demo", server.item_ids()[0])


def test_the_body_may_only_take_the_time_left_after_the_headers() -> None:
    read_timeouts: list[float] = []

    class Body(httpx.SyncByteStream):
        def __init__(self, request: httpx.Request) -> None:
            self.request = request

        def __iter__(self) -> Iterator[bytes]:
            read_timeouts.append(self.request.extensions["timeout"]["read"])  # what the body's reads get
            yield json.dumps(ITEM).encode()

    def slow_headers(request: httpx.Request) -> httpx.Response:
        time.sleep(0.3)
        return httpx.Response(200, stream=Body(request))

    # a local transport: the body's read timeout is set after the headers, which only the body's own stream sees
    with ConversationItemsClient(ENDPOINT, transport=httpx.MockTransport(slow_headers)) as client:
        client.get_item("c", "i", timeout=1.0)
    (read,) = read_timeouts
    assert read <= 0.7, "the body's read timeout must be what is left of the attempt, not a fresh 1.0 s"


def test_an_httpx_timeout_keeps_httpxs_per_phase_meaning() -> None:
    service = mock_service()
    phases = httpx.Timeout(5.0, connect=1.0)
    with mock_client(service, timeout=phases) as client:
        client.get_item("c", "i")
        client.get_item("c", "i", deadline=2.0)
    first, second = service.requests
    assert first.timeout == {"connect": 1.0, "read": 5.0, "write": 5.0, "pool": 5.0}
    assert timeout_of(second, "connect") == 1.0
    assert all(timeout_of(second, phase) <= 2.0 for phase in ("read", "write", "pool"))


# --- deadline ---------------------------------------------------------------------------------------------------


def test_the_deadline_counts_retries_and_waits() -> None:
    sleeps = Sleeps()
    service = mock_service()
    service.set_fault_policy(always(Fault(status=503)))
    with mock_client(service, sleeps, max_retries=10, deadline=2.0) as client:
        with pytest.raises(InternalServerError):
            client.get_item("c", "i")
    # waits 0.5 and 1.0 fit in 2 s; the next (2.0) would pass the deadline: the last error is raised instead
    assert sleeps.waits == [0.5, 1.0]
    assert len(service.requests) == 3


def test_a_server_asked_wait_past_the_deadline_is_not_waited_for() -> None:
    sleeps = Sleeps()
    service = mock_service(Fault.retry_after(429, seconds=5))
    with mock_client(service, sleeps, deadline=4.0) as client, pytest.raises(RateLimitError):
        client.get_item("c", "i")
    assert sleeps.waits == []
    service = mock_service(Fault.retry_after(429, seconds=5))
    with mock_client(service, sleeps, deadline=4.0) as client:
        client.get_item("c", "i", deadline=None)
    assert sleeps.waits == [5.0]


def test_each_attempt_gets_at_most_the_time_left() -> None:
    sleeps = Sleeps()

    def one_second_then_503(number: int, request: RecordedRequest) -> Fault:
        sleeps.now += 1.0  # each attempt takes one (fake) second
        return Fault(status=503)

    service = mock_service()
    service.set_fault_policy(one_second_then_503)
    with mock_client(service, sleeps, timeout=30.0, deadline=3.0, max_retries=5) as client:
        with pytest.raises((InternalServerError, APITimeoutError)):
            client.get_item("c", "i")
    seen = [timeout_of(request, "connect") for request in service.requests]
    assert seen[0] == pytest.approx(3.0)
    assert seen == sorted(seen, reverse=True) and all(t <= 3.0 for t in seen)


def test_a_deadline_already_passed_sends_nothing_more() -> None:
    sleeps = Sleeps()

    def slow(number: int, request: RecordedRequest) -> Fault:
        sleeps.now += 5.0
        return Fault(status=503)

    service = mock_service()
    service.set_fault_policy(slow)
    with mock_client(service, sleeps, deadline=4.0, max_retries=3) as client:
        with pytest.raises(InternalServerError):
            client.get_item("c", "i")
    assert len(service.requests) == 1


def test_a_wait_that_overran_the_deadline_ends_the_call_with_a_timeout() -> None:
    class OversleepingSleeps(Sleeps):
        def __call__(self, seconds: float) -> None:
            super().__call__(seconds)
            self.now += 1.0  # the process was descheduled: woke up a second late

    sleeps = OversleepingSleeps()

    def half_a_second(number: int, request: RecordedRequest) -> Fault:
        sleeps.now += 0.5
        return Fault(status=503)

    service = mock_service()
    service.set_fault_policy(half_a_second)
    with mock_client(service, retry_policy=policy(sleeps, initial_backoff=1.0), deadline=2.0) as client:
        with pytest.raises(APITimeoutError) as info:
            client.get_item("c", "i")
    assert "deadline of 2.0 s passed" in str(info.value)  # how the caller learns why
    assert len(service.requests) == 1


# --- refused limits -----------------------------------------------------------------------------------------


BAD_SECONDS = [
    (math.inf, ValueError),
    (-math.inf, ValueError),
    (math.nan, ValueError),
    (0, ValueError),
    (-1.5, ValueError),
    (True, TypeError),
    ("30", TypeError),
]


@pytest.mark.parametrize(("value", "error_type"), BAD_SECONDS)
@pytest.mark.parametrize("name", ["timeout", "deadline"])
def test_nonsense_limits_are_refused_at_construction_and_per_call(name: str, value: Any, error_type: type) -> None:
    with pytest.raises(error_type):  # the texts: test_refusals.py
        ConversationItemsClient(ENDPOINT, **{name: value})
    with pytest.raises(error_type):
        AsyncConversationItemsClient(ENDPOINT, **{name: value})
    service = mock_service()
    with mock_client(service) as client, pytest.raises(error_type):
        client.get_item("c", "i", **{name: value})
    assert service.requests == []


@pytest.mark.parametrize("value", [math.inf, math.nan, 0.0, -1.0])
def test_an_httpx_timeout_with_a_nonsense_phase_is_refused(value: float) -> None:
    with pytest.raises(ValueError):  # its text: test_refusals.py
        ConversationItemsClient(ENDPOINT, timeout=httpx.Timeout(5.0, read=value))


def test_none_means_no_limit() -> None:
    service = mock_service()
    with mock_client(service, timeout=None, deadline=None) as client:
        client.get_item("c", "i")
        assert client.timeout is None and client.deadline is None
    assert [request.timeout for request in service.requests] == [
        {"connect": None, "read": None, "write": None, "pool": None}
    ]


class _SlowBody(httpx.SyncByteStream):
    """A body whose second chunk comes `pause` seconds after the first."""

    def __init__(self, pause: float) -> None:
        self.pause = pause

    def __iter__(self) -> Iterator[bytes]:
        text = json.dumps(ITEM).encode()
        yield text[:5]
        time.sleep(self.pause)
        yield text[5:]


@pytest.mark.parametrize("late", ["headers", "body"])
def test_an_attempt_over_its_timeout_says_so_and_names_the_request(late: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if late == "headers":
            time.sleep(0.3)
            return httpx.Response(200, json=ITEM)
        return httpx.Response(200, stream=_SlowBody(0.3))

    # a local transport that ignores timeouts (a hung server): the mock transport would honour them itself
    transport = httpx.MockTransport(handler)
    with (
        ConversationItemsClient(ENDPOINT, transport=transport, max_retries=0) as client,
        pytest.raises(APITimeoutError) as info,
    ):
        client.get_item("c", "i", timeout=0.15)
    cause = info.value.__cause__
    assert isinstance(cause, httpx.ReadTimeout)
    assert str(cause) == "the attempt took longer than its timeout"
    assert str(cause.request.url) == f"{ENDPOINT}/openai/v1/conversations/c/items/i"


def test_a_deadline_keeps_a_shorter_per_phase_read_timeout_for_the_body() -> None:
    read_timeouts: list[float] = []

    class Body(httpx.SyncByteStream):
        def __init__(self, request: httpx.Request) -> None:
            self.request = request

        def __iter__(self) -> Iterator[bytes]:
            read_timeouts.append(self.request.extensions["timeout"]["read"])
            yield json.dumps(ITEM).encode()

    # a local transport: the body's read timeout is set after the headers, which only the body's own stream sees
    transport = httpx.MockTransport(lambda request: httpx.Response(200, stream=Body(request)))
    with ConversationItemsClient(ENDPOINT, transport=transport, retry_policy=policy(Sleeps())) as client:
        client.get_item("c", "i", timeout=httpx.Timeout(5.0, read=0.25), deadline=30.0)
    assert read_timeouts == [0.25], "the body's reads keep the caller's read timeout when the deadline is further"


@pytest.mark.parametrize(
    ("options", "phases"),
    [
        ({"timeout": 2.0, "deadline": 30.0}, dict.fromkeys(("connect", "read", "write", "pool"), 2.0)),
        ({"timeout": None, "deadline": 5.0}, dict.fromkeys(("connect", "read", "write", "pool"), 5.0)),
        (
            {"timeout": httpx.Timeout(None, connect=1.0), "deadline": 5.0},
            {"connect": 1.0, "read": 5.0, "write": 5.0, "pool": 5.0},
        ),
    ],
)
def test_an_attempt_gets_the_shorter_of_its_timeout_and_the_time_left(
    options: dict[str, Any], phases: dict[str, float]
) -> None:
    service = mock_service()
    with mock_client(service) as client:  # a fake clock that stands still: the time left is the deadline
        client.get_item("c", "i", **options)
    assert [request.timeout for request in service.requests] == [phases]
