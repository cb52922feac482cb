"""`parse_item`: one JSON item -> its typed class, by one lookup on `type`; and the one warning per unknown type."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from conversation_items_client.models import ITEM_TYPES
from conversation_items_client.types import UnknownItem

if TYPE_CHECKING:
    from conversation_items_client.models import ConversationItem

__all__ = ["ServerText", "parse_item", "warn_if_unknown"]

logger: logging.Logger = logging.getLogger("conversation_items")

_decode = ITEM_TYPES.decode
_warned: set[str] = set()
_warned_lock = threading.Lock()
#: how much of a server-chosen type name the warning shows
_TYPE_SHOWN = 80


class ServerText:
    """Server-chosen text in a log record's arguments: formatted as its `repr`, so a log never carries its control
    characters raw. Whoever escapes the whole line itself (the CLI) formats `.text` instead, escaping it once."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __str__(self) -> str:
        return repr(self.text)


def parse_item(data: Any, *, none_as_absent: bool = False) -> ConversationItem:
    """Decode one conversation item (a dict parsed from JSON) to its generated class.

    A `type` this package does not know gives an `UnknownItem` that keeps every field (and logs one WARNING per
    type and process). Anything that is not an item (not a dict, no string `type`, a known type whose fields do not
    decode) raises `ItemDecodeError`, whose `payload` is `data` unchanged.

    openai-python's items are accepted too: an item object itself (decoded from its `to_dict()`, which holds the
    fields it was received with), or its `model_dump()` with `none_as_absent=True`: `model_dump()` writes `None`
    for every field the item does not have, which `none_as_absent` drops (at any depth) before decoding. Without
    it a `None` is a JSON null, refused where the spec does not allow one. (An `ItemDecodeError`'s `payload` is
    then the dict that was decoded.)
    """
    if not isinstance(data, dict) and _is_openai_model(data):
        data = data.to_dict()
    elif none_as_absent:
        data = _without_none(data)
    item: ConversationItem = _decode(data)
    warn_if_unknown(item)
    return item


def _is_openai_model(value: object) -> bool:
    """An openai-python model object (its classes live in the `openai` package and have `to_dict()`)."""
    return type(value).__module__.partition(".")[0] == "openai" and callable(getattr(value, "to_dict", None))


def _without_none(value: Any) -> Any:
    """`value` without the `None` values of its dicts (in lists too), or `value` itself when it has none."""
    if isinstance(value, dict):
        changed = False
        kept: dict[Any, Any] = {}
        for key, entry in value.items():
            if entry is None:
                changed = True
                continue
            cleaned = _without_none(entry)
            changed = changed or cleaned is not entry
            kept[key] = cleaned
        return kept if changed else value
    if isinstance(value, list):
        cleaned_list = [_without_none(entry) for entry in value]
        return cleaned_list if any(a is not b for a, b in zip(cleaned_list, value, strict=True)) else value
    return value


def warn_if_unknown(item: object) -> None:
    """The first time in this process an item of an unknown type is decoded: one WARNING naming the type and the
    command that adds it to the spec (no payload content)."""
    if type(item) is not UnknownItem or item.type_ in _warned:
        return
    with _warned_lock:
        if item.type_ in _warned:
            return
        _warned.add(item.type_)
    shown = ServerText(item.type_ if len(item.type_) <= _TYPE_SHOWN else item.type_[:_TYPE_SHOWN] + "...")
    logger.warning(
        "item type %s is not in this package's spec: it decodes to UnknownItem. To add it, save an item with "
        "`conversation-items get CONV ITEM --json > item.json` and run `make new-type FROM=item.json` "
        "in a checkout of conversation-items.",
        shown,
    )
