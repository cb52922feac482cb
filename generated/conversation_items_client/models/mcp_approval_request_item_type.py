from typing import Literal

McpApprovalRequestItemType = Literal["mcp_approval_request"]

MCP_APPROVAL_REQUEST_ITEM_TYPE_VALUES: set[McpApprovalRequestItemType] = {
    "mcp_approval_request",
}


def check_mcp_approval_request_item_type(value: str) -> McpApprovalRequestItemType:
    if value in MCP_APPROVAL_REQUEST_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MCP_APPROVAL_REQUEST_ITEM_TYPE_VALUES!r}")
