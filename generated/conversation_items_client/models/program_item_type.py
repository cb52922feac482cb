from typing import Literal

ProgramItemType = Literal["program"]

PROGRAM_ITEM_TYPE_VALUES: set[ProgramItemType] = {
    "program",
}


def check_program_item_type(value: str) -> ProgramItemType:
    if value in PROGRAM_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROGRAM_ITEM_TYPE_VALUES!r}")
