"""Which HTTP library a client comes from: httpx (the dependency) or httpx2 (its maintained continuation, same API
under another module name; optional: the `httpx2` extra). What crosses between the two is converted here: the
per-phase timeout going out, the response headers coming back; and each library's exceptions are classified by
that library's own classes (an httpx2 error is not an httpx one, nor the reverse).

httpx2 is never imported by this package unless a caller hands it an httpx2 client (which has imported it already).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import httpx

__all__ = ["HTTPX", "HttpLibrary", "library_of", "not_sent"]

#: the libraries a client may come from, by their module names
_NAMES = ("httpx", "httpx2")


@dataclass(frozen=True, slots=True)
class HttpLibrary:
    """One HTTP library's classes, as the sender and the error mapping need them."""

    name: str
    module: ModuleType
    #: what one attempt through a client of this library may raise (each maps to a documented error)
    attempt_errors: tuple[type[BaseException], ...]
    timeout_exceptions: tuple[type[BaseException], ...]
    decoding_error: type[BaseException]
    #: raised while building a request: nothing was sent
    invalid_url: type[BaseException]
    #: the request itself was wrong, not the network: not sent, never retried
    not_sent: tuple[type[BaseException], ...]

    @classmethod
    def of(cls, module: ModuleType) -> HttpLibrary:
        return cls(
            name=module.__name__,
            module=module,
            attempt_errors=(module.HTTPError, module.InvalidURL, TimeoutError),
            timeout_exceptions=(module.TimeoutException, TimeoutError),
            decoding_error=module.DecodingError,
            invalid_url=module.InvalidURL,
            not_sent=(module.LocalProtocolError, module.UnsupportedProtocol),
        )

    @property
    def is_httpx(self) -> bool:
        return self.module is httpx

    def timeout(self, phases: httpx.Timeout) -> Any:
        """`phases` as this library's own `Timeout` (httpx2 does not take httpx's)."""
        return phases if self.is_httpx else self.module.Timeout(**phases.as_dict())

    def headers(self, headers: Any) -> httpx.Headers:
        """A response's headers as an `httpx.Headers` (what `ItemResponse` and errors document), repeats kept."""
        return headers if self.is_httpx else httpx.Headers(list(headers.multi_items()))

    def read_timeout(self, request: Any) -> BaseException:
        """The library's own read timeout for `request` (an attempt's whole limit passed while reading)."""
        exc: BaseException = self.module.ReadTimeout("the attempt took longer than its timeout", request=request)
        return exc


HTTPX = HttpLibrary.of(httpx)


def library_of(http_client: object, *, asynchronous: bool) -> HttpLibrary | None:
    """The library `http_client` is a client of (an `httpx.Client` or `httpx2.Client`, or their async twins,
    subclasses included, such as openai-python's), or None when it is neither."""
    expected = "AsyncClient" if asynchronous else "Client"
    if isinstance(http_client, getattr(httpx, expected)):
        return HTTPX
    other = sys.modules.get("httpx2")  # a caller holding an httpx2 client has imported httpx2: never imported here
    if other is not None and isinstance(http_client, getattr(other, expected)):  # by class: openai rewrites the
        return _httpx2(other)  # __module__ of what it re-exports, so a class's module name cannot be trusted
    return None


_libraries: dict[str, HttpLibrary] = {}


def _httpx2(module: ModuleType) -> HttpLibrary:
    library = _libraries.get(module.__name__)
    if library is None:
        library = _libraries.setdefault(module.__name__, HttpLibrary.of(module))
    return library


def not_sent(exc: BaseException | None) -> bool:
    """Whether `exc` means the request could not be sent as it was (httpx's or httpx2's `LocalProtocolError`,
    `UnsupportedProtocol`): a retry would fail the same way."""
    if exc is None:
        return False
    if isinstance(exc, HTTPX.not_sent):
        return True
    other = sys.modules.get("httpx2")  # an httpx2 exception exists only once httpx2 is imported
    return other is not None and isinstance(exc, _httpx2(other).not_sent)
