"""`from_openai`: clients built from real openai-python clients (`OpenAI`, `AzureOpenAI` and the async twins) pointed
at the shipped mock server: the project endpoint behind their base URL, their auth sent as they send it, their
default headers, their http client (one pool, left open), redirects never followed; and `parse_item` on what
openai's item objects dump."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, cast

import openai
import pytest
from conversation_items import (
    APIStatusError,
    AsyncConversationItemsClient,
    ConversationItemsClient,
    ItemDecodeError,
    parse_item,
)
from conversation_items._from_openai import project_endpoint
from conversation_items.testing import Fault, MockConversationServer
from openai.types.conversations import ConversationItem as OpenAIItem
from pydantic import TypeAdapter
from support import ITEM_FIXTURES

KEY = "sk-from-openai-0123456789"
TOKEN = "entra-token-0123456789"


@pytest.fixture(scope="module")
def server() -> Iterator[MockConversationServer]:
    with MockConversationServer(api_key=KEY, bearer_token=TOKEN) as running:
        yield running


@pytest.fixture(scope="module")
def key_as_bearer() -> Iterator[MockConversationServer]:
    """A server that takes the api key as a bearer token (what openai.OpenAI sends)."""
    with MockConversationServer(bearer_token=KEY) as running:
        yield running


def test_an_openai_client_gives_its_endpoint_key_headers_and_pool(key_as_bearer: MockConversationServer) -> None:
    server = key_as_bearer
    oc = openai.OpenAI(
        base_url=server.endpoint + "/openai/v1",
        api_key=KEY,
        default_headers={"x-app": "mine", "x-ms-user-isolation-key": "alice"},
    )
    with ConversationItemsClient.from_openai(oc) as client:
        assert client.endpoint == server.endpoint
        assert client.user_isolation_key == "alice"
        assert client.headers["x-app"] == "mine"
        assert KEY not in repr(client)
        item_id = server.item_ids()[0]
        assert client.get_item("conv_demo", item_id).to_dict()["id"] == item_id
        assert len(list(client.list_items("conv_demo", limit=10))) == len(server.item_ids())
        assert cast(object, client._sender.current) is oc._client  # one connection pool
    assert not oc._client.is_closed  # the openai client's pool stays open
    request = server.requests[-1]
    assert request.headers["authorization"] == f"Bearer {KEY}"
    assert request.headers["x-app"] == "mine"
    assert request.headers["x-ms-user-isolation-key"] == "alice"
    # the same item, read by openai itself through the same pool
    assert oc.conversations.items.retrieve(item_id, conversation_id="conv_demo").id == item_id
    oc.close()


def test_azure_openai_with_a_key_sends_api_key(server: MockConversationServer) -> None:
    oc = openai.AzureOpenAI(azure_endpoint=server.endpoint, api_key=KEY, api_version="2025-04-01-preview")
    with ConversationItemsClient.from_openai(oc) as client:
        assert client.endpoint == server.endpoint
        client.get_item("conv_demo", server.item_ids()[0])
    assert server.requests[-1].headers["api-key"] == KEY
    assert "authorization" not in server.requests[-1].headers


def test_azure_openai_with_a_token_provider_sends_its_tokens(server: MockConversationServer) -> None:
    calls: list[int] = []

    def provider() -> str:
        calls.append(1)
        return TOKEN

    oc = openai.AzureOpenAI(
        base_url=server.endpoint + "/openai/v1", azure_ad_token_provider=provider, api_version="preview"
    )
    with ConversationItemsClient.from_openai(oc) as client:
        client.get_item("conv_demo", server.item_ids()[0])
        client.get_item("conv_demo", server.item_ids()[1])
    assert len(calls) == 2  # per request, as openai calls it
    assert server.requests[-1].headers["authorization"] == f"Bearer {TOKEN}"


def test_options_given_win(server: MockConversationServer) -> None:
    oc = openai.OpenAI(base_url="https://example.invalid/v1", api_key="not-this-one", default_headers={"x-a": "1"})
    with ConversationItemsClient.from_openai(
        oc, endpoint=server.endpoint, api_key=KEY, headers={"x-b": "2"}, max_retries=0
    ) as client:
        assert client.max_retries == 0
        client.get_item("conv_demo", server.item_ids()[0])
    headers = server.requests[-1].headers
    assert (headers["api-key"], headers["x-a"], headers["x-b"]) == (KEY, "1", "2")
    assert "authorization" not in headers


def test_redirects_are_not_followed_though_openais_client_follows_them(server: MockConversationServer) -> None:
    oc = openai.AzureOpenAI(azure_endpoint=server.endpoint, api_key=KEY, api_version="v")
    assert oc._client.follow_redirects  # openai's default
    server.schedule(Fault(status=302, headers={"Location": "https://elsewhere.invalid/x"}))
    with ConversationItemsClient.from_openai(oc, max_retries=0) as client:
        with pytest.raises(APIStatusError) as info:
            client.get_item("conv_demo", server.item_ids()[0])
    assert info.value.status_code == 302


async def test_async_openai_clients(server: MockConversationServer) -> None:
    async def provider() -> str:
        return TOKEN

    for oc in (
        openai.AsyncAzureOpenAI(azure_endpoint=server.endpoint, azure_ad_token_provider=provider, api_version="v"),
        openai.AsyncAzureOpenAI(azure_endpoint=server.endpoint, api_key=KEY, api_version="v"),
    ):
        async with AsyncConversationItemsClient.from_openai(oc) as client:
            assert client.endpoint == server.endpoint
            items = [item async for item in client.list_items("conv_demo", limit=50)]
            assert len(items) == len(server.item_ids())
            assert cast(object, client._sender.current) is oc._client
        assert not oc._client.is_closed
        await oc.close()


def test_what_from_openai_refuses() -> None:
    with pytest.raises(TypeError, match=r"openai\.OpenAI or openai\.AzureOpenAI"):
        ConversationItemsClient.from_openai(object())  # type: ignore[arg-type]
    async_client = openai.AsyncOpenAI(base_url="https://a.services.ai.azure.com/api/projects/p/openai/v1", api_key="k")
    with pytest.raises(TypeError):
        ConversationItemsClient.from_openai(async_client)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        AsyncConversationItemsClient.from_openai(openai.OpenAI(base_url="https://x/v1", api_key="k"))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="pass endpoint="):
        ConversationItemsClient.from_openai(openai.OpenAI(api_key="k"))  # https://api.openai.com/v1


@pytest.mark.parametrize(
    ("base_url", "endpoint"),
    [
        ("https://r.services.ai.azure.com/api/projects/p/openai/v1/", "https://r.services.ai.azure.com/api/projects/p"),
        ("https://r.services.ai.azure.com/api/projects/p/openai/", "https://r.services.ai.azure.com/api/projects/p"),
        (
            "https://r.services.ai.azure.com/api/projects/p/openai/deployments/gpt/",
            "https://r.services.ai.azure.com/api/projects/p",
        ),
    ],
)
def test_the_project_endpoint_behind_a_base_url(base_url: str, endpoint: str) -> None:
    assert project_endpoint(base_url) == endpoint


def openai_items() -> list[Any]:
    adapter: TypeAdapter[Any] = TypeAdapter(OpenAIItem)
    found = []
    for path in sorted(ITEM_FIXTURES.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        try:
            found.append(adapter.validate_python(data))
        except ValueError:
            continue  # a Foundry-only kind openai's union refuses
    return found


def test_parse_item_accepts_what_openai_items_dump() -> None:
    items = openai_items()
    assert len(items) >= 20
    for item in items:
        decodings = [
            parse_item(item),  # the object itself: its to_dict()
            parse_item(item.to_dict()),
            parse_item(item.model_dump(), none_as_absent=True),
            parse_item(item.model_dump(mode="json"), none_as_absent=True),
        ]
        for decoded in decodings:
            assert decoded.to_dict()["type"] == item.type
            if getattr(item, "id", None):
                assert decoded.to_dict()["id"] == item.id


def test_parse_item_of_an_item_openai_read_from_the_mock(key_as_bearer: MockConversationServer) -> None:
    server = key_as_bearer
    with openai.OpenAI(base_url=server.endpoint + "/openai/v1", api_key=KEY) as oc:
        page = oc.conversations.items.list(conversation_id="conv_demo", limit=100)
        dumped = [item.model_dump(warnings=False) for item in page.data]
    assert {parse_item(d, none_as_absent=True).to_dict()["id"] for d in dumped} == set(server.item_ids())


def test_a_none_is_a_json_null_unless_none_as_absent() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(OpenAIItem)
    data = json.loads((ITEM_FIXTURES / "function_call_output.json").read_text(encoding="utf-8"))
    dumped = adapter.validate_python(data).model_dump()
    with pytest.raises(ItemDecodeError) as info:
        parse_item(dumped)  # a null where the spec allows none: refused, as from the wire
    assert info.value.payload is dumped
    assert parse_item(dumped, none_as_absent=True).to_dict()["id"] == data["id"]
