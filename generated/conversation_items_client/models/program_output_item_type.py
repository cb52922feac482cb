from typing import Literal

ProgramOutputItemType = Literal["program_output"]

PROGRAM_OUTPUT_ITEM_TYPE_VALUES: set[ProgramOutputItemType] = {
    "program_output",
}


def check_program_output_item_type(value: str) -> ProgramOutputItemType:
    if value in PROGRAM_OUTPUT_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROGRAM_OUTPUT_ITEM_TYPE_VALUES!r}")
