from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageGenerationSvgUsage")


@_attrs_define
class ImageGenerationSvgUsage:
    """Token usage of an SVG image generation.

    Attributes:
        input_tokens (int | Unset):
        model (str | Unset):
        output_tokens (int | Unset):
        reasoning_tokens (int | Unset):
        total_tokens (int | Unset):
    """

    input_tokens: int | Unset = UNSET
    model: str | Unset = UNSET
    output_tokens: int | Unset = UNSET
    reasoning_tokens: int | Unset = UNSET
    total_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_tokens = self.input_tokens

        model = self.model

        output_tokens = self.output_tokens

        reasoning_tokens = self.reasoning_tokens

        total_tokens = self.total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if model is not UNSET:
            field_dict["model"] = model
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if reasoning_tokens is not UNSET:
            field_dict["reasoning_tokens"] = reasoning_tokens
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        input_tokens = d.pop("input_tokens", UNSET)
        if input_tokens is not UNSET and (not isinstance(input_tokens, int) or isinstance(input_tokens, bool)):
            raise TypeError(f"input_tokens: expected an integer, got {type(input_tokens).__name__}")

        model = d.pop("model", UNSET)
        if model is not UNSET and not isinstance(model, str):
            raise TypeError(f"model: expected a string, got {type(model).__name__}")

        output_tokens = d.pop("output_tokens", UNSET)
        if output_tokens is not UNSET and (not isinstance(output_tokens, int) or isinstance(output_tokens, bool)):
            raise TypeError(f"output_tokens: expected an integer, got {type(output_tokens).__name__}")

        reasoning_tokens = d.pop("reasoning_tokens", UNSET)
        if reasoning_tokens is not UNSET and (
            not isinstance(reasoning_tokens, int) or isinstance(reasoning_tokens, bool)
        ):
            raise TypeError(f"reasoning_tokens: expected an integer, got {type(reasoning_tokens).__name__}")

        total_tokens = d.pop("total_tokens", UNSET)
        if total_tokens is not UNSET and (not isinstance(total_tokens, int) or isinstance(total_tokens, bool)):
            raise TypeError(f"total_tokens: expected an integer, got {type(total_tokens).__name__}")

        image_generation_svg_usage = cls(
            input_tokens=input_tokens,
            model=model,
            output_tokens=output_tokens,
            reasoning_tokens=reasoning_tokens,
            total_tokens=total_tokens,
        )

        image_generation_svg_usage.additional_properties = d
        return image_generation_svg_usage

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
