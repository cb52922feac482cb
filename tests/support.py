"""Paths and loaders shared by the tests (a plain module: `conftest` names clash between test folders)."""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
from collections.abc import Awaitable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest
import yaml

T = TypeVar("T")

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "spec" / "conversation-items.openapi.yaml"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
ITEM_FIXTURES = FIXTURES / "items"
UPSTREAM_EXAMPLES = FIXTURES / "upstream"
# items exactly as captured, written by `make new-type FROM=<items.json>` (one folder per type)
CAPTURED = FIXTURES / "captured"
FIXTURE_EXTRA = {"note": "unknown fields must survive"}


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


@functools.cache
def load_spec() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return document


def item_mapping() -> dict[str, str]:
    """discriminator value -> component name, from the spec (the only place the item types are listed)."""
    union = load_spec()["components"]["schemas"]["ConversationItem"]
    return {value: ref.rsplit("/", 1)[1] for value, ref in union["discriminator"]["mapping"].items()}


def unknown_type(wanted: str) -> str:
    """An item type the spec does not have, for a test that needs an unknown one: `wanted`, or the first of
    `wanted_2`, `wanted_3`, ... that is neither a type in the spec nor (in CamelCase) the prefix of a component.
    Drawn against the spec, so the test keeps working when a real type of that name is added."""
    schemas = load_spec()["components"]["schemas"]
    candidate, number = wanted, 1
    while True:
        stem = "".join(part.capitalize() for part in candidate.split("_"))
        if candidate not in item_mapping() and not any(name.startswith(stem) for name in schemas):
            return candidate
        number += 1
        candidate = f"{wanted}_{number}"


@dataclass(frozen=True)
class ItemSample:
    """A realistic item of one type: its hand-written fixture, or one synthesized from its schema."""

    item_type: str
    data: dict[str, Any]
    synthesized: bool

    @property
    def id(self) -> str:
        return f"{self.item_type}[synthesized]" if self.synthesized else self.item_type


def item_samples() -> list[ItemSample]:
    """One sample per item type in the spec: `fixtures/items/<type>.json` where it exists, else synthesized."""
    samples = []
    for item_type in sorted(item_mapping()):
        path = ITEM_FIXTURES / f"{item_type}.json"
        if path.is_file():
            samples.append(ItemSample(item_type, load_json(path), synthesized=False))
        else:
            samples.append(ItemSample(item_type, synthesize_item(item_type), synthesized=True))
    return samples


def synthesize_item(item_type: str) -> dict[str, Any]:
    """A deterministic item of `item_type` built from its schema: every declared property with a value of the
    first non-null branch (the first value of an enum), plus the unknown field every fixture carries."""
    schemas = load_spec()["components"]["schemas"]
    component = item_mapping()[item_type]
    data = _synthesize(schemas[component], schemas, item_type, (component,))
    assert isinstance(data, dict), f"{component} is not an object schema"
    data["type"] = item_type
    if "id" in data:
        data["id"] = f"syn_{item_type}"
    data["x_fixture_extra"] = dict(FIXTURE_EXTRA)
    return data


def _synthesize(schema: dict[str, Any], schemas: dict[str, Any], name: str, stack: tuple[str, ...]) -> Any:
    if "$ref" in schema:
        target = schema["$ref"].rsplit("/", 1)[1]
        if target in stack:  # a recursive schema: stop with the smallest value
            return {}
        return _synthesize(schemas[target], schemas, name, (*stack, target))
    for key in ("anyOf", "oneOf"):
        if key in schema:
            branches = [b for b in schema[key] if b.get("type") != "null"] or schema[key]
            return _synthesize(branches[0], schemas, name, stack)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "integer":
        return 1
    if kind == "number":
        return 0.5
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    if kind == "array":
        return [_synthesize(schema.get("items", {}), schemas, name, stack)]
    if kind == "object" or "properties" in schema:
        out = {key: _synthesize(sub, schemas, key, stack) for key, sub in schema.get("properties", {}).items()}
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            out[f"{name}_key"] = _synthesize(extra, schemas, name, stack)
        return out
    return f"{name}_synthesized"  # a string, or a value of any type


def copy_repository(destination: Path) -> Path:
    """A copy of this work tree's files (tracked, plus untracked ones git does not ignore; symlinks kept) in a
    fresh git repository with one commit, for tests that run `make` targets on a copy."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    destination.mkdir(parents=True, exist_ok=True)
    for name in sorted(set(filter(None, listed.split("\0")))):
        source, target = ROOT / name, destination / name
        if not source.is_symlink() and not source.is_file():
            continue  # deleted in the work tree, not yet committed
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_symlink():
            target.symlink_to(source.readlink())
        else:
            shutil.copy2(source, target)
    git(destination, "init", "-q")
    git(destination, "add", "-A")
    git(destination, "commit", "-qm", "snapshot")
    return destination


_IDENTITY = (("NAME", "t"), ("EMAIL", "t@t"))


def run(cmd: list[str], cwd: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run `cmd` in `cwd` (git with a fixed identity); with `check`, a failure raises with its output."""
    env = {**os.environ, **{f"GIT_{who}_{what}": value for who in ("AUTHOR", "COMMITTER") for what, value in _IDENTITY}}
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env)
    if check and result.returncode != 0:
        raise AssertionError(f"{cmd} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


def git(cwd: Path, *args: str) -> str:
    """Run git in `cwd` with a fixed identity; returns stdout, raises on failure."""
    return run(["git", *args], cwd).stdout


def copy_paths(destination: Path, names: Iterable[str]) -> Path:
    """The named files and folders of this work tree (Python caches left out) copied to `destination`, committed
    as one snapshot in a fresh git repository: for tests that run `make generate` and the like on a copy."""
    destination.mkdir(parents=True, exist_ok=True)
    for name in names:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, destination / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, destination / name)
    git(destination, "init", "-q")
    git(destination, "add", "-A")
    git(destination, "commit", "-qm", "snapshot")
    return destination


#: for the few async tests that use asyncio's own API (asyncio.run inside, aiohttp-based azure credentials): every
#: other async test runs under asyncio and trio (anyio_mode = "auto" in pyproject.toml)
asyncio_only = pytest.mark.parametrize("anyio_backend", ["asyncio"])


async def gather(*awaitables: Awaitable[T]) -> list[T]:
    """`asyncio.gather` for any anyio backend: run the awaitables concurrently, results in order."""
    import anyio

    results: list[T | None] = [None] * len(awaitables)

    async def run(index: int, awaitable: Awaitable[T]) -> None:
        results[index] = await awaitable

    async with anyio.create_task_group() as group:
        for index, awaitable in enumerate(awaitables):
            group.start_soon(run, index, awaitable)
    return results  # type: ignore[return-value]
