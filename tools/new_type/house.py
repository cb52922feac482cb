"""House rules shared by both sources: the item component's shape, lenient enums, and reuse of components.

The rules (they match how spec/conversation-items.openapi.yaml is written by hand):

- an item is a flat ``type: object`` named ``<CamelCase of its type>Item``; its ``type`` property is pinned to
  its value (``enum: [value]``); ``required`` is ``[type]``; it has the base fields every item may carry: ``id``
  (a string, right after ``type``), and at the end ``agent_reference`` (``$ref AgentReference``) and
  ``response_id`` (a string);
- nested objects are named components whose properties are all optional (no ``required``);
- every enum except the item's own ``type`` is a component referenced as ``anyOf: [$ref Enum, {type: string}]``,
  so that values a service adds later still decode;
- a component that is identical to one the spec already has (ignoring descriptions, titles, examples, defaults
  and ``x-`` extensions) is reused rather than copied; a new component whose name is taken is renamed
  ``<Name>2``, ``<Name>3``, ...
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .naming import free_name

Schema = dict[str, Any]

REF_PREFIX = "#/components/schemas/"
_DOC_KEYS = frozenset({"description", "title", "example", "examples", "deprecated", "default"})


def ref(name: str) -> Schema:
    return {"$ref": REF_PREFIX + name}


def lenient(enum_component: str, alternative: str = "string") -> Schema:
    """How a nested enum is referenced: a value outside the enum is still accepted as a plain string."""
    return {"anyOf": [ref(enum_component), {"type": alternative}]}


BASE_FIELDS = ("id", "agent_reference", "response_id")


def id_field() -> Schema:
    return {"type": "string", "description": "The unique ID of the item."}


def base_fields() -> dict[str, Schema]:
    """The base fields that end every item (`id` comes right after `type`)."""
    return {
        "agent_reference": ref("AgentReference"),
        "response_id": {"type": "string", "description": "The response on which the item is created."},
    }


def item_component(item_type: str, description: str, source: str, properties: Mapping[str, Schema]) -> Schema:
    """The item component: pinned `type` first, then `id` (as given, else the house one: a string),
    then `properties` (minus `type` and the base fields), then the other base fields; `required` is `[type]`."""
    props: dict[str, Schema] = {
        "type": {"type": "string", "enum": [item_type], "description": f"The type of the item. Always `{item_type}`."}
    }
    given_id = properties.get("id")
    props["id"] = given_id if isinstance(given_id, dict) and given_id else id_field()
    bases = base_fields()
    props.update((name, schema) for name, schema in properties.items() if name not in ("type", *BASE_FIELDS))
    props.update(bases)
    return {
        "type": "object",
        "description": description,
        "x-source": source,
        "required": ["type"],
        "properties": props,
    }


def identity(node: Any) -> Any:
    """What decides whether two schemas decode the same: documentation keys dropped, enums and `required` as sets."""
    if isinstance(node, list):
        return [identity(v) for v in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _DOC_KEYS or key.startswith("x-"):
            continue
        if key in ("enum", "required") and isinstance(value, list):
            out[key] = sorted(value, key=lambda v: (type(v).__name__, repr(v)))
        elif key == "properties" and isinstance(value, dict):
            out[key] = {name: identity(sub) for name, sub in value.items()}
        else:
            out[key] = identity(value)
    return out


class Registry:
    """The spec's components plus the ones being added: places a new component, reusing or renaming it."""

    def __init__(self, existing: Mapping[str, Schema]) -> None:
        self.existing = dict(existing)
        self.new: dict[str, Schema] = {}
        self.reused: dict[str, str] = {}  # wanted name -> the existing component used instead
        self.renamed: dict[str, str] = {}  # wanted name -> the free name it got
        self._reserved: set[str] = set()
        self._identities: dict[str, Any] = {}

    def _taken(self) -> set[str]:
        return set(self.existing) | set(self.new) | self._reserved

    def reserve(self, wanted: str) -> str:
        """Hold a free name now (for a component that refers to itself before it is complete)."""
        name = free_name(wanted, self._taken())
        self._reserved.add(name)
        return name

    def _identity_of(self, name: str) -> Any:
        if name not in self._identities:
            self._identities[name] = identity(self.existing.get(name, self.new.get(name)))
        return self._identities[name]

    def find_identical(self, wanted: str, schema: Schema) -> str | None:
        """An existing or already added component identical to `schema`: the one named `wanted` first."""
        target = identity(schema)
        candidates = [wanted, *self.existing, *self.new]
        for name in candidates:
            if (name in self.existing or name in self.new) and self._identity_of(name) == target:
                return name
        return None

    def place(self, wanted: str, schema: Schema, *, reserved: str | None = None, reusable: bool = True) -> str:
        """The component name to refer to for `schema`: an identical one reused, else a new one added."""
        if reusable:
            found = self.find_identical(wanted, schema)
            if found is not None:
                if reserved is not None:
                    self._reserved.discard(reserved)
                if found in self.existing:
                    self.reused[wanted] = found
                return found
        name = reserved if reserved is not None else free_name(wanted, self._taken())
        self._reserved.discard(name)
        if name != wanted:
            self.renamed[wanted] = name
        self.new[name] = schema
        self._identities.pop(name, None)
        return name
