"""`ItemPager` and `AsyncItemPager`: what `list_items` returns. Iterating one walks the conversation page by page.

A pager holds the list's checked filters and a `fetch(after)` that requests one page through the client (the same
attempts, retries, deadline and errors as `get_item`, per page). Nothing is sent until iteration starts; each
iteration starts again from the first page. The next page is asked for with `after=<last_id>`, or the id of the
page's last item when the service leaves `last_id` out, while `has_more` is true. A page that says `has_more` but
holds no items, gives no cursor, or gives a cursor it gave before raises `PaginationError` instead of looping.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, cast

from ._validation import check_cursor, check_limit, check_order
from .errors import PaginationError

if TYPE_CHECKING:
    from conversation_items_client.models import ConversationItem

    from ._item_page import ItemPage

__all__ = ["AsyncItemPager", "ItemPager", "ListQuery"]

#: how much of a server-chosen cursor an error message shows
_CURSOR_SHOWN = 80


@dataclass(frozen=True, slots=True, kw_only=True)
class ListQuery:
    """`list_items`' filters and starting cursors, checked (None: not sent)."""

    limit: int | None = None
    order: Literal["asc", "desc"] | None = None
    after: str | None = None
    before: str | None = None
    item_type: str | None = None

    @classmethod
    def checked(cls, *, limit: object, order: object, after: object, before: object, item_type: object) -> ListQuery:
        """The filters, each checked: `TypeError` / `ValueError` before anything is sent."""
        return cls(
            limit=None if limit is None else check_limit(limit),
            order=None if order is None else cast('Literal["asc", "desc"]', check_order(order)),
            after=None if after is None else check_cursor(after, "after"),
            before=None if before is None else check_cursor(before, "before"),
            item_type=None if item_type is None else check_cursor(item_type, "item_type"),
        )


def _shown(cursor: str) -> str:
    return repr(cursor if len(cursor) <= _CURSOR_SHOWN else cursor[:_CURSOR_SHOWN] + "...")


def _item_id(item: object) -> str | None:
    """An item's `id` when it is a non-empty string (generated models and `UnknownItem` alike)."""
    value = getattr(item, "id", None)
    if value is None:
        extra = getattr(item, "additional_properties", None)
        value = extra.get("id") if isinstance(extra, dict) else None
    return value if isinstance(value, str) and value else None


class _Walk:
    """One iteration's position: the cursor the next page starts after, and every cursor followed so far."""

    __slots__ = ("_seen", "after", "number")

    def __init__(self, after: str | None) -> None:
        self.after = after
        self.number = 0  # pages received
        self._seen = set() if after is None else {after}

    def follow(self, page: ItemPage) -> bool:
        """After a page: whether another follows (and `after` now points past this one); raises `PaginationError`
        when the page cannot be followed."""
        self.number += 1
        number = self.number
        if not page.has_more:
            return False
        if not page.items:
            raise PaginationError(
                f"page {number} of the list says has_more but holds no items: stopping instead of asking again",
                page=number,
            )
        cursor = page.last_id or _item_id(page.items[-1])
        if cursor is None:
            raise PaginationError(
                f"page {number} of the list says has_more but gives no cursor (no last_id, and its last item has no "
                "id): stopping",
                page=number,
            )
        if cursor in self._seen:
            raise PaginationError(
                f"page {number} of the list gives the cursor {_shown(cursor)} again: the list does not move on, "
                "stopping instead of looping",
                page=number,
                cursor=cursor,
            )
        self._seen.add(cursor)
        self.after = cursor
        return True


class ItemPager:
    """Every item of a conversation, page after page: `for item in client.list_items("conv_1"): ...`.

    `pages()` yields each `ItemPage` instead. Nothing is sent until iteration starts; each iteration starts again.
    """

    __slots__ = ("_fetch", "_query")

    def __init__(self, fetch: Callable[[str | None], ItemPage], query: ListQuery) -> None:
        self._fetch = fetch
        self._query = query

    @property
    def query(self) -> ListQuery:
        """The list's filters and starting cursors."""
        return self._query

    def __iter__(self) -> Iterator[ConversationItem]:
        for page in self.pages():
            yield from page.items

    def pages(self) -> Iterator[ItemPage]:
        """Each page, from the first, as it arrives (one request per page)."""
        walk = _Walk(self._query.after)
        while True:
            page = self._fetch(walk.after)
            more = walk.follow(page)
            yield page
            if not more:
                return

    def __repr__(self) -> str:
        return f"ItemPager({self._query!r})"


class AsyncItemPager:
    """The async twin of `ItemPager`: `async for item in client.list_items("conv_1"): ...` (not awaited);
    `async for page in pager.pages(): ...`. Runs under asyncio and trio."""

    __slots__ = ("_fetch", "_query")

    def __init__(self, fetch: Callable[[str | None], Awaitable[ItemPage]], query: ListQuery) -> None:
        self._fetch = fetch
        self._query = query

    @property
    def query(self) -> ListQuery:
        """The list's filters and starting cursors."""
        return self._query

    def __aiter__(self) -> AsyncIterator[ConversationItem]:
        return _AsyncItems(_AsyncPages(self._fetch, self._query.after))

    def pages(self) -> AsyncIterator[ItemPage]:
        """Each page, from the first, as it arrives (one request per page)."""
        return _AsyncPages(self._fetch, self._query.after)

    def __repr__(self) -> str:
        return f"AsyncItemPager({self._query!r})"


class _AsyncPages(AsyncIterator["ItemPage"]):
    """The pages of one async iteration (a plain iterator object, not an async generator: nothing for an event loop
    to finalise when the caller stops early)."""

    __slots__ = ("_done", "_fetch", "_walk")

    def __init__(self, fetch: Callable[[str | None], Awaitable[ItemPage]], after: str | None) -> None:
        self._fetch = fetch
        self._walk = _Walk(after)
        self._done = False

    def __aiter__(self) -> _AsyncPages:
        return self

    async def __anext__(self) -> ItemPage:
        if self._done:
            raise StopAsyncIteration
        self._done = True  # until this page is known to have a successor (an error ends the iteration too)
        page = await self._fetch(self._walk.after)
        self._done = not self._walk.follow(page)
        return page


class _AsyncItems(AsyncIterator["ConversationItem"]):
    """The items of one async iteration, page after page."""

    __slots__ = ("_items", "_pages")

    def __init__(self, pages: _AsyncPages) -> None:
        self._pages = pages
        self._items: Iterator[ConversationItem] = iter(())

    def __aiter__(self) -> _AsyncItems:
        return self

    async def __anext__(self) -> ConversationItem:
        while True:
            for item in self._items:
                return item
            page = await self._pages.__anext__()  # StopAsyncIteration ends this iteration too
            self._items = iter(page.items)
