from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolCallCaller")


@_attrs_define
class ToolCallCaller:
    """The execution context that produced a tool call (direct or program).

    Attributes:
        type_ (str): The caller type, e.g. `direct` or `program`.
        caller_id (str | Unset): The call ID of the program item that produced this tool call.
    """

    type_: str
    caller_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        caller_id = self.caller_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if caller_id is not UNSET:
            field_dict["caller_id"] = caller_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = d.pop("type")
        if not isinstance(type_, str):
            raise TypeError(f"type_: expected a string, got {type(type_).__name__}")

        caller_id = d.pop("caller_id", UNSET)
        if caller_id is not UNSET and not isinstance(caller_id, str):
            raise TypeError(f"caller_id: expected a string, got {type(caller_id).__name__}")

        tool_call_caller = cls(
            type_=type_,
            caller_id=caller_id,
        )

        tool_call_caller.additional_properties = d
        return tool_call_caller

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
