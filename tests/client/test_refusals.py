"""Every refusal of a caller's argument says which argument and what is wrong, word for word: a TypeError for the
wrong kind of value, a ValueError for a value that cannot be sent safely. Nothing is sent, and a header value (it may
be a secret) is never echoed."""

from __future__ import annotations

import math
import re
from typing import Any

import httpx
import pytest
from conversation_items import APIConnectionError, AsyncConversationItemsClient, ConversationItemsClient, RetryPolicy
from fakes import ENDPOINT, SECRET, FakeCredential, mock_client, mock_service

HEADER_RULE = "must be non-empty printable ASCII without surrounding whitespace (no CR, LF or other control characters)"

CONSTRUCTION: list[tuple[dict[str, Any], type[Exception], str]] = [
    ({"endpoint": 42}, TypeError, "endpoint must be a str, got int"),
    ({"endpoint": "https://[::1"}, ValueError, "endpoint is not a valid URL"),
    (
        {"endpoint": "https://user:pw@acct.example/p"},
        ValueError,
        "endpoint must not contain credentials (user:password@); pass api_key= or credential=",
    ),
    (
        {"endpoint": "ftp://acct.example/p"},
        ValueError,
        "endpoint must be an http(s) URL with a host, like "
        "https://<resource>.services.ai.azure.com/api/projects/<project>; got 'ftp://acct.example/p'",
    ),
    (
        {"endpoint": "https:///p"},
        ValueError,
        "endpoint must be an http(s) URL with a host, like "
        "https://<resource>.services.ai.azure.com/api/projects/<project>; got 'https:///p'",
    ),
    ({"endpoint": "https://acct.example/p?x=1"}, ValueError, "endpoint must not have a query string or fragment"),
    ({"endpoint": "https://acct.example/p#f"}, ValueError, "endpoint must not have a query string or fragment"),
    (
        {"endpoint": "http://acct.example/p", "api_key": SECRET},
        ValueError,
        "refusing to send credentials over plain http to a host that is not this machine; use https "
        "(or pass allow_insecure_http=True if you really mean it)",
    ),
    (
        {"api_key": SECRET, "token": "t"},
        ValueError,
        "pass only one of api_key=, token= or credential= (got api_key and token)",
    ),
    (
        {"token": "t", "credential": FakeCredential()},
        ValueError,
        "pass only one of api_key=, token= or credential= (got token and credential)",
    ),
    (
        {"api_key": 5},
        TypeError,
        "api_key must be a str or a key credential with a str .key (azure.core.credentials.AzureKeyCredential), "
        "got int",
    ),
    ({"api_key": "key\n"}, ValueError, f"api_key {HEADER_RULE}"),
    ({"token": " token"}, ValueError, f"token {HEADER_RULE}"),
    ({"token": 42}, TypeError, "token must be a str or a callable returning one, got int"),
    (
        {"credential": object()},
        TypeError,
        "credential must have a get_token(*scopes) method (e.g. DefaultAzureCredential())",
    ),
    ({"user_isolation_key": "a\nb"}, ValueError, f"user_isolation_key {HEADER_RULE}"),
    ({"user_identity": ""}, ValueError, f"user_identity {HEADER_RULE}"),
    ({"token_scope": " scope"}, ValueError, f"token_scope {HEADER_RULE}"),
    ({"allow_insecure_http": 1}, TypeError, "allow_insecure_http must be a bool, got int"),
    ({"retry_policy": object()}, TypeError, "retry_policy must be a RetryPolicy, got object"),
    ({"timeout": "3"}, TypeError, "timeout must be a number of seconds, got str"),
    ({"timeout": True}, TypeError, "timeout must be a number of seconds, got bool"),
    ({"timeout": 0}, ValueError, "timeout must be a finite number of seconds > 0, got 0"),
    ({"timeout": -1.5}, ValueError, "timeout must be a finite number of seconds > 0, got -1.5"),
    ({"timeout": math.inf}, ValueError, "timeout must be a finite number of seconds > 0, got inf"),
    ({"timeout": httpx.Timeout(5.0, read=0)}, ValueError, "timeout.read must be a finite number of seconds > 0, got 0"),
    ({"deadline": 0.0}, ValueError, "deadline must be a finite number of seconds > 0, got 0.0"),
    ({"deadline": math.nan}, ValueError, "deadline must be a finite number of seconds > 0, got nan"),
    ({"max_retries": 1.0}, TypeError, "max_retries must be an int, got float"),
    ({"max_retries": False}, TypeError, "max_retries must be an int, got bool"),
    ({"max_retries": -1}, ValueError, "max_retries must be >= 0, got -1"),
    ({"headers": [("a", "b")]}, TypeError, "headers must be a mapping of header names to values, got list"),
    ({"headers": {"bad name": "v"}}, ValueError, "invalid header name 'bad name'"),
    ({"headers": {"": "v"}}, ValueError, "invalid header name ''"),
    ({"headers": {"X-Trace": "a\r\nb"}}, ValueError, f"header X-Trace {HEADER_RULE}"),
    ({"headers": {"X-Trace": 7}}, TypeError, "header X-Trace must be a str, got int"),
    (
        {"headers": {"X-MS-User-Isolation-Key": "k"}},
        ValueError,
        "pass x-ms-user-isolation-key as user_isolation_key=, not in headers",
    ),
    ({"headers": {"x-ms-user-identity": "u"}}, ValueError, "pass x-ms-user-identity as user_identity=, not in headers"),
    (
        {"api_key": SECRET, "headers": {"Authorization": "Bearer x"}},
        ValueError,
        "authorization is set by the client's auth (api_key=, token= or credential=), not in headers",
    ),
    (
        {"headers": {"api-key": SECRET}},
        ValueError,
        "api-key is set by the client's auth (api_key=, token= or credential=), not in headers",
    ),
    (
        {"endpoint": "http://acct.example/p", "headers": {"API-Key": SECRET}},
        ValueError,
        "api-key is set by the client's auth (api_key=, token= or credential=), not in headers",
    ),
    (
        {"headers": {"Authorization": "Gateway abc"}},
        ValueError,
        "authorization is set by the client's auth (api_key=, token= or credential=), not in headers",
    ),
    ({"timout": 3}, TypeError, "the client got unexpected keyword argument(s): timout"),
]


@pytest.mark.parametrize(("kwargs", "error_type", "message"), CONSTRUCTION)
@pytest.mark.parametrize("client_class", [ConversationItemsClient, AsyncConversationItemsClient])
def test_a_client_refuses_a_bad_argument_saying_exactly_what_is_wrong(
    client_class: type[Any], kwargs: dict[str, Any], error_type: type[Exception], message: str
) -> None:
    kwargs = dict(kwargs)
    endpoint = kwargs.pop("endpoint", ENDPOINT)
    with pytest.raises(error_type, match=f"^{re.escape(message)}$"):
        client_class(endpoint, transport=None, **kwargs)


CALLS: list[tuple[tuple[Any, Any], dict[str, Any], type[Exception], str]] = [
    ((1, "i"), {}, TypeError, "conversation_id must be a str, got int"),
    (("c", None), {}, TypeError, "item_id must be a str, got NoneType"),
    (("..", "i"), {}, ValueError, "conversation_id must not be '..': it would address a different URL"),
    (("c", "."), {}, ValueError, "item_id must not be '.': it would address a different URL"),
    (("c", ""), {}, ValueError, "item_id must not be '': it would address a different URL"),
    (("c\x00", "i"), {}, ValueError, "conversation_id must not contain control characters"),
    (("c", "i\x85"), {}, ValueError, "item_id must not contain control characters"),
    (("c", "i"), {"user_isolation_key": "k\n"}, ValueError, f"user_isolation_key {HEADER_RULE}"),
    (("c", "i"), {"user_identity": 3}, TypeError, "user_identity must be a str, got int"),
    (("c", "i"), {"extra_headers": {"X-A": " v"}}, ValueError, f"header X-A {HEADER_RULE}"),
    (
        ("c", "i"),
        {"extra_headers": "x"},
        TypeError,
        "extra_headers must be a mapping of header names to values, got str",
    ),
    (
        ("c", "i"),
        {"extra_headers": {"api-key": "k"}},
        ValueError,
        "api-key is set by the client's auth (api_key=, token= or credential=), not in extra_headers",
    ),
    (
        ("c", "i"),
        {"extra_headers": {"x-ms-user-identity": "u"}},
        ValueError,
        "pass x-ms-user-identity as user_identity=, not in extra_headers",
    ),
    (("c", "i"), {"include": "message.output_text.logprobs"}, TypeError, "include must be a list of strings, got str"),
    (("c", "i"), {"include": 5}, TypeError, "include must be a list of strings, got int"),
    (("c", "i"), {"include": [1]}, TypeError, "include must hold non-empty strings, got 1"),
    (("c", "i"), {"include": [""]}, TypeError, "include must hold non-empty strings, got ''"),
    (("c", "i"), {"timeout": -1}, ValueError, "timeout must be a finite number of seconds > 0, got -1"),
    (("c", "i"), {"deadline": "1"}, TypeError, "deadline must be a number of seconds, got str"),
    (("c", "i"), {"max_retries": -2}, ValueError, "max_retries must be >= 0, got -2"),
    (("c", "i"), {"retries": 1}, TypeError, "get_item() got unexpected keyword argument(s): retries"),
]


@pytest.mark.parametrize(("ids", "options", "error_type", "message"), CALLS)
async def test_a_call_refuses_a_bad_argument_saying_exactly_what_is_wrong_and_sends_nothing(
    ids: tuple[Any, Any], options: dict[str, Any], error_type: type[Exception], message: str
) -> None:
    service = mock_service()
    pattern = f"^{re.escape(message)}$"
    with mock_client(service) as client, pytest.raises(error_type, match=pattern):
        client.get_item(*ids, **options)
    async with AsyncConversationItemsClient(ENDPOINT, api_key=SECRET, transport=service.transport()) as aclient:
        with pytest.raises(error_type, match=pattern):
            await aclient.get_item(*ids, **options)
    assert service.requests == []


@pytest.mark.parametrize(
    ("extra_headers", "message"),
    [
        (
            {"api-key": SECRET},
            "api-key is set by the client's auth (api_key=, token= or credential=), not in extra_headers",
        ),
        (
            {"AUTHORIZATION": "Bearer " + SECRET},
            "AUTHORIZATION is set by the client's auth (api_key=, token= or credential=), not in extra_headers",
        ),
    ],
)
async def test_a_credential_header_is_refused_per_call_even_without_an_auth_mode(
    extra_headers: dict[str, str], message: str
) -> None:
    service = mock_service()
    pattern = f"^{re.escape(message)}$"
    with mock_client(service, api_key=None) as client, pytest.raises(ValueError, match=pattern) as raised:
        client.get_item("c", "i", extra_headers=extra_headers)
    assert SECRET not in str(raised.value)
    async with AsyncConversationItemsClient(ENDPOINT, transport=service.transport()) as aclient:
        with pytest.raises(ValueError, match=pattern):
            await aclient.get_item("c", "i", extra_headers=extra_headers)
    assert service.requests == []


def test_a_missing_endpoint_says_where_it_can_come_from(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AZURE_AI_PROJECT_ENDPOINT", raising=False)
    message = (
        "no endpoint: pass endpoint='https://<resource>.services.ai.azure.com/api/projects/<project>' "
        "or set AZURE_AI_PROJECT_ENDPOINT"
    )
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        ConversationItemsClient()
    monkeypatch.setenv("AZURE_AI_PROJECT_ENDPOINT", "")
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        ConversationItemsClient()
    monkeypatch.setenv("AZURE_AI_PROJECT_ENDPOINT", ENDPOINT + "/")
    assert ConversationItemsClient().endpoint == ENDPOINT
    assert ConversationItemsClient("https://acct.example/api/projects/PROJX//").endpoint == (
        "https://acct.example/api/projects/PROJX"
    ), "only trailing slashes go; the path is kept as written"


@pytest.mark.parametrize(
    ("client_class", "http_class"),
    [(ConversationItemsClient, httpx.Client), (AsyncConversationItemsClient, httpx.AsyncClient)],
)
def test_an_http_client_that_cannot_be_used_is_refused_saying_why(
    client_class: type[Any], http_class: type[Any]
) -> None:
    both = "pass http_client= or transport=, not both (give your transport to your http_client)"
    with pytest.raises(ValueError, match=f"^{re.escape(both)}$"):
        client_class(ENDPOINT, http_client=http_class(), transport=mock_service().transport())
    redirects = (
        "http_client follows redirects, so credentials could follow one to another host: "
        "create it with follow_redirects=False (a redirect is then an APIStatusError)"
    )
    with pytest.raises(ValueError, match=f"^{re.escape(redirects)}$"):
        client_class(ENDPOINT, http_client=http_class(follow_redirects=True))


async def test_a_closed_client_says_so_and_how_to_go_on() -> None:
    message = "the client is closed; create a new one (or use it in a `with` block)"
    client = mock_client(mock_service())
    client.close()
    with pytest.raises(APIConnectionError, match=f"^{re.escape(message)}$"):
        client.get_item("c", "i")
    aclient = AsyncConversationItemsClient(ENDPOINT, transport=mock_service().transport())
    await aclient.close()
    with pytest.raises(APIConnectionError, match=f"^{re.escape(message)}$"):
        await aclient.get_item("c", "i")


def test_with_options_refuses_unknown_options_naming_itself() -> None:
    client = mock_client(mock_service())
    message = "with_options() got unexpected keyword argument(s): max_retry, timout"
    with pytest.raises(TypeError, match=f"^{re.escape(message)}$"):
        client.with_options(timout=1, max_retry=2)  # type: ignore[call-arg]


@pytest.mark.parametrize("name", ["initial_backoff", "max_backoff", "jitter", "max_retry_after"])
@pytest.mark.parametrize("value", [-1, -0.001, math.nan, math.inf, True, "1", None])
def test_retry_policy_numbers_must_be_finite_and_not_negative(name: str, value: Any) -> None:
    with pytest.raises(ValueError, match=rf"^{name} must be a finite number >= 0, got {value!r}$"):
        RetryPolicy(**{name: value})


def test_retry_policy_jitter_is_a_fraction() -> None:
    with pytest.raises(ValueError, match=r"^jitter must be <= 1\.0, got 1\.5$"):
        RetryPolicy(jitter=1.5)
    assert RetryPolicy(jitter=1).jitter == 1.0
