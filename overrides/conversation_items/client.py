"""`ConversationItemsClient` and `AsyncConversationItemsClient`: the generated endpoint, with auth,
isolation-key defaults, retries and typed errors around it. One connection pool per client."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx
from conversation_items_client import Client as _GeneratedClient
from conversation_items_client.api.conversations import get_conversation_item as _endpoint
from conversation_items_client.types import UNSET
from conversation_items_client.types import Response as _Response

from ._auth import DEFAULT_SCOPE, TokenCredentialLike, TokenSource, build_auth
from ._retry import RETRYABLE_STATUS_CODES, RetryPolicy
from ._settings import (
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    USER_AGENT,
    NotGiven,
    check_header_value,
    check_headers,
    resolve_endpoint,
    resolve_timeout,
)
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ConversationItemsError,
    ItemDecodeError,
    request_id_from,
    status_error_class,
)

if TYPE_CHECKING:
    from conversation_items_client.models import ConversationItem

__all__ = ["AsyncConversationItemsClient", "ConversationItemsClient", "ItemResponse"]

logger = logging.getLogger("conversation_items")

#: transport errors that mean our request was wrong, not that the network failed: never retried
_NOT_RETRYABLE_TRANSPORT = (httpx.LocalProtocolError, httpx.UnsupportedProtocol)


class ItemResponse:
    """A successful `get_item_detailed` call: the item, its request id, headers and number of attempts."""

    __slots__ = ("attempts", "headers", "item", "request_id", "status_code")

    def __init__(
        self,
        *,
        item: ConversationItem,
        status_code: int,
        request_id: str | None,
        headers: httpx.Headers,
        attempts: int,
    ) -> None:
        self.item = item
        self.status_code = status_code
        self.request_id = request_id
        self.headers = headers
        self.attempts = attempts

    def __repr__(self) -> str:
        return (
            f"ItemResponse(item={type(self.item).__name__}, status_code={self.status_code}, "
            f"request_id={self.request_id!r}, attempts={self.attempts})"
        )


class _ClientBase:
    """Settings and per-call logic shared by the sync and async clients (no I/O here)."""

    _auth_mode: str

    def __init__(
        self,
        *,
        endpoint: str | None,
        api_key: str | None,
        token: TokenSource | None,
        credential: TokenCredentialLike | None,
        user_isolation_key: str | None,
        user_identity: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        headers: Mapping[str, str] | None,
        retry_policy: RetryPolicy | None,
        token_scope: str,
        allow_insecure_http: bool,
    ) -> None:
        auth = build_auth(api_key=api_key, token=token, credential=credential, scope=token_scope)
        self.endpoint = resolve_endpoint(endpoint, has_auth=auth is not None, allow_insecure_http=allow_insecure_http)
        if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
            raise ValueError("max_retries must be an int >= 0")
        self.max_retries = max_retries
        self.retry_policy = retry_policy or RetryPolicy()
        self.timeout = resolve_timeout(timeout)
        self._auth = auth
        self._auth_mode = auth.mode if auth is not None else "none"
        self._user_isolation_key = self._check_optional(user_isolation_key, "user_isolation_key")
        self._user_identity = self._check_optional(user_identity, "user_identity")
        self._headers = {"User-Agent": USER_AGENT, **check_headers(headers)}

    @staticmethod
    def _check_optional(value: str | None, name: str) -> str | None:
        return None if value is None else check_header_value(value, name)

    @property
    def user_isolation_key(self) -> str | None:
        """The default `x-ms-user-isolation-key` sent on every call (None: not sent)."""
        return self._user_isolation_key

    @property
    def user_identity(self) -> str | None:
        """The default `x-ms-user-identity` sent on every call (None: not sent)."""
        return self._user_identity

    def _generated(self, transport: Any) -> _GeneratedClient:
        httpx_args: dict[str, Any] = {"auth": self._auth}
        if transport is not None:
            httpx_args["transport"] = transport
        return _GeneratedClient(
            base_url=self.endpoint,
            headers=self._headers,
            timeout=self.timeout,
            raise_on_unexpected_status=False,
            follow_redirects=False,
            httpx_args=httpx_args,
        )

    def _call_kwargs(
        self,
        user_isolation_key: str | NotGiven | None,
        user_identity: str | NotGiven | None,
        timeout: float | httpx.Timeout | NotGiven | None,
    ) -> dict[str, Any]:
        key = self._user_isolation_key if isinstance(user_isolation_key, NotGiven) else user_isolation_key
        identity = self._user_identity if isinstance(user_identity, NotGiven) else user_identity
        kwargs: dict[str, Any] = {
            "x_ms_user_isolation_key": UNSET if key is None else key,
            "x_ms_user_identity": UNSET if identity is None else identity,
        }
        if not isinstance(timeout, NotGiven):
            kwargs["timeout"] = resolve_timeout(timeout)
        return kwargs

    @staticmethod
    def _status_error(response: _Response[Any]) -> APIStatusError:
        error = getattr(response.parsed, "error", None)  # an ApiErrorResponse, or None when the body was not one
        body = response.content.decode("utf-8", errors="replace")
        status = int(response.status_code)
        return status_error_class(status)(status, error=error, body=body, headers=response.headers)

    @staticmethod
    def _transport_error(exc: httpx.TransportError) -> APIConnectionError:
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(f"Request timed out ({type(exc).__name__}).")
        return APIConnectionError(f"Connection error ({type(exc).__name__}: {exc}).")

    def _next_wait(self, attempt: int, error: ConversationItemsError) -> float | None:
        """Seconds before attempt `attempt + 1`, or None when `error` must be raised now."""
        if attempt >= self.max_retries:
            return None
        headers: Mapping[str, str] | None = None
        if isinstance(error, APIStatusError):
            if error.status_code not in RETRYABLE_STATUS_CODES:
                return None
            headers = error.headers
        wait = self.retry_policy.wait_for(attempt, headers)
        if wait is None:
            logger.debug("not retrying: the server asked to wait longer than max_retry_after")
            return None
        logger.debug(
            "attempt %d of %d failed (%s); retrying in %.3f s",
            attempt + 1,
            self.max_retries + 1,
            type(error).__name__,
            wait,
        )
        return wait

    def _settle(self, attempt: int, outcome: _Response[Any] | httpx.TransportError) -> ItemResponse | float:
        """After attempt `attempt` (0-based): the result, or the seconds to wait before retrying; raises when final."""
        if isinstance(outcome, _NOT_RETRYABLE_TRANSPORT):
            raise APIConnectionError(f"Request could not be sent ({type(outcome).__name__}).") from outcome
        error: ConversationItemsError
        if isinstance(outcome, httpx.TransportError):
            error, cause = self._transport_error(outcome), outcome
        elif outcome.status_code == 200:
            return _ok(outcome, attempt + 1)
        else:
            error, cause = self._status_error(outcome), None
        wait = self._next_wait(attempt, error)
        if wait is None:
            raise error from cause
        return wait

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(endpoint={self.endpoint!r}, auth={self._auth_mode!r}, "
            f"user_isolation_key={'<set>' if self._user_isolation_key else None}, "
            f"user_identity={'<set>' if self._user_identity else None}, max_retries={self.max_retries})"
        )


def _ok(response: _Response[Any], attempts: int) -> ItemResponse:
    item = response.parsed
    if item is None:  # the generated 200 parser returns an item or raises; this keeps that promise checked
        raise ItemDecodeError("the 200 response carried no item", payload=response.content)
    headers = response.headers
    return ItemResponse(
        item=item,
        status_code=200,
        request_id=request_id_from(headers),
        headers=headers if isinstance(headers, httpx.Headers) else httpx.Headers(headers),
        attempts=attempts,
    )


class ConversationItemsClient(_ClientBase):
    """Reads conversation items from a Microsoft Foundry project (or any compatible service).

    >>> with ConversationItemsClient(endpoint=..., credential=DefaultAzureCredential()) as client:
    ...     item = client.get_item("conv_1", "fc_1")
    """

    def __init__(
        self,
        endpoint: str | None = None,
        *,
        api_key: str | None = None,
        token: str | Callable[[], str] | None = None,
        credential: TokenCredentialLike | None = None,
        user_isolation_key: str | None = None,
        user_identity: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
        retry_policy: RetryPolicy | None = None,
        token_scope: str = DEFAULT_SCOPE,
        allow_insecure_http: bool = False,
    ) -> None:
        super().__init__(
            endpoint=endpoint,
            api_key=api_key,
            token=token,
            credential=credential,
            user_isolation_key=user_isolation_key,
            user_identity=user_identity,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            retry_policy=retry_policy,
            token_scope=token_scope,
            allow_insecure_http=allow_insecure_http,
        )
        self._api = self._generated(transport)
        self._http = self._api.get_httpx_client()

    def get_item(
        self,
        conversation_id: str,
        item_id: str,
        *,
        user_isolation_key: str | NotGiven | None = NOT_GIVEN,
        user_identity: str | NotGiven | None = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> ConversationItem:
        """The item `item_id` of conversation `conversation_id`, typed by its `type`.

        Returns a generated model (e.g. `FunctionCallItem`) or an `UnknownItem` for a type this
        package does not know. Per-call `user_isolation_key`/`user_identity` replace the client's
        default; None removes it for this call. Raises `APIStatusError` subclasses,
        `APIConnectionError`/`APITimeoutError` (after retries), `ItemDecodeError`, or `ValueError`
        for an id or header value that cannot be sent safely (nothing is sent then).
        """
        return self.get_item_detailed(
            conversation_id,
            item_id,
            user_isolation_key=user_isolation_key,
            user_identity=user_identity,
            timeout=timeout,
        ).item

    def get_item_detailed(
        self,
        conversation_id: str,
        item_id: str,
        *,
        user_isolation_key: str | NotGiven | None = NOT_GIVEN,
        user_identity: str | NotGiven | None = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> ItemResponse:
        """Like `get_item`, with the request id, headers and number of attempts."""
        kwargs = self._call_kwargs(user_isolation_key, user_identity, timeout)
        attempt = 0
        while True:
            outcome: _Response[Any] | httpx.TransportError
            try:
                outcome = _endpoint.sync_detailed(conversation_id, item_id, client=self._api, **kwargs)
            except httpx.TransportError as exc:
                outcome = exc
            result = self._settle(attempt, outcome)
            if isinstance(result, ItemResponse):
                return result
            self.retry_policy.sleep(result)
            attempt += 1

    def close(self) -> None:
        """Close the connection pool (idempotent)."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncConversationItemsClient(_ClientBase):
    """The asyncio twin of `ConversationItemsClient` (same arguments; `token=` and `credential=`
    may be async)."""

    def __init__(
        self,
        endpoint: str | None = None,
        *,
        api_key: str | None = None,
        token: TokenSource | None = None,
        credential: TokenCredentialLike | None = None,
        user_isolation_key: str | None = None,
        user_identity: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        headers: Mapping[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        retry_policy: RetryPolicy | None = None,
        token_scope: str = DEFAULT_SCOPE,
        allow_insecure_http: bool = False,
    ) -> None:
        super().__init__(
            endpoint=endpoint,
            api_key=api_key,
            token=token,
            credential=credential,
            user_isolation_key=user_isolation_key,
            user_identity=user_identity,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            retry_policy=retry_policy,
            token_scope=token_scope,
            allow_insecure_http=allow_insecure_http,
        )
        self._api = self._generated(transport)
        self._http = self._api.get_async_httpx_client()

    async def get_item(
        self,
        conversation_id: str,
        item_id: str,
        *,
        user_isolation_key: str | NotGiven | None = NOT_GIVEN,
        user_identity: str | NotGiven | None = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> ConversationItem:
        """See `ConversationItemsClient.get_item`."""
        detailed = await self.get_item_detailed(
            conversation_id,
            item_id,
            user_isolation_key=user_isolation_key,
            user_identity=user_identity,
            timeout=timeout,
        )
        return detailed.item

    async def get_item_detailed(
        self,
        conversation_id: str,
        item_id: str,
        *,
        user_isolation_key: str | NotGiven | None = NOT_GIVEN,
        user_identity: str | NotGiven | None = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> ItemResponse:
        """See `ConversationItemsClient.get_item_detailed`."""
        kwargs = self._call_kwargs(user_isolation_key, user_identity, timeout)
        attempt = 0
        while True:
            outcome: _Response[Any] | httpx.TransportError
            try:
                outcome = await _endpoint.asyncio_detailed(conversation_id, item_id, client=self._api, **kwargs)
            except httpx.TransportError as exc:
                outcome = exc
            result = self._settle(attempt, outcome)
            if isinstance(result, ItemResponse):
                return result
            await self.retry_policy.async_sleep(result)
            attempt += 1

    async def close(self) -> None:
        """Close the connection pool (idempotent)."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
