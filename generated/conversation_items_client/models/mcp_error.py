from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="McpError")


@_attrs_define
class McpError:
    """An error from an MCP server or tool (protocol_error, tool_execution_error, http_error, ...).

    Attributes:
        type_ (str | Unset): The error type.
        code (int | Unset): The error code.
        message (str | Unset): The error message.
        content (Any | Unset): The error content returned by the tool.
    """

    type_: str | Unset = UNSET
    code: int | Unset = UNSET
    message: str | Unset = UNSET
    content: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        code = self.code

        message = self.message

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if type_ is not UNSET and not isinstance(type_, str):
            raise TypeError(f"type_: expected a string, got {type(type_).__name__}")

        code = d.pop("code", UNSET)
        if code is not UNSET and (not isinstance(code, int) or isinstance(code, bool)):
            raise TypeError(f"code: expected an integer, got {type(code).__name__}")

        message = d.pop("message", UNSET)
        if message is not UNSET and not isinstance(message, str):
            raise TypeError(f"message: expected a string, got {type(message).__name__}")

        content = d.pop("content", UNSET)

        mcp_error = cls(
            type_=type_,
            code=code,
            message=message,
            content=content,
        )

        mcp_error.additional_properties = d
        return mcp_error

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
