from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Coordinate")


@_attrs_define
class Coordinate:
    """An x/y coordinate pair.

    Attributes:
        x (int | Unset): The x-coordinate.
        y (int | Unset): The y-coordinate.
    """

    x: int | Unset = UNSET
    y: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x = self.x

        y = self.y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if x is not UNSET:
            field_dict["x"] = x
        if y is not UNSET:
            field_dict["y"] = y

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        x = d.pop("x", UNSET)
        if x is not UNSET and (not isinstance(x, int) or isinstance(x, bool)):
            raise TypeError(f"x: expected an integer, got {type(x).__name__}")

        y = d.pop("y", UNSET)
        if y is not UNSET and (not isinstance(y, int) or isinstance(y, bool)):
            raise TypeError(f"y: expected an integer, got {type(y).__name__}")

        coordinate = cls(
            x=x,
            y=y,
        )

        coordinate.additional_properties = d
        return coordinate

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
