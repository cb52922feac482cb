from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.configuration_update_item_type import ConfigurationUpdateItemType, check_configuration_update_item_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_reference import AgentReference
    from ..models.configuration_update_reasoning import ConfigurationUpdateReasoning
    from ..models.configuration_update_text import ConfigurationUpdateText


T = TypeVar("T", bound="ConfigurationUpdateItem")


@_attrs_define
class ConfigurationUpdateItem:
    """A configuration update for subsequent responses; each setting stays in effect until a later update replaces it.

    Attributes:
        type_ (ConfigurationUpdateItemType): The type of the item. Always `configuration_update`.
        id (str | Unset): The unique ID of the configuration update item.
        reasoning (ConfigurationUpdateReasoning | None | Unset): The reasoning configuration applied by this update.
        text (ConfigurationUpdateText | None | Unset): The text output configuration for subsequent responses.
        agent_reference (AgentReference | Unset): The agent that created the item.
        response_id (str | Unset): The response on which the item is created.
    """

    type_: ConfigurationUpdateItemType
    id: str | Unset = UNSET
    reasoning: ConfigurationUpdateReasoning | None | Unset = UNSET
    text: ConfigurationUpdateText | None | Unset = UNSET
    agent_reference: AgentReference | Unset = UNSET
    response_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        id = self.id

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, ConfigurationUpdateReasoning):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        text: dict[str, Any] | None | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        elif isinstance(self.text, ConfigurationUpdateText):
            text = self.text.to_dict()
        else:
            text = self.text

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
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if text is not UNSET:
            field_dict["text"] = text
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
        type_ = check_configuration_update_item_type(d.pop("type"))

        id = d.pop("id", UNSET)
        if id is not UNSET and not isinstance(id, str):
            raise TypeError(f"id: expected a string, got {type(id).__name__}")

        def _parse_reasoning(data: object) -> ConfigurationUpdateReasoning | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reasoning_type_0 = ConfigurationUpdateReasoning.from_dict(data)

                return reasoning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"reasoning: got {type(data).__name__}, which is none of the types this field may have")

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))

        def _parse_text(data: object) -> ConfigurationUpdateText | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                text_type_0 = ConfigurationUpdateText.from_dict(data)

                return text_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"text: got {type(data).__name__}, which is none of the types this field may have")

        text = _parse_text(d.pop("text", UNSET))

        _agent_reference = d.pop("agent_reference", UNSET)
        agent_reference: AgentReference | Unset
        if isinstance(_agent_reference, Unset):
            agent_reference = UNSET
        else:
            agent_reference = AgentReference.from_dict(_agent_reference)

        response_id = d.pop("response_id", UNSET)
        if response_id is not UNSET and not isinstance(response_id, str):
            raise TypeError(f"response_id: expected a string, got {type(response_id).__name__}")

        configuration_update_item = cls(
            type_=type_,
            id=id,
            reasoning=reasoning,
            text=text,
            agent_reference=agent_reference,
            response_id=response_id,
        )

        configuration_update_item.additional_properties = d
        return configuration_update_item

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
from ..models.configuration_update_reasoning import ConfigurationUpdateReasoning
from ..models.configuration_update_text import ConfigurationUpdateText
