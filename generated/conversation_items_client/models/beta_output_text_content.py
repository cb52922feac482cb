from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_output_text_content_type import BetaOutputTextContentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.beta_annotation import BetaAnnotation
    from ..models.log_prob import LogProb


T = TypeVar("T", bound="BetaOutputTextContent")


@_attrs_define
class BetaOutputTextContent:
    """A text output from the model.

    Attributes:
        type_ (BetaOutputTextContentType | str | Unset): The type of the output text. Always `output_text`.
        text (str | Unset): The text output from the model.
        annotations (list[BetaAnnotation] | Unset): The annotations of the text output.
        logprobs (list[LogProb] | Unset):
    """

    type_: BetaOutputTextContentType | str | Unset = UNSET
    text: str | Unset = UNSET
    annotations: list[BetaAnnotation] | Unset = UNSET
    logprobs: list[LogProb] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        text = self.text

        annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item = annotations_item_data.to_dict()
                annotations.append(annotations_item)

        logprobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.logprobs, Unset):
            logprobs = []
            for logprobs_item_data in self.logprobs:
                logprobs_item = logprobs_item_data.to_dict()
                logprobs.append(logprobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)

        def _parse_type_(data: object) -> BetaOutputTextContentType | str | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"type_: got {type(data).__name__}, which is none of the types this field may have")
            return data

        type_ = _parse_type_(d.pop("type", UNSET))

        text = d.pop("text", UNSET)
        if text is not UNSET and not isinstance(text, str):
            raise TypeError(f"text: expected a string, got {type(text).__name__}")

        _annotations = d.pop("annotations", UNSET)
        annotations: list[BetaAnnotation] | Unset = UNSET
        if _annotations is not UNSET:
            if not isinstance(_annotations, list):
                raise TypeError(f"annotations: expected a JSON array, got {type(_annotations).__name__}")
            annotations = []
            for annotations_item_data in _annotations:
                annotations_item = BetaAnnotation.from_dict(annotations_item_data)

                annotations.append(annotations_item)

        _logprobs = d.pop("logprobs", UNSET)
        logprobs: list[LogProb] | Unset = UNSET
        if _logprobs is not UNSET:
            if not isinstance(_logprobs, list):
                raise TypeError(f"logprobs: expected a JSON array, got {type(_logprobs).__name__}")
            logprobs = []
            for logprobs_item_data in _logprobs:
                logprobs_item = LogProb.from_dict(logprobs_item_data)

                logprobs.append(logprobs_item)

        beta_output_text_content = cls(
            type_=type_,
            text=text,
            annotations=annotations,
            logprobs=logprobs,
        )

        beta_output_text_content.additional_properties = d
        return beta_output_text_content

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


from ..models.beta_annotation import BetaAnnotation
from ..models.log_prob import LogProb
