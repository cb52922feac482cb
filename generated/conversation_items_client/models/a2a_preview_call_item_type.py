from typing import Literal

A2APreviewCallItemType = Literal["a2a_preview_call"]

A2A_PREVIEW_CALL_ITEM_TYPE_VALUES: set[A2APreviewCallItemType] = {
    "a2a_preview_call",
}


def check_a2a_preview_call_item_type(value: str) -> A2APreviewCallItemType:
    if value in A2A_PREVIEW_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {A2A_PREVIEW_CALL_ITEM_TYPE_VALUES!r}")
