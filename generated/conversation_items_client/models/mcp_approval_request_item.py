from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_approval_request_item_type import McpApprovalRequestItemType, check_mcp_approval_request_item_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_reference import AgentReference


T = TypeVar("T", bound="McpApprovalRequestItem")


@_attrs_define
class McpApprovalRequestItem:
    """A request for human approval of a tool invocation.

    Attributes:
        type_ (McpApprovalRequestItemType): The type of the item. Always `mcp_approval_request`.
        server_label (str): The label of the MCP server making the request.
        name (str): The name of the tool to run.
        arguments (str): A JSON string of arguments for the tool.
        id (str | Unset): The unique ID of the approval request.
        agent_reference (AgentReference | Unset): The agent that created the item.
        response_id (str | Unset): The response on which the item is created.
    """

    type_: McpApprovalRequestItemType
    server_label: str
    name: str
    arguments: str
    id: str | Unset = UNSET
    agent_reference: AgentReference | Unset = UNSET
    response_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        server_label = self.server_label

        name = self.name

        arguments = self.arguments

        id = self.id

        agent_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_reference, Unset):
            agent_reference = self.agent_reference.to_dict()

        response_id = self.response_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "server_label": server_label,
                "name": name,
                "arguments": arguments,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if agent_reference is not UNSET:
            field_dict["agent_reference"] = agent_reference
        if response_id is not UNSET:
            field_dict["response_id"] = response_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = check_mcp_approval_request_item_type(d.pop("type"))

        server_label = d.pop("server_label")
        if not isinstance(server_label, str):
            raise TypeError(f"server_label: expected a string, got {type(server_label).__name__}")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        arguments = d.pop("arguments")
        if not isinstance(arguments, str):
            raise TypeError(f"arguments: expected a string, got {type(arguments).__name__}")

        id = d.pop("id", UNSET)
        if id is not UNSET and not isinstance(id, str):
            raise TypeError(f"id: expected a string, got {type(id).__name__}")

        _agent_reference = d.pop("agent_reference", UNSET)
        agent_reference: AgentReference | Unset
        if isinstance(_agent_reference, Unset):
            agent_reference = UNSET
        else:
            agent_reference = AgentReference.from_dict(_agent_reference)

        response_id = d.pop("response_id", UNSET)
        if response_id is not UNSET and not isinstance(response_id, str):
            raise TypeError(f"response_id: expected a string, got {type(response_id).__name__}")

        mcp_approval_request_item = cls(
            type_=type_,
            server_label=server_label,
            name=name,
            arguments=arguments,
            id=id,
            agent_reference=agent_reference,
            response_id=response_id,
        )

        mcp_approval_request_item.additional_properties = d
        return mcp_approval_request_item

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


from ..models.agent_reference import AgentReference
