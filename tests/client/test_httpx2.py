"""httpx2 beside httpx: a caller's `httpx2.Client` / `httpx2.AsyncClient` as `http_client=`, on the wire against the
shipped mock server over loopback (sync, and async under asyncio and trio): items, pages, error statuses, retries,
per-phase timeouts (converted to httpx2's own `Timeout`), response headers (handed back as `httpx.Headers`), and the
documented errors for httpx2's failures. (The raw-exception sweep over every httpx2 failure: tests/reliability.)"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import httpx
import httpx2
import pytest
from conversation_items import (
    APIConnectionError,
    APITimeoutError,
    AsyncConversationItemsClient,
    ConversationItemsClient,
    NotFoundError,
    RetryPolicy,
)
from conversation_items.testing import Fault, MockConversationServer

NO_WAIT = RetryPolicy(initial_backoff=0.0, max_backoff=0.0)


@pytest.fixture(scope="module")
def server() -> Iterator[MockConversationServer]:
    with MockConversationServer() as running:
        yield running


def test_a_sync_httpx2_client_reads_items_and_pages(server: MockConversationServer) -> None:
    item_id = server.item_ids()[0]
    with httpx2.Client(headers={"x-callers-own": "kept"}) as http:
        with ConversationItemsClient(server.endpoint, http_client=http, api_key="k") as client:
            detailed = client.get_item_detailed("conv_demo", item_id)
            assert detailed.item.to_dict()["id"] == item_id
            assert isinstance(detailed.headers, httpx.Headers)
            assert detailed.request_id is not None
            items = list(client.list_items("conv_demo", limit=5, order="asc"))
            assert [item.to_dict()["id"] for item in items] == server.item_ids()
            with pytest.raises(NotFoundError) as info:
                client.get_item("conv_demo", "no_such_item")
            assert isinstance(info.value.headers, httpx.Headers)
        assert not http.is_closed  # the caller's client: theirs to close
    request = server.requests[0]
    assert request.headers["api-key"] == "k"
    assert request.headers["x-callers-own"] == "kept"


async def test_an_async_httpx2_client_reads_items_and_pages(server: MockConversationServer) -> None:
    item_id = server.item_ids()[0]
    async with httpx2.AsyncClient() as http:
        async with AsyncConversationItemsClient(server.endpoint, http_client=http) as client:
            assert (await client.get_item("conv_demo", item_id)).to_dict()["id"] == item_id
            items = [item async for item in client.list_items("conv_demo", limit=5, order="asc")]
            assert [item.to_dict()["id"] for item in items] == server.item_ids()
            with pytest.raises(NotFoundError):
                await client.get_item("conv_demo", "no_such_item")
        assert not http.is_closed


def test_per_phase_timeouts_reach_httpx2_as_its_own_timeout(server: MockConversationServer) -> None:
    seen: list[object] = []

    def hook(request: httpx2.Request) -> None:
        seen.append(request.extensions["timeout"])

    phases = httpx.Timeout(5.0, connect=2.0)
    with httpx2.Client(event_hooks={"request": [hook]}) as http:
        with ConversationItemsClient(server.endpoint, http_client=http, timeout=phases) as client:
            client.get_item("conv_demo", server.item_ids()[0])
    assert seen == [{"connect": 2.0, "read": 5.0, "write": 5.0, "pool": 5.0}]


def test_retries_and_timeouts_through_httpx2(server: MockConversationServer) -> None:
    item_id = server.item_ids()[0]
    with httpx2.Client() as http:
        with ConversationItemsClient(server.endpoint, http_client=http, retry_policy=NO_WAIT) as client:
            server.schedule(Fault(503), Fault.retry_after(429, ms=1))
            assert client.get_item_detailed("conv_demo", item_id).attempts == 3
            server.schedule(Fault(status=200, delay=2.0))
            with pytest.raises(APITimeoutError) as info:
                client.get_item("conv_demo", item_id, timeout=0.2, max_retries=0)
            assert isinstance(info.value.__cause__, httpx2.TimeoutException)
            server.schedule(Fault(drop=True), Fault(drop=True))
            with pytest.raises(APIConnectionError) as dropped:
                client.get_item("conv_demo", item_id, max_retries=1)
            assert isinstance(dropped.value.__cause__, httpx2.HTTPError)


async def test_an_async_attempt_limit_through_httpx2(server: MockConversationServer) -> None:
    async with httpx2.AsyncClient() as http:
        async with AsyncConversationItemsClient(server.endpoint, http_client=http, max_retries=0) as client:
            server.schedule(Fault(status=200, slow_body=2.0))
            with pytest.raises(APITimeoutError):
                await client.get_item("conv_demo", server.item_ids()[0], timeout=0.2)


def test_a_connection_refused_through_httpx2_is_a_connection_error() -> None:
    with httpx2.Client() as http:
        client = ConversationItemsClient("http://127.0.0.1:9/api/projects/p", http_client=http, max_retries=0)
        with pytest.raises(APIConnectionError) as info:
            client.get_item("c", "i")
    assert isinstance(info.value.__cause__, httpx2.ConnectError)


def test_what_http_client_accepts() -> None:
    endpoint = "https://acct.services.ai.azure.com/api/projects/p"
    with pytest.raises(TypeError, match=r"httpx\.Client or an httpx2\.Client"):
        ConversationItemsClient(endpoint, http_client=httpx2.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"httpx\.AsyncClient or an httpx2\.AsyncClient"):
        AsyncConversationItemsClient(endpoint, http_client=httpx2.Client())  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="follows redirects"):
        ConversationItemsClient(endpoint, http_client=httpx2.Client(follow_redirects=True))

    class Subclassed(httpx2.Client):  # as openai-python's own client class is
        pass

    with Subclassed() as http, ConversationItemsClient(endpoint, http_client=http) as client:
        assert client.endpoint == endpoint


def test_httpx2_is_not_imported_unless_one_of_its_clients_is_given() -> None:
    code = (
        "import sys\n"
        "from conversation_items import ConversationItemsClient, UnknownItem\n"
        "from conversation_items.testing import MockConversationService\n"
        "service = MockConversationService()\n"
        "with ConversationItemsClient(service.endpoint, transport=service.transport(), max_retries=0) as client:\n"
        "    list(client.list_items('conv_demo'))\n"
        "assert 'httpx2' not in sys.modules, 'httpx2 was imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr


def test_an_httpx2_timeout_is_taken_as_the_same_phases() -> None:
    endpoint = "https://acct.services.ai.azure.com/api/projects/p"
    with ConversationItemsClient(endpoint, timeout=httpx2.Timeout(5.0, connect=2.0)) as client:
        assert client.timeout == httpx.Timeout(5.0, connect=2.0)
    with pytest.raises(ValueError, match=r"timeout\.read"):
        ConversationItemsClient(endpoint, timeout=httpx2.Timeout(5.0, read=-1.0))
