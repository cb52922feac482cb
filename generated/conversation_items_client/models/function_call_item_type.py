from typing import Literal

FunctionCallItemType = Literal["function_call"]

FUNCTION_CALL_ITEM_TYPE_VALUES: set[FunctionCallItemType] = {
    "function_call",
}


def check_function_call_item_type(value: str) -> FunctionCallItemType:
    if value in FUNCTION_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FUNCTION_CALL_ITEM_TYPE_VALUES!r}")
