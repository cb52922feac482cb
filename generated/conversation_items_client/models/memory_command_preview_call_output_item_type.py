from typing import Literal

MemoryCommandPreviewCallOutputItemType = Literal["memory_command_preview_call_output"]

MEMORY_COMMAND_PREVIEW_CALL_OUTPUT_ITEM_TYPE_VALUES: set[MemoryCommandPreviewCallOutputItemType] = {
    "memory_command_preview_call_output",
}


def check_memory_command_preview_call_output_item_type(value: str) -> MemoryCommandPreviewCallOutputItemType:
    if value in MEMORY_COMMAND_PREVIEW_CALL_OUTPUT_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMORY_COMMAND_PREVIEW_CALL_OUTPUT_ITEM_TYPE_VALUES!r}"
    )
