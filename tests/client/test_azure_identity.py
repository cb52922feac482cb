"""Real azure-identity credential classes end to end, without network: managed identity against the local App
Service token endpoint of conversation_items.testing, DefaultAzureCredential picking it up, sync and aio, and a
client secret credential whose authority cannot be reached.

`make dist-check` also runs this file with plain pytest in a venv holding only the wheel with its `[azure]` extra
(and pytest): so no test here is async, and nothing comes from the project's conftest."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator

import pytest
from conversation_items import (
    AsyncConversationItemsClient,
    AuthenticationError,
    ConversationItemsClient,
    CredentialError,
)
from conversation_items.testing import ManagedIdentityServer, MockConversationServer

identity = pytest.importorskip("azure.identity")
identity_aio = pytest.importorskip("azure.identity.aio")

RESOURCE = "https://ai.azure.com"
CLIENT_SECRET = "azure-client-SECRET-4f1d0c9e"


@pytest.fixture(autouse=True)
def _quiet_azure_logs() -> Iterator[None]:
    logger = logging.getLogger("azure")
    level = logger.level
    logger.setLevel(logging.CRITICAL)  # azure-identity logs each failure at WARNING; the tests check them instead
    yield
    logger.setLevel(level)


@pytest.fixture
def foundry(managed_identity_server: ManagedIdentityServer) -> Iterator[MockConversationServer]:
    """A mock Foundry project that accepts exactly the managed identity's current token."""
    with MockConversationServer(bearer_token=managed_identity_server.token) as server:
        yield server


def test_managed_identity_token_is_requested_once_for_ai_azure_com_and_reused(
    managed_identity_server: ManagedIdentityServer, foundry: MockConversationServer
) -> None:
    item_id = foundry.item_ids()[0]
    with ConversationItemsClient(foundry.endpoint, credential=identity.ManagedIdentityCredential()) as client:
        first = client.get_item("conv_demo", item_id)
        second = client.get_item("conv_demo", item_id)
    assert first.to_dict() == second.to_dict()
    assert managed_identity_server.resources == [RESOURCE]
    assert [r.headers["authorization"] for r in foundry.requests] == [f"Bearer {managed_identity_server.token}"] * 2


def test_default_azure_credential_picks_up_the_managed_identity(
    managed_identity_server: ManagedIdentityServer, foundry: MockConversationServer
) -> None:
    credential = identity.DefaultAzureCredential(
        exclude_cli_credential=True,
        exclude_developer_cli_credential=True,
        exclude_powershell_credential=True,
        exclude_visual_studio_code_credential=True,
        exclude_shared_token_cache_credential=True,
        exclude_interactive_browser_credential=True,
    )
    with ConversationItemsClient(foundry.endpoint, credential=credential) as client:
        client.get_item("conv_demo", foundry.item_ids()[0])
    assert managed_identity_server.resources == [RESOURCE]


def test_a_failing_managed_identity_is_a_credential_error_and_nothing_is_sent(
    managed_identity_server: ManagedIdentityServer, foundry: MockConversationServer
) -> None:
    managed_identity_server.fail(status=400, message="Identity not found", times=None)
    with ConversationItemsClient(foundry.endpoint, credential=identity.ManagedIdentityCredential()) as client:
        with pytest.raises(CredentialError) as info:
            client.get_item("conv_demo", foundry.item_ids()[0])
    assert "ManagedIdentityCredential.get_token failed" in str(info.value)
    assert type(info.value.__cause__).__module__.startswith("azure.")
    assert foundry.requests == []
    assert "\n" not in str(info.value)


def test_aio_managed_identity_with_the_async_client(
    managed_identity_server: ManagedIdentityServer, foundry: MockConversationServer
) -> None:
    async def run() -> None:
        credential = identity_aio.ManagedIdentityCredential()
        async with credential, AsyncConversationItemsClient(foundry.endpoint, credential=credential) as client:
            await client.get_item("conv_demo", foundry.item_ids()[0])
            await client.get_item("conv_demo", foundry.item_ids()[1])
        assert managed_identity_server.resources == [RESOURCE]
        assert len(foundry.requests) == 2

    asyncio.run(run())  # plain pytest runs it: the smoke venv of make dist-check has no pytest-asyncio


def test_aio_default_azure_credential_and_its_failure(
    managed_identity_server: ManagedIdentityServer, foundry: MockConversationServer
) -> None:
    async def run() -> None:
        credential = identity_aio.DefaultAzureCredential(
            exclude_cli_credential=True,
            exclude_developer_cli_credential=True,
            exclude_powershell_credential=True,
            exclude_visual_studio_code_credential=True,
        )
        async with credential, AsyncConversationItemsClient(foundry.endpoint, credential=credential) as client:
            await client.get_item("conv_demo", foundry.item_ids()[0])
        managed_identity_server.fail(status=400, times=None)
        failing = identity_aio.ManagedIdentityCredential()
        async with failing, AsyncConversationItemsClient(foundry.endpoint, credential=failing) as client:
            with pytest.raises(CredentialError):
                await client.get_item("conv_demo", foundry.item_ids()[0])
        assert len(foundry.requests) == 1

    asyncio.run(run())  # plain pytest runs it: the smoke venv of make dist-check has no pytest-asyncio


def test_a_sync_managed_identity_credential_on_the_async_client(
    managed_identity_server: ManagedIdentityServer, foundry: MockConversationServer
) -> None:
    async def run() -> None:
        credential = identity.ManagedIdentityCredential()
        async with AsyncConversationItemsClient(foundry.endpoint, credential=credential) as client:
            await client.get_item("conv_demo", foundry.item_ids()[0])
        assert managed_identity_server.resources == [RESOURCE]

    asyncio.run(run())  # plain pytest runs it: the smoke venv of make dist-check has no pytest-asyncio


def test_a_changed_token_is_picked_up_after_a_401(
    managed_identity_server: ManagedIdentityServer, foundry: MockConversationServer
) -> None:
    """The service revokes the token (401); the credential's next token works, once azure-identity asks again."""
    managed_identity_server.lifetime = 0  # azure-identity then asks again on every get_token
    with ConversationItemsClient(foundry.endpoint, credential=identity.ManagedIdentityCredential()) as client:
        client.get_item("conv_demo", foundry.item_ids()[0])
        with MockConversationServer(bearer_token="rotated-token") as rotated:
            managed_identity_server.token = "rotated-token"
            moved = client.with_options(rotated.endpoint)
            moved.get_item("conv_demo", rotated.item_ids()[0])
    assert len(managed_identity_server.requests) >= 2


def test_a_client_secret_credential_without_network_is_a_credential_error() -> None:
    with MockConversationServer() as server:
        credential = identity.ClientSecretCredential(
            tenant_id="00000000-0000-0000-0000-000000000000",
            client_id="11111111-1111-1111-1111-111111111111",
            client_secret=CLIENT_SECRET,
            authority="https://127.0.0.1:9",  # nothing listens on the discard port: refused at once
            retry_total=0,
        )
        with ConversationItemsClient(server.endpoint, credential=credential) as client:
            with pytest.raises(CredentialError) as info:
                client.get_item("conv_demo", server.item_ids()[0])
        assert server.requests == []
    assert "ClientSecretCredential.get_token failed" in str(info.value)
    assert CLIENT_SECRET not in str(info.value)
    assert CLIENT_SECRET not in repr(info.value.args)


def test_azure_cores_key_credential_rotates_without_a_new_client() -> None:
    from azure.core.credentials import AzureKeyCredential  # azure-core comes with the extra

    key = AzureKeyCredential("old-key")
    with MockConversationServer(api_key="new-key") as server:
        with ConversationItemsClient(server.endpoint, credential=key, max_retries=0) as client:
            with pytest.raises(AuthenticationError):
                client.get_item("conv_demo", server.item_ids()[0])
            key.update("new-key")
            client.get_item("conv_demo", server.item_ids()[0])
        assert [r.headers["api-key"] for r in server.requests] == ["old-key", "new-key"]
