from typing import Literal

A2APreviewCallOutputItemType = Literal["a2a_preview_call_output"]

A2A_PREVIEW_CALL_OUTPUT_ITEM_TYPE_VALUES: set[A2APreviewCallOutputItemType] = {
    "a2a_preview_call_output",
}


def check_a2a_preview_call_output_item_type(value: str) -> A2APreviewCallOutputItemType:
    if value in A2A_PREVIEW_CALL_OUTPUT_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {A2A_PREVIEW_CALL_OUTPUT_ITEM_TYPE_VALUES!r}")
