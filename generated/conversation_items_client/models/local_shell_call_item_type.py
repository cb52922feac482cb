from typing import Literal

LocalShellCallItemType = Literal["local_shell_call"]

LOCAL_SHELL_CALL_ITEM_TYPE_VALUES: set[LocalShellCallItemType] = {
    "local_shell_call",
}


def check_local_shell_call_item_type(value: str) -> LocalShellCallItemType:
    if value in LOCAL_SHELL_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOCAL_SHELL_CALL_ITEM_TYPE_VALUES!r}")
