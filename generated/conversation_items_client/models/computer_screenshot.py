from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ComputerScreenshot")


@_attrs_define
class ComputerScreenshot:
    """A computer screenshot image used with the computer use tool.

    Attributes:
        type_ (str): Always `computer_screenshot`.
        image_url (str | Unset): The URL of the screenshot image.
        file_id (str | Unset): The identifier of an uploaded file that contains the screenshot.
    """

    type_: str
    image_url: str | Unset = UNSET
    file_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        image_url = self.image_url

        file_id = self.file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if file_id is not UNSET:
            field_dict["file_id"] = file_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = d.pop("type")
        if not isinstance(type_, str):
            raise TypeError(f"type_: expected a string, got {type(type_).__name__}")

        image_url = d.pop("image_url", UNSET)
        if image_url is not UNSET and not isinstance(image_url, str):
            raise TypeError(f"image_url: expected a string, got {type(image_url).__name__}")

        file_id = d.pop("file_id", UNSET)
        if file_id is not UNSET and not isinstance(file_id, str):
            raise TypeError(f"file_id: expected a string, got {type(file_id).__name__}")

        computer_screenshot = cls(
            type_=type_,
            image_url=image_url,
            file_id=file_id,
        )

        computer_screenshot.additional_properties = d
        return computer_screenshot

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
