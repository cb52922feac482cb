from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.a2a_preview_call_item import A2APreviewCallItem
    from ..models.a2a_preview_call_output_item import A2APreviewCallOutputItem
    from ..models.additional_tools_item import AdditionalToolsItem
    from ..models.agent_message_item import AgentMessageItem
    from ..models.apply_patch_call_item import ApplyPatchCallItem
    from ..models.apply_patch_call_output_item import ApplyPatchCallOutputItem
    from ..models.azure_ai_search_call_item import AzureAiSearchCallItem
    from ..models.azure_ai_search_call_output_item import AzureAiSearchCallOutputItem
    from ..models.azure_function_call_item import AzureFunctionCallItem
    from ..models.azure_function_call_output_item import AzureFunctionCallOutputItem
    from ..models.bing_custom_search_preview_call_item import BingCustomSearchPreviewCallItem
    from ..models.bing_custom_search_preview_call_output_item import BingCustomSearchPreviewCallOutputItem
    from ..models.bing_grounding_call_item import BingGroundingCallItem
    from ..models.bing_grounding_call_output_item import BingGroundingCallOutputItem
    from ..models.browser_automation_preview_call_item import BrowserAutomationPreviewCallItem
    from ..models.browser_automation_preview_call_output_item import BrowserAutomationPreviewCallOutputItem
    from ..models.code_interpreter_call_item import CodeInterpreterCallItem
    from ..models.compaction_item import CompactionItem
    from ..models.computer_call_item import ComputerCallItem
    from ..models.computer_call_output_item import ComputerCallOutputItem
    from ..models.configuration_update_item import ConfigurationUpdateItem
    from ..models.custom_tool_call_item import CustomToolCallItem
    from ..models.custom_tool_call_output_item import CustomToolCallOutputItem
    from ..models.fabric_dataagent_preview_call_item import FabricDataagentPreviewCallItem
    from ..models.fabric_dataagent_preview_call_output_item import FabricDataagentPreviewCallOutputItem
    from ..models.file_search_call_item import FileSearchCallItem
    from ..models.function_call_item import FunctionCallItem
    from ..models.function_call_output_item import FunctionCallOutputItem
    from ..models.image_generation_call_item import ImageGenerationCallItem
    from ..models.item_reference_item import ItemReferenceItem
    from ..models.local_shell_call_item import LocalShellCallItem
    from ..models.local_shell_call_output_item import LocalShellCallOutputItem
    from ..models.mcp_approval_request_item import McpApprovalRequestItem
    from ..models.mcp_approval_response_item import McpApprovalResponseItem
    from ..models.mcp_call_item import McpCallItem
    from ..models.mcp_list_tools_item import McpListToolsItem
    from ..models.memory_command_preview_call_item import MemoryCommandPreviewCallItem
    from ..models.memory_command_preview_call_output_item import MemoryCommandPreviewCallOutputItem
    from ..models.memory_search_call_item import MemorySearchCallItem
    from ..models.message_item import MessageItem
    from ..models.multi_agent_call_item import MultiAgentCallItem
    from ..models.multi_agent_call_output_item import MultiAgentCallOutputItem
    from ..models.oauth_consent_request_item import OauthConsentRequestItem
    from ..models.openapi_call_item import OpenapiCallItem
    from ..models.openapi_call_output_item import OpenapiCallOutputItem
    from ..models.output_message_item import OutputMessageItem
    from ..models.program_item import ProgramItem
    from ..models.program_output_item import ProgramOutputItem
    from ..models.reasoning_item import ReasoningItem
    from ..models.remote_function_call_item import RemoteFunctionCallItem
    from ..models.remote_function_call_output_item import RemoteFunctionCallOutputItem
    from ..models.sharepoint_grounding_preview_call_item import SharepointGroundingPreviewCallItem
    from ..models.sharepoint_grounding_preview_call_output_item import SharepointGroundingPreviewCallOutputItem
    from ..models.shell_call_item import ShellCallItem
    from ..models.shell_call_output_item import ShellCallOutputItem
    from ..models.structured_outputs_item import StructuredOutputsItem
    from ..models.tool_search_call_item import ToolSearchCallItem
    from ..models.tool_search_output_item import ToolSearchOutputItem
    from ..models.web_search_call_item import WebSearchCallItem
    from ..models.workflow_action_item import WorkflowActionItem


T = TypeVar("T", bound="ConversationItemList")


@_attrs_define
class ConversationItemList:
    """One page of a conversation's items.

    Attributes:
        data (list[A2APreviewCallItem | A2APreviewCallOutputItem | AdditionalToolsItem | AgentMessageItem |
            ApplyPatchCallItem | ApplyPatchCallOutputItem | AzureAiSearchCallItem | AzureAiSearchCallOutputItem |
            AzureFunctionCallItem | AzureFunctionCallOutputItem | BingCustomSearchPreviewCallItem |
            BingCustomSearchPreviewCallOutputItem | BingGroundingCallItem | BingGroundingCallOutputItem |
            BrowserAutomationPreviewCallItem | BrowserAutomationPreviewCallOutputItem | CodeInterpreterCallItem |
            CompactionItem | ComputerCallItem | ComputerCallOutputItem | ConfigurationUpdateItem | CustomToolCallItem |
            CustomToolCallOutputItem | FabricDataagentPreviewCallItem | FabricDataagentPreviewCallOutputItem |
            FileSearchCallItem | FunctionCallItem | FunctionCallOutputItem | ImageGenerationCallItem | ItemReferenceItem |
            LocalShellCallItem | LocalShellCallOutputItem | McpApprovalRequestItem | McpApprovalResponseItem | McpCallItem |
            McpListToolsItem | MemoryCommandPreviewCallItem | MemoryCommandPreviewCallOutputItem | MemorySearchCallItem |
            MessageItem | MultiAgentCallItem | MultiAgentCallOutputItem | OauthConsentRequestItem | OpenapiCallItem |
            OpenapiCallOutputItem | OutputMessageItem | ProgramItem | ProgramOutputItem | ReasoningItem |
            RemoteFunctionCallItem | RemoteFunctionCallOutputItem | SharepointGroundingPreviewCallItem |
            SharepointGroundingPreviewCallOutputItem | ShellCallItem | ShellCallOutputItem | StructuredOutputsItem |
            ToolSearchCallItem | ToolSearchOutputItem | WebSearchCallItem | WorkflowActionItem]): The page's items, each
            decoded by its `type`.
        has_more (bool): Whether items follow this page.
        object_ (str | Unset): OpenAI's list marker (`list`); Foundry omits it. Any value is accepted.
        first_id (None | str | Unset): The id of the page's first item (may be omitted, or null on an empty page as
            OpenAI sends it).
        last_id (None | str | Unset): The id of the page's last item (may be omitted, or null on an empty page as OpenAI
            sends it; the next page starts after it).
    """

    data: list[
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
    ]
    has_more: bool
    object_: str | Unset = UNSET
    first_id: None | str | Unset = UNSET
    last_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = [data_item_data.to_dict() for data_item_data in self.data]

        has_more = self.has_more

        object_ = self.object_

        first_id: None | str | Unset
        if isinstance(self.first_id, Unset):
            first_id = UNSET
        else:
            first_id = self.first_id

        last_id: None | str | Unset
        if isinstance(self.last_id, Unset):
            last_id = UNSET
        else:
            last_id = self.last_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "has_more": has_more,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if first_id is not UNSET:
            field_dict["first_id"] = first_id
        if last_id is not UNSET:
            field_dict["last_id"] = last_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        from conversation_items_client.models import ITEM_TYPES

        data = ITEM_TYPES.decode_list(d.pop("data"), "data")

        has_more = d.pop("has_more")
        if not isinstance(has_more, bool):
            raise TypeError(f"has_more: expected a boolean, got {type(has_more).__name__}")

        object_ = d.pop("object", UNSET)
        if object_ is not UNSET and not isinstance(object_, str):
            raise TypeError(f"object_: expected a string, got {type(object_).__name__}")

        def _parse_first_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"first_id: got {type(data).__name__}, which is none of the types this field may have")
            return data

        first_id = _parse_first_id(d.pop("first_id", UNSET))

        def _parse_last_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"last_id: got {type(data).__name__}, which is none of the types this field may have")
            return data

        last_id = _parse_last_id(d.pop("last_id", UNSET))

        conversation_item_list = cls(
            data=data,
            has_more=has_more,
            object_=object_,
            first_id=first_id,
            last_id=last_id,
        )

        conversation_item_list.additional_properties = d
        return conversation_item_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
