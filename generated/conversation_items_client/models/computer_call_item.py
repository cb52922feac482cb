from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.computer_call_item_type import ComputerCallItemType, check_computer_call_item_type
from ..models.item_status import ItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_reference import AgentReference
    from ..models.computer_action import ComputerAction
    from ..models.safety_check import SafetyCheck


T = TypeVar("T", bound="ComputerCallItem")


@_attrs_define
class ComputerCallItem:
    """A tool call to a computer use tool.

    Attributes:
        type_ (ComputerCallItemType): The type of the item. Always `computer_call`.
        call_id (str): An identifier used when responding to the tool call with output.
        id (str | Unset): The unique ID of the computer call.
        action (ComputerAction | Unset): A computer use action (click, double_click, drag, keypress, move, screenshot,
            scroll, type, wait).
        actions (list[ComputerAction] | Unset): Flattened batched actions for `computer_use`.
        pending_safety_checks (list[SafetyCheck] | Unset): The pending safety checks for the computer call.
        status (ItemStatus | str | Unset): The status of the item.
        agent_reference (AgentReference | Unset): The agent that created the item.
        response_id (str | Unset): The response on which the item is created.
    """

    type_: ComputerCallItemType
    call_id: str
    id: str | Unset = UNSET
    action: ComputerAction | Unset = UNSET
    actions: list[ComputerAction] | Unset = UNSET
    pending_safety_checks: list[SafetyCheck] | Unset = UNSET
    status: ItemStatus | str | Unset = UNSET
    agent_reference: AgentReference | Unset = UNSET
    response_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        call_id = self.call_id

        id = self.id

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        pending_safety_checks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pending_safety_checks, Unset):
            pending_safety_checks = []
            for pending_safety_checks_item_data in self.pending_safety_checks:
                pending_safety_checks_item = pending_safety_checks_item_data.to_dict()
                pending_safety_checks.append(pending_safety_checks_item)

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
                "call_id": call_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if action is not UNSET:
            field_dict["action"] = action
        if actions is not UNSET:
            field_dict["actions"] = actions
        if pending_safety_checks is not UNSET:
            field_dict["pending_safety_checks"] = pending_safety_checks
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
        type_ = check_computer_call_item_type(d.pop("type"))

        call_id = d.pop("call_id")
        if not isinstance(call_id, str):
            raise TypeError(f"call_id: expected a string, got {type(call_id).__name__}")

        id = d.pop("id", UNSET)
        if id is not UNSET and not isinstance(id, str):
            raise TypeError(f"id: expected a string, got {type(id).__name__}")

        _action = d.pop("action", UNSET)
        action: ComputerAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = ComputerAction.from_dict(_action)

        _actions = d.pop("actions", UNSET)
        actions: list[ComputerAction] | Unset = UNSET
        if _actions is not UNSET:
            if not isinstance(_actions, list):
                raise TypeError(f"actions: expected a JSON array, got {type(_actions).__name__}")
            actions = []
            for actions_item_data in _actions:
                actions_item = ComputerAction.from_dict(actions_item_data)

                actions.append(actions_item)

        _pending_safety_checks = d.pop("pending_safety_checks", UNSET)
        pending_safety_checks: list[SafetyCheck] | Unset = UNSET
        if _pending_safety_checks is not UNSET:
            if not isinstance(_pending_safety_checks, list):
                raise TypeError(
                    f"pending_safety_checks: expected a JSON array, got {type(_pending_safety_checks).__name__}"
                )
            pending_safety_checks = []
            for pending_safety_checks_item_data in _pending_safety_checks:
                pending_safety_checks_item = SafetyCheck.from_dict(pending_safety_checks_item_data)

                pending_safety_checks.append(pending_safety_checks_item)

        def _parse_status(data: object) -> ItemStatus | str | Unset:
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

        computer_call_item = cls(
            type_=type_,
            call_id=call_id,
            id=id,
            action=action,
            actions=actions,
            pending_safety_checks=pending_safety_checks,
            status=status,
            agent_reference=agent_reference,
            response_id=response_id,
        )

        computer_call_item.additional_properties = d
        return computer_call_item

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
from ..models.computer_action import ComputerAction
from ..models.safety_check import SafetyCheck
