from typing import Literal

CodeInterpreterCallStatus = Literal["completed", "failed", "in_progress", "incomplete", "interpreting"]

CODE_INTERPRETER_CALL_STATUS_VALUES: set[CodeInterpreterCallStatus] = {
    "completed",
    "failed",
    "in_progress",
    "incomplete",
    "interpreting",
}


def check_code_interpreter_call_status(value: str) -> CodeInterpreterCallStatus:
    if value in CODE_INTERPRETER_CALL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CODE_INTERPRETER_CALL_STATUS_VALUES!r}")
