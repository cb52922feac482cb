from typing import Literal

ShellCallItemType = Literal["shell_call"]

SHELL_CALL_ITEM_TYPE_VALUES: set[ShellCallItemType] = {
    "shell_call",
}


def check_shell_call_item_type(value: str) -> ShellCallItemType:
    if value in SHELL_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SHELL_CALL_ITEM_TYPE_VALUES!r}")
