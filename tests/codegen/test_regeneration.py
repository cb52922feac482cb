"""Regeneration from a copy of the project: the drift check, and adding an item type by the README's procedure."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from support import copy_paths, run, unknown_type

VENV = Path(sys.prefix)
HOLOGRAM = unknown_type("hologram_call")  # the README's example type, drawn against the spec (it may be added)
HOLOGRAM_ITEM = "".join(part.capitalize() for part in HOLOGRAM.split("_")) + "Item"
COPIED = [
    "spec",
    "generator-config.yaml",
    "overrides",
    "generated",
    "Makefile",
    "pyproject.toml",
    "README.md",
    "tools",
]

pytestmark = pytest.mark.skipif(
    shutil.which("make") is None or shutil.which("git") is None, reason="needs make and git"
)


def make(target: str, cwd: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    # reuse this test run's environment instead of building a new .venv in the copy
    return run(["make", target, f"VENV={VENV}", "VENV_DEP="], cwd, check=check)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_paths(tmp_path / "project", COPIED)


def add_item_type(spec_path: Path) -> None:
    """The README's "Adding a new item type" procedure, done by a program: component, oneOf entry, mapping entry."""
    spec = yaml.safe_load(spec_path.read_text())
    schemas = spec["components"]["schemas"]
    schemas[HOLOGRAM_ITEM] = {
        "type": "object",
        "required": ["type", "call_id"],
        "properties": {
            "type": {"type": "string", "enum": [HOLOGRAM]},
            "id": {"type": "string"},
            "call_id": {"type": "string"},
            "frames": {"type": "integer"},
            "status": {"anyOf": [{"$ref": "#/components/schemas/ItemStatus"}, {"type": "string"}]},
            "agent_reference": {"$ref": "#/components/schemas/AgentReference"},
            "response_id": {"type": "string"},
        },
    }
    union = schemas["ConversationItem"]
    union["oneOf"].append({"$ref": f"#/components/schemas/{HOLOGRAM_ITEM}"})
    union["discriminator"]["mapping"][HOLOGRAM] = f"#/components/schemas/{HOLOGRAM_ITEM}"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False))


def test_new_item_type_needs_only_the_spec_and_make_generate(project: Path) -> None:
    spec_path = project / "spec" / "conversation-items.openapi.yaml"
    types_before = len(yaml.safe_load(spec_path.read_text())["components"]["schemas"]["ConversationItem"]["oneOf"])
    add_item_type(spec_path)
    assert make("check-drift", project, check=False).returncode != 0, "new generated files must show as drift"

    item = {
        "type": HOLOGRAM,
        "id": "hc_1",
        "call_id": "call_9",
        "frames": 24,
        "status": "rendering",
        "x": 1,
    }
    code = (
        "import json, sys\n"
        "from conversation_items_client.models import ITEM_TYPES\n"
        "item = ITEM_TYPES.decode(json.loads(sys.argv[1]))\n"
        "print(type(item).__name__, item.to_dict() == json.loads(sys.argv[1]), len(ITEM_TYPES))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(project / "generated")}
    out = subprocess.run([sys.executable, "-c", code, json.dumps(item)], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    name, round_trips, count = out.stdout.split()
    assert (name, round_trips) == (HOLOGRAM_ITEM, "True")
    assert int(count) == types_before + 1
