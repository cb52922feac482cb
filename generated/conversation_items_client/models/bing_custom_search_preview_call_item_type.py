from typing import Literal

BingCustomSearchPreviewCallItemType = Literal["bing_custom_search_preview_call"]

BING_CUSTOM_SEARCH_PREVIEW_CALL_ITEM_TYPE_VALUES: set[BingCustomSearchPreviewCallItemType] = {
    "bing_custom_search_preview_call",
}


def check_bing_custom_search_preview_call_item_type(value: str) -> BingCustomSearchPreviewCallItemType:
    if value in BING_CUSTOM_SEARCH_PREVIEW_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BING_CUSTOM_SEARCH_PREVIEW_CALL_ITEM_TYPE_VALUES!r}")
