from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_prompt_cache_breakpoint_config_mode import (
    BetaPromptCacheBreakpointConfigMode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaPromptCacheBreakpointConfig")


@_attrs_define
class BetaPromptCacheBreakpointConfig:
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's
    `prompt_cache_options.ttl`; the boundary is not rounded to a token block.

        Attributes:
            mode (BetaPromptCacheBreakpointConfigMode | str | Unset): The breakpoint mode. Always `explicit`.
    """

    mode: BetaPromptCacheBreakpointConfigMode | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, str):
            mode = self.mode
        else:
            mode = self.mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)

        def _parse_mode(data: object) -> BetaPromptCacheBreakpointConfigMode | str | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"mode: got {type(data).__name__}, which is none of the types this field may have")
            return data

        mode = _parse_mode(d.pop("mode", UNSET))

        beta_prompt_cache_breakpoint_config = cls(
            mode=mode,
        )

        beta_prompt_cache_breakpoint_config.additional_properties = d
        return beta_prompt_cache_breakpoint_config

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
