"""A user's test file using the ``mock_conversation_server`` pytest fixture of the installed package.

The smoke suite copies it, as ``test_user_fixture.py``, into an empty folder outside the repository and
runs pytest there: the fixture must come from the installed wheel's ``pytest11`` entry point alone.
"""

from __future__ import annotations

import pytest
from conversation_items import AuthenticationError, ConversationItemsClient
from conversation_items.testing import MockConversationServer
from conversation_items_client.models import FunctionCallItem

ITEM = {"type": "function_call", "id": "fc_user_1", "call_id": "call_1", "name": "lookup", "arguments": "{}"}


def test_get_item_from_the_fixture_server(mock_conversation_server: MockConversationServer) -> None:
    server = mock_conversation_server
    server.add_item(ITEM)
    with ConversationItemsClient(server.endpoint, api_key="any-key") as client:
        item = client.get_item(server.conversation_id, "fc_user_1")
    assert isinstance(item, FunctionCallItem)
    assert (item.call_id, item.name) == ("call_1", "lookup")


@pytest.mark.mock_conversation_server(api_key="the-right-key")
def test_the_marker_configures_the_server(mock_conversation_server: MockConversationServer) -> None:
    server = mock_conversation_server
    server.add_item(ITEM)
    with (
        ConversationItemsClient(server.endpoint, api_key="a-wrong-key", max_retries=0) as client,
        pytest.raises(AuthenticationError),
    ):
        client.get_item(server.conversation_id, "fc_user_1")
