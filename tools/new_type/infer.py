"""Infer an item component from captured items (the ``FROM=<items.json>`` form of `make new-type`).

Rules, applied to all samples together:

- ``type`` is pinned to the samples' one value; every other field is optional (``required: [type]``);
- a field's schema is the union of the JSON types seen in it over all samples: one type gives that type, several
  give ``anyOf`` (``integer`` and ``number`` together give ``number``), and ``null`` seen adds ``{type: 'null'}``;
  a field only ever seen as ``null`` accepts any value;
- a nested object becomes a named component ``<Owner><Field>`` whose properties are the union of the keys seen
  (all optional); an object only ever seen empty stays a free-form ``type: object``;
- an array's ``items`` schema is merged over every element of every sample (``{}`` when only empty arrays were seen);
- strings stay plain strings: a sample cannot tell an enum from an id, and a plain string accepts every value;
- ``agent_reference`` and ``response_id`` are always the house base fields.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .errors import NewTypeError
from .house import Registry, Schema, item_component, ref
from .naming import camel, check_type_value, item_component_name, owner_stem

_ORDER = ("boolean", "integer", "number", "string", "array", "object")


@dataclass
class Shape:
    """What was seen at one place in the samples."""

    kinds: set[str] = field(default_factory=set)
    properties: dict[str, Shape] = field(default_factory=dict)
    items: Shape | None = None

    def observe(self, value: Any) -> None:
        kind = json_kind(value)
        self.kinds.add(kind)
        if kind == "object":
            for key, sub in value.items():
                self.properties.setdefault(key, Shape()).observe(sub)
        elif kind == "array":
            if self.items is None:
                self.items = Shape()
            for element in value:
                self.items.observe(element)


def json_kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    raise NewTypeError(f"not JSON data: {type(value).__name__}")


def sample_type(samples: Sequence[Any], *, where: str) -> str:
    """The one item type of `samples`, or a refusal (no samples, not objects, no string type, mixed types)."""
    if not samples:
        raise NewTypeError(f"{where}: no items (an empty JSON array)")
    types: dict[str, int] = {}
    for index, sample in enumerate(samples):
        label = where if len(samples) == 1 else f"{where} item {index}"
        if not isinstance(sample, dict):
            raise NewTypeError(f"{label} is not an item: expected a JSON object, got {json_kind(sample)}")
        if "type" not in sample:
            raise NewTypeError(f"{label} is not an item: it has no 'type' field")
        value = check_type_value(sample["type"], where=label)
        types[value] = types.get(value, 0) + 1
    if len(types) > 1:
        seen = ", ".join(f"{t!r} x{n}" for t, n in types.items())
        raise NewTypeError(f"{where}: samples of different types ({seen}); give one type per file")
    return next(iter(types))


def _schema(shape: Shape, owner: str, name: str, registry: Registry) -> Schema:
    kinds = set(shape.kinds)
    nullable = "null" in kinds
    kinds.discard("null")
    if {"integer", "number"} <= kinds:
        kinds.discard("integer")
    branches: list[Schema] = []
    for kind in _ORDER:
        if kind not in kinds:
            continue
        if kind == "array":
            items = _schema(shape.items, owner, name, registry) if shape.items and shape.items.kinds else {}
            branches.append({"type": "array", "items": items})
        elif kind == "object" and shape.properties:
            properties = {
                key: _schema(sub, owner + camel(name), key, registry) for key, sub in shape.properties.items()
            }
            branches.append(ref(registry.place(owner + camel(name), {"type": "object", "properties": properties})))
        else:
            branches.append({"type": kind})
    if not branches:  # only null was seen: nothing is known about the values to come
        return {"description": "Only null was seen in the captured samples; any value is accepted."}
    if nullable:
        branches.append({"type": "null"})
    return branches[0] if len(branches) == 1 else {"anyOf": branches}


def infer_item(samples: Sequence[dict[str, Any]], item_type: str, registry: Registry, source: str) -> str:
    """Add the inferred item component (and its nested components) to `registry`; returns the item's name."""
    shape = Shape()
    for sample in samples:
        shape.observe(sample)
    component = item_component_name(item_type)
    owner = owner_stem(component)
    properties = {
        key: _schema(sub, owner, key, registry)
        for key, sub in shape.properties.items()
        if key not in ("type", "agent_reference", "response_id")
    }
    plural = "s" if len(samples) != 1 else ""
    description = f"Inferred by `make new-type` from {len(samples)} captured `{item_type}` item{plural}."
    return registry.place(component, item_component(item_type, description, source, properties), reusable=False)
