"""Contains shared errors types that can be raised from API functions"""

from typing import Any


class ConversationItemsError(Exception):
    """Base class of every error raised by this package and by `conversation_items`."""


class ItemDecodeError(ConversationItemsError, ValueError):
    """A response body that is not a decodable item.

    Raised for a body that is not JSON, not a JSON object, has no string `type`, or is of a known
    type whose fields cannot be decoded. `payload` keeps the raw data (the parsed JSON, or the raw
    bytes when the body was not JSON); `item_type` is the `type` value when there was one.
    """

    def __init__(self, message: str, *, payload: Any = None, item_type: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.payload = payload
        self.item_type = item_type

    def __reduce__(self) -> tuple[Any, ...]:
        # pickles with its payload and item type (Exception's default pickling keeps only the message)
        return (_rebuild_item_decode_error, (type(self), self.message, self.payload, self.item_type))


def _rebuild_item_decode_error(
    cls: type[ItemDecodeError], message: str, payload: Any, item_type: str | None
) -> ItemDecodeError:
    return cls(message, payload=payload, item_type=item_type)


class UnexpectedStatus(ConversationItemsError):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


__all__ = ["ConversationItemsError", "ItemDecodeError", "UnexpectedStatus"]
