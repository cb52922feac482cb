"""Server-controlled text made safe for a terminal: every control, escape and bidi character shown visibly.

A terminal acts on C0 controls (ESC starts CSI and OSC sequences, BEL rings), C1 controls (U+009B is a one-character
CSI on many terminals), DEL, and Unicode format characters (U+202E reverses the text after it; U+E0000-U+E007F
tags are invisible). `visible` shows each of them as a Python-style escape (`\\x1b`, `\\u202e`, `\\U000e0041`,
`\\n`), doubles every backslash so that an escape on screen is always one this module made, and cuts long text with
a note giving its full length. `json_visible` does the same for JSON text, with JSON escapes (`\\u001b`), so the
result is still JSON with the same value.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

__all__ = ["ELLIPSIS", "is_unsafe", "json_escape", "json_visible", "truncation_note", "visible"]

#: Unicode categories a terminal may act on or hide: controls, format (bidi, zero-width, tags), surrogates,
#: line and paragraph separators
_UNSAFE_CATEGORIES: Final = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
#: what may need a second look: everything but printable ASCII
_CANDIDATE: Final = re.compile(r"[^\x20-\x7e]|\\")
#: one source unit of JSON text: an escape, or one character
_JSON_UNIT: Final = re.compile(r"\\u[0-9a-fA-F]{4}|\\.|.", re.DOTALL)
_SHORT_ESCAPES: Final = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\\": "\\\\"}
#: marks the place where text was cut (ASCII, so that it survives any output encoding)
ELLIPSIS: Final = "..."


def is_unsafe(char: str) -> bool:
    """Whether a terminal may act on `char` or hide it (a control, format, surrogate or separator character)."""
    return unicodedata.category(char) in _UNSAFE_CATEGORIES


def _python_escape(char: str) -> str:
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def json_escape(char: str) -> str:
    """`char` as JSON spells an escaped character: `\\u001b`, or a surrogate pair beyond the BMP."""
    code = ord(char)
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000  # beyond the BMP: a UTF-16 surrogate pair, as JSON spells it
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def _text_unit(char: str) -> str:
    short = _SHORT_ESCAPES.get(char)
    if short is not None:
        return short
    return _python_escape(char) if is_unsafe(char) else char


def _json_unit(unit: str) -> str:
    return json_escape(unit) if len(unit) == 1 and is_unsafe(unit) else unit


def truncation_note(length: int, hint: str | None) -> str:
    """The note after cut text: its full length in characters, and where to see all of it."""
    return f"{ELLIPSIS} ({length:,} characters{'; ' + hint if hint else ''})"


def _cut(units: list[str], limit: int) -> str:
    shown: list[str] = []
    used = 0
    for unit in units:
        if used + len(unit) > limit:
            break
        shown.append(unit)
        used += len(unit)
    return "".join(shown)


def visible(text: str, limit: int | None = None, *, hint: str | None = None) -> str:
    """`text` with every unsafe character escaped, backslashes doubled, cut to `limit` shown characters.

    Cut text ends with `... (N characters; <hint>)`; an escape is never cut in half.
    """
    if limit is None or len(text) <= limit:  # longer text is cut for sure: escape only what is shown
        escaped = _CANDIDATE.sub(lambda m: _text_unit(m.group()), text)
        if limit is None or len(escaped) <= limit:
            return escaped
    # each source character shows as at least one character: `limit` of them are enough to fill the line
    return _cut([_text_unit(char) for char in text[:limit]], limit) + truncation_note(len(text), hint)


def json_visible(text: str, limit: int | None = None, *, hint: str | None = None) -> str:
    """JSON text with every unsafe character as a JSON escape (the same JSON value), cut like `visible`.

    `N characters` in the note counts the JSON text.
    """
    if limit is None or len(text) <= limit:
        escaped = _CANDIDATE.sub(lambda m: _json_unit(m.group()), text)
        if limit is None or len(escaped) <= limit:
            return escaped
    units = [_json_unit(match.group()) for match in _JSON_UNIT.finditer(text, 0, limit + 6)]
    return _cut(units, limit) + truncation_note(len(text), hint)
