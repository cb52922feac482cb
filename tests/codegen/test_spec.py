"""The spec fragment: valid OpenAPI 3.1, the get and list operations, and a discriminator mapping in step with oneOf."""

from __future__ import annotations

from typing import Any

from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename
from support import ROOT, SPEC_PATH, unknown_type

REFERENCE_PAGE_TYPES = """
structured_outputs workflow_action oauth_consent_request bing_grounding_call bing_grounding_call_output
sharepoint_grounding_preview_call sharepoint_grounding_preview_call_output azure_ai_search_call
azure_ai_search_call_output bing_custom_search_preview_call bing_custom_search_preview_call_output openapi_call
openapi_call_output browser_automation_preview_call browser_automation_preview_call_output
fabric_dataagent_preview_call fabric_dataagent_preview_call_output azure_function_call azure_function_call_output
a2a_preview_call a2a_preview_call_output memory_search_call memory_command_preview_call
memory_command_preview_call_output output_message file_search_call function_call function_call_output
web_search_call computer_call computer_call_output reasoning tool_search_call tool_search_output compaction
image_generation_call code_interpreter_call local_shell_call local_shell_call_output shell_call shell_call_output
apply_patch_call apply_patch_call_output mcp_call mcp_list_tools mcp_approval_request mcp_approval_response
custom_tool_call custom_tool_call_output
""".split()
# newer than the reference page: Foundry's later revision, the MKA1 union, openai-python 3.57, OpenAI's beta items
# and kinds the service sends that no spec lists
EXTRA_TYPES = [
    "message",
    "item_reference",
    "program",
    "program_output",
    "additional_tools",
    "configuration_update",
    "agent_message",
    "multi_agent_call",
    "multi_agent_call_output",
    "remote_function_call",  # in no spec: captured payloads (avatar-forge), added with make new-type
    "remote_function_call_output",
]


def test_spec_validates_as_openapi_3_1() -> None:
    document, _ = read_from_filename(str(SPEC_PATH))
    assert str(document["openapi"]).startswith("3.1")
    validate(document)  # raises on any violation


def test_exactly_the_get_and_list_operations(spec: dict[str, Any]) -> None:
    paths = spec["paths"]
    assert sorted(paths) == [
        "/openai/v1/conversations/{conversation_id}/items",
        "/openai/v1/conversations/{conversation_id}/items/{item_id}",
    ]
    operations = paths["/openai/v1/conversations/{conversation_id}/items/{item_id}"]
    assert [k for k in operations if k != "parameters"] == ["get"]
    get = operations["get"]
    assert get["operationId"] == "getConversationItem"
    assert get["tags"] == ["Conversations"]
    params = {(p["in"], p["name"]): p for p in get["parameters"]}
    assert params[("path", "conversation_id")]["required"] is True
    assert params[("path", "item_id")]["required"] is True
    assert not params[("header", "x-ms-user-isolation-key")].get("required", False)
    assert not params[("header", "x-ms-user-identity")].get("required", False)
    responses = get["responses"]
    assert responses["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ConversationItem"
    }
    for status in ("4XX", "5XX"):
        schema = responses[status]["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/ApiErrorResponse"}
    assert spec["servers"][0]["url"] == "{endpoint}"


def test_the_list_operation_is_foundrys(spec: dict[str, Any]) -> None:
    """listConversationItems as Foundry declares it: its filters and cursors, the isolation headers of get, a page
    `{data: [item], first_id?, last_id?, has_more}` (OpenAI's `object` accepted), the error bodies of get."""
    operations = spec["paths"]["/openai/v1/conversations/{conversation_id}/items"]
    assert [k for k in operations if k != "parameters"] == ["get"]
    listing = operations["get"]
    assert listing["operationId"] == "listConversationItems"
    params = {(p["in"], p["name"]): p for p in listing["parameters"]}
    assert set(params) == {
        ("path", "conversation_id"),
        *(("query", name) for name in ("limit", "order", "after", "before", "item_type", "include")),
        ("header", "x-ms-user-isolation-key"),
        ("header", "x-ms-user-identity"),
    }
    assert params[("query", "limit")]["schema"] == {"type": "integer", "minimum": 1, "maximum": 100}
    assert "default" not in params[("query", "limit")]["schema"]  # the client sends only what the caller chose
    assert spec["components"]["schemas"]["PageOrder"]["enum"] == ["asc", "desc"]
    responses = listing["responses"]
    assert responses["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ConversationItemList"
    }
    page = spec["components"]["schemas"]["ConversationItemList"]
    assert page["required"] == ["data", "has_more"]
    assert page["properties"]["data"]["items"] == {"$ref": "#/components/schemas/ConversationItem"}
    assert set(page["properties"]) == {"object", "data", "first_id", "last_id", "has_more"}
    assert "x-source" in page
    for status in ("4XX", "5XX"):
        schema = responses[status]["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/ApiErrorResponse"}


def test_mapping_covers_reference_page_and_newer_types(mapping: dict[str, str]) -> None:
    missing = set(REFERENCE_PAGE_TYPES + EXTRA_TYPES) - set(mapping)
    assert not missing, f"item types missing from the discriminator mapping: {sorted(missing)}"


def test_every_one_of_member_has_exactly_one_mapping_entry(spec: dict[str, Any], mapping: dict[str, str]) -> None:
    union = spec["components"]["schemas"]["ConversationItem"]
    members = [m["$ref"].rsplit("/", 1)[1] for m in union["oneOf"]]
    assert len(members) == len(set(members))
    assert sorted(members) == sorted(mapping.values()), "oneOf members and mapping targets differ"
    assert len(set(mapping.values())) == len(mapping), "two discriminator values map to one schema"


def test_each_member_pins_its_type_to_its_mapping_value(spec: dict[str, Any], mapping: dict[str, str]) -> None:
    schemas = spec["components"]["schemas"]
    for value, component in mapping.items():
        schema = schemas[component]
        assert "allOf" not in schema, f"{component}: flat schemas only (the generator collapses allOf)"
        assert schema["properties"]["type"]["enum"] == [value], component
        assert "type" in schema["required"], component


def test_every_item_types_the_base_fields(spec: dict[str, Any], mapping: dict[str, str]) -> None:
    """Every item may carry `id`, `agent_reference` and `response_id`: each is a declared, optional property, so
    `item.id` is typed on every class (Azure's schemas omit `id` on Foundry tool calls; the service sends it)."""
    schemas = spec["components"]["schemas"]
    expected = {
        "id": {"type": "string"},
        "agent_reference": {"$ref": "#/components/schemas/AgentReference"},
        "response_id": {"type": "string"},
    }
    for component in mapping.values():
        properties = schemas[component]["properties"]
        for field, schema in expected.items():
            assert field in properties, f"{component} lacks the base field {field}"
            declared = {k: v for k, v in properties[field].items() if k != "description"}
            assert declared == schema, f"{component}.{field}: {declared}"
            if field != "id":  # item_reference is nothing but an id: it may require it
                assert field not in schemas[component].get("required", []), f"{component}: {field} is optional"


def test_every_item_records_its_source(spec: dict[str, Any], mapping: dict[str, str]) -> None:
    """`x-source` names where each item type comes from (upstream file, commit and schema, or captured samples)."""
    schemas = spec["components"]["schemas"]
    for value, component in mapping.items():
        source = schemas[component].get("x-source")
        assert isinstance(source, str) and len(source) > 10, f"{component} ({value}) has no x-source"


def test_nested_enums_are_lenient(spec: dict[str, Any]) -> None:
    """Outside each item's own `type`, an enum is only reachable through anyOf [enum, string]."""
    schemas = spec["components"]["schemas"]
    enums = {name for name, s in schemas.items() if "enum" in s}

    def walk(node: Any, path: str, parent_is_lenient_anyof: bool) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.rsplit("/", 1)[-1] in enums:
                assert parent_is_lenient_anyof, f"strict enum reference at {path}"
            if "enum" in node and not path.endswith(".properties.type"):
                raise AssertionError(f"inline enum at {path}")
            for key, value in node.items():
                if key == "anyOf":
                    lenient = any(alt == {"type": "string"} for alt in value)
                    for i, alt in enumerate(value):
                        walk(alt, f"{path}.anyOf[{i}]", lenient)
                else:
                    walk(value, f"{path}.{key}", False)
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{path}[{i}]", parent_is_lenient_anyof)

    for name, schema in schemas.items():
        if name not in enums:
            walk(schema, name, False)


def test_names_tests_assume_unknown_are_drawn_against_the_spec(mapping: dict[str, str]) -> None:
    """Tests that need an unknown item type take it from `unknown_type`, which skips the spec's types (and their
    component names): adding a real type of that name does not break them."""
    for wanted in ("hologram_call", *sorted(mapping)[:3], "message"):
        drawn = unknown_type(wanted)
        assert drawn not in mapping
        assert drawn == wanted or drawn.startswith(f"{wanted}_")
    assert unknown_type("message") != "message"


def test_both_user_headers_are_kept_and_the_preferred_one_is_said(spec: dict[str, Any]) -> None:
    """Azure deprecates `x-ms-user-isolation-key` for `x-ms-user-identity` (azure-rest-api-specs PR #44055): the spec
    keeps both optional headers, and the README's opening says which one the service prefers."""
    get = spec["paths"]["/openai/v1/conversations/{conversation_id}/items/{item_id}"]["get"]
    headers = {p["name"]: p for p in get["parameters"] if p["in"] == "header"}
    assert set(headers) == {"x-ms-user-isolation-key", "x-ms-user-identity"}
    assert "PR #44055" in headers["x-ms-user-isolation-key"]["description"]
    assert "prefers" in headers["x-ms-user-identity"]["description"]
    opening = (ROOT / "README.md").read_text(encoding="utf-8").split("\n## ", 1)[0]
    assert "the service now prefers `x-ms-user-identity`" in opening
    assert "deprecates\n`x-ms-user-isolation-key` (azure-rest-api-specs PR #44055). Both keep working" in opening
