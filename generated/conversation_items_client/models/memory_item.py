from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.memory_item_kind import MemoryItemKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="MemoryItem")


@_attrs_define
class MemoryItem:
    """A single memory item stored in the memory store.

    Attributes:
        memory_id (str | Unset): The unique ID of the memory item.
        updated_at (int | Unset): The last update time of the memory item (Unix seconds).
        scope (str | Unset): The namespace that logically groups and isolates memories.
        content (str | Unset): The content of the memory.
        kind (MemoryItemKind | str | Unset): The kind of the memory item.
    """

    memory_id: str | Unset = UNSET
    updated_at: int | Unset = UNSET
    scope: str | Unset = UNSET
    content: str | Unset = UNSET
    kind: MemoryItemKind | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        memory_id = self.memory_id

        updated_at = self.updated_at

        scope = self.scope

        content = self.content

        kind: str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, str):
            kind = self.kind
        else:
            kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if memory_id is not UNSET:
            field_dict["memory_id"] = memory_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if scope is not UNSET:
            field_dict["scope"] = scope
        if content is not UNSET:
            field_dict["content"] = content
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        memory_id = d.pop("memory_id", UNSET)
        if memory_id is not UNSET and not isinstance(memory_id, str):
            raise TypeError(f"memory_id: expected a string, got {type(memory_id).__name__}")

        updated_at = d.pop("updated_at", UNSET)
        if updated_at is not UNSET and (not isinstance(updated_at, int) or isinstance(updated_at, bool)):
            raise TypeError(f"updated_at: expected an integer, got {type(updated_at).__name__}")

        scope = d.pop("scope", UNSET)
        if scope is not UNSET and not isinstance(scope, str):
            raise TypeError(f"scope: expected a string, got {type(scope).__name__}")

        content = d.pop("content", UNSET)
        if content is not UNSET and not isinstance(content, str):
            raise TypeError(f"content: expected a string, got {type(content).__name__}")

        def _parse_kind(data: object) -> MemoryItemKind | str | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"kind: got {type(data).__name__}, which is none of the types this field may have")
            return data

        kind = _parse_kind(d.pop("kind", UNSET))

        memory_item = cls(
            memory_id=memory_id,
            updated_at=updated_at,
            scope=scope,
            content=content,
            kind=kind,
        )

        memory_item.additional_properties = d
        return memory_item

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
