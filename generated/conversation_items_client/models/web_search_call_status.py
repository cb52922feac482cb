from typing import Literal

WebSearchCallStatus = Literal["completed", "failed", "in_progress", "incomplete", "searching"]

WEB_SEARCH_CALL_STATUS_VALUES: set[WebSearchCallStatus] = {
    "completed",
    "failed",
    "in_progress",
    "incomplete",
    "searching",
}


def check_web_search_call_status(value: str) -> WebSearchCallStatus:
    if value in WEB_SEARCH_CALL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_CALL_STATUS_VALUES!r}")
