"""The locks in requirements/ agree with pyproject.toml, so `make venv` installs what pyproject.toml asks for.

`make lock` writes them (uv pip compile, universal, hashed); these tests fail when pyproject.toml changed and
the lock was not regenerated, and say so.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version
from support import ROOT

DEV_LOCK = ROOT / "requirements" / "dev.txt"
SMOKE_LOCK = ROOT / "requirements" / "smoke.txt"
PYPROJECT: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# they shape generated/: the drift check is only reproducible with exactly these
SHAPING_TOOLS = ("openapi-python-client", "ruff")


def parse_lock(path: Path) -> dict[str, list[tuple[Version, Marker | None, int]]]:
    """name -> [(pinned version, marker, number of hashes)] of a requirements file written by uv."""
    pins: dict[str, list[tuple[Version, Marker | None, int]]] = {}
    logical = path.read_text(encoding="utf-8").replace("\\\n", " ")
    for raw in logical.splitlines():
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        hashes = line.count("--hash=sha256:")
        requirement = Requirement(line.split(" --hash", 1)[0].strip())
        (specifier,) = requirement.specifier
        assert specifier.operator == "==", f"{path.name}: {line} is not pinned exactly"
        pins.setdefault(canonicalize_name(requirement.name), []).append(
            (Version(specifier.version), requirement.marker, hashes)
        )
    return pins


def group(name: str) -> list[str]:
    """A dependency group's requirement strings, with `include-group` entries expanded (PEP 735)."""
    entries: list[str] = []
    for entry in PYPROJECT["dependency-groups"][name]:
        entries += group(entry["include-group"]) if isinstance(entry, dict) else [entry]
    return entries


def declared_for_dev() -> list[str]:
    project = PYPROJECT["project"]
    names = list(PYPROJECT["dependency-groups"])
    extras = [r for extra in ("azure", "httpx2") for r in project["optional-dependencies"][extra]]
    return [*project["dependencies"], *extras, *(r for g in names for r in group(g))]


def locked_version(pins: dict[str, list[tuple[Version, Marker | None, int]]], name: str) -> Version | None:
    """The version the lock installs here for `name` (its marker, if any, evaluated for this interpreter)."""
    for version, marker, _ in pins.get(canonicalize_name(name), []):
        if marker is None or marker.evaluate():
            return version
    return None


@pytest.mark.parametrize(("lock", "requirements"), [(DEV_LOCK, declared_for_dev()), (SMOKE_LOCK, None)])
def test_every_declared_requirement_is_locked_at_a_version_it_allows(
    lock: Path, requirements: list[str] | None
) -> None:
    if requirements is None:
        requirements = [*PYPROJECT["project"]["dependencies"], *group("smoke")]
    pins = parse_lock(lock)
    stale = []
    for line in requirements:
        requirement = Requirement(line)
        version = locked_version(pins, requirement.name)
        if version is None or not requirement.specifier.contains(version, prereleases=True):
            stale.append(f"{line} (locked: {version})")
    assert not stale, f"{lock.name} is stale, run `make lock`: {stale}"


def test_every_pin_has_hashes() -> None:
    for lock in (DEV_LOCK, SMOKE_LOCK):
        unhashed = [name for name, pins in parse_lock(lock).items() for _, _, hashes in pins if hashes == 0]
        assert not unhashed, f"{lock.name}: no --hash for {unhashed}"


def test_the_smoke_lock_uses_the_dev_locks_versions() -> None:
    dev = parse_lock(DEV_LOCK)
    for name, pins in parse_lock(SMOKE_LOCK).items():
        for version, _, _ in pins:
            assert version in {v for v, _, _ in dev.get(name, [])}, f"smoke.txt has {name} {version}, dev.txt does not"


def test_the_tools_that_shape_generated_code_are_pinned_exactly_in_pyproject_and_the_lock() -> None:
    dev_group = {str(canonicalize_name(Requirement(r).name)): Requirement(r) for r in group("dev")}
    pins = parse_lock(DEV_LOCK)
    for name in SHAPING_TOOLS:
        (specifier,) = dev_group[name].specifier
        assert specifier.operator == "==", f"{name} must be pinned exactly in the dev group"
        assert locked_version(pins, name) == Version(specifier.version)


def test_the_locked_build_backend_satisfies_build_system_requires() -> None:
    pins = parse_lock(DEV_LOCK)
    for line in PYPROJECT["build-system"]["requires"]:
        requirement = Requirement(line)
        version = locked_version(pins, requirement.name)
        assert version is not None and requirement.specifier.contains(version), f"{line}: locked {version}"


def test_no_development_tool_is_a_published_requirement() -> None:
    project = PYPROJECT["project"]
    published = [*project["dependencies"], *(r for rs in project["optional-dependencies"].values() for r in rs)]
    published_names = {canonicalize_name(Requirement(r).name) for r in published}
    tools = {"mypy", "pytest", "ruff", "hypothesis", "openapi-python-client", "openai", "uv", "build", "hatchling"}
    assert not published_names & tools
    assert set(project["optional-dependencies"]) == {"azure", "httpx2"}
