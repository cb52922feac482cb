from typing import Literal

BingGroundingCallOutputItemType = Literal["bing_grounding_call_output"]

BING_GROUNDING_CALL_OUTPUT_ITEM_TYPE_VALUES: set[BingGroundingCallOutputItemType] = {
    "bing_grounding_call_output",
}


def check_bing_grounding_call_output_item_type(value: str) -> BingGroundingCallOutputItemType:
    if value in BING_GROUNDING_CALL_OUTPUT_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BING_GROUNDING_CALL_OUTPUT_ITEM_TYPE_VALUES!r}")
