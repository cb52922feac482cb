"""`ItemResponse`: what `get_item_detailed` returns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from conversation_items_client.models import ConversationItem

__all__ = ["ItemResponse"]


@dataclass(frozen=True, slots=True, kw_only=True, repr=False)
class ItemResponse:
    """A successful call: the item, the raw body, its request id, headers, attempts and the time the call took."""

    #: the decoded item (a generated model, or `UnknownItem`)
    item: ConversationItem
    #: the response body's bytes, as received
    content: bytes
    #: from `x-request-id`, `x-ms-request-id` or `apim-request-id` (None when the service sent none)
    request_id: str | None
    #: the response's headers
    headers: httpx.Headers
    #: attempts made, the successful one included
    attempts: int
    #: seconds the call took, retries and waits included
    elapsed: float
    #: always 200: any other status is raised as an `APIStatusError`
    status_code: int = 200

    def __repr__(self) -> str:
        return (
            f"ItemResponse(item={type(self.item).__name__}, status_code={self.status_code}, "
            f"request_id={self.request_id!r}, attempts={self.attempts})"
        )
