from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="McpListToolsTool")


@_attrs_define
class McpListToolsTool:
    """A tool available on an MCP server.

    Attributes:
        name (str | Unset): The name of the tool.
        description (None | str | Unset): The description of the tool.
        input_schema (Any | Unset): The JSON schema describing the tool's input.
        annotations (Any | Unset): Additional annotations about the tool.
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    input_schema: Any | Unset = UNSET
    annotations: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        input_schema = self.input_schema

        annotations = self.annotations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if input_schema is not UNSET:
            field_dict["input_schema"] = input_schema
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is not UNSET and not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(
                    f"description: got {type(data).__name__}, which is none of the types this field may have"
                )
            return data

        description = _parse_description(d.pop("description", UNSET))

        input_schema = d.pop("input_schema", UNSET)

        annotations = d.pop("annotations", UNSET)

        mcp_list_tools_tool = cls(
            name=name,
            description=description,
            input_schema=input_schema,
            annotations=annotations,
        )

        mcp_list_tools_tool.additional_properties = d
        return mcp_list_tools_tool

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
