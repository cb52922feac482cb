from typing import Literal

ToolSearchOutputItemType = Literal["tool_search_output"]

TOOL_SEARCH_OUTPUT_ITEM_TYPE_VALUES: set[ToolSearchOutputItemType] = {
    "tool_search_output",
}


def check_tool_search_output_item_type(value: str) -> ToolSearchOutputItemType:
    if value in TOOL_SEARCH_OUTPUT_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOOL_SEARCH_OUTPUT_ITEM_TYPE_VALUES!r}")
