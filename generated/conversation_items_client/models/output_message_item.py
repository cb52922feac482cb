from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_status import ItemStatus
from ..models.message_phase import MessagePhase
from ..models.message_role import MessageRole
from ..models.output_message_item_type import OutputMessageItemType, check_output_message_item_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_reference import AgentReference
    from ..models.content_part import ContentPart


T = TypeVar("T", bound="OutputMessageItem")


@_attrs_define
class OutputMessageItem:
    """An output message from the model.

    Attributes:
        type_ (OutputMessageItemType): The type of the item. Always `output_message`.
        role (MessageRole | str): The role of the output message (`assistant`).
        content (list[ContentPart]): The content of the output message.
        id (str | Unset): The unique ID of the output message.
        phase (MessagePhase | None | str | Unset): Labels the message as `commentary` or `final_answer`.
        status (ItemStatus | str | Unset): The status of the message.
        agent_reference (AgentReference | Unset): The agent that created the item.
        response_id (str | Unset): The response on which the item is created.
    """

    type_: OutputMessageItemType
    role: MessageRole | str
    content: list[ContentPart]
    id: str | Unset = UNSET
    phase: MessagePhase | None | str | Unset = UNSET
    status: ItemStatus | str | Unset = UNSET
    agent_reference: AgentReference | Unset = UNSET
    response_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        role: str
        if isinstance(self.role, str):
            role = self.role
        else:
            role = self.role

        content = []
        for content_item_data in self.content:
            content_item = content_item_data.to_dict()
            content.append(content_item)

        id = self.id

        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        elif isinstance(self.phase, str):
            phase = self.phase
        else:
            phase = self.phase

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
                "role": role,
                "content": content,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if phase is not UNSET:
            field_dict["phase"] = phase
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
        type_ = check_output_message_item_type(d.pop("type"))

        def _parse_role(data: object) -> MessageRole | str:
            if not isinstance(data, str):
                raise TypeError(f"role: got {type(data).__name__}, which is none of the types this field may have")
            return data

        role = _parse_role(d.pop("role"))

        content = []
        _content = d.pop("content")
        if not isinstance(_content, list):
            raise TypeError(f"content: expected a JSON array, got {type(_content).__name__}")
        for content_item_data in _content:
            content_item = ContentPart.from_dict(content_item_data)

            content.append(content_item)

        id = d.pop("id", UNSET)
        if id is not UNSET and not isinstance(id, str):
            raise TypeError(f"id: expected a string, got {type(id).__name__}")

        def _parse_phase(data: object) -> MessagePhase | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"phase: got {type(data).__name__}, which is none of the types this field may have")
            return data

        phase = _parse_phase(d.pop("phase", UNSET))

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

        output_message_item = cls(
            type_=type_,
            role=role,
            content=content,
            id=id,
            phase=phase,
            status=status,
            agent_reference=agent_reference,
            response_id=response_id,
        )

        output_message_item.additional_properties = d
        return output_message_item

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
from ..models.content_part import ContentPart
