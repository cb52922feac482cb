"""A local Azure managed-identity token endpoint (App Service style), for real azure-identity credentials.

``azure.identity.ManagedIdentityCredential`` (and ``DefaultAzureCredential``, and their
``azure.identity.aio`` twins) use the App Service protocol when ``IDENTITY_ENDPOINT`` and
``IDENTITY_HEADER`` are set::

    GET {IDENTITY_ENDPOINT}?api-version=2019-08-01&resource=https://ai.azure.com
    X-IDENTITY-HEADER: {IDENTITY_HEADER}

    200 {"access_token": "...", "expires_on": "1767225600", "resource": "https://ai.azure.com",
         "token_type": "Bearer", "client_id": "..."}

``expires_on`` is integer epoch seconds sent as a string, as App Service sends it (both credential
code paths apply ``int()`` to it). Errors are ``{"statusCode": N, "message": "..."}``. Use it::

    with ManagedIdentityServer(token="tok-1") as mi:
        monkeypatch.setenv("IDENTITY_ENDPOINT", mi.environ["IDENTITY_ENDPOINT"])   # or the pytest
        monkeypatch.setenv("IDENTITY_HEADER", mi.environ["IDENTITY_HEADER"])       # fixture
        ...                                                                         # managed_identity_server
        assert mi.resources == ["https://ai.azure.com"]

This module does not import azure-identity (not a dependency of this package); it only speaks
its protocol. azure-identity (1.27) caches tokens per resource inside each credential instance:

- sync credentials (MSAL underneath) ask again when fewer than 300 s of the lifetime are left, so
  a ``lifetime`` under 300 makes every ``get_token`` ask; lifetimes of 2 h or more refresh at half;
- ``azure.identity.aio`` credentials ask again when the token has expired, or when under 300 s are
  left (or half of a 2 h+ lifetime has passed) but only once 30 s have passed since they last
  asked; ``lifetime=0`` makes every ``get_token`` ask.

azure-core retries 408, 429 and 5xx answers (3 retries, about 5 s); pass ``retry_total=0`` to a
credential to see a :meth:`ManagedIdentityServer.fail` 5xx at once. A 400 fails at once.
"""

from __future__ import annotations

import math
import secrets
import threading
import time
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType, TracebackType
from typing import Any, Self

from .socket_server import LoopbackHTTPServer
from .wire import SECRET_HEADERS, IncomingRequest, Reply, check_header_text, json_reply

__all__ = ["COMPETING_CREDENTIAL_ENV_VARS", "ManagedIdentityServer", "TokenRequest"]

API_VERSION = "2019-08-01"
MOCK_CLIENT_ID = "00000000-0000-0000-0000-00000000c11d"

COMPETING_CREDENTIAL_ENV_VARS = (
    "AZURE_CLIENT_ID",
    "AZURE_CLIENT_SECRET",
    "AZURE_TENANT_ID",
    "AZURE_CLIENT_CERTIFICATE_PATH",
    "AZURE_CLIENT_CERTIFICATE_PASSWORD",
    "AZURE_USERNAME",
    "AZURE_PASSWORD",
    "AZURE_FEDERATED_TOKEN_FILE",
    "AZURE_TOKEN_CREDENTIALS",
    "IDENTITY_SERVER_THUMBPRINT",
    "IMDS_ENDPOINT",
    "MSI_ENDPOINT",
    "MSI_SECRET",
)
"""Variables to unset so that ``DefaultAzureCredential`` picks managed identity through this endpoint
(they would select the environment or workload identity credential first, a user-assigned identity,
or another managed-identity flavour: Service Fabric, Azure Arc, Azure ML, Cloud Shell)."""


@dataclass(frozen=True, repr=False)
class TokenRequest:
    """One request the token endpoint received, and how it answered."""

    number: int
    """1-based request counter."""
    method: str
    path: str
    query: Mapping[str, str]
    """Query parameters (first value of each)."""
    headers: Mapping[str, str]
    """Header names lowercased."""
    status: int
    """The status it was answered with."""
    token: str | None
    """The token handed out (``None`` unless ``status`` is 200)."""

    @property
    def resource(self) -> str | None:
        """The ``resource`` asked for (e.g. ``https://ai.azure.com``)."""
        return self.query.get("resource")

    @property
    def api_version(self) -> str | None:
        """The ``api-version`` query parameter."""
        return self.query.get("api-version")

    def __repr__(self) -> str:
        shown = {k: "<redacted>" if k in SECRET_HEADERS else v for k, v in self.headers.items()}
        return (
            f"TokenRequest(number={self.number}, method={self.method!r}, path={self.path!r}, "
            f"query={dict(self.query)!r}, status={self.status}, headers={shown!r})"
        )


@dataclass(frozen=True)
class _Failure:
    status: int
    message: str
    remaining: int | None  # None: until clear_failures()


def _lifetime(value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"lifetime must be a finite number of seconds, got {value!r}")
    return float(value)


class ManagedIdentityServer:
    """An App Service managed-identity endpoint on loopback, answering with configurable tokens.

    ``token`` and ``lifetime`` (seconds; ``expires_on = now + lifetime``) may be changed at any
    time and apply to the next answer; :meth:`fail` makes the next requests fail. Every request is
    recorded in :attr:`requests`. :meth:`handle` is the pure ``request -> reply`` part; the socket
    is a :class:`~conversation_items.testing.socket_server.LoopbackHTTPServer`.
    """

    identity_header: str
    path: str

    def __init__(
        self,
        token: str = "mock-managed-identity-token",  # noqa: S107 - a fake token for tests
        *,
        lifetime: float = 3600,
        identity_header: str | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        path: str = "/msi/token",
        clock: Callable[[], float] = time.time,
    ) -> None:
        """Create the endpoint (not started). ``identity_header`` defaults to a random secret."""
        check_header_text(token, "token")
        self._token = token
        self._lifetime = _lifetime(lifetime)
        self.identity_header = identity_header or secrets.token_urlsafe(16)
        check_header_text(self.identity_header, "identity_header")
        self.path = "/" + path.lstrip("/")
        self._clock = clock
        self._lock = threading.Lock()
        self._requests: list[TokenRequest] = []
        self._failure: _Failure | None = None
        self._socket = LoopbackHTTPServer(self, host=host, port=port, thread_name="conversation-items-mock-identity")

    def __repr__(self) -> str:
        where = self.endpoint if self._socket.running else "not started"
        return f"<ManagedIdentityServer {where} requests={len(self._requests)}>"

    # -- configuration -----------------------------------------------------------------
    @property
    def token(self) -> str:
        """The access token handed out next; set it to see a credential refresh."""
        return self._token

    @token.setter
    def token(self, value: str) -> None:
        check_header_text(value, "token")
        with self._lock:
            self._token = value

    @property
    def lifetime(self) -> float:
        """Seconds from an answer to its ``expires_on`` (0 or less: already expired); may be changed."""
        return self._lifetime

    @lifetime.setter
    def lifetime(self, value: float) -> None:
        with self._lock:
            self._lifetime = _lifetime(value)

    def fail(self, status: int = 400, message: str | None = None, *, times: int | None = 1) -> None:
        """Answer the next ``times`` requests (``None``: all, until :meth:`clear_failures`) with an error.

        The body is App Service's ``{"statusCode": status, "message": message}``. azure-core
        retries 408, 429 and 5xx (pass ``retry_total=0`` to the credential); 400 fails at once.
        """
        if isinstance(status, bool) or not isinstance(status, int) or not 400 <= status <= 599:
            raise ValueError(f"status must be an error status (400-599), got {status!r}")
        if times is not None and (isinstance(times, bool) or not isinstance(times, int) or times < 1):
            raise ValueError(f"times must be a positive int or None, got {times!r}")
        text = message or f"Mock managed identity endpoint failure (status {status})."
        with self._lock:
            self._failure = _Failure(status, text, times)

    def clear_failures(self) -> None:
        """Answer normally again."""
        with self._lock:
            self._failure = None

    # -- records -----------------------------------------------------------------------
    @property
    def requests(self) -> list[TokenRequest]:
        """A copy of the requests received so far, in arrival order."""
        with self._lock:
            return list(self._requests)

    @property
    def resources(self) -> list[str | None]:
        """The ``resource`` of each request, in order (``len`` = how many times a token was asked for)."""
        return [r.resource for r in self.requests]

    def clear_requests(self) -> None:
        """Forget the recorded requests."""
        with self._lock:
            self._requests.clear()

    # -- request -> reply (no I/O) -----------------------------------------------------
    def handle(self, request: IncomingRequest) -> Reply:
        """Answer one token request and record it."""
        headers = request.lowered_headers()
        path, _, query_text = request.raw_path.partition("?")
        query = dict(urllib.parse.parse_qsl(query_text, keep_blank_values=True)[::-1])
        with self._lock:
            token, lifetime = self._token, self._lifetime
            status, payload = self._decide(request.method, path, query, headers, token, lifetime)
            number = len(self._requests) + 1
            issued = token if status == 200 else None
            self._requests.append(
                TokenRequest(
                    number, request.method, path, MappingProxyType(query), MappingProxyType(headers), status, issued
                )
            )
        return json_reply(status, payload, request_id=None)

    def reject(self, status: int, message: str | None = None) -> Reply:
        """The reply to a request too malformed to parse."""
        return json_reply(status, {"statusCode": status, "message": message or "Bad request."}, request_id=None)

    def _decide(
        self,
        method: str,
        path: str,
        query: Mapping[str, str],
        headers: Mapping[str, str],
        token: str,
        lifetime: float,
    ) -> tuple[int, dict[str, Any]]:
        """``(status, body)`` for a request; called with the lock held."""
        failure = self._failure
        if failure is not None:
            if failure.remaining is not None:
                left = failure.remaining - 1
                self._failure = _Failure(failure.status, failure.message, left) if left else None
            return failure.status, {"statusCode": failure.status, "message": failure.message}
        problem: tuple[int, str] | None = None
        if path != self.path:
            problem = (404, f"No token endpoint at {path}; it is at {self.path}.")
        elif method != "GET":
            problem = (405, f"Method {method} is not allowed; use GET.")
        elif not secrets.compare_digest(
            headers.get("x-identity-header", "").encode("utf-8", "surrogateescape"),
            self.identity_header.encode("utf-8"),
        ):
            problem = (401, "Missing or wrong X-IDENTITY-HEADER.")
        elif query.get("api-version") != API_VERSION:
            problem = (
                400,
                f"Unsupported api-version {query.get('api-version')!r}; this endpoint speaks {API_VERSION}.",
            )
        elif not query.get("resource"):
            problem = (400, "The 'resource' query parameter is required.")
        if problem is not None:
            return problem[0], {"statusCode": problem[0], "message": problem[1]}
        expires_on = math.floor(self._clock() + lifetime)
        return 200, {
            "access_token": token,
            "expires_on": str(expires_on),
            "resource": query["resource"],
            "token_type": "Bearer",
            "client_id": query.get("client_id", MOCK_CLIENT_ID),
        }

    # -- lifecycle and addresses -------------------------------------------------------
    def start(self) -> Self:
        """Bind and serve on a background thread; returns ``self``."""
        self._socket.start()
        return self

    def stop(self) -> None:
        """Stop serving; idempotent."""
        self._socket.stop()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def endpoint(self) -> str:
        """The token endpoint URL, the value of ``IDENTITY_ENDPOINT``."""
        return f"{self._socket.origin}{self.path}"

    @property
    def environ(self) -> dict[str, str]:
        """``{"IDENTITY_ENDPOINT": ..., "IDENTITY_HEADER": ...}``: set both to point credentials here."""
        return {"IDENTITY_ENDPOINT": self.endpoint, "IDENTITY_HEADER": self.identity_header}
