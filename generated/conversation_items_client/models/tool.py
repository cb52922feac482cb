from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Tool")


@_attrs_define
class Tool:
    """A tool definition (function, mcp, file_search, web_search, ...).

    Attributes:
        type_ (str): The tool type.
        name (str | Unset): The name of the tool.
        description (None | str | Unset): A description of the tool.
        parameters (Any | Unset): The JSON schema of the tool's parameters.
        strict (bool | None | Unset): Whether to enforce strict parameter validation.
        server_label (str | Unset): A label for the MCP server.
        server_url (str | Unset): The URL of the MCP server.
    """

    type_: str
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    parameters: Any | Unset = UNSET
    strict: bool | None | Unset = UNSET
    server_label: str | Unset = UNSET
    server_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        parameters = self.parameters

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        server_label = self.server_label

        server_url = self.server_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if strict is not UNSET:
            field_dict["strict"] = strict
        if server_label is not UNSET:
            field_dict["server_label"] = server_label
        if server_url is not UNSET:
            field_dict["server_url"] = server_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = d.pop("type")
        if not isinstance(type_, str):
            raise TypeError(f"type_: expected a string, got {type(type_).__name__}")

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

        parameters = d.pop("parameters", UNSET)

        def _parse_strict(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, (bool,)):
                raise TypeError(f"strict: got {type(data).__name__}, which is none of the types this field may have")
            return cast(bool | None | Unset, data)

        strict = _parse_strict(d.pop("strict", UNSET))

        server_label = d.pop("server_label", UNSET)
        if server_label is not UNSET and not isinstance(server_label, str):
            raise TypeError(f"server_label: expected a string, got {type(server_label).__name__}")

        server_url = d.pop("server_url", UNSET)
        if server_url is not UNSET and not isinstance(server_url, str):
            raise TypeError(f"server_url: expected a string, got {type(server_url).__name__}")

        tool = cls(
            type_=type_,
            name=name,
            description=description,
            parameters=parameters,
            strict=strict,
            server_label=server_label,
            server_url=server_url,
        )

        tool.additional_properties = d
        return tool

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
