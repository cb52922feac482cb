from typing import Literal

ApplyPatchCallOutputItemType = Literal["apply_patch_call_output"]

APPLY_PATCH_CALL_OUTPUT_ITEM_TYPE_VALUES: set[ApplyPatchCallOutputItemType] = {
    "apply_patch_call_output",
}


def check_apply_patch_call_output_item_type(value: str) -> ApplyPatchCallOutputItemType:
    if value in APPLY_PATCH_CALL_OUTPUT_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APPLY_PATCH_CALL_OUTPUT_ITEM_TYPE_VALUES!r}")
