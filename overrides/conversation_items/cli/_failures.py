"""Every exception a command can end with, as an exit code and one line for stderr (escaped, with a hint).

What a client call raises is a `ConversationItemsError` subclass, or a `ValueError` / `TypeError` for an argument that
cannot be sent (see `conversation_items.errors`); the mock server adds `FixtureError` (a `ValueError`) and `OSError`
(a port in use, a missing folder). Anything else is a bug.
"""

from __future__ import annotations

import math
from typing import Final

from .._defaults import API_KEY_ENV_VAR, DEFAULT_MAX_RETRY_AFTER
from .._retry import retry_after_seconds
from ..errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    CertificateVerificationError,
    CredentialError,
    InsecureEndpointError,
    ItemDecodeError,
    PaginationError,
)
from ._exit import ExitCode
from ._text import visible

__all__ = ["MESSAGE_LIMIT", "UsageError", "describe_failure"]

#: characters shown of an error message (a service's error text can be any length)
MESSAGE_LIMIT: Final = 1000

_STATUS_HINTS: Final = {
    401: f"pass --api-key (or set ${API_KEY_ENV_VAR}) or --azure-credential",
    403: "the credentials may not read this item: check the key's or identity's role on the project",
    404: "check the conversation and item ids (and --isolation-key / --user-identity, which scope items)",
    429: "the service is rate limiting: try again later, or allow more --max-retries",
}


class UsageError(Exception):
    """A problem with how the command was called or set up, found before anything is sent (exit code 2)."""


def _line(message: str, hint: str | None = None) -> str:
    shown = visible(message, MESSAGE_LIMIT)
    if not hint:
        return f"error: {shown}"
    if shown.endswith(".") and not shown.endswith(".."):  # "failed.; hint" reads as a typo: the "; " ends it
        shown = shown[:-1]
    return f"error: {shown}; hint: {hint}"


def _status_hint(exc: APIStatusError) -> str | None:
    if exc.status_code >= 500:
        return "the service failed; its operators can look the request id up"
    if exc.status_code == 429:
        wait = retry_after_seconds(exc.headers)
        if wait is not None and wait > DEFAULT_MAX_RETRY_AFTER:  # not waited for: more retries would not help
            return (
                f"the service asked to wait {math.ceil(wait):,} s before trying again, longer than the client "
                f"waits ({DEFAULT_MAX_RETRY_AFTER:g} s): try again after that"
            )
    return _STATUS_HINTS.get(exc.status_code)


def describe_failure(exc: BaseException, *, azure_credential: bool = False) -> tuple[ExitCode, str | None]:
    """The exit code for `exc` and the line to print (None: print nothing)."""
    if isinstance(exc, BrokenPipeError):
        return ExitCode.BROKEN_PIPE, None
    if isinstance(exc, KeyboardInterrupt):
        return ExitCode.INTERRUPTED, "interrupted"
    if isinstance(exc, APIStatusError):
        return ExitCode.STATUS_ERROR, _line(f"the service answered {exc}", _status_hint(exc))
    if isinstance(exc, CertificateVerificationError):
        return ExitCode.CONNECTION, _line(
            str(exc), "is a proxy or a private CA in the way? point SSL_CERT_FILE at a PEM bundle that trusts it"
        )
    if isinstance(exc, APITimeoutError):
        return ExitCode.CONNECTION, _line(str(exc), "allow more time with --timeout S or --deadline S")
    if isinstance(exc, APIConnectionError):
        return ExitCode.CONNECTION, _line(str(exc), "is the endpoint right and reachable?")
    if isinstance(exc, ItemDecodeError):
        return ExitCode.DECODE, _line(f"the response is not a decodable item: {exc}")
    if isinstance(exc, PaginationError):
        return ExitCode.DECODE, _line(f"the list cannot be followed: {exc}")
    if isinstance(exc, CredentialError):
        hint = "sign in with `az login` (or another way DefaultAzureCredential knows)" if azure_credential else None
        return ExitCode.CREDENTIAL, _line(str(exc), hint)
    if isinstance(exc, UsageError):
        return ExitCode.USAGE, _line(str(exc))
    if isinstance(exc, InsecureEndpointError):
        return ExitCode.USAGE, _line(str(exc), "on the command line: --allow-insecure-http")
    if isinstance(exc, ValueError | TypeError):
        return ExitCode.USAGE, _line(str(exc))
    if isinstance(exc, OSError):
        return ExitCode.USAGE, _line(str(exc))
    return ExitCode.INTERNAL, _line(
        f"unexpected {type(exc).__name__}: {exc}", "this is a bug in conversation-items; please report it"
    )
