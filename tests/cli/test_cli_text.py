"""The CLI's escaping of server text, its JSON re-indenter and its terminal-safe JSON, without a server."""

from __future__ import annotations

import json
import re

import pytest
from cli_support import unsafe_characters
from conversation_items.cli._raw_json import decode_body, pretty, terminal_safe
from conversation_items.cli._text import json_escape, json_visible, visible
from hypothesis import given, settings
from hypothesis import strategies as st

_ESCAPE = re.compile(r"\\(x[0-9a-f]{2}|u[0-9a-f]{4}|U[0-9a-f]{8}|[nrt\\])")
_SHORT = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\"}


def unescape(shown: str) -> str:
    """The inverse of `visible` (an independent reading of the escapes it documents)."""
    return _ESCAPE.sub(lambda m: _SHORT.get(m.group(1)) or chr(int(m.group(1)[1:], 16)), shown)


@pytest.mark.parametrize(
    ("char", "shown"),
    [
        ("\x1b", "\\x1b"),  # ESC: starts CSI and OSC sequences
        ("\x07", "\\x07"),  # BEL
        ("\x00", "\\x00"),
        ("\n", "\\n"),
        ("\r", "\\r"),
        ("\t", "\\t"),
        ("\x7f", "\\x7f"),  # DEL
        ("\x9b", "\\x9b"),  # C1 CSI
        ("\x85", "\\x85"),  # C1 NEL
        ("\u202e", "\\u202e"),  # RIGHT-TO-LEFT OVERRIDE
        ("\u202a", "\\u202a"),
        ("\u2066", "\\u2066"),  # LEFT-TO-RIGHT ISOLATE
        ("\u2069", "\\u2069"),
        ("\u200e", "\\u200e"),
        ("\u200f", "\\u200f"),
        ("\u200b", "\\u200b"),  # zero width space
        ("\ufeff", "\\ufeff"),
        ("\u2028", "\\u2028"),  # line separator
        ("\ud800", "\\ud800"),  # a lone surrogate (JSON can carry one)
        ("\U000e0041", "\\U000e0041"),  # an invisible tag character
        ("\\", "\\\\"),
    ],
)
def test_each_unsafe_character_is_shown_as_an_escape(char: str, shown: str) -> None:
    assert visible(f"a{char}b") == f"a{shown}b"


def test_printable_text_is_unchanged() -> None:
    text = "café ∑ 日本語 😀 'quotes' \"double\" <tags> ~!@#$%^&*()"
    assert visible(text) == text


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_visible_is_safe_and_loses_nothing(text: str) -> None:
    shown = visible(text)
    assert unsafe_characters(shown.replace("\n", "\\n")) == [] and "\n" not in shown
    assert unescape(shown) == text


def test_long_text_is_cut_with_a_note_giving_its_length() -> None:
    shown = visible("x" * 1_048_576, 200, hint="use --json for all")
    assert shown == "x" * 200 + "... (1,048,576 characters; use --json for all)"
    assert visible("y" * 200, 200) == "y" * 200  # at the limit: not cut


def test_an_escape_is_never_cut_in_half() -> None:
    assert visible("\x1b" * 100, 10) == "\\x1b\\x1b... (100 characters)"
    assert visible("ab\u202e" * 3, 8) == "ab\\u202e... (9 characters)"


@settings(max_examples=200, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(),
        lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=5), c, max_size=4),
        max_leaves=20,
    )
)
def test_json_visible_keeps_the_json_value(value: object) -> None:
    text = json.dumps(value, ensure_ascii=False)
    shown = json_visible(text)
    assert unsafe_characters(shown) == []
    assert json.loads(shown) == value


def test_json_visible_cuts_between_escapes() -> None:
    shown = json_visible(json.dumps(["\x1b" * 50]), 20)
    assert shown == '["\\u001b\\u001b\\u001b... (304 characters)'
    # an escape of the JSON text itself that would end past the limit is left out whole
    assert json_visible('"aaaaaaa\\u00e9bbbbbbbbbb"', 10) == '"aaaaaaa... (25 characters)'


BODY = (
    '{"zeta": 1.0e10, "alpha": -0, "big": 1E+2, "tiny": 1e-999, "huge": 1e999, "esc": "\\u00e9\\/\\"\\\\",'
    ' "raw": "caf\u00e9 \U0001f600", "empty": {}, "none": [], "nested": {"a": [1, {"b": null}, [], true]},\n'
    '\t"last":false}'
)


def _tokens(text: str) -> list[str]:
    return [t for t in re.findall(r'"(?:[^"\\]|\\.)*"|[{}\[\],:]|[^\s{}\[\],:"]+', text)]


def test_pretty_keeps_every_token_and_the_order() -> None:
    shown = pretty(BODY)
    assert _tokens(shown) == _tokens(BODY)
    assert "1.0e10" in shown and '"alpha": -0' in shown and "1E+2" in shown and "1e999" in shown
    assert '"\\u00e9\\/\\"\\\\"' in shown  # escapes verbatim, not decoded
    assert shown.startswith('{\n  "zeta": 1.0e10,\n  "alpha": -0,')
    assert '"empty": {},\n  "none": [],\n  "nested": {\n    "a": [\n      1,\n      {\n        "b": null\n' in shown
    assert shown.endswith('  "last": false\n}\n')


@settings(max_examples=200, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(),
        lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=5), c, max_size=4),
    )
)
def test_pretty_indents_like_json_dumps(value: object) -> None:
    compact = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    assert pretty(compact) == json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def test_decode_body_follows_json_encoding_detection() -> None:
    assert decode_body('{"a":"é"}'.encode("utf-16")) == '{"a":"é"}'
    assert decode_body(b'\xef\xbb\xbf{"a":1}') == '{"a":1}'


def test_terminal_safe_escapes_what_acts_on_a_terminal_and_keeps_the_value() -> None:
    text = '{"c1": "\x9b31m", "rtl": "\u202eevil", "tag": "\U000e0041", "ok": "caf\u00e9"}'
    data = terminal_safe(text, "utf-8")
    shown = data.decode("utf-8")
    assert unsafe_characters(shown) == []
    assert "\\u009b31m" in shown and "\\u202eevil" in shown and "\\udb40\\udc41" in shown and "café" in shown
    assert json.loads(shown) == json.loads(text)
    assert shown.endswith("}\n")


def test_terminal_safe_escapes_what_the_encoding_cannot_write() -> None:
    text = '{"a": "caf\u00e9 \u20ac \U0001f600"}'
    ascii_data = terminal_safe(text, "ascii")
    assert ascii_data == b'{"a": "caf\\u00e9 \\u20ac \\ud83d\\ude00"}\n'
    cp1252_data = terminal_safe(text, "cp1252")
    assert json.loads(cp1252_data.decode("cp1252")) == json.loads(text)
    assert "é".encode("cp1252") in cp1252_data and b"\\ud83d\\ude00" in cp1252_data


@pytest.mark.parametrize(
    ("char", "escape"),
    [
        ("\x1b", "\\u001b"),
        ("\ufeff", "\\ufeff"),
        ("\uffff", "\\uffff"),  # the last character of the BMP: one escape
        ("\U00010000", "\\ud800\\udc00"),  # the first beyond it: a surrogate pair
        ("\U000e0001", "\\udb40\\udc01"),  # a tag character
    ],
)
def test_json_escape_at_the_edge_of_the_bmp(char: str, escape: str) -> None:
    assert json_escape(char) == escape
    assert json.loads(f'"{escape}"') == char


def test_json_visible_at_exactly_the_limit_is_not_cut() -> None:
    assert json_visible("x" * 10, 10) == "x" * 10  # 10 characters fit in 10
    assert json_visible("\x1baaaa", 10) == "\\u001baaaa"  # 10 once escaped: still fits
    assert json_visible("x" * 11, 10, hint="see all") == "x" * 10 + "... (11 characters; see all)"
    assert json_visible("\x1baaaaa", 10) == "\\u001baaaa... (6 characters)"


def test_decode_body_keeps_an_encoded_surrogate() -> None:
    # CESU-8 bytes of U+D800: not valid UTF-8, but what a server encoding a lone surrogate sends; kept, not refused
    assert decode_body(b'{"s":"\xed\xa0\x80"}') == '{"s":"\ud800"}'


def test_terminal_safe_escapes_a_run_of_unencodable_characters_one_by_one() -> None:
    assert terminal_safe('{"s":"\u00e9\u00e8"}', "ascii") == b'{"s":"\\u00e9\\u00e8"}\n'
    assert terminal_safe('{"s":"x"}\n', "ascii") == b'{"s":"x"}\n'  # one final newline, never two
