from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Annotation")


@_attrs_define
class Annotation:
    """An annotation that applies to a span of output text (file_citation, url_citation, container_file_citation,
    file_path).

        Attributes:
            type_ (str): The annotation type.
            file_id (str | Unset): The ID of the file.
            filename (str | Unset): The filename of the file cited.
            index (int | Unset): The index of the file in the list of files.
            url (str | Unset): The URL of the web resource.
            title (str | Unset): The title of the web resource.
            start_index (int | Unset): The index of the first character of the citation in the message.
            end_index (int | Unset): The index of the last character of the citation in the message.
            container_id (str | Unset): The ID of the container file.
    """

    type_: str
    file_id: str | Unset = UNSET
    filename: str | Unset = UNSET
    index: int | Unset = UNSET
    url: str | Unset = UNSET
    title: str | Unset = UNSET
    start_index: int | Unset = UNSET
    end_index: int | Unset = UNSET
    container_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        file_id = self.file_id

        filename = self.filename

        index = self.index

        url = self.url

        title = self.title

        start_index = self.start_index

        end_index = self.end_index

        container_id = self.container_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if filename is not UNSET:
            field_dict["filename"] = filename
        if index is not UNSET:
            field_dict["index"] = index
        if url is not UNSET:
            field_dict["url"] = url
        if title is not UNSET:
            field_dict["title"] = title
        if start_index is not UNSET:
            field_dict["start_index"] = start_index
        if end_index is not UNSET:
            field_dict["end_index"] = end_index
        if container_id is not UNSET:
            field_dict["container_id"] = container_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = d.pop("type")
        if not isinstance(type_, str):
            raise TypeError(f"type_: expected a string, got {type(type_).__name__}")

        file_id = d.pop("file_id", UNSET)
        if file_id is not UNSET and not isinstance(file_id, str):
            raise TypeError(f"file_id: expected a string, got {type(file_id).__name__}")

        filename = d.pop("filename", UNSET)
        if filename is not UNSET and not isinstance(filename, str):
            raise TypeError(f"filename: expected a string, got {type(filename).__name__}")

        index = d.pop("index", UNSET)
        if index is not UNSET and (not isinstance(index, int) or isinstance(index, bool)):
            raise TypeError(f"index: expected an integer, got {type(index).__name__}")

        url = d.pop("url", UNSET)
        if url is not UNSET and not isinstance(url, str):
            raise TypeError(f"url: expected a string, got {type(url).__name__}")

        title = d.pop("title", UNSET)
        if title is not UNSET and not isinstance(title, str):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        start_index = d.pop("start_index", UNSET)
        if start_index is not UNSET and (not isinstance(start_index, int) or isinstance(start_index, bool)):
            raise TypeError(f"start_index: expected an integer, got {type(start_index).__name__}")

        end_index = d.pop("end_index", UNSET)
        if end_index is not UNSET and (not isinstance(end_index, int) or isinstance(end_index, bool)):
            raise TypeError(f"end_index: expected an integer, got {type(end_index).__name__}")

        container_id = d.pop("container_id", UNSET)
        if container_id is not UNSET and not isinstance(container_id, str):
            raise TypeError(f"container_id: expected a string, got {type(container_id).__name__}")

        annotation = cls(
            type_=type_,
            file_id=file_id,
            filename=filename,
            index=index,
            url=url,
            title=title,
            start_index=start_index,
            end_index=end_index,
            container_id=container_id,
        )

        annotation.additional_properties = d
        return annotation

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
