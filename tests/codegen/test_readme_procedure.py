"""SLOW (several minutes; deselect with `-m "not slow"`): the README's "Adding a new item type", done all three ways
and as `make demo` suggests it, on one copy of the repository, then the whole `make check` on that copy.

It proves that after `make new-type` (both forms) or a hand edit of the spec plus `make generate`, nothing else
needs touching: the drift check, lint, mypy and every test pass, and the new types without a hand-written fixture
are tested with samples synthesized from their schemas. The nested run skips this test (its environment sets
CONVERSATION_ITEMS_NESTED_CHECK=1).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from support import ROOT, copy_repository, git, unknown_type

NESTED = "CONVERSATION_ITEMS_NESTED_CHECK"
VENV = Path(sys.prefix)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get(NESTED) == "1", reason="already inside the nested make check"),
    pytest.mark.skipif(
        shutil.which("make") is None or shutil.which("git") is None or not (ROOT / ".git").exists(),
        reason="needs make, git and a git work tree",
    ),
]

# the types added: drawn against the spec, so that a real type of one of these names breaks nothing
SONAR, LIDAR, WEATHER = (unknown_type(name) for name in ("sonar_ping_call", "lidar_scan_call", "weather_call"))
SONAR_ITEM = "".join(part.capitalize() for part in SONAR.split("_")) + "Item"

# 1. by hand, as the README lists it: a component, a oneOf entry, a mapping entry
HAND_COMPONENT = f"""\
    {SONAR_ITEM}:
      type: object
      description: A sonar ping call.
      x-source: hand-written by tests/codegen/test_readme_procedure.py
      required: [type, call_id]
      properties:
        type:
          type: string
          enum: [{SONAR}]
          description: The type of the item. Always `{SONAR}`.
        id:
          type: string
        call_id:
          type: string
        frames:
          type: integer
        status:
          anyOf:
          - $ref: '#/components/schemas/ItemStatus'
          - type: string
        agent_reference:
          $ref: '#/components/schemas/AgentReference'
        response_id:
          type: string
"""

# 2. captured items: a later one carries new fields and a new status value
CAPTURED: list[dict[str, Any]] = [
    {"type": LIDAR, "id": "ls_1", "call_id": "c1", "status": "completed", "points": 1200},
    {
        "type": LIDAR,
        "id": "ls_2",
        "call_id": "c2",
        "status": "recalibrating",
        "points": None,
        "origin": {"x": 1.5, "y": 0, "frame": "map"},
        "returns": [{"range": 3.2}, {"range": 4, "intensity": 0.7}],
    },
]

# 3. an upstream schema, Azure style (a base the item allOf's, nested $refs with their own `required`)
UPSTREAM: dict[str, Any] = {
    "openapi": "3.2.0",
    "info": {"title": "Weather", "version": "v1"},
    "components": {
        "schemas": {
            "OutputItem": {
                "type": "object",
                "required": ["type"],
                "properties": {"type": {"type": "string"}, "response_id": {"type": "string"}},
            },
            "WeatherToolCall": {
                "type": "object",
                "required": ["type", "call_id", "forecast"],
                "properties": {
                    "type": {"type": "string", "enum": [WEATHER]},
                    "call_id": {"type": "string"},
                    "status": {"$ref": "#/components/schemas/CallStatus"},
                    "forecast": {"$ref": "#/components/schemas/Forecast"},
                },
                "allOf": [{"$ref": "#/components/schemas/OutputItem"}],
            },
            "CallStatus": {"type": "string", "enum": ["in_progress", "completed", "incomplete", "failed"]},
            "Forecast": {
                "type": "object",
                "required": ["days"],
                "properties": {
                    "days": {"type": "array", "items": {"$ref": "#/components/schemas/Day"}},
                    "unit": {"type": ["string", "null"], "enum": ["celsius", "fahrenheit", None]},
                },
            },
            "Day": {"type": "object", "required": ["high"], "properties": {"high": {"type": "number"}}},
        }
    },
}


def run(cmd: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env)
    assert result.returncode == 0, f"{cmd} failed ({result.returncode}):\n{result.stdout[-20000:]}\n{result.stderr}"
    return result


def insert_after(text: str, anchor: str, new: str) -> str:
    assert text.count(anchor) == 1, anchor
    return text.replace(anchor, anchor + new)


def get_json(project: Path, env: dict[str, str], conversation: str, item: str) -> str:
    """`conversation-items get CONV ITEM --json` against the copy's mock server (started as `make demo` starts it)."""
    ready = project / "ready.url"
    cli = str(VENV / "bin" / "conversation-items")
    server = subprocess.Popen([cli, "mock-server", "--port", "0", "--ready-file", str(ready)], cwd=project, env=env)
    try:
        deadline = time.monotonic() + 30
        while not (ready.is_file() and ready.read_text()) and time.monotonic() < deadline:
            time.sleep(0.1)
        endpoint = ready.read_text().strip()
        env = {**env, "AZURE_AI_PROJECT_ENDPOINT": endpoint}
        result = run([cli, "get", conversation, item, "--json"], project, env)
        assert "make new-type FROM=item.json" in result.stderr  # the warning that names the command
        return result.stdout
    finally:
        server.terminate()
        server.wait(timeout=30)
        ready.unlink(missing_ok=True)


def follow_the_demo_suggestion(project: Path, env: dict[str, str], make: list[str], tmp_path: Path) -> None:
    """`make demo` warns about an unknown type and names `make new-type`: doing exactly that adds the type, and the
    mock server still starts (the new fixture does not take the id of the example item it was captured from)."""
    demo = run([*make, "demo"], project, env)
    warned = re.search(r"warning: item type '(\w+)' is not in this package's spec", demo.stdout + demo.stderr)
    assert warned, demo.stdout + demo.stderr
    item_type = warned.group(1)
    asked = re.findall(r"^\$ conversation-items get (\S+) (\S+)$", demo.stdout, re.M)
    conversation, item_id = next(
        (conv, item) for conv, item in asked if f"get {conv} {item}\n{item_type}  ->  UnknownItem" in demo.stdout
    )
    item_json = tmp_path / "item.json"
    item_json.write_text(get_json(project, env, conversation, item_id), encoding="utf-8")
    added = run([*make, "new-type", "FROM=" + str(item_json)], project, env).stdout
    assert f"new-type: added item type {item_type!r}" in added
    assert f"note: the id {item_id!r} is already served by" in added
    fixture = json.loads((project / f"overrides/conversation_items/fixtures/items/{item_type}.json").read_text())
    assert fixture["id"] == f"{item_id}_2"
    git(project, "add", "-A")
    git(project, "commit", "-qm", f"add {item_type}, as make demo suggests")
    demo = run([*make, "demo"], project, env)
    assert "warning" not in demo.stdout + demo.stderr
    component = "".join(part.capitalize() for part in item_type.split("_")) + "Item"
    assert f"{item_type}  ->  {component}" in demo.stdout


def test_all_three_ways_then_the_whole_make_check_passes_on_the_copy(tmp_path: Path) -> None:
    project = copy_repository(tmp_path / "project")
    env = {
        **os.environ,
        NESTED: "1",
        # the copy's packages, not the editable install of this work tree
        "PYTHONPATH": os.pathsep.join(str(project / d) for d in ("overrides", "generated", ".")),
    }
    make = ["make", "--no-print-directory", f"VENV={VENV}", "VENV_DEP="]

    spec_path = project / "spec" / "conversation-items.openapi.yaml"
    spec = spec_path.read_text(encoding="utf-8")
    spec = insert_after(
        spec,
        "      - $ref: '#/components/schemas/ItemReferenceItem'\n",
        f"      - $ref: '#/components/schemas/{SONAR_ITEM}'\n",
    )
    spec = insert_after(
        spec,
        "          item_reference: '#/components/schemas/ItemReferenceItem'\n",
        f"          {SONAR}: '#/components/schemas/{SONAR_ITEM}'\n",
    )
    assert spec.count("    AgentReference:\n") == 1
    spec = spec.replace("    AgentReference:\n", HAND_COMPONENT + "    AgentReference:\n")
    spec_path.write_text(spec, encoding="utf-8")
    run([*make, "generate"], project, env)

    samples = tmp_path / "lidar.json"
    samples.write_text(json.dumps(CAPTURED), encoding="utf-8")
    upstream = tmp_path / "weather.yaml"
    upstream.write_text(yaml.safe_dump(UPSTREAM), encoding="utf-8")
    for source in (str(samples), f"{upstream}#/components/schemas/WeatherToolCall"):
        assert "new-type: added item type" in run([*make, "new-type", f"FROM={source}"], project, env).stdout

    git(project, "add", "-A")
    git(project, "commit", "-qm", "three new item types")
    follow_the_demo_suggestion(project, env, make, tmp_path)
    check = run([*make, "check", "PYTEST_ARGS=-v"], project, env)

    out = check.stdout
    assert "check-drift: generated/ matches its inputs" in out
    for test_id in (f"{SONAR}[synthesized]", f"{WEATHER}[synthesized]", f"{LIDAR}] PASSED"):
        assert test_id in out, f"{test_id} not in the nested run"
    assert f"{LIDAR}/02] PASSED" in out  # the captured items themselves
    assert " failed" not in out.splitlines()[-1]
    assert git(project, "status", "--porcelain", "--untracked-files=all") == "", "make check left changes behind"
