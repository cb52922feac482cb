from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_moderation_details import ImageModerationDetails


T = TypeVar("T", bound="ImageGenerationCallError")


@_attrs_define
class ImageGenerationCallError:
    """Details of a moderation failure of an image generation call.

    Attributes:
        code (None | str | Unset): The error code.
        message (str | Unset): A description of the error.
        param (None | str | Unset): The related request parameter.
        type_ (str | Unset): The error type.
        moderation_details (ImageModerationDetails | None | Unset): Public details for a `moderation_blocked` error,
            when available.
    """

    code: None | str | Unset = UNSET
    message: str | Unset = UNSET
    param: None | str | Unset = UNSET
    type_: str | Unset = UNSET
    moderation_details: ImageModerationDetails | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        message = self.message

        param: None | str | Unset
        if isinstance(self.param, Unset):
            param = UNSET
        else:
            param = self.param

        type_ = self.type_

        moderation_details: dict[str, Any] | None | Unset
        if isinstance(self.moderation_details, Unset):
            moderation_details = UNSET
        elif isinstance(self.moderation_details, ImageModerationDetails):
            moderation_details = self.moderation_details.to_dict()
        else:
            moderation_details = self.moderation_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if param is not UNSET:
            field_dict["param"] = param
        if type_ is not UNSET:
            field_dict["type"] = type_
        if moderation_details is not UNSET:
            field_dict["moderation_details"] = moderation_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"code: got {type(data).__name__}, which is none of the types this field may have")
            return data

        code = _parse_code(d.pop("code", UNSET))

        message = d.pop("message", UNSET)
        if message is not UNSET and not isinstance(message, str):
            raise TypeError(f"message: expected a string, got {type(message).__name__}")

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

        def _parse_moderation_details(data: object) -> ImageModerationDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                moderation_details_type_0 = ImageModerationDetails.from_dict(data)

                return moderation_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                f"moderation_details: got {type(data).__name__}, which is none of the types this field may have"
            )

        moderation_details = _parse_moderation_details(d.pop("moderation_details", UNSET))

        image_generation_call_error = cls(
            code=code,
            message=message,
            param=param,
            type_=type_,
            moderation_details=moderation_details,
        )

        image_generation_call_error.additional_properties = d
        return image_generation_call_error

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


from ..models.image_moderation_details import ImageModerationDetails
