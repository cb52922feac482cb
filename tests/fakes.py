"""Fakes shared by the whole suite: recorded sleeps with a fake clock, fake credentials, an open-file counter, and
the client builder the client tests use. The service they talk to is the shipped one
(`conversation_items.testing.MockConversationService`, in process): `mock_service` sets one up at `ENDPOINT`'s
project. (Paths live in support.py.)"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

import anyio
from conversation_items import ConversationItemsClient, RetryPolicy
from conversation_items.testing import Fault, FaultPolicy, MockConversationService, RecordedRequest

ENDPOINT = "https://acct.services.ai.azure.com/api/projects/proj"
ITEM: dict[str, Any] = {
    "type": "function_call",
    "id": "fc_1",
    "call_id": "call_1",
    "name": "get_weather",
    "arguments": "{}",
}
SECRET = "sk-SECRET-value-0123456789"
SCOPE = "https://ai.azure.com/.default"
PROJECT_PATH = "/api/projects/proj"  # ENDPOINT's path: the mock service's base path


def mock_service(
    *faults: Fault | None, item: Mapping[str, Any] | bytes = ITEM, base_path: str = PROJECT_PATH
) -> MockConversationService:
    """The shipped mock service at `ENDPOINT`'s project (or at `base_path`), serving `item` (a mapping, or bytes
    served verbatim) as item "i" of conversation "c", and ITEM as "fc_1" of "conv_1"; `faults` are queued, one per
    request (`None` answers normally), and every request after them is answered normally."""
    service = MockConversationService((), conversation_id="c", base_path=base_path)
    service.add_item(item, item_id="i")
    service.add_item(ITEM, conversation_id="conv_1")
    service.schedule(*faults)
    return service


def timeout_of(request: RecordedRequest, phase: str) -> float:
    """The `phase` timeout ("connect", "read", ...) the client gave `request`, which must have one."""
    value = (request.timeout or {}).get(phase)
    assert value is not None, f"{request!r} had no {phase} timeout"
    return value


def always(fault: Fault) -> FaultPolicy:
    """A fault policy answering every request with `fault` (for `service.set_fault_policy`)."""
    return lambda number, request: fault


def json_fault(status: int, payload: Any, headers: Mapping[str, str] | None = None) -> Fault:
    """A reply of `status` whose body is `payload` as JSON (a successful one too: e.g. 200 with extra headers)."""
    return Fault(status=status, headers=dict(headers or {}), body=json.dumps(payload).encode())


class Sleeps:
    """An injected `sleep`/`async_sleep` that records the waits instead of waiting, and a fake monotonic clock that
    the recorded waits move forward (so deadlines count them)."""

    def __init__(self, start: float = 1_000.0) -> None:
        self.waits: list[float] = []
        self.now = start
        self._lock = threading.Lock()

    def __call__(self, seconds: float) -> None:
        with self._lock:
            self.waits.append(seconds)
            self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self(seconds)

    def monotonic(self) -> float:
        return self.now


def policy(sleeps: Sleeps, **kwargs: Any) -> RetryPolicy:
    """A RetryPolicy without jitter whose waits and clock are `sleeps`."""
    return RetryPolicy(
        sleep=sleeps, async_sleep=sleeps.async_sleep, random=lambda: 0.0, monotonic=sleeps.monotonic, **kwargs
    )


def mock_client(
    service: MockConversationService, sleeps: Sleeps | None = None, **kwargs: Any
) -> ConversationItemsClient:
    """A client of `ENDPOINT` over `service`'s in-process transport, authenticated with `SECRET` unless told
    otherwise, its retry waits recorded in `sleeps` (never waited) and the faults' timings acted out at once."""
    kwargs.setdefault("api_key", SECRET)
    kwargs.setdefault("retry_policy", policy(sleeps or Sleeps()))
    return ConversationItemsClient(ENDPOINT, transport=service.transport(sleep=no_wait), **kwargs)


def no_wait(seconds: float) -> None:
    """A transport `sleep=` that acts fault timings out in zero time (a `Fault.timeout(3600)` is a read timeout
    at once)."""


class AccessToken:
    """What azure-identity's get_token returns: `.token` and `.expires_on` (Unix seconds)."""

    def __init__(self, token: str, expires_on: float) -> None:
        self.token = token
        self.expires_on = int(expires_on)


class FakeCredential:
    """A sync credential counting its calls; each token is `cred-token-<n>` valid `lifetime` seconds from `now()`.
    `delay` makes each call take that long; `fail` (an exception) makes the next calls raise it."""

    def __init__(self, now: Callable[[], float] = time.time, *, lifetime: float = 3600, delay: float = 0.0) -> None:
        self.now = now
        self.lifetime = lifetime
        self.delay = delay
        self.calls: list[tuple[tuple[str, ...], dict[str, Any]]] = []
        self.threads: list[str] = []
        self.fail: Exception | None = None
        self._lock = threading.Lock()

    def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
        with self._lock:
            self.calls.append((scopes, kwargs))
            self.threads.append(threading.current_thread().name)
            n = len(self.calls)
        if self.delay:
            time.sleep(self.delay)
        if self.fail is not None:
            raise self.fail
        return AccessToken(f"cred-token-{n}", self.now() + self.lifetime)


class FakeAsyncCredential:
    """The azure.identity.aio twin of FakeCredential (`delay` awaits anyio.sleep: asyncio or trio)."""

    def __init__(self, now: Callable[[], float] = time.time, *, lifetime: float = 3600, delay: float = 0.0) -> None:
        self.now = now
        self.lifetime = lifetime
        self.delay = delay
        self.calls: list[tuple[tuple[str, ...], dict[str, Any]]] = []
        self.fail: Exception | None = None

    async def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
        self.calls.append((scopes, kwargs))
        n = len(self.calls)
        if self.delay:
            await anyio.sleep(self.delay)
        if self.fail is not None:
            raise self.fail
        return AccessToken(f"async-token-{n}", self.now() + self.lifetime)


def fd_count() -> int:
    """Open file descriptors of this process."""
    return len(os.listdir("/proc/self/fd"))


def wait_for_fd_count(target: int, timeout: float = 5.0) -> int:
    """The open-fd count, polled until it is <= target or `timeout` passes (server threads close lazily)."""
    deadline = time.monotonic() + timeout
    current = fd_count()
    while current > target and time.monotonic() < deadline:
        time.sleep(0.02)
        current = fd_count()
    return current
