from typing import Literal

CodeInterpreterCallItemType = Literal["code_interpreter_call"]

CODE_INTERPRETER_CALL_ITEM_TYPE_VALUES: set[CodeInterpreterCallItemType] = {
    "code_interpreter_call",
}


def check_code_interpreter_call_item_type(value: str) -> CodeInterpreterCallItemType:
    if value in CODE_INTERPRETER_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CODE_INTERPRETER_CALL_ITEM_TYPE_VALUES!r}")
