from typing import Literal

StructuredOutputsItemType = Literal["structured_outputs"]

STRUCTURED_OUTPUTS_ITEM_TYPE_VALUES: set[StructuredOutputsItemType] = {
    "structured_outputs",
}


def check_structured_outputs_item_type(value: str) -> StructuredOutputsItemType:
    if value in STRUCTURED_OUTPUTS_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STRUCTURED_OUTPUTS_ITEM_TYPE_VALUES!r}")
