from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_moderation_stage import ImageModerationStage
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageModerationDetails")


@_attrs_define
class ImageModerationDetails:
    """Public details for a `moderation_blocked` error.

    Attributes:
        categories (list[str] | Unset): Public moderation categories. New category values may be added over time.
        moderation_stage (ImageModerationStage | str | Unset): The stage where moderation blocked the image generation
            call.
    """

    categories: list[str] | Unset = UNSET
    moderation_stage: ImageModerationStage | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        moderation_stage: str | Unset
        if isinstance(self.moderation_stage, Unset):
            moderation_stage = UNSET
        elif isinstance(self.moderation_stage, str):
            moderation_stage = self.moderation_stage
        else:
            moderation_stage = self.moderation_stage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if categories is not UNSET:
            field_dict["categories"] = categories
        if moderation_stage is not UNSET:
            field_dict["moderation_stage"] = moderation_stage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _categories = d.pop("categories", UNSET)
        if not isinstance(_categories, list | Unset):
            raise TypeError(f"categories: expected a JSON array, got {type(_categories).__name__}")
        if isinstance(_categories, list) and any(not isinstance(_element, str) for _element in _categories):
            raise TypeError("categories: expected an array of which each element is a string")
        categories = cast(list[str], _categories)

        def _parse_moderation_stage(data: object) -> ImageModerationStage | str | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(
                    f"moderation_stage: got {type(data).__name__}, which is none of the types this field may have"
                )
            return data

        moderation_stage = _parse_moderation_stage(d.pop("moderation_stage", UNSET))

        image_moderation_details = cls(
            categories=categories,
            moderation_stage=moderation_stage,
        )

        image_moderation_details.additional_properties = d
        return image_moderation_details

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
