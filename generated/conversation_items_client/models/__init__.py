"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any, Union

from ..types import DiscriminatedUnion, UnknownItem

if TYPE_CHECKING:
    from typing import TypeAlias

    from .a2a_preview_call_item import A2APreviewCallItem
    from .a2a_preview_call_item_type import A2APreviewCallItemType
    from .a2a_preview_call_output_item import A2APreviewCallOutputItem
    from .a2a_preview_call_output_item_type import A2APreviewCallOutputItemType
    from .additional_tools_item import AdditionalToolsItem
    from .additional_tools_item_type import AdditionalToolsItemType
    from .agent_message_content import AgentMessageContent
    from .agent_message_content_type import AgentMessageContentType
    from .agent_message_item import AgentMessageItem
    from .agent_message_item_type import AgentMessageItemType
    from .agent_reference import AgentReference
    from .annotation import Annotation
    from .api_error import ApiError
    from .api_error_response import ApiErrorResponse
    from .apply_patch_call_item import ApplyPatchCallItem
    from .apply_patch_call_item_type import ApplyPatchCallItemType
    from .apply_patch_call_output_item import ApplyPatchCallOutputItem
    from .apply_patch_call_output_item_type import ApplyPatchCallOutputItemType
    from .apply_patch_call_output_status import ApplyPatchCallOutputStatus
    from .apply_patch_call_status import ApplyPatchCallStatus
    from .apply_patch_operation import ApplyPatchOperation
    from .azure_ai_search_call_item import AzureAiSearchCallItem
    from .azure_ai_search_call_item_type import AzureAiSearchCallItemType
    from .azure_ai_search_call_output_item import AzureAiSearchCallOutputItem
    from .azure_ai_search_call_output_item_type import AzureAiSearchCallOutputItemType
    from .azure_function_call_item import AzureFunctionCallItem
    from .azure_function_call_item_type import AzureFunctionCallItemType
    from .azure_function_call_output_item import AzureFunctionCallOutputItem
    from .azure_function_call_output_item_type import AzureFunctionCallOutputItemType
    from .beta_agent_tag import BetaAgentTag
    from .beta_annotation import BetaAnnotation
    from .beta_annotation_type import BetaAnnotationType
    from .beta_multi_agent_action import BetaMultiAgentAction
    from .beta_output_text_content import BetaOutputTextContent
    from .beta_output_text_content_type import BetaOutputTextContentType
    from .beta_prompt_cache_breakpoint_config import BetaPromptCacheBreakpointConfig
    from .beta_prompt_cache_breakpoint_config_mode import BetaPromptCacheBreakpointConfigMode
    from .bing_custom_search_preview_call_item import BingCustomSearchPreviewCallItem
    from .bing_custom_search_preview_call_item_type import BingCustomSearchPreviewCallItemType
    from .bing_custom_search_preview_call_output_item import BingCustomSearchPreviewCallOutputItem
    from .bing_custom_search_preview_call_output_item_type import BingCustomSearchPreviewCallOutputItemType
    from .bing_grounding_call_item import BingGroundingCallItem
    from .bing_grounding_call_item_type import BingGroundingCallItemType
    from .bing_grounding_call_output_item import BingGroundingCallOutputItem
    from .bing_grounding_call_output_item_type import BingGroundingCallOutputItemType
    from .browser_automation_preview_call_item import BrowserAutomationPreviewCallItem
    from .browser_automation_preview_call_item_type import BrowserAutomationPreviewCallItemType
    from .browser_automation_preview_call_output_item import BrowserAutomationPreviewCallOutputItem
    from .browser_automation_preview_call_output_item_type import BrowserAutomationPreviewCallOutputItemType
    from .click_button_type import ClickButtonType
    from .code_interpreter_call_item import CodeInterpreterCallItem
    from .code_interpreter_call_item_type import CodeInterpreterCallItemType
    from .code_interpreter_call_status import CodeInterpreterCallStatus
    from .code_interpreter_output import CodeInterpreterOutput
    from .compaction_item import CompactionItem
    from .compaction_item_type import CompactionItemType
    from .computer_action import ComputerAction
    from .computer_call_item import ComputerCallItem
    from .computer_call_item_type import ComputerCallItemType
    from .computer_call_output_item import ComputerCallOutputItem
    from .computer_call_output_item_type import ComputerCallOutputItemType
    from .computer_call_output_status import ComputerCallOutputStatus
    from .computer_screenshot import ComputerScreenshot
    from .configuration_update_item import ConfigurationUpdateItem
    from .configuration_update_item_type import ConfigurationUpdateItemType
    from .configuration_update_reasoning import ConfigurationUpdateReasoning
    from .configuration_update_text import ConfigurationUpdateText
    from .content_part import ContentPart
    from .conversation_item_list import ConversationItemList
    from .coordinate import Coordinate
    from .custom_tool_call_item import CustomToolCallItem
    from .custom_tool_call_item_type import CustomToolCallItemType
    from .custom_tool_call_output_item import CustomToolCallOutputItem
    from .custom_tool_call_output_item_type import CustomToolCallOutputItemType
    from .environment_variables import EnvironmentVariables
    from .fabric_dataagent_preview_call_item import FabricDataagentPreviewCallItem
    from .fabric_dataagent_preview_call_item_type import FabricDataagentPreviewCallItemType
    from .fabric_dataagent_preview_call_output_item import FabricDataagentPreviewCallOutputItem
    from .fabric_dataagent_preview_call_output_item_type import FabricDataagentPreviewCallOutputItemType
    from .file_search_call_item import FileSearchCallItem
    from .file_search_call_item_type import FileSearchCallItemType
    from .file_search_call_status import FileSearchCallStatus
    from .file_search_result import FileSearchResult
    from .function_call_item import FunctionCallItem
    from .function_call_item_type import FunctionCallItemType
    from .function_call_output_item import FunctionCallOutputItem
    from .function_call_output_item_type import FunctionCallOutputItemType
    from .image_detail import ImageDetail
    from .image_generation_action import ImageGenerationAction
    from .image_generation_background import ImageGenerationBackground
    from .image_generation_call_error import ImageGenerationCallError
    from .image_generation_call_item import ImageGenerationCallItem
    from .image_generation_call_item_type import ImageGenerationCallItemType
    from .image_generation_call_status import ImageGenerationCallStatus
    from .image_generation_output_format import ImageGenerationOutputFormat
    from .image_generation_quality import ImageGenerationQuality
    from .image_generation_size import ImageGenerationSize
    from .image_generation_svg_usage import ImageGenerationSvgUsage
    from .image_moderation_details import ImageModerationDetails
    from .image_moderation_stage import ImageModerationStage
    from .include_enum import IncludeEnum
    from .item_reference_item import ItemReferenceItem
    from .item_reference_item_type import ItemReferenceItemType
    from .item_status import ItemStatus
    from .local_shell_call_item import LocalShellCallItem
    from .local_shell_call_item_type import LocalShellCallItemType
    from .local_shell_call_output_item import LocalShellCallOutputItem
    from .local_shell_call_output_item_type import LocalShellCallOutputItemType
    from .local_shell_exec_action import LocalShellExecAction
    from .log_prob import LogProb
    from .mcp_approval_request_item import McpApprovalRequestItem
    from .mcp_approval_request_item_type import McpApprovalRequestItemType
    from .mcp_approval_response_item import McpApprovalResponseItem
    from .mcp_approval_response_item_type import McpApprovalResponseItemType
    from .mcp_call_item import McpCallItem
    from .mcp_call_item_type import McpCallItemType
    from .mcp_call_status import McpCallStatus
    from .mcp_error import McpError
    from .mcp_list_tools_item import McpListToolsItem
    from .mcp_list_tools_item_type import McpListToolsItemType
    from .mcp_list_tools_tool import McpListToolsTool
    from .memory_command_preview_call_item import MemoryCommandPreviewCallItem
    from .memory_command_preview_call_item_type import MemoryCommandPreviewCallItemType
    from .memory_command_preview_call_output_item import MemoryCommandPreviewCallOutputItem
    from .memory_command_preview_call_output_item_type import MemoryCommandPreviewCallOutputItemType
    from .memory_item import MemoryItem
    from .memory_item_kind import MemoryItemKind
    from .memory_search_call_item import MemorySearchCallItem
    from .memory_search_call_item_type import MemorySearchCallItemType
    from .message_item import MessageItem
    from .message_item_type import MessageItemType
    from .message_phase import MessagePhase
    from .message_role import MessageRole
    from .multi_agent_call_item import MultiAgentCallItem
    from .multi_agent_call_item_type import MultiAgentCallItemType
    from .multi_agent_call_output_item import MultiAgentCallOutputItem
    from .multi_agent_call_output_item_type import MultiAgentCallOutputItemType
    from .oauth_consent_request_item import OauthConsentRequestItem
    from .oauth_consent_request_item_type import OauthConsentRequestItemType
    from .openapi_call_item import OpenapiCallItem
    from .openapi_call_item_type import OpenapiCallItemType
    from .openapi_call_output_item import OpenapiCallOutputItem
    from .openapi_call_output_item_type import OpenapiCallOutputItemType
    from .output_message_item import OutputMessageItem
    from .output_message_item_type import OutputMessageItemType
    from .page_order import PageOrder
    from .program_item import ProgramItem
    from .program_item_type import ProgramItemType
    from .program_output_item import ProgramOutputItem
    from .program_output_item_type import ProgramOutputItemType
    from .program_output_status import ProgramOutputStatus
    from .prompt_cache_breakpoint import PromptCacheBreakpoint
    from .reasoning_effort import ReasoningEffort
    from .reasoning_item import ReasoningItem
    from .reasoning_item_type import ReasoningItemType
    from .reasoning_text import ReasoningText
    from .remote_function_call_item import RemoteFunctionCallItem
    from .remote_function_call_item_type import RemoteFunctionCallItemType
    from .remote_function_call_output_item import RemoteFunctionCallOutputItem
    from .remote_function_call_output_item_type import RemoteFunctionCallOutputItemType
    from .remote_function_call_output_output import RemoteFunctionCallOutputOutput
    from .remote_function_call_output_output_documents import RemoteFunctionCallOutputOutputDocuments
    from .safety_check import SafetyCheck
    from .sharepoint_grounding_preview_call_item import SharepointGroundingPreviewCallItem
    from .sharepoint_grounding_preview_call_item_type import SharepointGroundingPreviewCallItemType
    from .sharepoint_grounding_preview_call_output_item import SharepointGroundingPreviewCallOutputItem
    from .sharepoint_grounding_preview_call_output_item_type import SharepointGroundingPreviewCallOutputItemType
    from .shell_action import ShellAction
    from .shell_call_item import ShellCallItem
    from .shell_call_item_type import ShellCallItemType
    from .shell_call_outcome import ShellCallOutcome
    from .shell_call_output_content import ShellCallOutputContent
    from .shell_call_output_item import ShellCallOutputItem
    from .shell_call_output_item_type import ShellCallOutputItemType
    from .shell_environment import ShellEnvironment
    from .structured_outputs_item import StructuredOutputsItem
    from .structured_outputs_item_type import StructuredOutputsItemType
    from .text_response_format import TextResponseFormat
    from .tool import Tool
    from .tool_call_caller import ToolCallCaller
    from .tool_call_status import ToolCallStatus
    from .tool_search_call_item import ToolSearchCallItem
    from .tool_search_call_item_type import ToolSearchCallItemType
    from .tool_search_execution_type import ToolSearchExecutionType
    from .tool_search_output_item import ToolSearchOutputItem
    from .tool_search_output_item_type import ToolSearchOutputItemType
    from .top_log_prob import TopLogProb
    from .web_search_action import WebSearchAction
    from .web_search_call_item import WebSearchCallItem
    from .web_search_call_item_type import WebSearchCallItemType
    from .web_search_call_status import WebSearchCallStatus
    from .web_search_source import WebSearchSource
    from .workflow_action_item import WorkflowActionItem
    from .workflow_action_item_type import WorkflowActionItemType
    from .workflow_action_status import WorkflowActionStatus

    #: every item class, plus UnknownItem: what decoding an item can give (built at run time on first use)
    ConversationItem: TypeAlias = (
        StructuredOutputsItem
        | WorkflowActionItem
        | OauthConsentRequestItem
        | BingGroundingCallItem
        | BingGroundingCallOutputItem
        | SharepointGroundingPreviewCallItem
        | SharepointGroundingPreviewCallOutputItem
        | AzureAiSearchCallItem
        | AzureAiSearchCallOutputItem
        | BingCustomSearchPreviewCallItem
        | BingCustomSearchPreviewCallOutputItem
        | OpenapiCallItem
        | OpenapiCallOutputItem
        | BrowserAutomationPreviewCallItem
        | BrowserAutomationPreviewCallOutputItem
        | FabricDataagentPreviewCallItem
        | FabricDataagentPreviewCallOutputItem
        | AzureFunctionCallItem
        | AzureFunctionCallOutputItem
        | A2APreviewCallItem
        | A2APreviewCallOutputItem
        | MemorySearchCallItem
        | MemoryCommandPreviewCallItem
        | MemoryCommandPreviewCallOutputItem
        | OutputMessageItem
        | FileSearchCallItem
        | FunctionCallItem
        | FunctionCallOutputItem
        | WebSearchCallItem
        | ComputerCallItem
        | ComputerCallOutputItem
        | ReasoningItem
        | ProgramItem
        | ProgramOutputItem
        | ToolSearchCallItem
        | ToolSearchOutputItem
        | AdditionalToolsItem
        | CompactionItem
        | ImageGenerationCallItem
        | CodeInterpreterCallItem
        | LocalShellCallItem
        | LocalShellCallOutputItem
        | ShellCallItem
        | ShellCallOutputItem
        | ApplyPatchCallItem
        | ApplyPatchCallOutputItem
        | McpCallItem
        | McpListToolsItem
        | McpApprovalRequestItem
        | McpApprovalResponseItem
        | CustomToolCallItem
        | CustomToolCallOutputItem
        | MessageItem
        | ItemReferenceItem
        | ConfigurationUpdateItem
        | MultiAgentCallItem
        | MultiAgentCallOutputItem
        | AgentMessageItem
        | RemoteFunctionCallItem
        | RemoteFunctionCallOutputItem
        | UnknownItem
    )

_MODULE_OF: dict[str, str] = {
    "A2APreviewCallItem": "a2a_preview_call_item",
    "A2APreviewCallOutputItem": "a2a_preview_call_output_item",
    "AdditionalToolsItem": "additional_tools_item",
    "AgentMessageContent": "agent_message_content",
    "AgentMessageItem": "agent_message_item",
    "AgentReference": "agent_reference",
    "Annotation": "annotation",
    "ApiError": "api_error",
    "ApiErrorResponse": "api_error_response",
    "ApplyPatchCallItem": "apply_patch_call_item",
    "ApplyPatchCallOutputItem": "apply_patch_call_output_item",
    "ApplyPatchOperation": "apply_patch_operation",
    "AzureAiSearchCallItem": "azure_ai_search_call_item",
    "AzureAiSearchCallOutputItem": "azure_ai_search_call_output_item",
    "AzureFunctionCallItem": "azure_function_call_item",
    "AzureFunctionCallOutputItem": "azure_function_call_output_item",
    "BetaAgentTag": "beta_agent_tag",
    "BetaAnnotation": "beta_annotation",
    "BetaOutputTextContent": "beta_output_text_content",
    "BetaPromptCacheBreakpointConfig": "beta_prompt_cache_breakpoint_config",
    "BingCustomSearchPreviewCallItem": "bing_custom_search_preview_call_item",
    "BingCustomSearchPreviewCallOutputItem": "bing_custom_search_preview_call_output_item",
    "BingGroundingCallItem": "bing_grounding_call_item",
    "BingGroundingCallOutputItem": "bing_grounding_call_output_item",
    "BrowserAutomationPreviewCallItem": "browser_automation_preview_call_item",
    "BrowserAutomationPreviewCallOutputItem": "browser_automation_preview_call_output_item",
    "CodeInterpreterCallItem": "code_interpreter_call_item",
    "CodeInterpreterOutput": "code_interpreter_output",
    "CompactionItem": "compaction_item",
    "ComputerAction": "computer_action",
    "ComputerCallItem": "computer_call_item",
    "ComputerCallOutputItem": "computer_call_output_item",
    "ComputerScreenshot": "computer_screenshot",
    "ConfigurationUpdateItem": "configuration_update_item",
    "ConfigurationUpdateReasoning": "configuration_update_reasoning",
    "ConfigurationUpdateText": "configuration_update_text",
    "ContentPart": "content_part",
    "ConversationItemList": "conversation_item_list",
    "Coordinate": "coordinate",
    "CustomToolCallItem": "custom_tool_call_item",
    "CustomToolCallOutputItem": "custom_tool_call_output_item",
    "EnvironmentVariables": "environment_variables",
    "FabricDataagentPreviewCallItem": "fabric_dataagent_preview_call_item",
    "FabricDataagentPreviewCallOutputItem": "fabric_dataagent_preview_call_output_item",
    "FileSearchCallItem": "file_search_call_item",
    "FileSearchResult": "file_search_result",
    "FunctionCallItem": "function_call_item",
    "FunctionCallOutputItem": "function_call_output_item",
    "ImageGenerationCallError": "image_generation_call_error",
    "ImageGenerationCallItem": "image_generation_call_item",
    "ImageGenerationSvgUsage": "image_generation_svg_usage",
    "ImageModerationDetails": "image_moderation_details",
    "ItemReferenceItem": "item_reference_item",
    "LocalShellCallItem": "local_shell_call_item",
    "LocalShellCallOutputItem": "local_shell_call_output_item",
    "LocalShellExecAction": "local_shell_exec_action",
    "LogProb": "log_prob",
    "McpApprovalRequestItem": "mcp_approval_request_item",
    "McpApprovalResponseItem": "mcp_approval_response_item",
    "McpCallItem": "mcp_call_item",
    "McpError": "mcp_error",
    "McpListToolsItem": "mcp_list_tools_item",
    "McpListToolsTool": "mcp_list_tools_tool",
    "MemoryCommandPreviewCallItem": "memory_command_preview_call_item",
    "MemoryCommandPreviewCallOutputItem": "memory_command_preview_call_output_item",
    "MemoryItem": "memory_item",
    "MemorySearchCallItem": "memory_search_call_item",
    "MessageItem": "message_item",
    "MultiAgentCallItem": "multi_agent_call_item",
    "MultiAgentCallOutputItem": "multi_agent_call_output_item",
    "OauthConsentRequestItem": "oauth_consent_request_item",
    "OpenapiCallItem": "openapi_call_item",
    "OpenapiCallOutputItem": "openapi_call_output_item",
    "OutputMessageItem": "output_message_item",
    "ProgramItem": "program_item",
    "ProgramOutputItem": "program_output_item",
    "PromptCacheBreakpoint": "prompt_cache_breakpoint",
    "ReasoningItem": "reasoning_item",
    "ReasoningText": "reasoning_text",
    "RemoteFunctionCallItem": "remote_function_call_item",
    "RemoteFunctionCallOutputItem": "remote_function_call_output_item",
    "RemoteFunctionCallOutputOutput": "remote_function_call_output_output",
    "RemoteFunctionCallOutputOutputDocuments": "remote_function_call_output_output_documents",
    "SafetyCheck": "safety_check",
    "SharepointGroundingPreviewCallItem": "sharepoint_grounding_preview_call_item",
    "SharepointGroundingPreviewCallOutputItem": "sharepoint_grounding_preview_call_output_item",
    "ShellAction": "shell_action",
    "ShellCallItem": "shell_call_item",
    "ShellCallOutcome": "shell_call_outcome",
    "ShellCallOutputContent": "shell_call_output_content",
    "ShellCallOutputItem": "shell_call_output_item",
    "ShellEnvironment": "shell_environment",
    "StructuredOutputsItem": "structured_outputs_item",
    "TextResponseFormat": "text_response_format",
    "Tool": "tool",
    "ToolCallCaller": "tool_call_caller",
    "ToolSearchCallItem": "tool_search_call_item",
    "ToolSearchOutputItem": "tool_search_output_item",
    "TopLogProb": "top_log_prob",
    "WebSearchAction": "web_search_action",
    "WebSearchCallItem": "web_search_call_item",
    "WebSearchSource": "web_search_source",
    "WorkflowActionItem": "workflow_action_item",
    "A2APreviewCallItemType": "a2a_preview_call_item_type",
    "A2APreviewCallOutputItemType": "a2a_preview_call_output_item_type",
    "AdditionalToolsItemType": "additional_tools_item_type",
    "AgentMessageContentType": "agent_message_content_type",
    "AgentMessageItemType": "agent_message_item_type",
    "ApplyPatchCallItemType": "apply_patch_call_item_type",
    "ApplyPatchCallOutputItemType": "apply_patch_call_output_item_type",
    "ApplyPatchCallOutputStatus": "apply_patch_call_output_status",
    "ApplyPatchCallStatus": "apply_patch_call_status",
    "AzureAiSearchCallItemType": "azure_ai_search_call_item_type",
    "AzureAiSearchCallOutputItemType": "azure_ai_search_call_output_item_type",
    "AzureFunctionCallItemType": "azure_function_call_item_type",
    "AzureFunctionCallOutputItemType": "azure_function_call_output_item_type",
    "BetaAnnotationType": "beta_annotation_type",
    "BetaMultiAgentAction": "beta_multi_agent_action",
    "BetaOutputTextContentType": "beta_output_text_content_type",
    "BetaPromptCacheBreakpointConfigMode": "beta_prompt_cache_breakpoint_config_mode",
    "BingCustomSearchPreviewCallItemType": "bing_custom_search_preview_call_item_type",
    "BingCustomSearchPreviewCallOutputItemType": "bing_custom_search_preview_call_output_item_type",
    "BingGroundingCallItemType": "bing_grounding_call_item_type",
    "BingGroundingCallOutputItemType": "bing_grounding_call_output_item_type",
    "BrowserAutomationPreviewCallItemType": "browser_automation_preview_call_item_type",
    "BrowserAutomationPreviewCallOutputItemType": "browser_automation_preview_call_output_item_type",
    "ClickButtonType": "click_button_type",
    "CodeInterpreterCallItemType": "code_interpreter_call_item_type",
    "CodeInterpreterCallStatus": "code_interpreter_call_status",
    "CompactionItemType": "compaction_item_type",
    "ComputerCallItemType": "computer_call_item_type",
    "ComputerCallOutputItemType": "computer_call_output_item_type",
    "ComputerCallOutputStatus": "computer_call_output_status",
    "ConfigurationUpdateItemType": "configuration_update_item_type",
    "CustomToolCallItemType": "custom_tool_call_item_type",
    "CustomToolCallOutputItemType": "custom_tool_call_output_item_type",
    "FabricDataagentPreviewCallItemType": "fabric_dataagent_preview_call_item_type",
    "FabricDataagentPreviewCallOutputItemType": "fabric_dataagent_preview_call_output_item_type",
    "FileSearchCallItemType": "file_search_call_item_type",
    "FileSearchCallStatus": "file_search_call_status",
    "FunctionCallItemType": "function_call_item_type",
    "FunctionCallOutputItemType": "function_call_output_item_type",
    "ImageDetail": "image_detail",
    "ImageGenerationAction": "image_generation_action",
    "ImageGenerationBackground": "image_generation_background",
    "ImageGenerationCallItemType": "image_generation_call_item_type",
    "ImageGenerationCallStatus": "image_generation_call_status",
    "ImageGenerationOutputFormat": "image_generation_output_format",
    "ImageGenerationQuality": "image_generation_quality",
    "ImageGenerationSize": "image_generation_size",
    "ImageModerationStage": "image_moderation_stage",
    "IncludeEnum": "include_enum",
    "ItemReferenceItemType": "item_reference_item_type",
    "ItemStatus": "item_status",
    "LocalShellCallItemType": "local_shell_call_item_type",
    "LocalShellCallOutputItemType": "local_shell_call_output_item_type",
    "McpApprovalRequestItemType": "mcp_approval_request_item_type",
    "McpApprovalResponseItemType": "mcp_approval_response_item_type",
    "McpCallItemType": "mcp_call_item_type",
    "McpCallStatus": "mcp_call_status",
    "McpListToolsItemType": "mcp_list_tools_item_type",
    "MemoryCommandPreviewCallItemType": "memory_command_preview_call_item_type",
    "MemoryCommandPreviewCallOutputItemType": "memory_command_preview_call_output_item_type",
    "MemoryItemKind": "memory_item_kind",
    "MemorySearchCallItemType": "memory_search_call_item_type",
    "MessageItemType": "message_item_type",
    "MessagePhase": "message_phase",
    "MessageRole": "message_role",
    "MultiAgentCallItemType": "multi_agent_call_item_type",
    "MultiAgentCallOutputItemType": "multi_agent_call_output_item_type",
    "OauthConsentRequestItemType": "oauth_consent_request_item_type",
    "OpenapiCallItemType": "openapi_call_item_type",
    "OpenapiCallOutputItemType": "openapi_call_output_item_type",
    "OutputMessageItemType": "output_message_item_type",
    "PageOrder": "page_order",
    "ProgramItemType": "program_item_type",
    "ProgramOutputItemType": "program_output_item_type",
    "ProgramOutputStatus": "program_output_status",
    "ReasoningEffort": "reasoning_effort",
    "ReasoningItemType": "reasoning_item_type",
    "RemoteFunctionCallItemType": "remote_function_call_item_type",
    "RemoteFunctionCallOutputItemType": "remote_function_call_output_item_type",
    "SharepointGroundingPreviewCallItemType": "sharepoint_grounding_preview_call_item_type",
    "SharepointGroundingPreviewCallOutputItemType": "sharepoint_grounding_preview_call_output_item_type",
    "ShellCallItemType": "shell_call_item_type",
    "ShellCallOutputItemType": "shell_call_output_item_type",
    "StructuredOutputsItemType": "structured_outputs_item_type",
    "ToolCallStatus": "tool_call_status",
    "ToolSearchCallItemType": "tool_search_call_item_type",
    "ToolSearchExecutionType": "tool_search_execution_type",
    "ToolSearchOutputItemType": "tool_search_output_item_type",
    "WebSearchCallItemType": "web_search_call_item_type",
    "WebSearchCallStatus": "web_search_call_status",
    "WorkflowActionItemType": "workflow_action_item_type",
    "WorkflowActionStatus": "workflow_action_status",
}

#: discriminator value (`type`) -> generated class, read from each item class's `type` enum (the generator does not
#: keep the spec's discriminator mapping); the one table: decoding the item union looks it up here. Classes load on
#: first use.
ITEM_TYPES: DiscriminatedUnion = DiscriminatedUnion(
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
        ("bing_custom_search_preview_call", "bing_custom_search_preview_call_item", "BingCustomSearchPreviewCallItem"),
        (
            "bing_custom_search_preview_call_output",
            "bing_custom_search_preview_call_output_item",
            "BingCustomSearchPreviewCallOutputItem",
        ),
        ("openapi_call", "openapi_call_item", "OpenapiCallItem"),
        ("openapi_call_output", "openapi_call_output_item", "OpenapiCallOutputItem"),
        ("browser_automation_preview_call", "browser_automation_preview_call_item", "BrowserAutomationPreviewCallItem"),
        (
            "browser_automation_preview_call_output",
            "browser_automation_preview_call_output_item",
            "BrowserAutomationPreviewCallOutputItem",
        ),
        ("fabric_dataagent_preview_call", "fabric_dataagent_preview_call_item", "FabricDataagentPreviewCallItem"),
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
        ("remote_function_call", "remote_function_call_item", "RemoteFunctionCallItem"),
        ("remote_function_call_output", "remote_function_call_output_item", "RemoteFunctionCallOutputItem"),
    )
)


def __getattr__(name: str) -> Any:
    if name == "ConversationItem":
        value: Any = Union[(*ITEM_TYPES.values(), UnknownItem)]
        globals()[name] = value
        return value
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "ITEM_TYPES",
    "A2APreviewCallItem",
    "A2APreviewCallItemType",
    "A2APreviewCallOutputItem",
    "A2APreviewCallOutputItemType",
    "AdditionalToolsItem",
    "AdditionalToolsItemType",
    "AgentMessageContent",
    "AgentMessageContentType",
    "AgentMessageItem",
    "AgentMessageItemType",
    "AgentReference",
    "Annotation",
    "ApiError",
    "ApiErrorResponse",
    "ApplyPatchCallItem",
    "ApplyPatchCallItemType",
    "ApplyPatchCallOutputItem",
    "ApplyPatchCallOutputItemType",
    "ApplyPatchCallOutputStatus",
    "ApplyPatchCallStatus",
    "ApplyPatchOperation",
    "AzureAiSearchCallItem",
    "AzureAiSearchCallItemType",
    "AzureAiSearchCallOutputItem",
    "AzureAiSearchCallOutputItemType",
    "AzureFunctionCallItem",
    "AzureFunctionCallItemType",
    "AzureFunctionCallOutputItem",
    "AzureFunctionCallOutputItemType",
    "BetaAgentTag",
    "BetaAnnotation",
    "BetaAnnotationType",
    "BetaMultiAgentAction",
    "BetaOutputTextContent",
    "BetaOutputTextContentType",
    "BetaPromptCacheBreakpointConfig",
    "BetaPromptCacheBreakpointConfigMode",
    "BingCustomSearchPreviewCallItem",
    "BingCustomSearchPreviewCallItemType",
    "BingCustomSearchPreviewCallOutputItem",
    "BingCustomSearchPreviewCallOutputItemType",
    "BingGroundingCallItem",
    "BingGroundingCallItemType",
    "BingGroundingCallOutputItem",
    "BingGroundingCallOutputItemType",
    "BrowserAutomationPreviewCallItem",
    "BrowserAutomationPreviewCallItemType",
    "BrowserAutomationPreviewCallOutputItem",
    "BrowserAutomationPreviewCallOutputItemType",
    "ClickButtonType",
    "CodeInterpreterCallItem",
    "CodeInterpreterCallItemType",
    "CodeInterpreterCallStatus",
    "CodeInterpreterOutput",
    "CompactionItem",
    "CompactionItemType",
    "ComputerAction",
    "ComputerCallItem",
    "ComputerCallItemType",
    "ComputerCallOutputItem",
    "ComputerCallOutputItemType",
    "ComputerCallOutputStatus",
    "ComputerScreenshot",
    "ConfigurationUpdateItem",
    "ConfigurationUpdateItemType",
    "ConfigurationUpdateReasoning",
    "ConfigurationUpdateText",
    "ContentPart",
    "ConversationItem",
    "ConversationItemList",
    "Coordinate",
    "CustomToolCallItem",
    "CustomToolCallItemType",
    "CustomToolCallOutputItem",
    "CustomToolCallOutputItemType",
    "EnvironmentVariables",
    "FabricDataagentPreviewCallItem",
    "FabricDataagentPreviewCallItemType",
    "FabricDataagentPreviewCallOutputItem",
    "FabricDataagentPreviewCallOutputItemType",
    "FileSearchCallItem",
    "FileSearchCallItemType",
    "FileSearchCallStatus",
    "FileSearchResult",
    "FunctionCallItem",
    "FunctionCallItemType",
    "FunctionCallOutputItem",
    "FunctionCallOutputItemType",
    "ImageDetail",
    "ImageGenerationAction",
    "ImageGenerationBackground",
    "ImageGenerationCallError",
    "ImageGenerationCallItem",
    "ImageGenerationCallItemType",
    "ImageGenerationCallStatus",
    "ImageGenerationOutputFormat",
    "ImageGenerationQuality",
    "ImageGenerationSize",
    "ImageGenerationSvgUsage",
    "ImageModerationDetails",
    "ImageModerationStage",
    "IncludeEnum",
    "ItemReferenceItem",
    "ItemReferenceItemType",
    "ItemStatus",
    "LocalShellCallItem",
    "LocalShellCallItemType",
    "LocalShellCallOutputItem",
    "LocalShellCallOutputItemType",
    "LocalShellExecAction",
    "LogProb",
    "McpApprovalRequestItem",
    "McpApprovalRequestItemType",
    "McpApprovalResponseItem",
    "McpApprovalResponseItemType",
    "McpCallItem",
    "McpCallItemType",
    "McpCallStatus",
    "McpError",
    "McpListToolsItem",
    "McpListToolsItemType",
    "McpListToolsTool",
    "MemoryCommandPreviewCallItem",
    "MemoryCommandPreviewCallItemType",
    "MemoryCommandPreviewCallOutputItem",
    "MemoryCommandPreviewCallOutputItemType",
    "MemoryItem",
    "MemoryItemKind",
    "MemorySearchCallItem",
    "MemorySearchCallItemType",
    "MessageItem",
    "MessageItemType",
    "MessagePhase",
    "MessageRole",
    "MultiAgentCallItem",
    "MultiAgentCallItemType",
    "MultiAgentCallOutputItem",
    "MultiAgentCallOutputItemType",
    "OauthConsentRequestItem",
    "OauthConsentRequestItemType",
    "OpenapiCallItem",
    "OpenapiCallItemType",
    "OpenapiCallOutputItem",
    "OpenapiCallOutputItemType",
    "OutputMessageItem",
    "OutputMessageItemType",
    "PageOrder",
    "ProgramItem",
    "ProgramItemType",
    "ProgramOutputItem",
    "ProgramOutputItemType",
    "ProgramOutputStatus",
    "PromptCacheBreakpoint",
    "ReasoningEffort",
    "ReasoningItem",
    "ReasoningItemType",
    "ReasoningText",
    "RemoteFunctionCallItem",
    "RemoteFunctionCallItemType",
    "RemoteFunctionCallOutputItem",
    "RemoteFunctionCallOutputItemType",
    "RemoteFunctionCallOutputOutput",
    "RemoteFunctionCallOutputOutputDocuments",
    "SafetyCheck",
    "SharepointGroundingPreviewCallItem",
    "SharepointGroundingPreviewCallItemType",
    "SharepointGroundingPreviewCallOutputItem",
    "SharepointGroundingPreviewCallOutputItemType",
    "ShellAction",
    "ShellCallItem",
    "ShellCallItemType",
    "ShellCallOutcome",
    "ShellCallOutputContent",
    "ShellCallOutputItem",
    "ShellCallOutputItemType",
    "ShellEnvironment",
    "StructuredOutputsItem",
    "StructuredOutputsItemType",
    "TextResponseFormat",
    "Tool",
    "ToolCallCaller",
    "ToolCallStatus",
    "ToolSearchCallItem",
    "ToolSearchCallItemType",
    "ToolSearchExecutionType",
    "ToolSearchOutputItem",
    "ToolSearchOutputItemType",
    "TopLogProb",
    "WebSearchAction",
    "WebSearchCallItem",
    "WebSearchCallItemType",
    "WebSearchCallStatus",
    "WebSearchSource",
    "WorkflowActionItem",
    "WorkflowActionItemType",
    "WorkflowActionStatus",
)
