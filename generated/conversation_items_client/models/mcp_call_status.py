from typing import Literal

McpCallStatus = Literal["calling", "completed", "failed", "in_progress", "incomplete"]

MCP_CALL_STATUS_VALUES: set[McpCallStatus] = {
    "calling",
    "completed",
    "failed",
    "in_progress",
    "incomplete",
}


def check_mcp_call_status(value: str) -> McpCallStatus:
    if value in MCP_CALL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MCP_CALL_STATUS_VALUES!r}")
