from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TextResponseFormat")


@_attrs_define
class TextResponseFormat:
    """A text response format: `text` (plain text) or `json_schema` (structured output).

    Attributes:
        type_ (str | Unset): The format type, `text` or `json_schema`.
        name (str | Unset): The name of the response format.
        schema (Any | Unset): The JSON Schema of the structured output (an object).
        description (None | str | Unset): What the response format is for, used by the model to determine how to respond
            in the format.
        strict (bool | None | Unset): Whether to enable strict schema adherence when generating the output.
    """

    type_: str | Unset = UNSET
    name: str | Unset = UNSET
    schema: Any | Unset = UNSET
    description: None | str | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        schema = self.schema

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if schema is not UNSET:
            field_dict["schema"] = schema
        if description is not UNSET:
            field_dict["description"] = description
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if type_ is not UNSET and not isinstance(type_, str):
            raise TypeError(f"type_: expected a string, got {type(type_).__name__}")

        name = d.pop("name", UNSET)
        if name is not UNSET and not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        schema = d.pop("schema", UNSET)

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

        def _parse_strict(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, (bool,)):
                raise TypeError(f"strict: got {type(data).__name__}, which is none of the types this field may have")
            return cast(bool | None | Unset, data)

        strict = _parse_strict(d.pop("strict", UNSET))

        text_response_format = cls(
            type_=type_,
            name=name,
            schema=schema,
            description=description,
            strict=strict,
        )

        text_response_format.additional_properties = d
        return text_response_format

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
