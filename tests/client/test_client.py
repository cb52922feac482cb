"""ConversationItemsClient / AsyncConversationItemsClient through httpx.MockTransport: the request on the wire,
auth, isolation headers, errors, retries and waits (with an injected sleep, never wall time)."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from conversation_items import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncConversationItemsClient,
    AuthenticationError,
    BadRequestError,
    ConversationItemsClient,
    InternalServerError,
    ItemDecodeError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RetryPolicy,
    UnknownItem,
    __version__,
)
from conversation_items.testing import Fault
from conversation_items_client.models import FunctionCallItem
from fakes import (
    ENDPOINT,
    ITEM,
    SECRET,
    AccessToken,
    FakeCredential,
    Sleeps,
    always,
    json_fault,
    mock_client,
    mock_service,
    no_wait,
    policy,
)
from support import unknown_type

# --- the request on the wire -------------------------------------------------------------------------------


def test_get_item_sends_one_get_to_the_item_url_and_returns_the_typed_item() -> None:
    service = mock_service()
    with mock_client(service) as client:
        item = client.get_item("conv_1", "fc_1")
    assert isinstance(item, FunctionCallItem)
    assert item.call_id == "call_1"
    (request,) = service.requests
    assert request.method == "GET"
    assert (request.headers["host"], request.raw_path) == (
        "acct.services.ai.azure.com",
        "/api/projects/proj/openai/v1/conversations/conv_1/items/fc_1",
    )
    assert request.headers["user-agent"].startswith(f"conversation-items/{__version__} ")


def test_unknown_item_type_comes_back_as_unknown_item() -> None:
    kind = unknown_type("hologram_call")  # drawn against the spec: a real hologram_call may be added
    service = mock_service(item={"type": kind, "id": "h1", "frames": 3})
    with mock_client(service) as client:
        item = client.get_item("c", "i")
    assert isinstance(item, UnknownItem)
    assert item.to_dict() == {"type": kind, "id": "h1", "frames": 3}


def test_ids_are_percent_encoded_as_single_segments() -> None:
    service = mock_service()
    service.add_item(ITEM, conversation_id="conv/1?x=y#z", item_id="a b%2e")
    with mock_client(service) as client:
        client.get_item("conv/1?x=y#z", "a b%2e")
    assert (
        service.requests[0].raw_path
        == "/api/projects/proj/openai/v1/conversations/conv%2F1%3Fx%3Dy%23z/items/a%20b%252e"
    )


@pytest.mark.parametrize("bad", ["", ".", "..", "a\nb", "a\rb", "nul\x00", "tab\there", "del\x7f"])
def test_unsafe_ids_are_refused_before_anything_is_sent(bad: str) -> None:
    service = mock_service()
    with mock_client(service) as client:
        with pytest.raises(ValueError):
            client.get_item("conv_1", bad)
        with pytest.raises(ValueError):
            client.get_item(bad, "item_1")
    assert service.requests == []


@pytest.mark.parametrize("bad", ["k\r\nx-forged: 1", "k\n", "\x00", " padded ", "", "ünïcode"])
def test_unsafe_header_values_are_refused_before_sending(bad: str) -> None:
    service = mock_service()
    with mock_client(service) as client:
        with pytest.raises(ValueError):
            client.get_item("c", "i", user_isolation_key=bad)
        with pytest.raises(ValueError):
            client.get_item("c", "i", user_identity=bad)
    with pytest.raises(ValueError):
        mock_client(service, user_isolation_key=bad)
    with pytest.raises(ValueError):
        mock_client(service, headers={"x-extra": bad})
    assert service.requests == []


def test_request_id_and_attempts_of_a_successful_call() -> None:
    service = mock_service(json_fault(200, ITEM, headers={"x-request-id": "rid-42"}))
    with mock_client(service) as client:
        detailed = client.get_item_detailed("c", "i")
    assert detailed.request_id == "rid-42"
    assert detailed.attempts == 1
    assert detailed.status_code == 200
    assert detailed.item.to_dict() == ITEM


def test_per_call_timeout_reaches_the_transport() -> None:
    service = mock_service()
    with ConversationItemsClient(ENDPOINT, transport=service.transport(), timeout=12.0) as client:
        client.get_item("c", "i")
        client.get_item("c", "i", timeout=1.5)
    first, second = service.requests
    assert first.timeout == {"connect": 12.0, "read": 12.0, "write": 12.0, "pool": 12.0}
    assert second.timeout == {"connect": 1.5, "read": 1.5, "write": 1.5, "pool": 1.5}


# --- configuration errors ------------------------------------------------------------------------------------


def test_endpoint_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AZURE_AI_PROJECT_ENDPOINT", ENDPOINT + "/")
    service = mock_service()
    with ConversationItemsClient(transport=service.transport()) as client:
        assert client.endpoint == ENDPOINT
        client.get_item("c", "i")
    assert service.requests[0].headers["host"] == "acct.services.ai.azure.com"
    assert service.requests[0].raw_path.startswith("/api/projects/proj/openai/v1/")


def test_missing_endpoint_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AZURE_AI_PROJECT_ENDPOINT", raising=False)
    with pytest.raises(ValueError):  # its text: test_refusals.py
        ConversationItemsClient()


@pytest.mark.parametrize(
    "endpoint", ["ftp://x/y", "https://user:pw@host/p", "https://host/p?x=1", "http://example.com/p"]
)
def test_bad_endpoints_are_refused(endpoint: str) -> None:
    with pytest.raises(ValueError) as info:  # each one's text: test_refusals.py
        ConversationItemsClient(endpoint, api_key=SECRET)
    assert "pw" not in str(info.value)


def test_two_auth_modes_at_once_are_refused() -> None:
    with pytest.raises(ValueError):  # its text: test_refusals.py
        ConversationItemsClient(ENDPOINT, api_key=SECRET, token="t")


@pytest.mark.parametrize(("retries", "error"), [(-1, ValueError), (1.5, TypeError), (True, TypeError)])
def test_max_retries_must_be_a_non_negative_int(retries: Any, error: type[Exception]) -> None:
    with pytest.raises(error):  # the texts: test_refusals.py
        ConversationItemsClient(ENDPOINT, max_retries=retries)
    service = mock_service()
    with mock_client(service) as client, pytest.raises(error):
        client.get_item("c", "i", max_retries=retries)
    assert service.requests == []


# --- auth ------------------------------------------------------------------------------------------------------


def test_api_key_is_sent_as_api_key_header() -> None:
    service = mock_service()
    with mock_client(service) as client:
        client.get_item("c", "i")
    assert service.requests[0].headers["api-key"] == SECRET
    assert "authorization" not in service.requests[0].headers


def test_token_string_and_callable_are_sent_as_bearer() -> None:
    service = mock_service()
    with mock_client(service, api_key=None, token=SECRET) as client:
        client.get_item("c", "i")
    tokens = iter(["tok-1", "tok-2"])
    with mock_client(service, api_key=None, token=lambda: next(tokens)) as client:
        client.get_item("c", "i")
        client.get_item("c", "i")
    assert [r.headers["authorization"] for r in service.requests] == [
        f"Bearer {SECRET}",
        "Bearer tok-1",
        "Bearer tok-2",
    ]


def test_credential_token_is_cached_until_near_expiry(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [1_000_000.0]
    monkeypatch.setattr("conversation_items._auth.time.time", lambda: clock[0])
    credential = FakeCredential(lambda: clock[0])
    service = mock_service()
    with mock_client(service, api_key=None, credential=credential) as client:
        client.get_item("c", "i")
        clock[0] += 3000  # 10 minutes left: still fresh
        client.get_item("c", "i")
        clock[0] += 400  # 200 s left: inside the refresh margin
        client.get_item("c", "i")
    assert [scopes for scopes, _ in credential.calls] == [("https://ai.azure.com/.default",)] * 2
    assert [r.headers["authorization"] for r in service.requests] == [
        "Bearer cred-token-1",
        "Bearer cred-token-1",
        "Bearer cred-token-2",
    ]


async def test_async_token_callable_and_async_credential() -> None:
    service = mock_service()

    async def token() -> str:
        return "async-tok"

    class AsyncCredential:
        calls = 0

        async def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
            AsyncCredential.calls += 1
            return AccessToken("async-cred", 4_000_000_000)

    transport = service.transport()
    async with AsyncConversationItemsClient(ENDPOINT, token=token, transport=transport) as client:
        await client.get_item("c", "i")
    async with AsyncConversationItemsClient(ENDPOINT, credential=AsyncCredential(), transport=transport) as client:
        await client.get_item("c", "i")
        await client.get_item("c", "i")
    assert [r.headers["authorization"] for r in service.requests] == [
        "Bearer async-tok",
        "Bearer async-cred",
        "Bearer async-cred",
    ]
    assert AsyncCredential.calls == 1


def test_async_token_callable_with_the_sync_client_is_a_clear_error() -> None:
    async def token() -> str:
        return "t"

    with pytest.raises(TypeError) as info:
        mock_client(mock_service(), api_key=None, token=token)
    assert "AsyncConversationItemsClient" in str(info.value)  # what to use instead


def test_secrets_never_in_repr_errors_or_debug_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    service = mock_service(Fault(status=503), Fault(status=401))
    client = mock_client(service, max_retries=1)
    with pytest.raises(AuthenticationError) as info:
        client.get_item("c", "i")
    client.close()
    texts = [repr(client), str(client), str(info.value), repr(info.value), repr(info.value.args)]
    texts += [record.getMessage() for record in caplog.records] + [repr(r.args) for r in caplog.records]
    assert caplog.records, "the retry should have been logged at DEBUG"
    for text in texts:
        assert SECRET not in text
    with pytest.raises(ValueError) as bad:
        ConversationItemsClient(ENDPOINT, api_key=SECRET + "\n")
    assert SECRET not in str(bad.value)


# --- isolation key and user identity ----------------------------------------------------------------------------


def test_isolation_key_and_identity_default_override_and_removal() -> None:
    service = mock_service()
    with mock_client(service, user_isolation_key="user-42", user_identity="oid-1") as client:
        client.get_item("c", "i")
        client.get_item("c", "i", user_isolation_key="user-7", user_identity="oid-2")
        client.get_item("c", "i", user_isolation_key=None, user_identity=None)
    sent = [(r.headers.get("x-ms-user-isolation-key"), r.headers.get("x-ms-user-identity")) for r in service.requests]
    assert sent == [("user-42", "oid-1"), ("user-7", "oid-2"), (None, None)]


# --- errors --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (418, APIStatusError),
        (499, APIStatusError),
        (299, APIStatusError),
        (500, InternalServerError),
        (520, InternalServerError),
        (599, InternalServerError),
    ],
)
def test_status_errors_by_class_with_parsed_error_request_id_and_raw_body(status: int, cls: type) -> None:
    fields = {
        "code": "some_code",
        "message": f"status {status}",
        "param": None,
        "type": "x",
        "extra_field": {"kept": True},
    }
    body = {"error": fields}
    service = mock_service(json_fault(status, body, headers={"x-request-id": "apim-1"}))
    with mock_client(service, max_retries=0) as client, pytest.raises(cls) as info:
        client.get_item("c", "i")
    exc = info.value
    assert type(exc) is cls
    assert isinstance(exc, APIStatusError)
    assert exc.status_code == status
    assert exc.request_id == "apim-1"
    assert json.loads(exc.body)["error"]["message"] == f"status {status}"
    assert exc.headers["x-request-id"] == "apim-1"
    if status != 299:  # 299 is not a documented error status: the body is kept raw, not parsed
        assert exc.error is not None
        assert exc.error.code == "some_code"
        assert exc.error.additional_properties["extra_field"] == {"kept": True}
    assert str(status) in str(exc)


def test_error_body_that_is_not_the_documented_shape_is_kept_raw() -> None:
    service = mock_service(Fault(status=502, body=b"<html>Bad gateway</html>", content_type="text/html"))
    with mock_client(service, max_retries=0) as client, pytest.raises(InternalServerError) as info:
        client.get_item("c", "i")
    assert info.value.error is None
    assert info.value.body == "<html>Bad gateway</html>"


@pytest.mark.parametrize("body", [b"", b"<html>", b'{"type": "mess', b"[1, 2]", b"null", b"\xff\xfe"])
def test_a_200_that_is_not_an_item_is_an_item_decode_error(body: bytes) -> None:
    with mock_client(mock_service(item=body)) as client, pytest.raises(ItemDecodeError) as info:
        client.get_item("c", "i")
    if body in (b"[1, 2]", b"null"):  # valid JSON, not an item: the parsed value is kept
        assert info.value.payload == json.loads(body)
    else:  # not JSON at all: the raw bytes are kept
        assert info.value.payload == body


# --- retries --------------------------------------------------------------------------------------------------------


def test_retryable_faults_end_in_success_and_waits_honour_the_headers() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    service = mock_service(
        Fault(status=503),
        Fault.retry_after(429, ms=250),
        Fault.retry_after(429, x_ms_ms=1500),
        Fault.retry_after(429, seconds=2),
        Fault.retry_after(429, http_date=now + timedelta(seconds=7)),
        Fault.drop_connection(),
        Fault.timeout(3600),
        Fault(status=502),
        Fault(status=504),
        Fault(status=408),
        Fault(status=500),
    )
    sleeps = Sleeps()
    client = ConversationItemsClient(
        ENDPOINT,
        transport=service.transport(sleep=no_wait),
        max_retries=11,
        retry_policy=policy(sleeps, clock=lambda: now.timestamp()),
    )
    detailed = client.get_item_detailed("c", "i")
    assert detailed.attempts == 12
    assert sleeps.waits == [0.5, 0.25, 1.5, 2.0, 7.0, 8.0, 8.0, 8.0, 8.0, 8.0, 8.0]


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_other_4xx_are_never_retried(status: int) -> None:
    service = mock_service(Fault(status=status))
    sleeps = Sleeps()
    with mock_client(service, sleeps, max_retries=5) as client, pytest.raises(APIStatusError):
        client.get_item("c", "i")
    assert len(service.requests) == 1
    assert sleeps.waits == []


def test_exhausted_retries_raise_the_last_error_after_max_retries_plus_one_attempts() -> None:
    service = mock_service()
    service.set_fault_policy(always(Fault(status=503)))
    sleeps = Sleeps()
    with mock_client(service, sleeps, max_retries=3) as client, pytest.raises(InternalServerError):
        client.get_item("c", "i")
    assert len(service.requests) == 4
    assert sleeps.waits == [0.5, 1.0, 2.0]


def test_connection_errors_and_timeouts_map_to_their_classes() -> None:
    with mock_client(mock_service(Fault.drop_connection(), Fault.drop_connection()), max_retries=1) as client:
        with pytest.raises(APIConnectionError) as info:
            client.get_item("c", "i")
    assert not isinstance(info.value, APITimeoutError)
    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)
    with mock_client(mock_service(Fault.timeout(3600), Fault.timeout(3600)), max_retries=1) as client:
        with pytest.raises(APITimeoutError):
            client.get_item("c", "i")


def test_retry_after_above_the_cap_is_not_slept() -> None:
    service = mock_service(Fault.retry_after(429, seconds=3600))
    sleeps = Sleeps()
    client = ConversationItemsClient(
        ENDPOINT, transport=service.transport(), retry_policy=policy(sleeps, max_retry_after=60)
    )
    with pytest.raises(RateLimitError):
        client.get_item("c", "i")
    assert sleeps.waits == []
    assert len(service.requests) == 1


def test_backoff_has_jitter_and_a_ceiling() -> None:
    rolls = iter([0.0, 1.0, 0.5])
    retry = RetryPolicy(random=lambda: next(rolls), initial_backoff=1.0, max_backoff=3.0, jitter=0.5)
    assert [retry.backoff(0), retry.backoff(1), retry.backoff(5)] == [1.0, 1.0, 2.25]


async def test_async_client_retries_with_its_async_sleep() -> None:
    service = mock_service(Fault(status=503), Fault.timeout(3600))
    sleeps = Sleeps()
    async with AsyncConversationItemsClient(
        ENDPOINT, transport=service.transport(sleep=no_wait), retry_policy=policy(sleeps)
    ) as client:
        detailed = await client.get_item_detailed("c", "i")
    assert detailed.attempts == 3
    assert sleeps.waits == [0.5, 1.0]


async def test_the_async_client_sends_the_same_request_as_the_sync_client() -> None:
    options: dict[str, Any] = {"include": ["a.b"], "user_isolation_key": "k-1", "user_identity": "u-1"}
    service, async_service = mock_service(), mock_service()
    for each in (service, async_service):
        each.add_item(ITEM, conversation_id="conv 1", item_id="fc/1")
    with mock_client(service) as client:
        client.get_item("conv 1", "fc/1", **options)
    async with AsyncConversationItemsClient(ENDPOINT, api_key=SECRET, transport=async_service.transport()) as aclient:
        await aclient.get_item("conv 1", "fc/1", **options)
    (sync_request,), (async_request,) = service.requests, async_service.requests
    assert async_request.raw_path == sync_request.raw_path
    assert async_request.raw_path.endswith("/conversations/conv%201/items/fc%2F1?include=a.b")
    for name in ("host", "x-ms-user-isolation-key", "x-ms-user-identity", "api-key", "user-agent"):
        assert async_request.headers[name] == sync_request.headers[name]


async def test_an_httpx_timeout_keeps_its_per_phase_meaning_in_the_async_client() -> None:
    service = mock_service()
    phases = httpx.Timeout(5.0, connect=1.0)
    async with AsyncConversationItemsClient(ENDPOINT, timeout=phases, transport=service.transport()) as client:
        await client.get_item("c", "i")
        await client.get_item("c", "i", timeout=2.0)
    assert [request.timeout for request in service.requests] == [
        {"connect": 1.0, "read": 5.0, "write": 5.0, "pool": 5.0},
        dict.fromkeys(("connect", "read", "write", "pool"), 2.0),
    ]
