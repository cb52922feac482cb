from typing import Literal

BingGroundingCallItemType = Literal["bing_grounding_call"]

BING_GROUNDING_CALL_ITEM_TYPE_VALUES: set[BingGroundingCallItemType] = {
    "bing_grounding_call",
}


def check_bing_grounding_call_item_type(value: str) -> BingGroundingCallItemType:
    if value in BING_GROUNDING_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BING_GROUNDING_CALL_ITEM_TYPE_VALUES!r}")
