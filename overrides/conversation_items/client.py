"""`ConversationItemsClient` and `AsyncConversationItemsClient`: the generated endpoints build each request and parse
each response; the client sends it (`_sender`), with auth, isolation headers, limits, retries and typed errors.
`get_item` is one exchange; `list_items` returns a pager whose every page is one exchange."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, Self, TypeVar, Unpack, cast

import httpx
from conversation_items_client.api.conversations import get_conversation_item, list_conversation_items
from conversation_items_client.types import UNSET

from ._attempts import Attempts, Settled
from ._auth import AUTH_HEADER_NAMES
from ._decode import warn_if_unknown
from ._from_openai import openai_parts
from ._item_page import ItemPage
from ._item_response import ItemResponse
from ._options import Call, CallOptions, ClientOptions, Settings
from ._pager import AsyncItemPager, ItemPager, ListQuery
from ._project_endpoint import environment_proxy, refuse_clear_text_proxy, resolve_endpoint
from ._retry import RetryPolicy
from ._sender import AsyncSender, SyncSender
from .errors import APIConnectionError

if TYPE_CHECKING:
    import httpx2
    import openai
    from conversation_items_client.models import ConversationItem, ConversationItemList
    from conversation_items_client.types import RequestParts, Response

__all__ = ["AsyncConversationItemsClient", "ConversationItemsClient", "ItemResponse"]

Sender = TypeVar("Sender", SyncSender, AsyncSender)


class _Parse(Protocol):
    """A generated endpoint's `parse_response`."""

    def __call__(self, *, status_code: int, headers: Mapping[str, str], content: bytes) -> Response[Any]: ...


def _item_response(settled: Settled) -> ItemResponse:
    item = cast("ConversationItem", settled.parsed)  # the 200 parser returns an item or raises
    warn_if_unknown(item)
    return ItemResponse(
        item=item,
        content=settled.content,
        request_id=settled.request_id,
        headers=settled.headers,
        attempts=settled.attempts,
        elapsed=settled.elapsed,
    )


def _item_page(settled: Settled) -> ItemPage:
    body = cast("ConversationItemList", settled.parsed)  # the 200 parser returns a page or raises
    items = tuple(body.data)
    for item in items:
        warn_if_unknown(item)
    return ItemPage(
        items=items,
        first_id=body.first_id if isinstance(body.first_id, str) else None,
        last_id=body.last_id if isinstance(body.last_id, str) else None,
        has_more=body.has_more,
        request_id=settled.request_id,
        content=settled.content,
    )


class _ClientBase(Generic[Sender]):
    """Settings (read-only), the sender and its state, shared by both clients; no I/O here."""

    _settings: Settings
    _sender: Sender
    _owns_sender: bool
    _closed: bool
    _sent_headers: dict[str, str]
    #: the proxy requests go through (from the environment, for the httpx client this package builds), or None
    proxy: str | None

    def _attach(self, settings: Settings, sender: Sender, *, owns_sender: bool) -> None:
        self._settings = settings
        self._sender = sender
        self._owns_sender = owns_sender
        self._closed = False
        defaults = sender.default_headers  # sent by the httpx client already: per request only what differs
        self._sent_headers = {k: v for k, v in settings.headers.items() if defaults.get(k) != v}
        self.proxy = environment_proxy(settings.endpoint) if sender.uses_environment_proxies else None
        # a caller's http_client may carry a credential of its own among its default headers
        own = not sender.owned and any(name.lower() in AUTH_HEADER_NAMES for name in sender.current.headers)
        if own:
            resolve_endpoint(settings.endpoint, has_credentials=True, allow_insecure_http=settings.allow_insecure_http)
        refuse_clear_text_proxy(
            settings.endpoint,
            self.proxy,
            has_credentials=settings.auth is not None or own,
            allow_insecure_http=settings.allow_insecure_http,
        )

    def _evolved(self, endpoint: str | None, options: ClientOptions, *, is_async: bool) -> Self:
        clone = object.__new__(type(self))
        clone._attach(self._settings.evolve(endpoint, options, is_async=is_async), self._sender, owns_sender=False)
        return clone

    def _check_open(self) -> None:
        if self._closed or self._sender.is_closed:
            raise APIConnectionError("the client is closed; create a new one (or use it in a `with` block)")

    def _start(self, conversation_id: str, item_id: str, options: CallOptions) -> tuple[Call, RequestParts]:
        """One call's checked arguments and its request (built by the generated endpoint)."""
        call = self._settings.call(conversation_id, item_id, options, headers=self._sent_headers)
        parts = get_conversation_item.build_request(
            call.conversation_id,
            call.item_id,
            include=call.include,
            x_ms_user_isolation_key=call.user_isolation_key,
            x_ms_user_identity=call.user_identity,
        )
        return call, parts

    def _list_start(
        self,
        conversation_id: str,
        limit: int | None,
        order: Literal["asc", "desc"] | None,
        after: str | None,
        before: str | None,
        item_type: str | None,
        options: CallOptions,
    ) -> tuple[Call, ListQuery]:
        """A list's checked call options and filters (raising before anything is sent)."""
        call = self._settings.call(conversation_id, "", options, headers=self._sent_headers, listing=True)
        query = ListQuery.checked(limit=limit, order=order, after=after, before=before, item_type=item_type)
        return call, query

    @staticmethod
    def _page_request(call: Call, query: ListQuery, after: str | None) -> RequestParts:
        """One page's request (built by the generated endpoint): the list's filters, `after` the page's cursor."""
        return list_conversation_items.build_request(
            call.conversation_id,
            limit=UNSET if query.limit is None else query.limit,
            order=UNSET if query.order is None else query.order,
            after=UNSET if after is None else after,
            before=UNSET if query.before is None else query.before,
            item_type=UNSET if query.item_type is None else query.item_type,
            include=call.include,
            x_ms_user_isolation_key=call.user_isolation_key,
            x_ms_user_identity=call.user_identity,
        )

    @property
    def endpoint(self) -> str:
        """The project endpoint requests go to."""
        return self._settings.endpoint

    @property
    def timeout(self) -> float | httpx.Timeout | None:
        """Seconds one attempt may take, connect to last byte (an httpx.Timeout: per phase; None: no limit)."""
        return self._settings.timeout

    @property
    def deadline(self) -> float | None:
        """Seconds a whole call may take, retries and waits included (None: no limit)."""
        return self._settings.deadline

    @property
    def max_retries(self) -> int:
        """Retries after the first attempt, for retryable failures."""
        return self._settings.max_retries

    @property
    def retry_policy(self) -> RetryPolicy:
        """How long to wait between attempts."""
        return self._settings.retry_policy

    @property
    def user_isolation_key(self) -> str | None:
        """The default `x-ms-user-isolation-key` sent on every call (None: not sent)."""
        return self._settings.user_isolation_key

    @property
    def user_identity(self) -> str | None:
        """The default `x-ms-user-identity` sent on every call (None: not sent)."""
        return self._settings.user_identity

    @property
    def headers(self) -> dict[str, str]:
        """A copy of the headers sent on every call (User-Agent and `headers=`; auth is never shown)."""
        return dict(self._settings.headers)

    @property
    def is_closed(self) -> bool:
        """Whether `close()` was called (on this client, or on the one whose connection pool it shares)."""
        return self._closed or self._sender.is_closed

    def __repr__(self) -> str:
        settings = self._settings
        auth = settings.auth.mode if settings.auth is not None else "none"
        return (
            f"{type(self).__name__}(endpoint={settings.endpoint!r}, auth={auth!r}, "
            f"user_isolation_key={'<set>' if settings.user_isolation_key else None}, "
            f"user_identity={'<set>' if settings.user_identity else None}, max_retries={settings.max_retries})"
        )


class ConversationItemsClient(_ClientBase[SyncSender]):
    """Reads conversation items from a Microsoft Foundry project (or any compatible service).

    >>> with ConversationItemsClient(endpoint, credential=DefaultAzureCredential()) as client:
    ...     item = client.get_item("conv_1", "fc_1")

    `endpoint` defaults to `$AZURE_AI_PROJECT_ENDPOINT`. Options (see `ClientOptions`): one of `api_key=`, `token=`,
    `credential=` (with `token_scope=`); `user_isolation_key=`, `user_identity=`; `timeout=` (30 s per attempt),
    `deadline=` (none), `max_retries=` (2), `headers=`, `retry_policy=`, `allow_insecure_http=`. `http_client=` is
    an `httpx.Client` or an `httpx2.Client` you own and close (proxies, `verify=`, limits, HTTP/2, event hooks);
    `transport=` an httpx transport for tests (it disables httpx's proxy environment variables, as in httpx).
    """

    def __init__(
        self,
        endpoint: str | None = None,
        *,
        http_client: httpx.Client | httpx2.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        settings = Settings.create(endpoint, options, is_async=False)
        http = cast("httpx.Client | None", http_client)  # httpx2's API is httpx's: the sender converts what differs
        self._attach(settings, SyncSender.build(http, transport, headers=settings.headers), owns_sender=True)

    @classmethod
    def from_openai(
        cls, openai_client: openai.OpenAI, *, endpoint: str | None = None, **options: Unpack[ClientOptions]
    ) -> Self:
        """A client for the Foundry project an `openai.OpenAI` / `openai.AzureOpenAI` client points at, sharing its
        connection pool (its http client: httpx2 with openai >= 3.57, httpx before).

        Taken from it: the endpoint (its `base_url` less `/openai/v1`, `/openai` or `/openai/deployments/<name>`;
        another base URL raises `ValueError`: pass `endpoint=`), its auth, sent as it sends it (OpenAI's `api_key`
        as `Authorization: Bearer`, AzureOpenAI's as `api-key`, its `azure_ad_token_provider` or `azure_ad_token`
        as `token=`), and the `default_headers=` it was given (less auth headers; an `x-ms-user-isolation-key` or
        `x-ms-user-identity` among them becomes that option). Not taken: its timeout, retries, organization,
        project and query parameters. `options` are the constructor's and win (an auth option replaces its auth).
        Requests never follow redirects, whatever its http client does. Closing this client leaves the openai
        client's pool open.
        """
        parts = openai_parts(openai_client, endpoint, options, asynchronous=False)
        settings = Settings.create(parts.endpoint, cast(ClientOptions, parts.options), is_async=False)
        sender = SyncSender.build(parts.http_client, None, headers=settings.headers, redirecting_allowed=True)
        client = object.__new__(cls)
        client._attach(settings, sender, owns_sender=True)
        return client

    def with_options(self, endpoint: str | None = None, **options: Unpack[ClientOptions]) -> Self:
        """A client with these options changed, sharing this one's connection pool and token cache.

        Closing the copy does not close the pool; closing this client closes it for every copy.
        """
        return self._evolved(endpoint, options, is_async=False)

    def get_item(self, conversation_id: str, item_id: str, **options: Unpack[CallOptions]) -> ConversationItem:
        """The item `item_id` of conversation `conversation_id`, typed by its `type`.

        A generated model (e.g. `FunctionCallItem`), or an `UnknownItem` for a type this package does not know.
        `options` (see `CallOptions`) replace the client's for this call; `user_isolation_key=None` or
        `user_identity=None` removes that header. Raises `APIStatusError` subclasses, `APIConnectionError` /
        `APITimeoutError` (after retries), `ItemDecodeError`, `CredentialError`, or `ValueError` / `TypeError` for an
        argument that cannot be sent (nothing is sent then).
        """
        return self.get_item_detailed(conversation_id, item_id, **options).item

    def get_item_detailed(self, conversation_id: str, item_id: str, **options: Unpack[CallOptions]) -> ItemResponse:
        """Like `get_item`, with the raw body, request id, headers, number of attempts and time taken."""
        call, parts = self._start(conversation_id, item_id, options)
        return _item_response(self._exchange(call, parts, get_conversation_item.parse_response))

    def list_items(
        self,
        conversation_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        item_type: str | None = None,
        **options: Unpack[CallOptions],
    ) -> ItemPager:
        """The items of conversation `conversation_id`, page after page: `for item in client.list_items(...)`.

        Filters (None: not sent, the service's default): `limit` items per page (1-100; the service's default is 20),
        `order` "asc" or "desc" by creation time, `after` / `before` item ids bounding the list, `item_type` only
        items of that `type`. `options` are `get_item`'s, applied to every page (`deadline` bounds each page's
        request, retries included). Arguments are checked now (`ValueError` / `TypeError`); nothing is sent until
        iteration starts. Each page raises what `get_item` raises, and `PaginationError` for a list that does not
        move on. `.pages()` yields each `ItemPage` instead of the items.
        """
        call, query = self._list_start(conversation_id, limit, order, after, before, item_type, options)
        return ItemPager(partial(self._list_page, call, query), query)

    def _list_page(self, call: Call, query: ListQuery, after: str | None) -> ItemPage:
        parts = self._page_request(call, query, after)
        return _item_page(self._exchange(call, parts, list_conversation_items.parse_response))

    def _exchange(self, call: Call, parts: RequestParts, parse: _Parse) -> Settled:
        """One request, attempted until it settles: the parsed 200 body, or the final error raised."""
        library = self._sender.library
        # what the HTTP library (or anyio's attempt limit) may raise: each maps to a documented error in _attempts
        attempt_errors = library.attempt_errors
        attempts = Attempts(self._settings, call, self._settings.endpoint + parts.path, library)
        auth = self._settings.auth
        base_headers = {**parts.headers, **call.headers}
        claims: str | None = None
        while True:
            self._check_open()
            limit = attempts.limit()
            headers = base_headers if auth is None else dict([*base_headers.items(), auth.header(claims)])
            outcome: Any
            try:
                received = self._sender.send(parts, attempts.url, headers, limit)
                outcome = parse(status_code=received.status_code, headers=received.headers, content=received.content)
            except attempt_errors as exc:
                outcome = exc
            result = attempts.settle(outcome)
            if isinstance(result, Settled):
                return result
            claims = result.claims
            attempts.budget.wait(result.wait)

    def close(self) -> None:
        """Close the connection pool, unless it is the caller's `http_client` or shared from another client."""
        self._closed = True
        if self._owns_sender:
            self._sender.close()

    def __enter__(self) -> Self:
        self._check_open()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncConversationItemsClient(_ClientBase[AsyncSender]):
    """The async twin of `ConversationItemsClient`, for asyncio and trio (same options; `token=` and `credential=` may
    be async, and a sync one runs in a worker thread). `http_client=` is an `httpx.AsyncClient` or an
    `httpx2.AsyncClient`."""

    def __init__(
        self,
        endpoint: str | None = None,
        *,
        http_client: httpx.AsyncClient | httpx2.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        settings = Settings.create(endpoint, options, is_async=True)
        http = cast("httpx.AsyncClient | None", http_client)  # see ConversationItemsClient.__init__
        self._attach(settings, AsyncSender.build(http, transport, headers=settings.headers), owns_sender=True)

    @classmethod
    def from_openai(
        cls, openai_client: openai.AsyncOpenAI, *, endpoint: str | None = None, **options: Unpack[ClientOptions]
    ) -> Self:
        """See `ConversationItemsClient.from_openai`: from an `openai.AsyncOpenAI` / `openai.AsyncAzureOpenAI` (an
        async `azure_ad_token_provider` is awaited, a sync one runs in a worker thread)."""
        parts = openai_parts(openai_client, endpoint, options, asynchronous=True)
        settings = Settings.create(parts.endpoint, cast(ClientOptions, parts.options), is_async=True)
        sender = AsyncSender.build(parts.http_client, None, headers=settings.headers, redirecting_allowed=True)
        client = object.__new__(cls)
        client._attach(settings, sender, owns_sender=True)
        return client

    def with_options(self, endpoint: str | None = None, **options: Unpack[ClientOptions]) -> Self:
        """See `ConversationItemsClient.with_options`."""
        return self._evolved(endpoint, options, is_async=True)

    async def get_item(self, conversation_id: str, item_id: str, **options: Unpack[CallOptions]) -> ConversationItem:
        """See `ConversationItemsClient.get_item`."""
        return (await self.get_item_detailed(conversation_id, item_id, **options)).item

    async def get_item_detailed(
        self, conversation_id: str, item_id: str, **options: Unpack[CallOptions]
    ) -> ItemResponse:
        """See `ConversationItemsClient.get_item_detailed`."""
        call, parts = self._start(conversation_id, item_id, options)
        return _item_response(await self._exchange(call, parts, get_conversation_item.parse_response))

    def list_items(
        self,
        conversation_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        item_type: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncItemPager:
        """See `ConversationItemsClient.list_items`: `async for item in client.list_items(...)` (not awaited)."""
        call, query = self._list_start(conversation_id, limit, order, after, before, item_type, options)
        return AsyncItemPager(partial(self._list_page, call, query), query)

    async def _list_page(self, call: Call, query: ListQuery, after: str | None) -> ItemPage:
        parts = self._page_request(call, query, after)
        return _item_page(await self._exchange(call, parts, list_conversation_items.parse_response))

    async def _exchange(self, call: Call, parts: RequestParts, parse: _Parse) -> Settled:
        """See `ConversationItemsClient._exchange`."""
        library = self._sender.library
        # what the HTTP library (or anyio's attempt limit) may raise: each maps to a documented error in _attempts
        attempt_errors = library.attempt_errors
        attempts = Attempts(self._settings, call, self._settings.endpoint + parts.path, library)
        auth = self._settings.auth
        base_headers = {**parts.headers, **call.headers}
        claims: str | None = None
        while True:
            self._check_open()
            limit = attempts.limit()
            headers = base_headers if auth is None else dict([*base_headers.items(), await auth.async_header(claims)])
            outcome: Any
            try:
                received = await self._sender.send(parts, attempts.url, headers, limit)
                outcome = parse(status_code=received.status_code, headers=received.headers, content=received.content)
            except attempt_errors as exc:
                outcome = exc
            result = attempts.settle(outcome)
            if isinstance(result, Settled):
                return result
            claims = result.claims
            await attempts.budget.async_wait(result.wait)

    async def close(self) -> None:
        """See `ConversationItemsClient.close`. Connections opened from an event loop that has ended were closed
        by that loop as it shut down."""
        self._closed = True
        if self._owns_sender:
            await self._sender.close()

    async def __aenter__(self) -> Self:
        self._check_open()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
