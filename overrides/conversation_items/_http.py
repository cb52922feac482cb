"""The httpx clients under `ConversationItemsClient`: built once per client (or given by the caller), shared by its
`with_options` copies, with one default SSL context per process instead of one per client (~30-60 ms each)."""

from __future__ import annotations

import asyncio
import ssl
import threading
import weakref
from collections.abc import Callable
from typing import Generic, TypeVar

import httpx

from ._attempt_limit import limit_body_time

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
    """An httpx client; whether this package owns it (made by `factory`, closed by `close()`), and whether it has
    been closed. Shared by a client and its `with_options` copies."""

    __slots__ = ("_factory", "_loop", "closed", "http")

    http: HttpClient
    _factory: Callable[[], HttpClient] | None
    _loop: weakref.ref[asyncio.AbstractEventLoop] | None

    def __init__(self, http: HttpClient, *, factory: Callable[[], HttpClient] | None) -> None:
        self.http = http
        self._factory = factory
        self._loop = None
        self.closed = False

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


def sync_pool(http_client: httpx.Client | None, transport: httpx.BaseTransport | None) -> Pool[httpx.Client]:
    """The caller's client (theirs to close), or a new one: no redirects, a whole-attempt time limit."""
    _check_choice(http_client, transport, httpx.Client)
    if http_client is not None:
        return Pool(http_client, factory=None)
    verify = True if transport is not None else shared_ssl_context()  # a transport brings its own TLS settings

    def factory() -> httpx.Client:
        return httpx.Client(
            transport=transport, verify=verify, follow_redirects=False, event_hooks={"response": [limit_body_time]}
        )

    return Pool(factory(), factory=factory)


def async_pool(
    http_client: httpx.AsyncClient | None, transport: httpx.AsyncBaseTransport | None
) -> Pool[httpx.AsyncClient]:
    """The async twin of `sync_pool` (the async client bounds an attempt with `asyncio.timeout` instead)."""
    _check_choice(http_client, transport, httpx.AsyncClient)
    if http_client is not None:
        return Pool(http_client, factory=None)
    verify = True if transport is not None else shared_ssl_context()

    def factory() -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=transport, verify=verify, follow_redirects=False)

    return Pool(factory(), factory=factory)
