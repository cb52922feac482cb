from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplyPatchOperation")


@_attrs_define
class ApplyPatchOperation:
    """One of the create_file, delete_file or update_file operations applied via apply_patch.

    Attributes:
        type_ (str): The operation type.
        path (str | Unset): Path of the file.
        diff (str | Unset): Diff to apply.
    """

    type_: str
    path: str | Unset = UNSET
    diff: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        path = self.path

        diff = self.diff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if path is not UNSET:
            field_dict["path"] = path
        if diff is not UNSET:
            field_dict["diff"] = diff

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = d.pop("type")
        if not isinstance(type_, str):
            raise TypeError(f"type_: expected a string, got {type(type_).__name__}")

        path = d.pop("path", UNSET)
        if path is not UNSET and not isinstance(path, str):
            raise TypeError(f"path: expected a string, got {type(path).__name__}")

        diff = d.pop("diff", UNSET)
        if diff is not UNSET and not isinstance(diff, str):
            raise TypeError(f"diff: expected a string, got {type(diff).__name__}")

        apply_patch_operation = cls(
            type_=type_,
            path=path,
            diff=diff,
        )

        apply_patch_operation.additional_properties = d
        return apply_patch_operation

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
