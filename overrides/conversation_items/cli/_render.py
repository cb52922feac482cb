"""What `get` and `list` print: a readable summary of an item (a line per item for `list`), or the raw body
(`--json`; JSON Lines for `list`), written so no encoding breaks it.

Every server-controlled string in the summary (the type, field names, values, the request id) goes through
`_text.visible`: escapes instead of control characters, and long values cut with a note.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Final, TextIO

from ._raw_json import decode_body, pretty, terminal_safe
from ._text import json_visible, visible

if TYPE_CHECKING:
    from conversation_items_client.models import ConversationItem

    from .._item_response import ItemResponse

__all__ = [
    "FIELD_LIMIT",
    "VALUE_LIMIT",
    "describe_item",
    "describe_item_line",
    "write_body",
    "write_lines",
    "write_text",
]

#: characters shown of one value (a string, or the JSON text of a number, list or object)
VALUE_LIMIT: Final = 200
#: characters shown of a field name, the type or the request id
FIELD_LIMIT: Final = 60
_HINT: Final = "use --json for all"


def _write_all(stream: TextIO, data: bytes, encoding: str) -> None:
    """Write `data` to the stream's binary layer, all of it, and flush.

    A buffered write into a pipe whose reader has gone can return a short count without raising; the next write then
    raises `BrokenPipeError`. So write until everything is written, never trusting one call.
    """
    stream.flush()
    buffer = getattr(stream, "buffer", None)
    if buffer is None:  # a text-only stream (e.g. io.StringIO in an embedding program)
        stream.write(data.decode(encoding, "surrogateescape"))
        return
    view = memoryview(data)
    while view:
        written = buffer.write(view)
        view = view[written if written is not None else len(view) :]
    buffer.flush()


def write_text(stream: TextIO, text: str) -> None:
    """Write `text`; a character the stream's encoding cannot write becomes a `\\xe9`-style escape (like ours)."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    _write_all(stream, text.encode(encoding, "backslashreplace"), encoding)


def _show_value(value: Any) -> str:
    if isinstance(value, str):
        return visible(value, VALUE_LIMIT, hint=_HINT)
    return json_visible(json.dumps(value, ensure_ascii=False), VALUE_LIMIT, hint=_HINT)


def _heading(data: dict[str, Any], kind: str) -> str:
    """`TYPE  ->  Class`, and a note for a type this version does not know."""
    note = "  (a type this version does not know: every field kept)" if kind == "UnknownItem" else ""
    return f"{visible(str(data.get('type')), FIELD_LIMIT, hint=_HINT)}  ->  {kind}{note}"


def describe_item(response: ItemResponse) -> str:
    """The summary: `TYPE  ->  Class`, one line per field (declared fields first), then the request id."""
    item = response.item
    data = item.to_dict()
    kind = type(item).__name__
    lines = [_heading(data, kind)]
    extra = set(getattr(item, "additional_properties", {})) if kind != "UnknownItem" else set()
    keys = [key for key in data if key != "type" and key not in extra] + [key for key in data if key in extra]
    names = {key: visible(key, FIELD_LIMIT, hint=_HINT) for key in keys}
    width = max((len(name) for name in names.values()), default=0)
    lines.extend(f"  {names[key].ljust(width)}  {_show_value(data[key])}" for key in keys)
    if response.request_id:
        lines.append(f"(request id {visible(response.request_id, FIELD_LIMIT)})")
    return "\n".join(lines) + "\n"


def describe_item_line(item: ConversationItem) -> str:
    """One line for an item of a list: its id (`-` when it has none), then `get`'s heading, `TYPE  ->  Class`."""
    data = item.to_dict()
    item_id = data.get("id")
    shown = visible(item_id, FIELD_LIMIT, hint=_HINT) if isinstance(item_id, str) else "-"
    return f"{shown}  {_heading(data, type(item).__name__)}\n"


def write_lines(stream: TextIO, lines: list[str]) -> None:
    """JSON texts, one per line (JSON Lines), each as received; on a terminal, what would act on it is escaped."""
    if not lines:
        return
    text = "\n".join(lines) + "\n"
    if stream.isatty():
        encoding = stream.encoding or "utf-8"
        _write_all(stream, terminal_safe(text, encoding), encoding)
    else:
        _write_all(stream, text.encode("utf-8", "surrogatepass"), "utf-8")


def write_body(stream: TextIO, body: bytes, *, indent: bool) -> None:
    """The body to the stream's binary layer: byte for byte, or re-indented (`indent`) with every token kept.

    On a terminal, characters that would act on it are written as JSON escapes (the same JSON value) and a final
    newline is added.
    """
    to_terminal = stream.isatty()
    encoding = "utf-8"
    if not indent and not to_terminal:
        data = body
    else:
        text = decode_body(body)
        if indent:
            text = pretty(text)
        if to_terminal:
            encoding = stream.encoding or encoding
            data = terminal_safe(text, encoding)
        else:
            data = text.encode(encoding, "surrogatepass")
    _write_all(stream, data, encoding)
