"""ConversationItemsClient / AsyncConversationItemsClient through httpx.MockTransport: the request on the wire,
auth, isolation headers, errors, retries and waits (with an injected sleep, never wall time)."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
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
from conversation_items_client.models import FunctionCallItem
from fakes import ENDPOINT, ITEM, SECRET, AccessToken, FakeCredential, Recorder, Sleeps, error, make_client, policy

# --- the request on the wire -------------------------------------------------------------------------------


def test_get_item_sends_one_get_to_the_item_url_and_returns_the_typed_item() -> None:
    recorder = Recorder()
    with make_client(recorder) as client:
        item = client.get_item("conv_1", "fc_1")
    assert isinstance(item, FunctionCallItem)
    assert item.call_id == "call_1"
    (request,) = recorder.requests
    assert request.method == "GET"
    assert str(request.url) == f"{ENDPOINT}/openai/v1/conversations/conv_1/items/fc_1"
    assert request.headers["user-agent"].startswith(f"conversation-items/{__version__} ")


def test_unknown_item_type_comes_back_as_unknown_item() -> None:
    recorder = Recorder(httpx.Response(200, json={"type": "hologram_call", "id": "h1", "frames": 3}))
    with make_client(recorder) as client:
        item = client.get_item("c", "h1")
    assert isinstance(item, UnknownItem)
    assert item.to_dict() == {"type": "hologram_call", "id": "h1", "frames": 3}


def test_ids_are_percent_encoded_as_single_segments() -> None:
    recorder = Recorder()
    with make_client(recorder) as client:
        client.get_item("conv/1?x=y#z", "a b%2e")
    assert (
        recorder.requests[0].url.raw_path
        == b"/api/projects/proj/openai/v1/conversations/conv%2F1%3Fx%3Dy%23z/items/a%20b%252e"
    )


@pytest.mark.parametrize("bad", ["", ".", "..", "a\nb", "a\rb", "nul\x00", "tab\there", "del\x7f"])
def test_unsafe_ids_are_refused_before_anything_is_sent(bad: str) -> None:
    recorder = Recorder()
    with make_client(recorder) as client:
        with pytest.raises(ValueError):
            client.get_item("conv_1", bad)
        with pytest.raises(ValueError):
            client.get_item(bad, "item_1")
    assert recorder.requests == []


@pytest.mark.parametrize("bad", ["k\r\nx-forged: 1", "k\n", "\x00", " padded ", "", "ünïcode"])
def test_unsafe_header_values_are_refused_before_sending(bad: str) -> None:
    recorder = Recorder()
    with make_client(recorder) as client:
        with pytest.raises(ValueError):
            client.get_item("c", "i", user_isolation_key=bad)
        with pytest.raises(ValueError):
            client.get_item("c", "i", user_identity=bad)
    with pytest.raises(ValueError):
        make_client(recorder, user_isolation_key=bad)
    with pytest.raises(ValueError):
        make_client(recorder, headers={"x-extra": bad})
    assert recorder.requests == []


def test_request_id_and_attempts_of_a_successful_call() -> None:
    recorder = Recorder(httpx.Response(200, json=ITEM, headers={"x-ms-request-id": "rid-42"}))
    with make_client(recorder) as client:
        detailed = client.get_item_detailed("c", "i")
    assert detailed.request_id == "rid-42"
    assert detailed.attempts == 1
    assert detailed.status_code == 200
    assert detailed.item.to_dict() == ITEM


def test_per_call_timeout_reaches_the_transport() -> None:
    seen: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(dict(request.extensions["timeout"]))  # a copy: the body's read timeout is shortened later
        return httpx.Response(200, json=ITEM)

    with ConversationItemsClient(ENDPOINT, transport=httpx.MockTransport(handler), timeout=12.0) as client:
        client.get_item("c", "i")
        client.get_item("c", "i", timeout=1.5)
    assert seen[0] == {"connect": 12.0, "read": 12.0, "write": 12.0, "pool": 12.0}
    assert seen[1] == {"connect": 1.5, "read": 1.5, "write": 1.5, "pool": 1.5}


# --- configuration errors ------------------------------------------------------------------------------------


def test_endpoint_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AZURE_AI_PROJECT_ENDPOINT", ENDPOINT + "/")
    recorder = Recorder()
    with ConversationItemsClient(transport=httpx.MockTransport(recorder)) as client:
        assert client.endpoint == ENDPOINT
        client.get_item("c", "i")
    assert str(recorder.requests[0].url).startswith(ENDPOINT + "/openai/v1/")


def test_missing_endpoint_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AZURE_AI_PROJECT_ENDPOINT", raising=False)
    with pytest.raises(ValueError, match="AZURE_AI_PROJECT_ENDPOINT"):
        ConversationItemsClient()


@pytest.mark.parametrize(
    ("endpoint", "message"),
    [
        ("ftp://x/y", "http"),
        ("https://user:pw@host/p", "must not contain credentials"),
        ("https://host/p?x=1", "query"),
        ("http://example.com/p", "plain http"),
    ],
)
def test_bad_endpoints_are_refused(endpoint: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as info:
        ConversationItemsClient(endpoint, api_key=SECRET)
    assert "pw" not in str(info.value)


def test_two_auth_modes_at_once_are_refused() -> None:
    with pytest.raises(ValueError, match="only one of api_key=, token= or credential="):
        ConversationItemsClient(ENDPOINT, api_key=SECRET, token="t")


@pytest.mark.parametrize(("retries", "error"), [(-1, ValueError), (1.5, TypeError), (True, TypeError)])
def test_max_retries_must_be_a_non_negative_int(retries: Any, error: type[Exception]) -> None:
    with pytest.raises(error, match="max_retries"):
        ConversationItemsClient(ENDPOINT, max_retries=retries)
    with make_client(Recorder()) as client, pytest.raises(error, match="max_retries"):
        client.get_item("c", "i", max_retries=retries)


# --- auth ------------------------------------------------------------------------------------------------------


def test_api_key_is_sent_as_api_key_header() -> None:
    recorder = Recorder()
    with make_client(recorder) as client:
        client.get_item("c", "i")
    assert recorder.requests[0].headers["api-key"] == SECRET
    assert "authorization" not in recorder.requests[0].headers


def test_token_string_and_callable_are_sent_as_bearer() -> None:
    recorder = Recorder()
    with make_client(recorder, api_key=None, token=SECRET) as client:
        client.get_item("c", "i")
    tokens = iter(["tok-1", "tok-2"])
    with make_client(recorder, api_key=None, token=lambda: next(tokens)) as client:
        client.get_item("c", "i")
        client.get_item("c", "i")
    assert [r.headers["authorization"] for r in recorder.requests] == [
        f"Bearer {SECRET}",
        "Bearer tok-1",
        "Bearer tok-2",
    ]


def test_credential_token_is_cached_until_near_expiry(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [1_000_000.0]
    monkeypatch.setattr("conversation_items._auth.time.time", lambda: clock[0])
    credential = FakeCredential(lambda: clock[0])
    recorder = Recorder()
    with make_client(recorder, api_key=None, credential=credential) as client:
        client.get_item("c", "i")
        clock[0] += 3000  # 10 minutes left: still fresh
        client.get_item("c", "i")
        clock[0] += 400  # 200 s left: inside the refresh margin
        client.get_item("c", "i")
    assert [scopes for scopes, _ in credential.calls] == [("https://ai.azure.com/.default",)] * 2
    assert [r.headers["authorization"] for r in recorder.requests] == [
        "Bearer cred-token-1",
        "Bearer cred-token-1",
        "Bearer cred-token-2",
    ]


async def test_async_token_callable_and_async_credential() -> None:
    recorder = Recorder()

    async def token() -> str:
        return "async-tok"

    class AsyncCredential:
        calls = 0

        async def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
            AsyncCredential.calls += 1
            return AccessToken("async-cred", 4_000_000_000)

    transport = httpx.MockTransport(recorder)
    async with AsyncConversationItemsClient(ENDPOINT, token=token, transport=transport) as client:
        await client.get_item("c", "i")
    async with AsyncConversationItemsClient(ENDPOINT, credential=AsyncCredential(), transport=transport) as client:
        await client.get_item("c", "i")
        await client.get_item("c", "i")
    assert [r.headers["authorization"] for r in recorder.requests] == [
        "Bearer async-tok",
        "Bearer async-cred",
        "Bearer async-cred",
    ]
    assert AsyncCredential.calls == 1


def test_async_token_callable_with_the_sync_client_is_a_clear_error() -> None:
    async def token() -> str:
        return "t"

    with pytest.raises(TypeError, match="AsyncConversationItemsClient"):
        make_client(Recorder(), api_key=None, token=token)


def test_secrets_never_in_repr_errors_or_debug_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    recorder = Recorder(error(503), error(401))
    client = make_client(recorder, max_retries=1)
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
    recorder = Recorder()
    with make_client(recorder, user_isolation_key="user-42", user_identity="oid-1") as client:
        client.get_item("c", "i")
        client.get_item("c", "i", user_isolation_key="user-7", user_identity="oid-2")
        client.get_item("c", "i", user_isolation_key=None, user_identity=None)
    sent = [(r.headers.get("x-ms-user-isolation-key"), r.headers.get("x-ms-user-identity")) for r in recorder.requests]
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
    response = error(status, headers={"apim-request-id": "apim-1"}, extra_field={"kept": True})
    with make_client(Recorder(response), max_retries=0) as client, pytest.raises(cls) as info:
        client.get_item("c", "i")
    exc = info.value
    assert type(exc) is cls
    assert isinstance(exc, APIStatusError)
    assert exc.status_code == status
    assert exc.request_id == "apim-1"
    assert json.loads(exc.body)["error"]["message"] == f"status {status}"
    assert exc.headers["apim-request-id"] == "apim-1"
    if status != 299:  # 299 is not a documented error status: the body is kept raw, not parsed
        assert exc.error is not None
        assert exc.error.code == "some_code"
        assert exc.error.additional_properties["extra_field"] == {"kept": True}
    assert str(status) in str(exc)


def test_error_body_that_is_not_the_documented_shape_is_kept_raw() -> None:
    response = httpx.Response(502, text="<html>Bad gateway</html>", headers={"content-type": "text/html"})
    with make_client(Recorder(response), max_retries=0) as client, pytest.raises(InternalServerError) as info:
        client.get_item("c", "i")
    assert info.value.error is None
    assert info.value.body == "<html>Bad gateway</html>"


@pytest.mark.parametrize("body", [b"", b"<html>", b'{"type": "mess', b"[1, 2]", b"null", b"\xff\xfe"])
def test_a_200_that_is_not_an_item_is_an_item_decode_error(body: bytes) -> None:
    with make_client(Recorder(httpx.Response(200, content=body))) as client, pytest.raises(ItemDecodeError) as info:
        client.get_item("c", "i")
    if body in (b"[1, 2]", b"null"):  # valid JSON, not an item: the parsed value is kept
        assert info.value.payload == json.loads(body)
    else:  # not JSON at all: the raw bytes are kept
        assert info.value.payload == body


# --- retries --------------------------------------------------------------------------------------------------------


def test_retryable_faults_end_in_success_and_waits_honour_the_headers() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    recorder = Recorder(
        error(503),
        error(429, headers={"retry-after-ms": "250"}),
        error(429, headers={"x-ms-retry-after-ms": "1500"}),
        error(429, headers={"retry-after": "2"}),
        error(429, headers={"retry-after": format_datetime(now + timedelta(seconds=7), usegmt=True)}),
        httpx.ConnectError("refused"),
        httpx.ReadTimeout("slow"),
        error(502),
        error(504),
        error(408),
        error(500),
        httpx.Response(200, json=ITEM),
    )
    sleeps = Sleeps()
    client = ConversationItemsClient(
        ENDPOINT,
        transport=httpx.MockTransport(recorder),
        max_retries=11,
        retry_policy=policy(sleeps, clock=lambda: now.timestamp()),
    )
    detailed = client.get_item_detailed("c", "i")
    assert detailed.attempts == 12
    assert sleeps.waits == [0.5, 0.25, 1.5, 2.0, 7.0, 8.0, 8.0, 8.0, 8.0, 8.0, 8.0]


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_other_4xx_are_never_retried(status: int) -> None:
    recorder = Recorder(error(status), httpx.Response(200, json=ITEM))
    sleeps = Sleeps()
    with make_client(recorder, sleeps, max_retries=5) as client, pytest.raises(APIStatusError):
        client.get_item("c", "i")
    assert len(recorder.requests) == 1
    assert sleeps.waits == []


def test_exhausted_retries_raise_the_last_error_after_max_retries_plus_one_attempts() -> None:
    recorder = Recorder(error(503))
    sleeps = Sleeps()
    with make_client(recorder, sleeps, max_retries=3) as client, pytest.raises(InternalServerError):
        client.get_item("c", "i")
    assert len(recorder.requests) == 4
    assert sleeps.waits == [0.5, 1.0, 2.0]


def test_connection_errors_and_timeouts_map_to_their_classes() -> None:
    with make_client(Recorder(httpx.ConnectError("no route")), max_retries=1) as client:
        with pytest.raises(APIConnectionError) as info:
            client.get_item("c", "i")
    assert not isinstance(info.value, APITimeoutError)
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    with make_client(Recorder(httpx.ReadTimeout("slow")), max_retries=1) as client:
        with pytest.raises(APITimeoutError):
            client.get_item("c", "i")


def test_retry_after_above_the_cap_is_not_slept() -> None:
    recorder = Recorder(error(429, headers={"retry-after": "3600"}), httpx.Response(200, json=ITEM))
    sleeps = Sleeps()
    client = ConversationItemsClient(
        ENDPOINT, transport=httpx.MockTransport(recorder), retry_policy=policy(sleeps, max_retry_after=60)
    )
    with pytest.raises(RateLimitError):
        client.get_item("c", "i")
    assert sleeps.waits == []
    assert len(recorder.requests) == 1


def test_backoff_has_jitter_and_a_ceiling() -> None:
    rolls = iter([0.0, 1.0, 0.5])
    retry = RetryPolicy(random=lambda: next(rolls), initial_backoff=1.0, max_backoff=3.0, jitter=0.5)
    assert [retry.backoff(0), retry.backoff(1), retry.backoff(5)] == [1.0, 1.0, 2.25]


async def test_async_client_retries_with_its_async_sleep() -> None:
    recorder = Recorder(error(503), httpx.ReadTimeout("slow"), httpx.Response(200, json=ITEM))
    sleeps = Sleeps()
    async with AsyncConversationItemsClient(
        ENDPOINT, transport=httpx.MockTransport(recorder), retry_policy=policy(sleeps)
    ) as client:
        detailed = await client.get_item_detailed("c", "i")
    assert detailed.attempts == 3
    assert sleeps.waits == [0.5, 1.0]


async def test_the_async_client_sends_the_same_request_as_the_sync_client() -> None:
    options: dict[str, Any] = {"include": ["a.b"], "user_isolation_key": "k-1", "user_identity": "u-1"}
    recorder, async_recorder = Recorder(), Recorder()
    with make_client(recorder) as client:
        client.get_item("conv 1", "fc/1", **options)
    async with AsyncConversationItemsClient(ENDPOINT, api_key=SECRET, transport=async_recorder.transport()) as aclient:
        await aclient.get_item("conv 1", "fc/1", **options)
    (sync_request,), (async_request,) = recorder.requests, async_recorder.requests
    assert str(async_request.url) == str(sync_request.url)
    assert str(async_request.url).endswith("/conversations/conv%201/items/fc%2F1?include=a.b")
    for name in ("x-ms-user-isolation-key", "x-ms-user-identity", "api-key", "user-agent"):
        assert async_request.headers[name] == sync_request.headers[name]


async def test_an_httpx_timeout_keeps_its_per_phase_meaning_in_the_async_client() -> None:
    seen: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(dict(request.extensions["timeout"]))
        return httpx.Response(200, json=ITEM)

    phases = httpx.Timeout(5.0, connect=1.0)
    async with AsyncConversationItemsClient(ENDPOINT, timeout=phases, transport=httpx.MockTransport(handler)) as client:
        await client.get_item("c", "i")
        await client.get_item("c", "i", timeout=2.0)
    assert seen == [{"connect": 1.0, "read": 5.0, "write": 5.0, "pool": 5.0}, dict.fromkeys(seen[0], 2.0)]
