from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CodeInterpreterOutput")


@_attrs_define
class CodeInterpreterOutput:
    """An output of a code interpreter call (logs or image).

    Attributes:
        type_ (str): The output type, `logs` or `image`.
        logs (str | Unset): The logs output from the code interpreter.
        url (str | Unset): The URL of the image output from the code interpreter.
    """

    type_: str
    logs: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        logs = self.logs

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if logs is not UNSET:
            field_dict["logs"] = logs
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = d.pop("type")
        if not isinstance(type_, str):
            raise TypeError(f"type_: expected a string, got {type(type_).__name__}")

        logs = d.pop("logs", UNSET)
        if logs is not UNSET and not isinstance(logs, str):
            raise TypeError(f"logs: expected a string, got {type(logs).__name__}")

        url = d.pop("url", UNSET)
        if url is not UNSET and not isinstance(url, str):
            raise TypeError(f"url: expected a string, got {type(url).__name__}")

        code_interpreter_output = cls(
            type_=type_,
            logs=logs,
            url=url,
        )

        code_interpreter_output.additional_properties = d
        return code_interpreter_output

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
