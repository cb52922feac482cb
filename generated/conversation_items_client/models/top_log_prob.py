from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TopLogProb")


@_attrs_define
class TopLogProb:
    """The top log probability of a token.

    Attributes:
        token (str | Unset):
        logprob (float | Unset):
        bytes_ (list[int] | Unset):
    """

    token: str | Unset = UNSET
    logprob: float | Unset = UNSET
    bytes_: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        logprob = self.logprob

        bytes_: list[int] | Unset = UNSET
        if not isinstance(self.bytes_, Unset):
            bytes_ = self.bytes_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if logprob is not UNSET:
            field_dict["logprob"] = logprob
        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        token = d.pop("token", UNSET)
        if token is not UNSET and not isinstance(token, str):
            raise TypeError(f"token: expected a string, got {type(token).__name__}")

        logprob = d.pop("logprob", UNSET)
        if logprob is not UNSET and (not isinstance(logprob, (int, float)) or isinstance(logprob, bool)):
            raise TypeError(f"logprob: expected a number, got {type(logprob).__name__}")

        _bytes_ = d.pop("bytes", UNSET)
        if not isinstance(_bytes_, list | Unset):
            raise TypeError(f"bytes_: expected a JSON array, got {type(_bytes_).__name__}")
        if isinstance(_bytes_, list) and any(
            (not isinstance(_element, int) or isinstance(_element, bool)) for _element in _bytes_
        ):
            raise TypeError("bytes_: expected an array of which each element is an integer")
        bytes_ = cast(list[int], _bytes_)

        top_log_prob = cls(
            token=token,
            logprob=logprob,
            bytes_=bytes_,
        )

        top_log_prob.additional_properties = d
        return top_log_prob

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
