"""The options users expect, proven on the wire: http_client=, per-call extra_headers/max_retries/include,
with_options sharing the pool, read-only settings, case-insensitive headers, DEBUG lines, loopback detection."""

from __future__ import annotations

import dataclasses
import logging
import ssl
import threading
import time
from typing import Any

import httpx
import pytest
from conversation_items import (
    APIConnectionError,
    APIStatusError,
    AsyncConversationItemsClient,
    ConversationItemsClient,
    InsecureEndpointError,
    InternalServerError,
    NotFoundError,
    RetryPolicy,
)
from conversation_items import _sender as http_module
from conversation_items._project_endpoint import is_loopback_host
from conversation_items._sender import shared_ssl_context
from conversation_items.testing import Fault, MockConversationServer, RecordedRequest
from fakes import ENDPOINT, ITEM, SECRET, FakeCredential, Sleeps, always, json_fault, mock_client, mock_service

# --- http_client= -----------------------------------------------------------------------------------------------


def test_a_caller_owned_http_client_is_used_and_never_closed() -> None:
    service = mock_service()
    seen: list[str] = []
    http = httpx.Client(transport=service.transport(), event_hooks={"request": [lambda r: seen.append(r.url.path)]})
    with ConversationItemsClient(ENDPOINT, api_key=SECRET, http_client=http) as client:
        client.get_item("conv_1", "fc_1")
    assert seen == ["/api/projects/proj/openai/v1/conversations/conv_1/items/fc_1"]  # the caller's hooks ran
    assert not http.is_closed, "the caller owns the http_client"
    assert service.requests[0].headers["api-key"] == SECRET
    http.close()


async def test_a_caller_owned_async_http_client_is_used_and_never_closed() -> None:
    service = mock_service()
    http = httpx.AsyncClient(transport=service.transport())
    async with AsyncConversationItemsClient(ENDPOINT, api_key=SECRET, http_client=http) as client:
        await client.get_item("conv_1", "fc_1")
    assert not http.is_closed
    assert len(service.requests) == 1
    await http.aclose()


def test_http_client_choices_are_checked() -> None:  # the ValueErrors' texts: test_refusals.py
    with pytest.raises(ValueError):
        ConversationItemsClient(ENDPOINT, http_client=httpx.Client(), transport=mock_service().transport())
    with pytest.raises(TypeError) as info:
        ConversationItemsClient(ENDPOINT, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    assert "httpx.Client" in str(info.value)  # what to pass instead
    with pytest.raises(ValueError):
        ConversationItemsClient(ENDPOINT, http_client=httpx.Client(follow_redirects=True))


def test_async_http_client_choices_are_checked() -> None:  # the ValueErrors' texts: test_refusals.py
    with pytest.raises(ValueError):
        AsyncConversationItemsClient(ENDPOINT, http_client=httpx.AsyncClient(), transport=mock_service().transport())
    with pytest.raises(TypeError) as info:
        AsyncConversationItemsClient(ENDPOINT, http_client=httpx.Client())  # type: ignore[arg-type]
    assert "httpx.AsyncClient" in str(info.value)  # what to pass instead
    with pytest.raises(ValueError):
        AsyncConversationItemsClient(ENDPOINT, http_client=httpx.AsyncClient(follow_redirects=True))


def test_a_redirect_is_an_error_and_credentials_never_follow_it() -> None:
    with MockConversationServer() as other:
        location = other.url_for("conv_demo", other.item_ids()[0])
        service = mock_service(Fault(status=302, headers={"location": location}))
        with mock_client(service, max_retries=0) as client, pytest.raises(APIStatusError) as info:
            client.get_item("conv_1", "fc_1")
        assert info.value.status_code == 302
        assert other.requests == [], "the redirect target must receive nothing"


async def test_a_redirect_is_an_error_for_the_async_client_too() -> None:
    with MockConversationServer() as other:
        location = other.url_for("conv_demo", other.item_ids()[0])
        service = mock_service(Fault(status=302, headers={"location": location}))
        async with AsyncConversationItemsClient(
            ENDPOINT, api_key=SECRET, max_retries=0, transport=service.transport()
        ) as client:
            with pytest.raises(APIStatusError) as info:
                await client.get_item("conv_1", "fc_1")
        assert info.value.status_code == 302
        assert other.requests == [], "the redirect target must receive nothing"


# --- per-call options -------------------------------------------------------------------------------------------


def test_extra_headers_per_call_merge_case_insensitively_and_win() -> None:
    service = mock_service()
    with mock_client(service, headers={"user-agent": "myapp/1.0", "X-Trace": "client"}) as client:
        client.get_item("c", "i")
        client.get_item("c", "i", extra_headers={"x-trace": "call", "User-Agent": "myapp/2.0"})
    first, second = service.requests
    assert sent(first, "user-agent") == ["myapp/1.0"]
    assert sent(first, "x-trace") == ["client"]
    assert sent(second, "user-agent") == ["myapp/2.0"]
    assert sent(second, "x-trace") == ["call"]


def sent(request: RecordedRequest, name: str) -> list[str]:
    """Every value of header `name` (any case) the request carried, in order."""
    return [value for key, value in request.header_items if key.lower() == name]


def test_extra_headers_per_call_keep_the_clients_other_headers() -> None:
    service = mock_service()
    with mock_client(service, headers={"X-Client": "c"}) as client:
        client.get_item("c", "i", extra_headers={"X-Call": "1"})
    (request,) = service.requests
    assert (request.headers["x-client"], request.headers["x-call"]) == ("c", "1")
    assert request.headers["user-agent"].startswith("conversation-items/")
    assert request.headers["api-key"] == SECRET


@pytest.mark.parametrize(
    "headers",
    [
        {"X-MS-User-Isolation-Key": "k"},
        {"x-ms-user-identity": "u"},
        {"Authorization": "Bearer x"},
        {"API-Key": "x"},
        {"bad name": "x"},
        {"x-ok": "line\nbreak"},
    ],
)
def test_headers_that_belong_to_an_argument_or_could_forge_one_are_refused(headers: dict[str, str]) -> None:
    service = mock_service()  # the refusals' texts: test_refusals.py
    with pytest.raises(ValueError):
        mock_client(service, headers=headers)
    with mock_client(service) as client, pytest.raises(ValueError):
        client.get_item("c", "i", extra_headers=headers)
    assert service.requests == []


@pytest.mark.parametrize("auth", [{}, {"api_key": SECRET}, {"token": SECRET}])
def test_a_credential_never_reaches_client_headers_whatever_the_auth_mode(auth: dict[str, Any]) -> None:
    service = mock_service()
    for name in ("api-key", "Authorization", "API-KEY"):
        with pytest.raises(ValueError):  # its text: test_refusals.py
            ConversationItemsClient(ENDPOINT, transport=service.transport(), headers={name: SECRET}, **auth)
    with ConversationItemsClient(ENDPOINT, transport=service.transport(), headers={"x-a": "b"}, **auth) as client:
        assert {name.lower() for name in client.headers} == {"user-agent", "x-a"}
        assert SECRET not in repr(client) and SECRET not in str(client.headers)
        copy = client.with_options(headers={"x-b": "c"})
        assert {name.lower() for name in copy.headers} == {"user-agent", "x-a", "x-b"}
        with pytest.raises(ValueError):
            client.with_options(headers={"api-key": SECRET})
    assert service.requests == []


def test_max_retries_per_call_replaces_the_clients() -> None:
    service = mock_service()
    service.set_fault_policy(always(Fault(status=503)))
    sleeps = Sleeps()
    with mock_client(service, sleeps, max_retries=5) as client:
        with pytest.raises(InternalServerError):
            client.get_item("c", "i", max_retries=0)
        assert len(service.requests) == 1
        with pytest.raises(InternalServerError):
            client.get_item("c", "i", max_retries=1)
    assert len(service.requests) == 3
    assert sleeps.waits == [0.5]


def test_include_reaches_the_wire_as_repeated_query_parameters_only_when_given() -> None:
    service = mock_service()
    with mock_client(service) as client:
        client.get_item("c", "i")
        client.get_item("c", "i", include=["message.output_text.logprobs", "reasoning.encrypted_content"])
        client.get_item("c", "i", include=["a.value.from.next.year"])
        client.get_item("c", "i", include=[])
    urls = [r.raw_path for r in service.requests]
    base = "/api/projects/proj/openai/v1/conversations/c/items/i"
    assert urls == [
        base,
        f"{base}?include=message.output_text.logprobs&include=reasoning.encrypted_content",
        f"{base}?include=a.value.from.next.year",
        base,
    ]


def test_include_over_the_socket_arrives_as_sent() -> None:
    with MockConversationServer() as server, ConversationItemsClient(server.endpoint) as client:
        item_id = server.item_ids()[0]
        client.get_item("conv_demo", item_id, include=["code_interpreter_call.outputs", "x y"])
        (request,) = server.requests
    assert request.raw_path.endswith(f"/items/{item_id}?include=code_interpreter_call.outputs&include=x+y")


def test_unknown_keyword_arguments_are_refused_like_a_typo() -> None:
    service = mock_service()
    with mock_client(service) as client, pytest.raises(TypeError):  # the texts: test_refusals.py
        client.get_item("c", "i", timout=3)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        ConversationItemsClient(ENDPOINT, max_retry=3)  # type: ignore[call-arg]
    assert service.requests == []


# --- with_options and honest attributes -------------------------------------------------------------------------


def test_with_options_changes_settings_and_shares_the_pool_and_token_cache() -> None:
    service = mock_service()
    credential = FakeCredential()
    client = ConversationItemsClient(ENDPOINT, credential=credential, transport=service.transport(), max_retries=2)
    copy = client.with_options(max_retries=0, user_isolation_key="user-7", headers={"X-Extra": "1"}, timeout=4.0)
    assert (copy.max_retries, copy.user_isolation_key, copy.timeout) == (0, "user-7", 4.0)
    assert (client.max_retries, client.user_isolation_key, client.timeout) == (2, None, 30.0)
    assert copy._sender is client._sender  # one connection pool
    client.get_item("c", "i")
    copy.get_item("c", "i")
    assert len(credential.calls) == 1, "the copy reuses the original's cached token"
    first, second = service.requests
    assert "x-ms-user-isolation-key" not in first.headers and second.headers["x-ms-user-isolation-key"] == "user-7"
    assert second.headers["x-extra"] == "1" and "x-extra" not in first.headers
    assert second.headers["user-agent"] == first.headers["user-agent"]
    copy.close()
    assert copy.is_closed and not client.is_closed, "closing a copy leaves the shared pool open"
    with pytest.raises(APIConnectionError):  # its text: test_refusals.py
        copy.get_item("c", "i")
    client.get_item("c", "i")
    client.close()
    fresh_copy = client.with_options(max_retries=1)
    assert fresh_copy.is_closed
    with pytest.raises(APIConnectionError):
        fresh_copy.get_item("c", "i")
    assert len(service.requests) == 3


def test_with_options_keeps_the_client_headers_and_merges_new_ones() -> None:
    service = mock_service()
    client = ConversationItemsClient(
        ENDPOINT, headers={"X-Team": "a", "X-Override": "old"}, transport=service.transport(), max_retries=0
    )
    copy = client.with_options(headers={"x-override": "new"})
    copy_of_copy = copy.with_options(max_retries=1)
    for each in (client, copy, copy_of_copy):
        each.get_item("c", "i")
    original, changed, again = (request.headers for request in service.requests)
    assert (original["x-team"], original["x-override"]) == ("a", "old")
    assert (changed["x-team"], changed["x-override"]) == ("a", "new")
    assert (again["x-team"], again["x-override"]) == ("a", "new")


def test_per_call_headers_add_to_a_copy_s_own_headers() -> None:
    service = mock_service()
    client = ConversationItemsClient(ENDPOINT, headers={"X-Team": "a"}, transport=service.transport(), max_retries=0)
    copy = client.with_options(headers={"X-Copy": "1"})  # headers the shared pool does not send by default
    copy.get_item("c", "i", extra_headers={"X-Call": "2"})
    sent = service.requests[0].headers
    assert (sent["x-team"], sent["x-copy"], sent["x-call"]) == ("a", "1", "2")


def test_with_options_can_change_the_endpoint_and_auth() -> None:
    service = mock_service(base_path="/api/projects/p2")
    with mock_client(service) as client:
        other = client.with_options("https://other.example/api/projects/p2", token="tok-2")
        other.get_item("c", "i")
    (request,) = service.requests
    assert request.headers["host"] == "other.example"
    assert request.raw_path.startswith("/api/projects/p2/openai/v1/")
    assert request.headers["authorization"] == "Bearer tok-2"
    assert "api-key" not in request.headers
    with pytest.raises(InsecureEndpointError):
        client.with_options("http://example.com/p")


def test_settings_are_read_only() -> None:
    client = mock_client(mock_service())
    for name, value in [("timeout", 1.0), ("endpoint", "https://x"), ("max_retries", 0), ("user_isolation_key", "k")]:
        with pytest.raises(AttributeError):
            setattr(client, name, value)
    with pytest.raises(dataclasses.FrozenInstanceError):
        client._settings.timeout = 1.0  # type: ignore[misc]
    headers = client.headers
    headers["X-New"] = "1"
    assert "X-New" not in client.headers, "headers is a copy"


def test_retry_policy_is_the_policy_given_kept_by_copies_and_replaced_by_with_options() -> None:
    given = RetryPolicy(initial_backoff=0.1, max_retry_after=5.0)
    client = mock_client(mock_service(), retry_policy=given)
    assert client.retry_policy is given
    assert client.with_options(timeout=1.0).retry_policy is given
    other = RetryPolicy(initial_backoff=0.2)
    assert client.with_options(retry_policy=other).retry_policy is other
    assert client.retry_policy is given, "the original keeps its own"
    default = ConversationItemsClient(ENDPOINT).retry_policy
    assert isinstance(default, RetryPolicy) and default.max_retry_after == 60.0 and default.initial_backoff == 0.5
    with pytest.raises(AttributeError):
        client.retry_policy = other  # type: ignore[misc]


async def test_include_none_sends_no_include_and_returns_the_item() -> None:
    service, aservice = mock_service(), mock_service()
    with mock_client(service) as client:
        item = client.get_item("c", "i", include=None)
    async with AsyncConversationItemsClient(ENDPOINT, transport=aservice.transport()) as aclient:
        aitem = await aclient.get_item("c", "i", include=None)
    assert item.to_dict() == ITEM and aitem.to_dict() == ITEM
    assert [request.raw_path.partition("?")[1] for request in service.requests + aservice.requests] == ["", ""]


def test_repr_names_the_mode_but_never_the_secret() -> None:
    client = mock_client(mock_service(), user_isolation_key="user-42")
    assert SECRET not in repr(client)
    assert "auth='api_key'" in repr(client)
    assert "user-42" not in repr(client)


def test_repr_says_which_settings_are_set_without_their_values() -> None:
    plain = ConversationItemsClient(ENDPOINT, transport=mock_service().transport())
    assert repr(plain) == (
        f"ConversationItemsClient(endpoint={ENDPOINT!r}, auth='none', user_isolation_key=None, "
        "user_identity=None, max_retries=2)"
    )
    both = AsyncConversationItemsClient(
        ENDPOINT,
        token="t",
        user_isolation_key="k",
        user_identity="u",
        max_retries=0,
        transport=mock_service().transport(),
    )
    assert repr(both) == (
        f"AsyncConversationItemsClient(endpoint={ENDPOINT!r}, auth='token', user_isolation_key=<set>, "
        "user_identity=<set>, max_retries=0)"
    )


async def _async_token() -> str:
    return "async-tok"


def test_with_options_on_the_sync_client_refuses_an_async_token() -> None:
    client = mock_client(mock_service())
    with pytest.raises(TypeError) as info:
        client.with_options(token=_async_token)
    assert "AsyncConversationItemsClient" in str(info.value)  # what to use instead


async def test_async_with_options_changes_settings_shares_the_pool_and_takes_async_tokens() -> None:
    service = mock_service()
    async with AsyncConversationItemsClient(ENDPOINT, api_key=SECRET, transport=service.transport()) as client:
        copy = client.with_options(token=_async_token, user_isolation_key="user-7", max_retries=0)
        assert (copy.max_retries, copy.user_isolation_key) == (0, "user-7")
        assert copy._sender is client._sender
        await copy.get_item("c", "i")
        await client.get_item("c", "i", user_identity="me")
        await copy.close()
        assert copy.is_closed and not client.is_closed
        with pytest.raises(NotFoundError):  # the copy sends to the other project: unknown to this service
            await client.with_options("https://other.example/api/projects/p2").get_item("c", "i")
    first, second, third = service.requests
    assert third.headers["host"] == "other.example" and third.item_id is None  # not this project's route
    assert first.headers["authorization"] == "Bearer async-tok" and "api-key" not in first.headers
    assert first.headers["x-ms-user-isolation-key"] == "user-7"
    assert second.headers["api-key"] == SECRET and second.headers["x-ms-user-identity"] == "me"


async def test_closing_an_async_client_closes_its_pool_and_copies_even_over_a_caller_owned_http_client() -> None:
    async with AsyncConversationItemsClient(ENDPOINT, transport=mock_service().transport()) as client:
        copy = client.with_options(max_retries=0)
        await client.get_item("c", "i")
    assert copy.is_closed
    assert client._sender.current.is_closed, "the connections it opened are closed"
    service = mock_service()
    async with httpx.AsyncClient(transport=service.transport()) as http:
        client = AsyncConversationItemsClient(ENDPOINT, http_client=http)
        copy = client.with_options(max_retries=0)
        await client.close()
        assert copy.is_closed
        with pytest.raises(APIConnectionError):  # its text: test_refusals.py
            await copy.get_item("c", "i")
        assert not http.is_closed, "the caller's http_client is theirs to close"
    assert service.requests == []


def test_closing_a_client_closes_the_connection_pool_it_made() -> None:
    client = mock_client(mock_service())
    client.get_item("c", "i")
    client.close()
    assert client._sender.current.is_closed


def test_closing_a_client_closes_its_copies_even_over_a_caller_owned_http_client() -> None:
    service = mock_service()
    with httpx.Client(transport=service.transport()) as http:
        client = ConversationItemsClient(ENDPOINT, http_client=http)
        copy = client.with_options(max_retries=0)
        client.close()
        assert copy.is_closed
        with pytest.raises(APIConnectionError):  # its text: test_refusals.py
            copy.get_item("c", "i")
        assert not http.is_closed, "the caller's http_client is theirs to close"
    assert service.requests == []


# --- logs -------------------------------------------------------------------------------------------------------


def test_every_debug_line_has_the_attempt_number_and_request_id(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="conversation_items")
    service = mock_service(
        Fault(status=503, headers={"x-request-id": "rid-1"}),
        Fault.drop_connection(),
        json_fault(200, ITEM, headers={"x-request-id": "rid-3"}),
    )
    with mock_client(service, max_retries=2) as client:
        client.get_item("c", "i")
    lines = [r.getMessage() for r in caplog.records if r.name == "conversation_items"]
    assert len(lines) == 3
    assert lines[0].startswith("attempt 1 (retry 0 of 2): GET https://") and "-> 503 (request id rid-1" in lines[0]
    assert lines[1].startswith("attempt 2 (retry 1 of 2)") and "-> APIConnectionError (request id None" in lines[1]
    assert lines[2].startswith("attempt 3 (retry 2 of 2)") and "-> 200 (request id rid-3" in lines[2]
    assert all(SECRET not in line for line in lines)


def test_the_debug_lines_say_what_happens_next_and_when(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="conversation_items")
    service = mock_service(
        Fault(status=503, headers={"x-request-id": "r-1"}), Fault(status=503, headers={"x-request-id": "r-2"})
    )
    with mock_client(service, max_retries=1) as client, pytest.raises(InternalServerError):
        client.get_item("c", "i")
    url = f"{ENDPOINT}/openai/v1/conversations/c/items/i"
    assert [r.getMessage() for r in caplog.records if r.name == "conversation_items"] == [
        f"attempt 1 (retry 0 of 1): GET {url} -> 503 (request id r-1, 0.0 ms into the call); retrying in 0.500 s",
        f"attempt 2 (retry 1 of 1): GET {url} -> 503 (request id r-2, 500.0 ms into the call); "
        "raising: no retries left (max_retries=1)",
    ]


def test_the_detailed_result_carries_the_raw_response_and_the_calls_cost() -> None:
    body = b'{"type": "function_call", "id": "fc_1", "call_id": "c", "name": "n", "arguments": "{}"}'
    service = mock_service(Fault(status=503), Fault(status=200, body=body, headers={"x-request-id": "r-9"}))
    with mock_client(service) as client:
        detailed = client.get_item_detailed("c", "i")
    assert repr(detailed) == "ItemResponse(item=FunctionCallItem, status_code=200, request_id='r-9', attempts=2)"
    assert detailed.content == body
    assert detailed.headers["X-Request-Id"] == "r-9"
    assert detailed.elapsed == 0.5, "the time the call took, its backoff included (a fake clock here)"


# --- loopback and plain http ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "host",
    ["localhost", "LOCALHOST", "localhost.", "127.0.0.1", "127.0.0.2", "127.255.255.254", "::1",
     "0:0:0:0:0:0:0:1", "0000::0001", "::ffff:127.0.0.1"],
)  # fmt: skip
def test_loopback_hosts(host: str) -> None:
    assert is_loopback_host(host)
    if ":" in host:
        assert is_loopback_host(f"[{host}]"), "an IPv6 literal may come bracketed, as in a URL"
    bracketed = f"[{host}]" if ":" in host else host
    ConversationItemsClient(f"http://{bracketed}:8080/p", api_key=SECRET).close()  # allowed over plain http


@pytest.mark.parametrize("client_class", [ConversationItemsClient, AsyncConversationItemsClient])
async def test_an_ipv6_loopback_with_a_zone_id_gets_credentials_over_plain_http(client_class: type[Any]) -> None:
    service = mock_service(base_path="/api/projects/p")
    endpoint = "http://[::1%25eth0]:8080/api/projects/p"  # %25 is the URL spelling of the zone id's `%`
    client = client_class(endpoint, api_key=SECRET, transport=service.transport())
    assert client.endpoint == endpoint
    result = client.get_item("c", "i")
    item = await result if client_class is AsyncConversationItemsClient else result
    assert item.to_dict() == ITEM
    assert service.requests[0].headers["api-key"] == SECRET
    with pytest.raises(InsecureEndpointError):  # a zone id does not make any address loopback
        client_class("http://[fe80::1%25eth0]:8080/api/projects/p", api_key=SECRET)


@pytest.mark.parametrize(
    "host",
    [
        "example.com",
        "localhost.example.com",
        "127.0.0.1.example.com",
        "10.0.0.1",
        "::2",
        "0.0.0.0",
        "[::]",
        "Xlocalhost",
    ],
)
def test_other_hosts_get_no_credentials_over_plain_http(host: str) -> None:
    assert not is_loopback_host(host.strip("[]"))
    bracketed = f"[{host}]" if ":" in host and not host.startswith("[") else host
    with pytest.raises(InsecureEndpointError):  # its text: test_refusals.py
        ConversationItemsClient(f"http://{bracketed}/p", api_key=SECRET)
    ConversationItemsClient(f"http://{bracketed}/p", api_key=SECRET, allow_insecure_http=True).close()
    ConversationItemsClient(f"http://{bracketed}/p").close()  # no credentials, nothing to protect
    with pytest.raises(InsecureEndpointError):
        AsyncConversationItemsClient(f"http://{bracketed}/p", token="t")


# --- construction cost ------------------------------------------------------------------------------------------


def test_the_default_ssl_context_is_made_once_and_shared_across_threads() -> None:
    contexts: list[object] = []
    threads = [threading.Thread(target=lambda: contexts.append(shared_ssl_context())) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(c) for c in contexts}) == 1
    first = ConversationItemsClient(ENDPOINT)
    second = ConversationItemsClient(ENDPOINT)
    assert first._sender.current is not second._sender.current
    assert contexts[0] is shared_ssl_context()
    first.close()
    second.close()


def test_the_shared_ssl_context_is_created_once_by_threads_racing_for_the_first_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(http_module, "_ssl_context", None)
    contexts: list[ssl.SSLContext] = []
    threads = [threading.Thread(target=lambda: contexts.append(shared_ssl_context())) for _ in range(4)]
    with http_module._ssl_lock:  # the threads find no context yet and queue for the lock
        for thread in threads:
            thread.start()
        time.sleep(0.2)
    for thread in threads:
        thread.join()
    assert len(contexts) == 4
    assert isinstance(contexts[0], ssl.SSLContext) and all(context is contexts[0] for context in contexts)


async def test_every_client_without_a_transport_verifies_tls_with_the_shared_context() -> None:
    sync_client = ConversationItemsClient(ENDPOINT)
    async_client = AsyncConversationItemsClient(ENDPOINT)
    for client in (sync_client, async_client):
        assert client._sender.current._transport._pool._ssl_context is shared_ssl_context()  # type: ignore[union-attr]
    assert shared_ssl_context().verify_mode == ssl.CERT_REQUIRED
    sync_client.close()
    await async_client.close()


async def test_calls_from_one_event_loop_share_one_connection_pool() -> None:
    async with AsyncConversationItemsClient(ENDPOINT, transport=mock_service().transport()) as client:
        await client.get_item("c", "i")
        pool = client._sender.current
        await client.get_item("c", "i")
        assert client._sender.current is pool
