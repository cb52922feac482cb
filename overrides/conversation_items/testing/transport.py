"""The fake service as an in-process ``httpx`` transport: the same replies, no sockets.

One :class:`MockConversationTransport` serves sync and async clients alike (it is an
``httpx.MockTransport``). Fault timings become what a client would see over a socket, decided by
the request's own read timeout (``request.extensions["timeout"]["read"]``, which httpx fills from
the client's or the call's ``timeout``):

=====================  ==========================================================================
fault                  over the transport
=====================  ==========================================================================
``delay=s``            wait ``s``, then answer; if the read timeout ``t`` is shorter, wait ``t`` and
                       raise ``httpx.ReadTimeout`` (nothing was sent)
``drop``               raise ``httpx.RemoteProtocolError("Server disconnected without sending a
                       response.")``, after ``delay`` (the same exception httpx raises over a socket)
``Fault.timeout(s)``   ``delay=s`` + ``drop``: ``ReadTimeout`` when ``t < s``, else the protocol error
``slow_body=s``        the response (status, headers) at once; reading the body waits ``s``, or
                       raises ``ReadTimeout`` after ``t`` when ``t < s``
``trickle=s``          the body arrives one byte every ``s``; ``ReadTimeout`` only when ``t < s``
                       (httpx's read timeout bounds each read, not the whole body)
=====================  ==========================================================================

Waiting uses ``time.sleep`` (sync) and ``asyncio.sleep`` (async); pass ``sleep=`` to replace it,
e.g. ``waits.append`` to record the waits and run in zero time (an awaitable result is awaited).
``stop()`` does not exist here: nothing outlives the call.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

import httpx

from .wire import IncomingRequest, Reply, header_pairs, reason

if TYPE_CHECKING:
    from .service import MockConversationService

__all__ = ["MockConversationTransport"]

logger: logging.Logger = logging.getLogger("conversation_items.testing")

Sleep = Callable[[float], object]


def _timeouts(request: httpx.Request) -> Mapping[str, float | None] | None:
    """A read-only copy of the request's per-phase timeouts (httpx may change its own dict later)."""
    timeout = request.extensions.get("timeout")
    if not isinstance(timeout, dict):
        return None
    return MappingProxyType({str(k): None if v is None else float(v) for k, v in timeout.items()})


def _read_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout")
    read = timeout.get("read") if isinstance(timeout, dict) else None
    return float(read) if isinstance(read, int | float) else None


def _timed_out(request: httpx.Request) -> httpx.ReadTimeout:
    return httpx.ReadTimeout("timed out (mock transport: the fault outlasted the read timeout)", request=request)


def _steps(reply: Reply) -> list[tuple[float, bytes]]:
    """``(silence before, chunk)`` pairs for the body of ``reply``."""
    if not reply.trickle:
        return [(reply.slow_body, reply.body)]
    steps = [(reply.trickle, reply.body[i : i + 1]) for i in range(len(reply.body))]
    if steps:
        steps[0] = (reply.slow_body + reply.trickle, steps[0][1])
    return steps


class _TimedBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that arrives late or byte by byte, with read-timeout checks between reads."""

    def __init__(
        self,
        reply: Reply,
        request: httpx.Request,
        wait_sync: Callable[[float], None],
        wait_async: Callable[[float], Awaitable[None]],
    ) -> None:
        self._wait_sync = wait_sync
        self._wait_async = wait_async
        self._steps = _steps(reply)
        self._request = request
        self._read = _read_timeout(request)

    def __iter__(self) -> Iterator[bytes]:
        for wait, chunk in self._steps:
            if self._read is not None and wait > self._read:
                self._wait_sync(self._read)
                raise _timed_out(self._request)
            self._wait_sync(wait)
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for wait, chunk in self._steps:
            if self._read is not None and wait > self._read:
                await self._wait_async(self._read)
                raise _timed_out(self._request)
            await self._wait_async(wait)
            yield chunk


class MockConversationTransport(httpx.MockTransport):
    """An ``httpx`` transport (sync and async) answering from a :class:`MockConversationService`.

    Give it to a client as ``transport=`` together with ``endpoint=transport.endpoint`` (any host
    works: only the path is routed). Requests are recorded in ``transport.service.requests``, each with the
    per-phase timeouts the client gave it (``RecordedRequest.timeout``).
    """

    def __init__(self, service: MockConversationService, *, sleep: Sleep | None = None) -> None:
        super().__init__(self.handle_request)
        self.service = service
        self._sleep = sleep

    def __repr__(self) -> str:
        return f"<MockConversationTransport for {self.service!r}>"

    @property
    def endpoint(self) -> str:
        """The service's endpoint (``https://mock.conversation-items.invalid/api/projects/mock``)."""
        return self.service.endpoint

    # -- waiting (replaceable with sleep=) ---------------------------------------------
    def _wait_sync(self, seconds: float) -> None:
        if seconds > 0:
            (self._sleep or time.sleep)(seconds)

    async def _wait_async(self, seconds: float) -> None:
        if seconds <= 0:
            return
        if self._sleep is None:
            await asyncio.sleep(seconds)
        else:
            result = self._sleep(seconds)
            if inspect.isawaitable(result):
                await result

    # -- request -> response -----------------------------------------------------------
    def _reply(self, request: httpx.Request) -> Reply:
        incoming = IncomingRequest(
            method=request.method,
            raw_path=request.url.raw_path.decode("ascii"),
            header_items=header_pairs(request.headers.raw),
            body=request.content,
            timeout=_timeouts(request),
        )
        reply = self.service.handle(incoming)
        outcome = "dropped" if reply.drop else str(reply.status)
        logger.debug("mock transport: %s %s -> %s", incoming.method, incoming.path, outcome)
        return reply

    def _delay(self, reply: Reply, request: httpx.Request) -> float:
        """How long to wait before the outcome, raising nothing yet."""
        read = _read_timeout(request)
        return min(reply.delay, read) if read is not None else reply.delay

    def _outcome(self, reply: Reply, request: httpx.Request) -> httpx.Response:
        read = _read_timeout(request)
        if read is not None and reply.delay > read:
            raise _timed_out(request)
        if reply.drop:
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
        extensions = {"http_version": b"HTTP/1.1", "reason_phrase": reason(reply.status).encode("ascii")}
        if reply.slow_body or reply.trickle:
            stream = _TimedBody(reply, request, self._wait_sync, self._wait_async)
            return httpx.Response(
                reply.status, headers=list(reply.headers), stream=stream, extensions=extensions, request=request
            )
        return httpx.Response(
            reply.status, headers=list(reply.headers), content=reply.body, extensions=extensions, request=request
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Answer ``request`` from the service, acting fault timings out with (sync) waits."""
        request.read()
        reply = self._reply(request)
        self._wait_sync(self._delay(reply, request))
        return self._outcome(reply, request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Answer ``request`` from the service, acting fault timings out with async waits."""
        await request.aread()
        reply = self._reply(request)
        await self._wait_async(self._delay(reply, request))
        return self._outcome(reply, request)
