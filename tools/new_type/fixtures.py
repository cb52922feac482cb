"""Captured samples as fixtures: the per-type fixture the tests and the mock server use, and every sample as
captured, for a test that decodes them all.

- ``<items dir>/<type>.json`` (only if there is none yet): the first sample, plus each field that only later
  samples carry (its first value seen), plus the unknown field ``x_fixture_extra`` that every per-type fixture
  carries (tests/client/test_decode.py checks that it survives decoding). Base fields a sample lacks are not invented.
- The mock server serves every fixture folder beside ``<items dir>`` (``examples/`` too) under each item's id, and
  refuses to start when two files give one id. So a fixture whose id is already served (``make demo`` suggests
  adding ``hologram_preview_call`` from the example item it serves) gets the first free ``<id>_2``, ``<id>_3``, ...
- ``<captured dir>/<type>/NN.json``: each sample exactly as given, numbered after any already there.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from conversation_items.testing.fixtures import BUNDLED_FOLDERS, fixture_item_id

from .errors import NewTypeError

FIXTURE_EXTRA = {"note": "unknown fields must survive"}


def dumps(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def merged_fixture(samples: Sequence[dict[str, Any]]) -> dict[str, Any]:
    fixture = dict(samples[0])
    for sample in samples[1:]:
        for key, value in sample.items():
            fixture.setdefault(key, value)
    fixture["x_fixture_extra"] = dict(FIXTURE_EXTRA)
    return fixture


def served_ids(items_dir: Path) -> dict[str, Path]:
    """Item id -> the file that serves it, over `items_dir` and the other fixture folders beside it."""
    folders = [items_dir, *(items_dir.parent / name for name in BUNDLED_FOLDERS if name != items_dir.name)]
    served: dict[str, Path] = {}
    for folder in folders:
        for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
            try:
                item = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError):
                continue  # the mock server names a broken fixture itself
            if isinstance(item, dict):
                served.setdefault(fixture_item_id(path.stem, item), path)
    return served


def fresh_id(wanted: str, taken: Mapping[str, Path]) -> str:
    number = 2
    while f"{wanted}_{number}" in taken:
        number += 1
    return f"{wanted}_{number}"


@dataclass
class FixturePlan:
    """The files to write (path -> text), and what a reviewer should know about them."""

    files: dict[Path, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def fixture_files(
    item_type: str, samples: Sequence[dict[str, Any]], items_dir: Path, captured_dir: Path
) -> FixturePlan:
    """The files to write; existing files are never overwritten and a served id is never served twice."""
    result = FixturePlan()
    fixture = items_dir / f"{item_type}.json"
    if not fixture.exists():
        for name in BUNDLED_FOLDERS:
            clash = items_dir.parent / name / fixture.name
            if name != items_dir.name and clash.is_file():
                raise NewTypeError(f"{clash} already uses the fixture file name {fixture.name!r}; rename it first")
        data = merged_fixture(samples)
        served = served_ids(items_dir)
        item_id = fixture_item_id(item_type, data)
        if item_id in served:
            data["id"] = fresh_id(item_id, served)
            result.notes.append(
                f"the id {item_id!r} is already served by {served[item_id]}: the new fixture {fixture.name} is "
                f"served as {data['id']!r} (the captured sample keeps its id)"
            )
        result.files[fixture] = dumps(data)
    folder = captured_dir / item_type
    taken = {p.stem for p in folder.glob("*.json")} if folder.is_dir() else set()
    number = 1
    for sample in samples:
        while f"{number:02d}" in taken:
            number += 1
        result.files[folder / f"{number:02d}.json"] = dumps(sample)
        taken.add(f"{number:02d}")
    return result
