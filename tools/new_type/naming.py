"""House naming: item type values, component names, and free names for clashes."""

from __future__ import annotations

import re
from collections.abc import Container

from .errors import NewTypeError

# a type value becomes a fixture file name, a Literal and part of a class name: keep it to what services send
TYPE_VALUE = re.compile(r"[a-z][a-z0-9_]*\Z")


def check_type_value(value: object, *, where: str) -> str:
    """`value` if it can be an item type; otherwise a refusal that says why."""
    if not isinstance(value, str):
        raise NewTypeError(f"{where} is not an item: it has no string 'type' (got {type(value).__name__})")
    if not TYPE_VALUE.match(value):
        raise NewTypeError(f"{where}: item type {value!r} must be lowercase letters, digits and '_' (like 'mcp_call')")
    return value


def camel(text: str) -> str:
    """`mcp_call` -> `McpCall`, `OpenAI.ItemStatus` -> `OpenAIItemStatus`, `Phase-2` -> `Phase2`."""
    parts = [p for p in re.split(r"[^A-Za-z0-9]+", text) if p]
    return "".join(p[0].upper() + p[1:] for p in parts)


def item_component_name(item_type: str) -> str:
    """The house name of an item's component: CamelCase of its type + "Item" (`mcp_call` -> `McpCallItem`)."""
    return camel(item_type) + "Item"


def owner_stem(component: str) -> str:
    """The prefix for components nested in `component`: `ImageGenerationCallItem` -> `ImageGenerationCall`."""
    return component[: -len("Item")] if component.endswith("Item") and component != "Item" else component


def free_name(wanted: str, taken: Container[str]) -> str:
    """`wanted`, or `wanted2`, `wanted3`, ... : the first that is not taken."""
    if wanted not in taken:
        return wanted
    n = 2
    while f"{wanted}{n}" in taken:
        n += 1
    return f"{wanted}{n}"
