"""httpx2 clients for the wire tests: the shipped mock transport (an httpx transport) bridged into an httpx2 one, so
the same tests run with `http_client=httpx2.Client(...)` / `httpx2.AsyncClient(...)`. The bridge converts the
request (its timeouts kept: the mock records them), the response (read whole), and every httpx failure the mock
raises into httpx2's class of the same name, raised where the mock raises it."""

from __future__ import annotations

from typing import Any

import httpx
import httpx2


def _request(request: httpx2.Request) -> httpx.Request:
    return httpx.Request(
        request.method,
        str(request.url),
        headers=list(request.headers.multi_items()),
        content=request.content,
        extensions=dict(request.extensions),
    )


def _failure(exc: httpx.HTTPError, request: httpx2.Request) -> Exception:
    kind = getattr(httpx2, type(exc).__name__, httpx2.TransportError)
    failure: Exception = kind(str(exc), request=request)
    return failure


class Httpx2Bridge(httpx2.BaseTransport, httpx2.AsyncBaseTransport):
    """An httpx2 transport answering through an httpx transport (sync and async)."""

    def __init__(self, transport: Any) -> None:
        self.transport = transport

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        request.read()
        try:
            response = self.transport.handle_request(_request(request))
            content = response.read()
        except httpx.HTTPError as exc:
            raise _failure(exc, request) from exc
        return httpx2.Response(
            response.status_code, headers=list(response.headers.multi_items()), content=content, request=request
        )

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        await request.aread()
        try:
            response = await self.transport.handle_async_request(_request(request))
            content = await response.aread()
        except httpx.HTTPError as exc:
            raise _failure(exc, request) from exc
        return httpx2.Response(
            response.status_code, headers=list(response.headers.multi_items()), content=content, request=request
        )


def httpx2_client(transport: Any) -> httpx2.Client:
    """An httpx2.Client over `transport` (an httpx transport, e.g. `MockConversationService(...).transport()`)."""
    return httpx2.Client(transport=Httpx2Bridge(transport))


def httpx2_async_client(transport: Any) -> httpx2.AsyncClient:
    """The async twin of `httpx2_client`."""
    return httpx2.AsyncClient(transport=Httpx2Bridge(transport))
