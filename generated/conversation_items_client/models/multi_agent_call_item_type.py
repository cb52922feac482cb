from typing import Literal

MultiAgentCallItemType = Literal["multi_agent_call"]

MULTI_AGENT_CALL_ITEM_TYPE_VALUES: set[MultiAgentCallItemType] = {
    "multi_agent_call",
}


def check_multi_agent_call_item_type(value: str) -> MultiAgentCallItemType:
    if value in MULTI_AGENT_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MULTI_AGENT_CALL_ITEM_TYPE_VALUES!r}")
