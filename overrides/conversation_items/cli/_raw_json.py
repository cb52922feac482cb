"""The response body for `--json`: as received, indented without re-serialising, made safe for a terminal.

`json.loads` + `json.dumps` would rewrite the body: `1.0e10` becomes `10000000000.0`, `1e999` becomes `Infinity`,
`\\u00e9` becomes `é`, and key order can change. `pretty` re-indents the raw text instead, a token at a time: every
string, number and literal is copied as it was, only the whitespace between tokens changes.
"""

from __future__ import annotations

import codecs
import json
import re
from typing import Final

from ._text import is_unsafe, json_escape

__all__ = ["array_elements", "decode_body", "pretty", "terminal_safe"]

#: one JSON token, or a run of whitespace: strings (escapes included), punctuation, and scalars (numbers, literals)
_TOKEN: Final = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[{}\[\],:]|[^\s{}\[\],:"]+|\s+', re.DOTALL)
_INDENT: Final = "  "
_ERROR_HANDLER: Final = "conversation-items-json-escape"


def decode_body(body: bytes) -> str:
    """The body as text, in the encoding JSON detection gives it (UTF-8 nearly always; a UTF-8 BOM is dropped)."""
    return body.decode(json.detect_encoding(body), "surrogatepass")


def pretty(text: str) -> str:
    """`text` (valid JSON) indented by two spaces a level, each token kept verbatim, ending with a newline.

    Empty objects and arrays stay `{}` and `[]`; `:` is followed by one space, as `json.dumps(indent=2)` does.
    """
    out: list[str] = []
    depth = 0
    just_opened = False
    for match in _TOKEN.finditer(text):
        piece = match.group()
        if piece.isspace():
            continue
        if piece == "}" or piece == "]":
            depth -= 1
            if not just_opened:
                out.append("\n" + _INDENT * depth)
            out.append(piece)
            just_opened = False
            continue
        if just_opened:
            out.append("\n" + _INDENT * depth)
            just_opened = False
        if piece == "{" or piece == "[":
            out.append(piece)
            depth += 1
            just_opened = True
        elif piece == ",":
            out.append(",\n" + _INDENT * depth)
        elif piece == ":":
            out.append(": ")
        else:
            out.append(piece)
    out.append("\n")
    return "".join(out)


def _escape_unencodable(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    return "".join(json_escape(char) for char in error.object[error.start : error.end]), error.end


codecs.register_error(_ERROR_HANDLER, _escape_unencodable)

#: characters a terminal may act on; outside strings valid JSON has only ASCII, so these are inside strings
_UNSAFE_CANDIDATE: Final = re.compile(r"[^\t\n\r\x20-\x7e]")


def terminal_safe(text: str, encoding: str) -> bytes:
    """JSON text for a terminal: each unsafe character (a C1 control, U+202E, ...) and each character `encoding`
    cannot write becomes a JSON `\\uXXXX` escape, so the value is unchanged and nothing acts on the terminal.

    Ends with a newline, so that the prompt does not follow the closing brace.
    """
    safe = _UNSAFE_CANDIDATE.sub(lambda m: json_escape(m.group()) if is_unsafe(m.group()) else m.group(), text)
    if not safe.endswith("\n"):
        safe += "\n"
    return safe.encode(encoding, _ERROR_HANDLER)


def array_elements(text: str, key: str) -> list[str]:
    """The elements of the array under `key` in the top-level object of `text` (valid JSON), each as compact JSON
    text: every token verbatim (key order, numbers and escapes as received), only the whitespace between tokens
    dropped, so that each fits on one line. `[]` when there is no such array."""
    tokens = [piece for piece in (match.group() for match in _TOKEN.finditer(text)) if not piece.isspace()]
    depth = 0
    for index, piece in enumerate(tokens):
        if (
            depth == 1
            and piece.startswith('"')
            and tokens[index + 1 : index + 3] == [":", "["]
            and json.loads(piece) == key
        ):
            return _elements(tokens, index + 3)
        if piece == "{" or piece == "[":
            depth += 1
        elif piece == "}" or piece == "]":
            depth -= 1
    return []


def _elements(tokens: list[str], start: int) -> list[str]:
    elements: list[str] = []
    current: list[str] = []
    level = 0
    for piece in tokens[start:]:
        if level == 0 and (piece == "," or piece == "]"):
            if current:
                elements.append("".join(current))
            if piece == "]":
                break
            current = []
            continue
        if piece == "{" or piece == "[":
            level += 1
        elif piece == "}" or piece == "]":
            level -= 1
        current.append(piece)
    return elements
