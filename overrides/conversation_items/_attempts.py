"""One call's attempts, without I/O: what each attempt may take, what its outcome means, and what comes next.

Both clients run the same loop around it, for every request (`get_item`, each page of `list_items`): ask `limit()`,
send one attempt (`_sender`), hand the response parsed by the generated endpoint's `parse_response`, or the
exception, to `settle()`, which returns the parsed 200 body with the response's facts (`Settled`: the caller builds
its `ItemResponse` or `ItemPage`), the seconds to wait before the next attempt, or raises the final error. Time is
the call's `Budget`. Every attempt is logged at DEBUG with its number and request id (never a header or a secret).
"""

from __future__ import annotations

import logging
import ssl
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import httpx
from conversation_items_client.types import Response

from ._budget import AttemptLimit, Budget
from ._http_library import HTTPX, HttpLibrary
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    CertificateVerificationError,
    ConversationItemsError,
    ItemDecodeError,
    request_id_from,
    status_error_class,
)

if TYPE_CHECKING:
    from ._options import Call, Settings

__all__ = ["Attempts", "Retry", "Settled"]

logger: logging.Logger = logging.getLogger("conversation_items")


@dataclass(frozen=True, slots=True)
class Retry:
    """`settle`'s answer when another attempt follows: wait `wait` seconds; `claims` for a CAE challenge."""

    wait: float
    claims: str | None = None


@dataclass(frozen=True, slots=True)
class Settled:
    """`settle`'s answer for a 200: the body as the generated `parse_response` decoded it, and the response's facts."""

    #: the decoded 200 body (an item for get, a `ConversationItemList` for a page of a list)
    parsed: Any
    #: the body's bytes, as received
    content: bytes
    request_id: str | None
    headers: httpx.Headers
    #: attempts made, the successful one included
    attempts: int
    #: seconds the call took, retries and waits included
    elapsed: float


def _certificate_failure(exc: BaseException) -> ssl.SSLCertVerificationError | None:
    """The certificate verification failure behind an httpx connection error, if that is what it is."""
    seen: BaseException | None = exc
    for _ in range(8):  # httpx.ConnectError <- httpcore.ConnectError <- ssl.SSLCertVerificationError
        if seen is None:
            return None
        if isinstance(seen, ssl.SSLCertVerificationError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def error_for_exception(exc: BaseException, url: str, library: HttpLibrary = HTTPX) -> ConversationItemsError:
    """What an exception raised by `library` (httpx, or httpx2) during an attempt means to the caller (its cause
    kept), classified by that library's own exception classes."""
    error: ConversationItemsError
    refused = _certificate_failure(exc)
    if refused is not None:
        error = CertificateVerificationError(
            f"TLS certificate verification failed ({refused.verify_message or refused.reason}): the server's "
            "certificate is not trusted here; set SSL_CERT_FILE to a CA bundle that trusts it, or pass an "
            "http_client built with verify=<an ssl.SSLContext that does>",
            url=url,
        )
    elif isinstance(exc, library.timeout_exceptions):
        error = APITimeoutError(f"Request timed out ({type(exc).__name__}).", url=url)
    elif isinstance(exc, library.decoding_error):
        error = ItemDecodeError(f"the response body could not be decoded ({exc})", payload=None)
    elif isinstance(exc, library.not_sent):
        error = APIConnectionError(f"Request could not be sent ({type(exc).__name__}: {exc}).", url=url)
    else:
        error = APIConnectionError(f"Connection error ({type(exc).__name__}: {exc}).", url=url)
    error.__cause__ = exc
    return error


class Attempts:
    """The state of one call: attempts made, time left, whether a CAE challenge was already answered."""

    __slots__ = ("_answered_challenge", "_call", "_library", "_retries", "_settings", "budget", "sent", "url")

    def __init__(self, settings: Settings, call: Call, url: str, library: HttpLibrary = HTTPX) -> None:
        self._settings = settings
        self._library = library  # whose exceptions the attempts raise
        self._call = call
        self.url = url  # the request's URL (for logs and connection errors)
        self.budget = Budget(call.timeout, call.deadline, settings.retry_policy)
        self._answered_challenge = False
        self._retries = 0  # retries counted against max_retries (a CAE challenge's retry is not)
        self.sent = 0  # attempts made so far

    def limit(self) -> AttemptLimit:
        """Before an attempt: its limits. Raises `APITimeoutError` when the call's deadline has passed."""
        limit = self.budget.next_attempt()
        if limit is None:
            raise APITimeoutError(
                f"the call's deadline of {self.budget.deadline} s passed after {self.sent} attempt(s)", url=self.url
            )
        return limit

    def settle(self, outcome: Response[Any] | BaseException) -> Settled | Retry:
        """After an attempt: the parsed 200 body, or a `Retry`; raises the final error (or `ValueError` for a bad
        argument)."""
        self.sent += 1
        if isinstance(outcome, self._library.invalid_url):  # raised while building the request: nothing was sent
            raise ValueError(f"the ids do not make a valid URL: {outcome}") from None
        if isinstance(outcome, BaseException):
            return self._failed(error_for_exception(outcome, self.url, self._library), None)
        headers = cast(httpx.Headers, outcome.headers)
        request_id = request_id_from(headers)
        status = int(outcome.status_code)
        if status == 200:
            if logger.isEnabledFor(logging.DEBUG):
                self._log("200", request_id, "done")
            return Settled(
                parsed=outcome.parsed,  # the 200 parser returns the documented body or raises
                content=outcome.content,
                request_id=request_id,
                headers=headers,
                attempts=self.sent,
                elapsed=self.budget.elapsed(),
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
            error, attempt=self._retries, max_retries=self._call.max_retries, remaining=self.budget.remaining()
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
                self.budget.elapsed() * 1000,
                then,
            )
