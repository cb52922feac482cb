"""The three ways to authenticate, each giving the one header a request needs, never revealing its secret.

- `api_key=`: the `api-key` header; a string, or a key credential such as azure-core's `AzureKeyCredential` (also
  taken as `credential=`), whose `.key` is read for every request, so `update()` rotates the key for the next call.
- `token=`: a string, or a callable returning one, sent as `Authorization: Bearer`; the callable runs for every
  request (an async callable too, with the async client).
- `credential=`: anything with azure-identity's `get_token(*scopes)`, sync or async. Like azure-core's bearer policy,
  the token is reused until `TOKEN_REFRESH_MARGIN` seconds before it expires, one caller fetches while the others
  wait, a 401 drops it, and a 401 carrying a CAE claims challenge gets a token for those claims.

Failures of a credential or token callable become `CredentialError`, with the original as `__cause__`. With the async
client, a sync credential or callable runs in a worker thread, so the event loop is never blocked.
"""

from __future__ import annotations

import base64
import binascii
import inspect
import re
import threading
import time
import weakref
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, Protocol, TypeGuard, cast

from ._defaults import DEFAULT_SCOPE, TOKEN_REFRESH_MARGIN
from ._event_loop import current_loop
from ._validation import check_header_value
from .errors import CredentialError

if TYPE_CHECKING:
    import anyio

__all__ = [
    "ApiKeyAuth",
    "Auth",
    "CredentialAuth",
    "KeyCredentialLike",
    "TokenAuth",
    "TokenCredentialLike",
    "TokenSource",
    "build_auth",
]

TokenSource = str | Callable[[], str] | Callable[[], Awaitable[str]]

#: header names an auth mode owns: always refused in `headers=` and `extra_headers=`
AUTH_HEADER_NAMES: Final = frozenset({"api-key", "authorization"})


class TokenCredentialLike(Protocol):
    """azure-identity's credential protocol: `get_token(*scopes, claims=None)` returning `.token` and `.expires_on`."""

    def get_token(self, *scopes: str, **kwargs: Any) -> Any: ...


class KeyCredentialLike(Protocol):
    """azure-core's `AzureKeyCredential` shape: a `.key`, read for every request (azure-core is never imported)."""

    @property
    def key(self) -> str: ...


def is_key_credential(value: object) -> TypeGuard[KeyCredentialLike]:
    """Whether `value` is a key credential: not a str, no `get_token`, and a `.key` that is a str."""
    if isinstance(value, str) or callable(getattr(value, "get_token", None)):
        return False
    try:
        return isinstance(getattr(value, "key", None), str)
    except Exception:  # a `.key` property that fails is not a key credential's
        return False


def _is_async_callable(function: object) -> bool:
    call = getattr(function, "__call__", None)  # noqa: B004 - an object whose __call__ is async counts too
    return inspect.iscoroutinefunction(function) or inspect.iscoroutinefunction(call)


def _describe_failure(what: str, exc: BaseException) -> str:
    first_line = (str(exc).strip().splitlines() or [""])[0]
    detail = f": {first_line[:300]}" if first_line else ""
    return f"{what} failed ({type(exc).__name__}{detail})"


class Auth:
    """One auth mode: the header for the next request, and what a 401 means for it."""

    mode: str = "auth"

    def header(self, claims: str | None = None) -> tuple[str, str]:
        """(name, value) for a request made by the sync client."""
        raise NotImplementedError

    async def async_header(self, claims: str | None = None) -> tuple[str, str]:
        """(name, value) for a request made by the async client; never blocks the event loop."""
        raise NotImplementedError

    def on_unauthorized(self, headers: Mapping[str, str]) -> str | None:
        """After a 401: forget what is cached; the CAE claims to retry with once, or None to raise the 401."""
        return None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} ({self.mode}), secret hidden>"


class ApiKeyAuth(Auth):
    """The `api-key` header: a fixed string, or a key credential's `.key` read for every request."""

    mode = "api_key"

    def __init__(self, api_key: str | KeyCredentialLike, *, name: str = "api_key") -> None:
        if is_key_credential(api_key):
            check_header_value(api_key.key, f"{name}.key")  # a bad key is refused now, as a bad str is
            self._key: str | KeyCredentialLike = api_key
        elif isinstance(api_key, str):
            self._key = check_header_value(api_key, name)
        else:
            raise TypeError(
                f"{name} must be a str or a key credential with a str .key (azure.core.credentials.AzureKeyCredential)"
                f", got {type(api_key).__name__}"
            )

    @property
    def _value(self) -> str:
        """The key to send now: a key credential is read at every request, so that its `update()` takes effect."""
        key = self._key
        if isinstance(key, str):
            return key
        source = type(key).__name__
        try:
            value = key.key
        except Exception as exc:
            raise CredentialError(_describe_failure(f"reading {source}.key", exc)) from exc
        if not isinstance(value, str):
            raise CredentialError(f"{source}.key is {type(value).__name__}, not a str")
        try:
            return check_header_value(value, "api_key")
        except ValueError:
            raise CredentialError(f"{source}.key cannot be sent in a header") from None

    def header(self, claims: str | None = None) -> tuple[str, str]:
        return ("api-key", self._value)

    async def async_header(self, claims: str | None = None) -> tuple[str, str]:
        return ("api-key", self._value)


def _bearer(token: object, source: str) -> tuple[str, str]:
    if not isinstance(token, str):
        raise CredentialError(f"{source} returned {type(token).__name__}, not a str")
    try:
        return ("Authorization", "Bearer " + check_header_value(token, "token"))
    except ValueError:
        raise CredentialError(f"{source} returned a token that cannot be sent in a header") from None


class TokenAuth(Auth):
    """A bearer token given as a string, or a callable run for every request."""

    mode = "token"

    def __init__(self, token: TokenSource, *, is_async_client: bool) -> None:
        if isinstance(token, str):
            check_header_value(token, "token")
        elif not callable(token):
            raise TypeError(f"token must be a str or a callable returning one, got {type(token).__name__}")
        elif not is_async_client and _is_async_callable(token):
            raise TypeError("token= is an async callable: use it with AsyncConversationItemsClient")
        self._token = token

    def header(self, claims: str | None = None) -> tuple[str, str]:
        token = self._token
        if isinstance(token, str):
            return _bearer(token, "token")
        try:
            value = token()
        except Exception as exc:
            raise CredentialError(_describe_failure("the token callable", exc)) from exc
        if inspect.isawaitable(value):
            _close(value)
            raise CredentialError("the token callable returned an awaitable: use AsyncConversationItemsClient")
        return _bearer(value, "the token callable")

    async def async_header(self, claims: str | None = None) -> tuple[str, str]:
        from anyio import to_thread  # only the async client gets here: sync users do not import anyio

        token = self._token
        if isinstance(token, str):
            return _bearer(token, "token")
        try:
            if _is_async_callable(token):
                value = await token()  # type: ignore[misc]
            else:
                value = await to_thread.run_sync(token)
                if inspect.isawaitable(value):
                    value = await value
        except Exception as exc:
            raise CredentialError(_describe_failure("the token callable", exc)) from exc
        return _bearer(value, "the token callable")


def _close(awaitable: object) -> None:
    close = getattr(awaitable, "close", None)  # a coroutine we will not await: no "never awaited" warning
    if callable(close):
        close()


_CLAIMS = re.compile(r'claims="([^"]*)"', re.IGNORECASE)
_INSUFFICIENT_CLAIMS = re.compile(r'error="?insufficient_claims"?', re.IGNORECASE)


def challenge_claims(www_authenticate: str | None) -> str | None:
    """The decoded claims of a CAE challenge (`Bearer ... error="insufficient_claims", claims="<base64url>"`)."""
    if not www_authenticate or not _INSUFFICIENT_CLAIMS.search(www_authenticate):
        return None
    found = _CLAIMS.search(www_authenticate)
    if found is None or not found.group(1):
        return None
    encoded = found.group(1)
    try:
        return base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)).decode("utf-8") or None
    except (binascii.Error, ValueError):
        return None


class CredentialAuth(Auth):
    """Bearer tokens from an azure-identity style credential, cached until `TOKEN_REFRESH_MARGIN` before expiry."""

    mode = "credential"

    def __init__(self, credential: TokenCredentialLike, *, scope: str = DEFAULT_SCOPE, is_async_client: bool) -> None:
        get_token = getattr(credential, "get_token", None)
        if not callable(get_token):
            raise TypeError("credential must have a get_token(*scopes) method (e.g. DefaultAzureCredential())")
        if not is_async_client and _is_async_callable(get_token):
            raise TypeError("credential is async (azure.identity.aio): use it with AsyncConversationItemsClient")
        self._credential = credential
        self._scope = scope
        self._is_async = _is_async_callable(get_token)
        self._token: str | None = None
        self._expires_on = 0.0
        self._lock = threading.Lock()
        self._loop_locks: weakref.WeakKeyDictionary[object, anyio.Lock] = weakref.WeakKeyDictionary()

    def _cached(self) -> str | None:
        token = self._token
        if token is not None and time.time() < self._expires_on - TOKEN_REFRESH_MARGIN:
            return token
        return None

    def _store(self, result: object) -> str:
        token = getattr(result, "token", None)
        expires_on = getattr(result, "expires_on", None)
        if not isinstance(token, str) or isinstance(expires_on, bool) or not isinstance(expires_on, int | float):
            raise CredentialError(
                f"the credential returned {type(result).__name__}, not an access token with .token and .expires_on"
            )
        _bearer(token, "the credential")
        self._token, self._expires_on = token, float(expires_on)
        return token

    def _kwargs(self, claims: str | None) -> dict[str, Any]:
        return {} if claims is None else {"claims": claims}

    def header(self, claims: str | None = None) -> tuple[str, str]:
        token = None if claims else self._cached()
        if token is None:
            with self._lock:
                token = None if claims else self._cached()
                if token is None:
                    try:
                        result = self._credential.get_token(self._scope, **self._kwargs(claims))
                    except Exception as exc:
                        raise CredentialError(
                            _describe_failure(f"{type(self._credential).__name__}.get_token", exc)
                        ) from exc
                    if inspect.isawaitable(result):
                        _close(result)
                        raise CredentialError("the credential returned an awaitable: use AsyncConversationItemsClient")
                    token = self._store(result)
        return ("Authorization", "Bearer " + token)

    def _loop_lock(self) -> anyio.Lock:
        import anyio  # only the async client gets here

        loop = current_loop()
        lock = self._loop_locks.get(loop)
        if lock is None:  # a lock belongs to one event loop: one per loop the client is used from
            lock = self._loop_locks.setdefault(loop, anyio.Lock())
        return lock

    async def async_header(self, claims: str | None = None) -> tuple[str, str]:
        from functools import partial

        from anyio import to_thread  # only the async client gets here

        token = None if claims else self._cached()
        if token is None:
            async with self._loop_lock():
                token = None if claims else self._cached()
                if token is None:
                    kwargs = self._kwargs(claims)
                    try:
                        if self._is_async:
                            result = await self._credential.get_token(self._scope, **kwargs)
                        else:
                            get_token = partial(self._credential.get_token, self._scope, **kwargs)
                            result = await to_thread.run_sync(get_token)
                    except Exception as exc:
                        raise CredentialError(
                            _describe_failure(f"{type(self._credential).__name__}.get_token", exc)
                        ) from exc
                    token = self._store(result)
        return ("Authorization", "Bearer " + token)

    def on_unauthorized(self, headers: Mapping[str, str]) -> str | None:
        self._token = None  # a revoked token must not be reused until it would have expired
        return challenge_claims(headers.get("www-authenticate"))


def build_auth(
    *,
    api_key: str | KeyCredentialLike | None,
    token: TokenSource | None,
    credential: TokenCredentialLike | KeyCredentialLike | None,
    scope: str,
    is_async_client: bool,
) -> Auth | None:
    """The auth for exactly one of the three modes, or None for an unauthenticated client."""
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
        return TokenAuth(token, is_async_client=is_async_client)
    if credential is not None:
        if is_key_credential(credential):  # azure SDKs take `credential=AzureKeyCredential(...)`: the api-key mode
            return ApiKeyAuth(credential, name="credential")
        return CredentialAuth(cast(TokenCredentialLike, credential), scope=scope, is_async_client=is_async_client)
    return None
