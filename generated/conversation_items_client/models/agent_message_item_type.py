from typing import Literal

AgentMessageItemType = Literal["agent_message"]

AGENT_MESSAGE_ITEM_TYPE_VALUES: set[AgentMessageItemType] = {
    "agent_message",
}


def check_agent_message_item_type(value: str) -> AgentMessageItemType:
    if value in AGENT_MESSAGE_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_MESSAGE_ITEM_TYPE_VALUES!r}")
