from typing import Literal

FileSearchCallStatus = Literal["completed", "failed", "in_progress", "incomplete", "searching"]

FILE_SEARCH_CALL_STATUS_VALUES: set[FileSearchCallStatus] = {
    "completed",
    "failed",
    "in_progress",
    "incomplete",
    "searching",
}


def check_file_search_call_status(value: str) -> FileSearchCallStatus:
    if value in FILE_SEARCH_CALL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FILE_SEARCH_CALL_STATUS_VALUES!r}")
