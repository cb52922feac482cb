"""``MockConversationServer``: the fake service on a loopback socket.

It is a :class:`~conversation_items.testing.MockConversationService` (items, faults, records)
served by a :class:`~conversation_items.testing.socket_server.LoopbackHTTPServer`. The item, fault
and recording methods below hand over to :attr:`MockConversationServer.service`; the same service
can also be reached without sockets through :meth:`MockConversationServer.transport`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from .faults import Fault, FaultPolicy
from .fixtures import StrPath
from .service import MockConversationService
from .socket_server import LoopbackHTTPServer
from .wire import RecordedRequest

if TYPE_CHECKING:
    from .transport import MockConversationTransport

__all__ = ["MockConversationServer"]


class MockConversationServer:
    """A loopback HTTP server mimicking ``GET .../conversations/{c}/items/{i}`` and the list
    ``GET .../conversations/{c}/items`` (paged; see :class:`MockConversationService`).

    Items come from ``items`` and/or ``fixtures_dir``, or, when neither is given, from the
    bundled fixtures: one item per item type plus the README's examples, the same items as
    ``conversation-items mock-server``. Pass ``service=`` to serve an existing
    :class:`MockConversationService` instead (the item arguments must then be left out).

    Use as a context manager (``with MockConversationServer() as server:``) or call
    :meth:`start` / :meth:`stop`. Pass :attr:`endpoint` to a client as ``endpoint=``.
    """

    def __init__(
        self,
        items: Iterable[Mapping[str, Any]] | None = None,
        *,
        fixtures_dir: StrPath | Iterable[StrPath] | None = None,
        conversation_id: str = "conv_demo",
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str | None = None,
        bearer_token: str | None = None,
        base_path: str = "/api/projects/mock",
        service: MockConversationService | None = None,
    ) -> None:
        """Create the server (not started) and load its items."""
        if service is None:
            service = MockConversationService(
                items,
                fixtures_dir=fixtures_dir,
                conversation_id=conversation_id,
                api_key=api_key,
                bearer_token=bearer_token,
                base_path=base_path,
            )
        elif items is not None or fixtures_dir is not None or api_key is not None or bearer_token is not None:
            raise TypeError("pass either service= or the service's own arguments (items, fixtures_dir, auth)")
        self.service = service
        self._socket = LoopbackHTTPServer(service, host=host, port=port)

    def __repr__(self) -> str:
        where = self.endpoint if self._socket.running else "not started"
        return f"<MockConversationServer {where} items={len(self.service.item_ids())}>"

    # -- lifecycle ---------------------------------------------------------------------
    def start(self) -> Self:
        """Bind and serve on a background thread; returns ``self``."""
        self._socket.start()
        return self

    def stop(self) -> None:
        """Stop serving, end connections (interrupting fault delays), join threads; idempotent."""
        self._socket.stop()

    def serve_forever(self) -> None:
        """Start if needed, block until ``KeyboardInterrupt``, then stop (for the CLI)."""
        try:
            if not self._socket.running:
                self.start()
            self._socket.wait()
        except KeyboardInterrupt:
            pass
        finally:
            self.stop()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- addresses ---------------------------------------------------------------------
    @property
    def host(self) -> str:
        """The host the server binds to."""
        return self._socket.host

    @property
    def port(self) -> int:
        """The bound port once started (else the configured one)."""
        return self._socket.port

    @property
    def running(self) -> bool:
        """Whether the server is started."""
        return self._socket.running

    @property
    def base_path(self) -> str:
        """The project path the item route hangs under (``/api/projects/mock``)."""
        return self.service.base_path

    @property
    def conversation_id(self) -> str:
        """The default conversation of :meth:`add_item` and :meth:`item_ids`."""
        return self.service.conversation_id

    @property
    def endpoint(self) -> str:
        """``http://host:port{base_path}``, what a client takes as ``endpoint=``."""
        return f"{self._socket.origin}{self.service.base_path}"

    def url_for(self, conversation_id: str, item_id: str) -> str:
        """The full item URL with percent-encoded segments (``.``/``..`` as ``%2E``)."""
        return self.service.url_for(conversation_id, item_id, origin=self._socket.origin)

    def list_url_for(self, conversation_id: str) -> str:
        """The full URL of a conversation's list of items (no query)."""
        return self.service.list_url_for(conversation_id, origin=self._socket.origin)

    def transport(self, *, sleep: Callable[[float], object] | None = None) -> MockConversationTransport:
        """An in-process ``httpx`` transport answering from the same service (shared items and records)."""
        return self.service.transport(sleep=sleep)

    # -- the service's items, faults and records ---------------------------------------
    def add_item(
        self,
        item: Mapping[str, Any] | bytes,
        *,
        conversation_id: str | None = None,
        item_id: str | None = None,
        user_isolation_key: str | None = None,
    ) -> str:
        """Store an item and return its id: :meth:`MockConversationService.add_item`."""
        return self.service.add_item(
            item, conversation_id=conversation_id, item_id=item_id, user_isolation_key=user_isolation_key
        )

    def isolate_item(self, item_id: str, user_isolation_key: str, *, conversation_id: str | None = None) -> None:
        """Serve a stored item only to ``user_isolation_key``: :meth:`MockConversationService.isolate_item`."""
        self.service.isolate_item(item_id, user_isolation_key, conversation_id=conversation_id)

    def item_ids(self, conversation_id: str | None = None) -> list[str]:
        """Ids stored in ``conversation_id`` (default: the server's own), scoped ones included."""
        return self.service.item_ids(conversation_id)

    def schedule(self, *faults: Fault | None) -> None:
        """Queue faults, used one per request in order; ``None`` answers normally."""
        self.service.schedule(*faults)

    def clear_schedule(self) -> None:
        """Drop every queued fault."""
        self.service.clear_schedule()

    def set_fault_policy(self, policy: FaultPolicy | None) -> None:
        """Set a callable ``policy(n, request) -> Fault | None`` consulted once the queue is empty."""
        self.service.set_fault_policy(policy)

    @property
    def requests(self) -> list[RecordedRequest]:
        """A copy of the requests received so far, in arrival order."""
        return self.service.requests

    @property
    def last_request(self) -> RecordedRequest | None:
        """The most recent request, if any."""
        return self.service.last_request

    def clear_requests(self) -> None:
        """Forget the recorded requests (the request counter keeps counting)."""
        self.service.clear_requests()
