"""Template overrides written as edits of the generator's stock templates (`<stock name>.edits` files).

openapi-python-client replaces a stock template whole when the custom template folder holds a file of the
same name, and its stock templates have no `{% block %}`s to extend. Copying a 243-line template to change
10 lines makes every generator upgrade a blind re-merge. An `.edits` file instead lists exact-match edits
that generation applies to the INSTALLED stock template; the only stock text it carries is what each edit
must find. Format (every line that starts with `@@` is a directive; everything else is text, kept exactly):

    # <one line: what this override changes relative to the stock template>
    # (more comment lines may follow; blank lines and comments are allowed between edits)

    @@ edit: <why, one line>
    @@ find                     or `@@ find 3 times` (every occurrence, and exactly that many)
    <stock lines, exactly>
    @@ replace with             or `@@ insert before` and/or `@@ insert after`
    <new lines>
    @@ end

    @@ edit: <why>
    @@ at end                   or `@@ at start`
    <lines added at the end (or start) of the template>
    @@ end

Edits apply in order, each to the result of the previous one, and match whole lines. An edit whose text
is not found exactly the expected number of times raises `EditError`, naming the file and the edit.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

SUFFIX = ".edits"
_COUNT = re.compile(r"find (\d+) times")
_SECTIONS = ("find", "replace with", "insert before", "insert after", "at start", "at end")


class EditError(Exception):
    """An `.edits` file that cannot be read, or an edit that no longer matches its stock template."""


@dataclass
class Edit:
    """One edit: `find` (whole lines) occurring `count` times, replaced or surrounded; or text at start/end."""

    why: str
    line: int  # where `@@ edit` is in the file, for messages
    find: list[str] | None = None
    count: int = 1
    replace: list[str] | None = None
    before: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)
    at: str | None = None  # "start" or "end"
    text: list[str] = field(default_factory=list)  # the lines added by `@@ at start/end`


@dataclass
class EditsFile:
    """A parsed `.edits` file: the stock template it edits, its one-line summary, and its edits."""

    path: Path
    target: str  # the stock template's relative name, e.g. "property_templates/list_property.py.jinja"
    summary: str
    edits: list[Edit]


def parse(path: Path, target: str) -> EditsFile:
    """Read an `.edits` file; `target` is the stock template it edits (its name without `.edits`)."""
    return parse_text(path.read_text(encoding="utf-8"), path, target)


def parse_text(text: str, path: Path, target: str) -> EditsFile:
    """Parse the text of an `.edits` file (`path` names it in messages)."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the file's final newline ends the last line; it is not an empty line of text
    summary = ""
    edits: list[Edit] = []
    edit: Edit | None = None
    section: list[str] | None = None  # the text block being read, or None between edits
    for number, line in enumerate(lines, start=1):
        where = f"{path}:{number}"
        if not line.startswith("@@"):
            if section is not None:
                section.append(line)
            elif line.startswith("#"):
                summary = summary or line.lstrip("#").strip()
            elif line.strip():
                raise EditError(f"{where}: text outside an edit (start one with '@@ edit: <why>')")
            continue
        directive = line[2:].strip()
        if directive.startswith("edit"):
            if edit is not None:
                raise EditError(f"{where}: '@@ edit' inside an edit (close the previous one with '@@ end')")
            why = directive[len("edit") :].lstrip(":").strip()
            if not why:
                raise EditError(f"{where}: every edit says why, in one line: '@@ edit: <why>'")
            edit = Edit(why=why, line=number)
            section = None
        elif edit is None:
            raise EditError(f"{where}: '@@ {directive}' outside an edit")
        elif directive == "end":
            edits.append(_checked(edit, where))
            edit, section = None, None
        else:
            section = _open_section(edit, directive, where)
    if edit is not None:
        raise EditError(f"{path}: the edit at line {edit.line} has no '@@ end'")
    if not summary:
        raise EditError(f"{path}: the first line must be a '# ...' comment saying what the override changes")
    if not edits:
        raise EditError(f"{path}: no edits")
    return EditsFile(path=path, target=target, summary=summary, edits=edits)


def _open_section(edit: Edit, directive: str, where: str) -> list[str]:
    """Start the text block of `directive` in `edit` and return the list its lines go to."""
    match = _COUNT.fullmatch(directive)
    name = "find" if match else directive
    if name not in _SECTIONS:
        raise EditError(f"{where}: unknown directive '@@ {directive}' (expected one of: {', '.join(_SECTIONS)}, end)")
    if name == "find":
        if edit.find is not None or edit.at is not None:
            raise EditError(f"{where}: an edit has one '@@ find' (or '@@ at start/end')")
        edit.find = []
        edit.count = int(match.group(1)) if match else 1
        if edit.count < 1:
            raise EditError(f"{where}: '@@ find N times' needs N >= 1")
        return edit.find
    if name in ("at start", "at end"):
        if edit.find is not None or edit.at is not None:
            raise EditError(f"{where}: '@@ {name}' cannot follow '@@ find' or another '@@ at' in the same edit")
        edit.at = name.split()[1]
        return edit.text
    if edit.find is None:
        raise EditError(f"{where}: '@@ {name}' needs a '@@ find' before it")
    if name == "replace with":
        if edit.replace is not None or edit.before or edit.after:
            raise EditError(f"{where}: '@@ replace with' cannot be combined with another replace or insert")
        edit.replace = []
        return edit.replace
    if edit.replace is not None:
        raise EditError(f"{where}: '@@ {name}' cannot be combined with '@@ replace with'")
    section = edit.before if name == "insert before" else edit.after
    if section:
        raise EditError(f"{where}: '@@ {name}' appears twice in the same edit")
    return section


def _checked(edit: Edit, where: str) -> Edit:
    if edit.at is None and edit.find is None:
        raise EditError(f"{where}: the edit has neither '@@ find' nor '@@ at start/end'")
    if edit.find is not None:
        if not edit.find:
            raise EditError(f"{where}: '@@ find' needs at least one line of stock text")
        if edit.replace is None and not edit.before and not edit.after:
            raise EditError(f"{where}: '@@ find' needs '@@ replace with' or '@@ insert before/after'")
    elif not edit.text:
        raise EditError(f"{where}: '@@ at {edit.at}' adds no text")
    return edit


def occurrences(lines: list[str], find: list[str]) -> list[int]:
    """Start indexes of the non-overlapping occurrences of `find` in `lines` (whole lines)."""
    found: list[int] = []
    index, width = 0, len(find)
    while index + width <= len(lines):
        if lines[index : index + width] == find:
            found.append(index)
            index += width
        else:
            index += 1
    return found


@dataclass
class Mismatch:
    """An edit whose `find` text does not occur the expected number of times, and where it might have gone."""

    number: int  # 1-based position of the edit in its file
    edit: Edit
    found: int  # how many times the `find` text occurs
    message: str
    context: list[str]  # the stock text around the anchor (numbered as in the stock template), to re-merge from


def apply(edits: EditsFile, stock: str, stock_label: str) -> str:
    """`stock` with every edit applied in order; raises `EditError` for the first edit that does not match."""
    text, mismatches = apply_matching(edits, stock, stock_label)
    if mismatches:
        raise EditError(mismatches[0].message)
    return text


def apply_matching(edits: EditsFile, stock: str, stock_label: str) -> tuple[str, list[Mismatch]]:
    """`stock` with every edit that matches applied in order, and the edits that do not (each skipped), with the
    stock text around where each one's anchor is or most resembles: what `make template-diff` shows after an
    upgrade, so that every override can be re-merged in one pass."""
    lines = stock.split("\n")  # a final newline leaves a last "" element, which keeps it
    original = list(lines)  # the context of a mismatch is shown in the stock template's own line numbers
    mismatches: list[Mismatch] = []
    for number, edit in enumerate(edits.edits, start=1):
        if edit.at == "start":
            lines = edit.text + lines
            continue
        if edit.at == "end":
            tail = [""] if lines and lines[-1] == "" else []
            lines = lines[: len(lines) - len(tail)] + edit.text + tail
            continue
        assert edit.find is not None  # _checked: an edit without `at` has a find
        found = occurrences(lines, edit.find)
        if len(found) != edit.count:
            expected = "once" if edit.count == 1 else f"{edit.count} times"
            message = (
                f"{edits.path}: edit {number} (line {edit.line}, {edit.why!r}) no longer matches {stock_label}:"
                f" its '@@ find' text occurs {len(found)} times, expected {expected}."
                " Re-merge this override with the stock template (make template-diff shows both)."
            )
            context = around_anchor(original, edit.find, occurrences(original, edit.find))
            mismatches.append(Mismatch(number, edit, len(found), message, context))
            continue
        replacement = edit.replace if edit.replace is not None else edit.before + edit.find + edit.after
        for start in reversed(found):
            lines[start : start + len(edit.find)] = replacement
    return "\n".join(lines), mismatches


def around_anchor(lines: list[str], find: list[str], found: list[int], margin: int = 3) -> list[str]:
    """Numbered stock lines around each occurrence of `find`, or (none) around the run of lines that most
    resembles it: where the anchor went."""
    starts = found or [_closest(lines, find)]
    out: list[str] = []
    for start in starts:
        low, high = max(0, start - margin), min(len(lines), start + len(find) + margin)
        if out:
            out.append("     ...")
        out.extend(f"{index + 1:>5} | {lines[index]}" for index in range(low, high))
    return out


def _closest(lines: list[str], find: list[str]) -> int:
    """The start of the run of `len(find)` lines that is most similar to `find`."""
    wanted = "\n".join(find)
    width = max(1, len(find))
    best, best_ratio = 0, -1.0
    for start in range(max(1, len(lines) - width + 1)):
        ratio = difflib.SequenceMatcher(None, wanted, "\n".join(lines[start : start + width])).ratio()
        if ratio > best_ratio:
            best, best_ratio = start, ratio
    return best


def copied_lines(edits: EditsFile) -> int:
    """Stock lines the `.edits` file carries: every `find` line, plus replacement lines that repeat one."""
    total = 0
    for edit in edits.edits:
        if edit.find is None:
            continue
        total += len(edit.find)
        if edit.replace is not None:
            total += sum(1 for line in edit.replace if line in edit.find)
    return total
