from typing import Literal

ItemReferenceItemType = Literal["item_reference"]

ITEM_REFERENCE_ITEM_TYPE_VALUES: set[ItemReferenceItemType] = {
    "item_reference",
}


def check_item_reference_item_type(value: str) -> ItemReferenceItemType:
    if value in ITEM_REFERENCE_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ITEM_REFERENCE_ITEM_TYPE_VALUES!r}")
