from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_annotation_type import BetaAnnotationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaAnnotation")


@_attrs_define
class BetaAnnotation:
    """An annotation that applies to a span of output text.

    Attributes:
        type_ (BetaAnnotationType | str | Unset):
        file_id (str | Unset): The ID of the file.
        index (int | Unset): The index of the file in the list of files.
        filename (str | Unset): The filename of the file cited.
        url (str | Unset): The URL of the web resource.
        start_index (int | Unset): The index of the first character of the URL citation in the message.
        end_index (int | Unset): The index of the last character of the URL citation in the message.
        title (str | Unset): The title of the web resource.
        container_id (str | Unset): The ID of the container file.
    """

    type_: BetaAnnotationType | str | Unset = UNSET
    file_id: str | Unset = UNSET
    index: int | Unset = UNSET
    filename: str | Unset = UNSET
    url: str | Unset = UNSET
    start_index: int | Unset = UNSET
    end_index: int | Unset = UNSET
    title: str | Unset = UNSET
    container_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        file_id = self.file_id

        index = self.index

        filename = self.filename

        url = self.url

        start_index = self.start_index

        end_index = self.end_index

        title = self.title

        container_id = self.container_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if index is not UNSET:
            field_dict["index"] = index
        if filename is not UNSET:
            field_dict["filename"] = filename
        if url is not UNSET:
            field_dict["url"] = url
        if start_index is not UNSET:
            field_dict["start_index"] = start_index
        if end_index is not UNSET:
            field_dict["end_index"] = end_index
        if title is not UNSET:
            field_dict["title"] = title
        if container_id is not UNSET:
            field_dict["container_id"] = container_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)

        def _parse_type_(data: object) -> BetaAnnotationType | str | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"type_: got {type(data).__name__}, which is none of the types this field may have")
            return data

        type_ = _parse_type_(d.pop("type", UNSET))

        file_id = d.pop("file_id", UNSET)
        if file_id is not UNSET and not isinstance(file_id, str):
            raise TypeError(f"file_id: expected a string, got {type(file_id).__name__}")

        index = d.pop("index", UNSET)
        if index is not UNSET and (not isinstance(index, int) or isinstance(index, bool)):
            raise TypeError(f"index: expected an integer, got {type(index).__name__}")

        filename = d.pop("filename", UNSET)
        if filename is not UNSET and not isinstance(filename, str):
            raise TypeError(f"filename: expected a string, got {type(filename).__name__}")

        url = d.pop("url", UNSET)
        if url is not UNSET and not isinstance(url, str):
            raise TypeError(f"url: expected a string, got {type(url).__name__}")

        start_index = d.pop("start_index", UNSET)
        if start_index is not UNSET and (not isinstance(start_index, int) or isinstance(start_index, bool)):
            raise TypeError(f"start_index: expected an integer, got {type(start_index).__name__}")

        end_index = d.pop("end_index", UNSET)
        if end_index is not UNSET and (not isinstance(end_index, int) or isinstance(end_index, bool)):
            raise TypeError(f"end_index: expected an integer, got {type(end_index).__name__}")

        title = d.pop("title", UNSET)
        if title is not UNSET and not isinstance(title, str):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        container_id = d.pop("container_id", UNSET)
        if container_id is not UNSET and not isinstance(container_id, str):
            raise TypeError(f"container_id: expected a string, got {type(container_id).__name__}")

        beta_annotation = cls(
            type_=type_,
            file_id=file_id,
            index=index,
            filename=filename,
            url=url,
            start_index=start_index,
            end_index=end_index,
            title=title,
            container_id=container_id,
        )

        beta_annotation.additional_properties = d
        return beta_annotation

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
