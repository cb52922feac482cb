from typing import Literal

ApplyPatchCallItemType = Literal["apply_patch_call"]

APPLY_PATCH_CALL_ITEM_TYPE_VALUES: set[ApplyPatchCallItemType] = {
    "apply_patch_call",
}


def check_apply_patch_call_item_type(value: str) -> ApplyPatchCallItemType:
    if value in APPLY_PATCH_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APPLY_PATCH_CALL_ITEM_TYPE_VALUES!r}")
