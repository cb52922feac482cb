from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_action_item_type import WorkflowActionItemType, check_workflow_action_item_type
from ..models.workflow_action_status import WorkflowActionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_reference import AgentReference


T = TypeVar("T", bound="WorkflowActionItem")


@_attrs_define
class WorkflowActionItem:
    """A workflow (CSDL) action.

    Attributes:
        type_ (WorkflowActionItemType): The type of the item. Always `workflow_action`.
        kind (str): The kind of CSDL action (e.g. 'SetVariable', 'InvokeAzureAgent').
        action_id (str): Unique identifier for the action.
        id (str | Unset): The unique ID of the item (sent by the service although the upstream schema omits it).
        parent_action_id (str | Unset): ID of the parent action if this is a nested action.
        previous_action_id (str | Unset): ID of the previous action if this action follows another.
        status (str | Unset | WorkflowActionStatus): Status of the action.
        agent_reference (AgentReference | Unset): The agent that created the item.
        response_id (str | Unset): The response on which the item is created.
    """

    type_: WorkflowActionItemType
    kind: str
    action_id: str
    id: str | Unset = UNSET
    parent_action_id: str | Unset = UNSET
    previous_action_id: str | Unset = UNSET
    status: str | Unset | WorkflowActionStatus = UNSET
    agent_reference: AgentReference | Unset = UNSET
    response_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        kind = self.kind

        action_id = self.action_id

        id = self.id

        parent_action_id = self.parent_action_id

        previous_action_id = self.previous_action_id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        agent_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_reference, Unset):
            agent_reference = self.agent_reference.to_dict()

        response_id = self.response_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "kind": kind,
                "action_id": action_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if parent_action_id is not UNSET:
            field_dict["parent_action_id"] = parent_action_id
        if previous_action_id is not UNSET:
            field_dict["previous_action_id"] = previous_action_id
        if status is not UNSET:
            field_dict["status"] = status
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
        type_ = check_workflow_action_item_type(d.pop("type"))

        kind = d.pop("kind")
        if not isinstance(kind, str):
            raise TypeError(f"kind: expected a string, got {type(kind).__name__}")

        action_id = d.pop("action_id")
        if not isinstance(action_id, str):
            raise TypeError(f"action_id: expected a string, got {type(action_id).__name__}")

        id = d.pop("id", UNSET)
        if id is not UNSET and not isinstance(id, str):
            raise TypeError(f"id: expected a string, got {type(id).__name__}")

        parent_action_id = d.pop("parent_action_id", UNSET)
        if parent_action_id is not UNSET and not isinstance(parent_action_id, str):
            raise TypeError(f"parent_action_id: expected a string, got {type(parent_action_id).__name__}")

        previous_action_id = d.pop("previous_action_id", UNSET)
        if previous_action_id is not UNSET and not isinstance(previous_action_id, str):
            raise TypeError(f"previous_action_id: expected a string, got {type(previous_action_id).__name__}")

        def _parse_status(data: object) -> str | Unset | WorkflowActionStatus:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"status: got {type(data).__name__}, which is none of the types this field may have")
            return data

        status = _parse_status(d.pop("status", UNSET))

        _agent_reference = d.pop("agent_reference", UNSET)
        agent_reference: AgentReference | Unset
        if isinstance(_agent_reference, Unset):
            agent_reference = UNSET
        else:
            agent_reference = AgentReference.from_dict(_agent_reference)

        response_id = d.pop("response_id", UNSET)
        if response_id is not UNSET and not isinstance(response_id, str):
            raise TypeError(f"response_id: expected a string, got {type(response_id).__name__}")

        workflow_action_item = cls(
            type_=type_,
            kind=kind,
            action_id=action_id,
            id=id,
            parent_action_id=parent_action_id,
            previous_action_id=previous_action_id,
            status=status,
            agent_reference=agent_reference,
            response_id=response_id,
        )

        workflow_action_item.additional_properties = d
        return workflow_action_item

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
