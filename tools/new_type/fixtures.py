"""Captured samples as fixtures: the per-type fixture the tests and the mock server use, and every sample as
captured, for a test that decodes them all.

- ``<items dir>/<type>.json`` (only if there is none yet): the first sample, plus each field that only later
  samples carry (its first value seen), plus the unknown field ``x_fixture_extra`` that every per-type fixture
  carries (tests/client/test_decode.py checks that it survives decoding). Base fields a sample lacks are not invented.
- ``<captured dir>/<type>/NN.json``: each sample exactly as given, numbered after any already there.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

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


def fixture_files(
    item_type: str, samples: Sequence[dict[str, Any]], items_dir: Path, captured_dir: Path
) -> dict[Path, str]:
    """The files to write (path -> text); existing files are never overwritten."""
    files: dict[Path, str] = {}
    fixture = items_dir / f"{item_type}.json"
    if not fixture.exists():
        files[fixture] = dumps(merged_fixture(samples))
    folder = captured_dir / item_type
    taken = {p.stem for p in folder.glob("*.json")} if folder.is_dir() else set()
    number = 1
    for sample in samples:
        while f"{number:02d}" in taken:
            number += 1
        files[folder / f"{number:02d}.json"] = dumps(sample)
        taken.add(f"{number:02d}")
    return files
