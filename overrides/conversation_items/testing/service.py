"""The fake Foundry service: a pure ``request -> reply`` object, with no sockets and no sleeping.

``MockConversationService.handle(IncomingRequest) -> Reply`` does everything the service decides:
items, lists of a conversation's items (paged), isolation-key scoping, auth checks, routing, fault
selection and request recording.
Adapters put its replies on a medium: :class:`~conversation_items.testing.MockConversationServer`
on a loopback socket, :meth:`MockConversationService.transport` as an in-process ``httpx``
transport. Both can serve one service at once; they share its items, faults and records.
"""

from __future__ import annotations

import hmac
import json
import logging
import threading
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

from .faults import Fault, FaultPolicy
from .fixtures import StrPath, load_item_bodies_by_id
from .routes import ItemRoute
from .wire import (
    IncomingRequest,
    RecordedRequest,
    Reply,
    check_header_text,
    encode_json,
    error_body,
    json_reply,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from .transport import MockConversationTransport

__all__ = [
    "MOCK_ORIGIN",
    "IsolationAssignment",
    "MockConversationService",
    "parse_isolation_assignment",
]

logger: logging.Logger = logging.getLogger("conversation_items.testing")

MOCK_ORIGIN = "https://mock.conversation-items.invalid"
"""The origin of :attr:`MockConversationService.endpoint`: https, so clients send credentials to
it, and under ``.invalid`` (RFC 2606), so a request that misses the transport cannot leave the host."""

_ISOLATION_HEADERS = ("x-ms-user-isolation-key", "x-ms-user-identity")
#: the list's page size when the request gives no `limit` (Foundry's and OpenAI's)
DEFAULT_LIMIT = 20


class IsolationAssignment(NamedTuple):
    """``ITEM=KEY``: serve item ``item_id`` only to requests carrying ``user_isolation_key``."""

    item_id: str
    user_isolation_key: str


def parse_isolation_assignment(text: str) -> IsolationAssignment:
    """Parse ``ITEM=KEY`` (split at the first ``=``; the key follows the client's header rules).

    Raises ``ValueError`` with the text quoted, e.g. for ``"item_1"`` or ``"=alice"``.
    """
    item_id, eq, key = text.partition("=")
    if not eq or not item_id or not key:
        raise ValueError(f"isolation assignment {text!r}: expected ITEM=KEY, e.g. item_abc123=alice")
    if not key.isascii() or not key.isprintable() or key != key.strip():
        raise ValueError(f"isolation assignment {text!r}: the key must be printable ASCII without surrounding spaces")
    return IsolationAssignment(item_id, key)


@dataclass(frozen=True)
class _StoredItem:
    body: bytes
    headers: tuple[tuple[str, str], ...]  # Content-Type and Content-Length, built once
    item_type: str | None = None  # the body's "type" (the list's item_type filter), None when it has none


def _type_of(body: bytes) -> str | None:
    try:
        decoded = json.loads(body)
    except (ValueError, RecursionError):
        return None
    kind = decoded.get("type") if isinstance(decoded, dict) else None
    return kind if isinstance(kind, str) else None


class _ListError(Exception):
    """A list request the service refuses with 400: `param` names the query parameter."""

    def __init__(self, message: str, param: str) -> None:
        super().__init__(message)
        self.message = message
        self.param = param


def _secret_matches(received: str, expected: str) -> bool:
    return hmac.compare_digest(received.encode("utf-8", "surrogateescape"), expected.encode("utf-8"))


def _as_body(item: Mapping[str, Any] | bytes, item_id: str | None) -> tuple[bytes, str | None]:
    if isinstance(item, bytes | bytearray | memoryview):
        body = bytes(item)
        if item_id is None:
            try:
                decoded = json.loads(body)
            except ValueError:
                decoded = None
            if isinstance(decoded, dict) and isinstance(decoded.get("id"), str):
                item_id = decoded["id"]
        return body, item_id
    if item_id is None and isinstance(item.get("id"), str):
        item_id = item["id"]
    return encode_json(dict(item)), item_id


class MockConversationService:
    """The fake ``GET .../conversations/{c}/items/{i}`` and ``GET .../conversations/{c}/items`` (the list), as a
    ``request -> reply`` object.

    Items come from ``items`` and/or ``fixtures_dir`` (one folder or several; ``*.json`` files,
    one item each), or, when neither is given, from the bundled fixtures: one item per item type
    plus the README's examples (``item_abc123``, ...), exactly what ``conversation-items
    mock-server`` serves. Each is stored under ``conversation_id`` with its ``"id"`` (else the
    file stem), and served byte for byte as its file holds it (``1.0e10`` stays ``1.0e10``).
    Thread-safe: adapters call :meth:`handle` from many threads at once.

    The list answers Foundry's page ``{"object": "list", "data": [...], "first_id", "last_id", "has_more"}``
    (``first_id``/``last_id`` left out of an empty page), each item byte for byte as stored. Items are listed in
    the order they were first added (``order=asc``; ``desc``, the default as in OpenAI's API, reverses it),
    ``limit`` per page (1-100, default 20), after the item ``after`` and before the item ``before`` (positions
    taken before the ``item_type`` filter), and only those the request's isolation headers may see (as for
    get). A ``limit``/``order`` out of range, or a cursor naming no item the caller can see, is a 400
    ``invalid_request_error`` naming the parameter (what this mock chose; Foundry's exact wording is not known).
    """

    def __init__(
        self,
        items: Iterable[Mapping[str, Any]] | None = None,
        *,
        fixtures_dir: StrPath | Iterable[StrPath] | None = None,
        conversation_id: str = "conv_demo",
        api_key: str | None = None,
        bearer_token: str | None = None,
        base_path: str = "/api/projects/mock",
    ) -> None:
        """Create the service and load its items."""
        self.conversation_id = conversation_id
        self._route = ItemRoute(base_path)
        self._api_key = api_key
        self._bearer_token = bearer_token
        self._lock = threading.Lock()
        self._items: dict[tuple[str, str, str | None], _StoredItem] = {}
        self._created: dict[tuple[str, str], None] = {}  # (conversation, item id) in the order first added
        self._requests: list[RecordedRequest] = []
        self._faults: deque[Fault | None] = deque()
        self._policy: FaultPolicy | None = None
        self._counter = 0
        if fixtures_dir is not None or items is None:
            for item_id, body in load_item_bodies_by_id(fixtures_dir).items():  # served byte for byte
                self.add_item(body, item_id=item_id)
        for item in items or ():
            self.add_item(item)

    def __repr__(self) -> str:
        return f"<MockConversationService {self.endpoint} items={len(self._items)}>"

    # -- addresses ---------------------------------------------------------------------
    @property
    def base_path(self) -> str:
        """The project path the item route hangs under (``/api/projects/mock``)."""
        return self._route.base_path

    @property
    def endpoint(self) -> str:
        """``https://mock.conversation-items.invalid{base_path}``: give it to a client with :meth:`transport`."""
        return f"{MOCK_ORIGIN}{self.base_path}"

    def url_for(self, conversation_id: str, item_id: str, *, origin: str = MOCK_ORIGIN) -> str:
        """The full item URL under ``origin``, segments percent-encoded (``.``/``..`` as ``%2E``)."""
        return self._route.url(origin, conversation_id, item_id)

    def list_url_for(self, conversation_id: str, *, origin: str = MOCK_ORIGIN) -> str:
        """The full URL of a conversation's list under ``origin`` (no query)."""
        return self._route.list_url(origin, conversation_id)

    def transport(self, *, sleep: Callable[[float], object] | None = None) -> MockConversationTransport:
        """An ``httpx`` transport (sync and async) answering from this service, without sockets.

        ``sleep`` replaces real waiting for fault timings (e.g. ``recorded.append`` to run in zero
        time); see :class:`~conversation_items.testing.MockConversationTransport`.
        """
        from .transport import MockConversationTransport

        return MockConversationTransport(self, sleep=sleep)

    # -- items -------------------------------------------------------------------------
    def add_item(
        self,
        item: Mapping[str, Any] | bytes,
        *,
        conversation_id: str | None = None,
        item_id: str | None = None,
        user_isolation_key: str | None = None,
    ) -> str:
        """Store an item and return its item id.

        A mapping is encoded once as compact JSON; ``bytes`` are served verbatim (hostile
        bodies). The id defaults to the item's ``"id"`` field. With ``user_isolation_key`` the
        item is visible only to requests whose ``x-ms-user-isolation-key`` or
        ``x-ms-user-identity`` header equals it; other requests get the same 404 as for a
        missing item. Adding the same (conversation, id, key) again replaces the item.
        """
        body, item_id = _as_body(item, item_id)
        if item_id is None:
            raise ValueError("item has no string 'id'; pass item_id=")
        if user_isolation_key is not None:
            check_header_text(user_isolation_key, "user_isolation_key")
        conv = self.conversation_id if conversation_id is None else conversation_id
        headers = (("Content-Type", "application/json"), ("Content-Length", str(len(body))))
        stored = _StoredItem(body, headers, _type_of(body))
        with self._lock:
            self._items[(conv, item_id, user_isolation_key)] = stored
            self._created.setdefault((conv, item_id))
        return item_id

    def isolate_item(self, item_id: str, user_isolation_key: str, *, conversation_id: str | None = None) -> None:
        """Make a stored item visible only to ``user_isolation_key`` (the CLI's ``ITEM=KEY``).

        An unscoped item moves under the key; an item already scoped to other keys is also
        served to this one. A missing item raises ``ValueError``.
        """
        check_header_text(user_isolation_key, "user_isolation_key")
        conv = self.conversation_id if conversation_id is None else conversation_id
        with self._lock:
            stored = self._items.pop((conv, item_id, None), None)
            if stored is None:
                stored = next((s for (c, i, _), s in self._items.items() if (c, i) == (conv, item_id)), None)
            if stored is None:
                raise ValueError(f"cannot isolate item {item_id!r}: no such item in conversation {conv!r}")
            self._items[(conv, item_id, user_isolation_key)] = stored

    def item_ids(self, conversation_id: str | None = None) -> list[str]:
        """Ids stored in ``conversation_id`` (default: the service's own).

        Includes isolation-scoped items; insertion order, no duplicates.
        """
        conv = self.conversation_id if conversation_id is None else conversation_id
        with self._lock:
            keys = list(self._items)
        return list(dict.fromkeys(i for c, i, _ in keys if c == conv))

    # -- faults ------------------------------------------------------------------------
    def schedule(self, *faults: Fault | None) -> None:
        """Queue faults, used one per request in order; ``None`` answers normally."""
        for fault in faults:
            if fault is not None and not isinstance(fault, Fault):
                raise TypeError(f"expected Fault or None, got {type(fault).__name__}")
        with self._lock:
            self._faults.extend(faults)

    def clear_schedule(self) -> None:
        """Drop every queued fault."""
        with self._lock:
            self._faults.clear()

    def set_fault_policy(self, policy: FaultPolicy | None) -> None:
        """Set a callable ``policy(n, request) -> Fault | None`` (``None`` removes it).

        It is consulted for every request once the :meth:`schedule` queue is empty; ``n`` is the
        global 1-based request counter. It may run on several threads at once.
        """
        with self._lock:
            self._policy = policy

    # -- recording ---------------------------------------------------------------------
    @property
    def requests(self) -> list[RecordedRequest]:
        """A copy of the requests received so far, in arrival order."""
        with self._lock:
            return list(self._requests)

    @property
    def last_request(self) -> RecordedRequest | None:
        """The most recent request, if any."""
        with self._lock:
            return self._requests[-1] if self._requests else None

    def clear_requests(self) -> None:
        """Forget the recorded requests (the request counter keeps counting)."""
        with self._lock:
            self._requests.clear()

    # -- request -> reply --------------------------------------------------------------
    def handle(self, request: IncomingRequest) -> Reply:
        """Record ``request`` and decide its reply: a scheduled or policy fault, else the answer."""
        ids = self._route.match(request.raw_path)
        listed = None if ids is not None else self._route.match_list(request.raw_path)
        with self._lock:
            self._counter += 1
            number = self._counter
        record = RecordedRequest(
            method=request.method,
            raw_path=request.raw_path,
            headers=MappingProxyType(request.lowered_headers()),
            header_items=request.header_items,
            conversation_id=ids[0] if ids else listed,
            item_id=ids[1] if ids else None,
            number=number,
            request_id=f"req_{number}",
            body=request.body,
            timeout=request.timeout,
        )
        with self._lock:
            self._requests.append(record)
            fault = self._faults.popleft() if self._faults else None
            policy = None if fault is not None else self._policy
        head_only = request.method == "HEAD"
        if policy is not None:
            try:
                fault = policy(number, record)
            except Exception as exc:  # a broken user policy must not hang the client
                logger.exception("mock server: fault policy raised")
                return self._error(500, f"Mock fault policy raised {type(exc).__name__}.", record, head_only)
        if fault is not None:
            return fault.to_reply(record.request_id, head_only=head_only)
        return self._answer(record, head_only)

    def reject(self, status: int, message: str | None = None) -> Reply:
        """The reply to a request too malformed to handle (counted, not recorded)."""
        with self._lock:
            self._counter += 1
            number = self._counter
        return json_reply(status, error_body(status, message), request_id=f"req_{number}")

    def _answer(self, record: RecordedRequest, head_only: bool) -> Reply:
        if not self._authorized(record.headers):
            return self._error(401, "Access denied: missing or invalid credentials.", record, head_only)
        if record.conversation_id is None:
            return self._error(404, "Resource not found.", record, head_only)
        if record.method not in ("GET", "HEAD"):
            message = f"Method {record.method} is not allowed; only GET is supported."
            return self._error(405, message, record, head_only)
        scopes = [record.headers.get(h) for h in _ISOLATION_HEADERS]
        candidates = dict.fromkeys([*(s for s in scopes if s is not None), None])
        if record.item_id is None:
            try:
                body = self._page(record.conversation_id, record.query, candidates)
            except _ListError as exc:
                payload = error_body(400, exc.message)
                payload["error"]["param"] = exc.param
                return json_reply(400, payload, request_id=record.request_id, head_only=head_only)
            page_headers = (
                ("Content-Type", "application/json"),
                ("Content-Length", str(len(body))),
                ("x-request-id", record.request_id),
            )
            return Reply(200, page_headers, b"" if head_only else body)
        with self._lock:
            for key in candidates:
                stored = self._items.get((record.conversation_id, record.item_id, key))
                if stored is not None:
                    headers = (*stored.headers, ("x-request-id", record.request_id))
                    return Reply(200, headers, b"" if head_only else stored.body)
        message = f"No item with id '{record.item_id}' found in conversation '{record.conversation_id}'."
        return self._error(404, message, record, head_only)

    def _page(self, conv: str, query: Mapping[str, list[str]], candidates: Iterable[str | None]) -> bytes:
        """One page of conversation ``conv``'s items (the body), for a request with ``query``."""

        def last(name: str) -> str | None:
            values = query.get(name)
            return values[-1] if values else None

        raw_limit = last("limit")
        try:
            limit = DEFAULT_LIMIT if raw_limit is None else int(raw_limit)
        except ValueError:
            limit = 0
        if not 1 <= limit <= 100:
            raise _ListError(f"Invalid 'limit': {raw_limit!r}. Expected an integer from 1 to 100.", "limit")
        order = last("order") or "desc"
        if order not in ("asc", "desc"):
            raise _ListError(f"Invalid 'order': {order!r}. Expected 'asc' or 'desc'.", "order")
        keys = list(candidates)
        with self._lock:
            visible: list[tuple[str, _StoredItem]] = []
            for c, item_id in self._created:
                if c != conv:
                    continue
                stored = next((s for k in keys if (s := self._items.get((c, item_id, k))) is not None), None)
                if stored is not None:
                    visible.append((item_id, stored))
        if order == "desc":
            visible.reverse()
        position = {item_id: n for n, (item_id, _) in enumerate(visible)}
        start, end = 0, len(visible)
        for name in ("after", "before"):
            cursor = last(name)
            if cursor is None:
                continue
            if cursor not in position:
                raise _ListError(f"Invalid '{name}': no item with id {cursor!r} in conversation {conv!r}.", name)
            if name == "after":
                start = position[cursor] + 1
            else:
                end = position[cursor]
        window = visible[start:end]
        item_type = last("item_type")
        if item_type is not None:
            window = [(i, s) for i, s in window if s.item_type == item_type]
        page = window[:limit]
        parts = [b'{"object":"list","data":[', b",".join(s.body for _, s in page), b"]"]
        if page:
            parts.append(b',"first_id":' + encode_json(page[0][0]) + b',"last_id":' + encode_json(page[-1][0]))
        parts.append(b',"has_more":true}' if len(window) > limit else b',"has_more":false}')
        return b"".join(parts)

    def _error(self, status: int, message: str, record: RecordedRequest, head_only: bool) -> Reply:
        extra: dict[str, str] = {}
        if status == 401 and self._bearer_token is not None:
            extra["WWW-Authenticate"] = "Bearer"
        if status == 405:
            extra["Allow"] = "GET"
        payload = error_body(status, message)
        return json_reply(status, payload, request_id=record.request_id, extra=extra, head_only=head_only)

    def _authorized(self, headers: Mapping[str, str]) -> bool:
        if self._api_key is None and self._bearer_token is None:
            return True
        if self._api_key is not None:
            received = headers.get("api-key")
            if received is not None and _secret_matches(received, self._api_key):
                return True
        if self._bearer_token is not None:
            scheme, _, token = headers.get("authorization", "").partition(" ")
            if scheme.lower() == "bearer" and _secret_matches(token.strip(), self._bearer_token):
                return True
        return False
