from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_search_call_item_type import FileSearchCallItemType, check_file_search_call_item_type
from ..models.file_search_call_status import FileSearchCallStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_reference import AgentReference
    from ..models.file_search_result import FileSearchResult


T = TypeVar("T", bound="FileSearchCallItem")


@_attrs_define
class FileSearchCallItem:
    """The results of a file search tool call.

    Attributes:
        type_ (FileSearchCallItemType): The type of the item. Always `file_search_call`.
        queries (list[str]): The queries used to search for files.
        id (str | Unset): The unique ID of the file search tool call.
        status (FileSearchCallStatus | str | Unset): The status of the file search tool call.
        results (list[FileSearchResult] | None | Unset): The results of the file search tool call.
        agent_reference (AgentReference | Unset): The agent that created the item.
        response_id (str | Unset): The response on which the item is created.
    """

    type_: FileSearchCallItemType
    queries: list[str]
    id: str | Unset = UNSET
    status: FileSearchCallStatus | str | Unset = UNSET
    results: list[FileSearchResult] | None | Unset = UNSET
    agent_reference: AgentReference | Unset = UNSET
    response_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        queries = self.queries

        id = self.id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        results: list[dict[str, Any]] | None | Unset
        if isinstance(self.results, Unset):
            results = UNSET
        elif isinstance(self.results, list):
            results = []
            for results_type_0_item_data in self.results:
                results_type_0_item = results_type_0_item_data.to_dict()
                results.append(results_type_0_item)

        else:
            results = self.results

        agent_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_reference, Unset):
            agent_reference = self.agent_reference.to_dict()

        response_id = self.response_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "queries": queries,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if results is not UNSET:
            field_dict["results"] = results
        if agent_reference is not UNSET:
            field_dict["agent_reference"] = agent_reference
        if response_id is not UNSET:
            field_dict["response_id"] = response_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = check_file_search_call_item_type(d.pop("type"))

        _queries = d.pop("queries")
        if not isinstance(_queries, list):
            raise TypeError(f"queries: expected a JSON array, got {type(_queries).__name__}")
        if isinstance(_queries, list) and any(not isinstance(_element, str) for _element in _queries):
            raise TypeError("queries: expected an array of which each element is a string")
        queries = cast(list[str], _queries)

        id = d.pop("id", UNSET)
        if id is not UNSET and not isinstance(id, str):
            raise TypeError(f"id: expected a string, got {type(id).__name__}")

        def _parse_status(data: object) -> FileSearchCallStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"status: got {type(data).__name__}, which is none of the types this field may have")
            return data

        status = _parse_status(d.pop("status", UNSET))

        def _parse_results(data: object) -> list[FileSearchResult] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                results_type_0 = []
                _results_type_0 = data
                if not isinstance(_results_type_0, list):
                    raise TypeError(f"results_type_0: expected a JSON array, got {type(_results_type_0).__name__}")
                for results_type_0_item_data in _results_type_0:
                    results_type_0_item = FileSearchResult.from_dict(results_type_0_item_data)

                    results_type_0.append(results_type_0_item)

                return results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"results: got {type(data).__name__}, which is none of the types this field may have")

        results = _parse_results(d.pop("results", UNSET))

        _agent_reference = d.pop("agent_reference", UNSET)
        agent_reference: AgentReference | Unset
        if isinstance(_agent_reference, Unset):
            agent_reference = UNSET
        else:
            agent_reference = AgentReference.from_dict(_agent_reference)

        response_id = d.pop("response_id", UNSET)
        if response_id is not UNSET and not isinstance(response_id, str):
            raise TypeError(f"response_id: expected a string, got {type(response_id).__name__}")

        file_search_call_item = cls(
            type_=type_,
            queries=queries,
            id=id,
            status=status,
            results=results,
            agent_reference=agent_reference,
            response_id=response_id,
        )

        file_search_call_item.additional_properties = d
        return file_search_call_item

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


from ..models.agent_reference import AgentReference
from ..models.file_search_result import FileSearchResult
