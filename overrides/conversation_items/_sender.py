"""The one place requests go out: a built request sent with the client's own httpx client, its body read within
the attempt's limit, and the status, headers and bytes handed back for the generated parser.

A sender holds the httpx client: one it built (and owns), or the caller's `http_client=`, an httpx or an httpx2
client (`_http_library`: the sender knows which, converts what crosses and classifies that library's exceptions;
httpx2's API is httpx's, so it is typed as httpx here). An owned one is built with
one default SSL context per process instead of one per client (~30-60 ms each), never follows redirects, and is
rebuilt in a forked child process (a child never reads from a connection its parent opened) and, for the async
client, in each event loop it is used from (pooled connections belong to the loop that opened them); what a
finished loop leaves is closed by that loop as it shuts down. A caller's client used in a forked child is refused.
"""

from __future__ import annotations

import os
import ssl
import threading
import time
import weakref
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Generic, TypeVar

import httpx

from ._event_loop import current_loop
from ._http_library import HTTPX, HttpLibrary, library_of
from .errors import APIConnectionError

if TYPE_CHECKING:
    from conversation_items_client.types import RequestParts

    from ._budget import AttemptLimit

__all__ = ["AsyncSender", "Received", "SyncSender", "shared_ssl_context"]

HttpClient = TypeVar("HttpClient", httpx.Client, httpx.AsyncClient)

_ssl_lock = threading.Lock()
_ssl_context: ssl.SSLContext | None = None
#: bumped in every forked child: a sender built in an earlier generation holds its parent's connections
_process_generation = 0


def _after_fork_in_child() -> None:
    global _process_generation
    _process_generation += 1


os.register_at_fork(after_in_child=_after_fork_in_child)


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


@dataclass(frozen=True, slots=True)
class Received:
    """One attempt's response, read whole: what the generated `parse_response` takes."""

    status_code: int
    headers: httpx.Headers
    content: bytes


def _check_choice(
    http_client: object, transport: object, *, asynchronous: bool, redirecting_allowed: bool = False
) -> HttpLibrary:
    """The library of the caller's `http_client` (httpx's when there is none), checked."""
    if http_client is None:
        return HTTPX
    if transport is not None:
        raise ValueError("pass http_client= or transport=, not both (give your transport to your http_client)")
    library = library_of(http_client, asynchronous=asynchronous)
    if library is None:
        kind = "AsyncClient" if asynchronous else "Client"
        raise TypeError(f"http_client must be an httpx.{kind} or an httpx2.{kind}, got {type(http_client).__name__}")
    if not redirecting_allowed and getattr(http_client, "follow_redirects", False):
        raise ValueError(
            "http_client follows redirects, so credentials could follow one to another host: "
            "create it with follow_redirects=False (a redirect is then an APIStatusError)"
        )
    return library


class _Sender(Generic[HttpClient]):
    """The httpx client requests go through, whether it is owned, and the headers installed on it as defaults."""

    __slots__ = (
        "_factory",
        "_generation",
        "_http",
        "closed",
        "default_headers",
        "library",
        "uses_environment_proxies",
    )

    _http: HttpClient
    _factory: Callable[[], HttpClient] | None
    _generation: int
    closed: bool
    default_headers: Mapping[str, str]
    #: the library the client comes from: httpx, or (a caller's client only) httpx2
    library: HttpLibrary
    #: whether requests go through the proxies of the environment (HTTP_PROXY...): an owned client without transport
    uses_environment_proxies: bool

    def __init__(
        self,
        http: HttpClient,
        *,
        factory: Callable[[], HttpClient] | None,
        default_headers: Mapping[str, str],
        uses_environment_proxies: bool = False,
        library: HttpLibrary = HTTPX,
    ) -> None:
        self._http = http
        self.library = library
        self._factory = factory
        self._generation = _process_generation
        self.closed = False
        self.default_headers = MappingProxyType(dict(default_headers))
        self.uses_environment_proxies = uses_environment_proxies

    @property
    def current(self) -> HttpClient:
        """The httpx client in use now (for inspection: sending goes through `http`)."""
        return self._http

    @property
    def owned(self) -> bool:
        """Whether this package built the httpx client (and closes it)."""
        return self._factory is not None

    @property
    def is_closed(self) -> bool:
        """Closed by `close()`, or (the caller's client) by its owner; an owned async client closed as its event loop
        ended is not: the next loop gets a new one."""
        return self.closed or (self._factory is None and self._http.is_closed)

    def _in_this_process(self) -> HttpClient | None:
        """The httpx client, or None when it was built in a parent process (the caller's: refused)."""
        if self._generation == _process_generation:
            return self._http
        if self._factory is None:
            raise APIConnectionError(
                "the http_client= given to this client was created before this process was forked, so its pooled "
                "connections belong to the parent: create the client (and its http_client) in each worker process"
            )
        return None

    def _request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        parts: RequestParts,
        url: str,
        headers: Mapping[str, str],
        limit: AttemptLimit,
    ) -> httpx.Request:
        return http.build_request(
            parts.method,
            url,
            params=parts.params or None,  # no empty query string: httpx re-parses the URL to merge even empty ones
            headers=headers,
            timeout=self.library.timeout(limit.phases),
        )


class SyncSender(_Sender[httpx.Client]):
    """Sends with an `httpx.Client`."""

    __slots__ = ()

    @classmethod
    def build(
        cls,
        http_client: httpx.Client | None,
        transport: httpx.BaseTransport | None,
        *,
        headers: Mapping[str, str],
        redirecting_allowed: bool = False,
    ) -> SyncSender:
        """The caller's client (theirs to close, used as it is), or a new one with `headers` as its defaults.
        `redirecting_allowed`: a caller's client that follows redirects is taken (an openai client's): requests
        never follow them anyway (`follow_redirects=False` on every send)."""
        library = _check_choice(http_client, transport, asynchronous=False, redirecting_allowed=redirecting_allowed)
        if http_client is not None:
            return cls(http_client, factory=None, default_headers={}, library=library)
        verify: ssl.SSLContext | bool = True if transport is not None else shared_ssl_context()

        def factory() -> httpx.Client:
            return httpx.Client(transport=transport, verify=verify, follow_redirects=False, headers=headers)

        return cls(factory(), factory=factory, default_headers=headers, uses_environment_proxies=transport is None)

    @property
    def http(self) -> httpx.Client:
        """The httpx client for this process (an owned one is rebuilt after a fork)."""
        http = self._in_this_process()
        if http is None:
            inherited, self._http = self._http, self._factory()  # type: ignore[misc]
            self._generation = _process_generation
            inherited.close()  # closes this process's copies of the sockets; the parent's stay open
            http = self._http
        return http

    def send(self, parts: RequestParts, url: str, headers: Mapping[str, str], limit: AttemptLimit) -> Received:
        """One attempt: send, then read the body within `limit` (its read timeout shortened to the time left, the
        clock checked after every chunk: a server trickling its body trips it)."""
        http = self.http
        request = self._request(http, parts, url, headers, limit)
        ends_at = limit.ends_at()
        response = http.send(request, stream=True, follow_redirects=False)
        try:
            if ends_at is not None:
                remaining = ends_at - time.monotonic()
                if remaining <= 0:
                    raise self.library.read_timeout(request)
                phases = request.extensions.get("timeout")
                if isinstance(phases, dict):  # read by httpcore when the body is first read, after this
                    read = phases.get("read")
                    phases["read"] = remaining if read is None else min(read, remaining)
            chunks = []
            for chunk in response.iter_bytes():
                if ends_at is not None and time.monotonic() > ends_at:
                    raise self.library.read_timeout(request)
                chunks.append(chunk)
        finally:
            response.close()
        return Received(response.status_code, self.library.headers(response.headers), b"".join(chunks))

    def close(self) -> None:
        """Close the httpx client if this package owns it."""
        if not self.closed:
            self.closed = True
            if self._factory is not None:
                self._http.close()


class AsyncSender(_Sender[httpx.AsyncClient]):
    """Sends with an `httpx.AsyncClient`, under asyncio or trio (anyio)."""

    __slots__ = ("_closers", "_loop")

    _loop: weakref.ref[object] | None
    _closers: set[AsyncIterator[None]]

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        factory: Callable[[], httpx.AsyncClient] | None,
        default_headers: Mapping[str, str],
        uses_environment_proxies: bool = False,
        library: HttpLibrary = HTTPX,
    ) -> None:
        super().__init__(
            http,
            factory=factory,
            default_headers=default_headers,
            uses_environment_proxies=uses_environment_proxies,
            library=library,
        )
        self._loop = None
        self._closers = set()

    @classmethod
    def build(
        cls,
        http_client: httpx.AsyncClient | None,
        transport: httpx.AsyncBaseTransport | None,
        *,
        headers: Mapping[str, str],
        redirecting_allowed: bool = False,
    ) -> AsyncSender:
        """See `SyncSender.build`."""
        library = _check_choice(http_client, transport, asynchronous=True, redirecting_allowed=redirecting_allowed)
        if http_client is not None:
            return cls(http_client, factory=None, default_headers={}, library=library)
        verify: ssl.SSLContext | bool = True if transport is not None else shared_ssl_context()

        def factory() -> httpx.AsyncClient:
            return httpx.AsyncClient(transport=transport, verify=verify, follow_redirects=False, headers=headers)

        return cls(factory(), factory=factory, default_headers=headers, uses_environment_proxies=transport is None)

    async def http(self) -> httpx.AsyncClient:
        """The httpx client for the running event loop (an owned one is rebuilt for a new loop or after a fork)."""
        loop = current_loop()
        http = self._in_this_process()
        if self._factory is None or (http is not None and self._loop is not None and self._loop() is loop):
            self._loop = weakref.ref(loop)
            return self._http
        if http is None or self._loop is not None:  # a new process, or a new loop: new connections
            self._http = self._factory()
            self._generation = _process_generation
        self._loop = weakref.ref(loop)
        await self._close_when_the_loop_ends(self._http)
        return self._http

    async def _close_when_the_loop_ends(self, http: httpx.AsyncClient) -> None:
        """Start an async generator in this loop that closes `http` when closed: asyncio.run and trio.run close the
        async generators still alive as they shut down, so the loop's connections are closed by the loop itself."""
        closers = self._closers

        async def closer() -> AsyncIterator[None]:
            try:
                yield
            finally:
                closers.discard(agen)
                if not http.is_closed:
                    await http.aclose()

        agen = closer()
        closers.add(agen)  # kept alive until its loop closes it
        await agen.__anext__()

    def usable_from_this_loop(self) -> bool:
        return self._loop is None or self._loop() is current_loop()

    async def send(self, parts: RequestParts, url: str, headers: Mapping[str, str], limit: AttemptLimit) -> Received:
        """One attempt, all of it (connect to last byte) within `limit.seconds`."""
        import anyio

        http = await self.http()
        request = self._request(http, parts, url, headers, limit)
        with anyio.fail_after(limit.seconds):
            response = await http.send(request, stream=True, follow_redirects=False)
            try:
                content = b"".join([chunk async for chunk in response.aiter_bytes()])
            except BaseException:  # cancelled or timed out too: the connection is released all the same
                with anyio.CancelScope(shield=True):
                    await response.aclose()
                raise
            await response.aclose()  # the body was read whole: closing only returns the connection to the pool
        return Received(response.status_code, self.library.headers(response.headers), content)

    async def close(self) -> None:
        """Close the httpx client if this package owns it (when it belongs to this event loop: one opened in a loop
        that has ended was closed by that loop)."""
        if not self.closed:
            self.closed = True
            if self._factory is not None and self.usable_from_this_loop():
                await self._http.aclose()
