from typing import Literal

BingCustomSearchPreviewCallOutputItemType = Literal["bing_custom_search_preview_call_output"]

BING_CUSTOM_SEARCH_PREVIEW_CALL_OUTPUT_ITEM_TYPE_VALUES: set[BingCustomSearchPreviewCallOutputItemType] = {
    "bing_custom_search_preview_call_output",
}


def check_bing_custom_search_preview_call_output_item_type(value: str) -> BingCustomSearchPreviewCallOutputItemType:
    if value in BING_CUSTOM_SEARCH_PREVIEW_CALL_OUTPUT_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BING_CUSTOM_SEARCH_PREVIEW_CALL_OUTPUT_ITEM_TYPE_VALUES!r}"
    )
