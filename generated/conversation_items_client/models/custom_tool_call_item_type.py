from typing import Literal

CustomToolCallItemType = Literal["custom_tool_call"]

CUSTOM_TOOL_CALL_ITEM_TYPE_VALUES: set[CustomToolCallItemType] = {
    "custom_tool_call",
}


def check_custom_tool_call_item_type(value: str) -> CustomToolCallItemType:
    if value in CUSTOM_TOOL_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CUSTOM_TOOL_CALL_ITEM_TYPE_VALUES!r}")
