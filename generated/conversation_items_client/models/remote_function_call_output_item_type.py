from typing import Literal

RemoteFunctionCallOutputItemType = Literal["remote_function_call_output"]

REMOTE_FUNCTION_CALL_OUTPUT_ITEM_TYPE_VALUES: set[RemoteFunctionCallOutputItemType] = {
    "remote_function_call_output",
}


def check_remote_function_call_output_item_type(value: str) -> RemoteFunctionCallOutputItemType:
    if value in REMOTE_FUNCTION_CALL_OUTPUT_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REMOTE_FUNCTION_CALL_OUTPUT_ITEM_TYPE_VALUES!r}")
