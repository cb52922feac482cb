"""The sdist and wheel hold exactly the source packages, and the artifact checks catch what a release can lose.

Builds both artifacts once (``python -m build --no-isolation``: the sdist, then the wheel from it; about two
seconds), checks them against the sources, then checks doctored copies of them. ``make dist-check`` runs
the same checks plus the installed smoke suite in a fresh venv (see README.md here).
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from collections.abc import Callable
from pathlib import Path

import dist_artifacts
import dist_check
import dist_smoke
import pytest
from support import ROOT

Edit = Callable[[str, bytes], bytes | None]

# the expected contents are git's view of the sources (an unpacked sdist has none)
pytestmark = pytest.mark.skipif(
    shutil.which("git") is None or not (ROOT / ".git").exists(), reason="needs a git checkout"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    return next(out.glob("*.whl")), next(out.glob("*.tar.gz"))


def doctor_wheel(wheel: Path, target: Path, edit: Edit, add: dict[str, bytes] | None = None) -> Path:
    """A copy of ``wheel`` where ``edit(name, data)`` returns each file's new content (None drops it)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(wheel) as source, zipfile.ZipFile(target, "w") as copy:
        for name in source.namelist():
            data = edit(name, source.read(name))
            if data is not None:
                copy.writestr(name, data)
        for name, data in (add or {}).items():
            copy.writestr(name, data)
    return target


def drop(suffix: str) -> Edit:
    return lambda name, data: None if name.endswith(suffix) else data


def replace_in(suffix: str, old: bytes, new: bytes) -> Edit:
    def edit(name: str, data: bytes) -> bytes:
        if name.endswith(suffix):
            assert old in data, f"{old!r} not in {name}"
            return data.replace(old, new)
        return data

    return edit


def test_the_wheel_holds_exactly_the_source_packages(built: tuple[Path, Path]) -> None:
    wheel, _ = built
    assert dist_artifacts.check_wheel(wheel, ROOT) == []
    names = set(dist_artifacts.wheel_digests(wheel))
    assert {"conversation_items/py.typed", "conversation_items_client/py.typed"} <= names
    assert "conversation_items/fixtures/items/function_call.json" in names


def test_the_sdist_holds_exactly_its_sources_and_agrees_with_the_wheel(built: tuple[Path, Path]) -> None:
    wheel, sdist = built
    assert dist_artifacts.check_sdist(sdist, ROOT) == []
    assert dist_artifacts.check_same_metadata(wheel, sdist) == []
    _, files = dist_artifacts.sdist_members(sdist)
    assert files["LICENSE"] == (ROOT / "LICENSE").read_bytes()
    assert "bench/README.md" not in files  # the include list is anchored at the root


def test_the_published_requirements_are_the_runtime_ones_and_the_azure_extra(built: tuple[Path, Path]) -> None:
    wheel, _ = built
    with zipfile.ZipFile(wheel) as archive:
        info = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = dist_artifacts._metadata(archive.read(info).decode())
    published = metadata.get_all("Requires-Dist") or []
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert len(published) == len(project["dependencies"]) + len(project["optional-dependencies"]["azure"])
    names = {r.split(";")[0].split(">")[0].split("<")[0] for r in published}
    assert names == {"httpx", "attrs", "anyio", "azure-identity", "aiohttp"}
    assert metadata.get_all("Provides-Extra") == ["azure"]


@pytest.mark.parametrize(
    ("edit", "add", "named"),
    [
        (drop("conversation_items/py.typed"), None, "py.typed missing: conversation_items/py.typed"),
        (drop("conversation_items_client/py.typed"), None, "py.typed missing: conversation_items_client/py.typed"),
        (drop("licenses/LICENSE"), None, "LICENSE missing"),
        (replace_in("licenses/LICENSE", b"MIT License", b"Some License"), None, "differs from the repository"),
        (drop("fixtures/items/function_call.json"), None, "function_call.json is missing"),
        (drop("models/function_call_item.py"), None, "function_call_item.py is missing"),
        (lambda n, d: d, {"conversation_items/notes.txt": b"x"}, "notes.txt is extra"),
        (lambda n, d: d, {"conversation_items/notes.txt": b"x"}, "not a kind of file a package ships"),
        (
            replace_in("entry_points.txt", b"conversation-items =", b"conversation-itemz ="),
            None,
            "console script conversation-items missing",
        ),
        (replace_in("entry_points.txt", b"[pytest11]", b"[pytest12]"), None, "pytest11 entry point"),
        (
            replace_in(
                "METADATA",
                b"Provides-Extra: azure\n",
                b"Provides-Extra: azure\nProvides-Extra: dev\nRequires-Dist: ruff==0.17.5; extra == 'dev'\n",
            ),
            None,
            "development tool published",
        ),
        (replace_in("METADATA", b"Classifier: Typing :: Typed\n", b""), None, "'Typing :: Typed' is missing"),
        (
            replace_in(
                "METADATA",
                b"Classifier: Typing :: Typed\n",
                b"Classifier: Typing :: Typed\nClassifier: License :: OSI Approved :: MIT License\n",
            ),
            None,
            "PEP 639",
        ),
        (replace_in("METADATA", b"License-Expression: MIT", b"License-Expression: Apache-2.0"), None, "not 'MIT'"),
    ],
)
def test_the_wheel_check_names_what_a_doctored_wheel_lost(
    built: tuple[Path, Path], tmp_path: Path, edit: Edit, add: dict[str, bytes] | None, named: str
) -> None:
    wheel, _ = built
    doctored = doctor_wheel(wheel, tmp_path / wheel.name, edit, add)
    problems = dist_artifacts.check_wheel(doctored, ROOT)
    assert any(named in problem for problem in problems), problems


def test_wheels_that_differ_in_one_file_are_told_apart(built: tuple[Path, Path], tmp_path: Path) -> None:
    wheel, _ = built
    assert dist_artifacts.compare_wheels(wheel, wheel) == []
    changed = doctor_wheel(wheel, tmp_path / "a" / wheel.name, replace_in("cli/_main.py", b"def main", b"def main_"))
    assert dist_artifacts.compare_wheels(wheel, changed) == [
        "wheels differ: conversation_items/cli/_main.py has different content"
    ]
    shorter = doctor_wheel(wheel, tmp_path / "b" / wheel.name, drop("conversation_items/py.typed"))
    assert dist_artifacts.compare_wheels(wheel, shorter) == [
        f"wheels differ: conversation_items/py.typed only in {wheel.parent.name}/{wheel.name}"
    ]


def test_the_sdist_check_names_a_missing_license_and_an_extra_file(built: tuple[Path, Path], tmp_path: Path) -> None:
    _, sdist = built
    doctored = tmp_path / sdist.name
    with tarfile.open(sdist) as source, tarfile.open(doctored, "w:gz") as copy:
        for member in source.getmembers():
            if member.name.endswith("/LICENSE"):
                continue
            copy.addfile(member, source.extractfile(member) if member.isfile() else None)
        extra = tarfile.TarInfo(f"{sdist.name.removesuffix('.tar.gz')}/overrides/conversation_items/scratch.py")
        extra.size = 1
        copy.addfile(extra, io.BytesIO(b"x"))
    problems = dist_artifacts.check_sdist(doctored, ROOT)
    assert any("LICENSE missing" in p for p in problems), problems
    assert any("overrides/conversation_items/scratch.py is extra" in p for p in problems), problems


def test_the_proofs_breakages_edit_pyproject_as_intended(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_bytes((ROOT / "pyproject.toml").read_bytes())
    (tmp_path / "LICENSE").write_text("MIT License\n")
    dist_check.drop_console_script(tmp_path)
    project = tomllib.loads((tmp_path / "pyproject.toml").read_text())["project"]
    assert "scripts" not in project and "pytest11" in project["entry-points"]
    dist_check.drop_license(tmp_path)
    project = tomllib.loads((tmp_path / "pyproject.toml").read_text())["project"]
    assert "license-files" not in project and project["license"] == "MIT"
    assert not (tmp_path / "LICENSE").exists()


@pytest.mark.parametrize(
    "printed",
    ["Union[pkg.a.A, pkg.b.B, pkg.types.UnknownItem]", "pkg.a.A | pkg.b.B | pkg.types.UnknownItem"],
)
def test_the_smoke_suite_reads_both_spellings_of_a_union(printed: str) -> None:
    assert dist_smoke.union_members(printed) == {"pkg.a.A", "pkg.b.B", "pkg.types.UnknownItem"}


def test_smoke_failures_are_grouped_by_check() -> None:
    output = "ok   imports (0.1 s)\nFAIL py.typed: py.typed missing: x\nFAIL mypy: a\nFAIL mypy: b\nsmoke: 5 of 7\n"
    assert dist_check.failures(output) == {"py.typed": ["py.typed missing: x"], "mypy": ["a", "b"]}
