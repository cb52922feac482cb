from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_message_item_type import AgentMessageItemType, check_agent_message_item_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_message_content import AgentMessageContent
    from ..models.agent_reference import AgentReference
    from ..models.beta_agent_tag import BetaAgentTag


T = TypeVar("T", bound="AgentMessageItem")


@_attrs_define
class AgentMessageItem:
    """A message from one agent to another, with encrypted content (OpenAI beta `responses_multi_agent=v1`).

    Attributes:
        type_ (AgentMessageItemType): The type of the item. Always `agent_message`.
        agent (BetaAgentTag | Unset):
        id (str | Unset): The unique ID of the agent message.
        author (str | Unset): The sending agent identity.
        recipient (str | Unset): The destination agent identity.
        content (list[AgentMessageContent] | Unset): Encrypted content sent between agents.
        agent_reference (AgentReference | Unset): The agent that created the item.
        response_id (str | Unset): The response on which the item is created.
    """

    type_: AgentMessageItemType
    agent: BetaAgentTag | Unset = UNSET
    id: str | Unset = UNSET
    author: str | Unset = UNSET
    recipient: str | Unset = UNSET
    content: list[AgentMessageContent] | Unset = UNSET
    agent_reference: AgentReference | Unset = UNSET
    response_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        id = self.id

        author = self.author

        recipient = self.recipient

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

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
        if agent is not UNSET:
            field_dict["agent"] = agent
        if id is not UNSET:
            field_dict["id"] = id
        if author is not UNSET:
            field_dict["author"] = author
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if content is not UNSET:
            field_dict["content"] = content
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
        type_ = check_agent_message_item_type(d.pop("type"))

        _agent = d.pop("agent", UNSET)
        agent: BetaAgentTag | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = BetaAgentTag.from_dict(_agent)

        id = d.pop("id", UNSET)
        if id is not UNSET and not isinstance(id, str):
            raise TypeError(f"id: expected a string, got {type(id).__name__}")

        author = d.pop("author", UNSET)
        if author is not UNSET and not isinstance(author, str):
            raise TypeError(f"author: expected a string, got {type(author).__name__}")

        recipient = d.pop("recipient", UNSET)
        if recipient is not UNSET and not isinstance(recipient, str):
            raise TypeError(f"recipient: expected a string, got {type(recipient).__name__}")

        _content = d.pop("content", UNSET)
        content: list[AgentMessageContent] | Unset = UNSET
        if _content is not UNSET:
            if not isinstance(_content, list):
                raise TypeError(f"content: expected a JSON array, got {type(_content).__name__}")
            content = []
            for content_item_data in _content:
                content_item = AgentMessageContent.from_dict(content_item_data)

                content.append(content_item)

        _agent_reference = d.pop("agent_reference", UNSET)
        agent_reference: AgentReference | Unset
        if isinstance(_agent_reference, Unset):
            agent_reference = UNSET
        else:
            agent_reference = AgentReference.from_dict(_agent_reference)

        response_id = d.pop("response_id", UNSET)
        if response_id is not UNSET and not isinstance(response_id, str):
            raise TypeError(f"response_id: expected a string, got {type(response_id).__name__}")

        agent_message_item = cls(
            type_=type_,
            agent=agent,
            id=id,
            author=author,
            recipient=recipient,
            content=content,
            agent_reference=agent_reference,
            response_id=response_id,
        )

        agent_message_item.additional_properties = d
        return agent_message_item

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


from ..models.agent_message_content import AgentMessageContent
from ..models.agent_reference import AgentReference
from ..models.beta_agent_tag import BetaAgentTag
