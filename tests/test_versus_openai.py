"""The problem this package solves, shown side by side: openai-python turns the Foundry-only item types into
a `Message` with no role; parse_item gives each its own class. (openai is in the [bench] extra.)"""

from __future__ import annotations

import pytest
from conversation_items import ITEM_TYPES, parse_item
from support import item_samples

openai_models = pytest.importorskip("openai._models")
openai_types = pytest.importorskip("openai.types.conversations")


def test_types_openai_python_turns_into_a_message_decode_to_their_own_class() -> None:
    broken = []
    for sample in item_samples():  # a type without a hand-written fixture gets one synthesized from its schema
        value, data = sample.item_type, sample.data
        theirs = openai_models.construct_type(type_=openai_types.ConversationItem, value=data)
        if type(theirs).__name__ == "Message" and value != "message":
            broken.append(value)
        ours = parse_item(data)
        assert type(ours) is ITEM_TYPES[value]
        assert ours.to_dict() == data
    # every Foundry-only kind is among them (plus item_reference and output_message)
    assert {"bing_grounding_call", "azure_ai_search_call", "oauth_consent_request", "memory_search_call"} <= set(broken)
    assert len(broken) >= 24, broken
