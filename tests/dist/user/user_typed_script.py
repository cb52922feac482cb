"""A user's script, type-checked with ``mypy --strict`` against the installed wheel by the smoke suite.

It must pass as written: ``get_item`` returns the item union and ``isinstance`` narrows it to one class.
(The smoke suite also writes a probe with a wrong assignment that mypy must flag.)
"""

from __future__ import annotations

from typing import assert_type

from conversation_items import ConversationItem, ConversationItemsClient, UnknownItem
from conversation_items_client.models import FunctionCallItem, MessageItem


def describe(item: ConversationItem) -> str:
    if isinstance(item, FunctionCallItem):
        return f"call {item.call_id}: {item.name}({item.arguments})"
    if isinstance(item, MessageItem):
        return f"{item.role}: {item.content if isinstance(item.content, str) else '[parts]'}"
    if isinstance(item, UnknownItem):
        return f"unknown item {item.to_dict().get('type')!r}"
    return f"a {type(item).__name__}"


def fetch(endpoint: str, api_key: str) -> str:
    with ConversationItemsClient(endpoint, api_key=api_key) as client:
        item = client.get_item("conv_123", "fc_456")
        assert_type(item, ConversationItem)
        return describe(item)
