"""`parse_item`: one JSON item -> its typed class, by one lookup on `type`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from conversation_items_client.models import ITEM_TYPES

if TYPE_CHECKING:
    from conversation_items_client.models import ConversationItem

__all__ = ["parse_item"]

_decode = ITEM_TYPES.decode


def parse_item(data: Any) -> ConversationItem:
    """Decode one conversation item (a dict parsed from JSON) to its generated class.

    A `type` this package does not know gives an `UnknownItem` that keeps every field. Anything
    that is not an item (not a dict, no string `type`, a known type whose fields do not decode)
    raises `ItemDecodeError`, whose `payload` is `data` unchanged.
    """
    item: ConversationItem = _decode(data)
    return item
