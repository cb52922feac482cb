"""`ItemPage`: one page of `list_items`, as `ItemPager.pages()` yields it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from conversation_items_client.models import ConversationItem

__all__ = ["ItemPage"]


@dataclass(frozen=True, slots=True, kw_only=True, repr=False)
class ItemPage:
    """One page of a conversation's items: the items, in the order received, and the page's cursors."""

    #: the page's items, each a generated model or an `UnknownItem`
    items: tuple[ConversationItem, ...]
    #: the id of the page's first item, as the service gave it (None when it gave none)
    first_id: str | None
    #: the id of the page's last item, as the service gave it (None when it gave none)
    last_id: str | None
    #: whether the service says items follow this page
    has_more: bool
    #: from `x-request-id`, `x-ms-request-id` or `apim-request-id` (None when the service sent none)
    request_id: str | None
    #: the page's response body, as received (what `conversation-items list --json` prints from)
    content: bytes = field(default=b"", compare=False)

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return (
            f"ItemPage(items={len(self.items)}, first_id={self.first_id!r}, last_id={self.last_id!r}, "
            f"has_more={self.has_more}, request_id={self.request_id!r})"
        )
