from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_multi_agent_action import BetaMultiAgentAction
from ..models.multi_agent_call_output_item_type import (
    MultiAgentCallOutputItemType,
    check_multi_agent_call_output_item_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_reference import AgentReference
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_output_text_content import BetaOutputTextContent


T = TypeVar("T", bound="MultiAgentCallOutputItem")


@_attrs_define
class MultiAgentCallOutputItem:
    """The result of a multi-agent call (OpenAI beta `responses_multi_agent=v1`).

    Attributes:
        type_ (MultiAgentCallOutputItemType): The type of the item. Always `multi_agent_call_output`.
        agent (BetaAgentTag | Unset):
        id (str | Unset): The unique ID of the multi-agent call output item.
        call_id (str | Unset): The unique ID of the multi-agent call.
        action (BetaMultiAgentAction | str | Unset): The multi-agent action that produced this result.
        output (list[BetaOutputTextContent] | Unset): Text output returned by the multi-agent action.
        agent_reference (AgentReference | Unset): The agent that created the item.
        response_id (str | Unset): The response on which the item is created.
    """

    type_: MultiAgentCallOutputItemType
    agent: BetaAgentTag | Unset = UNSET
    id: str | Unset = UNSET
    call_id: str | Unset = UNSET
    action: BetaMultiAgentAction | str | Unset = UNSET
    output: list[BetaOutputTextContent] | Unset = UNSET
    agent_reference: AgentReference | Unset = UNSET
    response_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        id = self.id

        call_id = self.call_id

        action: str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, str):
            action = self.action
        else:
            action = self.action

        output: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = []
            for output_item_data in self.output:
                output_item = output_item_data.to_dict()
                output.append(output_item)

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
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if action is not UNSET:
            field_dict["action"] = action
        if output is not UNSET:
            field_dict["output"] = output
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
        type_ = check_multi_agent_call_output_item_type(d.pop("type"))

        _agent = d.pop("agent", UNSET)
        agent: BetaAgentTag | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = BetaAgentTag.from_dict(_agent)

        id = d.pop("id", UNSET)
        if id is not UNSET and not isinstance(id, str):
            raise TypeError(f"id: expected a string, got {type(id).__name__}")

        call_id = d.pop("call_id", UNSET)
        if call_id is not UNSET and not isinstance(call_id, str):
            raise TypeError(f"call_id: expected a string, got {type(call_id).__name__}")

        def _parse_action(data: object) -> BetaMultiAgentAction | str | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"action: got {type(data).__name__}, which is none of the types this field may have")
            return data

        action = _parse_action(d.pop("action", UNSET))

        _output = d.pop("output", UNSET)
        output: list[BetaOutputTextContent] | Unset = UNSET
        if _output is not UNSET:
            if not isinstance(_output, list):
                raise TypeError(f"output: expected a JSON array, got {type(_output).__name__}")
            output = []
            for output_item_data in _output:
                output_item = BetaOutputTextContent.from_dict(output_item_data)

                output.append(output_item)

        _agent_reference = d.pop("agent_reference", UNSET)
        agent_reference: AgentReference | Unset
        if isinstance(_agent_reference, Unset):
            agent_reference = UNSET
        else:
            agent_reference = AgentReference.from_dict(_agent_reference)

        response_id = d.pop("response_id", UNSET)
        if response_id is not UNSET and not isinstance(response_id, str):
            raise TypeError(f"response_id: expected a string, got {type(response_id).__name__}")

        multi_agent_call_output_item = cls(
            type_=type_,
            agent=agent,
            id=id,
            call_id=call_id,
            action=action,
            output=output,
            agent_reference=agent_reference,
            response_id=response_id,
        )

        multi_agent_call_output_item.additional_properties = d
        return multi_agent_call_output_item

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
from ..models.beta_agent_tag import BetaAgentTag
from ..models.beta_output_text_content import BetaOutputTextContent
