"""The plain-http guard follows the proxy: a credential for an http endpoint on this machine (a port-forward) must not
travel in clear text to a proxy on another host. Nothing is sent in these tests: the refusals come at construction,
and the allowed clients are only built (and closed)."""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from conversation_items import AsyncConversationItemsClient, ConversationItemsClient, InsecureEndpointError
from conversation_items.testing import MockConversationService

FORWARDED = "http://localhost:8080/api/projects/p"
REMOTE_PROXY = "http://proxy.example.net:3128"


@pytest.fixture(autouse=True)
def _no_proxy_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY"])
def test_a_key_for_a_loopback_http_endpoint_is_refused_through_a_remote_proxy(
    monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    monkeypatch.setenv(variable, REMOTE_PROXY)
    with pytest.raises(InsecureEndpointError) as raised:
        ConversationItemsClient(FORWARDED, api_key="secret-key")
    assert "proxy.example.net" in str(raised.value)
    assert "secret-key" not in str(raised.value)
    with pytest.raises(InsecureEndpointError):
        AsyncConversationItemsClient(FORWARDED, token="a-token")


@pytest.mark.parametrize(
    ("no_proxy", "refused"),
    [("localhost", False), (".localhost", False), ("*", False), ("localhost:8080", False), ("other.host", True)],
)
def test_no_proxy_naming_the_host_lets_it_through(
    monkeypatch: pytest.MonkeyPatch, no_proxy: str, refused: bool
) -> None:
    monkeypatch.setenv("HTTP_PROXY", REMOTE_PROXY)
    monkeypatch.setenv("NO_PROXY", no_proxy)
    if refused:
        with pytest.raises(InsecureEndpointError):
            ConversationItemsClient(FORWARDED, api_key="k")
    else:
        with ConversationItemsClient(FORWARDED, api_key="k") as client:
            assert client.proxy is None


def test_what_is_allowed_through_a_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", REMOTE_PROXY)
    monkeypatch.setenv("HTTPS_PROXY", REMOTE_PROXY)
    # https is tunnelled (CONNECT): the proxy sees ciphertext only
    with ConversationItemsClient("https://acct.services.ai.azure.com/api/projects/p", api_key="k") as client:
        assert client.proxy == REMOTE_PROXY
    # no credential to leak
    with ConversationItemsClient(FORWARDED) as client:
        assert client.proxy == REMOTE_PROXY
    # the caller said so
    with ConversationItemsClient(FORWARDED, api_key="k", allow_insecure_http=True) as client:
        assert client.proxy == REMOTE_PROXY
    # a proxy on this machine reads nothing another host could
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:3128")
    with ConversationItemsClient(FORWARDED, api_key="k") as client:
        assert client.proxy == "http://127.0.0.1:3128"


def test_a_transport_uses_no_environment_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", REMOTE_PROXY)
    service = MockConversationService(api_key="k")
    with ConversationItemsClient(FORWARDED, api_key="k", transport=service.transport()) as client:
        assert client.proxy is None  # httpx ignores proxy variables when given a transport


def test_with_options_checks_the_new_endpoint_against_the_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", REMOTE_PROXY)
    with ConversationItemsClient("https://acct.services.ai.azure.com/api/projects/p", api_key="k") as client:
        with pytest.raises(InsecureEndpointError):  # FORWARDED is loopback: only the proxy makes it insecure
            client.with_options(FORWARDED)


def test_verbose_shows_the_proxy_without_its_password(monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess
    import sys
    from pathlib import Path

    cli = Path(sys.executable).parent / "conversation-items"
    # a proxy on this machine that refuses connections: the call fails at once, after the settings line
    env = {"PATH": "/usr/bin:/bin", "HTTP_PROXY": "http://user:proxy-secret@127.0.0.1:9"}
    out = subprocess.run(
        [str(cli), "get", "conv_1", "item_1", "--endpoint", FORWARDED, "--verbose", "--max-retries", "0"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert out.returncode == 3
    assert "proxy http://127.0.0.1:9 (from the environment)" in out.stderr
    assert "proxy-secret" not in out.stderr


@pytest.mark.parametrize("library", ["httpx", "httpx2"])
def test_a_callers_http_client_carrying_a_key_is_held_to_the_same_rule(library: str) -> None:
    httpx: Any = importlib.import_module(library)

    with httpx.Client(headers={"api-key": "own-key"}) as http:
        with pytest.raises(InsecureEndpointError) as raised:
            ConversationItemsClient("http://example.com/api/projects/p", http_client=http)
        assert "own-key" not in str(raised.value)
        with ConversationItemsClient(FORWARDED, http_client=http) as client:  # this machine: allowed
            assert client.endpoint == FORWARDED
    with httpx.Client() as http, ConversationItemsClient("http://example.com/api/projects/p", http_client=http):
        pass  # no credential anywhere: plain http is the caller's choice
