from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_status import ItemStatus
from ..models.reasoning_item_type import ReasoningItemType, check_reasoning_item_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_reference import AgentReference
    from ..models.reasoning_text import ReasoningText


T = TypeVar("T", bound="ReasoningItem")


@_attrs_define
class ReasoningItem:
    """A description of the chain of thought used by a reasoning model.

    Attributes:
        type_ (ReasoningItemType): The type of the item. Always `reasoning`.
        summary (list[ReasoningText]): Reasoning summary content.
        id (str | Unset): The unique identifier of the reasoning content.
        encrypted_content (None | str | Unset): The encrypted content of the reasoning item.
        content (list[ReasoningText] | Unset): Reasoning text content.
        status (ItemStatus | str | Unset): The status of the item.
        agent_reference (AgentReference | Unset): The agent that created the item.
        response_id (str | Unset): The response on which the item is created.
    """

    type_: ReasoningItemType
    summary: list[ReasoningText]
    id: str | Unset = UNSET
    encrypted_content: None | str | Unset = UNSET
    content: list[ReasoningText] | Unset = UNSET
    status: ItemStatus | str | Unset = UNSET
    agent_reference: AgentReference | Unset = UNSET
    response_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        summary = []
        for summary_item_data in self.summary:
            summary_item = summary_item_data.to_dict()
            summary.append(summary_item)

        id = self.id

        encrypted_content: None | str | Unset
        if isinstance(self.encrypted_content, Unset):
            encrypted_content = UNSET
        else:
            encrypted_content = self.encrypted_content

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        agent_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_reference, Unset):
            agent_reference = self.agent_reference.to_dict()

        response_id = self.response_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "summary": summary,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content
        if content is not UNSET:
            field_dict["content"] = content
        if status is not UNSET:
            field_dict["status"] = status
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
        type_ = check_reasoning_item_type(d.pop("type"))

        summary = []
        _summary = d.pop("summary")
        if not isinstance(_summary, list):
            raise TypeError(f"summary: expected a JSON array, got {type(_summary).__name__}")
        for summary_item_data in _summary:
            summary_item = ReasoningText.from_dict(summary_item_data)

            summary.append(summary_item)

        id = d.pop("id", UNSET)
        if id is not UNSET and not isinstance(id, str):
            raise TypeError(f"id: expected a string, got {type(id).__name__}")

        def _parse_encrypted_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(
                    f"encrypted_content: got {type(data).__name__}, which is none of the types this field may have"
                )
            return data

        encrypted_content = _parse_encrypted_content(d.pop("encrypted_content", UNSET))

        _content = d.pop("content", UNSET)
        content: list[ReasoningText] | Unset = UNSET
        if _content is not UNSET:
            if not isinstance(_content, list):
                raise TypeError(f"content: expected a JSON array, got {type(_content).__name__}")
            content = []
            for content_item_data in _content:
                content_item = ReasoningText.from_dict(content_item_data)

                content.append(content_item)

        def _parse_status(data: object) -> ItemStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"status: got {type(data).__name__}, which is none of the types this field may have")
            return data

        status = _parse_status(d.pop("status", UNSET))

        _agent_reference = d.pop("agent_reference", UNSET)
        agent_reference: AgentReference | Unset
        if isinstance(_agent_reference, Unset):
            agent_reference = UNSET
        else:
            agent_reference = AgentReference.from_dict(_agent_reference)

        response_id = d.pop("response_id", UNSET)
        if response_id is not UNSET and not isinstance(response_id, str):
            raise TypeError(f"response_id: expected a string, got {type(response_id).__name__}")

        reasoning_item = cls(
            type_=type_,
            summary=summary,
            id=id,
            encrypted_content=encrypted_content,
            content=content,
            status=status,
            agent_reference=agent_reference,
            response_id=response_id,
        )

        reasoning_item.additional_properties = d
        return reasoning_item

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
from ..models.reasoning_text import ReasoningText
