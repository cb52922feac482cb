"""`make new-type FROM=<openapi>#/...` on generated schemas: whatever it is given, it imports the item or refuses with
a sentence saying why (a NewTypeError), never a traceback; what it imports has every `$ref` resolved and renders."""

from __future__ import annotations

import json
import sys
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import ROOT, SPEC_PATH

if str(ROOT) not in sys.path:  # `tools/` is a maintainer folder, not an installed package
    sys.path.insert(0, str(ROOT))

from tools.new_type.errors import NewTypeError
from tools.new_type.house import REF_PREFIX, Registry
from tools.new_type.spec_file import render
from tools.new_type.upstream import Importer

SCHEMAS: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))["components"]["schemas"]
KNOWN = set(SCHEMAS["ConversationItem"]["discriminator"]["mapping"])
NAMES = ["A", "B", "Severity", "AgentReference", "Gone"]  # "Gone" is never defined: a dangling $ref
KINDS = ["string", "integer", "number", "boolean", "object", "array", "null"]

scalars = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.sampled_from(["a", "b", "low", ""]))
refs = st.sampled_from(NAMES).map(lambda name: {"$ref": REF_PREFIX + name}) | st.sampled_from(
    [{"$ref": "other.yaml#/X"}, {"$ref": "#/components"}, {"$ref": 5}]
)
junk = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=3), st.lists(st.integers(), max_size=2))


def schema_keys(children: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    """One schema object: the keywords the importer reads, each with a good or a malformed value."""
    return st.fixed_dictionaries(
        {},
        optional={
            "type": st.sampled_from(KINDS) | st.lists(st.sampled_from(KINDS), max_size=3) | junk,
            "nullable": st.booleans() | junk,
            "enum": st.lists(scalars, max_size=3) | junk,
            "const": scalars,
            "description": st.text(max_size=5) | junk,
            "format": st.just("date-time"),
            "default": scalars,
            "properties": st.dictionaries(st.sampled_from(["p", "q", "type", "id", "x"]), children, max_size=3) | junk,
            "items": children | junk,
            "additionalProperties": children | junk,
            "allOf": st.lists(children, max_size=2) | junk,
            "oneOf": st.lists(children, max_size=3) | junk,
            "anyOf": st.lists(children, max_size=3) | junk,
            "required": st.lists(st.text(max_size=2), max_size=2) | junk,
            "discriminator": st.just({"propertyName": "type"}),
        },
    )


schemas = st.recursive(
    st.one_of(refs, st.booleans(), st.sampled_from([{}, {"type": "string"}, {"type": "null"}])),
    lambda children: schema_keys(children) | refs,
    max_leaves=12,
)
items = st.builds(
    lambda own, type_schema: {**own, "properties": {**own, "type": type_schema}},
    st.dictionaries(st.sampled_from(["p", "q", "r"]), schemas, max_size=3),
    st.sampled_from(
        [{"const": "fuzz_call"}, {"type": "string", "enum": ["fuzz_call"]}, {"$ref": REF_PREFIX + "A"}, {"enum": []}]
    ),
)


def refs_in(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return own + [r for value in node.values() for r in refs_in(value)]
    if isinstance(node, list):
        return [r for value in node for r in refs_in(value)]
    return []


@settings(max_examples=400, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    item=items | schemas,
    components=st.fixed_dictionaries({}, optional={name: schemas for name in NAMES if name != "Gone"}),
    version=st.sampled_from(["3.0.3", "3.1.0", "3.2.0"]),
)
def test_any_schema_is_imported_or_refused_with_a_sentence(item: Any, components: dict[str, Any], version: str) -> None:
    document = {"openapi": version, "components": {"schemas": {**components, "Item": item}}}
    registry = Registry(json.loads(json.dumps(SCHEMAS)))
    try:
        item_type, component = Importer(document, registry, where="fuzz.yaml").import_item(
            "/components/schemas/Item", "fuzz", KNOWN
        )
    except NewTypeError as exc:
        message = str(exc)
        assert message.strip() and "\n" not in message, message
        return
    new = registry.new
    assert new[component]["properties"]["type"]["enum"] == [item_type]
    for target in refs_in(new):
        name = target.removeprefix(REF_PREFIX)
        assert name in new or name in registry.existing, f"{target} resolves to nothing"
    json.dumps(new)
    render(new, 4)
