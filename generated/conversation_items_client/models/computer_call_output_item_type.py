from typing import Literal

ComputerCallOutputItemType = Literal["computer_call_output"]

COMPUTER_CALL_OUTPUT_ITEM_TYPE_VALUES: set[ComputerCallOutputItemType] = {
    "computer_call_output",
}


def check_computer_call_output_item_type(value: str) -> ComputerCallOutputItemType:
    if value in COMPUTER_CALL_OUTPUT_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPUTER_CALL_OUTPUT_ITEM_TYPE_VALUES!r}")
