"""Validated client settings shared by the sync and async clients: endpoint, headers, defaults."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import Final

import httpx

from ._version import __version__

__all__ = [
    "ENDPOINT_ENV_VAR",
    "NOT_GIVEN",
    "NotGiven",
    "USER_AGENT",
    "check_header_value",
    "resolve_endpoint",
    "resolve_timeout",
]

ENDPOINT_ENV_VAR: Final = "AZURE_AI_PROJECT_ENDPOINT"
_PYTHON_VERSION: Final = "{}.{}.{}".format(*sys.version_info[:3])
USER_AGENT: Final = f"conversation-items/{__version__} python/{_PYTHON_VERSION} httpx/{httpx.__version__}"
DEFAULT_TIMEOUT: Final = 30.0
_LOOPBACK_HOSTS: Final = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})


class NotGiven:
    """Sentinel for "argument not passed" (None means "no value" for per-call overrides)."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN: Final = NotGiven()


def resolve_endpoint(endpoint: str | None, *, has_auth: bool, allow_insecure_http: bool) -> str:
    """The project endpoint to use: the argument, else $AZURE_AI_PROJECT_ENDPOINT; validated."""
    if endpoint is None:
        endpoint = os.environ.get(ENDPOINT_ENV_VAR)
        if not endpoint:
            raise ValueError(
                f"no endpoint: pass endpoint='https://<resource>.services.ai.azure.com/api/projects/<project>' "
                f"or set {ENDPOINT_ENV_VAR}"
            )
    if not isinstance(endpoint, str):
        raise TypeError(f"endpoint must be a str, got {type(endpoint).__name__}")
    try:
        url = httpx.URL(endpoint.strip())
    except httpx.InvalidURL:
        raise ValueError("endpoint is not a valid URL") from None
    if url.userinfo:
        raise ValueError("endpoint must not contain credentials (user:password@); pass api_key= or credential=")
    if url.scheme not in ("https", "http") or not url.host:
        raise ValueError(
            "endpoint must be an http(s) URL with a host, like "
            f"https://<resource>.services.ai.azure.com/api/projects/<project>; got {endpoint!r}"
        )
    if url.query or url.fragment:
        raise ValueError("endpoint must not have a query string or fragment")
    if url.scheme == "http" and has_auth and url.host not in _LOOPBACK_HOSTS and not allow_insecure_http:
        raise ValueError(
            "refusing to send credentials over plain http to a non-loopback host; use https "
            "(or pass allow_insecure_http=True if you really mean it)"
        )
    return str(url).rstrip("/")


def check_header_value(value: object, name: str) -> str:
    """A header value that cannot forge another header (printable ASCII, no CR/LF, trimmed)."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    if not value or value != value.strip() or not value.isascii() or not value.isprintable():
        raise ValueError(
            f"{name} must be non-empty printable ASCII without surrounding whitespace "
            "(no CR, LF or other control characters)"
        )
    return value


def check_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    """Extra headers given by the user, validated (names are tokens; values as `check_header_value`)."""
    checked: dict[str, str] = {}
    for name, value in (headers or {}).items():
        if (
            not isinstance(name, str)
            or not name
            or not all(ch.isascii() and (ch.isalnum() or ch in "!#$%&'*+-.^_`|~") for ch in name)
        ):
            raise ValueError(f"invalid header name {name!r}")
        checked[name] = check_header_value(value, f"header {name}")
    return checked


def resolve_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    """An httpx.Timeout from seconds (or an httpx.Timeout, or None for no timeout)."""
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is not None and (not isinstance(timeout, int | float) or timeout <= 0):
        raise ValueError("timeout must be a positive number of seconds, an httpx.Timeout, or None")
    return httpx.Timeout(timeout)
