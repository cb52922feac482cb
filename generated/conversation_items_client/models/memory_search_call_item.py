from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.memory_search_call_item_type import MemorySearchCallItemType, check_memory_search_call_item_type
from ..models.tool_call_status import ToolCallStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_reference import AgentReference
    from ..models.memory_item import MemoryItem


T = TypeVar("T", bound="MemorySearchCallItem")


@_attrs_define
class MemorySearchCallItem:
    """A memory search tool call.

    Attributes:
        type_ (MemorySearchCallItemType): The type of the item. Always `memory_search_call`.
        id (str | Unset): The unique ID of the item (sent by the service although the upstream schema omits it).
        status (str | ToolCallStatus | Unset): The status of the tool call.
        memories (list[MemoryItem] | None | Unset): The results returned from the memory search.
        agent_reference (AgentReference | Unset): The agent that created the item.
        response_id (str | Unset): The response on which the item is created.
    """

    type_: MemorySearchCallItemType
    id: str | Unset = UNSET
    status: str | ToolCallStatus | Unset = UNSET
    memories: list[MemoryItem] | None | Unset = UNSET
    agent_reference: AgentReference | Unset = UNSET
    response_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        id = self.id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        memories: list[dict[str, Any]] | None | Unset
        if isinstance(self.memories, Unset):
            memories = UNSET
        elif isinstance(self.memories, list):
            memories = []
            for memories_type_0_item_data in self.memories:
                memories_type_0_item = memories_type_0_item_data.to_dict()
                memories.append(memories_type_0_item)

        else:
            memories = self.memories

        agent_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_reference, Unset):
            agent_reference = self.agent_reference.to_dict()

        response_id = self.response_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if memories is not UNSET:
            field_dict["memories"] = memories
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
        type_ = check_memory_search_call_item_type(d.pop("type"))

        id = d.pop("id", UNSET)
        if id is not UNSET and not isinstance(id, str):
            raise TypeError(f"id: expected a string, got {type(id).__name__}")

        def _parse_status(data: object) -> str | ToolCallStatus | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"status: got {type(data).__name__}, which is none of the types this field may have")
            return data

        status = _parse_status(d.pop("status", UNSET))

        def _parse_memories(data: object) -> list[MemoryItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                memories_type_0 = []
                _memories_type_0 = data
                if not isinstance(_memories_type_0, list):
                    raise TypeError(f"memories_type_0: expected a JSON array, got {type(_memories_type_0).__name__}")
                for memories_type_0_item_data in _memories_type_0:
                    memories_type_0_item = MemoryItem.from_dict(memories_type_0_item_data)

                    memories_type_0.append(memories_type_0_item)

                return memories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"memories: got {type(data).__name__}, which is none of the types this field may have")

        memories = _parse_memories(d.pop("memories", UNSET))

        _agent_reference = d.pop("agent_reference", UNSET)
        agent_reference: AgentReference | Unset
        if isinstance(_agent_reference, Unset):
            agent_reference = UNSET
        else:
            agent_reference = AgentReference.from_dict(_agent_reference)

        response_id = d.pop("response_id", UNSET)
        if response_id is not UNSET and not isinstance(response_id, str):
            raise TypeError(f"response_id: expected a string, got {type(response_id).__name__}")

        memory_search_call_item = cls(
            type_=type_,
            id=id,
            status=status,
            memories=memories,
            agent_reference=agent_reference,
            response_id=response_id,
        )

        memory_search_call_item.additional_properties = d
        return memory_search_call_item

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
from ..models.memory_item import MemoryItem
