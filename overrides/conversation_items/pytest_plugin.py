"""Pytest plugin: fixtures for testing code built on ``conversation_items`` without Azure.

Registered as a ``pytest11`` entry point, so installing ``conversation_items`` makes them
available everywhere:

- ``mock_conversation_server``: a started :class:`~conversation_items.testing.MockConversationServer`
  on loopback;
- ``mock_conversation_transport``: a :class:`~conversation_items.testing.MockConversationTransport`,
  the same fake service as an in-process ``httpx`` transport (sync and async), no sockets;
- ``managed_identity_server``: a started :class:`~conversation_items.testing.ManagedIdentityServer`
  with ``IDENTITY_ENDPOINT``/``IDENTITY_HEADER`` set and the variables that would make
  ``DefaultAzureCredential`` choose another credential removed, for the test's duration.

::

    def test_get(mock_conversation_server):
        server = mock_conversation_server
        client = ConversationItemsClient(endpoint=server.endpoint, api_key="x")

    def test_get_without_sockets(mock_conversation_transport):
        mock = mock_conversation_transport
        client = ConversationItemsClient(mock.endpoint, transport=mock, api_key="x")
        mock.service.schedule(Fault(status=503))

Constructor arguments can be given per test with a marker of the fixture's name::

    @pytest.mark.mock_conversation_server(api_key="k", conversation_id="conv_1")
    @pytest.mark.mock_conversation_transport(bearer_token="t")
    @pytest.mark.managed_identity_server(token="tok-1", lifetime=600)

``conversation_items.testing`` is imported only when a fixture is used, so merely having the
package installed never slows down or breaks pytest start-up.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from conversation_items.testing import ManagedIdentityServer, MockConversationServer, MockConversationTransport

__all__ = [
    "managed_identity_server",
    "mock_conversation_server",
    "mock_conversation_transport",
    "pytest_configure",
    "serve_mock_conversation_server",
]

MARKERS = {
    "mock_conversation_server": "keyword arguments for the MockConversationServer of the fixture "
    "(api_key=, bearer_token=, items=, ...)",
    "mock_conversation_transport": "keyword arguments for the MockConversationService behind the fixture "
    "(api_key=, bearer_token=, items=, ...)",
    "managed_identity_server": "keyword arguments for the ManagedIdentityServer of the fixture "
    "(token=, lifetime=, ...)",
}


def pytest_configure(config: pytest.Config) -> None:
    """Register one marker per fixture."""
    for name, text in MARKERS.items():
        config.addinivalue_line("markers", f"{name}(**kwargs): {text}")


def _marker_kwargs(request: pytest.FixtureRequest, name: str) -> dict[str, Any]:
    marker = request.node.get_closest_marker(name)
    if marker is None:
        return {}
    if marker.args:
        raise TypeError(f"@pytest.mark.{name} takes keyword arguments only")
    return dict(marker.kwargs)


def serve_mock_conversation_server(**kwargs: Any) -> Iterator[MockConversationServer]:
    """Yield a started ``MockConversationServer(**kwargs)``; stop it when resumed.

    The generator behind the fixture, usable on its own (e.g. in a wider-scoped fixture).
    """
    from conversation_items.testing import MockConversationServer

    with MockConversationServer(**kwargs) as server:
        yield server


@pytest.fixture
def mock_conversation_server(request: pytest.FixtureRequest) -> Iterator[MockConversationServer]:
    """A started mock server with the bundled items (every type + the README's examples), stopped after the test."""
    yield from serve_mock_conversation_server(**_marker_kwargs(request, "mock_conversation_server"))


@pytest.fixture
def mock_conversation_transport(request: pytest.FixtureRequest) -> MockConversationTransport:
    """An in-process ``httpx`` transport over a fresh mock service with the bundled items.

    Pass it as ``transport=`` with ``endpoint=mock.endpoint``; ``mock.service`` holds the items,
    faults and recorded requests.
    """
    from conversation_items.testing import MockConversationService

    return MockConversationService(**_marker_kwargs(request, "mock_conversation_transport")).transport()


@pytest.fixture
def managed_identity_server(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ManagedIdentityServer]:
    """A started managed-identity token endpoint that azure-identity credentials created in the test use."""
    from conversation_items.testing import COMPETING_CREDENTIAL_ENV_VARS, ManagedIdentityServer

    with ManagedIdentityServer(**_marker_kwargs(request, "managed_identity_server")) as server:
        for name in COMPETING_CREDENTIAL_ENV_VARS:
            monkeypatch.delenv(name, raising=False)
        for name, value in server.environ.items():
            monkeypatch.setenv(name, value)
        yield server
