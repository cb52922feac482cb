from typing import Literal

MultiAgentCallOutputItemType = Literal["multi_agent_call_output"]

MULTI_AGENT_CALL_OUTPUT_ITEM_TYPE_VALUES: set[MultiAgentCallOutputItemType] = {
    "multi_agent_call_output",
}


def check_multi_agent_call_output_item_type(value: str) -> MultiAgentCallOutputItemType:
    if value in MULTI_AGENT_CALL_OUTPUT_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MULTI_AGENT_CALL_OUTPUT_ITEM_TYPE_VALUES!r}")
