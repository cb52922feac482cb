from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiError")


@_attrs_define
class ApiError:
    """An error returned by the service.

    Attributes:
        message (str): A human-readable description of the error.
        code (None | str | Unset): The error code.
        param (None | str | Unset): The parameter the error relates to, if any.
        type_ (str | Unset): The error type.
        details (list[Any] | Unset): Further errors that led to this one.
        additional_info (Any | Unset): Additional information about the error (free-form object).
        debug_info (Any | Unset): Debugging information about the error (free-form object).
    """

    message: str
    code: None | str | Unset = UNSET
    param: None | str | Unset = UNSET
    type_: str | Unset = UNSET
    details: list[Any] | Unset = UNSET
    additional_info: Any | Unset = UNSET
    debug_info: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        param: None | str | Unset
        if isinstance(self.param, Unset):
            param = UNSET
        else:
            param = self.param

        type_ = self.type_

        details: list[Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details

        additional_info = self.additional_info

        debug_info = self.debug_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if param is not UNSET:
            field_dict["param"] = param
        if type_ is not UNSET:
            field_dict["type"] = type_
        if details is not UNSET:
            field_dict["details"] = details
        if additional_info is not UNSET:
            field_dict["additionalInfo"] = additional_info
        if debug_info is not UNSET:
            field_dict["debugInfo"] = debug_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        message = d.pop("message")
        if not isinstance(message, str):
            raise TypeError(f"message: expected a string, got {type(message).__name__}")

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"code: got {type(data).__name__}, which is none of the types this field may have")
            return data

        code = _parse_code(d.pop("code", UNSET))

        def _parse_param(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"param: got {type(data).__name__}, which is none of the types this field may have")
            return data

        param = _parse_param(d.pop("param", UNSET))

        type_ = d.pop("type", UNSET)
        if type_ is not UNSET and not isinstance(type_, str):
            raise TypeError(f"type_: expected a string, got {type(type_).__name__}")

        _details = d.pop("details", UNSET)
        if not isinstance(_details, list | Unset):
            raise TypeError(f"details: expected a JSON array, got {type(_details).__name__}")
        details = cast(list[Any], _details)

        additional_info = d.pop("additionalInfo", UNSET)

        debug_info = d.pop("debugInfo", UNSET)

        api_error = cls(
            message=message,
            code=code,
            param=param,
            type_=type_,
            details=details,
            additional_info=additional_info,
            debug_info=debug_info,
        )

        api_error.additional_properties = d
        return api_error

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
