"""A rotatable key: azure-core's `AzureKeyCredential` (or anything with a str `.key`) as `api_key=` or `credential=`.

Its `.key` is read for every request, so `update()` takes effect on the next call of the same client (and of its
copies); azure-core is never imported by the package; the key never shows in a repr, an error or a log."""

from __future__ import annotations

import logging
import subprocess
import sys
from typing import Any

import pytest
from azure.core.credentials import AzureKeyCredential
from conversation_items import (
    AsyncConversationItemsClient,
    AuthenticationError,
    ConversationItemsClient,
    CredentialError,
    InsecureEndpointError,
)
from conversation_items.testing import Fault, MockConversationService, RecordedRequest
from fakes import ENDPOINT, mock_service

OLD = "key-OLD-0123456789abcdef"
NEW = "key-NEW-fedcba9876543210"


class RotatingKey:
    """A key credential that is not azure-core's: only a `.key` attribute."""

    def __init__(self, key: str) -> None:
        self.key = key


def _option(name: str, value: object) -> dict[str, Any]:
    return {name: value}


def _sent_keys(requests: list[RecordedRequest]) -> list[str | None]:
    return [request.headers.get("api-key") for request in requests]


@pytest.mark.parametrize("argument", ["api_key", "credential"])
def test_an_azure_key_credential_is_read_per_request_so_an_update_takes_effect_on_the_next_call(
    argument: str,
) -> None:
    service = mock_service()
    credential = AzureKeyCredential(OLD)
    with ConversationItemsClient(ENDPOINT, transport=service.transport(), **_option(argument, credential)) as client:
        copy = client.with_options(timeout=5.0)
        client.get_item("c", "i")
        credential.update(NEW)
        client.get_item("c", "i")
        copy.get_item("c", "i")
    assert _sent_keys(service.requests) == [OLD, NEW, NEW]
    assert all("authorization" not in request.headers for request in service.requests)


@pytest.mark.parametrize("argument", ["api_key", "credential"])
async def test_the_async_client_reads_the_key_per_request_too(argument: str) -> None:
    service = mock_service()
    credential = AzureKeyCredential(OLD)
    async with AsyncConversationItemsClient(
        ENDPOINT, transport=service.transport(), **_option(argument, credential)
    ) as client:
        await client.get_item("c", "i")
        credential.update(NEW)
        await client.get_item("c", "i")
    assert _sent_keys(service.requests) == [OLD, NEW]


def test_a_rotated_key_answers_the_mock_services_401_without_a_new_client() -> None:
    service = MockConversationService(api_key=NEW)
    credential = AzureKeyCredential(OLD)
    with ConversationItemsClient(service.endpoint, api_key=credential, transport=service.transport()) as client:
        with pytest.raises(AuthenticationError) as refused:
            client.get_item("conv_demo", "item_abc123")
        credential.update(NEW)
        item = client.get_item("conv_demo", "item_abc123")
    assert item.to_dict()["id"] == "item_abc123"
    assert [r.headers.get("api-key") for r in service.requests] == [OLD, NEW]
    assert OLD not in str(refused.value) and OLD not in repr(refused.value)


def test_any_object_with_a_str_key_is_a_key_credential() -> None:
    service = mock_service()
    key = RotatingKey(OLD)
    with ConversationItemsClient(ENDPOINT, api_key=key, transport=service.transport()) as client:
        client.get_item("c", "i")
        key.key = NEW
        client.get_item("c", "i")
    assert _sent_keys(service.requests) == [OLD, NEW]


def test_the_key_never_shows_in_reprs_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    service = mock_service(Fault(status=503), Fault(status=401))
    credential = AzureKeyCredential(OLD)
    caplog.set_level(logging.DEBUG)
    with ConversationItemsClient(ENDPOINT, api_key=credential, transport=service.transport()) as client:
        assert repr(client) == (
            f"ConversationItemsClient(endpoint={ENDPOINT!r}, auth='api_key', user_isolation_key=None, "
            "user_identity=None, max_retries=2)"
        )
        assert repr(client._settings.auth) == "<ApiKeyAuth (api_key), secret hidden>"
        with pytest.raises(AuthenticationError) as raised:
            client.get_item("c", "i", max_retries=1, timeout=1.0)
        shown = [repr(client), str(client.headers), str(raised.value), repr(raised.value), caplog.text]
    assert len(service.requests) == 2 and caplog.records, "the attempts were made and logged"
    assert not any(OLD in text for text in shown)


@pytest.mark.parametrize("new_key", ["key\r\nX-Forged: 1", " padded-key"])
def test_a_key_updated_to_a_value_that_cannot_be_sent_raises_credential_error_and_sends_nothing(new_key: str) -> None:
    service = mock_service()
    credential = AzureKeyCredential(OLD)
    with ConversationItemsClient(ENDPOINT, api_key=credential, transport=service.transport()) as client:
        credential.update(new_key)
        with pytest.raises(CredentialError) as info:
            client.get_item("c", "i")
    assert "AzureKeyCredential.key" in str(info.value)  # which credential
    assert new_key.strip() not in str(info.value), "the key is never echoed"
    assert service.requests == []


def test_a_key_credential_whose_key_fails_or_is_not_a_str_raises_credential_error() -> None:
    class Broken:
        def __init__(self) -> None:
            self.fail = False

        @property
        def key(self) -> object:
            if self.fail:
                raise RuntimeError("vault unreachable")
            return OLD

    service = mock_service()
    broken = Broken()
    with ConversationItemsClient(ENDPOINT, api_key=broken, transport=service.transport()) as client:  # type: ignore[arg-type]
        broken.fail = True
        with pytest.raises(CredentialError) as failed:
            client.get_item("c", "i")
    assert isinstance(failed.value.__cause__, RuntimeError)
    assert "Broken.key" in str(failed.value)  # which credential
    key = RotatingKey(OLD)
    with ConversationItemsClient(ENDPOINT, api_key=key, transport=service.transport()) as client:
        key.key = 42  # type: ignore[assignment]
        with pytest.raises(CredentialError) as wrong:
            client.get_item("c", "i")
    assert "RotatingKey.key" in str(wrong.value)  # which credential
    assert service.requests == []


@pytest.mark.parametrize("argument", ["api_key", "credential"])
def test_a_key_credential_is_checked_at_construction_like_a_str(argument: str) -> None:
    with pytest.raises(ValueError) as bad:
        ConversationItemsClient(ENDPOINT, **_option(argument, RotatingKey("a\nb")))
    assert f"{argument}.key" in str(bad.value)  # which argument (the rule's text: test_refusals.py)
    with pytest.raises(InsecureEndpointError):
        ConversationItemsClient("http://acct.example/p", **_option(argument, AzureKeyCredential(OLD)))
    with pytest.raises(ValueError):  # its text: test_refusals.py
        ConversationItemsClient(ENDPOINT, api_key=AzureKeyCredential(OLD), credential=AzureKeyCredential(OLD))


def test_using_a_key_credential_does_not_import_azure_core() -> None:
    code = (
        "import sys\n"
        "import httpx\n"
        "from conversation_items import ConversationItemsClient\n"
        "class Key:\n"
        "    key = 'k'\n"
        "seen = []\n"
        "def answer(request):\n"
        "    seen.append(request.headers['api-key'])\n"
        "    return httpx.Response(200, json={'type': 'message', 'id': 'm', 'role': 'user', 'content': 'hi'})\n"
        "transport = httpx.MockTransport(answer)\n"
        "with ConversationItemsClient('https://a.example/p', api_key=Key(), transport=transport) as c:\n"
        "    c.get_item('c', 'i')\n"
        "assert seen == ['k'], seen\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] == 'azure'))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_a_token_credential_with_a_key_attribute_stays_a_token_credential() -> None:
    class Both:
        key = OLD

        def get_token(self, *scopes: str, **kwargs: object) -> object:
            class Token:
                token = "tok"
                expires_on = 2**40

            return Token()

    service = mock_service(item={"type": "message", "id": "m", "role": "user", "content": "x"})
    with ConversationItemsClient(ENDPOINT, credential=Both(), transport=service.transport()) as client:
        client.get_item("c", "i")
    assert service.requests[0].headers["authorization"] == "Bearer tok"
    assert "api-key" not in service.requests[0].headers
