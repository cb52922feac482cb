"""parse_item: every example and fixture decodes to its class and round-trips; bad input has one outcome each."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
from conversation_items import ITEM_TYPES, ItemDecodeError, UnknownItem, parse_item
from conversation_items_client.models import (
    FunctionCallItem,
    ImageGenerationCallError,
    ImageGenerationCallItem,
    MessageItem,
)
from support import (
    CAPTURED,
    FIXTURE_EXTRA,
    ITEM_FIXTURES,
    UPSTREAM_EXAMPLES,
    ItemSample,
    item_samples,
    load_json,
    unknown_type,
)

UPSTREAM = sorted(UPSTREAM_EXAMPLES.glob("*.json"))
PER_TYPE = sorted(ITEM_FIXTURES.glob("*.json"))
SAMPLES = item_samples()  # one per type in the spec: the hand-written fixture, or one synthesized from the schema
CAPTURED_ITEMS = sorted(CAPTURED.glob("*/*.json"))
BASE_FIELDS = {"id", "agent_reference", "response_id"}


def test_corpora_are_present(mapping: dict[str, str]) -> None:
    listed = set(re.findall(r"^\| ([\w.-]+\.json) \|", (UPSTREAM_EXAMPLES / "SOURCES.md").read_text(), re.M))
    assert listed == {p.name for p in UPSTREAM}, "every upstream example is named, with its source, in SOURCES.md"
    assert set(ITEM_TYPES) == set(mapping), "the generated package is behind the spec: run make generate"
    assert {p.stem for p in PER_TYPE} <= set(ITEM_TYPES), "every fixture is named <type>.json after a type in the spec"
    assert {p.parent.name for p in CAPTURED_ITEMS} <= set(ITEM_TYPES), "captured/<type>/ names a type in the spec"
    assert [s.item_type for s in SAMPLES] == sorted(mapping)


@pytest.mark.parametrize("path", UPSTREAM, ids=lambda p: p.stem)
def test_upstream_example_decodes_to_its_class_and_round_trips(path: Path) -> None:
    data = load_json(path)
    original = copy.deepcopy(data)
    item = parse_item(data)
    if data["type"] not in ITEM_TYPES:  # synthetic__unknown_type, while no spec defines its type
        assert isinstance(item, UnknownItem)
        assert item.type_ == data["type"]
    else:
        assert type(item) is ITEM_TYPES[data["type"]]
    assert item.to_dict() == original
    assert data == original, "decoding must not mutate its input"


@pytest.mark.parametrize("sample", SAMPLES, ids=[s.id for s in SAMPLES])
def test_per_type_sample_decodes_and_round_trips_exactly(sample: ItemSample) -> None:
    """The hand-written fixture of each type, or (id `<type>[synthesized]`) an item built from its schema."""
    data = copy.deepcopy(sample.data)
    item = parse_item(data)
    assert type(item) is ITEM_TYPES[sample.item_type]
    assert item.to_dict() == sample.data
    assert data == sample.data, "decoding must not mutate its input"
    # the unknown top-level field survives where users can see it
    assert item.additional_properties["x_fixture_extra"] == FIXTURE_EXTRA


@pytest.mark.parametrize(
    "path",
    [pytest.param(p, id=f"{p.parent.name}/{p.stem}") for p in CAPTURED_ITEMS]
    or [pytest.param(None, marks=pytest.mark.skip(reason="no captured items yet: make new-type FROM=... writes them"))],
)
def test_captured_item_decodes_to_its_class_and_round_trips(path: Path) -> None:
    """Items as captured in production (written by `make new-type FROM=<items.json>`) decode to their class."""
    data = load_json(path)
    item = parse_item(data)
    assert type(item) is ITEM_TYPES[path.parent.name]
    assert item.to_dict() == data


def test_fixtures_use_every_declared_property(spec: dict[str, Any], mapping: dict[str, str]) -> None:
    """Each hand-written fixture carries every property its schema declares. A fixture written by
    `make new-type` from captured items carries what was captured: the base fields are not invented."""
    schemas = spec["components"]["schemas"]
    checked = 0
    for value, component in mapping.items():
        path = ITEM_FIXTURES / f"{value}.json"
        if not path.is_file():
            continue  # no fixture: tests use a sample synthesized from the schema
        declared = set(schemas[component]["properties"])
        if (CAPTURED / value).is_dir():
            declared -= BASE_FIELDS
        missing = declared - set(load_json(path))
        assert not missing, f"{value}.json lacks {sorted(missing)}"
        checked += 1
    assert checked == len(PER_TYPE)


def test_message_with_string_content_and_output_message_both_decode() -> None:
    message = parse_item({"type": "message", "role": "user", "content": "Hello!", "id": "msg_1"})
    assert isinstance(message, MessageItem)
    assert message.content == "Hello!"
    parts = load_json(ITEM_FIXTURES / "output_message.json")
    assert type(parse_item(parts)).__name__ == "OutputMessageItem"
    ref = parse_item({"type": "item_reference", "id": "msg_1"})
    assert type(ref).__name__ == "ItemReferenceItem"


def test_a_foundry_tool_call_has_its_id_typed() -> None:
    """Azure's schemas give Foundry tool calls no `id`; the service sends one (the public a2a_preview_call payload
    carries it, and no `arguments`): `item.id` is a typed attribute, not an AttributeError."""
    data = load_json(UPSTREAM_EXAMPLES / "synthetic__a2a_preview_call.json")
    item = parse_item(data)
    assert type(item).__name__ == "A2APreviewCallItem"
    assert item.id == data["id"]  # type: ignore[union-attr]
    assert "id" not in item.additional_properties


def test_unknown_type_gives_unknown_item_keeping_everything() -> None:
    brand_new = unknown_type("brand_new_call")
    data = {"type": brand_new, "id": "bn_1", "nested": {"a": [1, 2]}, "status": "done"}
    item = parse_item(data)
    assert isinstance(item, UnknownItem)
    assert item.type_ == brand_new
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
    for content in (42, ["not a part"]):
        with pytest.raises(ItemDecodeError) as info:
            parse_item({"type": "message", "role": "user", "content": content})
        assert info.value.item_type == "message"


WRONG_FOR_A_STRING: list[Any] = [5, 2.5, True, None, ["call_1"], {"id": "call_1"}]


@pytest.mark.parametrize("value", WRONG_FOR_A_STRING, ids=repr)
@pytest.mark.parametrize(
    ("path", "item_type"),
    [
        (("call_id",), "function_call"),  # required
        (("id",), "bing_grounding_call"),  # optional, one of the base fields
        (("agent_reference", "name"), "function_call"),  # nested
        (("output", "documents", 0, "content"), "remote_function_call_output"),  # nested in an array
        (("action", "command", 0), "local_shell_call"),  # an element of an array of strings
        (("action", "env", "PATH"), "local_shell_call"),  # a value of a map of strings
    ],
)
def test_a_wrong_json_type_in_a_string_field_is_a_decode_error_carrying_the_payload(
    path: tuple[Any, ...], item_type: str, value: Any
) -> None:
    data = load_json(ITEM_FIXTURES / f"{item_type}.json")
    target = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    with pytest.raises(ItemDecodeError, match=f"cannot decode item of type '{item_type}'") as caught:
        parse_item(data)
    assert caught.value.payload is data


@pytest.mark.parametrize(
    ("path", "item_type", "value"),
    [
        (("action", "x"), "computer_call", True),  # integer
        (("action", "x"), "computer_call", 2.5),
        (("action", "x"), "computer_call", "3"),
        (("results", 0, "score"), "file_search_call", True),  # number
        (("results", 0, "score"), "file_search_call", "0.9"),
        (("approve",), "mcp_approval_response", 1),  # boolean
        (("approve",), "mcp_approval_response", "true"),
    ],
    ids=repr,
)
def test_numbers_and_booleans_are_not_taken_for_each_other(path: tuple[Any, ...], item_type: str, value: Any) -> None:
    """`true` is no number and `1` no boolean (Python's bool is an int, so this is checked apart); an integer
    field refuses a fraction."""
    data = load_json(ITEM_FIXTURES / f"{item_type}.json")
    target = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    with pytest.raises(ItemDecodeError, match=f"cannot decode item of type '{item_type}'") as caught:
        parse_item(data)
    assert caught.value.payload is data


def test_a_new_string_in_a_lenient_enum_still_decodes_but_a_number_there_does_not() -> None:
    data = load_json(ITEM_FIXTURES / "function_call.json")
    data["status"] = "a_status_added_later"
    assert parse_item(data).to_dict() == data
    data["status"] = 3
    with pytest.raises(ItemDecodeError):
        parse_item(data)


def test_new_nested_enum_value_is_kept_not_fatal() -> None:
    data = load_json(ITEM_FIXTURES / "function_call.json")
    data["status"] = "paused_by_new_service_release"
    item = parse_item(data)
    assert isinstance(item, FunctionCallItem)
    assert item.status == "paused_by_new_service_release"
    assert item.to_dict() == data

    message = {"type": "message", "role": "moderator", "content": "hm", "status": "archived"}
    decoded = parse_item(message)
    assert isinstance(decoded, MessageItem)
    assert decoded.role == "moderator"
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


@pytest.mark.parametrize(
    "role", ["unknown", "user", "assistant", "system", "critic", "discriminator", "developer", "tool"]
)
def test_every_upstream_message_role_decodes(role: str) -> None:
    data = {"type": "message", "role": role, "content": [{"type": "input_text", "text": "hi"}]}
    item = parse_item(data)
    assert isinstance(item, MessageItem)
    assert item.role == role
    assert item.to_dict() == data


def test_async_field_is_the_async_attribute_and_round_trips() -> None:
    """`async` is a Python keyword: the generated attribute is `async_`, the JSON key stays `async`."""
    for name in ("function_call", "custom_tool_call"):
        data = load_json(ITEM_FIXTURES / f"{name}.json")
        for value in (True, False, None):
            data["async"] = value
            item = parse_item(data)
            assert item.async_ is value  # type: ignore[union-attr]
            assert item.to_dict() == data


def test_failed_image_generation_call_with_moderation_details_round_trips() -> None:
    data = {
        "type": "image_generation_call",
        "id": "ig_failed_01",
        "status": "failed",
        "result": None,
        "action": "edit",
        "error": {
            "code": "moderation_blocked",
            "message": "The request was blocked by moderation.",
            "param": None,
            "type": "invalid_request_error",
            "moderation_details": {"categories": ["violence", "a_category_added_later"], "moderation_stage": "input"},
        },
        "size": "1536x864",
        "quality": "ultra",
    }
    item = parse_item(data)
    assert isinstance(item, ImageGenerationCallItem)
    assert isinstance(item.error, ImageGenerationCallError)
    assert item.error.moderation_details.moderation_stage == "input"  # type: ignore[union-attr]
    assert item.size == "1536x864"
    assert item.quality == "ultra"  # a new enum value is kept
    assert item.to_dict() == data


def test_the_conversation_item_union_is_importable_from_the_package() -> None:
    import conversation_items
    from conversation_items_client import models

    assert conversation_items.ConversationItem is models.ConversationItem  # built on first use
    with pytest.raises(AttributeError) as info:
        conversation_items.Conversation  # noqa: B018
    assert "'Conversation'" in str(info.value)  # the name asked for
