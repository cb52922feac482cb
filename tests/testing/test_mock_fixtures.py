"""Fixture loading for the mock service: the default items, several folders, and errors that name the file."""

from __future__ import annotations

import json
import pickle
import re
from pathlib import Path

import pytest
from conversation_items.cli import main
from conversation_items.testing import FixtureError, MockConversationServer, MockConversationService, load_fixture_items
from conversation_items.testing.fixtures import BUNDLED_FOLDERS, bundled_fixture_dirs, load_items_by_id
from support import ROOT


def _demo_ids() -> list[str]:
    """The item ids `make demo` fetches, read from the Makefile's loop."""
    match = re.search(r"for item in ([^;]+); do", (ROOT / "Makefile").read_text(encoding="utf-8"))
    assert match is not None
    return match.group(1).split()


def test_default_items_are_every_bundled_folder() -> None:
    assert BUNDLED_FOLDERS == ("items", "examples")
    stems = {p.name[: -len(".json")] for d in bundled_fixture_dirs() for p in d.iterdir() if p.name.endswith(".json")}
    loaded = load_fixture_items()
    assert set(loaded) == stems
    assert {"message_string_content", "unknown_type", "message", "function_call"} <= stems
    served = MockConversationService().item_ids()
    assert sorted(served) == sorted(load_items_by_id())
    assert len(served) == len(stems)


def test_default_serves_what_the_readme_and_make_demo_use() -> None:
    wanted = {"item_abc123", "hol_fixture_01", *_demo_ids()}
    assert MockConversationService().item_ids() == MockConversationServer().item_ids()
    assert wanted <= set(MockConversationService().item_ids())


def test_several_folders(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "one.json").write_text('{"id": "i1", "type": "message"}', encoding="utf-8")
    (b / "two.json").write_text('{"type": "message"}', encoding="utf-8")  # no id: the stem is the id
    service = MockConversationService(fixtures_dir=[a, b])
    assert service.item_ids() == ["i1", "two"]
    assert MockConversationService(fixtures_dir=str(a)).item_ids() == ["i1"]
    assert load_fixture_items(b) == {"two": {"type": "message"}}


def _broken(tmp_path: Path, content: bytes) -> Path:
    folder = tmp_path / "fixtures"
    folder.mkdir()
    (folder / "good.json").write_text('{"id": "g", "type": "message"}', encoding="utf-8")
    (folder / "foo.json").write_bytes(content)
    return folder


BROKEN = [
    (b'{\n  "id": "x",\n  "type": "message",,\n}', r"not valid JSON \(line 3, column 21: Expecting property name"),
    (b"", r"not valid JSON \(line 1, column 1: Expecting value\)"),
    (b'{"id": "caf\xe9"}', r"not UTF-8 \(byte 0xe9 at offset 11\)"),
    (b"[1, 2]", r"must hold one JSON object \(an item\), found a JSON list"),
    (b'"just a string"', r"found a JSON str"),
]


@pytest.mark.parametrize(("content", "problem"), BROKEN, ids=["json", "empty", "utf8", "list", "string"])
def test_a_broken_fixture_is_named(tmp_path: Path, content: bytes, problem: str) -> None:
    folder = _broken(tmp_path, content)
    path = folder / "foo.json"
    for load in (
        lambda: load_fixture_items(folder),
        lambda: MockConversationService(fixtures_dir=folder),
        lambda: MockConversationServer(fixtures_dir=folder),
    ):
        with pytest.raises(FixtureError) as info:
            load()
        assert str(info.value).startswith(f"fixture {path}: ")
        assert re.search(problem, str(info.value)), str(info.value)
        assert info.value.path == str(path)
        assert isinstance(info.value, ValueError)


def test_the_cli_names_a_broken_fixture(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _broken(tmp_path, b'{"id": "x",\n\n  oops}')
    assert main(["mock-server", "--port", "0", "--fixtures", str(folder)]) == 2
    err = capsys.readouterr().err
    assert f"fixture {folder / 'foo.json'}: not valid JSON (line 3, column 3" in err


def test_two_files_with_one_id_are_refused_naming_both(tmp_path: Path) -> None:
    folder = tmp_path / "dup"
    folder.mkdir()
    (folder / "a.json").write_text(json.dumps({"id": "same", "type": "message"}), encoding="utf-8")
    (folder / "b.json").write_text(json.dumps({"id": "same", "type": "reasoning"}), encoding="utf-8")
    with pytest.raises(FixtureError) as info:
        MockConversationService(fixtures_dir=folder)
    assert str(info.value) == f"fixture {folder / 'b.json'}: its id 'same' is also the id of {folder / 'a.json'}"


def test_one_stem_in_two_folders_is_refused(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    for folder, item_id in ((a, "x1"), (b, "x2")):
        folder.mkdir()
        (folder / "same.json").write_text(json.dumps({"id": item_id}), encoding="utf-8")
    assert MockConversationService(fixtures_dir=[a, b]).item_ids() == ["x1", "x2"]  # by id: fine
    with pytest.raises(FixtureError) as info:
        load_fixture_items([a, b])
    assert info.value.path == str(b / "same.json") and str(a / "same.json") in info.value.problem


def test_missing_folder_and_pickled_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError) as info:
        load_fixture_items(tmp_path / "nope")
    assert str(tmp_path / "nope") in str(info.value)  # which folder
    error = FixtureError("x/foo.json", "not valid JSON (line 1, column 1: Expecting value)")
    copy = pickle.loads(pickle.dumps(error))
    assert (str(copy), copy.path, copy.problem) == (str(error), error.path, error.problem)
