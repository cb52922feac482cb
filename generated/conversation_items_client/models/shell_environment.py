from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShellEnvironment")


@_attrs_define
class ShellEnvironment:
    """The environment of a shell call (local or container_reference).

    Attributes:
        type_ (str): The environment type.
        container_id (str | Unset): The ID of the container.
    """

    type_: str
    container_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        container_id = self.container_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if container_id is not UNSET:
            field_dict["container_id"] = container_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = d.pop("type")
        if not isinstance(type_, str):
            raise TypeError(f"type_: expected a string, got {type(type_).__name__}")

        container_id = d.pop("container_id", UNSET)
        if container_id is not UNSET and not isinstance(container_id, str):
            raise TypeError(f"container_id: expected a string, got {type(container_id).__name__}")

        shell_environment = cls(
            type_=type_,
            container_id=container_id,
        )

        shell_environment.additional_properties = d
        return shell_environment

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
