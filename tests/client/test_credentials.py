"""Credentials behave like azure-core's bearer policy: cached until the refresh margin, fetched once for
concurrent callers, dropped on a 401, claims challenges answered once; failures are CredentialError; the
event loop is never blocked; one async client works from several event loops in turn."""

from __future__ import annotations

import asyncio
import base64
import inspect
import logging
import threading
import time
from typing import Any

import anyio
import pytest
from conversation_items import (
    APITimeoutError,
    AsyncConversationItemsClient,
    AuthenticationError,
    ConversationItemsClient,
    ConversationItemsError,
    CredentialError,
)
from conversation_items._auth import challenge_claims
from conversation_items._defaults import TOKEN_REFRESH_MARGIN
from conversation_items.testing import Fault, MockConversationServer, RecordedRequest
from fakes import (
    ENDPOINT,
    ITEM,
    SCOPE,
    AccessToken,
    FakeAsyncCredential,
    FakeCredential,
    Sleeps,
    json_fault,
    mock_client,
    mock_service,
)
from support import asyncio_only, gather

CLAIMS = '{"access_token":{"nbf":{"essential":true,"value":"1726258122"}}}'
ENCODED_CLAIMS = base64.urlsafe_b64encode(CLAIMS.encode()).decode().rstrip("=")
CAE_CHALLENGE = (
    'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", '
    f'error="insufficient_claims", claims="{ENCODED_CLAIMS}"'
)


def bearer(request: RecordedRequest) -> str:
    return request.headers["authorization"].removeprefix("Bearer ")


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr("conversation_items._auth.time.time", clock)
    return clock


# --- the cache ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "refetched"),
    [(TOKEN_REFRESH_MARGIN + 1, False), (TOKEN_REFRESH_MARGIN, True), (TOKEN_REFRESH_MARGIN - 1, True)],
)
def test_a_token_is_refreshed_exactly_at_the_margin_before_expiry(clock: Clock, left: float, refetched: bool) -> None:
    credential = FakeCredential(clock, lifetime=3600)
    service = mock_service()
    with mock_client(service, api_key=None, credential=credential) as client:
        client.get_item("c", "i")
        clock.now += 3600 - left
        client.get_item("c", "i")
    assert len(credential.calls) == (2 if refetched else 1)
    assert [bearer(r) for r in service.requests] == ["cred-token-1", "cred-token-2" if refetched else "cred-token-1"]
    assert credential.calls[0] == ((SCOPE,), {})


def test_concurrent_callers_fetch_one_token(clock: Clock) -> None:
    credential = FakeCredential(clock, delay=0.2)
    service = mock_service()
    with mock_client(service, api_key=None, credential=credential) as client:
        threads = [threading.Thread(target=client.get_item, args=("c", "i")) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert len(credential.calls) == 1
    assert {bearer(r) for r in service.requests} == {"cred-token-1"}
    assert len(service.requests) == 8


async def test_concurrent_async_callers_fetch_one_token(clock: Clock) -> None:
    credential = FakeAsyncCredential(clock, delay=0.05)
    service = mock_service()
    async with AsyncConversationItemsClient(ENDPOINT, credential=credential, transport=service.transport()) as client:
        await gather(*(client.get_item("c", "i") for _ in range(10)))
    assert len(credential.calls) == 1
    assert {bearer(r) for r in service.requests} == {"async-token-1"}


# --- 401 and claims challenges -------------------------------------------------------------------------------------


def test_a_401_drops_the_cached_token_so_the_next_call_asks_again(clock: Clock) -> None:
    credential = FakeCredential(clock)
    service = mock_service(None, Fault(status=401))
    with mock_client(service, api_key=None, credential=credential, max_retries=3) as client:
        client.get_item("c", "i")
        with pytest.raises(AuthenticationError):
            client.get_item("c", "i")  # a revoked token: not retried, but forgotten
        client.get_item("c", "i")
    assert [bearer(r) for r in service.requests] == ["cred-token-1", "cred-token-1", "cred-token-2"]


def test_a_claims_challenge_gets_a_token_for_the_claims_and_is_retried_once(clock: Clock) -> None:
    credential = FakeCredential(clock)
    service = mock_service(Fault(status=401, headers={"www-authenticate": CAE_CHALLENGE}))
    with mock_client(service, api_key=None, credential=credential, max_retries=0) as client:
        detailed = client.get_item_detailed("c", "i")
        client.get_item("c", "i")
    assert detailed.attempts == 2, "the challenge's retry is made even with max_retries=0"
    assert [kwargs for _, kwargs in credential.calls] == [{}, {"claims": CLAIMS}]
    assert [bearer(r) for r in service.requests] == ["cred-token-1", "cred-token-2", "cred-token-2"]


def test_a_second_claims_challenge_in_one_call_is_raised(clock: Clock) -> None:
    credential = FakeCredential(clock)
    service = mock_service(*[Fault(status=401, headers={"www-authenticate": CAE_CHALLENGE})] * 3)
    with mock_client(service, api_key=None, credential=credential, max_retries=5) as client:
        with pytest.raises(AuthenticationError):
            client.get_item("c", "i")
    assert len(service.requests) == 2
    assert len(credential.calls) == 2


async def test_the_async_client_answers_a_claims_challenge_too(clock: Clock) -> None:
    credential = FakeAsyncCredential(clock)
    service = mock_service(Fault(status=401, headers={"www-authenticate": CAE_CHALLENGE}))
    async with AsyncConversationItemsClient(ENDPOINT, credential=credential, transport=service.transport()) as client:
        await client.get_item("c", "i")
    assert [kwargs for _, kwargs in credential.calls] == [{}, {"claims": CLAIMS}]


def test_api_keys_and_static_tokens_get_no_second_chance_on_a_401() -> None:
    for kwargs in ({"api_key": "k"}, {"api_key": None, "token": "t"}):
        service = mock_service(Fault(status=401, headers={"www-authenticate": CAE_CHALLENGE}))
        with mock_client(service, **kwargs) as client, pytest.raises(AuthenticationError):
            client.get_item("c", "i")
        assert len(service.requests) == 1


@pytest.mark.parametrize(
    ("header", "claims"),
    [
        (CAE_CHALLENGE, CLAIMS),
        (f'Bearer error=insufficient_claims, claims="{ENCODED_CLAIMS}"', CLAIMS),
        ('Bearer realm="", error="invalid_token"', None),
        (f'Bearer claims="{ENCODED_CLAIMS}"', None),  # claims without insufficient_claims: not a CAE challenge
        ('Bearer error="insufficient_claims", claims=""', None),
        ('Bearer error="insufficient_claims", claims="%%%not-base64"', None),
        ("", None),
        (None, None),
    ],
)
def test_challenge_parsing(header: str | None, claims: str | None) -> None:
    assert challenge_claims(header) == claims


# --- failures ---------------------------------------------------------------------------------------------------


class Boom(Exception):
    pass


def test_a_failing_credential_is_a_credential_error_and_nothing_is_sent(clock: Clock) -> None:
    credential = FakeCredential(clock)
    credential.fail = Boom("AADSTS70011: the scope is not valid")
    service = mock_service()
    with mock_client(service, api_key=None, credential=credential) as client:
        with pytest.raises(CredentialError) as info:
            client.get_item("c", "i")
    assert isinstance(info.value, ConversationItemsError)
    assert isinstance(info.value.__cause__, Boom)
    assert str(info.value) == "FakeCredential.get_token failed (Boom: AADSTS70011: the scope is not valid)"
    assert info.value.message == str(info.value)
    assert service.requests == []


@pytest.mark.parametrize(
    ("token", "message"),
    [
        (lambda: (_ for _ in ()).throw(Boom("no")), "the token callable failed (Boom: no)"),
        (lambda: 42, "the token callable returned int, not a str"),
        (lambda: "", "the token callable returned a token that cannot be sent in a header"),
    ],
)
def test_a_failing_token_callable_is_a_credential_error(token: Any, message: str) -> None:
    service = mock_service()
    with mock_client(service, api_key=None, token=token) as client, pytest.raises(CredentialError) as info:
        client.get_item("c", "i")
    assert str(info.value) == message
    assert service.requests == []


@pytest.mark.parametrize(
    "result",
    [object(), AccessToken("t", 0).__dict__, type("T", (), {"token": "t", "expires_on": True})()],
)
def test_a_credential_returning_no_usable_token_is_a_credential_error(result: Any) -> None:
    class Odd:
        def get_token(self, *scopes: str, **kwargs: Any) -> Any:
            return result

    with mock_client(mock_service(), api_key=None, credential=Odd()) as client, pytest.raises(CredentialError):
        client.get_item("c", "i")


async def test_async_failures_are_credential_errors_too() -> None:
    credential = FakeAsyncCredential()
    credential.fail = Boom("offline")
    service = mock_service()
    async with AsyncConversationItemsClient(ENDPOINT, credential=credential, transport=service.transport()) as client:
        with pytest.raises(CredentialError) as info:
            await client.get_item("c", "i")
    assert isinstance(info.value.__cause__, Boom)
    assert "FakeAsyncCredential.get_token" in str(info.value)  # which credential failed

    def sync_fails() -> str:
        raise Boom("sync")

    async with AsyncConversationItemsClient(ENDPOINT, token=sync_fails, transport=service.transport()) as client:
        with pytest.raises(CredentialError) as info:
            await client.get_item("c", "i")
    assert isinstance(info.value.__cause__, Boom)
    assert service.requests == []


def test_an_async_credential_on_the_sync_client_is_refused_at_construction() -> None:
    with pytest.raises(TypeError) as info:
        ConversationItemsClient(ENDPOINT, credential=FakeAsyncCredential())
    assert "AsyncConversationItemsClient" in str(info.value)  # what to use instead
    with pytest.raises(TypeError):  # its text: test_refusals.py
        ConversationItemsClient(ENDPOINT, credential=object())  # type: ignore[arg-type]


# --- the event loop ----------------------------------------------------------------------------------------------


async def test_a_sync_credential_does_not_block_the_event_loop() -> None:
    loop_ran = threading.Event()
    fetched_on: list[str] = []

    class NeedsTheLoop:
        """Its get_token can only finish if the event loop keeps running while it waits."""

        def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
            fetched_on.append(threading.current_thread().name)
            return AccessToken("fetched" if loop_ran.wait(timeout=5) else "blocked", time.time() + 3600)

    async def other_task() -> None:
        await anyio.sleep(0.05)
        loop_ran.set()

    service = mock_service()
    async with AsyncConversationItemsClient(ENDPOINT, credential=NeedsTheLoop(), transport=service.transport()) as c:
        await gather(c.get_item("c", "i"), other_task())
    assert bearer(service.requests[0]) == "fetched", "the loop stalled while the credential fetched its token"
    assert fetched_on[0] != threading.current_thread().name


async def test_a_sync_token_callable_runs_in_a_worker_thread() -> None:
    threads: list[str] = []

    def token() -> str:
        threads.append(threading.current_thread().name)
        return "t"

    async with AsyncConversationItemsClient(ENDPOINT, token=token, transport=mock_service().transport()) as client:
        await client.get_item("c", "i")
    assert threads and threads[0] != threading.current_thread().name


def test_one_async_client_from_several_event_loops_in_turn() -> None:
    credential = FakeCredential()
    with MockConversationServer() as server:
        client = AsyncConversationItemsClient(server.endpoint, credential=credential)
        item_id = server.item_ids()[0]
        kinds = [type(asyncio.run(client.get_item("conv_demo", item_id))).__name__ for _ in range(3)]
        with_a_key = asyncio.run(client.get_item("conv_demo", item_id, user_isolation_key="k"))
        asyncio.run(client.close())
        assert client.is_closed
        assert len(server.requests) == 4
    assert len(set(kinds)) == 1
    assert type(with_a_key).__name__ == kinds[0]
    assert len(credential.calls) == 1, "the token cache and its lock survive a change of event loop"


# --- refusals and failures say exactly what went wrong (nothing is sent) -----------------------------------------


class AsyncCallableToken:
    """A token provider whose `__call__` is async: it counts as an async callable, like an `async def`."""

    async def __call__(self) -> str:
        return "async-object-token"


class AwaitableWithoutClose:
    """An awaitable that is not a coroutine (no close())."""

    def __await__(self) -> Any:
        yield from asyncio.sleep(0).__await__()
        return "t"


async def _a_token() -> str:
    return "awaited-token"


@pytest.mark.parametrize("kwargs", [{"token": AsyncCallableToken()}, {"credential": FakeAsyncCredential()}])
def test_async_auth_on_the_sync_client_is_refused_at_construction_naming_the_async_client(
    kwargs: dict[str, Any],
) -> None:  # the other bad auth arguments: test_refusals.py
    with pytest.raises(TypeError) as info:
        ConversationItemsClient(ENDPOINT, **kwargs)
    assert "AsyncConversationItemsClient" in str(info.value)  # what to use instead


async def test_an_object_with_an_async_call_method_is_an_async_token_callable() -> None:
    service = mock_service()
    async with AsyncConversationItemsClient(
        ENDPOINT, token=AsyncCallableToken(), transport=service.transport()
    ) as client:
        await client.get_item("c", "i")
    assert bearer(service.requests[0]) == "async-object-token"


@pytest.mark.parametrize("awaitable", [_a_token, AwaitableWithoutClose])
def test_a_sync_token_callable_or_credential_returning_an_awaitable_is_refused_cleanly(awaitable: Any) -> None:
    made: list[Any] = []

    def make() -> Any:
        made.append(awaitable())
        return made[-1]

    class ReturnsAnAwaitable:
        def get_token(self, *scopes: str, **kwargs: Any) -> Any:
            return make()

    service = mock_service()
    with mock_client(service, api_key=None, token=make) as client:
        with pytest.raises(CredentialError) as info:
            client.get_item("c", "i")
    assert str(info.value) == "the token callable returned an awaitable: use AsyncConversationItemsClient"
    with mock_client(service, api_key=None, credential=ReturnsAnAwaitable()) as client:
        with pytest.raises(CredentialError) as info:
            client.get_item("c", "i")
    assert str(info.value) == "the credential returned an awaitable: use AsyncConversationItemsClient"
    assert service.requests == []
    for value in made:  # a coroutine that will never be awaited is closed: no "was never awaited" RuntimeWarning
        assert not inspect.iscoroutine(value) or inspect.getcoroutinestate(value) == inspect.CORO_CLOSED


@asyncio_only
async def test_a_sync_token_callable_returning_an_awaitable_is_awaited_by_the_async_client() -> None:
    service = mock_service()
    async with AsyncConversationItemsClient(
        ENDPOINT, token=lambda: _a_token(), transport=service.transport()
    ) as client:
        await client.get_item("c", "i")
    assert bearer(service.requests[0]) == "awaited-token"


class Silent(Exception):
    """An exception without a message."""


@pytest.mark.parametrize(
    ("failure", "expected"),
    [
        (Silent(), "the token callable failed (Silent)"),
        (Silent("  \n"), "the token callable failed (Silent)"),
        (Silent("first line\nsecond line"), "the token callable failed (Silent: first line)"),
        (Silent("x" * 400), f"the token callable failed (Silent: {'x' * 300})"),
    ],
)
async def test_a_failure_message_gives_the_first_line_of_the_cause_at_most_300_characters(
    failure: Exception, expected: str
) -> None:
    def fails() -> str:
        raise failure

    async def fails_async() -> str:
        raise failure

    with mock_client(mock_service(), api_key=None, token=fails) as client, pytest.raises(CredentialError) as info:
        client.get_item("c", "i")
    assert str(info.value) == expected
    for token in (fails, fails_async):
        async with AsyncConversationItemsClient(ENDPOINT, token=token, transport=mock_service().transport()) as aclient:
            with pytest.raises(CredentialError) as ainfo:
                await aclient.get_item("c", "i")
        assert str(ainfo.value) == expected
        assert ainfo.value.__cause__ is failure


@pytest.mark.parametrize(
    ("token", "message"),
    [
        (lambda: 42, "the token callable returned int, not a str"),
        (lambda: "bad\ntoken", "the token callable returned a token that cannot be sent in a header"),
    ],
)
async def test_an_async_client_token_callable_returning_no_usable_token_says_so(token: Any, message: str) -> None:
    async def async_token() -> Any:
        return token()

    for source in (token, async_token):
        async with AsyncConversationItemsClient(ENDPOINT, token=source, transport=mock_service().transport()) as client:
            with pytest.raises(CredentialError) as info:
                await client.get_item("c", "i")
        assert str(info.value) == message


@pytest.mark.parametrize(
    ("result", "message"),
    [
        (object(), "the credential returned object, not an access token with .token and .expires_on"),
        (AccessToken("bad\ntoken", 2e9), "the credential returned a token that cannot be sent in a header"),
    ],
)
def test_a_credential_returning_no_usable_token_says_so(result: Any, message: str) -> None:
    class Odd:
        def get_token(self, *scopes: str, **kwargs: Any) -> Any:
            return result

    with mock_client(mock_service(), api_key=None, credential=Odd()) as client, pytest.raises(CredentialError) as info:
        client.get_item("c", "i")
    assert str(info.value) == message


def test_a_token_requested_for_claims_is_always_fetched_even_when_one_is_cached(clock: Clock) -> None:
    # another caller may have cached a token (without the claims) between the 401 and this request
    from conversation_items._auth import CredentialAuth

    credential = FakeCredential(clock)
    auth = CredentialAuth(credential, scope=SCOPE, is_async_client=False)
    assert auth.header()[1] == "Bearer cred-token-1"
    assert auth.header(CLAIMS)[1] == "Bearer cred-token-2"
    assert [kwargs for _, kwargs in credential.calls] == [{}, {"claims": CLAIMS}]


async def test_a_token_requested_for_claims_is_always_fetched_even_when_one_is_cached_async(clock: Clock) -> None:
    from conversation_items._auth import CredentialAuth

    for credential in (FakeCredential(clock), FakeAsyncCredential(clock)):
        auth = CredentialAuth(credential, scope=SCOPE, is_async_client=True)
        await auth.async_header()
        await auth.async_header(CLAIMS)
        assert [kwargs for _, kwargs in credential.calls] == [{}, {"claims": CLAIMS}]


async def test_a_sync_credential_on_the_async_client_gets_the_challenges_claims(clock: Clock) -> None:
    credential = FakeCredential(clock)
    service = mock_service(Fault(status=401, headers={"www-authenticate": CAE_CHALLENGE}))
    async with AsyncConversationItemsClient(ENDPOINT, credential=credential, transport=service.transport()) as client:
        await client.get_item("c", "i")
    assert [kwargs for _, kwargs in credential.calls] == [{}, {"claims": CLAIMS}]
    assert [bearer(r) for r in service.requests] == ["cred-token-1", "cred-token-2"]


@pytest.mark.parametrize("claims", ["{}", '{"a":1}', '{"ab":1}', '{"abc":1}', '{"abcd":1}', '{"abcde":12}'])
def test_claims_of_every_length_decode_without_their_base64_padding(claims: str) -> None:
    encoded = base64.urlsafe_b64encode(claims.encode()).decode().rstrip("=")
    assert challenge_claims(f'Bearer error="insufficient_claims", claims="{encoded}"') == claims


def test_an_insufficient_claims_error_without_claims_is_no_challenge() -> None:
    assert challenge_claims('Bearer realm="", error="insufficient_claims"') is None


def test_the_auths_repr_in_a_traceback_names_the_mode_and_hides_the_secret() -> None:
    from conversation_items._auth import ApiKeyAuth

    assert repr(ApiKeyAuth("sk-secret")) == "<ApiKeyAuth (api_key), secret hidden>"


def test_a_claims_challenge_is_retried_at_once_and_logged(clock: Clock, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="conversation_items")
    sleeps = Sleeps()
    challenge = Fault(status=401, headers={"www-authenticate": CAE_CHALLENGE, "x-request-id": "r-1"})
    service = mock_service(challenge, json_fault(200, ITEM, headers={"x-request-id": "r-2"}))
    with mock_client(service, sleeps, api_key=None, credential=FakeCredential(clock)) as client:
        client.get_item("c", "i")
    assert sleeps.waits == [0.0], "the claims challenge is answered without waiting"
    url = f"{ENDPOINT}/openai/v1/conversations/c/items/i"
    assert [r.getMessage() for r in caplog.records if r.name == "conversation_items"] == [
        f"attempt 1 (retry 0 of 2): GET {url} -> 401 (request id r-1, 0.0 ms into the call); "
        "retrying once with a token for the CAE claims challenge",
        f"attempt 2 (retry 0 of 2): GET {url} -> 200 (request id r-2, 0.0 ms into the call); done",
    ]


def test_a_claims_challenge_answered_just_as_the_deadline_ends_is_not_sent(clock: Clock) -> None:
    sleeps = Sleeps()

    def challenge_taking_the_whole_deadline(number: int, request: RecordedRequest) -> Fault | None:
        if number > 1:
            return None
        sleeps.now += 1.0
        return Fault(status=401, headers={"www-authenticate": CAE_CHALLENGE})

    service = mock_service()
    service.set_fault_policy(challenge_taking_the_whole_deadline)
    credential = FakeCredential(clock)
    with mock_client(service, sleeps, api_key=None, credential=credential, deadline=1.0) as client:
        with pytest.raises(APITimeoutError) as info:
            client.get_item("c", "i")
    assert str(info.value) == "the call's deadline of 1.0 s passed after 1 attempt(s)"
    assert info.value.url == f"{ENDPOINT}/openai/v1/conversations/c/items/i"
    assert len(service.requests) == 1


def test_a_credential_is_asked_for_the_token_scope_given(clock: Clock) -> None:
    credential = FakeCredential(clock)
    service = mock_service()
    with mock_client(service, api_key=None, credential=credential, token_scope="api://custom/.default") as client:
        client.get_item("c", "i")
    assert credential.calls == [(("api://custom/.default",), {})]
