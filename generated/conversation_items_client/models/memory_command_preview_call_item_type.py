from typing import Literal

MemoryCommandPreviewCallItemType = Literal["memory_command_preview_call"]

MEMORY_COMMAND_PREVIEW_CALL_ITEM_TYPE_VALUES: set[MemoryCommandPreviewCallItemType] = {
    "memory_command_preview_call",
}


def check_memory_command_preview_call_item_type(value: str) -> MemoryCommandPreviewCallItemType:
    if value in MEMORY_COMMAND_PREVIEW_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEMORY_COMMAND_PREVIEW_CALL_ITEM_TYPE_VALUES!r}")
