"""The three ways to authenticate, as httpx.Auth flows that never reveal their secret.

- `api_key=`: sent as the `api-key` header.
- `token=`: a string, or a callable returning one (an async callable for the async client), sent
  as `Authorization: Bearer`.
- `credential=`: anything with azure-identity's `get_token(*scopes)`; the token is reused until
  shortly before it expires.
"""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Coroutine, Generator
from typing import Any, Protocol

import httpx

from ._settings import check_header_value

__all__ = [
    "DEFAULT_SCOPE",
    "ApiKeyAuth",
    "BearerTokenAuth",
    "CredentialAuth",
    "TokenCredentialLike",
    "build_auth",
]

#: the scope Foundry data-plane tokens are requested for
DEFAULT_SCOPE = "https://ai.azure.com/.default"
#: a cached credential token is renewed this many seconds before it expires
REFRESH_MARGIN_SECONDS = 300.0

TokenSource = str | Callable[[], str] | Callable[[], Awaitable[str]]


class TokenCredentialLike(Protocol):
    def get_token(self, *scopes: str, **kwargs: Any) -> Any: ...


def _now() -> float:
    return time.time()  # looked up per call, so tests can move the clock


def _discard(awaitable: Awaitable[Any]) -> None:
    """Close a coroutine we will not await (no "never awaited" warning)."""
    if isinstance(awaitable, Coroutine):
        awaitable.close()


class _SecretAuth(httpx.Auth):
    """Base: a repr that names the mode only."""

    mode = "auth"

    def __repr__(self) -> str:
        return f"<{type(self).__name__} ({self.mode}), secret hidden>"


class ApiKeyAuth(_SecretAuth):
    mode = "api_key"

    def __init__(self, api_key: str) -> None:
        self._header = check_header_value(api_key, "api_key")

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["api-key"] = self._header
        yield request


class BearerTokenAuth(_SecretAuth):
    mode = "token"

    def __init__(self, token: TokenSource) -> None:
        if isinstance(token, str):
            check_header_value(token, "token")
        elif not callable(token):
            raise TypeError(f"token must be a str or a callable returning one, got {type(token).__name__}")
        self._token = token

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._token
        if callable(token):
            value = token()
            if isinstance(value, Awaitable):
                _discard(value)
                raise TypeError("token= is an async callable: use it with AsyncConversationItemsClient")
            token = value
        request.headers["Authorization"] = "Bearer " + check_header_value(token, "the token returned by token()")
        yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token: object = self._token
        if callable(token):
            token = token()
            if isinstance(token, Awaitable):
                token = await token
        request.headers["Authorization"] = "Bearer " + check_header_value(token, "the token returned by token()")
        yield request


class CredentialAuth(_SecretAuth):
    """Bearer tokens from an azure-identity style credential, cached until near expiry."""

    mode = "credential"

    def __init__(
        self,
        credential: TokenCredentialLike,
        *,
        scope: str = DEFAULT_SCOPE,
        clock: Callable[[], float] | None = None,
    ) -> None:
        if not callable(getattr(credential, "get_token", None)):
            raise TypeError("credential must have a get_token(*scopes) method (e.g. DefaultAzureCredential())")
        self._credential = credential
        self._scope = scope
        self._clock = clock or _now
        self._token: str | None = None
        self._expires_on = 0.0
        self._lock = threading.Lock()
        self._async_lock: Any = None  # an asyncio.Lock, created inside the running loop

    def _fresh(self) -> str | None:
        if self._token is not None and self._clock() < self._expires_on - REFRESH_MARGIN_SECONDS:
            return self._token
        return None

    def _store(self, access_token: Any) -> str:
        token = check_header_value(getattr(access_token, "token", None), "the credential's token")
        self._token = token
        self._expires_on = float(access_token.expires_on)
        return token

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._fresh()
        if token is None:
            with self._lock:
                token = self._fresh()
                if token is None:
                    result = self._credential.get_token(self._scope)
                    if isinstance(result, Awaitable):
                        _discard(result)
                        raise TypeError("credential is async: use it with AsyncConversationItemsClient")
                    token = self._store(result)
        request.headers["Authorization"] = "Bearer " + token
        yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        import asyncio

        token = self._fresh()
        if token is None:
            if self._async_lock is None:
                self._async_lock = asyncio.Lock()
            async with self._async_lock:
                token = self._fresh()
                if token is None:
                    result = self._credential.get_token(self._scope)
                    if isinstance(result, Awaitable):
                        result = await result
                    token = self._store(result)
        request.headers["Authorization"] = "Bearer " + token
        yield request


def build_auth(
    *,
    api_key: str | None,
    token: TokenSource | None,
    credential: TokenCredentialLike | None,
    scope: str = DEFAULT_SCOPE,
) -> _SecretAuth | None:
    """The auth flow for exactly one of the three modes (or None for an unauthenticated client)."""
    given = [
        name
        for name, value in (("api_key", api_key), ("token", token), ("credential", credential))
        if value is not None
    ]
    if len(given) > 1:
        raise ValueError(f"pass only one of api_key=, token= or credential= (got {' and '.join(given)})")
    if api_key is not None:
        return ApiKeyAuth(api_key)
    if token is not None:
        return BearerTokenAuth(token)
    if credential is not None:
        return CredentialAuth(credential, scope=scope)
    return None
