from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.computer_call_output_item_type import ComputerCallOutputItemType, check_computer_call_output_item_type
from ..models.computer_call_output_status import ComputerCallOutputStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_reference import AgentReference
    from ..models.computer_screenshot import ComputerScreenshot
    from ..models.safety_check import SafetyCheck


T = TypeVar("T", bound="ComputerCallOutputItem")


@_attrs_define
class ComputerCallOutputItem:
    """The output of a computer tool call.

    Attributes:
        type_ (ComputerCallOutputItemType): The type of the item. Always `computer_call_output`.
        call_id (str): The ID of the computer tool call that produced the output.
        output (ComputerScreenshot): A computer screenshot image used with the computer use tool.
        id (str | Unset): The ID of the computer tool call output.
        acknowledged_safety_checks (list[SafetyCheck] | Unset): The safety checks reported by the API that have been
            acknowledged by the developer.
        status (ComputerCallOutputStatus | str | Unset): The status of the computer call output.
        created_by (str | Unset): The identifier of the actor that created the item.
        agent_reference (AgentReference | Unset): The agent that created the item.
        response_id (str | Unset): The response on which the item is created.
    """

    type_: ComputerCallOutputItemType
    call_id: str
    output: ComputerScreenshot
    id: str | Unset = UNSET
    acknowledged_safety_checks: list[SafetyCheck] | Unset = UNSET
    status: ComputerCallOutputStatus | str | Unset = UNSET
    created_by: str | Unset = UNSET
    agent_reference: AgentReference | Unset = UNSET
    response_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        call_id = self.call_id

        output = self.output.to_dict()

        id = self.id

        acknowledged_safety_checks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.acknowledged_safety_checks, Unset):
            acknowledged_safety_checks = []
            for acknowledged_safety_checks_item_data in self.acknowledged_safety_checks:
                acknowledged_safety_checks_item = acknowledged_safety_checks_item_data.to_dict()
                acknowledged_safety_checks.append(acknowledged_safety_checks_item)

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        created_by = self.created_by

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
                "output": output,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if acknowledged_safety_checks is not UNSET:
            field_dict["acknowledged_safety_checks"] = acknowledged_safety_checks
        if status is not UNSET:
            field_dict["status"] = status
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
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
        type_ = check_computer_call_output_item_type(d.pop("type"))

        call_id = d.pop("call_id")
        if not isinstance(call_id, str):
            raise TypeError(f"call_id: expected a string, got {type(call_id).__name__}")

        output = ComputerScreenshot.from_dict(d.pop("output"))

        id = d.pop("id", UNSET)
        if id is not UNSET and not isinstance(id, str):
            raise TypeError(f"id: expected a string, got {type(id).__name__}")

        _acknowledged_safety_checks = d.pop("acknowledged_safety_checks", UNSET)
        acknowledged_safety_checks: list[SafetyCheck] | Unset = UNSET
        if _acknowledged_safety_checks is not UNSET:
            if not isinstance(_acknowledged_safety_checks, list):
                raise TypeError(
                    f"acknowledged_safety_checks: expected a JSON array, got {type(_acknowledged_safety_checks).__name__}"
                )
            acknowledged_safety_checks = []
            for acknowledged_safety_checks_item_data in _acknowledged_safety_checks:
                acknowledged_safety_checks_item = SafetyCheck.from_dict(acknowledged_safety_checks_item_data)

                acknowledged_safety_checks.append(acknowledged_safety_checks_item)

        def _parse_status(data: object) -> ComputerCallOutputStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"status: got {type(data).__name__}, which is none of the types this field may have")
            return data

        status = _parse_status(d.pop("status", UNSET))

        created_by = d.pop("created_by", UNSET)
        if created_by is not UNSET and not isinstance(created_by, str):
            raise TypeError(f"created_by: expected a string, got {type(created_by).__name__}")

        _agent_reference = d.pop("agent_reference", UNSET)
        agent_reference: AgentReference | Unset
        if isinstance(_agent_reference, Unset):
            agent_reference = UNSET
        else:
            agent_reference = AgentReference.from_dict(_agent_reference)

        response_id = d.pop("response_id", UNSET)
        if response_id is not UNSET and not isinstance(response_id, str):
            raise TypeError(f"response_id: expected a string, got {type(response_id).__name__}")

        computer_call_output_item = cls(
            type_=type_,
            call_id=call_id,
            output=output,
            id=id,
            acknowledged_safety_checks=acknowledged_safety_checks,
            status=status,
            created_by=created_by,
            agent_reference=agent_reference,
            response_id=response_id,
        )

        computer_call_output_item.additional_properties = d
        return computer_call_output_item

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
from ..models.computer_screenshot import ComputerScreenshot
from ..models.safety_check import SafetyCheck
