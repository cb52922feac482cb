from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_search_source import WebSearchSource


T = TypeVar("T", bound="WebSearchAction")


@_attrs_define
class WebSearchAction:
    """The action taken in a web search call (search, open_page, find_in_page).

    Attributes:
        type_ (str): The action type.
        query (str | Unset): The search query.
        queries (list[str] | Unset): The search queries.
        sources (list[WebSearchSource] | Unset): The sources used in the search.
        url (None | str | Unset): The URL opened or searched.
        pattern (str | Unset): The pattern or text to search for within the page.
    """

    type_: str
    query: str | Unset = UNSET
    queries: list[str] | Unset = UNSET
    sources: list[WebSearchSource] | Unset = UNSET
    url: None | str | Unset = UNSET
    pattern: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        query = self.query

        queries: list[str] | Unset = UNSET
        if not isinstance(self.queries, Unset):
            queries = self.queries

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        pattern = self.pattern

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if query is not UNSET:
            field_dict["query"] = query
        if queries is not UNSET:
            field_dict["queries"] = queries
        if sources is not UNSET:
            field_dict["sources"] = sources
        if url is not UNSET:
            field_dict["url"] = url
        if pattern is not UNSET:
            field_dict["pattern"] = pattern

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):  # override: dict() would also accept an array of pairs
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = d.pop("type")
        if not isinstance(type_, str):
            raise TypeError(f"type_: expected a string, got {type(type_).__name__}")

        query = d.pop("query", UNSET)
        if query is not UNSET and not isinstance(query, str):
            raise TypeError(f"query: expected a string, got {type(query).__name__}")

        _queries = d.pop("queries", UNSET)
        if not isinstance(_queries, list | Unset):
            raise TypeError(f"queries: expected a JSON array, got {type(_queries).__name__}")
        if isinstance(_queries, list) and any(not isinstance(_element, str) for _element in _queries):
            raise TypeError("queries: expected an array of which each element is a string")
        queries = cast(list[str], _queries)

        _sources = d.pop("sources", UNSET)
        sources: list[WebSearchSource] | Unset = UNSET
        if _sources is not UNSET:
            if not isinstance(_sources, list):
                raise TypeError(f"sources: expected a JSON array, got {type(_sources).__name__}")
            sources = []
            for sources_item_data in _sources:
                sources_item = WebSearchSource.from_dict(sources_item_data)

                sources.append(sources_item)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"url: got {type(data).__name__}, which is none of the types this field may have")
            return data

        url = _parse_url(d.pop("url", UNSET))

        pattern = d.pop("pattern", UNSET)
        if pattern is not UNSET and not isinstance(pattern, str):
            raise TypeError(f"pattern: expected a string, got {type(pattern).__name__}")

        web_search_action = cls(
            type_=type_,
            query=query,
            queries=queries,
            sources=sources,
            url=url,
            pattern=pattern,
        )

        web_search_action.additional_properties = d
        return web_search_action

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


from ..models.web_search_source import WebSearchSource
