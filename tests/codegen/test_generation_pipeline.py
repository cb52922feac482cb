"""The generation pipeline (tools/generate.py behind `make generate` / `make check-drift`), on a copy of the project.

- check-drift fails on a committed hand edit and on a committed stray file anywhere under generated/ ("drifted"),
  and on output that is only not committed yet ("uncommitted"), telling the two apart;
- the hand-edit guard ignores what .gitignore ignores (a .mypy_cache/ under generated/);
- a failed generation (dangling $ref, generator warning, an override edit that no longer matches its stock
  template) leaves generated/ byte for byte as it was;
- make generate stops on hand edits made since the last generation, naming each file, unless FORCE=1;
  uncommitted output of an earlier generation is not a hand edit;
- the item union's discriminator table is emitted once (models/__init__.py), not again in the endpoint.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support import ROOT, copy_paths, run

VENV = Path(sys.prefix)
COPIED = [
    *["spec", "generator-config.yaml", "overrides", "generated", "Makefile", "pyproject.toml", "README.md", "tools"],
    ".gitignore",
]
SPEC = Path("spec") / "conversation-items.openapi.yaml"
PACKAGE = Path("generated") / "conversation_items_client"

Result = subprocess.CompletedProcess[str]
needs_make_and_git = pytest.mark.skipif(
    shutil.which("make") is None or shutil.which("git") is None, reason="needs make and git"
)


def make(target: str, cwd: Path, *variables: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    # reuse this test run's environment instead of building a new .venv in the copy
    return run(["make", target, f"VENV={VENV}", "VENV_DEP=", *variables], cwd, check=check)


def tree(root: Path) -> dict[str, str]:
    """Relative path -> sha256 of every file under `root` (Python caches aside)."""
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_paths(tmp_path / "project", COPIED)


def assert_failed_and_untouched(project: Path, result: Result, before: dict[str, str]) -> None:
    assert result.returncode != 0
    assert "generated/ is unchanged" in result.stderr
    assert tree(project / "generated") == before
    assert not list(project.glob(".generate-*")), "the staging folder is removed"


@needs_make_and_git
def test_check_drift_passes_clean_and_fails_on_hand_edits_or_extra_files(project: Path) -> None:
    assert "matches its inputs" in make("check-drift", project).stdout

    model = project / PACKAGE / "models" / "function_call_item.py"
    model.write_text(model.read_text() + "\n# a hand edit\n")
    run(["git", "commit", "-qam", "hand edit"], project)
    failed = make("check-drift", project, check=False)
    assert failed.returncode != 0
    assert "function_call_item.py" in failed.stdout
    assert "check-drift: generated/ drifted from spec/" in failed.stdout

    run(["git", "checkout", "-q", "HEAD~1", "--", "generated"], project)
    run(["git", "commit", "-qam", "undo"], project)
    strays = [project / PACKAGE / "models" / "stray.py", project / "generated" / "notes.txt"]
    for stray in strays:
        stray.write_text("x = 1\n")
    run(["git", "add", "-A"], project)
    run(["git", "commit", "-qm", "stray files"], project)
    failed = make("check-drift", project, check=False)
    assert failed.returncode != 0
    assert "models/stray.py" in failed.stdout
    assert "generated/notes.txt" in failed.stdout


@needs_make_and_git
def test_a_dangling_ref_leaves_generated_exactly_as_it_was(project: Path) -> None:
    spec = project / SPEC
    text = spec.read_text()
    target = "- $ref: '#/components/schemas/WorkflowActionItem'"
    assert target in text
    spec.write_text(text.replace(target, "- $ref: '#/components/schemas/NoSuchItem'", 1))
    before = tree(project / "generated")

    failed = make("generate", project, check=False)
    assert_failed_and_untouched(project, failed, before)
    assert "NoSuchItem" in failed.stderr


@needs_make_and_git
def test_a_generator_warning_leaves_generated_exactly_as_it_was(project: Path) -> None:
    spec = project / SPEC
    text = spec.read_text()
    anchor = "        '4XX':\n"
    assert anchor in text
    unsupported = (
        "        '409':\n          description: Conflict\n          content:\n            application/xml: {}\n"
    )
    spec.write_text(text.replace(anchor, unsupported + anchor, 1))
    before = tree(project / "generated")

    failed = make("generate", project, check=False)
    assert_failed_and_untouched(project, failed, before)
    assert "application/xml" in failed.stderr


@needs_make_and_git
def test_an_override_edit_that_no_longer_matches_fails_generation_naming_it(project: Path) -> None:
    edits = project / "overrides" / "templates" / "model.py.jinja.edits"
    text = edits.read_text()
    assert "        d = dict(src_dict)\n" in text
    edits.write_text(text.replace("        d = dict(src_dict)\n", "        d = dict(src_dict or {})\n", 1))
    before = tree(project / "generated")

    failed = make("generate", project, check=False)
    assert_failed_and_untouched(project, failed, before)
    assert "model.py.jinja.edits: edit 2" in failed.stderr
    assert "no longer matches" in failed.stderr


@needs_make_and_git
def test_generate_stops_on_hand_edits_unless_forced(project: Path) -> None:
    model = project / PACKAGE / "models" / "function_call_item.py"
    edited = model.read_text() + "\n# a hand edit\n"
    model.write_text(edited)
    added = project / PACKAGE / "models" / "helper.py"
    added.write_text("HELPER = 1\n")
    (project / PACKAGE / "__pycache__").mkdir(exist_ok=True)
    (project / PACKAGE / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"cache, not a hand edit")
    before = tree(project / "generated")

    stopped = make("generate", project, check=False)
    assert stopped.returncode != 0
    assert "modified: generated/conversation_items_client/models/function_call_item.py" in stopped.stderr
    assert "added: generated/conversation_items_client/models/helper.py" in stopped.stderr
    assert "__pycache__" not in stopped.stderr
    assert "FORCE=1" in stopped.stderr
    assert tree(project / "generated") == before, "nothing was touched"

    forced = make("generate", project, "FORCE=1")
    assert "discarded 2 hand edit(s)" in forced.stdout
    assert not added.exists()
    assert model.read_text() != edited
    assert "matches its inputs" in make("check-drift", project).stdout


@needs_make_and_git
def test_uncommitted_output_of_an_earlier_generation_is_not_a_hand_edit(project: Path) -> None:
    spec = project / SPEC
    old = "description: Retrieves a specific item from the specified conversation."
    assert old in spec.read_text()
    spec.write_text(spec.read_text().replace(old, "description: Gets one item of a conversation.", 1))
    make("generate", project)
    assert run(["git", "status", "--porcelain", "--", "generated"], project).stdout, "the output changed"

    first = tree(project / "generated")
    spec.write_text(spec.read_text().replace("Gets one item of a conversation.", "Gets an item.", 1))
    again = make("generate", project)
    assert "hand edit" not in again.stdout + again.stderr
    assert tree(project / "generated") != first, "the second generation replaced the first one's output"


def test_the_item_table_is_emitted_once() -> None:
    """Only models/__init__.py holds the (value, module, class) triples; the endpoint decodes through ITEM_TYPES."""
    triple = '("function_call", "function_call_item", "FunctionCallItem")'
    holders = [path.relative_to(ROOT / PACKAGE).as_posix() for path in (ROOT / PACKAGE).rglob("*.py")]
    holders = [name for name in holders if triple in (ROOT / PACKAGE / name).read_text(encoding="utf-8")]
    assert holders == ["models/__init__.py"]
    endpoint = (ROOT / PACKAGE / "api" / "conversations" / "get_conversation_item.py").read_text(encoding="utf-8")
    assert "ITEM_TYPES.decode(" in endpoint


@needs_make_and_git
def test_check_drift_tells_uncommitted_output_from_drift(project: Path) -> None:
    """Right after `make generate` (or `make new-type`) generated/ is what its inputs give, only not committed."""
    spec = project / SPEC
    old = "description: Retrieves a specific item from the specified conversation."
    spec.write_text(spec.read_text().replace(old, "description: Gets one item of a conversation.", 1))
    make("generate", project)
    result = make("check-drift", project, check=False)
    assert result.returncode != 0
    assert "check-drift: generated/ is what its inputs give, but it is not committed" in result.stdout
    assert "drifted" not in result.stdout
    assert f" M {SPEC.as_posix()}" in result.stdout  # the input to commit with it
    run(["git", "add", "-A"], project)
    run(["git", "commit", "-qm", "spec and its output"], project)
    assert "matches its inputs" in make("check-drift", project).stdout


@needs_make_and_git
def test_what_gitignore_ignores_under_generated_is_not_a_hand_edit(project: Path) -> None:
    cache = project / PACKAGE / ".mypy_cache" / "3.11"
    cache.mkdir(parents=True)
    (cache / "models.data.json").write_text("{}")  # what `mypy` run inside generated/ leaves
    result = make("generate", project)
    assert "hand edit" not in result.stdout + result.stderr
    assert "matches its inputs" in make("check-drift", project).stdout

    spec = project / SPEC  # nor does a cache make uncommitted output look drifted
    old = "description: Retrieves a specific item from the specified conversation."
    spec.write_text(spec.read_text().replace(old, "description: Gets one item of a conversation.", 1))
    make("generate", project)
    cache.mkdir(parents=True)
    (cache / "models.data.json").write_text("{}")
    assert "is what its inputs give, but it is not committed" in make("check-drift", project, check=False).stdout
