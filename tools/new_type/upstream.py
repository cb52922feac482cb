"""Import an item from an upstream OpenAPI schema (the ``FROM=<openapi>#/components/schemas/<Name>`` form).

The schema is copied with the closure of its ``$ref``s, and rewritten by the house rules (see
:mod:`tools.new_type.house`):

- ``allOf`` is flattened into one object (members first, the schema's own properties last, so they win);
- a ``oneOf``/``anyOf`` whose members are all objects (a nested polymorphic value such as a content part) becomes
  one flat object with the union of their properties, as the spec's ``ContentPart`` or ``ComputerAction`` are;
  other unions stay ``anyOf`` of their converted members;
- nullability, whichever way it is written (3.0 ``nullable: true``, 3.1 type arrays such as ``[string, 'null']``,
  ``null`` in an ``enum``), becomes a ``{type: 'null'}`` branch of an ``anyOf``; ``const`` becomes a one-value enum;
- named and inline objects become components (inline ones named ``<Owner><Field>``); named scalars and arrays
  are inlined; enums become components referenced leniently;
- only the keywords the generator and the house style use are kept: ``default`` (it would change what
  ``to_dict()`` returns), ``format`` (it would turn strings into datetimes), ``title``, ``example``, validation
  keywords and extensions are dropped; ``additionalProperties: false`` is dropped (unknown fields must survive);
- descriptions are kept, on one line, except beside a bare ``$ref``.
"""

from __future__ import annotations

from typing import Any

from .errors import NewTypeError
from .house import Registry, Schema, identity, item_component, lenient, ref
from .naming import camel, check_type_value, item_component_name, owner_stem
from .schema_check import check_schema_closure
from .source import resolve

_SCALARS = frozenset({"string", "integer", "number", "boolean"})
_UNION_KEYS = ("oneOf", "anyOf")


def _text(node: dict[str, Any]) -> str | None:
    description = node.get("description")
    return " ".join(description.split()) if isinstance(description, str) and description.strip() else None


def _with_description(schema: Schema, description: str | None) -> Schema:
    if description and "$ref" not in schema and schema:
        schema = {**schema, "description": description}
    elif description and not schema:
        schema = {"description": description}
    return schema


def _rank(branch: Schema) -> int:
    if "$ref" in branch or branch.get("type") in ("object", "array"):
        return 0
    return 2 if branch.get("type") == "null" else 1


def _union(branches: list[Schema], nullable: bool, description: str | None) -> Schema:
    """`anyOf` of `branches` (nested `anyOf`s flattened, duplicates and descriptions dropped), null last."""
    flat: list[Schema] = []
    described = [_text(b) for b in branches if _text(b)]
    description = description or (described[0] if len(described) == 1 else None)
    for branch in branches:
        for alt in branch.get("anyOf", [branch]):
            alt = {k: v for k, v in alt.items() if k != "description"}
            if alt == {}:  # any value: the union accepts anything
                return _with_description({}, description)
            if alt not in flat:
                flat.append(alt)
    if nullable and {"type": "null"} not in flat:
        flat.append({"type": "null"})
    flat.sort(key=_rank)
    if len(flat) == 1:
        return _with_description(flat[0], description)
    return _with_description({"anyOf": flat}, description)


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _only_null(node: dict[str, Any]) -> bool:
    """Whether `node` admits nothing but null (`type: 'null'`, `enum: [null]`, `const: null`)."""
    rest, _ = _without_null(node)
    return rest.get("type") == "__none__" or rest.get("enum") == []


def _without_null(node: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """`node` without the ways it says null is allowed, and whether it did: 3.0 `nullable: true`, a 3.1 type
    list with 'null', `type: 'null'`, `null` in an `enum`, `const: null`. A node that allows only null keeps
    the marker type `__none__`."""
    out = dict(node)
    nullable = out.pop("nullable", False) is True
    kind = out.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if isinstance(k, str) and k != "null"]
        nullable = nullable or "null" in kind
        if len(kinds) == 1:
            out["type"] = kinds[0]
        elif kinds:
            out["type"] = kinds
        else:
            out["type"] = "__none__" if "null" in kind else None
            if out["type"] is None:
                del out["type"]
    elif kind == "null":
        nullable, out["type"] = True, "__none__"
    if "const" in out and out["const"] is None:
        del out["const"]
        nullable, out["type"] = True, "__none__"
    enum = out.get("enum")
    if isinstance(enum, list) and None in enum:
        nullable, out["enum"] = True, [v for v in enum if v is not None]
    return out, nullable


class Importer:
    """Converts one upstream item schema, and what it refers to, into house-style components of `registry`."""

    def __init__(self, document: dict[str, Any], registry: Registry, *, where: str) -> None:
        self.document = document
        self.registry = registry
        self.where = where
        self._done: dict[str, Schema] = {}  # source $ref -> how a property refers to it
        self._in_progress: dict[str, str] = {}  # source $ref -> the name reserved for it
        self._recursive: set[str] = set()
        self._nullable: set[str] = set()  # source $refs whose target allows null
        self._inlining: set[str] = set()  # source $refs being inlined where they are used

    # --- the item -------------------------------------------------------------------------------------------------

    def import_item(self, pointer: str, source: str, known_types: set[str]) -> tuple[str, str]:
        """Add the item at `pointer` and its closure; returns (item type, item component name)."""
        check_schema_closure(self.document, pointer, where=self.where)
        node = self._deref(resolve(self.document, pointer, where=self.where))
        flat = self._flatten(node, ())
        properties = flat.get("properties")
        type_values = self._type_values(properties.get("type") if isinstance(properties, dict) else None)
        if len(type_values) != 1:
            found = "no 'type' property" if not type_values else f"'type' may be any of {type_values}"
            raise NewTypeError(f"{self.where} is not an item: {found} (an item pins 'type' to one string)")
        item_type = check_type_value(type_values[0], where=self.where)
        if item_type in known_types:
            raise NewTypeError(f"item type {item_type!r} is already in the spec; nothing was changed")
        assert isinstance(properties, dict)
        component = item_component_name(item_type)
        owner = owner_stem(component)
        converted = {
            name: self.convert(schema, owner, name)
            for name, schema in properties.items()
            if name not in ("type", "agent_reference", "response_id")
        }
        description = _text(flat) or f"An item of type `{item_type}`."
        item = item_component(item_type, description, source, converted)
        return item_type, self.registry.place(component, item, reusable=False)

    def _type_values(self, node: Any) -> list[Any]:
        if not isinstance(node, dict):
            return []
        node = self._deref(node)
        if "const" in node:
            return [node["const"]]
        return list(node.get("enum") or [])

    # --- references, allOf -----------------------------------------------------------------------------------------

    def _target(self, pointer: str) -> Any:
        if not pointer.startswith("#/"):
            raise NewTypeError(f"{self.where}: external $ref {pointer!r} is not supported (only '#/...' refs)")
        try:
            return resolve(self.document, pointer[1:], where=self.where)
        except NewTypeError:
            raise NewTypeError(f"{self.where}: dangling $ref {pointer!r} (the document lacks it)") from None

    def _deref(self, node: Any, depth: int = 0) -> dict[str, Any]:
        """`node` with a top-level `$ref` chain followed (not its properties)."""
        while isinstance(node, dict) and "$ref" in node and depth < 50:
            node, depth = self._target(node["$ref"]), depth + 1
        if not isinstance(node, dict):
            raise NewTypeError(f"{self.where}: a schema must be an object, got {type(node).__name__}")
        return node

    def _flatten(self, node: dict[str, Any], seen: tuple[str, ...]) -> dict[str, Any]:
        """`allOf` merged into one schema: members in order, then the schema's own keywords."""
        if "allOf" not in node:
            return node
        parts: list[dict[str, Any]] = []
        for member in node["allOf"]:
            if isinstance(member, dict) and "$ref" in member:
                if member["$ref"] in seen:
                    raise NewTypeError(f"{self.where}: allOf includes itself through {member['$ref']!r}")
                parts.append(self._flatten(self._deref(member), (*seen, member["$ref"])))
            elif isinstance(member, dict):
                parts.append(self._flatten(member, seen))
        parts.append({k: v for k, v in node.items() if k != "allOf"})
        merged: dict[str, Any] = {}
        properties: dict[str, Any] = {}
        for part in parts:
            for key, value in part.items():
                if key == "properties" and isinstance(value, dict):
                    properties.update(value)
                elif key != "discriminator":
                    merged[key] = value
        if properties:
            merged["properties"] = properties
            merged.setdefault("type", "object")
        description = _text(node) or next((_text(p) for p in parts if _text(p)), None)
        if description:
            merged["description"] = description
        return merged

    # --- conversion -------------------------------------------------------------------------------------------------

    def convert(self, node: Any, owner: str, name: str) -> Schema:
        """How a property (of the component `owner`, named `name`) refers to `node`, in the house style."""
        if not isinstance(node, dict):
            return {}  # `true` or a malformed schema: any value
        node = dict(node)
        nullable = node.pop("nullable", False) is True
        description = _text(node)
        kind = node.get("type")
        if isinstance(kind, list):
            nullable = nullable or "null" in kind
            kinds = [k for k in kind if k != "null"]
            if len(kinds) > 1:
                branches = [self.convert({**node, "type": k}, owner, name) for k in kinds]
                return _union(branches, nullable, description)
            node["type"] = kinds[0] if kinds else None
            if not kinds:
                node.pop("type")
        if "const" in node:
            node["enum"] = [node.pop("const")]
        if isinstance(node.get("enum"), list) and None in node["enum"]:
            nullable = True
            node["enum"] = [v for v in node["enum"] if v is not None]
        if node.get("type") == "null" or node.get("enum") == []:
            return {"type": "null"}
        single = node.get("allOf")
        if isinstance(single, list) and len(single) == 1 and not ({"properties", "type"} & set(node)):
            result = self.convert(single[0], owner, name)  # `allOf: [$ref]` + siblings: the 3.0 way to describe a ref
        elif "$ref" in node:
            result = self._convert_ref(node["$ref"], owner, name)
        elif "allOf" in node:
            return self.convert({**self._flatten(node, ()), "nullable": nullable}, owner, name)
        elif any(key in node for key in _UNION_KEYS):
            return self._convert_union(node, owner, name, nullable, description)
        elif "enum" in node:  # its description stays on the property
            result = self._enum({k: v for k, v in node.items() if k != "description"}, owner + camel(name))
        elif node.get("type") == "object" or "properties" in node:
            result = self._object(node, owner + camel(name))
        elif node.get("type") == "array":
            result = {"type": "array", "items": self.convert(node.get("items", {}), owner, name)}
        elif node.get("type") in _SCALARS:
            result = {"type": node["type"]}
        else:
            result = {}
        if "$ref" in result and not nullable:
            return result
        return _union([result], nullable, description) if nullable else _with_description(result, description)

    def _convert_ref(self, pointer: str, owner: str, name: str) -> Schema:
        if pointer in self._done:
            return dict(self._done[pointer])
        if pointer in self._in_progress:
            self._recursive.add(pointer)
            inner = ref(self._in_progress[pointer])
            return _union([inner], True, None) if pointer in self._nullable else inner
        target, nullable = _without_null(self._flatten(self._deref({"$ref": pointer}), (pointer,)))
        members = [m for key in _UNION_KEYS for m in _list(target.get(key)) if isinstance(m, dict)]
        nullable = nullable or any(_only_null(self._deref(m)) for m in members)
        if nullable:
            self._nullable.add(pointer)
        if _only_null(target):
            result: Schema = {"type": "null"}
        else:
            result = self._convert_named(target, pointer, owner, name)
        if nullable and result != {"type": "null"}:  # the component's own nullability, however written, goes with it
            result = _union([result], True, None)
        self._done[pointer] = result
        return dict(result)

    def _convert_named(self, target: dict[str, Any], pointer: str, owner: str, name: str) -> Schema:
        """A referenced schema (its nullability already taken off): a component, or inlined where it is used."""
        wanted = camel(pointer.rsplit("/", 1)[1])
        if "enum" in target and not self._objects(target):
            result = self._enum(target, wanted)
        elif self._objects(target) and not self._free_form(target):
            self._in_progress[pointer] = self.registry.reserve(wanted)
            if any(key in target for key in _UNION_KEYS) and "properties" not in target:
                result = self._merged_object(target, wanted, pointer)
            else:
                result = self._object(target, wanted, pointer)
            del self._in_progress[pointer]
        elif pointer in self._inlining:  # inlined inside itself (a JSON-value-like array or union): any value
            result = {}
        else:  # a named scalar, array, free-form object or mixed union: inlined where it is used
            self._inlining.add(pointer)
            try:
                result = self.convert(target, owner, name)
            finally:
                self._inlining.discard(pointer)
        return result

    def _objects(self, node: dict[str, Any]) -> bool:
        """Whether `node` is an object, or a union whose non-null members are all objects (two or more)."""
        if node.get("type") == "object" or "properties" in node:
            return True
        members = self._members(node)
        return len(members) > 1 and all(self._objects(m) for m in members)

    def _members(self, node: dict[str, Any]) -> list[dict[str, Any]]:
        """The non-null members of a oneOf/anyOf, dereferenced and flattened."""
        members = [m for key in _UNION_KEYS for m in node.get(key, []) if isinstance(m, dict)]
        out = [self._flatten(self._deref(m), ()) for m in members]
        return [m for m in out if m.get("type") != "null" and m.get("enum") != [None]]

    def _enum(self, node: dict[str, Any], wanted: str) -> Schema:
        values = [v for v in node["enum"] if v is not None]
        kind = node["type"] if isinstance(node.get("type"), str) and node["type"] in _SCALARS else "string"
        schema: Schema = {"type": kind}
        if _text(node):
            schema["description"] = _text(node)
        schema["enum"] = values
        return lenient(self.registry.place(wanted, schema), kind)

    @staticmethod
    def _free_form(node: dict[str, Any]) -> bool:
        """An object that declares no properties and no value schema: any JSON object, no class to make."""
        return (
            not node.get("properties")
            and not isinstance(node.get("additionalProperties"), dict)
            and not any(key in node for key in _UNION_KEYS)
        )

    def _object(self, node: dict[str, Any], wanted: str, pointer: str | None = None) -> Schema:
        """A component for an object (inline, or the target of `pointer`); returns the reference to it."""
        if self._free_form(node):
            return {"type": "object"}
        name = self._in_progress[pointer] if pointer is not None else self.registry.reserve(wanted)
        schema: Schema = {"type": "object"}
        if _text(node):
            schema["description"] = _text(node)
        properties = node.get("properties")
        if isinstance(properties, dict) and properties:
            schema["properties"] = {key: self.convert(sub, name, key) for key, sub in properties.items()}
        extra = node.get("additionalProperties")
        if isinstance(extra, dict):
            schema["additionalProperties"] = self.convert(extra, name, "value")
        reusable = pointer is None or pointer not in self._recursive  # a self-referring schema keeps its own name
        return ref(self.registry.place(wanted, schema, reserved=name, reusable=reusable))

    def _merged_object(self, node: dict[str, Any], wanted: str, pointer: str | None = None) -> Schema:
        """A union of objects as one flat object: every member's properties; same-named enums joined."""
        variants: dict[str, list[Any]] = {}
        for member in self._members(node):
            for key, sub in (member.get("properties") or {}).items():
                if isinstance(sub, dict) and "const" in sub:
                    sub = {**{k: v for k, v in sub.items() if k != "const"}, "enum": [sub["const"]]}
                if isinstance(sub, dict) and "$ref" in sub and "enum" in self._deref(sub):
                    sub = self._deref(sub)
                known = variants.setdefault(key, [])
                if all(identity(sub) != identity(other) for other in known):
                    known.append(sub)
        properties: dict[str, Any] = {}
        for key, subs in variants.items():
            if len(subs) > 1 and all(isinstance(s, dict) and "enum" in s and "$ref" not in s for s in subs):
                values = [v for s in subs for v in s["enum"]]
                properties[key] = {"type": "string", "enum": list(dict.fromkeys(values))}
            else:
                properties[key] = subs[0] if len(subs) == 1 else {"anyOf": subs}
        merged: dict[str, Any] = {"type": "object", "properties": properties}
        if _text(node):
            merged["description"] = _text(node)
        return self._object(merged, wanted, pointer)

    def _convert_union(
        self, node: dict[str, Any], owner: str, name: str, nullable: bool, description: str | None
    ) -> Schema:
        members = [m for key in _UNION_KEYS for m in node.get(key, []) if isinstance(m, dict)]
        nullable = nullable or any(self._deref(m).get("type") == "null" for m in members)
        if self._objects({k: node[k] for k in _UNION_KEYS if k in node}):
            result = self._merged_object(node, owner + camel(name))
            return _union([result], nullable, description) if nullable else result
        branches = [self.convert(m, owner, name) for m in members if self._deref(m).get("type") != "null"]
        return _union(branches, nullable, description)
