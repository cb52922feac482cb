"""The spec file, edited without rewriting it: new text is spliced in where ruamel.yaml says the blocks end.

A round-trip re-dump (even ruamel.yaml's) re-folds long lines and re-quotes strings, so instead the file is
read with ruamel.yaml (which knows the line of every key and item), the new component blocks, the `oneOf`
entry and the mapping entry are rendered with ruamel.yaml in the file's style, and inserted as lines. Every
existing byte stays as it was; the result is parsed again and compared with what was meant.
"""

from __future__ import annotations

import io
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from .errors import NewTypeError
from .house import REF_PREFIX, Schema

_FLOW_LISTS = frozenset({"required", "enum"})  # the file writes these as `[a, b]`


def _yaml() -> YAML:
    yaml = YAML()  # round-trip: keeps line and column of every node
    yaml.indent(mapping=2, sequence=2, offset=0)
    return yaml


def _plain(node: Any) -> Any:
    """ruamel's commented containers as plain dicts and lists (anchors resolved)."""
    return json.loads(json.dumps(node))


@dataclass
class SpecFile:
    path: Path
    text: str
    data: CommentedMap

    @classmethod
    def load(cls, path: Path) -> SpecFile:
        text = path.read_text(encoding="utf-8")
        data = _yaml().load(text)
        try:
            union = data["components"]["schemas"]["ConversationItem"]
            shaped = isinstance(union["oneOf"], list) and isinstance(union["discriminator"]["mapping"], dict)
        except (KeyError, TypeError):
            shaped = False
        if not shaped:
            raise NewTypeError(f"{path}: no components.schemas.ConversationItem with a oneOf list and a mapping")
        return cls(path, text, data)

    @property
    def schemas(self) -> CommentedMap:
        schemas: CommentedMap = self.data["components"]["schemas"]
        return schemas

    def plain_schemas(self) -> dict[str, Schema]:
        schemas: dict[str, Schema] = _plain(self.schemas)
        return schemas

    def mapping(self) -> dict[str, str]:
        """discriminator value -> component name."""
        mapping = self.schemas["ConversationItem"]["discriminator"]["mapping"]
        return {str(value): str(target).rsplit("/", 1)[1] for value, target in mapping.items()}

    def with_item(self, item_type: str, item_component: str, components: Mapping[str, Schema]) -> str:
        """The file's text with `components` (the item's first) after the last item component, and the item's
        `oneOf` entry and mapping entry after the last ones. Raises NewTypeError if the file's layout is not
        one this can extend."""
        lines = self.text.splitlines(keepends=True)
        union = self.schemas["ConversationItem"]
        one_of: CommentedSeq = union["oneOf"]
        mapping: CommentedMap = union["discriminator"]["mapping"]
        if one_of.fa.flow_style() or mapping.fa.flow_style() or not one_of or not mapping:
            raise NewTypeError(f"{self.path}: ConversationItem's oneOf and mapping must be non-empty block lists")
        last_item = list(self.mapping().values())[-1]
        if last_item not in self.schemas:
            raise NewTypeError(f"{self.path}: the mapping names {last_item!r}, which is not a component")
        schema_col = self.schemas.lc.key(last_item)[1]
        last_entry = list(mapping)[-1]
        insertions = [
            (_block_end(lines, self.schemas.lc.key(last_item)[0]), render(components, schema_col)),
            (_block_end(lines, one_of.lc.item(len(one_of) - 1)[0]), [_one_of_line(lines, one_of, item_component)]),
            (_block_end(lines, mapping.lc.key(last_entry)[0]), [_mapping_line(mapping, item_type, item_component)]),
        ]
        for at, new_lines in sorted(insertions, key=lambda pair: pair[0], reverse=True):
            lines[at:at] = new_lines
        text = "".join(lines)
        self._check(text, item_type, item_component, components)
        return text

    def _check(self, text: str, item_type: str, item_component: str, components: Mapping[str, Schema]) -> None:
        """The spliced text must parse to exactly the old document plus the additions."""
        expected = _plain(self.data)
        schemas = expected["components"]["schemas"]
        schemas.update(_plain(dict(components)))
        schemas["ConversationItem"]["oneOf"].append({"$ref": REF_PREFIX + item_component})
        schemas["ConversationItem"]["discriminator"]["mapping"][item_type] = REF_PREFIX + item_component
        if _plain(_yaml().load(text)) != expected:
            raise NewTypeError(f"{self.path}: internal error: the edited file would not parse to the intended spec")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _block_end(lines: list[str], start: int) -> int:
    """The index of the line after the block that starts at line `start` (its key or `- ` item): the first later
    line indented no deeper than it, with any blank or comment lines just before that line left after it."""
    own = _indent(lines[start])
    end = start + 1
    while end < len(lines):
        stripped = lines[end].strip()
        if stripped and not stripped.startswith("#") and _indent(lines[end]) <= own:
            break
        end += 1
    while end - 1 > start and (not lines[end - 1].strip() or lines[end - 1].lstrip().startswith("#")):
        end -= 1
    return end


def _one_of_line(lines: list[str], one_of: CommentedSeq, component: str) -> str:
    line: int = one_of.lc.item(len(one_of) - 1)[0]
    dash = _indent(lines[line])
    return " " * dash + f"- $ref: '{REF_PREFIX}{component}'\n"


def _mapping_line(mapping: CommentedMap, item_type: str, component: str) -> str:
    column: int = mapping.lc.key(list(mapping)[-1])[1]
    return " " * column + f"{item_type}: '{REF_PREFIX}{component}'\n"


def _commented(node: Any, key: str | None = None) -> Any:
    """Plain data as ruamel containers, with `required` and `enum` lists in flow style."""
    if isinstance(node, dict):
        out = CommentedMap()
        for k, v in node.items():
            out[k] = _commented(v, k)
        return out
    if isinstance(node, list):
        seq = CommentedSeq(_commented(v) for v in node)
        if key in _FLOW_LISTS:
            seq.fa.set_flow_style()
        return seq
    return node


def render(components: Mapping[str, Schema], column: int) -> list[str]:
    """`components` as YAML lines indented to `column`, folded at 120 characters like the rest of the file."""
    yaml = _yaml()
    yaml.width = max(40, 120 - column)
    out = io.StringIO()
    yaml.dump(_commented(dict(components)), out)
    # ruamel leaves a space before a folded line's break: not significant in YAML, and not in the house style
    return [(" " * column + line.rstrip() + "\n" if line.strip() else "\n") for line in out.getvalue().splitlines()]
