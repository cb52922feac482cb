"""Template overrides: provenance (the stock template each was derived from), the `.edits` format, and
`make template-diff`'s output. The pipeline itself is exercised in test_generation_pipeline.py."""

from __future__ import annotations

import importlib.metadata
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import draft_edits
import pytest
import template_edits
import template_overrides
from support import ROOT

TEMPLATES = ROOT / "overrides" / "templates"
STOCK = template_overrides.stock_dir()
VERSION = template_overrides.generator_version()


def test_every_override_was_derived_from_the_installed_stock_template() -> None:
    """Fails after a generator upgrade that changed a stock template we override, naming each one to re-merge."""
    problems = template_overrides.provenance_problems(TEMPLATES, STOCK, VERSION)
    assert not problems, "re-merge these overrides with the installed stock templates:\n" + "\n".join(problems)


def test_the_recorded_generator_is_the_pinned_one() -> None:
    dev = tomllib.loads((ROOT / "pyproject.toml").read_text())["dependency-groups"]["dev"]
    pins = [spec for spec in dev if isinstance(spec, str) and spec.startswith(f"{template_overrides.GENERATOR}==")]
    assert pins == [f"{template_overrides.GENERATOR}=={VERSION}"]
    assert importlib.metadata.version(template_overrides.GENERATOR) == VERSION
    recorded = {entry.version for entry in template_overrides.read_lock(TEMPLATES).values()}
    assert recorded == {VERSION}


@pytest.fixture
def stock_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "stock"
    shutil.copytree(STOCK, copy)
    return copy


def test_a_changed_stock_template_is_named_with_both_versions(stock_copy: Path) -> None:
    changed = stock_copy / "model.py.jinja"
    changed.write_text(changed.read_text() + "{# upstream changed this template #}\n")
    problems = template_overrides.provenance_problems(TEMPLATES, stock_copy, "9.9.9")
    [model] = [problem for problem in problems if problem.startswith("model.py.jinja:")]
    assert model == (
        f"model.py.jinja: derived from openapi-python-client {VERSION}'s stock template, which differs from the"
        " installed openapi-python-client 9.9.9's: re-merge the override (make template-diff), then make template-lock"
    )
    unchanged = [problem for problem in problems if problem != model]
    assert len(unchanged) == len(template_overrides.read_lock(TEMPLATES)) - 1
    assert all("(same stock text): run make template-lock" in problem for problem in unchanged)


def test_an_override_without_provenance_and_a_stale_entry_are_reported(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)
    (templates / "errors.py.jinja.edits").rename(templates / "README.md.jinja.edits")
    problems = template_overrides.provenance_problems(templates, STOCK, VERSION)
    assert problems == [
        "README.md.jinja: no provenance in stock-templates.lock (run make template-lock after deriving it)",
        "errors.py.jinja: in stock-templates.lock but not overridden",
    ]


def test_template_lock_records_every_override_of_a_stock_template(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)
    (templates / template_overrides.LOCK_NAME).unlink()
    template_overrides.write_lock(templates, STOCK)
    assert template_overrides.read_lock(templates) == template_overrides.read_lock(TEMPLATES)
    derived = {o.name for o in template_overrides.discover(TEMPLATES, STOCK) if o.kind != "new"}
    assert set(template_overrides.read_lock(templates)) == derived


def test_every_override_says_in_one_line_what_it_changes() -> None:
    for override in template_overrides.discover(TEMPLATES, STOCK):
        summary = template_overrides.summary(override)
        assert len(summary) > 20, f"{override.source}: first line should say what the override changes"


def test_template_diff_shows_each_override_against_its_stock_template() -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "generate.py"), "template-diff"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for override in template_overrides.discover(TEMPLATES, STOCK):
        assert f"== {override.name}: {override.kind} override" in out
        if override.kind != "new":
            assert f"--- stock/{override.name} ({template_overrides.GENERATOR} {VERSION})" in out
            assert f"+++ effective/{override.name}" in out
    assert "| template | form | copied | added | dropped |" in out


# -- the .edits format -----------------------------------------------------------------------------------------------

STOCK_TEXT = "a\nb\nc\nb\nd\n"


def edits_file(tmp_path: Path, text: str) -> template_edits.EditsFile:
    path = tmp_path / "x.jinja.edits"
    path.write_text(text)
    return template_edits.parse(path, "x.jinja")


def apply(tmp_path: Path, text: str, stock: str = STOCK_TEXT) -> str:
    return template_edits.apply(edits_file(tmp_path, text), stock, "stock x.jinja")


def test_edits_replace_insert_and_append_whole_lines(tmp_path: Path) -> None:
    text = (
        "# what it changes\n\n"
        "@@ edit: every b becomes B\n@@ find 2 times\nb\n@@ replace with\nB\n@@ end\n\n"
        "@@ edit: around c\n@@ find\nc\n@@ insert before\nc0\n@@ insert after\nc1\n\nc2\n@@ end\n"
        "@@ edit: drop d\n@@ find\nd\n@@ replace with\n@@ end\n"
        "@@ edit: first\n@@ at start\nstart\n@@ end\n"
        "@@ edit: last\n@@ at end\nend\n@@ end\n"
    )
    assert apply(tmp_path, text) == "start\na\nB\nc0\nc\nc1\n\nc2\nB\nend\n"
    assert apply(tmp_path, text, STOCK_TEXT.rstrip("\n")) == "start\na\nB\nc0\nc\nc1\n\nc2\nB\nend"


@pytest.mark.parametrize(
    ("find", "expected"),
    [("@@ find\nzz\n", "occurs 0 times, expected once"), ("@@ find\nb\n", "occurs 2 times, expected once")],
)
def test_an_edit_that_does_not_match_exactly_names_the_file_and_the_edit(
    tmp_path: Path, find: str, expected: str
) -> None:
    text = "# what\n@@ edit: fine\n@@ find\na\n@@ replace with\nA\n@@ end\n@@ edit: the second\n" + find
    text += "@@ replace with\nx\n@@ end\n"
    with pytest.raises(template_edits.EditError) as caught:
        apply(tmp_path, text)
    message = str(caught.value)
    assert f"{tmp_path / 'x.jinja.edits'}: edit 2 (line 8, 'the second') no longer matches stock x.jinja" in message
    assert expected in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@@ edit: x\n@@ find\na\n@@ replace with\nb\n@@ end\n", "the first line must be a '# ...' comment"),
        ("# s\n@@ edit:\n@@ find\na\n@@ replace with\nb\n@@ end\n", "every edit says why"),
        ("# s\n@@ edit: x\n@@ find\na\n@@ replace with\nb\n", "has no '@@ end'"),
        ("# s\n@@ edit: x\n@@ find\na\n@@ end\n", "needs '@@ replace with' or '@@ insert before/after'"),
        ("# s\n@@ edit: x\n@@ find\na\n@@ replace\nb\n@@ end\n", "unknown directive '@@ replace'"),
        ("# s\nloose text\n", "text outside an edit"),
        ("# s\n@@ edit: x\n@@ find\n@@ replace with\nb\n@@ end\n", "needs at least one line of stock text"),
        ("# s\n@@ edit: x\n@@ find\na\n@@ replace with\nb\n@@ insert after\nc\n@@ end\n", "cannot be combined"),
        ("# s\n", "no edits"),
    ],
)
def test_a_malformed_edits_file_is_refused_with_the_reason(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(template_edits.EditError, match=r"x\.jinja\.edits") as caught:
        edits_file(tmp_path, text)
    assert expected in str(caught.value)


def test_an_override_of_a_template_the_generator_does_not_have_is_refused(tmp_path: Path) -> None:
    (tmp_path / "no_such.py.jinja.edits").write_text("# x\n@@ edit: y\n@@ at end\nz\n@@ end\n")
    with pytest.raises(template_overrides.OverrideError, match=r"does not have: no_such\.py\.jinja"):
        template_overrides.discover(tmp_path, STOCK)


def test_copied_lines_count_only_the_stock_text_an_edits_file_carries(tmp_path: Path) -> None:
    parsed = edits_file(
        tmp_path,
        "# s\n@@ edit: x\n@@ find\na\nb\n@@ replace with\na\nB\n@@ end\n@@ edit: y\n@@ at end\nnew\n@@ end\n",
    )
    assert template_edits.copied_lines(parsed) == 3  # a, b found; a repeated in the replacement


# -- drafting an .edits file from a whole-file override --------------------------------------------------------------


def test_a_draft_reproduces_the_override_and_carries_less_stock_text(tmp_path: Path) -> None:
    stock = "".join(f"line {n}\n" for n in range(40)) + "end\n"
    override = "{# override: why it exists #}\nfirst\n" + stock.replace("line 7\n", "line 7\nadded\n")
    override = override.replace("line 20\n", "LINE 20\n").replace("line 30\nline 31\n", "") + "last\n"
    body = draft_edits.without_why_comment(override)
    text = draft_edits.draft("x.jinja", stock, body, "why it exists")
    parsed = template_edits.parse_text(text, tmp_path / "x.jinja.edits", "x.jinja")
    assert template_edits.apply(parsed, stock, "stock") == body
    assert text.startswith("# why it exists\n")
    assert [edit.why for edit in parsed.edits] == [draft_edits.TODO] * 5
    assert template_edits.copied_lines(parsed) == 4  # line 7 (anchor), line 20, line 30, line 31


def test_every_whole_file_override_can_be_drafted_as_edits() -> None:
    for override in template_overrides.discover(TEMPLATES, STOCK):
        if override.kind == "whole":
            body = draft_edits.without_why_comment(override.source.read_text(encoding="utf-8"))
            stock = (STOCK / override.name).read_text(encoding="utf-8")
            assert draft_edits.draft(override.name, stock, body, "x")  # raises unless it reproduces the body


# -- a generator upgrade, rehearsed -----------------------------------------------------------------------------------


def run_tool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "tools" / "generate.py"), *args], capture_output=True, text=True, check=False
    )


def test_an_upgrade_that_changes_stock_text_under_one_edit_has_a_path(tmp_path: Path, stock_copy: Path) -> None:
    """A new generator changed the stock line one edit finds. `make template-diff` still shows every override,
    marks that edit with the new stock text around its anchor and exits 1; generation refuses naming the edit;
    re-merging the edit and `make template-lock` make both clean again."""
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)
    model = stock_copy / "model.py.jinja"
    assert model.read_text().count("        d = dict(src_dict)\n") == 1
    model.write_text(model.read_text().replace("        d = dict(src_dict)\n", "        d = {**src_dict}\n"))

    diff = run_tool("--templates", str(templates), "--stock", str(stock_copy), "template-diff")
    assert diff.returncode == 1, diff.stderr
    for override in template_overrides.discover(templates, stock_copy):
        assert f"== {override.name}: {override.kind} override" in diff.stdout  # every one, not the first few
    marked = diff.stdout[diff.stdout.index("!! edit") :]
    assert "from_dict refuses a non-object" in marked.splitlines()[0]
    assert "|         d = dict(src_dict)" in marked  # what the edit looks for
    assert "|         d = {**src_dict}" in marked  # the new stock text where its anchor went
    assert "| template | form | copied | added | dropped |" in diff.stdout
    assert "1 edit(s) no longer apply" in diff.stdout

    with pytest.raises(template_edits.EditError, match=r"model\.py\.jinja\.edits: edit 2 .* no longer matches"):
        template_overrides.assemble(templates, stock_copy, tmp_path / "effective")

    edits = templates / "model.py.jinja.edits"  # the re-merge: the edit finds the new stock text
    edits.write_text(edits.read_text().replace("        d = dict(src_dict)\n", "        d = {**src_dict}\n"))
    assert run_tool("--templates", str(templates), "--stock", str(stock_copy), "template-lock").returncode == 0
    assert template_overrides.provenance_problems(templates, stock_copy, VERSION) == []
    assert run_tool("--templates", str(templates), "--stock", str(stock_copy), "template-diff").returncode == 0
    template_overrides.assemble(templates, stock_copy, tmp_path / "effective")


def test_template_diff_lists_an_override_of_a_template_the_new_generator_dropped(
    tmp_path: Path, stock_copy: Path
) -> None:
    (stock_copy / "errors.py.jinja").unlink()
    diff = run_tool("--stock", str(stock_copy), "template-diff")
    assert diff.returncode == 1
    assert "has no stock errors.py.jinja: drop or move this override" in diff.stdout
    assert "== types.py.jinja: edits override" in diff.stdout  # the ones after it are shown too
