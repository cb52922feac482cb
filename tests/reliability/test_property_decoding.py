"""Property-based decoding, driven by the spec: for every `ConversationItem` member, payloads generated from
its own schema decode to its class and round-trip; mutated payloads give only a documented outcome, and a value of
a JSON type the spec does not allow where it sits is a decode error."""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from conversation_items import ITEM_TYPES, ItemDecodeError, UnknownItem, parse_item
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from reliability_support import count, install_hypothesis_jsonschema_compat
from support import SPEC_PATH

install_hypothesis_jsonschema_compat()

SPEC = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
MAPPING = {
    value: ref.rsplit("/", 1)[1] for value, ref in SCHEMAS["ConversationItem"]["discriminator"]["mapping"].items()
}
TYPES = sorted(MAPPING)
_NOT_SCHEMA = frozenset({"description", "discriminator", "title", "example", "examples"})


def inline(node: Any, *, stack: tuple[str, ...] = ()) -> Any:
    """`node` with every `$ref` replaced by its (inlined) component, and sizes bounded for generation speed.

    `oneOf` becomes `anyOf` (the spec's `oneOf`s have disjoint JSON types, so nothing is lost, and
    hypothesis-jsonschema need not check every example against the other branches); objects that do not
    say otherwise get no extra properties (extra fields have their own mutation below).
    """
    if isinstance(node, list):
        return [inline(v, stack=stack) for v in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[1]
        assert name not in stack, f"recursive schema {' -> '.join((*stack, name))}"
        return inline(SCHEMAS[name], stack=(*stack, name))
    out = {("anyOf" if k == "oneOf" else k): inline(v, stack=stack) for k, v in node.items() if k not in _NOT_SCHEMA}
    if out.get("type") == "array":
        out.setdefault("maxItems", 3)
    if out.get("type") == "string" and "enum" not in out:
        out.setdefault("maxLength", 16)
    if out.get("type") == "object" and "additionalProperties" not in out:
        out["additionalProperties"] = False
    return out


ITEM_SCHEMAS = {value: inline(SCHEMAS[component]) for value, component in MAPPING.items()}


@functools.cache
def strategy_for(item_type: str) -> st.SearchStrategy[Any]:
    return from_schema(ITEM_SCHEMAS[item_type])  # built on first use, not at collection


def test_the_spec_lists_every_generated_type_and_nothing_else() -> None:
    assert set(MAPPING) == set(ITEM_TYPES)
    for value, schema in ITEM_SCHEMAS.items():
        assert schema["properties"]["type"]["enum"] == [value]


def json_round_trip(value: Any) -> Any:
    return json.loads(json.dumps(value))


def check_documented_outcome(data: Any, *, expected_class: type | None) -> str:
    """Decode `data`; only UnknownItem, a round-tripping decode to the right class, or ItemDecodeError with the
    very payload may come out (anything else propagates and fails the test). Returns which one happened."""
    before = copy.deepcopy(data)
    try:
        item = parse_item(data)
    except ItemDecodeError as exc:
        assert exc.payload is data
        assert isinstance(exc, ValueError)
        assert str(exc)
        outcome = "decode error"
    else:
        if isinstance(item, UnknownItem):
            assert data["type"] not in ITEM_TYPES
            outcome = "unknown item"
        else:
            assert expected_class is not None
            assert type(item) is expected_class, f"decoded as {type(item).__name__}"
            outcome = "decoded"
        assert item.to_dict() == json_round_trip(data)
    assert data == before, "parse_item mutated its input"
    return outcome


# --- valid payloads ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("item_type", TYPES)
@given(data=st.data())
def test_valid_payload_decodes_to_its_class_and_round_trips(item_type: str, data: st.DataObject) -> None:
    payload = data.draw(strategy_for(item_type), label="payload")
    count("examples: valid payloads (from the spec)")
    item = parse_item(payload)
    assert type(item) is ITEM_TYPES[item_type]
    assert item.to_dict() == json_round_trip(payload)


# --- invalid payloads ---------------------------------------------------------------------------------------------


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every path below the root (dict keys and list indexes)."""
    if isinstance(value, dict):
        for key, sub in value.items():
            yield (*prefix, key)
            yield from paths(sub, (*prefix, key))
    elif isinstance(value, list):
        for index, sub in enumerate(value):
            yield (*prefix, index)
            yield from paths(sub, (*prefix, index))


def get_at(value: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        value = value[step]
    return value


def set_at(value: Any, path: tuple[Any, ...], new: Any) -> None:
    get_at(value, path[:-1])[path[-1]] = new


def json_kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    names: dict[type, str] = {str: "string", list: "array", dict: "object"}
    return names[type(value)]


def lenient_enum_sites(schema: dict[str, Any], value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Paths of string values that sit where the spec has a lenient enum (anyOf [enum, plain string])."""
    if isinstance(value, dict) and "properties" in schema:
        for key, sub in value.items():
            if key in schema["properties"]:
                yield from lenient_enum_sites(schema["properties"][key], sub, (*path, key))
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        for index, sub in enumerate(value):
            yield from lenient_enum_sites(schema["items"], sub, (*path, index))
    branches = schema.get("anyOf", [])
    if isinstance(value, str):
        has_enum = any("enum" in b for b in branches)
        has_plain = any(b.get("type") == "string" and "enum" not in b for b in branches)
        if has_enum and has_plain:
            yield path
    else:
        for branch in branches:
            yield from lenient_enum_sites(branch, value, path)


_JSON_TYPES: dict[str, Any] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}


def accepts(schema: dict[str, Any], value: Any) -> bool:
    """Whether `value` fits an inlined item schema (the keywords the spec uses; the generation bounds `maxItems`,
    `maxLength` and `additionalProperties: false` that `inline` adds are not the spec's, so they are ignored)."""
    if "anyOf" in schema and not any(accepts(branch, value) for branch in schema["anyOf"]):
        return False
    if "type" in schema and not _JSON_TYPES[schema["type"]](value):
        return False
    if "enum" in schema and value not in schema["enum"]:
        return False
    if isinstance(value, dict):
        if any(name not in value for name in schema.get("required", [])):
            return False
        properties, extra = schema.get("properties", {}), schema.get("additionalProperties")
        for key, sub in value.items():
            if key in properties and not accepts(properties[key], sub):
                return False
            if key not in properties and isinstance(extra, dict) and not accepts(extra, sub):
                return False
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        return all(accepts(schema["items"], element) for element in value)
    return True


WRONG_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=8),
    st.lists(st.integers(), max_size=3),
    st.lists(st.lists(st.text(max_size=3), min_size=2, max_size=2), max_size=2),  # dict()-able, but not an object
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)
EXTRA_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
MUTATIONS = ["drop required field", "wrong JSON type", "unknown type", "new nested enum value", "extra fields"]


@pytest.mark.parametrize("mutation", MUTATIONS)
@pytest.mark.parametrize("item_type", TYPES)
@settings(max_examples=max(5, settings().max_examples // 20))
@given(data=st.data())
def test_invalid_payload_gives_only_a_documented_outcome(item_type: str, mutation: str, data: st.DataObject) -> None:
    payload = data.draw(strategy_for(item_type), label="valid payload")
    schema = ITEM_SCHEMAS[item_type]
    expected_class = ITEM_TYPES[item_type]
    count("examples: invalid payloads (mutated from the spec)")
    count(f"invalid payloads: {mutation}")

    if mutation == "drop required field":
        field = data.draw(st.sampled_from(sorted(schema["required"])), label="dropped")
        del payload[field]
        assert check_documented_outcome(payload, expected_class=expected_class) == "decode error"

    elif mutation == "wrong JSON type":
        candidates = [p for p in paths(payload) if p != ("type",)]
        if not candidates:  # a payload with nothing but `type`: give it a field of a wrong type instead
            payload["type"] = data.draw(WRONG_VALUES.filter(lambda v: not isinstance(v, str)), label="type")
            assert check_documented_outcome(payload, expected_class=expected_class) == "decode error"
            return
        path = data.draw(st.sampled_from(candidates), label="path")
        old_kind = json_kind(get_at(payload, path))
        new = data.draw(WRONG_VALUES.filter(lambda v: json_kind(v) != old_kind), label="wrong value")
        set_at(payload, path, new)
        # a value the spec does not allow there (a number in a string field, nested too) is a decode error that
        # carries the payload; one it allows (another branch of an anyOf, any value) decodes and round-trips
        expected = "decoded" if accepts(schema, payload) else "decode error"
        count(f"invalid payloads: wrong JSON type ({expected})")
        assert check_documented_outcome(payload, expected_class=expected_class) == expected, (path, new)

    elif mutation == "unknown type":
        new_type = data.draw(st.text(min_size=1, max_size=20).filter(lambda t: t not in ITEM_TYPES), label="type")
        payload["type"] = new_type
        assert check_documented_outcome(payload, expected_class=None) == "unknown item"
        assert parse_item(payload).type_ == new_type

    elif mutation == "new nested enum value":
        sites = sorted(set(lenient_enum_sites(schema, payload)), key=repr)
        if not sites:
            count("invalid payloads: new nested enum value (no enum in this payload)")
        for path in sites:
            set_at(payload, path, "zz_new_value_" + data.draw(st.text(max_size=6), label="suffix"))
        # a value servers add later must not fail the item (DESIGN: nested enums are lenient)
        assert check_documented_outcome(payload, expected_class=expected_class) == "decoded"

    else:  # extra fields, at the top level and in nested objects
        declared = set(schema["properties"])
        extras = data.draw(
            st.dictionaries(
                st.text(max_size=10).filter(lambda k: k not in declared), EXTRA_VALUES, min_size=1, max_size=3
            ),
            label="top-level extras",
        )
        payload.update(extras)
        nested = [p for p in paths(payload) if p[0] not in extras and isinstance(get_at(payload, p), dict)]
        for path in nested:
            target = get_at(payload, path)
            target.setdefault("x_reliability_extra", "kept")
        assert check_documented_outcome(payload, expected_class=expected_class) == "decoded"
        item = parse_item(payload)
        for key, value in extras.items():
            assert item.additional_properties[key] == value


# --- any JSON at all --------------------------------------------------------------------------------------------------

ANY_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
KNOWN_OR_NOT = st.sampled_from([*TYPES, "x_unknown_kind"])


@given(value=ANY_JSON, item_type=KNOWN_OR_NOT, shape=st.sampled_from(["raw", "as item"]))
def test_arbitrary_json_gives_only_a_documented_outcome(value: Any, item_type: str, shape: str) -> None:
    count("examples: arbitrary JSON values")
    if shape == "as item":  # arbitrary fields under a real or unknown type
        value = {**value, "type": item_type} if isinstance(value, dict) else {"type": item_type, "v": value}
    check_documented_outcome(value, expected_class=ITEM_TYPES[item_type] if item_type in ITEM_TYPES else None)


# --- a JSON array where an object belongs ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "payload",
    [
        {"type": "message", "role": "user", "content": "x", "agent_reference": [["name", "agent-1"]]},
        {"type": "message", "role": "user", "content": [[["type", "output_text"], ["text", "hi"]]]},
        {"type": "function_call", "call_id": "c", "name": "f", "arguments": "{}", "agent_reference": [["name", "a"]]},
    ],
    ids=["agent_reference", "content part", "function_call agent_reference"],
)
def test_an_array_of_pairs_is_not_taken_for_an_object(payload: dict[str, Any]) -> None:
    """BUG (library): generated `from_dict` does `dict(src_dict)`, which accepts any iterable of pairs, so an
    array of 2-element arrays decodes as an object and `to_dict()` no longer returns the input."""
    count("hostile responses: arrays of pairs where an object belongs")
    check_documented_outcome(payload, expected_class=ITEM_TYPES[payload["type"]])
