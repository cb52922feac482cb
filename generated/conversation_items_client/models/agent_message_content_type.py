from typing import Literal

AgentMessageContentType = Literal[
    "computer_screenshot",
    "encrypted_content",
    "input_file",
    "input_image",
    "input_text",
    "output_text",
    "reasoning_text",
    "refusal",
    "summary_text",
    "text",
]

AGENT_MESSAGE_CONTENT_TYPE_VALUES: set[AgentMessageContentType] = {
    "computer_screenshot",
    "encrypted_content",
    "input_file",
    "input_image",
    "input_text",
    "output_text",
    "reasoning_text",
    "refusal",
    "summary_text",
    "text",
}


def check_agent_message_content_type(value: str) -> AgentMessageContentType:
    if value in AGENT_MESSAGE_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_MESSAGE_CONTENT_TYPE_VALUES!r}")
