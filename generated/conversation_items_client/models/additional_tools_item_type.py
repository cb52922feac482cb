from typing import Literal

AdditionalToolsItemType = Literal["additional_tools"]

ADDITIONAL_TOOLS_ITEM_TYPE_VALUES: set[AdditionalToolsItemType] = {
    "additional_tools",
}


def check_additional_tools_item_type(value: str) -> AdditionalToolsItemType:
    if value in ADDITIONAL_TOOLS_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADDITIONAL_TOOLS_ITEM_TYPE_VALUES!r}")
