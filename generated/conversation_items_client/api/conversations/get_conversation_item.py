from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, RawResponse, RequestParts, Response, UnknownItem, Unset, status_code_of

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
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
    from ...models.include_enum import IncludeEnum
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
    from ...models.remote_function_call_item import RemoteFunctionCallItem
    from ...models.remote_function_call_output_item import RemoteFunctionCallOutputItem
    from ...models.sharepoint_grounding_preview_call_item import SharepointGroundingPreviewCallItem
    from ...models.sharepoint_grounding_preview_call_output_item import SharepointGroundingPreviewCallOutputItem
    from ...models.shell_call_item import ShellCallItem
    from ...models.shell_call_output_item import ShellCallOutputItem
    from ...models.structured_outputs_item import StructuredOutputsItem
    from ...models.tool_search_call_item import ToolSearchCallItem
    from ...models.tool_search_output_item import ToolSearchOutputItem
    from ...models.web_search_call_item import WebSearchCallItem
    from ...models.workflow_action_item import WorkflowActionItem
    from ...types import UNSET, Unset


def _get_kwargs(
    conversation_id: str,
    item_id: str,
    *,
    include: list[IncludeEnum | str] | Unset = UNSET,
    x_ms_user_isolation_key: str | Unset = UNSET,
    x_ms_user_identity: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_ms_user_isolation_key, Unset):
        headers["x-ms-user-isolation-key"] = x_ms_user_isolation_key

    if not isinstance(x_ms_user_identity, Unset):
        headers["x-ms-user-identity"] = x_ms_user_identity

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str
            if isinstance(include_item_data, str):
                include_item = include_item_data
            else:
                include_item = include_item_data
            json_include.append(include_item)

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/openai/v1/conversations/{conversation_id}/items/{item_id}".format(
            conversation_id=quote(str(conversation_id), safe=""),
            item_id=quote(str(item_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | None, response: httpx.Response | RawResponse
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
    | RemoteFunctionCallItem
    | RemoteFunctionCallOutputItem
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
            _data = response.json()
        except (ValueError, RecursionError) as exc:
            raise errors.ItemDecodeError(
                f"the {response.status_code} response body could not be parsed as JSON ({type(exc).__name__})",
                payload=response.content,
            ) from exc
        from conversation_items_client.models import ITEM_TYPES

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
            | RemoteFunctionCallItem
            | RemoteFunctionCallOutputItem
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
            item: (
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
                | RemoteFunctionCallItem
                | RemoteFunctionCallOutputItem
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
            ) = ITEM_TYPES.decode(data)  # one of the members, by `type`
            return item

        response_200 = _parse_response_200(_data)

        return response_200
    if 400 <= response.status_code <= 499:
        try:
            from ...models.api_error_response import ApiErrorResponse

            _data = response.json()
        except (ValueError, RecursionError):
            return None
        try:
            response_4xx = ApiErrorResponse.from_dict(_data)

            return response_4xx
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
            return None
    if 500 <= response.status_code <= 599:
        try:
            from ...models.api_error_response import ApiErrorResponse

            _data = response.json()
        except (ValueError, RecursionError):
            return None
        try:
            response_5xx = ApiErrorResponse.from_dict(_data)

            return response_5xx
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
            return None
    if client is not None and client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client | None, response: httpx.Response | RawResponse
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
    | RemoteFunctionCallItem
    | RemoteFunctionCallOutputItem
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


def build_request(
    conversation_id: str,
    item_id: str,
    *,
    include: list[IncludeEnum | str] | Unset = UNSET,
    x_ms_user_isolation_key: str | Unset = UNSET,
    x_ms_user_identity: str | Unset = UNSET,
) -> RequestParts:
    """This operation's request from typed arguments, without sending it: method, path (ids percent-encoded, to be
    appended to the base URL), query parameters and headers."""
    return RequestParts.from_kwargs(
        _get_kwargs(
            conversation_id=conversation_id,
            item_id=item_id,
            include=include,
            x_ms_user_isolation_key=x_ms_user_isolation_key,
            x_ms_user_identity=x_ms_user_identity,
        )
    )


def parse_response(
    *, status_code: int, headers: Mapping[str, str], content: bytes
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
    | RemoteFunctionCallItem
    | RemoteFunctionCallOutputItem
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
    """This operation's response decoded from what was received (no I/O): `parsed` is the typed body for a
    documented status, else None."""
    return _build_response(client=None, response=RawResponse(status_code=status_code, headers=headers, content=content))


def sync_detailed(
    conversation_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[IncludeEnum | str] | Unset = UNSET,
    x_ms_user_isolation_key: str | Unset = UNSET,
    x_ms_user_identity: str | Unset = UNSET,
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
    | RemoteFunctionCallItem
    | RemoteFunctionCallOutputItem
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
        include (list[IncludeEnum | str] | Unset):
        x_ms_user_isolation_key (str | Unset):
        x_ms_user_identity (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[A2APreviewCallItem | A2APreviewCallOutputItem | AdditionalToolsItem | AgentMessageItem | ApplyPatchCallItem | ApplyPatchCallOutputItem | AzureAiSearchCallItem | AzureAiSearchCallOutputItem | AzureFunctionCallItem | AzureFunctionCallOutputItem | BingCustomSearchPreviewCallItem | BingCustomSearchPreviewCallOutputItem | BingGroundingCallItem | BingGroundingCallOutputItem | BrowserAutomationPreviewCallItem | BrowserAutomationPreviewCallOutputItem | CodeInterpreterCallItem | CompactionItem | ComputerCallItem | ComputerCallOutputItem | ConfigurationUpdateItem | CustomToolCallItem | CustomToolCallOutputItem | FabricDataagentPreviewCallItem | FabricDataagentPreviewCallOutputItem | FileSearchCallItem | FunctionCallItem | FunctionCallOutputItem | ImageGenerationCallItem | ItemReferenceItem | LocalShellCallItem | LocalShellCallOutputItem | McpApprovalRequestItem | McpApprovalResponseItem | McpCallItem | McpListToolsItem | MemoryCommandPreviewCallItem | MemoryCommandPreviewCallOutputItem | MemorySearchCallItem | MessageItem | MultiAgentCallItem | MultiAgentCallOutputItem | OauthConsentRequestItem | OpenapiCallItem | OpenapiCallOutputItem | OutputMessageItem | ProgramItem | ProgramOutputItem | ReasoningItem | RemoteFunctionCallItem | RemoteFunctionCallOutputItem | SharepointGroundingPreviewCallItem | SharepointGroundingPreviewCallOutputItem | ShellCallItem | ShellCallOutputItem | StructuredOutputsItem | ToolSearchCallItem | ToolSearchOutputItem | WebSearchCallItem | WorkflowActionItem | ApiErrorResponse | UnknownItem]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        item_id=item_id,
        include=include,
        x_ms_user_isolation_key=x_ms_user_isolation_key,
        x_ms_user_identity=x_ms_user_identity,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[IncludeEnum | str] | Unset = UNSET,
    x_ms_user_isolation_key: str | Unset = UNSET,
    x_ms_user_identity: str | Unset = UNSET,
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
    | RemoteFunctionCallItem
    | RemoteFunctionCallOutputItem
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
        include (list[IncludeEnum | str] | Unset):
        x_ms_user_isolation_key (str | Unset):
        x_ms_user_identity (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        A2APreviewCallItem | A2APreviewCallOutputItem | AdditionalToolsItem | AgentMessageItem | ApplyPatchCallItem | ApplyPatchCallOutputItem | AzureAiSearchCallItem | AzureAiSearchCallOutputItem | AzureFunctionCallItem | AzureFunctionCallOutputItem | BingCustomSearchPreviewCallItem | BingCustomSearchPreviewCallOutputItem | BingGroundingCallItem | BingGroundingCallOutputItem | BrowserAutomationPreviewCallItem | BrowserAutomationPreviewCallOutputItem | CodeInterpreterCallItem | CompactionItem | ComputerCallItem | ComputerCallOutputItem | ConfigurationUpdateItem | CustomToolCallItem | CustomToolCallOutputItem | FabricDataagentPreviewCallItem | FabricDataagentPreviewCallOutputItem | FileSearchCallItem | FunctionCallItem | FunctionCallOutputItem | ImageGenerationCallItem | ItemReferenceItem | LocalShellCallItem | LocalShellCallOutputItem | McpApprovalRequestItem | McpApprovalResponseItem | McpCallItem | McpListToolsItem | MemoryCommandPreviewCallItem | MemoryCommandPreviewCallOutputItem | MemorySearchCallItem | MessageItem | MultiAgentCallItem | MultiAgentCallOutputItem | OauthConsentRequestItem | OpenapiCallItem | OpenapiCallOutputItem | OutputMessageItem | ProgramItem | ProgramOutputItem | ReasoningItem | RemoteFunctionCallItem | RemoteFunctionCallOutputItem | SharepointGroundingPreviewCallItem | SharepointGroundingPreviewCallOutputItem | ShellCallItem | ShellCallOutputItem | StructuredOutputsItem | ToolSearchCallItem | ToolSearchOutputItem | WebSearchCallItem | WorkflowActionItem | ApiErrorResponse | UnknownItem
    """

    return sync_detailed(
        conversation_id=conversation_id,
        item_id=item_id,
        client=client,
        include=include,
        x_ms_user_isolation_key=x_ms_user_isolation_key,
        x_ms_user_identity=x_ms_user_identity,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[IncludeEnum | str] | Unset = UNSET,
    x_ms_user_isolation_key: str | Unset = UNSET,
    x_ms_user_identity: str | Unset = UNSET,
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
    | RemoteFunctionCallItem
    | RemoteFunctionCallOutputItem
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
        include (list[IncludeEnum | str] | Unset):
        x_ms_user_isolation_key (str | Unset):
        x_ms_user_identity (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[A2APreviewCallItem | A2APreviewCallOutputItem | AdditionalToolsItem | AgentMessageItem | ApplyPatchCallItem | ApplyPatchCallOutputItem | AzureAiSearchCallItem | AzureAiSearchCallOutputItem | AzureFunctionCallItem | AzureFunctionCallOutputItem | BingCustomSearchPreviewCallItem | BingCustomSearchPreviewCallOutputItem | BingGroundingCallItem | BingGroundingCallOutputItem | BrowserAutomationPreviewCallItem | BrowserAutomationPreviewCallOutputItem | CodeInterpreterCallItem | CompactionItem | ComputerCallItem | ComputerCallOutputItem | ConfigurationUpdateItem | CustomToolCallItem | CustomToolCallOutputItem | FabricDataagentPreviewCallItem | FabricDataagentPreviewCallOutputItem | FileSearchCallItem | FunctionCallItem | FunctionCallOutputItem | ImageGenerationCallItem | ItemReferenceItem | LocalShellCallItem | LocalShellCallOutputItem | McpApprovalRequestItem | McpApprovalResponseItem | McpCallItem | McpListToolsItem | MemoryCommandPreviewCallItem | MemoryCommandPreviewCallOutputItem | MemorySearchCallItem | MessageItem | MultiAgentCallItem | MultiAgentCallOutputItem | OauthConsentRequestItem | OpenapiCallItem | OpenapiCallOutputItem | OutputMessageItem | ProgramItem | ProgramOutputItem | ReasoningItem | RemoteFunctionCallItem | RemoteFunctionCallOutputItem | SharepointGroundingPreviewCallItem | SharepointGroundingPreviewCallOutputItem | ShellCallItem | ShellCallOutputItem | StructuredOutputsItem | ToolSearchCallItem | ToolSearchOutputItem | WebSearchCallItem | WorkflowActionItem | ApiErrorResponse | UnknownItem]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        item_id=item_id,
        include=include,
        x_ms_user_isolation_key=x_ms_user_isolation_key,
        x_ms_user_identity=x_ms_user_identity,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[IncludeEnum | str] | Unset = UNSET,
    x_ms_user_isolation_key: str | Unset = UNSET,
    x_ms_user_identity: str | Unset = UNSET,
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
    | RemoteFunctionCallItem
    | RemoteFunctionCallOutputItem
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
        include (list[IncludeEnum | str] | Unset):
        x_ms_user_isolation_key (str | Unset):
        x_ms_user_identity (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        A2APreviewCallItem | A2APreviewCallOutputItem | AdditionalToolsItem | AgentMessageItem | ApplyPatchCallItem | ApplyPatchCallOutputItem | AzureAiSearchCallItem | AzureAiSearchCallOutputItem | AzureFunctionCallItem | AzureFunctionCallOutputItem | BingCustomSearchPreviewCallItem | BingCustomSearchPreviewCallOutputItem | BingGroundingCallItem | BingGroundingCallOutputItem | BrowserAutomationPreviewCallItem | BrowserAutomationPreviewCallOutputItem | CodeInterpreterCallItem | CompactionItem | ComputerCallItem | ComputerCallOutputItem | ConfigurationUpdateItem | CustomToolCallItem | CustomToolCallOutputItem | FabricDataagentPreviewCallItem | FabricDataagentPreviewCallOutputItem | FileSearchCallItem | FunctionCallItem | FunctionCallOutputItem | ImageGenerationCallItem | ItemReferenceItem | LocalShellCallItem | LocalShellCallOutputItem | McpApprovalRequestItem | McpApprovalResponseItem | McpCallItem | McpListToolsItem | MemoryCommandPreviewCallItem | MemoryCommandPreviewCallOutputItem | MemorySearchCallItem | MessageItem | MultiAgentCallItem | MultiAgentCallOutputItem | OauthConsentRequestItem | OpenapiCallItem | OpenapiCallOutputItem | OutputMessageItem | ProgramItem | ProgramOutputItem | ReasoningItem | RemoteFunctionCallItem | RemoteFunctionCallOutputItem | SharepointGroundingPreviewCallItem | SharepointGroundingPreviewCallOutputItem | ShellCallItem | ShellCallOutputItem | StructuredOutputsItem | ToolSearchCallItem | ToolSearchOutputItem | WebSearchCallItem | WorkflowActionItem | ApiErrorResponse | UnknownItem
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            item_id=item_id,
            client=client,
            include=include,
            x_ms_user_isolation_key=x_ms_user_isolation_key,
            x_ms_user_identity=x_ms_user_identity,
        )
    ).parsed
