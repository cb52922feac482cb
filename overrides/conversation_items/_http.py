"""The httpx clients under `ConversationItemsClient`: built once per client (or given by the caller), shared by its
`with_options` copies, with one default SSL context per process instead of one per client (~30-60 ms each)."""

from __future__ import annotations

import ssl
import threading
import weakref
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Generic, TypeVar

import httpx

from ._attempt_limit import limit_body_time

if TYPE_CHECKING:
    import asyncio

__all__ = ["Pool", "async_pool", "shared_ssl_context", "sync_pool"]

_ssl_lock = threading.Lock()
_ssl_context: ssl.SSLContext | None = None

HttpClient = TypeVar("HttpClient", httpx.Client, httpx.AsyncClient)


def shared_ssl_context() -> ssl.SSLContext:
    """httpx's default verifying context (certifi, SSL_CERT_FILE/SSL_CERT_DIR honoured), created once per process."""
    global _ssl_context
    context = _ssl_context
    if context is None:
        with _ssl_lock:
            context = _ssl_context
            if context is None:
                context = _ssl_context = httpx.create_ssl_context()
    return context


class Pool(Generic[HttpClient]):
    """An httpx client; whether this package owns it (made by `factory`, closed by `close()`), whether it has been
    closed, and the headers and timeout installed on it as its defaults (none on a caller's client). Shared by a
    client and its `with_options` copies, which send per request only what differs from these defaults."""

    __slots__ = ("_factory", "_loop", "closed", "default_headers", "default_timeout", "http")

    http: HttpClient
    _factory: Callable[[], HttpClient] | None
    _loop: weakref.ref[asyncio.AbstractEventLoop] | None
    default_headers: Mapping[str, str]
    default_timeout: httpx.Timeout | None

    def __init__(
        self,
        http: HttpClient,
        *,
        factory: Callable[[], HttpClient] | None,
        default_headers: Mapping[str, str] | None = None,
        default_timeout: httpx.Timeout | None = None,
    ) -> None:
        self.http = http
        self._factory = factory
        self._loop = None
        self.closed = False
        self.default_headers = MappingProxyType(dict(default_headers or {}))
        self.default_timeout = default_timeout

    @property
    def owned(self) -> bool:
        return self._factory is not None

    def for_loop(self, loop: asyncio.AbstractEventLoop) -> HttpClient:
        """The httpx client to use from `loop` (async): an owned one is replaced when the loop changes, because its
        pooled connections belong to the loop that opened them (the first loop's are left to be collected)."""
        if self._loop is not None and self._loop() is not loop and self._factory is not None:
            self.http = self._factory()
        self._loop = weakref.ref(loop)
        return self.http

    def usable_from(self, loop: asyncio.AbstractEventLoop) -> bool:
        """Whether the current httpx client may be used (or closed) from `loop` (async)."""
        return self._loop is None or self._loop() is loop


def _check_choice(http_client: object, transport: object, expected: type) -> None:
    if http_client is not None and transport is not None:
        raise ValueError("pass http_client= or transport=, not both (give your transport to your http_client)")
    if http_client is not None and not isinstance(http_client, expected):
        raise TypeError(f"http_client must be an {expected.__module__}.{expected.__name__}")
    if http_client is not None and getattr(http_client, "follow_redirects", False):
        raise ValueError(
            "http_client follows redirects, so credentials could follow one to another host: "
            "create it with follow_redirects=False (a redirect is then an APIStatusError)"
        )


def sync_pool(
    http_client: httpx.Client | None,
    transport: httpx.BaseTransport | None,
    *,
    headers: Mapping[str, str],
    timeout: httpx.Timeout | None,
) -> Pool[httpx.Client]:
    """The caller's client (theirs to close, used as it is), or a new one: no redirects, a whole-attempt time limit,
    `headers` and `timeout` as its defaults (httpx merges per-request headers at a cost per header and request)."""
    _check_choice(http_client, transport, httpx.Client)
    if http_client is not None:
        return Pool(http_client, factory=None)
    verify = True if transport is not None else shared_ssl_context()  # a transport brings its own TLS settings

    def factory() -> httpx.Client:
        return httpx.Client(
            transport=transport,
            verify=verify,
            follow_redirects=False,
            headers=headers,
            timeout=timeout,
            event_hooks={"response": [limit_body_time]},
        )

    return Pool(factory(), factory=factory, default_headers=headers, default_timeout=timeout)


def async_pool(
    http_client: httpx.AsyncClient | None,
    transport: httpx.AsyncBaseTransport | None,
    *,
    headers: Mapping[str, str],
    timeout: httpx.Timeout | None,
) -> Pool[httpx.AsyncClient]:
    """The async twin of `sync_pool` (the async client bounds an attempt with `asyncio.timeout` instead)."""
    _check_choice(http_client, transport, httpx.AsyncClient)
    if http_client is not None:
        return Pool(http_client, factory=None)
    verify = True if transport is not None else shared_ssl_context()

    def factory() -> httpx.AsyncClient:
        return httpx.AsyncClient(
            transport=transport, verify=verify, follow_redirects=False, headers=headers, timeout=timeout
        )

    return Pool(factory(), factory=factory, default_headers=headers, default_timeout=timeout)
