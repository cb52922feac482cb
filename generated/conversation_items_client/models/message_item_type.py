from typing import Literal

MessageItemType = Literal["message"]

MESSAGE_ITEM_TYPE_VALUES: set[MessageItemType] = {
    "message",
}


def check_message_item_type(value: str) -> MessageItemType:
    if value in MESSAGE_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_ITEM_TYPE_VALUES!r}")
