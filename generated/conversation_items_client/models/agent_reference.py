from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentReference")


@_attrs_define
class AgentReference:
    """The agent that created the item.

    Attributes:
        name (str): The name of the agent.
        type_ (str | Unset): Always `agent_reference`.
        version (str | Unset): The version identifier of the agent.
    """

    name: str
    type_: str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        type_ = d.pop("type", UNSET)
        if type_ is not UNSET and not isinstance(type_, str):
            raise TypeError(f"type_: expected a string, got {type(type_).__name__}")

        version = d.pop("version", UNSET)
        if version is not UNSET and not isinstance(version, str):
            raise TypeError(f"version: expected a string, got {type(version).__name__}")

        agent_reference = cls(
            name=name,
            type_=type_,
            version=version,
        )

        agent_reference.additional_properties = d
        return agent_reference

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
