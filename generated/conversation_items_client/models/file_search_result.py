from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileSearchResult")


@_attrs_define
class FileSearchResult:
    """One result of a file search tool call.

    Attributes:
        file_id (str | Unset): The unique ID of the file.
        text (str | Unset): The text that was retrieved from the file.
        filename (str | Unset): The name of the file.
        attributes (Any | Unset): Key-value attributes attached to the file (map or null).
        score (float | Unset): The relevance score of the file, between 0 and 1.
    """

    file_id: str | Unset = UNSET
    text: str | Unset = UNSET
    filename: str | Unset = UNSET
    attributes: Any | Unset = UNSET
    score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        text = self.text

        filename = self.filename

        attributes = self.attributes

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if text is not UNSET:
            field_dict["text"] = text
        if filename is not UNSET:
            field_dict["filename"] = filename
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        file_id = d.pop("file_id", UNSET)
        if file_id is not UNSET and not isinstance(file_id, str):
            raise TypeError(f"file_id: expected a string, got {type(file_id).__name__}")

        text = d.pop("text", UNSET)
        if text is not UNSET and not isinstance(text, str):
            raise TypeError(f"text: expected a string, got {type(text).__name__}")

        filename = d.pop("filename", UNSET)
        if filename is not UNSET and not isinstance(filename, str):
            raise TypeError(f"filename: expected a string, got {type(filename).__name__}")

        attributes = d.pop("attributes", UNSET)

        score = d.pop("score", UNSET)
        if score is not UNSET and (not isinstance(score, (int, float)) or isinstance(score, bool)):
            raise TypeError(f"score: expected a number, got {type(score).__name__}")

        file_search_result = cls(
            file_id=file_id,
            text=text,
            filename=filename,
            attributes=attributes,
            score=score,
        )

        file_search_result.additional_properties = d
        return file_search_result

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
