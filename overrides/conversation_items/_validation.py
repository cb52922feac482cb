"""The one home of every argument check: ids, header names and values, timeouts, deadlines, retry counts.

Every function raises `TypeError` (wrong kind of value) or `ValueError` (a value that cannot be sent safely)
before anything is sent, and never echoes a header value (it may be a secret).
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Mapping

import httpx

__all__ = [
    "check_deadline",
    "check_cursor",
    "check_header_name",
    "check_header_value",
    "check_headers",
    "check_limit",
    "check_max_retries",
    "check_order",
    "check_path_id",
    "check_timeout",
]

#: path segments that httpx (like every URL resolver) turns into another URL
_DOT_SEGMENTS = frozenset({"", ".", ".."})
#: characters allowed in a header name (RFC 9110 token)
_TOKEN_CHARS = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


#: C0 controls, DEL and C1 controls
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def check_path_id(value: object, name: str) -> str:
    """An id sent as one path segment: refused when it would address another URL or carries control characters.

    Everything else is allowed: the generated endpoint percent-encodes it (`/ ? # %` included).
    """
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    if value in _DOT_SEGMENTS:
        raise ValueError(f"{name} must not be {value!r}: it would address a different URL")
    if _CONTROL.search(value):
        raise ValueError(f"{name} must not contain control characters")
    return value


def check_header_value(value: object, name: str) -> str:
    """A header value that cannot forge another header: non-empty printable ASCII, no surrounding whitespace."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    if not value or value != value.strip() or not value.isascii() or not value.isprintable():
        raise ValueError(
            f"{name} must be non-empty printable ASCII without surrounding whitespace "
            "(no CR, LF or other control characters)"
        )
    return value


def check_header_name(name: object) -> str:
    """A header name: a non-empty RFC 9110 token."""
    if not isinstance(name, str) or not name or not _TOKEN_CHARS.issuperset(name):
        raise ValueError(f"invalid header name {name!r}")
    return name


def check_headers(headers: Mapping[str, str] | None, what: str) -> dict[str, str]:
    """User-given headers, each name and value checked (values are never shown in errors)."""
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise TypeError(f"{what} must be a mapping of header names to values, got {type(headers).__name__}")
    return {check_header_name(name): check_header_value(value, f"header {name}") for name, value in headers.items()}


def _check_seconds(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number of seconds, got {type(value).__name__}")
    seconds = float(value)
    if not math.isfinite(seconds) or seconds <= 0:
        raise ValueError(f"{name} must be a finite number of seconds > 0, got {value!r}")
    return seconds


def check_timeout(value: object, name: str = "timeout") -> float | httpx.Timeout | None:
    """Seconds per attempt, or an httpx.Timeout whose set fields are all finite and > 0; None: no limit. An
    httpx2.Timeout is taken as the httpx.Timeout of the same phases."""
    if value is None:
        return None
    httpx2 = sys.modules.get("httpx2")  # an httpx2.Timeout exists only once httpx2 is imported; by class, not by
    if httpx2 is not None and isinstance(value, httpx2.Timeout):  # __module__ (openai rewrites it to "openai")
        value = httpx.Timeout(**value.as_dict())
    if isinstance(value, httpx.Timeout):
        for field, seconds in value.as_dict().items():
            if seconds is not None:
                _check_seconds(seconds, f"{name}.{field}")
        return value
    return _check_seconds(value, name)


def check_deadline(value: object, name: str = "deadline") -> float | None:
    """Seconds for a whole call, retries and their waits included; None: no limit."""
    return None if value is None else _check_seconds(value, name)


def check_max_retries(value: object, name: str = "max_retries") -> int:
    """A number of retries: an int >= 0."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}")
    if value < 0:
        raise ValueError(f"{name} must be >= 0, got {value}")
    return value


#: the page sizes the service accepts
LIMIT_RANGE = range(1, 101)
#: the sort orders the service accepts
ORDERS = ("asc", "desc")


def check_limit(value: object, name: str = "limit") -> int:
    """A page size: an int from 1 to 100."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}")
    if value not in LIMIT_RANGE:
        raise ValueError(f"{name} must be from 1 to 100, got {value}")
    return value


def check_order(value: object, name: str = "order") -> str:
    """A sort order: "asc" or "desc"."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    if value not in ORDERS:
        raise ValueError(f"{name} must be 'asc' or 'desc', got {value!r}")
    return value


def check_cursor(value: object, name: str) -> str:
    """A query value naming an item or a type (`after`, `before`, `item_type`): a non-empty str without control
    characters (httpx percent-encodes the rest)."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    if not value:
        raise ValueError(f"{name} must not be empty")
    if _CONTROL.search(value):
        raise ValueError(f"{name} must not contain control characters")
    return value
