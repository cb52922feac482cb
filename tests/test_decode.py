"""parse_item: every example and fixture decodes to its class and round-trips; bad input has one outcome each."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from conversation_items import ITEM_TYPES, ItemDecodeError, UnknownItem, parse_item
from conversation_items_client.models import FunctionCallItem, MessageItem
from support import ITEM_FIXTURES, UPSTREAM_EXAMPLES, load_json

UPSTREAM = sorted(UPSTREAM_EXAMPLES.glob("*.json"))
PER_TYPE = sorted(ITEM_FIXTURES.glob("*.json"))


def test_corpora_are_present() -> None:
    assert len(UPSTREAM) == 14
    assert {p.stem for p in PER_TYPE} == set(ITEM_TYPES), "one fixture per item type, named <type>.json"


@pytest.mark.parametrize("path", UPSTREAM, ids=lambda p: p.stem)
def test_upstream_example_decodes_to_its_class_and_round_trips(path: Path) -> None:
    data = load_json(path)
    original = copy.deepcopy(data)
    item = parse_item(data)
    if path.stem == "synthetic__unknown_type":
        assert isinstance(item, UnknownItem)
        assert item.type_ == "some_unknown_type"
    else:
        assert type(item) is ITEM_TYPES[data["type"]]
    assert item.to_dict() == original
    assert data == original, "decoding must not mutate its input"


@pytest.mark.parametrize("path", PER_TYPE, ids=lambda p: p.stem)
def test_per_type_fixture_decodes_and_round_trips_exactly(path: Path) -> None:
    data = load_json(path)
    item = parse_item(data)
    assert type(item) is ITEM_TYPES[path.stem]
    assert item.to_dict() == data
    # the unknown top-level field survives where users can see it
    assert item.additional_properties["x_fixture_extra"] == {"note": "unknown fields must survive"}


def test_fixtures_use_every_declared_property(spec: dict[str, Any], mapping: dict[str, str]) -> None:
    schemas = spec["components"]["schemas"]
    for value, component in mapping.items():
        data = load_json(ITEM_FIXTURES / f"{value}.json")
        declared = set(schemas[component]["properties"])
        assert declared <= set(data), f"{value}.json lacks {sorted(declared - set(data))}"


def test_message_with_string_content_and_output_message_both_decode() -> None:
    message = parse_item({"type": "message", "role": "user", "content": "Hello!", "id": "msg_1"})
    assert isinstance(message, MessageItem)
    assert message.content == "Hello!"
    parts = load_json(ITEM_FIXTURES / "output_message.json")
    assert type(parse_item(parts)).__name__ == "OutputMessageItem"
    ref = parse_item({"type": "item_reference", "id": "msg_1"})
    assert type(ref).__name__ == "ItemReferenceItem"


def test_unknown_type_gives_unknown_item_keeping_everything() -> None:
    data = {"type": "brand_new_call", "id": "bn_1", "nested": {"a": [1, 2]}, "status": "done"}
    item = parse_item(data)
    assert isinstance(item, UnknownItem)
    assert item.type_ == "brand_new_call"
    assert item["nested"] == {"a": [1, 2]}
    assert "status" in item
    assert item.to_dict() == data
    assert list(item.to_dict()) == list(data)


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({"id": "x"}, "no 'type' field"),
        ({"type": None}, "'type' must be a string, got NoneType"),
        ({"type": 7}, "'type' must be a string, got int"),
        ({"type": {"nested": "object"}}, "'type' must be a string, got dict"),
        ([{"type": "message"}], "must be a JSON object, got list"),
        ("message", "must be a JSON object, got str"),
        (None, "must be a JSON object, got NoneType"),
        (3.5, "must be a JSON object, got float"),
    ],
)
def test_not_an_item_raises_item_decode_error_with_the_payload(payload: Any, message: str) -> None:
    with pytest.raises(ItemDecodeError, match=message) as info:
        parse_item(payload)
    assert info.value.payload is payload
    assert isinstance(info.value, ValueError)


def test_known_type_missing_a_required_field_names_the_type_and_field() -> None:
    data = {"type": "function_call", "name": "get_weather", "arguments": "{}"}
    with pytest.raises(ItemDecodeError) as info:
        parse_item(data)
    assert str(info.value) == "cannot decode item of type 'function_call': missing required field 'call_id'"
    assert info.value.item_type == "function_call"
    assert info.value.payload is data
    assert isinstance(info.value.__cause__, KeyError)


def test_known_type_with_a_wrongly_typed_field_is_a_decode_error_not_a_wrong_value() -> None:
    with pytest.raises(ItemDecodeError, match="cannot decode item of type 'message'"):
        parse_item({"type": "message", "role": "user", "content": 42})
    with pytest.raises(ItemDecodeError, match="cannot decode item of type 'message'"):
        parse_item({"type": "message", "role": "user", "content": ["not a part"]})


def test_new_nested_enum_value_is_kept_not_fatal() -> None:
    data = load_json(ITEM_FIXTURES / "function_call.json")
    data["status"] = "paused_by_new_service_release"
    item = parse_item(data)
    assert isinstance(item, FunctionCallItem)
    assert item.status == "paused_by_new_service_release"
    assert item.to_dict() == data

    message = {"type": "message", "role": "critic", "content": "hm", "status": "archived"}
    decoded = parse_item(message)
    assert isinstance(decoded, MessageItem)
    assert decoded.role == "critic"
    assert decoded.to_dict() == message


def test_decode_error_is_never_a_bare_key_error_for_any_type() -> None:
    """Every known type with only `type` either decodes (nothing else required) or raises ItemDecodeError."""
    for value in ITEM_TYPES:
        try:
            item = parse_item({"type": value})
        except ItemDecodeError as exc:
            assert exc.item_type == value
            assert "missing required field" in str(exc)
        else:
            assert item.to_dict() == {"type": value}
