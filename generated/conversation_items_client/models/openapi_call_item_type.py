from typing import Literal

OpenapiCallItemType = Literal["openapi_call"]

OPENAPI_CALL_ITEM_TYPE_VALUES: set[OpenapiCallItemType] = {
    "openapi_call",
}


def check_openapi_call_item_type(value: str) -> OpenapiCallItemType:
    if value in OPENAPI_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPENAPI_CALL_ITEM_TYPE_VALUES!r}")
