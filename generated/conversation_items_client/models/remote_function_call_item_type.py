from typing import Literal

RemoteFunctionCallItemType = Literal["remote_function_call"]

REMOTE_FUNCTION_CALL_ITEM_TYPE_VALUES: set[RemoteFunctionCallItemType] = {
    "remote_function_call",
}


def check_remote_function_call_item_type(value: str) -> RemoteFunctionCallItemType:
    if value in REMOTE_FUNCTION_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REMOTE_FUNCTION_CALL_ITEM_TYPE_VALUES!r}")
