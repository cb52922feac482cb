"""What the built sdist and wheel must contain, checked against the source tree (no install needed).

Used by ``dist_check.py`` (``make dist-check``) on the real artifacts and by ``test_dist_artifacts.py`` in the
normal suite. Every check returns a list of problems, each a sentence naming what is missing or extra; an
empty list means the artifact is right.

The expected contents are the source files git sees (tracked, or untracked and not ignored: exactly what
hatchling would pick up), so a stray file in a package folder shows up as an extra file in the wheel.
"""

from __future__ import annotations

import hashlib
import subprocess
import tarfile
import tomllib
import zipfile
from email.message import Message
from email.parser import Parser
from pathlib import Path, PurePosixPath

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

DIST_NAME = "conversation-items"
# import package -> its source folder in this repository
PACKAGE_SOURCES = {
    "conversation_items": "overrides/conversation_items",
    "conversation_items_client": "generated/conversation_items_client",
}
# both packages are typed; without the marker mypy treats an installed package as untyped (`Any`)
TYPED_PACKAGES = tuple(PACKAGE_SOURCES)
LICENSE_FILE = "LICENSE"
LICENSE_EXPRESSION = "MIT"
# entry points the README documents; required whatever pyproject.toml says, so losing one is caught
REQUIRED_ENTRY_POINTS = {
    ("console_scripts", "conversation-items"): "conversation_items.cli:main",
    ("pytest11", "conversation_items"): "conversation_items.pytest_plugin",
}
REQUIRED_CLASSIFIERS = (
    "Typing :: Typed",
    "Programming Language :: Python :: 3.11",
    "Programming Language :: Python :: 3.12",
    "Programming Language :: Python :: 3.13",
)
# the kinds of file a package folder may hold: code, the typing marker, fixture items and their README
PACKAGE_FILE_SUFFIXES = (".py", ".json", ".md")
ALWAYS_IN_SDIST = ("pyproject.toml", "README.md", LICENSE_FILE, ".gitignore", "PKG-INFO")


def source_files(root: Path, paths: list[str]) -> set[str]:
    """Files under ``paths`` (relative to ``root``) that exist and that git does not ignore."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", *paths],
        cwd=root,
        capture_output=True,
        check=True,
    ).stdout.decode()
    return {name for name in listed.split("\0") if name and (root / name).is_file()}


def expected_wheel_files(root: Path) -> set[str]:
    """The wheel's files outside ``.dist-info``: every file of both source packages, at its import path."""
    files = set()
    for package, folder in PACKAGE_SOURCES.items():
        for name in source_files(root, [folder]):
            files.add(package + name[len(folder) :])
    return files


def expected_sdist_files(root: Path) -> set[str]:
    """The sdist's files (without its top folder): the sources its include list names, and the fixed extras."""
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    include = config["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]
    listed = source_files(root, [pattern.strip("/") for pattern in include])
    return listed | set(ALWAYS_IN_SDIST)


def _compare(label: str, actual: set[str], expected: set[str]) -> list[str]:
    problems = [f"{label}: {name} is missing" for name in sorted(expected - actual)]
    problems += [f"{label}: {name} is extra (not in the sources)" for name in sorted(actual - expected)]
    return problems


def _metadata(text: str) -> Message:
    return Parser().parsestr(text)


def _dev_tool_names(root: Path) -> set[str]:
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    names: set[str] = set()
    for entries in config.get("dependency-groups", {}).values():
        names |= {canonicalize_name(Requirement(e).name) for e in entries if isinstance(e, str)}
    return names


def check_metadata(metadata: Message, root: Path, label: str) -> list[str]:
    """License, classifiers, URLs and requirements in METADATA / PKG-INFO."""
    problems = []
    if metadata.get("License-Expression") != LICENSE_EXPRESSION:
        problems.append(f"{label}: License-Expression is {metadata.get('License-Expression')!r}, not 'MIT'")
    if LICENSE_FILE not in (metadata.get_all("License-File") or []):
        problems.append(f"{label}: no License-File: {LICENSE_FILE} (the LICENSE is not shipped)")
    classifiers = metadata.get_all("Classifier") or []
    problems += [f"{label}: classifier {c!r} is missing" for c in REQUIRED_CLASSIFIERS if c not in classifiers]
    problems += [
        f"{label}: {c!r}: PEP 639 replaces License classifiers" for c in classifiers if c.startswith("License ::")
    ]
    if not metadata.get_all("Project-URL"):
        problems.append(f"{label}: no Project-URL")
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime = {canonicalize_name(Requirement(r).name) for r in config["dependencies"]}
    extras = set(config.get("optional-dependencies", {}))
    if set(metadata.get_all("Provides-Extra") or []) != extras:
        problems.append(f"{label}: Provides-Extra is {metadata.get_all('Provides-Extra')}, expected {sorted(extras)}")
    optional = {
        canonicalize_name(Requirement(r).name) for rs in config.get("optional-dependencies", {}).values() for r in rs
    }
    dev_tools = _dev_tool_names(root) - runtime - optional
    for line in metadata.get_all("Requires-Dist") or []:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        if name in dev_tools:
            problems.append(f"{label}: development tool published as a requirement: {line}")
        elif requirement.marker is None and name not in runtime:
            problems.append(f"{label}: requirement not in [project].dependencies: {line}")
        elif requirement.marker is not None and not any(requirement.marker.evaluate({"extra": e}) for e in extras):
            problems.append(f"{label}: conditional requirement outside the declared extras: {line}")
    return problems


def check_wheel(wheel: Path, root: Path) -> list[str]:
    """The wheel holds exactly the source packages, both typing markers, the LICENSE and the entry points."""
    label = f"wheel {wheel.name}"
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        dist_info = {n.split("/", 1)[0] for n in names if n.split("/", 1)[0].endswith(".dist-info")}
        if len(dist_info) != 1:
            return [f"{label}: expected one .dist-info folder, found {sorted(dist_info)}"]
        info = dist_info.pop()
        problems = _compare(label, {n for n in names if not n.startswith(info + "/")}, expected_wheel_files(root))
        odd = sorted(n for n in names if not n.startswith(info + "/") and not _is_package_file(n))
        problems += [f"{label}: {n} is not a kind of file a package ships (.py, .json, .md, py.typed)" for n in odd]
        for package in TYPED_PACKAGES:
            if f"{package}/py.typed" not in names:
                problems.append(
                    f"{label}: py.typed missing: {package}/py.typed (mypy would treat {package} as untyped)"
                )
        license_path = f"{info}/licenses/{LICENSE_FILE}"
        if license_path not in names:
            problems.append(f"{label}: LICENSE missing: no {license_path}")
        elif (root / LICENSE_FILE).is_file() and archive.read(license_path) != (root / LICENSE_FILE).read_bytes():
            problems.append(f"{label}: {license_path} differs from the repository's {LICENSE_FILE}")
        entry_points = (
            _entry_points(archive.read(f"{info}/entry_points.txt").decode())
            if (f"{info}/entry_points.txt" in names)
            else {}
        )
        for (group, name), value in REQUIRED_ENTRY_POINTS.items():
            if entry_points.get((group, name)) != value:
                kind = "console script" if group == "console_scripts" else f"{group} entry point"
                problems.append(f"{label}: {kind} {name} missing (expected {name} = {value} in entry_points.txt)")
        problems += check_metadata(_metadata(archive.read(f"{info}/METADATA").decode()), root, label)
    return problems


def _is_package_file(name: str) -> bool:
    path = PurePosixPath(name)
    return path.name == "py.typed" or path.suffix in PACKAGE_FILE_SUFFIXES


def _entry_points(text: str) -> dict[tuple[str, str], str]:
    points: dict[tuple[str, str], str] = {}
    group = ""
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1]
        elif "=" in line:
            name, value = (part.strip() for part in line.split("=", 1))
            points[(group, name)] = value
    return points


def sdist_members(sdist: Path) -> tuple[str, dict[str, bytes]]:
    """The sdist's top folder name and its regular files (path below the top folder -> content)."""
    with tarfile.open(sdist) as archive:
        members = [m for m in archive.getmembers() if m.isfile()]
        top = members[0].name.split("/", 1)[0]
        files = {}
        for member in members:
            handle = archive.extractfile(member)
            assert handle is not None
            files[member.name.split("/", 1)[1]] = handle.read()
    return top, files


def check_sdist(sdist: Path, root: Path) -> list[str]:
    """The sdist holds exactly the sources of its include list, plus pyproject.toml, README, LICENSE, PKG-INFO."""
    label = f"sdist {sdist.name}"
    _, files = sdist_members(sdist)
    problems = _compare(label, set(files), expected_sdist_files(root))
    if LICENSE_FILE not in files:
        problems.append(f"{label}: LICENSE missing: no {LICENSE_FILE} at the top")
    for package, folder in PACKAGE_SOURCES.items():
        if package in TYPED_PACKAGES and f"{folder}/py.typed" not in files:
            problems.append(f"{label}: py.typed missing: {folder}/py.typed")
    if "PKG-INFO" in files:
        problems += check_metadata(_metadata(files["PKG-INFO"].decode()), root, label)
    return problems


def wheel_digests(wheel: Path) -> dict[str, str]:
    """Each file of a wheel -> the sha256 of its content."""
    with zipfile.ZipFile(wheel) as archive:
        return {name: hashlib.sha256(archive.read(name)).hexdigest() for name in archive.namelist()}


def compare_wheels(first: Path, second: Path) -> list[str]:
    """Two wheels of the same version hold the same files with the same content."""
    a, b = wheel_digests(first), wheel_digests(second)
    problems = [f"wheels differ: {n} only in {first.parent.name}/{first.name}" for n in sorted(set(a) - set(b))]
    problems += [f"wheels differ: {n} only in {second.parent.name}/{second.name}" for n in sorted(set(b) - set(a))]
    problems += [f"wheels differ: {n} has different content" for n in sorted(set(a) & set(b)) if a[n] != b[n]]
    return problems


def check_same_metadata(wheel: Path, sdist: Path) -> list[str]:
    """The sdist's PKG-INFO and the wheel's METADATA describe the same distribution."""
    with zipfile.ZipFile(wheel) as archive:
        info = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        wheel_meta = _metadata(archive.read(info).decode())
    _, files = sdist_members(sdist)
    sdist_meta = _metadata(files.get("PKG-INFO", b"").decode())
    fields = ("Name", "Version", "Requires-Python", "License-Expression", "License-File", "Classifier",
              "Requires-Dist", "Provides-Extra", "Project-URL")  # fmt: skip
    return [
        f"PKG-INFO and METADATA disagree on {field}: {sdist_meta.get_all(field)} != {wheel_meta.get_all(field)}"
        for field in fields
        if sorted(sdist_meta.get_all(field) or []) != sorted(wheel_meta.get_all(field) or [])
    ]
