"""Secrets never show: for every auth mode, across a run with successes, retries, 401s, connection errors,
timeouts, decode errors and refused input, the secret is in no repr/str, no exception text or args (whole chain)
and no log record captured at DEBUG from every logger (httpx and httpcore included)."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

import fakes
import pytest
from conversation_items import (
    APIConnectionError,
    APITimeoutError,
    AsyncConversationItemsClient,
    AuthenticationError,
    ConversationItemsClient,
    CredentialError,
    InternalServerError,
    ItemDecodeError,
    RetryPolicy,
)
from conversation_items.testing import Fault, MockConversationServer
from fakes import Sleeps
from reliability_support import count

SECRET = "sk-RELIABILITY-7f3a9c1e5b2d4f60a8e1"
FRAGMENT = "7f3a9c1e5b2d"  # a truncated secret must not show either
ITEM = {**fakes.ITEM, "id": "fc_s"}


class AccessToken:
    def __init__(self, token: str) -> None:
        self.token = token
        self.expires_on = 4_000_000_000


class Credential:
    def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
        return AccessToken(SECRET)


class AsyncCredential:
    async def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
        return AccessToken(SECRET)


async def async_token() -> str:
    return SECRET


SYNC_MODES: dict[str, Callable[[], dict[str, Any]]] = {
    "api_key": lambda: {"api_key": SECRET},
    "token str": lambda: {"token": SECRET},
    "token callable": lambda: {"token": lambda: SECRET},
    "credential": lambda: {"credential": Credential()},
}
ASYNC_MODES: dict[str, Callable[[], dict[str, Any]]] = {
    **SYNC_MODES,
    "async token callable": lambda: {"token": async_token},
    "async credential": lambda: {"credential": AsyncCredential()},
}


# the shipped mock_conversation_server fixture: ITEM, behind the secret as an API key and as a bearer token
pytestmark = pytest.mark.mock_conversation_server(items=[ITEM], api_key=SECRET, bearer_token=SECRET)
BROKEN = b'{"type": "function_call", "call_id": 5'  # an item that does not decode, served as "broken"


def chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def texts_of(exc: BaseException) -> list[str]:
    out = ["".join(traceback.format_exception_only(type(exc), exc))]
    for link in chain(exc):
        out += [str(link), repr(link), repr(link.args)]
        out += [repr(v) for v in vars(link).values()] if hasattr(link, "__dict__") else []
    return out


def assert_clean(texts: list[str], where: str) -> None:
    for text in texts:
        assert SECRET not in text, f"secret in {where}: {text[:200]!r}"
        assert FRAGMENT not in text, f"part of the secret in {where}: {text[:200]!r}"


def scenario_steps(server: MockConversationServer) -> list[tuple[str, Callable[[], None], type | None]]:
    """(what, arrange, the exception expected or None)."""
    return [
        ("success", lambda: None, None),
        ("retry then success", lambda: server.schedule(Fault(status=503), Fault.retry_after(429, ms=1)), None),
        ("401", lambda: server.schedule(Fault(status=401)), AuthenticationError),
        ("5xx exhausted", lambda: server.schedule(*[Fault(status=500)] * 3), InternalServerError),
        ("dropped connections", lambda: server.schedule(*[Fault.drop_connection()] * 3), APIConnectionError),
        ("timeout", lambda: server.schedule(*[Fault.timeout(0.5)] * 3), APITimeoutError),
    ]


def collect_logs(caplog: pytest.LogCaptureFixture) -> list[str]:
    out: list[str] = []
    for record in caplog.records:
        out += [record.getMessage(), repr(record.args), record.name]
        if record.exc_info:
            out.append("".join(traceback.format_exception(*record.exc_info)))
    return out


@pytest.mark.parametrize("mode", SYNC_MODES)
def test_secret_never_shows_sync(
    mode: str, mock_conversation_server: MockConversationServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    mock_conversation_server.add_item(BROKEN, item_id="broken")
    texts: list[str] = []
    client = ConversationItemsClient(
        mock_conversation_server.endpoint,
        max_retries=2,
        timeout=0.2,
        retry_policy=RetryPolicy(sleep=Sleeps()),
        **SYNC_MODES[mode](),
    )
    texts += [repr(client), str(client), repr(client.retry_policy)]
    for what, arrange, expected in scenario_steps(mock_conversation_server):
        arrange()
        try:
            item = client.get_item("conv_demo", "fc_s")
        except Exception as exc:
            assert expected is not None and type(exc) is expected, f"{what}: {exc!r}"
            texts += texts_of(exc)
        else:
            assert expected is None, what
            assert item.to_dict() == ITEM
            texts.append(repr(item))
        count("secret checks: calls")
    bad_calls: list[Callable[[], object]] = [
        lambda: client.get_item("conv_demo", "broken"),
        lambda: client.get_item("..", "x"),
        lambda: client.get_item("c", "i", user_isolation_key="a\r\nb"),
    ]
    for bad in bad_calls:
        with pytest.raises((ItemDecodeError, ValueError)) as info:
            bad()
        texts += texts_of(info.value)
    client.close()
    assert len(mock_conversation_server.requests) >= 12
    assert any(r.name.startswith("httpcore") for r in caplog.records), "httpcore debug logs were captured"
    assert any(r.name == "conversation_items" for r in caplog.records), "the retries were logged"
    texts += collect_logs(caplog)
    assert_clean(texts, mode)
    count("secret checks: texts scanned", len(texts))


@pytest.mark.parametrize("mode", ASYNC_MODES)
async def test_secret_never_shows_async(
    mode: str, mock_conversation_server: MockConversationServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    mock_conversation_server.add_item(BROKEN, item_id="broken")
    sleeps = Sleeps()
    texts: list[str] = []
    client = AsyncConversationItemsClient(
        mock_conversation_server.endpoint,
        max_retries=2,
        timeout=0.2,
        retry_policy=RetryPolicy(sleep=sleeps, async_sleep=sleeps.async_sleep),
        **ASYNC_MODES[mode](),
    )
    texts += [repr(client), str(client)]
    for what, arrange, expected in scenario_steps(mock_conversation_server):
        arrange()
        try:
            item = await client.get_item("conv_demo", "fc_s")
        except Exception as exc:
            assert expected is not None and type(exc) is expected, f"{what}: {exc!r}"
            texts += texts_of(exc)
        else:
            assert expected is None, what
            assert item.to_dict() == ITEM
        count("secret checks: calls")
    with pytest.raises(ItemDecodeError) as decode:
        await client.get_item("conv_demo", "broken")
    texts += texts_of(decode.value)
    with pytest.raises(ValueError) as refused:
        await client.get_item("conv_demo", "a\x00b")
    texts += texts_of(refused.value)
    await client.close()
    texts += collect_logs(caplog)
    assert_clean(texts, mode)
    count("secret checks: texts scanned", len(texts))


@pytest.mark.parametrize(
    "kwargs",
    [
        {"api_key": SECRET + "\r\nX-Forged: 1"},
        {"api_key": " " + SECRET},
        {"token": SECRET + "\n"},
        {"api_key": SECRET, "token": SECRET},
        {"api_key": SECRET, "endpoint": f"https://user:{SECRET}@host/p"},
        {"api_key": SECRET, "endpoint": f"http://example.com/p?key={SECRET}"},
    ],
    ids=["api_key CRLF", "api_key space", "token LF", "two modes", "userinfo endpoint", "query endpoint"],
)
def test_refused_secrets_do_not_show_in_the_value_error(kwargs: dict[str, Any]) -> None:
    kwargs = dict(kwargs)
    endpoint = kwargs.pop("endpoint", "https://acct.services.ai.azure.com/api/projects/p")
    with pytest.raises(ValueError) as info:
        ConversationItemsClient(endpoint, **kwargs)
    assert_clean(texts_of(info.value), "ValueError")
    count("secret checks: refused inputs")


@pytest.mark.parametrize("source", ["token callable", "credential"])
def test_a_bad_token_from_a_callable_or_credential_does_not_show(
    source: str, mock_conversation_server: MockConversationServer
) -> None:
    bad = SECRET + "\r\nX-Forged: 1"
    kwargs: dict[str, Any] = {"token": lambda: bad}
    if source == "credential":

        class BadCredential:
            def get_token(self, *scopes: str, **kw: Any) -> AccessToken:
                return AccessToken(bad)

        kwargs = {"credential": BadCredential()}
    with (
        ConversationItemsClient(mock_conversation_server.endpoint, **kwargs) as client,
        pytest.raises(CredentialError) as info,
    ):
        client.get_item("conv_demo", "fc_s")
    assert mock_conversation_server.requests == []
    assert_clean(texts_of(info.value), source)
    count("secret checks: refused inputs")
