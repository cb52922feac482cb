from typing import Literal

MemorySearchCallItemType = Literal["memory_search_call"]

MEMORY_SEARCH_CALL_ITEM_TYPE_VALUES: set[MemorySearchCallItemType] = {
    "memory_search_call",
}


def check_memory_search_call_item_type(value: str) -> MemorySearchCallItemType:
    if value in MEMORY_SEARCH_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEMORY_SEARCH_CALL_ITEM_TYPE_VALUES!r}")
