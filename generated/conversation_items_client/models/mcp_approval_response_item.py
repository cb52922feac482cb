from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_approval_response_item_type import McpApprovalResponseItemType, check_mcp_approval_response_item_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_reference import AgentReference


T = TypeVar("T", bound="McpApprovalResponseItem")


@_attrs_define
class McpApprovalResponseItem:
    """A response to an MCP approval request.

    Attributes:
        type_ (McpApprovalResponseItemType): The type of the item. Always `mcp_approval_response`.
        approval_request_id (str): The ID of the approval request being answered.
        approve (bool): Whether the request was approved.
        id (str | Unset): The unique ID of the approval response.
        reason (None | str | Unset): Optional reason for the decision.
        agent_reference (AgentReference | Unset): The agent that created the item.
        response_id (str | Unset): The response on which the item is created.
    """

    type_: McpApprovalResponseItemType
    approval_request_id: str
    approve: bool
    id: str | Unset = UNSET
    reason: None | str | Unset = UNSET
    agent_reference: AgentReference | Unset = UNSET
    response_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        approval_request_id = self.approval_request_id

        approve = self.approve

        id = self.id

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        agent_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_reference, Unset):
            agent_reference = self.agent_reference.to_dict()

        response_id = self.response_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "approval_request_id": approval_request_id,
                "approve": approve,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if reason is not UNSET:
            field_dict["reason"] = reason
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
        type_ = check_mcp_approval_response_item_type(d.pop("type"))

        approval_request_id = d.pop("approval_request_id")
        if not isinstance(approval_request_id, str):
            raise TypeError(f"approval_request_id: expected a string, got {type(approval_request_id).__name__}")

        approve = d.pop("approve")
        if not isinstance(approve, bool):
            raise TypeError(f"approve: expected a boolean, got {type(approve).__name__}")

        id = d.pop("id", UNSET)
        if id is not UNSET and not isinstance(id, str):
            raise TypeError(f"id: expected a string, got {type(id).__name__}")

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"reason: got {type(data).__name__}, which is none of the types this field may have")
            return data

        reason = _parse_reason(d.pop("reason", UNSET))

        _agent_reference = d.pop("agent_reference", UNSET)
        agent_reference: AgentReference | Unset
        if isinstance(_agent_reference, Unset):
            agent_reference = UNSET
        else:
            agent_reference = AgentReference.from_dict(_agent_reference)

        response_id = d.pop("response_id", UNSET)
        if response_id is not UNSET and not isinstance(response_id, str):
            raise TypeError(f"response_id: expected a string, got {type(response_id).__name__}")

        mcp_approval_response_item = cls(
            type_=type_,
            approval_request_id=approval_request_id,
            approve=approve,
            id=id,
            reason=reason,
            agent_reference=agent_reference,
            response_id=response_id,
        )

        mcp_approval_response_item.additional_properties = d
        return mcp_approval_response_item

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
