"""Draft an `.edits` file from a whole-file override: one edit per hunk of its diff against the stock template.

The override's `{# override ... #}` comment becomes the header (the author shortens it to one line), and each
hunk of the rest becomes an edit whose `@@ find` is the stock text it changes, widened with neighbouring lines until it
occurs exactly once where it should; a pure insertion becomes `@@ insert before/after` an anchor (or `@@ at
start/end`). The draft is checked: applied to the stock template it gives the override back exactly. Every
edit's why is left as a TODO for the author, who may then merge or narrow edits by hand.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import template_edits

TODO = "TODO say why"


def _unique_at(lines: list[str], find: list[str], index: int) -> bool:
    found = template_edits.occurrences(lines, find)  # the matcher apply() uses
    return found == [index]


def without_why_comment(text: str) -> str:
    """`text` without its first `{# override ... #}` comment: in an `.edits` file, the why goes in the header."""
    start = text.find("{# override")
    end = text.find("#}", start)
    if start < 0 or end < 0:
        return text
    end += 2
    if text[end : end + 1] == "\n" and (start == 0 or text[start - 1] == "\n"):
        end += 1  # the comment had its own lines
    return text[:start] + text[end:]


def draft(name: str, stock_text: str, override_text: str, summary: str) -> str:
    """The `.edits` text that turns `stock_text` into `override_text`; raises EditError if it cannot."""
    stock, mine = stock_text.split("\n"), override_text.split("\n")
    if stock[-1:] == mine[-1:] == [""]:
        stock, mine = stock[:-1], mine[:-1]  # the final newline ends the last line; it is not a line to diff
    current = list(stock)  # the stock text with the edits drafted so far applied
    offset = 0  # where stock line i is in `current`: i + offset (for lines after the edits drafted so far)
    out = [f"# {summary}", ""]
    matcher = difflib.SequenceMatcher(None, stock, mine, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        new, start, removed = mine[j1:j2], i1 + offset, i2 - i1
        if not removed and start == 0:
            out += [f"@@ edit: {TODO}", "@@ at start", *new, "@@ end", ""]
            current[0:0] = new
        elif not removed and start == len(current):
            out += [f"@@ edit: {TODO}", "@@ at end", *new, "@@ end", ""]
            current.extend(new)
        else:
            first, last = start, start + removed
            while not (last > first and _unique_at(current, current[first:last], first)):
                if last < len(current):
                    last += 1  # widen with the next stock line (not yet edited)
                elif first > 0:
                    first -= 1
                else:
                    raise template_edits.EditError(f"{name}: no unique text to anchor the hunk at stock line {i1 + 1}")
            find, before, after = current[first:last], current[first:start], current[start + removed : last]
            out += [f"@@ edit: {TODO}", "@@ find", *find]
            if not removed and not before:
                out += ["@@ insert before", *new]
            elif not removed and not after:
                out += ["@@ insert after", *new]
            else:
                out += ["@@ replace with", *before, *new, *after]
            out += ["@@ end", ""]
            current[first:last] = before + new + after
        offset += len(new) - removed
    text = "\n".join(out)
    check = Path(f"{name}{template_edits.SUFFIX}")
    parsed = template_edits.parse_text(text, check, name)
    if template_edits.apply(parsed, stock_text, f"stock {name}") != override_text:
        raise template_edits.EditError(f"{name}: the drafted edits do not reproduce the override; convert it by hand")
    return text
