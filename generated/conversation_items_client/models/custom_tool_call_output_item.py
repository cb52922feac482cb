from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_tool_call_output_item_type import (
    CustomToolCallOutputItemType,
    check_custom_tool_call_output_item_type,
)
from ..models.item_status import ItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_reference import AgentReference
    from ..models.content_part import ContentPart
    from ..models.tool_call_caller import ToolCallCaller


T = TypeVar("T", bound="CustomToolCallOutputItem")


@_attrs_define
class CustomToolCallOutputItem:
    """The output of a custom tool call.

    Attributes:
        type_ (CustomToolCallOutputItemType): The type of the item. Always `custom_tool_call_output`.
        call_id (str): The call ID, used to map this custom tool call output to a custom tool call.
        output (list[ContentPart] | str): The output from the custom tool call: a string or a list of content parts.
        id (str | Unset): The unique ID of the custom tool call output.
        caller (None | ToolCallCaller | Unset): The execution context that produced this tool call.
        status (ItemStatus | str | Unset): The status of the item.
        created_by (str | Unset): The identifier of the actor that created the item.
        agent_reference (AgentReference | Unset): The agent that created the item.
        response_id (str | Unset): The response on which the item is created.
    """

    type_: CustomToolCallOutputItemType
    call_id: str
    output: list[ContentPart] | str
    id: str | Unset = UNSET
    caller: None | ToolCallCaller | Unset = UNSET
    status: ItemStatus | str | Unset = UNSET
    created_by: str | Unset = UNSET
    agent_reference: AgentReference | Unset = UNSET
    response_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        call_id = self.call_id

        output: list[dict[str, Any]] | str
        if isinstance(self.output, list):
            output = []
            for output_type_1_item_data in self.output:
                output_type_1_item = output_type_1_item_data.to_dict()
                output.append(output_type_1_item)

        else:
            output = self.output

        id = self.id

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, ToolCallCaller):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

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
        if caller is not UNSET:
            field_dict["caller"] = caller
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
        type_ = check_custom_tool_call_output_item_type(d.pop("type"))

        call_id = d.pop("call_id")
        if not isinstance(call_id, str):
            raise TypeError(f"call_id: expected a string, got {type(call_id).__name__}")

        def _parse_output(data: object) -> list[ContentPart] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_type_1 = []
                _output_type_1 = data
                if not isinstance(_output_type_1, list):
                    raise TypeError(f"output_type_1: expected a JSON array, got {type(_output_type_1).__name__}")
                for output_type_1_item_data in _output_type_1:
                    output_type_1_item = ContentPart.from_dict(output_type_1_item_data)

                    output_type_1.append(output_type_1_item)

                return output_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, (str,)) or isinstance(data, bool):
                raise TypeError(f"output: got {type(data).__name__}, which is none of the types this field may have")
            return cast(list[ContentPart] | str, data)

        output = _parse_output(d.pop("output"))

        id = d.pop("id", UNSET)
        if id is not UNSET and not isinstance(id, str):
            raise TypeError(f"id: expected a string, got {type(id).__name__}")

        def _parse_caller(data: object) -> None | ToolCallCaller | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                caller_type_0 = ToolCallCaller.from_dict(data)

                return caller_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"caller: got {type(data).__name__}, which is none of the types this field may have")

        caller = _parse_caller(d.pop("caller", UNSET))

        def _parse_status(data: object) -> ItemStatus | str | Unset:
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

        custom_tool_call_output_item = cls(
            type_=type_,
            call_id=call_id,
            output=output,
            id=id,
            caller=caller,
            status=status,
            created_by=created_by,
            agent_reference=agent_reference,
            response_id=response_id,
        )

        custom_tool_call_output_item.additional_properties = d
        return custom_tool_call_output_item

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
from ..models.content_part import ContentPart
from ..models.tool_call_caller import ToolCallCaller
