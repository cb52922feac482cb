from typing import Literal

ToolSearchCallItemType = Literal["tool_search_call"]

TOOL_SEARCH_CALL_ITEM_TYPE_VALUES: set[ToolSearchCallItemType] = {
    "tool_search_call",
}


def check_tool_search_call_item_type(value: str) -> ToolSearchCallItemType:
    if value in TOOL_SEARCH_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOOL_SEARCH_CALL_ITEM_TYPE_VALUES!r}")
