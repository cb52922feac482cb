from typing import Literal

MemoryItemKind = Literal["chat_summary", "procedural", "user_profile"]

MEMORY_ITEM_KIND_VALUES: set[MemoryItemKind] = {
    "chat_summary",
    "procedural",
    "user_profile",
}


def check_memory_item_kind(value: str) -> MemoryItemKind:
    if value in MEMORY_ITEM_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEMORY_ITEM_KIND_VALUES!r}")
