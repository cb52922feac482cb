from typing import Literal

ComputerCallItemType = Literal["computer_call"]

COMPUTER_CALL_ITEM_TYPE_VALUES: set[ComputerCallItemType] = {
    "computer_call",
}


def check_computer_call_item_type(value: str) -> ComputerCallItemType:
    if value in COMPUTER_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPUTER_CALL_ITEM_TYPE_VALUES!r}")
