"""Refuse a malformed upstream schema before converting it: each keyword the importer reads must have the type
OpenAPI gives it, in the item's schema and in everything it refers to. The refusal names the place and the keyword,
so that whatever schema `make new-type` is given, it imports it or says why it does not."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

from .errors import NewTypeError
from .source import resolve

KINDS = frozenset({"string", "integer", "number", "boolean", "object", "array", "null"})
_SCHEMA_LISTS = ("allOf", "oneOf", "anyOf")
_SCHEMA_VALUES = ("items", "additionalProperties", "not")


@dataclass(frozen=True)
class _Ref:
    pointer: str


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def check_schema_closure(document: dict[str, Any], pointer: str, *, where: str) -> None:
    """Raise NewTypeError at the first malformed schema reachable from `pointer` (following the local `$ref`s that
    resolve: a dangling or external one is refused by the importer when it follows it)."""
    seen: set[str] = set()
    pending: list[tuple[Any, str]] = [(resolve(document, pointer, where=where), "#" + pointer)]
    while pending:
        node, at = pending.pop()
        for target, child_at in _children(node, at, where):
            if isinstance(target, _Ref):
                target = target.pointer
                if target not in seen and target.startswith("#/"):
                    seen.add(target)
                    # a dangling one is refused by the importer if it follows it (it skips the base fields' refs)
                    with contextlib.suppress(NewTypeError):
                        pending.append((resolve(document, target[1:], where=where), target))
            else:
                pending.append((target, child_at))


def _children(node: Any, at: str, where: str) -> list[tuple[Any, str]]:
    """The sub-schemas (and `$ref`s) of one schema; a refusal if one of its keywords is malformed."""

    def refuse(problem: str) -> NewTypeError:
        return NewTypeError(f"{where}: the schema at {at} is malformed: {problem}")

    if isinstance(node, bool):
        return []
    if not isinstance(node, dict):
        raise refuse(f"a schema is an object or a boolean, not {_kind(node)}")
    out: list[tuple[Any, str]] = []
    if "$ref" in node:
        target = node["$ref"]
        if not isinstance(target, str):
            raise refuse(f"'$ref' must be a string, got {_kind(target)}")
        out.append((_Ref(target), at))
    kind = node.get("type")
    if kind is not None:
        kinds = kind if isinstance(kind, list) else [kind]
        if not kinds or not all(isinstance(k, str) and k in KINDS for k in kinds):
            raise refuse(f"'type' must be one of {sorted(KINDS)} or a list of them, got {kind!r}")
    for key, wanted in (("nullable", bool), ("enum", list), ("required", list), ("properties", dict)):
        if key in node and not isinstance(node[key], wanted):
            raise refuse(f"'{key}' must be a {wanted.__name__}, got {_kind(node[key])}")
    for name, sub in (node.get("properties") or {}).items():
        out.append((sub, f"{at}/properties/{name}"))
    for key in _SCHEMA_VALUES:
        if key in node:
            out.append((node[key], f"{at}/{key}"))
    for key in _SCHEMA_LISTS:
        if key in node:
            members = node[key]
            if not isinstance(members, list):
                raise refuse(f"'{key}' must be a list of schemas, got {_kind(members)}")
            out.extend((member, f"{at}/{key}/{index}") for index, member in enumerate(members))
    return out
