"""Every exception a call can raise, rooted at `ConversationItemsError`; each survives `pickle` and `copy` whole.

`ConversationItemsError` and `ItemDecodeError` are defined by the generated package (its decoding raises them) and
re-exported here, so one `except ConversationItemsError` catches everything.
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx
from conversation_items_client.errors import ConversationItemsError, ItemDecodeError

if TYPE_CHECKING:
    from conversation_items_client.models.api_error import ApiError

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConversationItemsError",
    "CredentialError",
    "InsecureEndpointError",
    "InternalServerError",
    "ItemDecodeError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "request_id_from",
    "status_error_class",
]

#: response headers that carry the service's request id, in order of preference
REQUEST_ID_HEADERS = ("x-request-id", "x-ms-request-id", "apim-request-id")


def request_id_from(headers: Mapping[str, str]) -> str | None:
    """The request id the service put in `headers` (case-insensitive when `headers` is an httpx.Headers)."""
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return value
    return None


def _phrase(status_code: int) -> str:
    try:
        return HTTPStatus(status_code).phrase
    except ValueError:
        return "Unknown Status"


class APIStatusError(ConversationItemsError):
    """The service answered with a status other than 200.

    Attributes: `status_code`; `error` (the parsed `{"error": {...}}` body as an `ApiError`, or None when the body
    is not that shape); `request_id`; `body` (the raw body as text); `headers` (case-insensitive); `message`.
    """

    status_code: int
    error: ApiError | None
    body: str
    headers: httpx.Headers
    request_id: str | None
    message: str

    def __init__(
        self,
        status_code: int,
        *,
        error: ApiError | None = None,
        body: str = "",
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.status_code = status_code
        self.error = error
        self.body = body
        self.headers = httpx.Headers(headers)
        self.request_id = request_id_from(self.headers)
        self.message = self._describe()
        super().__init__(self.message)

    def _describe(self) -> str:
        text = f"{self.status_code} {_phrase(self.status_code)}"
        if self.error is not None:
            code = self.error.code if isinstance(self.error.code, str) else None
            text += f": {code + ': ' if code else ''}{self.error.message}"
        if self.request_id:
            text += f" (request id {self.request_id})"
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_status_error, (type(self), self.status_code, self.error, self.body, self.headers))


def _rebuild_status_error(
    cls: type[APIStatusError], status_code: int, error: ApiError | None, body: str, headers: httpx.Headers
) -> APIStatusError:
    return cls(status_code, error=error, body=body, headers=headers)


class BadRequestError(APIStatusError):
    """400: the request was malformed."""


class AuthenticationError(APIStatusError):
    """401: missing, invalid or revoked credentials (a cached credential token is dropped)."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials may not read this item."""


class NotFoundError(APIStatusError):
    """404: no such conversation or item (or not visible to this isolation key)."""


class RateLimitError(APIStatusError):
    """429: too many requests (retried automatically, see the README)."""


class InternalServerError(APIStatusError):
    """Any 5xx status."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The `APIStatusError` subclass for `status_code`."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)


class APIConnectionError(ConversationItemsError):
    """The request could not be sent or the response not received (DNS, refused, reset, protocol, closed client).

    `url` is the request's URL when one was built.
    """

    def __init__(self, message: str = "Connection error.", *, url: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.url = url

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_connection_error, (type(self), self.message, self.url))


def _rebuild_connection_error(cls: type[APIConnectionError], message: str, url: str | None) -> APIConnectionError:
    return cls(message, url=url)


class APITimeoutError(APIConnectionError):
    """An attempt took longer than `timeout`, or the call longer than its `deadline`."""

    def __init__(self, message: str = "Request timed out.", *, url: str | None = None) -> None:
        super().__init__(message, url=url)


class CertificateVerificationError(APIConnectionError):
    """The server's TLS certificate is not trusted here (self-signed, an unknown CA, a TLS-inspecting proxy, the
    wrong host name). Never retried: the next attempt would fail the same way. Trust the CA with `SSL_CERT_FILE`
    (a PEM bundle), or pass an `http_client` built with `verify=` set to an `ssl.SSLContext` that trusts it."""


class CredentialError(ConversationItemsError):
    """The credential or token callable failed, or gave something that is not a usable token.

    The original exception is `__cause__`; the message never contains a secret. Nothing was sent.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class PaginationError(ConversationItemsError):
    """`list_items` stopped instead of looping: a page said `has_more` but held no items, gave no cursor to follow
    (no `last_id` and no id on its last item), or gave a cursor it had already given.

    `page` is the number of the page that did it (1 for the first); `cursor` the repeated cursor, or None.
    """

    def __init__(self, message: str, *, page: int, cursor: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.page = page
        self.cursor = cursor

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_pagination_error, (type(self), self.message, self.page, self.cursor))


def _rebuild_pagination_error(
    cls: type[PaginationError], message: str, page: int, cursor: str | None
) -> PaginationError:
    return cls(message, page=page, cursor=cursor)


class InsecureEndpointError(ValueError):
    """The client would send credentials over plain http to a host that is not this machine (raised at
    construction, before anything is sent; `allow_insecure_http=True` allows it)."""
