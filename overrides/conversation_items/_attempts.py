"""One call's attempts, without I/O: what each attempt may take, what its outcome means, and what comes next.

Both clients run the same loop around it: ask `limit()`, send one attempt through the generated endpoint, hand the
response or exception to `settle()`, which returns the item, the seconds to wait before the next attempt, or raises
the final error. Every attempt is logged at DEBUG with its number and request id (never a header or a secret).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx
from conversation_items_client.types import Response

from ._attempt_limit import attempt_limits
from ._decode import warn_if_unknown
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

    from ._options import Call, Settings

__all__ = ["Attempts", "ItemResponse", "Retry"]

logger = logging.getLogger("conversation_items")


class ItemResponse:
    """A successful call: the item, the raw body, its request id, headers, attempts and the time the call took."""

    __slots__ = ("attempts", "content", "elapsed", "headers", "item", "request_id", "status_code")

    def __init__(
        self,
        *,
        item: ConversationItem,
        content: bytes,
        request_id: str | None,
        headers: httpx.Headers,
        attempts: int,
        elapsed: float,
    ) -> None:
        self.item = item
        self.content = content
        self.status_code = 200
        self.request_id = request_id
        self.headers = headers
        self.attempts = attempts
        self.elapsed = elapsed

    def __repr__(self) -> str:
        return (
            f"ItemResponse(item={type(self.item).__name__}, status_code={self.status_code}, "
            f"request_id={self.request_id!r}, attempts={self.attempts})"
        )


class Retry:
    """`settle`'s answer when another attempt follows: wait `wait` seconds; `claims` for a CAE challenge."""

    __slots__ = ("claims", "wait")

    def __init__(self, wait: float, claims: str | None = None) -> None:
        self.wait = wait
        self.claims = claims


def error_for_exception(exc: BaseException, url: str) -> ConversationItemsError:
    """What an exception raised by httpx during an attempt means to the caller (its cause kept)."""
    error: ConversationItemsError
    if isinstance(exc, httpx.TimeoutException | TimeoutError):
        error = APITimeoutError(f"Request timed out ({type(exc).__name__}).", url=url)
    elif isinstance(exc, httpx.DecodingError):
        error = ItemDecodeError(f"the response body could not be decoded ({exc})", payload=None)
    elif isinstance(exc, httpx.LocalProtocolError | httpx.UnsupportedProtocol):
        error = APIConnectionError(f"Request could not be sent ({type(exc).__name__}: {exc}).", url=url)
    else:
        error = APIConnectionError(f"Connection error ({type(exc).__name__}: {exc}).", url=url)
    error.__cause__ = exc
    return error


class Attempts:
    """The state of one call: attempts made, time left, whether a CAE challenge was already answered."""

    __slots__ = ("_answered_challenge", "_call", "_deadline", "_limit", "_retries", "_settings", "_started", "sent")

    def __init__(self, settings: Settings, call: Call) -> None:
        self._settings = settings
        self._call = call
        self._started = settings.retry_policy.monotonic()
        self._deadline = None if call.deadline is None else self._started + call.deadline
        if self._deadline is not None:
            self._limit = None
        elif call.timeout is settings.timeout:
            self._limit = settings.limit  # the client's own: its httpx.Timeout is the pool's default, sent as is
        else:
            self._limit = attempt_limits(call.timeout, None)
        self._answered_challenge = False
        self._retries = 0  # retries counted against max_retries (a CAE challenge's retry is not)
        self.sent = 0  # attempts made so far

    @property
    def url(self) -> str:
        """The URL of the call (for logs and connection errors)."""
        call = self._call
        return (
            f"{self._settings.endpoint}/openai/v1/conversations/{quote(call.conversation_id, safe='')}"
            f"/items/{quote(call.item_id, safe='')}"
        )

    def _remaining(self) -> float | None:
        return None if self._deadline is None else self._deadline - self._settings.retry_policy.monotonic()

    def limit(self) -> tuple[float | None, httpx.Timeout]:
        """Before an attempt: the seconds it may take in all (None: unbounded) and its per-phase httpx timeout.

        Raises `APITimeoutError` when the call's deadline has passed.
        """
        if self._limit is not None:
            return self._limit
        remaining = self._remaining()
        if remaining is not None and remaining <= 0:
            raise APITimeoutError(
                f"the call's deadline of {self._call.deadline} s passed after {self.sent} attempt(s)", url=self.url
            )
        return attempt_limits(self._call.timeout, remaining)

    def settle(self, outcome: Response[Any] | BaseException) -> ItemResponse | Retry:
        """After an attempt: the result, or a `Retry`; raises the final error (or `ValueError` for a bad argument)."""
        self.sent += 1
        if isinstance(outcome, httpx.InvalidURL):  # raised while building the request: nothing was sent
            raise ValueError(f"the ids do not make a valid URL: {outcome}") from None
        if isinstance(outcome, BaseException):
            return self._failed(error_for_exception(outcome, self.url), None)
        headers = cast(httpx.Headers, outcome.headers)
        request_id = request_id_from(headers)
        status = int(outcome.status_code)
        if status == 200:
            item = cast("ConversationItem", outcome.parsed)  # the 200 parser returns an item or raises
            warn_if_unknown(item)
            if logger.isEnabledFor(logging.DEBUG):
                self._log("200", request_id, "done")
            return ItemResponse(
                item=item,
                content=outcome.content,
                request_id=request_id,
                headers=headers,
                attempts=self.sent,
                elapsed=self._settings.retry_policy.monotonic() - self._started,
            )
        error = status_error_class(status)(
            status,
            error=getattr(outcome.parsed, "error", None),  # an ApiErrorResponse, or None when the body was not one
            body=outcome.content.decode("utf-8", errors="replace"),
            headers=headers,
        )
        auth = self._settings.auth
        if status == 401 and auth is not None:
            claims = auth.on_unauthorized(headers)
            if claims is not None and not self._answered_challenge:
                self._answered_challenge = True  # azure-core's rule: one retry with the claimed token, not counted
                self._log(f"{status}", request_id, "retrying once with a token for the CAE claims challenge")
                return Retry(0.0, claims)
        return self._failed(error, request_id)

    def _failed(self, error: ConversationItemsError, request_id: str | None) -> Retry:
        decision = self._settings.retry_policy.decide(
            error, attempt=self._retries, max_retries=self._call.max_retries, remaining=self._remaining()
        )
        outcome = f"{error.status_code}" if isinstance(error, APIStatusError) else type(error).__name__
        if decision.wait is None:
            self._log(outcome, request_id, f"raising: {decision.why}")
            raise error from error.__cause__
        self._log(outcome, request_id, f"{decision.why} in {decision.wait:.3f} s")
        self._retries += 1
        return Retry(decision.wait)

    def _log(self, outcome: str, request_id: str | None, then: str) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "attempt %d (retry %d of %d): GET %s -> %s (request id %s, %.1f ms into the call); %s",
                self.sent,
                self._retries,
                self._call.max_retries,
                self.url,
                outcome,
                request_id,
                (self._settings.retry_policy.monotonic() - self._started) * 1000,
                then,
            )
