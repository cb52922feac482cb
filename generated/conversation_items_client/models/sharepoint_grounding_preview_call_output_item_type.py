from typing import Literal

SharepointGroundingPreviewCallOutputItemType = Literal["sharepoint_grounding_preview_call_output"]

SHAREPOINT_GROUNDING_PREVIEW_CALL_OUTPUT_ITEM_TYPE_VALUES: set[SharepointGroundingPreviewCallOutputItemType] = {
    "sharepoint_grounding_preview_call_output",
}


def check_sharepoint_grounding_preview_call_output_item_type(
    value: str,
) -> SharepointGroundingPreviewCallOutputItemType:
    if value in SHAREPOINT_GROUNDING_PREVIEW_CALL_OUTPUT_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SHAREPOINT_GROUNDING_PREVIEW_CALL_OUTPUT_ITEM_TYPE_VALUES!r}"
    )
