"""`make new-type` (tools/new_type): inference from captured items, import of upstream schemas, the spec edit that
keeps every existing byte, refusals that change nothing, and both forms run through `make` on a copy of the repo."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from support import ROOT, SPEC_PATH, copy_repository, git, unknown_type

if str(ROOT) not in sys.path:  # `tools/` is a maintainer folder, not an installed package
    sys.path.insert(0, str(ROOT))

from tools.new_type.errors import NewTypeError
from tools.new_type.fixtures import fixture_files
from tools.new_type.house import Registry
from tools.new_type.infer import infer_item, sample_type
from tools.new_type.naming import item_component_name, owner_stem
from tools.new_type.source import Source
from tools.new_type.spec_file import SpecFile
from tools.new_type.upstream import Importer

SPEC = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
KNOWN = set(SCHEMAS["ConversationItem"]["discriminator"]["mapping"])
VENV = Path(sys.prefix)

# the new types these tests add: drawn against the spec, so that adding a real one of that name breaks nothing
SCREEN, QUANTUM, PROBE, BARE, TREE, EXT, ZZZ = (
    unknown_type(name)
    for name in ("screen_share_call", "quantum_call", "probe_call", "bare_call", "tree_call", "e_call", "zzz_output")
)
SCREEN_STEM, QUANTUM_STEM, PROBE_STEM, BARE_STEM, TREE_STEM = (
    owner_stem(item_component_name(name)) for name in (SCREEN, QUANTUM, PROBE, BARE, TREE)
)

# three captures of one new type: the later ones carry new fields, a new status value, null and a float
CAPTURED: list[dict[str, Any]] = [
    {
        "type": SCREEN,
        "id": "ssc_1",
        "call_id": "call_1",
        "status": "in_progress",
        "viewers": ["alice"],
        "frames": 3,
        "display": {"name": "main", "size": {"width": 1920, "height": 1080}},
    },
    {
        "type": SCREEN,
        "id": "ssc_2",
        "call_id": "call_2",
        "status": "completed",
        "viewers": [],
        "frames": 2.5,
        "display": {"name": "side", "scale": 2},
        "layers": [{"name": "cursor"}, {"name": "video", "opacity": 0.5}],
        "error": None,
    },
    {
        "type": SCREEN,
        "id": "ssc_3",
        "call_id": "call_3",
        "status": "paused_by_policy",
        "frames": None,
        "error": {"code": "denied"},
        "note": "x",
        "agent_reference": {"type": "agent_reference", "name": "a1"},
        "response_id": "resp_1",
    },
]

# an upstream document in the Azure style (OpenAPI 3.0): a base that the item `allOf`s, nested $refs and enums,
# nested `required`, `nullable`, a polymorphic nested value, a component whose name the spec already uses
UPSTREAM_30: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Quantum", "version": "1.0"},
    "paths": {},
    "components": {
        "schemas": {
            "BaseItem": {
                "type": "object",
                "required": ["type"],
                "properties": {
                    "type": {"$ref": "#/components/schemas/ItemKind"},
                    "agent_reference": {"$ref": "#/components/schemas/AgentReference"},
                    "response_id": {"type": "string"},
                },
                "discriminator": {"propertyName": "type"},
            },
            "ItemKind": {"type": "string", "enum": [QUANTUM, "other_call"]},
            "QuantumCall": {
                "allOf": [{"$ref": "#/components/schemas/BaseItem"}],
                "type": "object",
                "description": "A call to a quantum computer.",
                "required": ["type", "id", "circuit", "status"],
                "properties": {
                    "type": {"type": "string", "enum": [QUANTUM], "default": QUANTUM},
                    "id": {"type": "string", "format": "uuid"},
                    "status": {"$ref": "#/components/schemas/Status"},
                    "circuit": {"$ref": "#/components/schemas/Circuit"},
                    "shots": {"type": "integer", "nullable": True, "description": "How many runs."},
                    "backend": {"type": "string", "enum": ["simulator", "qpu"]},
                    "caller": {"$ref": "#/components/schemas/ToolCallCaller"},
                    "result": {
                        "oneOf": [{"$ref": "#/components/schemas/Counts"}, {"$ref": "#/components/schemas/Failure"}]
                    },
                    "severity": {"$ref": "#/components/schemas/QuantumSeverity"},
                    "calibration": {"$ref": "#/components/schemas/Calibration"},
                    "label": {"$ref": "#/components/schemas/Label"},
                },
            },
            # nullable behind a $ref: an enum (3.0 `nullable` + null in the enum), an object, a scalar
            "QuantumSeverity": {"type": "string", "nullable": True, "enum": ["low", "high", None]},
            "Calibration": {"type": "object", "nullable": True, "properties": {"t1": {"type": "number"}}},
            "Label": {"type": "string", "nullable": True},
            "Status": {"type": "string", "enum": ["in_progress", "completed", "incomplete"]},
            "Circuit": {
                "type": "object",
                "required": ["gates", "qubits"],
                "properties": {
                    "qubits": {"type": "integer"},
                    "gates": {"type": "array", "items": {"$ref": "#/components/schemas/Gate"}},
                },
                "additionalProperties": False,
            },
            "Gate": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}, "targets": {"type": "array", "items": {"type": "integer"}}},
            },
            "ToolCallCaller": {"type": "object", "properties": {"who": {"type": "string"}}},
            "Counts": {
                "type": "object",
                "required": ["kind"],
                "properties": {"kind": {"type": "string", "enum": ["counts"]}, "counts": {"type": "object"}},
            },
            "Failure": {
                "type": "object",
                "properties": {"kind": {"type": "string", "enum": ["failure"]}, "reason": {"type": "string"}},
            },
        }
    },
}


def new_registry() -> Registry:
    return Registry(json.loads(json.dumps(SCHEMAS)))


def import_upstream(document: dict[str, Any], name: str) -> tuple[str, str, Registry]:
    registry = new_registry()
    item_type, component = Importer(document, registry, where="test").import_item(
        f"/components/schemas/{name}", "test", KNOWN
    )
    return item_type, component, registry


# --- inference from captured items -------------------------------------------------------------------------------


def test_inference_merges_every_sample_in_the_house_style() -> None:
    registry = new_registry()
    name = infer_item(CAPTURED, SCREEN, registry, "captured")
    assert name == f"{SCREEN_STEM}Item"
    item = registry.new[name]
    assert item["required"] == ["type"]
    props = item["properties"]
    assert props["type"]["enum"] == [SCREEN]
    # every field of every sample, in order of first appearance, then the base fields
    assert list(props) == [
        "type",
        *["id", "call_id", "status", "viewers", "frames", "display", "layers", "error", "note"],
        *["agent_reference", "response_id"],
    ]
    assert props["status"] == {"type": "string"}  # a new value later on is just another string
    assert props["frames"] == {"anyOf": [{"type": "number"}, {"type": "null"}]}  # int + float + null
    assert props["viewers"] == {"type": "array", "items": {"type": "string"}}
    assert props["agent_reference"] == {"$ref": "#/components/schemas/AgentReference"}
    assert props["error"] == {"anyOf": [{"$ref": f"#/components/schemas/{SCREEN_STEM}Error"}, {"type": "null"}]}
    display = registry.new[f"{SCREEN_STEM}Display"]
    assert "required" not in display
    assert list(display["properties"]) == ["name", "size", "scale"]
    assert registry.new[f"{SCREEN_STEM}DisplaySize"]["properties"]["width"] == {"type": "integer"}
    layers = registry.new[f"{SCREEN_STEM}Layers"]  # array items merged over all elements
    assert layers["properties"] == {"name": {"type": "string"}, "opacity": {"type": "number"}}


def test_inference_reuses_an_identical_component_and_unions_json_types() -> None:
    registry = new_registry()
    samples: list[dict[str, Any]] = [
        {"type": PROBE, "env": {"key": "a"}, "value": "x"},
        {"type": PROBE, "env": {"key": "b"}, "value": 3, "only_null": None},
    ]
    schemas = registry.existing
    schemas[f"{PROBE_STEM}Env"] = {"type": "object", "description": "differs only in docs", "properties": {"key": {}}}
    schemas[f"{PROBE_STEM}Env"]["properties"]["key"] = {"type": "string", "description": "a key"}
    infer_item(samples, PROBE, registry, "captured")
    props = registry.new[f"{PROBE_STEM}Item"]["properties"]
    assert props["env"] == {"$ref": f"#/components/schemas/{PROBE_STEM}Env"}
    assert registry.reused == {f"{PROBE_STEM}Env": f"{PROBE_STEM}Env"}
    assert props["value"] == {"anyOf": [{"type": "integer"}, {"type": "string"}]}
    assert "type" not in props["only_null"] and "anyOf" not in props["only_null"]  # any value


def test_an_item_without_id_still_gets_the_base_fields_typed() -> None:
    """Foundry tool calls are described upstream without `id`, and a capture may lack it: `id` is added anyway."""
    registry = new_registry()
    name = infer_item([{"type": BARE, "call_id": "c"}], BARE, registry, "captured")
    props = registry.new[name]["properties"]
    assert list(props) == ["type", "id", "call_id", "agent_reference", "response_id"]
    assert props["id"]["type"] == "string"
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "components": {"schemas": {"Bare": {"properties": {"type": {"const": BARE}, "n": {"type": "integer"}}}}},
    }
    _, component, registry = import_upstream(document, "Bare")
    assert list(registry.new[component]["properties"]) == ["type", "id", "n", "agent_reference", "response_id"]


@pytest.mark.parametrize(
    ("samples", "message"),
    [
        ([], "no items"),
        (["message"], "expected a JSON object, got string"),
        ([{"id": "x"}], "has no 'type' field"),
        ([{"type": 7}], "has no string 'type'"),
        ([{"type": "Bad Type"}], "must be lowercase letters"),
        ([{"type": "a_call"}, {"type": "b_call"}, {"type": "a_call"}], "samples of different types"),
    ],
)
def test_samples_that_are_not_one_item_type_are_refused(samples: list[Any], message: str) -> None:
    with pytest.raises(NewTypeError, match=message):
        sample_type(samples, where="items.json")


def test_a_fixture_never_takes_an_id_already_served(tmp_path: Path) -> None:
    """`make demo` suggests adding the type of the example item it serves: the new per-type fixture must not take
    that item's id (the mock server refuses two files with one id), so it gets the first free `<id>_<n>`."""
    items, examples, captured = tmp_path / "items", tmp_path / "examples", tmp_path / "captured"
    items.mkdir()
    examples.mkdir()
    (examples / "unknown_type.json").write_text(json.dumps({"id": "hol_1", "type": "hologram_preview_call"}))
    (items / "other.json").write_text(json.dumps({"id": "hol_1_2", "type": "other"}))
    sample = {"id": "hol_1", "type": "hologram_preview_call", "frames": 24}
    plan = fixture_files("hologram_preview_call", [sample], items, captured)
    fixture = json.loads(plan.files[items / "hologram_preview_call.json"])
    assert fixture["id"] == "hol_1_3"
    assert json.loads(plan.files[captured / "hologram_preview_call" / "01.json"]) == sample  # kept as captured
    assert "'hol_1' is already served by" in plan.notes[0] and str(examples / "unknown_type.json") in plan.notes[0]
    # an id nothing serves is kept, with no note
    plan = fixture_files("hologram_preview_call", [{**sample, "id": "hol_9"}], items, captured)
    assert json.loads(plan.files[items / "hologram_preview_call.json"])["id"] == "hol_9" and not plan.notes
    # a file name another fixture folder uses would be refused by the mock server: refused here
    (examples / "clash_call.json").write_text("{}")
    with pytest.raises(NewTypeError, match="already uses the fixture file name"):
        fixture_files("clash_call", [{"type": "clash_call"}], items, captured)


# --- import from an upstream schema --------------------------------------------------------------------------------


def test_upstream_import_flattens_all_of_and_copies_the_ref_closure_by_the_house_rules() -> None:
    item_type, component, registry = import_upstream(UPSTREAM_30, "QuantumCall")
    assert (item_type, component) == (QUANTUM, f"{QUANTUM_STEM}Item")
    item = registry.new[component]
    assert item["required"] == ["type"]
    assert "allOf" not in item
    assert item["description"] == "A call to a quantum computer."
    props = item["properties"]
    assert props["type"] == {
        "type": "string",
        "enum": [QUANTUM],
        "description": f"The type of the item. Always `{QUANTUM}`.",
    }
    assert props["id"] == {"type": "string"}  # no `format`
    assert list(props)[-2:] == ["agent_reference", "response_id"]
    assert props["agent_reference"] == {"$ref": "#/components/schemas/AgentReference"}  # the house one
    # an enum the spec already has (same values) is reused, leniently
    assert props["status"] == {"anyOf": [{"$ref": "#/components/schemas/ItemStatus"}, {"type": "string"}]}
    assert registry.reused["Status"] == "ItemStatus"
    # an inline enum becomes a component, leniently referenced
    assert props["backend"]["anyOf"] == [{"$ref": f"#/components/schemas/{QUANTUM_STEM}Backend"}, {"type": "string"}]
    assert registry.new[f"{QUANTUM_STEM}Backend"]["enum"] == ["simulator", "qpu"]
    # 3.0 nullable
    assert props["shots"] == {"anyOf": [{"type": "integer"}, {"type": "null"}], "description": "How many runs."}
    # nested $refs copied, nested `required` and `additionalProperties: false` dropped
    circuit = registry.new["Circuit"]
    assert "required" not in circuit and "additionalProperties" not in circuit
    assert circuit["properties"]["gates"]["items"] == {"$ref": "#/components/schemas/Gate"}
    assert "required" not in registry.new["Gate"]
    # a name the spec uses for a different schema: renamed
    assert props["caller"] == {"$ref": "#/components/schemas/ToolCallCaller2"}
    assert registry.renamed["ToolCallCaller"] == "ToolCallCaller2"
    # a oneOf of objects becomes one flat object, its `kind` enums joined and lenient
    result = registry.new[f"{QUANTUM_STEM}Result"]["properties"]
    assert set(result) == {"kind", "counts", "reason"}
    assert registry.new[f"{QUANTUM_STEM}ResultKind"]["enum"] == ["counts", "failure"]
    assert result["counts"] == {"type": "object"}  # free-form
    # nullability written on the referenced component stays with the reference
    assert props["severity"] == {
        "anyOf": [{"$ref": "#/components/schemas/QuantumSeverity"}, {"type": "string"}, {"type": "null"}]
    }
    assert registry.new["QuantumSeverity"] == {"type": "string", "enum": ["low", "high"]}
    assert props["calibration"] == {"anyOf": [{"$ref": "#/components/schemas/Calibration"}, {"type": "null"}]}
    assert props["label"] == {"anyOf": [{"type": "string"}, {"type": "null"}]}


def test_upstream_import_of_3_1_type_arrays_const_and_a_recursive_schema() -> None:
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "components": {
            "schemas": {
                "Tree": {
                    "type": "object",
                    "properties": {
                        "type": {"const": TREE},
                        "label": {"type": ["string", "null"], "description": "A label."},
                        "size": {"type": ["integer", "string"]},
                        "root": {"$ref": "#/components/schemas/Node"},
                        "mode": {"enum": ["a", "b", None]},
                        "level": {"$ref": "#/components/schemas/Level"},
                        "parent": {"$ref": "#/components/schemas/Parent"},
                    },
                },
                "Node": {
                    "type": "object",
                    "properties": {"children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}},
                },
                "Level": {"type": ["string", "null"], "enum": ["low", "high", None]},
                "Parent": {"type": ["object", "null"], "properties": {"up": {"$ref": "#/components/schemas/Parent"}}},
            }
        },
    }
    item_type, component, registry = import_upstream(document, "Tree")
    props = registry.new[component]["properties"]
    assert item_type == TREE
    assert props["label"] == {"anyOf": [{"type": "string"}, {"type": "null"}], "description": "A label."}
    assert props["size"] == {"anyOf": [{"type": "integer"}, {"type": "string"}]}
    assert props["mode"] == {
        "anyOf": [{"$ref": f"#/components/schemas/{TREE_STEM}Mode"}, {"type": "string"}, {"type": "null"}]
    }
    assert registry.new["Node"]["properties"]["children"]["items"] == {"$ref": "#/components/schemas/Node"}
    # 3.1 nullability behind a $ref: an enum, and an object that refers to itself
    assert props["level"] == {"anyOf": [{"$ref": "#/components/schemas/Level"}, {"type": "string"}, {"type": "null"}]}
    assert registry.new["Level"] == {"type": "string", "enum": ["low", "high"]}
    nullable_parent = {"anyOf": [{"$ref": "#/components/schemas/Parent"}, {"type": "null"}]}
    assert props["parent"] == nullable_parent
    assert registry.new["Parent"]["properties"]["up"] == nullable_parent


@pytest.mark.parametrize(
    ("schemas", "name", "message"),
    [
        ({"NoType": {"type": "object", "properties": {"id": {"type": "string"}}}}, "NoType", "no 'type' property"),
        ({"Many": {"properties": {"type": {"enum": ["a_call", "b_call"]}}}}, "Many", "'type' may be any of"),
        ({"Known": {"properties": {"type": {"enum": ["message"]}}}}, "Known", "already in the spec"),
        ({"Dangling": {"allOf": [{"$ref": "#/components/schemas/Gone"}]}}, "Dangling", "dangling \\$ref"),
        (
            {"Ext": {"properties": {"type": {"enum": [EXT]}, "x": {"$ref": "other.yaml#/X"}}}},
            "Ext",
            "external \\$ref",
        ),
        ({}, "Missing", "does not exist"),
        (
            {
                "Bad": {"properties": {"type": {"const": "bad_call"}, "level": {"$ref": "#/components/schemas/L"}}},
                "L": {"type": ["string", 7]},
            },
            "Bad",
            "the schema at #/components/schemas/L is malformed: 'type' must be one of",
        ),
        ({"Bad": {"properties": {"type": {"const": "bad_call"}, "n": {"items": "x"}}}}, "Bad", "not str"),
        ({"Bad": {"allOf": {"$ref": "#/components/schemas/A"}}}, "Bad", "'allOf' must be a list of schemas"),
    ],
)
def test_upstream_schemas_that_are_not_new_items_are_refused(schemas: dict[str, Any], name: str, message: str) -> None:
    with pytest.raises(NewTypeError, match=message):
        import_upstream({"openapi": "3.1.0", "components": {"schemas": schemas}}, name)


def find_upstream_openapi() -> Path | None:
    """OpenAI's openapi.yaml from the shared upstream folder beside the repository, when there is one."""
    for parent in ROOT.parents:
        candidate = parent / "shared" / "upstream" / "openai-openapi" / "openapi.yaml"
        if candidate.is_file():
            return candidate
    return None


def test_real_upstream_beta_item_reuses_the_spec_components_it_can() -> None:
    path = find_upstream_openapi()
    if path is None:
        pytest.skip("OpenAI's openapi.yaml is not beside this repository")
    document = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    schemas = document["components"]["schemas"]
    schemas["BetaZzzCallOutput"] = {
        **schemas["BetaMultiAgentCallOutput"],
        "properties": {**schemas["BetaMultiAgentCallOutput"]["properties"], "type": {"enum": [ZZZ]}},
    }
    _, component, registry = import_upstream(document, "BetaZzzCallOutput")
    assert registry.reused.get("BetaLogProb") == "LogProb"
    assert registry.reused.get("BetaAgentTag") == "BetaAgentTag"  # added to the spec by the same command
    assert registry.new[component]["properties"]["output"]["items"] == {
        "$ref": "#/components/schemas/BetaOutputTextContent"
    }


# --- the spec edit ------------------------------------------------------------------------------------------------


def test_spec_edit_keeps_every_existing_line_and_parses_to_the_intended_document() -> None:
    spec = SpecFile.load(SPEC_PATH)
    registry = new_registry()
    component = infer_item(CAPTURED, SCREEN, registry, "captured")
    components = {component: registry.new[component], **registry.new}
    text = spec.with_item(SCREEN, component, components)
    old, new = SPEC_PATH.read_text(encoding="utf-8").splitlines(), text.splitlines()
    # the old file is the new one with the inserted lines taken out, in order
    remaining = iter(new)
    assert all(any(line == candidate for candidate in remaining) for line in old)
    assert len(new) > len(old)
    document = yaml.safe_load(text)
    union = document["components"]["schemas"]["ConversationItem"]
    assert union["oneOf"][-1] == {"$ref": f"#/components/schemas/{SCREEN_STEM}Item"}
    assert list(union["discriminator"]["mapping"].items())[-1] == (
        SCREEN,
        f"#/components/schemas/{SCREEN_STEM}Item",
    )
    assert document["components"]["schemas"][f"{SCREEN_STEM}Display"] == registry.new[f"{SCREEN_STEM}Display"]
    assert text.startswith("# Conversation items: this project's OpenAPI 3.1 fragment")  # comments kept


def test_spec_edit_lands_before_the_comments_of_the_next_block(tmp_path: Path) -> None:
    small = tmp_path / "spec.yaml"
    small.write_text(
        "openapi: 3.1.0  # the version\n"
        "components:\n"
        "  schemas:\n"
        "    ConversationItem:\n"
        "      oneOf:\n"
        "      - $ref: '#/components/schemas/AItem'  # first\n"
        "      discriminator:\n"
        "        propertyName: type\n"
        "        mapping:\n"
        "          a: '#/components/schemas/AItem'\n"
        "\n"
        "    AItem:\n"
        "      type: object\n"
        "      properties: {type: {type: string, enum: [a]}}\n"
        "\n"
        "    # helpers below\n"
        "    Helper: &helper\n"
        "      type: string\n"
        "    Alias: *helper\n"
    )
    text = SpecFile.load(small).with_item("b", "BItem", {"BItem": {"type": "object", "required": ["type"]}})
    assert text.splitlines() == [
        "openapi: 3.1.0  # the version",
        "components:",
        "  schemas:",
        "    ConversationItem:",
        "      oneOf:",
        "      - $ref: '#/components/schemas/AItem'  # first",
        "      - $ref: '#/components/schemas/BItem'",
        "      discriminator:",
        "        propertyName: type",
        "        mapping:",
        "          a: '#/components/schemas/AItem'",
        "          b: '#/components/schemas/BItem'",
        "",
        "    AItem:",
        "      type: object",
        "      properties: {type: {type: string, enum: [a]}}",
        "    BItem:",
        "      type: object",
        "      required: [type]",
        "",
        "    # helpers below",
        "    Helper: &helper",
        "      type: string",
        "    Alias: *helper",
    ]


def test_source_argument_forms() -> None:
    assert Source.parse("items.json") == Source(Path("items.json"), None)
    assert Source.parse("a/openapi.yaml#/components/schemas/X") == Source(
        Path("a/openapi.yaml"), "/components/schemas/X"
    )
    with pytest.raises(NewTypeError, match="FROM is empty"):
        Source.parse(" ")


# --- through make, on a copy of the repository ------------------------------------------------------------------------

needs_make = pytest.mark.skipif(
    shutil.which("make") is None or shutil.which("git") is None or not (ROOT / ".git").exists(),
    reason="needs make, git and a git work tree",
)


def make_new_type(project: Path, source: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(project / d) for d in ("overrides", "generated", "."))}
    return subprocess.run(
        ["make", "--no-print-directory", "new-type", f"FROM={source}", f"VENV={VENV}", "VENV_DEP=", *args],
        cwd=project,
        capture_output=True,
        text=True,
        env=env,
    )


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_repository(tmp_path_factory.mktemp("new_type") / "project")


@needs_make
def test_refusals_through_make_change_nothing(project: Path, tmp_path: Path) -> None:
    cases = {
        "known.json": ([{"type": "message", "role": "user", "content": "hi"}], "already in the spec"),
        "not_item.json": ({"id": "x", "status": "done"}, "has no 'type' field"),
        "mixed.json": ([{"type": "a_call"}, {"type": "b_call"}], "samples of different types"),
    }
    for name, (payload, _) in cases.items():
        (tmp_path / name).write_text(json.dumps(payload))
    (tmp_path / "up.yaml").write_text(yaml.safe_dump(UPSTREAM_30))
    sources = {str(tmp_path / name): message for name, (_, message) in cases.items()}
    sources[f"{tmp_path / 'up.yaml'}#/components/schemas/Status"] = "is not an item"
    sources[str(tmp_path / "absent.json")] = "no such file"
    for source, message in sources.items():
        result = make_new_type(project, source)
        assert result.returncode != 0, source
        assert message in result.stderr, result.stderr
        assert git(project, "status", "--porcelain", "--untracked-files=all") == "", f"{source} changed files"


@needs_make
def test_failed_generation_puts_every_file_back(project: Path, tmp_path: Path) -> None:
    samples = tmp_path / "items.json"
    samples.write_text(json.dumps(CAPTURED))
    result = subprocess.run(
        [sys.executable, "-m", "tools.new_type", "--generate", "false", str(samples)],
        cwd=project,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "generation failed" in result.stderr
    assert git(project, "status", "--porcelain", "--untracked-files=all") == ""


@needs_make
def test_both_forms_through_make_add_decodable_types(project: Path, tmp_path: Path) -> None:
    samples = tmp_path / "screen_share.json"
    samples.write_text(json.dumps(CAPTURED))
    upstream = tmp_path / "quantum.yaml"
    upstream.write_text(yaml.safe_dump(UPSTREAM_30))
    try:
        for source in (str(samples), f"{upstream}#/components/schemas/QuantumCall"):
            result = make_new_type(project, source, "SEEN=seen  in\tthe lab")
            assert result.returncode == 0, result.stdout + result.stderr
            assert "new-type: added item type" in result.stdout
        changed = git(project, "status", "--porcelain", "--untracked-files=all").splitlines()
        paths = {line[3:] for line in changed}
        assert "spec/conversation-items.openapi.yaml" in paths
        assert f"overrides/conversation_items/fixtures/items/{SCREEN}.json" in paths
        assert {f"tests/fixtures/captured/{SCREEN}/0{n}.json" for n in (1, 2, 3)} <= paths
        assert f"generated/conversation_items_client/models/{QUANTUM}_item.py" in paths
        schemas = yaml.safe_load((project / "spec/conversation-items.openapi.yaml").read_text())["components"][
            "schemas"
        ]
        assert schemas[f"{SCREEN_STEM}Item"]["x-source"].startswith("seen in the lab (captured items: screen_share")
        assert schemas[f"{QUANTUM_STEM}Item"]["x-source"].startswith("seen in the lab (quantum.yaml#/components/")
        others = {p for p in paths if not p.startswith(("generated/", "spec/", "tests/fixtures/", "overrides/"))}
        assert not others
        fixture = json.loads((project / f"overrides/conversation_items/fixtures/items/{SCREEN}.json").read_text())
        assert fixture["x_fixture_extra"] == {"note": "unknown fields must survive"}
        assert {"layers", "error", "note"} <= set(fixture)  # fields only later samples carry
        code = (
            "import json, sys\n"
            "from conversation_items import parse_item\n"
            "for item in json.loads(sys.argv[1]):\n"
            "    decoded = parse_item(item)\n"
            "    assert decoded.to_dict() == item, item\n"
            "    print(type(decoded).__name__)\n"
        )
        quantum: dict[str, Any] = {"type": QUANTUM, "status": "queued", "circuit": {"qubits": 2}}
        quantum |= {"severity": None, "calibration": None, "label": None}  # nullable behind a $ref
        payloads = json.dumps([*CAPTURED, quantum, fixture])
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(project / d) for d in ("overrides", "generated"))}
        out = subprocess.run([sys.executable, "-c", code, payloads], capture_output=True, text=True, env=env)
        assert out.returncode == 0, out.stderr
        assert out.stdout.split() == [f"{SCREEN_STEM}Item"] * 3 + [f"{QUANTUM_STEM}Item", f"{SCREEN_STEM}Item"]
    finally:  # the module's copy is shared with the refusal tests
        git(project, "checkout", "-q", "--", ".")
        git(project, "clean", "-qfd")


@needs_make
def test_remove_type_takes_out_what_new_type_added_and_warns_about_orphans(project: Path, tmp_path: Path) -> None:
    samples = tmp_path / "screen_share.json"
    samples.write_text(json.dumps(CAPTURED))
    spec_path = project / "spec" / "conversation-items.openapi.yaml"
    original = yaml.safe_load(spec_path.read_text())
    try:
        assert make_new_type(project, str(samples)).returncode == 0
        make = ["make", "--no-print-directory", "remove-type", f"VENV={VENV}", "VENV_DEP="]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(project / d) for d in ("overrides", "generated", "."))}
        removed = subprocess.run([*make, f"TYPE={SCREEN}"], cwd=project, capture_output=True, text=True, env=env)
        assert removed.returncode == 0, removed.stdout + removed.stderr
        assert f"remove-type: removed item type {SCREEN!r}" in removed.stdout
        orphans = {f"{SCREEN_STEM}{suffix}" for suffix in ("Display", "DisplaySize", "Layers", "Error")}
        for name in orphans:
            assert f"warning: {name} is no longer referenced by anything in the spec" in removed.stdout
        after = yaml.safe_load(spec_path.read_text())
        schemas = after["components"]["schemas"]
        assert (
            set(schemas) - set(original["components"]["schemas"]) == orphans
        )  # only the orphans stay (each one named)
        assert (
            after["components"]["schemas"]["ConversationItem"] == original["components"]["schemas"]["ConversationItem"]
        )
        assert not (project / f"overrides/conversation_items/fixtures/items/{SCREEN}.json").exists()
        assert not (project / f"tests/fixtures/captured/{SCREEN}").exists()
        assert not (project / f"generated/conversation_items_client/models/{SCREEN}_item.py").exists()

        refused = subprocess.run([*make, f"TYPE={SCREEN}"], cwd=project, capture_output=True, text=True, env=env)
        assert refused.returncode != 0
        assert f"item type {SCREEN!r} is not in the spec; nothing was changed" in refused.stderr
    finally:  # the module's copy is shared with the other tests
        git(project, "checkout", "-q", "--", ".")
        git(project, "clean", "-qfd")
