from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.remote_function_call_item_type import RemoteFunctionCallItemType, check_remote_function_call_item_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_reference import AgentReference


T = TypeVar("T", bound="RemoteFunctionCallItem")


@_attrs_define
class RemoteFunctionCallItem:
    """Inferred by `make new-type` from 1 captured `remote_function_call` item.

    Attributes:
        type_ (RemoteFunctionCallItemType): The type of the item. Always `remote_function_call`.
        id (str | Unset):
        call_id (str | Unset):
        name (str | Unset):
        arguments (str | Unset):
        agent_reference (AgentReference | Unset): The agent that created the item.
        response_id (str | Unset): The response on which the item is created.
    """

    type_: RemoteFunctionCallItemType
    id: str | Unset = UNSET
    call_id: str | Unset = UNSET
    name: str | Unset = UNSET
    arguments: str | Unset = UNSET
    agent_reference: AgentReference | Unset = UNSET
    response_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        id = self.id

        call_id = self.call_id

        name = self.name

        arguments = self.arguments

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
        if name is not UNSET:
            field_dict["name"] = name
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
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
        type_ = check_remote_function_call_item_type(d.pop("type"))

        id = d.pop("id", UNSET)
        if id is not UNSET and not isinstance(id, str):
            raise TypeError(f"id: expected a string, got {type(id).__name__}")

        call_id = d.pop("call_id", UNSET)
        if call_id is not UNSET and not isinstance(call_id, str):
            raise TypeError(f"call_id: expected a string, got {type(call_id).__name__}")

        name = d.pop("name", UNSET)
        if name is not UNSET and not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        arguments = d.pop("arguments", UNSET)
        if arguments is not UNSET and not isinstance(arguments, str):
            raise TypeError(f"arguments: expected a string, got {type(arguments).__name__}")

        _agent_reference = d.pop("agent_reference", UNSET)
        agent_reference: AgentReference | Unset
        if isinstance(_agent_reference, Unset):
            agent_reference = UNSET
        else:
            agent_reference = AgentReference.from_dict(_agent_reference)

        response_id = d.pop("response_id", UNSET)
        if response_id is not UNSET and not isinstance(response_id, str):
            raise TypeError(f"response_id: expected a string, got {type(response_id).__name__}")

        remote_function_call_item = cls(
            type_=type_,
            id=id,
            call_id=call_id,
            name=name,
            arguments=arguments,
            agent_reference=agent_reference,
            response_id=response_id,
        )

        remote_function_call_item.additional_properties = d
        return remote_function_call_item

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
