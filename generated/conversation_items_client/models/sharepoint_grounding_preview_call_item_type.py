from typing import Literal

SharepointGroundingPreviewCallItemType = Literal["sharepoint_grounding_preview_call"]

SHAREPOINT_GROUNDING_PREVIEW_CALL_ITEM_TYPE_VALUES: set[SharepointGroundingPreviewCallItemType] = {
    "sharepoint_grounding_preview_call",
}


def check_sharepoint_grounding_preview_call_item_type(value: str) -> SharepointGroundingPreviewCallItemType:
    if value in SHAREPOINT_GROUNDING_PREVIEW_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SHAREPOINT_GROUNDING_PREVIEW_CALL_ITEM_TYPE_VALUES!r}"
    )
