"""Pytest plugin: the ``mock_conversation_server`` fixture.

Registered as a ``pytest11`` entry point, so installing ``conversation_items`` makes the
fixture available everywhere::

    def test_get(mock_conversation_server):
        server = mock_conversation_server
        client = ConversationItemsClient(endpoint=server.endpoint, api_key="x")
        ...

Constructor arguments of :class:`~conversation_items.testing.MockConversationServer`
can be given per test with a marker::

    @pytest.mark.mock_conversation_server(api_key="k", conversation_id="conv_1")
    def test_auth(mock_conversation_server): ...

``conversation_items.testing`` is imported only when the fixture is used, so merely
having the package installed never slows down or breaks pytest start-up.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from conversation_items.testing import MockConversationServer

__all__ = [
    "mock_conversation_server",
    "pytest_configure",
    "serve_mock_conversation_server",
]

MARKER = "mock_conversation_server"


def pytest_configure(config: pytest.Config) -> None:
    """Register the ``mock_conversation_server`` marker."""
    config.addinivalue_line(
        "markers",
        f"{MARKER}(**kwargs): keyword arguments for the MockConversationServer of "
        "the mock_conversation_server fixture (api_key=, bearer_token=, ...)",
    )


def serve_mock_conversation_server(**kwargs: Any) -> Iterator[MockConversationServer]:
    """Yield a started ``MockConversationServer(**kwargs)``; stop it when resumed.

    The generator behind the fixture, usable on its own (e.g. in a wider-scoped
    fixture).
    """
    from conversation_items.testing import MockConversationServer

    with MockConversationServer(**kwargs) as server:
        yield server


@pytest.fixture
def mock_conversation_server(
    request: pytest.FixtureRequest,
) -> Iterator[MockConversationServer]:
    """A started mock server with the bundled fixture items, stopped after the test."""
    kwargs: dict[str, Any] = {}
    marker = request.node.get_closest_marker(MARKER)
    if marker is not None:
        if marker.args:
            raise TypeError(f"@pytest.mark.{MARKER} takes keyword arguments only")
        kwargs.update(marker.kwargs)
    yield from serve_mock_conversation_server(**kwargs)
