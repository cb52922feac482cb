from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, UnknownItem, Unset, status_code_of

if TYPE_CHECKING:
    from ...models.a2a_preview_call_item import A2APreviewCallItem
    from ...models.a2a_preview_call_output_item import A2APreviewCallOutputItem
    from ...models.additional_tools_item import AdditionalToolsItem
    from ...models.agent_message_item import AgentMessageItem
    from ...models.api_error_response import ApiErrorResponse
    from ...models.apply_patch_call_item import ApplyPatchCallItem
    from ...models.apply_patch_call_output_item import ApplyPatchCallOutputItem
    from ...models.azure_ai_search_call_item import AzureAiSearchCallItem
    from ...models.azure_ai_search_call_output_item import AzureAiSearchCallOutputItem
    from ...models.azure_function_call_item import AzureFunctionCallItem
    from ...models.azure_function_call_output_item import AzureFunctionCallOutputItem
    from ...models.bing_custom_search_preview_call_item import BingCustomSearchPreviewCallItem
    from ...models.bing_custom_search_preview_call_output_item import BingCustomSearchPreviewCallOutputItem
    from ...models.bing_grounding_call_item import BingGroundingCallItem
    from ...models.bing_grounding_call_output_item import BingGroundingCallOutputItem
    from ...models.browser_automation_preview_call_item import BrowserAutomationPreviewCallItem
    from ...models.browser_automation_preview_call_output_item import BrowserAutomationPreviewCallOutputItem
    from ...models.code_interpreter_call_item import CodeInterpreterCallItem
    from ...models.compaction_item import CompactionItem
    from ...models.computer_call_item import ComputerCallItem
    from ...models.computer_call_output_item import ComputerCallOutputItem
    from ...models.configuration_update_item import ConfigurationUpdateItem
    from ...models.custom_tool_call_item import CustomToolCallItem
    from ...models.custom_tool_call_output_item import CustomToolCallOutputItem
    from ...models.fabric_dataagent_preview_call_item import FabricDataagentPreviewCallItem
    from ...models.fabric_dataagent_preview_call_output_item import FabricDataagentPreviewCallOutputItem
    from ...models.file_search_call_item import FileSearchCallItem
    from ...models.function_call_item import FunctionCallItem
    from ...models.function_call_output_item import FunctionCallOutputItem
    from ...models.image_generation_call_item import ImageGenerationCallItem
    from ...models.item_reference_item import ItemReferenceItem
    from ...models.local_shell_call_item import LocalShellCallItem
    from ...models.local_shell_call_output_item import LocalShellCallOutputItem
    from ...models.mcp_approval_request_item import McpApprovalRequestItem
    from ...models.mcp_approval_response_item import McpApprovalResponseItem
    from ...models.mcp_call_item import McpCallItem
    from ...models.mcp_list_tools_item import McpListToolsItem
    from ...models.memory_command_preview_call_item import MemoryCommandPreviewCallItem
    from ...models.memory_command_preview_call_output_item import MemoryCommandPreviewCallOutputItem
    from ...models.memory_search_call_item import MemorySearchCallItem
    from ...models.message_item import MessageItem
    from ...models.multi_agent_call_item import MultiAgentCallItem
    from ...models.multi_agent_call_output_item import MultiAgentCallOutputItem
    from ...models.oauth_consent_request_item import OauthConsentRequestItem
    from ...models.openapi_call_item import OpenapiCallItem
    from ...models.openapi_call_output_item import OpenapiCallOutputItem
    from ...models.output_message_item import OutputMessageItem
    from ...models.program_item import ProgramItem
    from ...models.program_output_item import ProgramOutputItem
    from ...models.reasoning_item import ReasoningItem
    from ...models.sharepoint_grounding_preview_call_item import SharepointGroundingPreviewCallItem
    from ...models.sharepoint_grounding_preview_call_output_item import SharepointGroundingPreviewCallOutputItem
    from ...models.shell_call_item import ShellCallItem
    from ...models.shell_call_output_item import ShellCallOutputItem
    from ...models.structured_outputs_item import StructuredOutputsItem
    from ...models.tool_search_call_item import ToolSearchCallItem
    from ...models.tool_search_output_item import ToolSearchOutputItem
    from ...models.web_search_call_item import WebSearchCallItem
    from ...models.workflow_action_item import WorkflowActionItem


_FORBIDDEN_SEGMENTS = frozenset({"", ".", ".."})


def _path_segment(value: str, name: str) -> str:
    """One percent-encoded path segment; refuses what would address another URL or smuggle control characters."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    if value in _FORBIDDEN_SEGMENTS:
        raise ValueError(f"{name} must not be {value!r}: it would address a different URL")
    if not value.isprintable() and any(ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F for ch in value):
        raise ValueError(f"{name} must not contain control characters")
    return quote(value, safe="")


def _header_value(value: str, name: str) -> str:
    """A header value that cannot forge another header: printable ASCII, no surrounding whitespace."""
    if not isinstance(value, str):
        raise TypeError(f"header {name} must be a str, got {type(value).__name__}")
    if not value or value != value.strip() or not value.isascii() or not value.isprintable():
        raise ValueError(
            f"header {name} must be non-empty printable ASCII without surrounding whitespace"
            " (no CR, LF or other control characters)"
        )
    return value


def _get_kwargs(
    conversation_id: str,
    item_id: str,
    *,
    x_ms_user_isolation_key: str | Unset = UNSET,
    x_ms_user_identity: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_ms_user_isolation_key, Unset):
        headers["x-ms-user-isolation-key"] = x_ms_user_isolation_key

    if not isinstance(x_ms_user_identity, Unset):
        headers["x-ms-user-identity"] = x_ms_user_identity

    for _name, _value in headers.items():
        headers[_name] = _header_value(_value, _name)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/openai/v1/conversations/{conversation_id}/items/{item_id}".format(
            conversation_id=_path_segment(conversation_id, "conversation_id"),
            item_id=_path_segment(item_id, "item_id"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    A2APreviewCallItem
    | A2APreviewCallOutputItem
    | AdditionalToolsItem
    | AgentMessageItem
    | ApplyPatchCallItem
    | ApplyPatchCallOutputItem
    | AzureAiSearchCallItem
    | AzureAiSearchCallOutputItem
    | AzureFunctionCallItem
    | AzureFunctionCallOutputItem
    | BingCustomSearchPreviewCallItem
    | BingCustomSearchPreviewCallOutputItem
    | BingGroundingCallItem
    | BingGroundingCallOutputItem
    | BrowserAutomationPreviewCallItem
    | BrowserAutomationPreviewCallOutputItem
    | CodeInterpreterCallItem
    | CompactionItem
    | ComputerCallItem
    | ComputerCallOutputItem
    | ConfigurationUpdateItem
    | CustomToolCallItem
    | CustomToolCallOutputItem
    | FabricDataagentPreviewCallItem
    | FabricDataagentPreviewCallOutputItem
    | FileSearchCallItem
    | FunctionCallItem
    | FunctionCallOutputItem
    | ImageGenerationCallItem
    | ItemReferenceItem
    | LocalShellCallItem
    | LocalShellCallOutputItem
    | McpApprovalRequestItem
    | McpApprovalResponseItem
    | McpCallItem
    | McpListToolsItem
    | MemoryCommandPreviewCallItem
    | MemoryCommandPreviewCallOutputItem
    | MemorySearchCallItem
    | MessageItem
    | MultiAgentCallItem
    | MultiAgentCallOutputItem
    | OauthConsentRequestItem
    | OpenapiCallItem
    | OpenapiCallOutputItem
    | OutputMessageItem
    | ProgramItem
    | ProgramOutputItem
    | ReasoningItem
    | SharepointGroundingPreviewCallItem
    | SharepointGroundingPreviewCallOutputItem
    | ShellCallItem
    | ShellCallOutputItem
    | StructuredOutputsItem
    | ToolSearchCallItem
    | ToolSearchOutputItem
    | WebSearchCallItem
    | WorkflowActionItem
    | ApiErrorResponse
    | UnknownItem
    | None
):
    if response.status_code == 200:
        try:
            _data = json.loads(response.content)
        except (ValueError, RecursionError) as exc:
            raise errors.ItemDecodeError(
                f"the {response.status_code} response body could not be parsed as JSON ({type(exc).__name__})",
                payload=response.content,
            ) from exc
        from conversation_items_client.types import discriminated_union

        def _parse_response_200(
            data: object,
        ) -> (
            A2APreviewCallItem
            | A2APreviewCallOutputItem
            | AdditionalToolsItem
            | AgentMessageItem
            | ApplyPatchCallItem
            | ApplyPatchCallOutputItem
            | AzureAiSearchCallItem
            | AzureAiSearchCallOutputItem
            | AzureFunctionCallItem
            | AzureFunctionCallOutputItem
            | BingCustomSearchPreviewCallItem
            | BingCustomSearchPreviewCallOutputItem
            | BingGroundingCallItem
            | BingGroundingCallOutputItem
            | BrowserAutomationPreviewCallItem
            | BrowserAutomationPreviewCallOutputItem
            | CodeInterpreterCallItem
            | CompactionItem
            | ComputerCallItem
            | ComputerCallOutputItem
            | ConfigurationUpdateItem
            | CustomToolCallItem
            | CustomToolCallOutputItem
            | FabricDataagentPreviewCallItem
            | FabricDataagentPreviewCallOutputItem
            | FileSearchCallItem
            | FunctionCallItem
            | FunctionCallOutputItem
            | ImageGenerationCallItem
            | ItemReferenceItem
            | LocalShellCallItem
            | LocalShellCallOutputItem
            | McpApprovalRequestItem
            | McpApprovalResponseItem
            | McpCallItem
            | McpListToolsItem
            | MemoryCommandPreviewCallItem
            | MemoryCommandPreviewCallOutputItem
            | MemorySearchCallItem
            | MessageItem
            | MultiAgentCallItem
            | MultiAgentCallOutputItem
            | OauthConsentRequestItem
            | OpenapiCallItem
            | OpenapiCallOutputItem
            | OutputMessageItem
            | ProgramItem
            | ProgramOutputItem
            | ReasoningItem
            | SharepointGroundingPreviewCallItem
            | SharepointGroundingPreviewCallOutputItem
            | ShellCallItem
            | ShellCallOutputItem
            | StructuredOutputsItem
            | ToolSearchCallItem
            | ToolSearchOutputItem
            | WebSearchCallItem
            | WorkflowActionItem
            | UnknownItem
        ):
            return discriminated_union(
                (
                    ("structured_outputs", "structured_outputs_item", "StructuredOutputsItem"),
                    ("workflow_action", "workflow_action_item", "WorkflowActionItem"),
                    ("oauth_consent_request", "oauth_consent_request_item", "OauthConsentRequestItem"),
                    ("bing_grounding_call", "bing_grounding_call_item", "BingGroundingCallItem"),
                    ("bing_grounding_call_output", "bing_grounding_call_output_item", "BingGroundingCallOutputItem"),
                    (
                        "sharepoint_grounding_preview_call",
                        "sharepoint_grounding_preview_call_item",
                        "SharepointGroundingPreviewCallItem",
                    ),
                    (
                        "sharepoint_grounding_preview_call_output",
                        "sharepoint_grounding_preview_call_output_item",
                        "SharepointGroundingPreviewCallOutputItem",
                    ),
                    ("azure_ai_search_call", "azure_ai_search_call_item", "AzureAiSearchCallItem"),
                    ("azure_ai_search_call_output", "azure_ai_search_call_output_item", "AzureAiSearchCallOutputItem"),
                    (
                        "bing_custom_search_preview_call",
                        "bing_custom_search_preview_call_item",
                        "BingCustomSearchPreviewCallItem",
                    ),
                    (
                        "bing_custom_search_preview_call_output",
                        "bing_custom_search_preview_call_output_item",
                        "BingCustomSearchPreviewCallOutputItem",
                    ),
                    ("openapi_call", "openapi_call_item", "OpenapiCallItem"),
                    ("openapi_call_output", "openapi_call_output_item", "OpenapiCallOutputItem"),
                    (
                        "browser_automation_preview_call",
                        "browser_automation_preview_call_item",
                        "BrowserAutomationPreviewCallItem",
                    ),
                    (
                        "browser_automation_preview_call_output",
                        "browser_automation_preview_call_output_item",
                        "BrowserAutomationPreviewCallOutputItem",
                    ),
                    (
                        "fabric_dataagent_preview_call",
                        "fabric_dataagent_preview_call_item",
                        "FabricDataagentPreviewCallItem",
                    ),
                    (
                        "fabric_dataagent_preview_call_output",
                        "fabric_dataagent_preview_call_output_item",
                        "FabricDataagentPreviewCallOutputItem",
                    ),
                    ("azure_function_call", "azure_function_call_item", "AzureFunctionCallItem"),
                    ("azure_function_call_output", "azure_function_call_output_item", "AzureFunctionCallOutputItem"),
                    ("a2a_preview_call", "a2a_preview_call_item", "A2APreviewCallItem"),
                    ("a2a_preview_call_output", "a2a_preview_call_output_item", "A2APreviewCallOutputItem"),
                    ("memory_search_call", "memory_search_call_item", "MemorySearchCallItem"),
                    ("memory_command_preview_call", "memory_command_preview_call_item", "MemoryCommandPreviewCallItem"),
                    (
                        "memory_command_preview_call_output",
                        "memory_command_preview_call_output_item",
                        "MemoryCommandPreviewCallOutputItem",
                    ),
                    ("output_message", "output_message_item", "OutputMessageItem"),
                    ("file_search_call", "file_search_call_item", "FileSearchCallItem"),
                    ("function_call", "function_call_item", "FunctionCallItem"),
                    ("function_call_output", "function_call_output_item", "FunctionCallOutputItem"),
                    ("web_search_call", "web_search_call_item", "WebSearchCallItem"),
                    ("computer_call", "computer_call_item", "ComputerCallItem"),
                    ("computer_call_output", "computer_call_output_item", "ComputerCallOutputItem"),
                    ("reasoning", "reasoning_item", "ReasoningItem"),
                    ("program", "program_item", "ProgramItem"),
                    ("program_output", "program_output_item", "ProgramOutputItem"),
                    ("tool_search_call", "tool_search_call_item", "ToolSearchCallItem"),
                    ("tool_search_output", "tool_search_output_item", "ToolSearchOutputItem"),
                    ("additional_tools", "additional_tools_item", "AdditionalToolsItem"),
                    ("compaction", "compaction_item", "CompactionItem"),
                    ("image_generation_call", "image_generation_call_item", "ImageGenerationCallItem"),
                    ("code_interpreter_call", "code_interpreter_call_item", "CodeInterpreterCallItem"),
                    ("local_shell_call", "local_shell_call_item", "LocalShellCallItem"),
                    ("local_shell_call_output", "local_shell_call_output_item", "LocalShellCallOutputItem"),
                    ("shell_call", "shell_call_item", "ShellCallItem"),
                    ("shell_call_output", "shell_call_output_item", "ShellCallOutputItem"),
                    ("apply_patch_call", "apply_patch_call_item", "ApplyPatchCallItem"),
                    ("apply_patch_call_output", "apply_patch_call_output_item", "ApplyPatchCallOutputItem"),
                    ("mcp_call", "mcp_call_item", "McpCallItem"),
                    ("mcp_list_tools", "mcp_list_tools_item", "McpListToolsItem"),
                    ("mcp_approval_request", "mcp_approval_request_item", "McpApprovalRequestItem"),
                    ("mcp_approval_response", "mcp_approval_response_item", "McpApprovalResponseItem"),
                    ("custom_tool_call", "custom_tool_call_item", "CustomToolCallItem"),
                    ("custom_tool_call_output", "custom_tool_call_output_item", "CustomToolCallOutputItem"),
                    ("message", "message_item", "MessageItem"),
                    ("item_reference", "item_reference_item", "ItemReferenceItem"),
                    ("configuration_update", "configuration_update_item", "ConfigurationUpdateItem"),
                    ("multi_agent_call", "multi_agent_call_item", "MultiAgentCallItem"),
                    ("multi_agent_call_output", "multi_agent_call_output_item", "MultiAgentCallOutputItem"),
                    ("agent_message", "agent_message_item", "AgentMessageItem"),
                )
            ).decode(data)

        response_200 = _parse_response_200(_data)

        return response_200
    if 400 <= response.status_code <= 499:
        try:
            from ...models.api_error_response import ApiErrorResponse

            _data = json.loads(response.content)
            response_4xx = ApiErrorResponse.from_dict(_data)

            return response_4xx
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
            return None  # not the documented error shape: the raw body stays in Response.content
    if 500 <= response.status_code <= 599:
        try:
            from ...models.api_error_response import ApiErrorResponse

            _data = json.loads(response.content)
            response_5xx = ApiErrorResponse.from_dict(_data)

            return response_5xx
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
            return None  # not the documented error shape: the raw body stays in Response.content
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    A2APreviewCallItem
    | A2APreviewCallOutputItem
    | AdditionalToolsItem
    | AgentMessageItem
    | ApplyPatchCallItem
    | ApplyPatchCallOutputItem
    | AzureAiSearchCallItem
    | AzureAiSearchCallOutputItem
    | AzureFunctionCallItem
    | AzureFunctionCallOutputItem
    | BingCustomSearchPreviewCallItem
    | BingCustomSearchPreviewCallOutputItem
    | BingGroundingCallItem
    | BingGroundingCallOutputItem
    | BrowserAutomationPreviewCallItem
    | BrowserAutomationPreviewCallOutputItem
    | CodeInterpreterCallItem
    | CompactionItem
    | ComputerCallItem
    | ComputerCallOutputItem
    | ConfigurationUpdateItem
    | CustomToolCallItem
    | CustomToolCallOutputItem
    | FabricDataagentPreviewCallItem
    | FabricDataagentPreviewCallOutputItem
    | FileSearchCallItem
    | FunctionCallItem
    | FunctionCallOutputItem
    | ImageGenerationCallItem
    | ItemReferenceItem
    | LocalShellCallItem
    | LocalShellCallOutputItem
    | McpApprovalRequestItem
    | McpApprovalResponseItem
    | McpCallItem
    | McpListToolsItem
    | MemoryCommandPreviewCallItem
    | MemoryCommandPreviewCallOutputItem
    | MemorySearchCallItem
    | MessageItem
    | MultiAgentCallItem
    | MultiAgentCallOutputItem
    | OauthConsentRequestItem
    | OpenapiCallItem
    | OpenapiCallOutputItem
    | OutputMessageItem
    | ProgramItem
    | ProgramOutputItem
    | ReasoningItem
    | SharepointGroundingPreviewCallItem
    | SharepointGroundingPreviewCallOutputItem
    | ShellCallItem
    | ShellCallOutputItem
    | StructuredOutputsItem
    | ToolSearchCallItem
    | ToolSearchOutputItem
    | WebSearchCallItem
    | WorkflowActionItem
    | ApiErrorResponse
    | UnknownItem
]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_ms_user_isolation_key: str | Unset = UNSET,
    x_ms_user_identity: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
) -> Response[
    A2APreviewCallItem
    | A2APreviewCallOutputItem
    | AdditionalToolsItem
    | AgentMessageItem
    | ApplyPatchCallItem
    | ApplyPatchCallOutputItem
    | AzureAiSearchCallItem
    | AzureAiSearchCallOutputItem
    | AzureFunctionCallItem
    | AzureFunctionCallOutputItem
    | BingCustomSearchPreviewCallItem
    | BingCustomSearchPreviewCallOutputItem
    | BingGroundingCallItem
    | BingGroundingCallOutputItem
    | BrowserAutomationPreviewCallItem
    | BrowserAutomationPreviewCallOutputItem
    | CodeInterpreterCallItem
    | CompactionItem
    | ComputerCallItem
    | ComputerCallOutputItem
    | ConfigurationUpdateItem
    | CustomToolCallItem
    | CustomToolCallOutputItem
    | FabricDataagentPreviewCallItem
    | FabricDataagentPreviewCallOutputItem
    | FileSearchCallItem
    | FunctionCallItem
    | FunctionCallOutputItem
    | ImageGenerationCallItem
    | ItemReferenceItem
    | LocalShellCallItem
    | LocalShellCallOutputItem
    | McpApprovalRequestItem
    | McpApprovalResponseItem
    | McpCallItem
    | McpListToolsItem
    | MemoryCommandPreviewCallItem
    | MemoryCommandPreviewCallOutputItem
    | MemorySearchCallItem
    | MessageItem
    | MultiAgentCallItem
    | MultiAgentCallOutputItem
    | OauthConsentRequestItem
    | OpenapiCallItem
    | OpenapiCallOutputItem
    | OutputMessageItem
    | ProgramItem
    | ProgramOutputItem
    | ReasoningItem
    | SharepointGroundingPreviewCallItem
    | SharepointGroundingPreviewCallOutputItem
    | ShellCallItem
    | ShellCallOutputItem
    | StructuredOutputsItem
    | ToolSearchCallItem
    | ToolSearchOutputItem
    | WebSearchCallItem
    | WorkflowActionItem
    | ApiErrorResponse
    | UnknownItem
]:
    """Get a conversation item

     Retrieves a specific item from the specified conversation.

    Args:
        conversation_id (str):
        item_id (str):
        x_ms_user_isolation_key (str | Unset):
        x_ms_user_identity (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[A2APreviewCallItem | A2APreviewCallOutputItem | AdditionalToolsItem | AgentMessageItem | ApplyPatchCallItem | ApplyPatchCallOutputItem | AzureAiSearchCallItem | AzureAiSearchCallOutputItem | AzureFunctionCallItem | AzureFunctionCallOutputItem | BingCustomSearchPreviewCallItem | BingCustomSearchPreviewCallOutputItem | BingGroundingCallItem | BingGroundingCallOutputItem | BrowserAutomationPreviewCallItem | BrowserAutomationPreviewCallOutputItem | CodeInterpreterCallItem | CompactionItem | ComputerCallItem | ComputerCallOutputItem | ConfigurationUpdateItem | CustomToolCallItem | CustomToolCallOutputItem | FabricDataagentPreviewCallItem | FabricDataagentPreviewCallOutputItem | FileSearchCallItem | FunctionCallItem | FunctionCallOutputItem | ImageGenerationCallItem | ItemReferenceItem | LocalShellCallItem | LocalShellCallOutputItem | McpApprovalRequestItem | McpApprovalResponseItem | McpCallItem | McpListToolsItem | MemoryCommandPreviewCallItem | MemoryCommandPreviewCallOutputItem | MemorySearchCallItem | MessageItem | MultiAgentCallItem | MultiAgentCallOutputItem | OauthConsentRequestItem | OpenapiCallItem | OpenapiCallOutputItem | OutputMessageItem | ProgramItem | ProgramOutputItem | ReasoningItem | SharepointGroundingPreviewCallItem | SharepointGroundingPreviewCallOutputItem | ShellCallItem | ShellCallOutputItem | StructuredOutputsItem | ToolSearchCallItem | ToolSearchOutputItem | WebSearchCallItem | WorkflowActionItem | ApiErrorResponse | UnknownItem]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        item_id=item_id,
        x_ms_user_isolation_key=x_ms_user_isolation_key,
        x_ms_user_identity=x_ms_user_identity,
    )

    if not isinstance(timeout, Unset):
        kwargs["timeout"] = timeout
    httpx_client = client.get_httpx_client()
    kwargs["url"] = client.absolute_url(kwargs["url"])
    response = httpx_client.request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_ms_user_isolation_key: str | Unset = UNSET,
    x_ms_user_identity: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
) -> (
    A2APreviewCallItem
    | A2APreviewCallOutputItem
    | AdditionalToolsItem
    | AgentMessageItem
    | ApplyPatchCallItem
    | ApplyPatchCallOutputItem
    | AzureAiSearchCallItem
    | AzureAiSearchCallOutputItem
    | AzureFunctionCallItem
    | AzureFunctionCallOutputItem
    | BingCustomSearchPreviewCallItem
    | BingCustomSearchPreviewCallOutputItem
    | BingGroundingCallItem
    | BingGroundingCallOutputItem
    | BrowserAutomationPreviewCallItem
    | BrowserAutomationPreviewCallOutputItem
    | CodeInterpreterCallItem
    | CompactionItem
    | ComputerCallItem
    | ComputerCallOutputItem
    | ConfigurationUpdateItem
    | CustomToolCallItem
    | CustomToolCallOutputItem
    | FabricDataagentPreviewCallItem
    | FabricDataagentPreviewCallOutputItem
    | FileSearchCallItem
    | FunctionCallItem
    | FunctionCallOutputItem
    | ImageGenerationCallItem
    | ItemReferenceItem
    | LocalShellCallItem
    | LocalShellCallOutputItem
    | McpApprovalRequestItem
    | McpApprovalResponseItem
    | McpCallItem
    | McpListToolsItem
    | MemoryCommandPreviewCallItem
    | MemoryCommandPreviewCallOutputItem
    | MemorySearchCallItem
    | MessageItem
    | MultiAgentCallItem
    | MultiAgentCallOutputItem
    | OauthConsentRequestItem
    | OpenapiCallItem
    | OpenapiCallOutputItem
    | OutputMessageItem
    | ProgramItem
    | ProgramOutputItem
    | ReasoningItem
    | SharepointGroundingPreviewCallItem
    | SharepointGroundingPreviewCallOutputItem
    | ShellCallItem
    | ShellCallOutputItem
    | StructuredOutputsItem
    | ToolSearchCallItem
    | ToolSearchOutputItem
    | WebSearchCallItem
    | WorkflowActionItem
    | ApiErrorResponse
    | UnknownItem
    | None
):
    """Get a conversation item

     Retrieves a specific item from the specified conversation.

    Args:
        conversation_id (str):
        item_id (str):
        x_ms_user_isolation_key (str | Unset):
        x_ms_user_identity (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        A2APreviewCallItem | A2APreviewCallOutputItem | AdditionalToolsItem | AgentMessageItem | ApplyPatchCallItem | ApplyPatchCallOutputItem | AzureAiSearchCallItem | AzureAiSearchCallOutputItem | AzureFunctionCallItem | AzureFunctionCallOutputItem | BingCustomSearchPreviewCallItem | BingCustomSearchPreviewCallOutputItem | BingGroundingCallItem | BingGroundingCallOutputItem | BrowserAutomationPreviewCallItem | BrowserAutomationPreviewCallOutputItem | CodeInterpreterCallItem | CompactionItem | ComputerCallItem | ComputerCallOutputItem | ConfigurationUpdateItem | CustomToolCallItem | CustomToolCallOutputItem | FabricDataagentPreviewCallItem | FabricDataagentPreviewCallOutputItem | FileSearchCallItem | FunctionCallItem | FunctionCallOutputItem | ImageGenerationCallItem | ItemReferenceItem | LocalShellCallItem | LocalShellCallOutputItem | McpApprovalRequestItem | McpApprovalResponseItem | McpCallItem | McpListToolsItem | MemoryCommandPreviewCallItem | MemoryCommandPreviewCallOutputItem | MemorySearchCallItem | MessageItem | MultiAgentCallItem | MultiAgentCallOutputItem | OauthConsentRequestItem | OpenapiCallItem | OpenapiCallOutputItem | OutputMessageItem | ProgramItem | ProgramOutputItem | ReasoningItem | SharepointGroundingPreviewCallItem | SharepointGroundingPreviewCallOutputItem | ShellCallItem | ShellCallOutputItem | StructuredOutputsItem | ToolSearchCallItem | ToolSearchOutputItem | WebSearchCallItem | WorkflowActionItem | ApiErrorResponse | UnknownItem
    """

    return sync_detailed(
        conversation_id=conversation_id,
        item_id=item_id,
        client=client,
        x_ms_user_isolation_key=x_ms_user_isolation_key,
        x_ms_user_identity=x_ms_user_identity,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_ms_user_isolation_key: str | Unset = UNSET,
    x_ms_user_identity: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
) -> Response[
    A2APreviewCallItem
    | A2APreviewCallOutputItem
    | AdditionalToolsItem
    | AgentMessageItem
    | ApplyPatchCallItem
    | ApplyPatchCallOutputItem
    | AzureAiSearchCallItem
    | AzureAiSearchCallOutputItem
    | AzureFunctionCallItem
    | AzureFunctionCallOutputItem
    | BingCustomSearchPreviewCallItem
    | BingCustomSearchPreviewCallOutputItem
    | BingGroundingCallItem
    | BingGroundingCallOutputItem
    | BrowserAutomationPreviewCallItem
    | BrowserAutomationPreviewCallOutputItem
    | CodeInterpreterCallItem
    | CompactionItem
    | ComputerCallItem
    | ComputerCallOutputItem
    | ConfigurationUpdateItem
    | CustomToolCallItem
    | CustomToolCallOutputItem
    | FabricDataagentPreviewCallItem
    | FabricDataagentPreviewCallOutputItem
    | FileSearchCallItem
    | FunctionCallItem
    | FunctionCallOutputItem
    | ImageGenerationCallItem
    | ItemReferenceItem
    | LocalShellCallItem
    | LocalShellCallOutputItem
    | McpApprovalRequestItem
    | McpApprovalResponseItem
    | McpCallItem
    | McpListToolsItem
    | MemoryCommandPreviewCallItem
    | MemoryCommandPreviewCallOutputItem
    | MemorySearchCallItem
    | MessageItem
    | MultiAgentCallItem
    | MultiAgentCallOutputItem
    | OauthConsentRequestItem
    | OpenapiCallItem
    | OpenapiCallOutputItem
    | OutputMessageItem
    | ProgramItem
    | ProgramOutputItem
    | ReasoningItem
    | SharepointGroundingPreviewCallItem
    | SharepointGroundingPreviewCallOutputItem
    | ShellCallItem
    | ShellCallOutputItem
    | StructuredOutputsItem
    | ToolSearchCallItem
    | ToolSearchOutputItem
    | WebSearchCallItem
    | WorkflowActionItem
    | ApiErrorResponse
    | UnknownItem
]:
    """Get a conversation item

     Retrieves a specific item from the specified conversation.

    Args:
        conversation_id (str):
        item_id (str):
        x_ms_user_isolation_key (str | Unset):
        x_ms_user_identity (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[A2APreviewCallItem | A2APreviewCallOutputItem | AdditionalToolsItem | AgentMessageItem | ApplyPatchCallItem | ApplyPatchCallOutputItem | AzureAiSearchCallItem | AzureAiSearchCallOutputItem | AzureFunctionCallItem | AzureFunctionCallOutputItem | BingCustomSearchPreviewCallItem | BingCustomSearchPreviewCallOutputItem | BingGroundingCallItem | BingGroundingCallOutputItem | BrowserAutomationPreviewCallItem | BrowserAutomationPreviewCallOutputItem | CodeInterpreterCallItem | CompactionItem | ComputerCallItem | ComputerCallOutputItem | ConfigurationUpdateItem | CustomToolCallItem | CustomToolCallOutputItem | FabricDataagentPreviewCallItem | FabricDataagentPreviewCallOutputItem | FileSearchCallItem | FunctionCallItem | FunctionCallOutputItem | ImageGenerationCallItem | ItemReferenceItem | LocalShellCallItem | LocalShellCallOutputItem | McpApprovalRequestItem | McpApprovalResponseItem | McpCallItem | McpListToolsItem | MemoryCommandPreviewCallItem | MemoryCommandPreviewCallOutputItem | MemorySearchCallItem | MessageItem | MultiAgentCallItem | MultiAgentCallOutputItem | OauthConsentRequestItem | OpenapiCallItem | OpenapiCallOutputItem | OutputMessageItem | ProgramItem | ProgramOutputItem | ReasoningItem | SharepointGroundingPreviewCallItem | SharepointGroundingPreviewCallOutputItem | ShellCallItem | ShellCallOutputItem | StructuredOutputsItem | ToolSearchCallItem | ToolSearchOutputItem | WebSearchCallItem | WorkflowActionItem | ApiErrorResponse | UnknownItem]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        item_id=item_id,
        x_ms_user_isolation_key=x_ms_user_isolation_key,
        x_ms_user_identity=x_ms_user_identity,
    )

    if not isinstance(timeout, Unset):
        kwargs["timeout"] = timeout
    httpx_client = client.get_async_httpx_client()
    kwargs["url"] = client.absolute_url(kwargs["url"], is_async=True)
    response = await httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_ms_user_isolation_key: str | Unset = UNSET,
    x_ms_user_identity: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
) -> (
    A2APreviewCallItem
    | A2APreviewCallOutputItem
    | AdditionalToolsItem
    | AgentMessageItem
    | ApplyPatchCallItem
    | ApplyPatchCallOutputItem
    | AzureAiSearchCallItem
    | AzureAiSearchCallOutputItem
    | AzureFunctionCallItem
    | AzureFunctionCallOutputItem
    | BingCustomSearchPreviewCallItem
    | BingCustomSearchPreviewCallOutputItem
    | BingGroundingCallItem
    | BingGroundingCallOutputItem
    | BrowserAutomationPreviewCallItem
    | BrowserAutomationPreviewCallOutputItem
    | CodeInterpreterCallItem
    | CompactionItem
    | ComputerCallItem
    | ComputerCallOutputItem
    | ConfigurationUpdateItem
    | CustomToolCallItem
    | CustomToolCallOutputItem
    | FabricDataagentPreviewCallItem
    | FabricDataagentPreviewCallOutputItem
    | FileSearchCallItem
    | FunctionCallItem
    | FunctionCallOutputItem
    | ImageGenerationCallItem
    | ItemReferenceItem
    | LocalShellCallItem
    | LocalShellCallOutputItem
    | McpApprovalRequestItem
    | McpApprovalResponseItem
    | McpCallItem
    | McpListToolsItem
    | MemoryCommandPreviewCallItem
    | MemoryCommandPreviewCallOutputItem
    | MemorySearchCallItem
    | MessageItem
    | MultiAgentCallItem
    | MultiAgentCallOutputItem
    | OauthConsentRequestItem
    | OpenapiCallItem
    | OpenapiCallOutputItem
    | OutputMessageItem
    | ProgramItem
    | ProgramOutputItem
    | ReasoningItem
    | SharepointGroundingPreviewCallItem
    | SharepointGroundingPreviewCallOutputItem
    | ShellCallItem
    | ShellCallOutputItem
    | StructuredOutputsItem
    | ToolSearchCallItem
    | ToolSearchOutputItem
    | WebSearchCallItem
    | WorkflowActionItem
    | ApiErrorResponse
    | UnknownItem
    | None
):
    """Get a conversation item

     Retrieves a specific item from the specified conversation.

    Args:
        conversation_id (str):
        item_id (str):
        x_ms_user_isolation_key (str | Unset):
        x_ms_user_identity (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        A2APreviewCallItem | A2APreviewCallOutputItem | AdditionalToolsItem | AgentMessageItem | ApplyPatchCallItem | ApplyPatchCallOutputItem | AzureAiSearchCallItem | AzureAiSearchCallOutputItem | AzureFunctionCallItem | AzureFunctionCallOutputItem | BingCustomSearchPreviewCallItem | BingCustomSearchPreviewCallOutputItem | BingGroundingCallItem | BingGroundingCallOutputItem | BrowserAutomationPreviewCallItem | BrowserAutomationPreviewCallOutputItem | CodeInterpreterCallItem | CompactionItem | ComputerCallItem | ComputerCallOutputItem | ConfigurationUpdateItem | CustomToolCallItem | CustomToolCallOutputItem | FabricDataagentPreviewCallItem | FabricDataagentPreviewCallOutputItem | FileSearchCallItem | FunctionCallItem | FunctionCallOutputItem | ImageGenerationCallItem | ItemReferenceItem | LocalShellCallItem | LocalShellCallOutputItem | McpApprovalRequestItem | McpApprovalResponseItem | McpCallItem | McpListToolsItem | MemoryCommandPreviewCallItem | MemoryCommandPreviewCallOutputItem | MemorySearchCallItem | MessageItem | MultiAgentCallItem | MultiAgentCallOutputItem | OauthConsentRequestItem | OpenapiCallItem | OpenapiCallOutputItem | OutputMessageItem | ProgramItem | ProgramOutputItem | ReasoningItem | SharepointGroundingPreviewCallItem | SharepointGroundingPreviewCallOutputItem | ShellCallItem | ShellCallOutputItem | StructuredOutputsItem | ToolSearchCallItem | ToolSearchOutputItem | WebSearchCallItem | WorkflowActionItem | ApiErrorResponse | UnknownItem
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            item_id=item_id,
            client=client,
            x_ms_user_isolation_key=x_ms_user_isolation_key,
            x_ms_user_identity=x_ms_user_identity,
            timeout=timeout,
        )
    ).parsed
