"""Fixture items: JSON files, one item each, read from folders; every error names the broken file.

The package bundles two folders, served by default by the mock service, the pytest fixtures and
``conversation-items mock-server`` alike (``make demo`` and the README use them):

- ``fixtures/items/``: one realistic item per item type in the spec;
- ``fixtures/examples/``: the README's examples (``item_abc123``, an item of an unknown type).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

__all__ = [
    "BUNDLED_FOLDERS",
    "FixtureError",
    "bundled_fixture_dirs",
    "fixture_item_id",
    "load_fixture_items",
    "load_item_bodies_by_id",
    "load_items_by_id",
]

BUNDLED_FOLDERS = ("items", "examples")
"""The bundled folders under ``conversation_items/fixtures``, in the order they are read."""

StrPath = str | os.PathLike[str]


class FixtureError(ValueError):
    """A fixture file that cannot be served. The message starts with ``fixture <path>:``."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"fixture {path}: {problem}")

    def __reduce__(self) -> tuple[type[FixtureError], tuple[str, str]]:
        return (type(self), (self.path, self.problem))


def bundled_fixture_dirs() -> list[Traversable]:
    """The bundled fixture folders (see :data:`BUNDLED_FOLDERS`)."""
    root = resources.files("conversation_items").joinpath("fixtures")
    return [root.joinpath(name) for name in BUNDLED_FOLDERS]


def _read_item(entry: Traversable) -> tuple[dict[str, Any], bytes]:
    where = str(entry)
    try:
        raw = entry.read_bytes()
    except OSError as exc:
        raise FixtureError(where, f"cannot be read ({type(exc).__name__}: {exc.strerror or exc})") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FixtureError(where, f"not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FixtureError(where, f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    if not isinstance(data, dict):
        raise FixtureError(where, f"must hold one JSON object (an item), found a JSON {type(data).__name__}")
    return data, raw


def _read_dir(directory: Traversable) -> dict[str, tuple[dict[str, Any], bytes, str]]:
    """``{stem: (item, the file's bytes, path)}`` for the ``*.json`` files of ``directory``, sorted by name."""
    found: dict[str, tuple[dict[str, Any], bytes, str]] = {}
    for entry in sorted(directory.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json") and entry.is_file():
            found[entry.name[: -len(".json")]] = (*_read_item(entry), str(entry))
    return found


def _dirs(fixtures_dirs: StrPath | Iterable[StrPath] | None) -> list[Traversable]:
    if fixtures_dirs is None:
        return [d for d in bundled_fixture_dirs() if d.is_dir()]
    given = [fixtures_dirs] if isinstance(fixtures_dirs, str | os.PathLike) else list(fixtures_dirs)
    paths = [Path(d) for d in given]
    for path in paths:
        if not path.is_dir():
            raise FileNotFoundError(f"fixtures directory not found: {path}")
    return list(paths)


def load_fixture_items(fixtures_dir: StrPath | Iterable[StrPath] | None = None) -> dict[str, dict[str, Any]]:
    """Load fixture items: ``{file stem: item}`` from ``*.json`` files, sorted by name.

    ``fixtures_dir`` is one folder or several; without it, every bundled folder is read (items,
    then examples). One file name in two folders raises :class:`FixtureError`. A missing
    folder raises ``FileNotFoundError``; a file that is not UTF-8 JSON holding one object raises
    :class:`FixtureError` naming it (``fixture <path>: not valid JSON (line 3, column 5: ...)``).
    """
    out: dict[str, dict[str, Any]] = {}
    where: dict[str, str] = {}
    for directory in _dirs(fixtures_dir):
        for stem, (item, _, path) in _read_dir(directory).items():
            if stem in out:
                raise FixtureError(path, f"the file name {stem!r} is also used by {where[stem]}")
            out[stem], where[stem] = item, path
    return out


def fixture_item_id(stem: str, item: Mapping[str, Any]) -> str:
    """The id a fixture is served under: its ``"id"`` when that is a string, else the file stem."""
    item_id = item.get("id")
    return item_id if isinstance(item_id, str) else stem


def load_items_by_id(
    fixtures_dirs: StrPath | Iterable[StrPath] | None = None,
) -> dict[str, dict[str, Any]]:
    """``{item id: item}`` from one folder, several, or (``None``) the bundled ones.

    Two files giving the same id raise :class:`FixtureError` naming both.
    """
    return {item_id: item for item_id, (item, _) in _load_by_id(fixtures_dirs).items()}


def load_item_bodies_by_id(
    fixtures_dirs: StrPath | Iterable[StrPath] | None = None,
) -> dict[str, bytes]:
    """``{item id: the file's bytes}``, checked as :func:`load_items_by_id` checks them.

    What the mock service serves: each file byte for byte (key order, number spellings such as
    ``1.0e10``, escapes, whitespace), never re-serialised.
    """
    return {item_id: body for item_id, (_, body) in _load_by_id(fixtures_dirs).items()}


def _load_by_id(fixtures_dirs: StrPath | Iterable[StrPath] | None) -> dict[str, tuple[dict[str, Any], bytes]]:
    out: dict[str, tuple[dict[str, Any], bytes]] = {}
    where: dict[str, str] = {}
    for directory in _dirs(fixtures_dirs):
        for stem, (item, body, path) in _read_dir(directory).items():
            item_id = fixture_item_id(stem, item)
            if item_id in out:
                raise FixtureError(path, f"its id {item_id!r} is also the id of {where[item_id]}")
            out[item_id], where[item_id] = (item, body), path
    return out
