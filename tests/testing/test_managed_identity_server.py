"""``ManagedIdentityServer`` against the real azure-identity credential classes, sync and aio, no network."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest
from azure.core.exceptions import ClientAuthenticationError
from azure.identity import DefaultAzureCredential, ManagedIdentityCredential
from azure.identity.aio import DefaultAzureCredential as AsyncDefaultAzureCredential
from azure.identity.aio import ManagedIdentityCredential as AsyncManagedIdentityCredential
from conversation_items.testing import COMPETING_CREDENTIAL_ENV_VARS, ManagedIdentityServer
from support import asyncio_only

SCOPE = "https://ai.azure.com/.default"
RESOURCE = "https://ai.azure.com"


@pytest.fixture(autouse=True)
def _quiet_azure_logs() -> Iterator[None]:
    logging.getLogger("azure").setLevel(logging.ERROR)  # failed get_token calls log warnings by design
    yield
    logging.getLogger("azure").setLevel(logging.NOTSET)


@pytest.fixture
def now() -> int:
    """The endpoint's clock, fixed at the test's start: ``expires_on`` is then known exactly."""
    return int(time.time())


@pytest.fixture
def mi(monkeypatch: pytest.MonkeyPatch, now: int) -> Iterator[ManagedIdentityServer]:
    with ManagedIdentityServer(token="tok-1", clock=lambda: now) as server:
        for name in COMPETING_CREDENTIAL_ENV_VARS:
            monkeypatch.delenv(name, raising=False)
        for name, value in server.environ.items():
            monkeypatch.setenv(name, value)
        yield server


def test_sync_credential_gets_the_token_once_and_reuses_it(mi: ManagedIdentityServer, now: int) -> None:
    credential = ManagedIdentityCredential()
    first = credential.get_token(SCOPE)
    second = credential.get_token(SCOPE)
    assert (first.token, second.token) == ("tok-1", "tok-1")
    assert abs(first.expires_on - (now + 3600)) <= 2  # sync azure-identity recomputes it from expires_in
    assert mi.resources == [RESOURCE]
    (request,) = mi.requests
    assert (request.method, request.path, request.api_version, request.status, request.token) == (
        "GET",
        "/msi/token",
        "2019-08-01",
        200,
        "tok-1",
    )
    assert request.headers["x-identity-header"] == mi.identity_header
    assert mi.identity_header not in repr(request) and mi.identity_header not in repr(mi)


@asyncio_only
async def test_aio_credential_gets_the_token_once_and_reuses_it(mi: ManagedIdentityServer, now: int) -> None:
    async with AsyncManagedIdentityCredential() as credential:
        tokens = [await credential.get_token(SCOPE) for _ in range(3)]
    assert {t.token for t in tokens} == {"tok-1"}
    assert tokens[0].expires_on == now + 3600  # the aio code path takes expires_on as sent
    assert mi.resources == [RESOURCE]


def mi_header(mi: ManagedIdentityServer) -> dict[str, str]:
    return {"X-IDENTITY-HEADER": mi.identity_header}


def test_a_changed_token_is_seen_after_the_cache_runs_out(mi: ManagedIdentityServer) -> None:
    cached = ManagedIdentityCredential()
    assert cached.get_token(SCOPE).token == "tok-1"
    mi.token = "tok-2"
    assert cached.get_token(SCOPE).token == "tok-1"  # still valid: reused
    assert ManagedIdentityCredential().get_token(SCOPE).token == "tok-2"  # a new credential asks again
    mi.lifetime = 120  # under azure-identity's 300 s refresh margin: asked for on every call
    short = ManagedIdentityCredential()
    assert short.get_token(SCOPE).token == "tok-2"
    mi.token = "tok-3"
    assert short.get_token(SCOPE).token == "tok-3"
    assert len(mi.requests) == 4


@asyncio_only
async def test_aio_refresh(mi: ManagedIdentityServer) -> None:
    mi.lifetime = 120
    async with AsyncManagedIdentityCredential() as credential:
        assert (await credential.get_token(SCOPE)).token == "tok-1"
        mi.token = "tok-2"
        # the aio credentials reuse a still-valid token for 30 s after asking, even near expiry
        assert (await credential.get_token(SCOPE)).token == "tok-1"
        mi.lifetime = 0  # an expired token is asked for again on every call
        mi.token = "tok-3"
        credential_requests = len(mi.requests)
    async with AsyncManagedIdentityCredential() as fresh:
        assert (await fresh.get_token(SCOPE)).token == "tok-3"
        mi.token = "tok-4"
        assert (await fresh.get_token(SCOPE)).token == "tok-4"
    assert (credential_requests, len(mi.requests)) == (1, 3)


def test_a_failing_endpoint_gives_a_typed_azure_error(mi: ManagedIdentityServer) -> None:
    mi.fail(400, "Identity not found")
    with pytest.raises(ClientAuthenticationError) as info:
        ManagedIdentityCredential().get_token(SCOPE)
    assert "Identity not found" in str(info.value), "the failure's message reaches the credential's error"
    assert ManagedIdentityCredential().get_token(SCOPE).token == "tok-1"  # times=1: then healthy
    assert [r.status for r in mi.requests] == [400, 200]
    assert mi.requests[0].token is None


@asyncio_only
async def test_aio_failing_endpoint(mi: ManagedIdentityServer) -> None:
    mi.fail(500, "down", times=None)
    async with AsyncManagedIdentityCredential(retry_total=0) as credential:
        for _ in range(2):
            with pytest.raises(ClientAuthenticationError) as info:
                await credential.get_token(SCOPE)
            assert "down" in str(info.value), "the failure's message reaches the credential's error"
    assert [r.status for r in mi.requests] == [500, 500]
    mi.clear_failures()
    async with AsyncManagedIdentityCredential() as credential:
        assert (await credential.get_token(SCOPE)).token == "tok-1"


def test_default_azure_credential_picks_managed_identity(mi: ManagedIdentityServer) -> None:
    credential = DefaultAzureCredential()
    assert credential.get_token(SCOPE).token == "tok-1"
    assert credential.get_token(SCOPE).token == "tok-1"
    assert mi.resources == [RESOURCE]


@asyncio_only
async def test_aio_default_azure_credential_picks_managed_identity(mi: ManagedIdentityServer) -> None:
    async with AsyncDefaultAzureCredential() as credential:
        results = await asyncio.gather(*(credential.get_token(SCOPE) for _ in range(3)))
    assert {r.token for r in results} == {"tok-1"}
    assert set(mi.resources) == {RESOURCE}


def test_user_assigned_identity_is_recorded(mi: ManagedIdentityServer) -> None:
    assert ManagedIdentityCredential(client_id="my-client").get_token(SCOPE).token == "tok-1"
    assert mi.requests[0].query["client_id"] == "my-client"


def test_the_plugin_fixture_points_credentials_at_it(managed_identity_server: ManagedIdentityServer) -> None:
    assert ManagedIdentityCredential().get_token(SCOPE).token == "mock-managed-identity-token"
    assert managed_identity_server.resources == [RESOURCE]


@pytest.mark.managed_identity_server(token="from-marker", lifetime=600)
def test_the_plugin_fixture_marker(managed_identity_server: ManagedIdentityServer) -> None:
    assert DefaultAzureCredential().get_token(SCOPE).token == "from-marker"
    assert managed_identity_server.lifetime == 600


# -- the protocol, checked directly --------------------------------------------------------


def test_requests_the_endpoint_refuses(mi: ManagedIdentityServer, now: int) -> None:
    good = {"api-version": "2019-08-01", "resource": RESOURCE}
    cases = [
        (mi.endpoint, good, {}, 401, "X-IDENTITY-HEADER"),
        (mi.endpoint, good, {"X-IDENTITY-HEADER": "wrong"}, 401, "X-IDENTITY-HEADER"),
        (mi.endpoint, {**good, "api-version": "2017-09-01"}, mi_header(mi), 400, "api-version"),
        (mi.endpoint, {"api-version": "2019-08-01"}, mi_header(mi), 400, "resource"),
        (mi.endpoint + "/other", good, mi_header(mi), 404, "No token endpoint"),
    ]
    for url, params, headers, status, word in cases:
        resp = httpx.get(url, params=params, headers=headers)
        assert resp.status_code == status
        assert resp.json()["statusCode"] == status and word in resp.json()["message"]
    assert httpx.post(mi.endpoint, params=good, headers=mi_header(mi)).status_code == 405
    ok = httpx.get(mi.endpoint, params=good, headers=mi_header(mi)).json()
    assert set(ok) == {"access_token", "expires_on", "resource", "token_type", "client_id"}
    assert (ok["access_token"], ok["resource"], ok["token_type"]) == ("tok-1", RESOURCE, "Bearer")
    assert ok["expires_on"] == str(now + 3600)  # App Service sends integer epoch seconds as a string
    assert [r.status for r in mi.requests] == [401, 401, 400, 400, 404, 405, 200]


def test_argument_checks() -> None:
    server = ManagedIdentityServer()
    for status in (200, 399, 600, True):
        with pytest.raises(ValueError):
            server.fail(status)
    for times in (0, -1, True):
        with pytest.raises(ValueError):
            server.fail(400, times=times)
    for lifetime in (float("nan"), float("inf"), True):
        with pytest.raises(ValueError):
            server.lifetime = lifetime
    with pytest.raises(ValueError):
        server.token = "a\r\nb"
    with pytest.raises(RuntimeError):
        _ = server.environ
    assert "not started" in repr(server)


def test_it_does_not_import_azure_identity() -> None:
    code = (
        "import sys, conversation_items.testing as t; t.ManagedIdentityServer().start().stop();"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('azure', 'msal')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
