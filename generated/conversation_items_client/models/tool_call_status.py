from typing import Literal

ToolCallStatus = Literal["completed", "failed", "in_progress", "incomplete"]

TOOL_CALL_STATUS_VALUES: set[ToolCallStatus] = {
    "completed",
    "failed",
    "in_progress",
    "incomplete",
}


def check_tool_call_status(value: str) -> ToolCallStatus:
    if value in TOOL_CALL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOOL_CALL_STATUS_VALUES!r}")
