"""`ConversationItemsClient` and `AsyncConversationItemsClient`: one typed call into the generated endpoint per
attempt, with auth, isolation headers, limits, retries and typed errors around it."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, Unpack

import httpx
from conversation_items_client.api.conversations import get_conversation_item as _endpoint
from conversation_items_client.types import UNSET

from ._attempt_limit import end_attempt, start_attempt
from ._attempts import Attempts, ItemResponse
from ._http import HttpClient, Pool, async_pool, sync_pool
from ._options import CallOptions, ClientOptions, Settings
from ._retry import RetryPolicy
from .errors import APIConnectionError

if TYPE_CHECKING:
    from conversation_items_client.client import Client as GeneratedClient
    from conversation_items_client.models import ConversationItem

__all__ = ["AsyncConversationItemsClient", "ConversationItemsClient", "ItemResponse"]

#: what httpx (or asyncio.timeout) may raise during one attempt; each maps to a documented error in _attempts
_ATTEMPT_ERRORS = (httpx.HTTPError, httpx.InvalidURL, TimeoutError)


def _generated_client(endpoint: str) -> GeneratedClient:
    from conversation_items_client.client import Client  # loads attrs: at the first construction, not at import

    return Client(base_url=endpoint, raise_on_unexpected_status=False)


class _ClientBase(Generic[HttpClient]):
    """Settings (read-only), the pool and its state, shared by both clients; no I/O here."""

    _settings: Settings
    _pool: Pool[HttpClient]
    _api: GeneratedClient
    _owns_pool: bool
    _closed: bool
    _sent_headers: dict[str, str]

    def _attach(self, settings: Settings, pool: Pool[HttpClient], *, owns_pool: bool) -> None:
        self._settings = settings
        self._pool = pool
        self._owns_pool = owns_pool
        self._closed = False
        self._api = _generated_client(settings.endpoint)
        defaults = pool.default_headers  # sent by the httpx client already: per request only what differs
        self._sent_headers = {k: v for k, v in settings.headers.items() if defaults.get(k) != v}

    def _evolved(self, endpoint: str | None, options: ClientOptions, *, is_async: bool) -> Self:
        clone = object.__new__(type(self))
        clone._attach(self._settings.evolve(endpoint, options, is_async=is_async), self._pool, owns_pool=False)
        return clone

    def _check_open(self) -> None:
        if self._closed or self._pool.closed or self._pool.http.is_closed:
            raise APIConnectionError("the client is closed; create a new one (or use it in a `with` block)")

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
        return self._closed or self._pool.closed or self._pool.http.is_closed

    def __repr__(self) -> str:
        settings = self._settings
        auth = settings.auth.mode if settings.auth is not None else "none"
        return (
            f"{type(self).__name__}(endpoint={settings.endpoint!r}, auth={auth!r}, "
            f"user_isolation_key={'<set>' if settings.user_isolation_key else None}, "
            f"user_identity={'<set>' if settings.user_identity else None}, max_retries={settings.max_retries})"
        )


class ConversationItemsClient(_ClientBase[httpx.Client]):
    """Reads conversation items from a Microsoft Foundry project (or any compatible service).

    >>> with ConversationItemsClient(endpoint, credential=DefaultAzureCredential()) as client:
    ...     item = client.get_item("conv_1", "fc_1")

    `endpoint` defaults to `$AZURE_AI_PROJECT_ENDPOINT`. Options (see `ClientOptions`): one of `api_key=`, `token=`,
    `credential=` (with `token_scope=`); `user_isolation_key=`, `user_identity=`; `timeout=` (30 s per attempt),
    `deadline=` (none), `max_retries=` (2), `headers=`, `retry_policy=`, `allow_insecure_http=`. `http_client=` is
    an `httpx.Client` you own and close (proxies, `verify=`, limits, HTTP/2, event hooks); `transport=` an httpx
    transport for tests (it disables httpx's proxy environment variables, as in httpx).
    """

    def __init__(
        self,
        endpoint: str | None = None,
        *,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        settings = Settings.create(endpoint, options, is_async=False)
        pool = sync_pool(http_client, transport, headers=settings.headers, timeout=settings.limit[1])
        self._attach(settings, pool, owns_pool=True)
        self._api.set_httpx_client(self._pool.http)

    def with_options(self, endpoint: str | None = None, **options: Unpack[ClientOptions]) -> Self:
        """A client with these options changed, sharing this one's connection pool and token cache.

        Closing the copy does not close the pool; closing this client closes it for every copy.
        """
        clone = self._evolved(endpoint, options, is_async=False)
        clone._api.set_httpx_client(self._pool.http)
        return clone

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
        settings = self._settings
        call = settings.call(conversation_id, item_id, options, headers=self._sent_headers)
        attempts = Attempts(settings, call)
        auth = settings.auth
        claims: str | None = None
        while True:
            self._check_open()
            seconds, timeout = attempts.limit()
            headers = call.headers if auth is None else dict([*call.headers.items(), auth.header(claims)])
            outcome: Any
            limit = start_attempt(seconds)
            try:
                outcome = _endpoint.sync_detailed(
                    call.conversation_id,
                    call.item_id,
                    client=self._api,
                    include=call.include,
                    x_ms_user_isolation_key=call.user_isolation_key,
                    x_ms_user_identity=call.user_identity,
                    extra_headers=headers,
                    timeout=UNSET if timeout is self._pool.default_timeout else timeout,
                )
            except _ATTEMPT_ERRORS as exc:
                outcome = exc
            finally:
                end_attempt(limit)
            result = attempts.settle(outcome)
            if isinstance(result, ItemResponse):
                return result
            claims = result.claims
            settings.retry_policy.sleep(result.wait)

    def close(self) -> None:
        """Close the connection pool, unless it is the caller's `http_client` or shared from another client."""
        self._closed = True
        if self._owns_pool and not self._pool.closed:
            self._pool.closed = True
            if self._pool.owned:
                self._pool.http.close()

    def __enter__(self) -> Self:
        self._check_open()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncConversationItemsClient(_ClientBase[httpx.AsyncClient]):
    """The asyncio twin of `ConversationItemsClient` (same options; `token=` and `credential=` may be async, and a
    sync one runs in a worker thread). `http_client=` is an `httpx.AsyncClient`."""

    def __init__(
        self,
        endpoint: str | None = None,
        *,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        settings = Settings.create(endpoint, options, is_async=True)
        pool = async_pool(http_client, transport, headers=settings.headers, timeout=settings.limit[1])
        self._attach(settings, pool, owns_pool=True)
        self._api_http: httpx.AsyncClient | None = None

    def with_options(self, endpoint: str | None = None, **options: Unpack[ClientOptions]) -> Self:
        """See `ConversationItemsClient.with_options`."""
        clone = self._evolved(endpoint, options, is_async=True)
        clone._api_http = None
        return clone

    async def get_item(self, conversation_id: str, item_id: str, **options: Unpack[CallOptions]) -> ConversationItem:
        """See `ConversationItemsClient.get_item`."""
        return (await self.get_item_detailed(conversation_id, item_id, **options)).item

    async def get_item_detailed(
        self, conversation_id: str, item_id: str, **options: Unpack[CallOptions]
    ) -> ItemResponse:
        """See `ConversationItemsClient.get_item_detailed`."""
        import asyncio  # here, not at module level: sync users do not pay its import (~10 ms)

        settings = self._settings
        call = settings.call(conversation_id, item_id, options, headers=self._sent_headers)
        attempts = Attempts(settings, call)
        auth = settings.auth
        claims: str | None = None
        while True:
            self._check_open()
            http = self._pool.for_loop(asyncio.get_running_loop())
            if http is not self._api_http:  # a new event loop: a new connection pool (see Pool.for_loop)
                self._api.set_async_httpx_client(http)
                self._api_http = http
            seconds, timeout = attempts.limit()
            headers = call.headers if auth is None else dict([*call.headers.items(), await auth.async_header(claims)])
            outcome: Any
            try:
                async with asyncio.timeout(seconds):  # the whole attempt, connect to last byte
                    outcome = await _endpoint.asyncio_detailed(
                        call.conversation_id,
                        call.item_id,
                        client=self._api,
                        include=call.include,
                        x_ms_user_isolation_key=call.user_isolation_key,
                        x_ms_user_identity=call.user_identity,
                        extra_headers=headers,
                        timeout=UNSET if timeout is self._pool.default_timeout else timeout,
                    )
            except _ATTEMPT_ERRORS as exc:
                outcome = exc
            result = attempts.settle(outcome)
            if isinstance(result, ItemResponse):
                return result
            claims = result.claims
            await settings.retry_policy.async_sleep(result.wait)

    async def close(self) -> None:
        """See `ConversationItemsClient.close`. Connections opened from an event loop that has ended cannot be
        closed from this one; they are left to be collected."""
        import asyncio

        self._closed = True
        pool = self._pool
        if self._owns_pool and not pool.closed:
            pool.closed = True
            if pool.owned and pool.usable_from(asyncio.get_running_loop()):
                await pool.http.aclose()

    async def __aenter__(self) -> Self:
        self._check_open()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
