from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.remote_function_call_output_item_type import (
    RemoteFunctionCallOutputItemType,
    check_remote_function_call_output_item_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_reference import AgentReference
    from ..models.remote_function_call_output_output import RemoteFunctionCallOutputOutput


T = TypeVar("T", bound="RemoteFunctionCallOutputItem")


@_attrs_define
class RemoteFunctionCallOutputItem:
    """Inferred by `make new-type` from 1 captured `remote_function_call_output` item.

    Attributes:
        type_ (RemoteFunctionCallOutputItemType): The type of the item. Always `remote_function_call_output`.
        id (str | Unset):
        call_id (str | Unset):
        status (str | Unset):
        output (RemoteFunctionCallOutputOutput | str | Unset): The tool's output. The captured payload carries an object
            (no spec says so); a string, as on `function_call_output`, is accepted too.
        agent_reference (AgentReference | Unset): The agent that created the item.
        response_id (str | Unset): The response on which the item is created.
    """

    type_: RemoteFunctionCallOutputItemType
    id: str | Unset = UNSET
    call_id: str | Unset = UNSET
    status: str | Unset = UNSET
    output: RemoteFunctionCallOutputOutput | str | Unset = UNSET
    agent_reference: AgentReference | Unset = UNSET
    response_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        id = self.id

        call_id = self.call_id

        status = self.status

        output: dict[str, Any] | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, RemoteFunctionCallOutputOutput):
            output = self.output.to_dict()
        else:
            output = self.output

        agent_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_reference, Unset):
            agent_reference = self.agent_reference.to_dict()

        response_id = self.response_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if status is not UNSET:
            field_dict["status"] = status
        if output is not UNSET:
            field_dict["output"] = output
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
        type_ = check_remote_function_call_output_item_type(d.pop("type"))

        id = d.pop("id", UNSET)
        if id is not UNSET and not isinstance(id, str):
            raise TypeError(f"id: expected a string, got {type(id).__name__}")

        call_id = d.pop("call_id", UNSET)
        if call_id is not UNSET and not isinstance(call_id, str):
            raise TypeError(f"call_id: expected a string, got {type(call_id).__name__}")

        status = d.pop("status", UNSET)
        if status is not UNSET and not isinstance(status, str):
            raise TypeError(f"status: expected a string, got {type(status).__name__}")

        def _parse_output(data: object) -> RemoteFunctionCallOutputOutput | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_type_0 = RemoteFunctionCallOutputOutput.from_dict(data)

                return output_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, (str,)) or isinstance(data, bool):
                raise TypeError(f"output: got {type(data).__name__}, which is none of the types this field may have")
            return cast(RemoteFunctionCallOutputOutput | str | Unset, data)

        output = _parse_output(d.pop("output", UNSET))

        _agent_reference = d.pop("agent_reference", UNSET)
        agent_reference: AgentReference | Unset
        if isinstance(_agent_reference, Unset):
            agent_reference = UNSET
        else:
            agent_reference = AgentReference.from_dict(_agent_reference)

        response_id = d.pop("response_id", UNSET)
        if response_id is not UNSET and not isinstance(response_id, str):
            raise TypeError(f"response_id: expected a string, got {type(response_id).__name__}")

        remote_function_call_output_item = cls(
            type_=type_,
            id=id,
            call_id=call_id,
            status=status,
            output=output,
            agent_reference=agent_reference,
            response_id=response_id,
        )

        remote_function_call_output_item.additional_properties = d
        return remote_function_call_output_item

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
from ..models.remote_function_call_output_output import RemoteFunctionCallOutputOutput
