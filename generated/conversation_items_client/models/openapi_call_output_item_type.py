from typing import Literal

OpenapiCallOutputItemType = Literal["openapi_call_output"]

OPENAPI_CALL_OUTPUT_ITEM_TYPE_VALUES: set[OpenapiCallOutputItemType] = {
    "openapi_call_output",
}


def check_openapi_call_output_item_type(value: str) -> OpenapiCallOutputItemType:
    if value in OPENAPI_CALL_OUTPUT_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPENAPI_CALL_OUTPUT_ITEM_TYPE_VALUES!r}")
