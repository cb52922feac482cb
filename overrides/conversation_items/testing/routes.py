"""Routing: which request target addresses which item (or a conversation's list), and their URLs.

The routes are ``{base_path}/openai/v1/conversations/{conversation_id}/items/{item_id}`` (one item) and
``{base_path}/openai/v1/conversations/{conversation_id}/items`` (the list); each id is one percent-encoded path
segment, and ``""``, ``.`` and ``..`` never match.
"""

from __future__ import annotations

import urllib.parse

from .wire import quote_segment

__all__ = ["ItemRoute", "normalize_base_path"]

_ROUTE_SEGMENTS = ("openai", "v1", "conversations")


def normalize_base_path(base_path: str) -> str:
    """``"api/projects/x/"`` -> ``"/api/projects/x"``; ``""`` or ``"/"`` -> ``""``."""
    base = "/" + base_path.strip("/")
    return "" if base == "/" else base


class ItemRoute:
    """The item route under one base path."""

    __slots__ = ("_base_segments", "base_path")

    base_path: str

    def __init__(self, base_path: str) -> None:
        self.base_path = normalize_base_path(base_path)
        self._base_segments = self.base_path.split("/")[1:] if self.base_path else []

    @staticmethod
    def _segments(raw_path: str) -> list[str]:
        path = raw_path.partition("?")[0].partition("#")[0]
        if path.startswith(("http://", "https://")):  # absolute-form request target
            slash = path.find("/", path.find("//") + 2)
            path = path[slash:] if slash >= 0 else "/"
        return path.split("/")

    def match_list(self, raw_path: str) -> str | None:
        """``conversation_id``, percent-decoded, if ``raw_path`` addresses a conversation's list of items."""
        parts = self._segments(raw_path)
        base = self._base_segments
        n = len(base)
        if (
            len(parts) != n + 6
            or parts[0] != ""
            or parts[1 : n + 1] != base
            or tuple(parts[n + 1 : n + 4]) != _ROUTE_SEGMENTS
            or parts[n + 5] != "items"
            or parts[n + 4] in ("", ".", "..")
        ):
            return None
        return urllib.parse.unquote(parts[n + 4])

    def list_url(self, origin: str, conversation_id: str) -> str:
        """The list URL of a conversation under ``origin``, its id percent-encoded (no query)."""
        return f"{origin}{self.base_path}/openai/v1/conversations/{quote_segment(conversation_id)}/items"

    def match(self, raw_path: str) -> tuple[str, str] | None:
        """``(conversation_id, item_id)``, percent-decoded, if ``raw_path`` addresses an item."""
        parts = self._segments(raw_path)
        base = self._base_segments
        n = len(base)
        if (
            len(parts) != n + 7
            or parts[0] != ""
            or parts[1 : n + 1] != base
            or tuple(parts[n + 1 : n + 4]) != _ROUTE_SEGMENTS
            or parts[n + 5] != "items"
        ):
            return None
        conv_raw, item_raw = parts[n + 4], parts[n + 6]
        if conv_raw in ("", ".", "..") or item_raw in ("", ".", ".."):
            return None
        return urllib.parse.unquote(conv_raw), urllib.parse.unquote(item_raw)

    def url(self, origin: str, conversation_id: str, item_id: str) -> str:
        """The item URL under ``origin`` (``http://host:port``), segments percent-encoded."""
        return (
            f"{origin}{self.base_path}/openai/v1/conversations/"
            f"{quote_segment(conversation_id)}/items/{quote_segment(item_id)}"
        )
