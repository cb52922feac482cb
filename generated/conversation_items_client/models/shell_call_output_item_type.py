from typing import Literal

ShellCallOutputItemType = Literal["shell_call_output"]

SHELL_CALL_OUTPUT_ITEM_TYPE_VALUES: set[ShellCallOutputItemType] = {
    "shell_call_output",
}


def check_shell_call_output_item_type(value: str) -> ShellCallOutputItemType:
    if value in SHELL_CALL_OUTPUT_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SHELL_CALL_OUTPUT_ITEM_TYPE_VALUES!r}")
