"""The text form of a fault, for the command line and configuration files (``Fault.parse``).

Grammar::

    SPEC := [STATUS ":"] TERM ("," TERM)*
    TERM := STATUS                        status code 100-999, e.g. 503
          | status=STATUS
          | drop                          close the connection without answering
          | malformed                     a 200 whose JSON body is cut short
          | timeout=SECONDS               stay silent SECONDS, then close without answering
          | delay=SECONDS                 wait SECONDS before answering
          | slow-body=SECONDS             send the headers at once and the body SECONDS later
          | trickle=SECONDS               send the body one byte every SECONDS
          | retry-after=SECONDS           Retry-After: SECONDS
          | retry-after-date=ISO-8601     Retry-After: <HTTP date>, e.g. 2030-01-02T03:04:05Z
          | retry-after-ms=MS             retry-after-ms: MS
          | x-ms-retry-after-ms=MS        x-ms-retry-after-ms: MS
          | header=NAME:VALUE             an extra response header (repeatable; VALUE has no comma)

SECONDS and MS are non-negative decimal numbers (``2``, ``1.5``, ``.25``). Keywords are
case-insensitive and each may appear once (``header=`` once per name). Without a status the
answer is 429 when a retry hint is given, 200 for ``malformed`` and 503 otherwise. ``drop`` and
``timeout`` send nothing, so they take no status, hint, header or body term.

Examples: ``503``, ``429:retry-after=2``, ``drop``, ``delay=1.5``, ``timeout=2``, ``malformed``,
``status=500,retry-after-ms=10``, ``502,header=Content-Type:text/html``.

Every mistake raises a ``ValueError`` whose text quotes the spec and names the term.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import TypedDict

from .wire import format_number

__all__ = ["TRUNCATED_JSON", "FaultFields", "parse_fault_fields"]

TRUNCATED_JSON = b'{"id":"msg_truncated","type":"message","content":[{"type":"outp'

_NUMBER = re.compile(r"(?:\d+(?:\.\d*)?|\.\d+)\Z")
_SECONDS_TERMS = {"timeout": "timeout", "delay": "delay", "slow-body": "slow_body", "trickle": "trickle"}
_HINT_HEADERS = {
    "retry-after": "Retry-After",
    "retry-after-ms": "retry-after-ms",
    "x-ms-retry-after-ms": "x-ms-retry-after-ms",
}
_SILENT = ("drop", "timeout")
_SPOKEN = ("status", "malformed", "slow-body", "trickle", "header", *_HINT_HEADERS, "retry-after-date")
_VALUED = {
    "status": "STATUS",
    **dict.fromkeys(_SECONDS_TERMS, "SECONDS"),
    "retry-after": "SECONDS",
    "retry-after-ms": "MS",
    "x-ms-retry-after-ms": "MS",
    "retry-after-date": "ISO-8601",
    "header": "NAME:VALUE",
}
KNOWN_TERMS = (
    "STATUS",
    "status=",
    "drop",
    "malformed",
    *(f"{name}=" for name in _SECONDS_TERMS),
    *(f"{name}=" for name in _HINT_HEADERS),
    "retry-after-date=",
    "header=",
)


class FaultFields(TypedDict, total=False):
    """Keyword arguments for ``Fault(...)``."""

    status: int
    headers: dict[str, str]
    body: bytes
    delay: float
    drop: bool
    slow_body: float
    trickle: float


class _Error(ValueError):
    def __init__(self, spec: str, message: str) -> None:
        super().__init__(f"fault spec {spec!r}: {message}")


def _status(spec: str, text: str) -> int:
    if not text.isascii() or not text.isdigit() or not 100 <= int(text) <= 999:
        raise _Error(spec, f"status must be a number from 100 to 999, got {text!r}")
    return int(text)


def _number(spec: str, name: str, text: str) -> float:
    if not _NUMBER.match(text):
        raise _Error(spec, f"{name} must be a number >= 0 (like 2 or 1.5), got {text!r}")
    return float(text)


def _http_date(spec: str, text: str) -> str:
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        example = "2030-01-02T03:04:05Z"
        raise _Error(spec, f"retry-after-date must be an ISO 8601 date-time like {example}, got {text!r}") from None
    if when.tzinfo is None:
        raise _Error(spec, f"retry-after-date needs a time zone (add Z for UTC), got {text!r}")
    return format_datetime(when.astimezone(UTC), usegmt=True)


def _split(spec: str) -> tuple[str | None, list[str]]:
    head, colon, rest = spec.partition(":")
    if colon and head.strip().isdigit():
        return head.strip(), rest.split(",")
    return None, spec.split(",")


def parse_fault_fields(text: str) -> FaultFields:
    """Parse a fault spec into ``Fault`` keyword arguments (grammar in the module docstring)."""
    if not isinstance(text, str):
        raise TypeError(f"a fault spec is a str, got {type(text).__name__}")
    spec = text
    prefix, raw_terms = _split(text.strip())
    if not text.strip():
        raise _Error(spec, "empty; expected e.g. '503', '429:retry-after=2', 'drop' or 'delay=1.5'")
    seen: dict[str, str] = {}  # term name -> term as written
    fields: FaultFields = {}
    headers: dict[str, str] = {}
    if prefix is not None:
        fields["status"] = _status(spec, prefix)
        seen["status"] = f"{prefix}:"
    for raw in raw_terms:
        term = raw.strip()
        if not term:
            raise _Error(spec, "empty term (two commas in a row, or a trailing comma?)")
        key, eq, value = term.partition("=")
        name = key.strip().lower()
        value = value.strip()
        if not eq and name.isdigit():
            name, value = "status", name
        elif not eq and name in _VALUED:
            raise _Error(spec, f"{name!r} needs a value, like {name}={_VALUED[name]}")
        elif not eq and name not in ("drop", "malformed"):
            known = ", ".join(KNOWN_TERMS)
            raise _Error(spec, f"unknown term {term!r}; known terms: {known}")
        elif eq and name in ("drop", "malformed"):
            raise _Error(spec, f"{name!r} takes no value, got {term!r}")
        if name != "header" and name in seen:
            raise _Error(spec, f"{name!r} given twice ({seen[name]!r} and {term!r})")
        seen.setdefault(name, term)
        if name == "status":
            fields["status"] = _status(spec, value)
        elif name == "drop":
            fields["drop"] = True
        elif name == "malformed":
            fields["body"] = TRUNCATED_JSON
        elif name in _SECONDS_TERMS:
            seconds = _number(spec, name, value)
            if name == "timeout":
                fields["delay"], fields["drop"] = seconds, True
            else:
                fields[_SECONDS_TERMS[name]] = seconds  # type: ignore[literal-required]
        elif name in _HINT_HEADERS:
            headers[_HINT_HEADERS[name]] = format_number(_number(spec, name, value))
        elif name == "retry-after-date":
            headers["Retry-After"] = _http_date(spec, value)
        elif name == "header":
            header_name, colon, header_value = value.partition(":")
            header_name = header_name.strip()
            if not colon or not header_name:
                raise _Error(spec, f"header must be NAME:VALUE, got {term!r}")
            if header_name.lower() in (h.lower() for h in headers):
                raise _Error(spec, f"header {header_name!r} given twice")
            headers[header_name] = header_value.strip()
        else:
            known = ", ".join(KNOWN_TERMS)
            raise _Error(spec, f"unknown term {term!r}; known terms: {known}")
    _check_combinations(spec, seen)
    if headers:
        fields["headers"] = headers
    if "status" not in fields and not fields.get("drop"):
        hinted = any(name in seen for name in (*_HINT_HEADERS, "retry-after-date"))
        fields["status"] = 429 if hinted else 200 if "malformed" in seen else 503
    return fields


def _check_combinations(spec: str, seen: dict[str, str]) -> None:
    for silent in _SILENT:
        if silent not in seen:
            continue
        for spoken in _SPOKEN:
            if spoken in seen:
                raise _Error(spec, f"{seen[silent]!r} sends no answer, so {seen[spoken]!r} cannot apply")
    if "timeout" in seen:
        for other in ("delay", "drop"):
            if other in seen:
                raise _Error(spec, f"{seen['timeout']!r} already means delay + drop; remove {seen[other]!r}")
    if "retry-after" in seen and "retry-after-date" in seen:
        raise _Error(spec, "give retry-after or retry-after-date, not both (both set Retry-After)")
