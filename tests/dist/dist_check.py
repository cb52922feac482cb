"""``make dist-check``: build the artifacts, check them against the sources, smoke-test the wheel in a fresh venv.

Steps (each prints one line; the first failure stops the run with exit code 1):

1. build the sdist and a wheel from it (``python -m build``), and a second wheel from the source tree;
2. the two wheels hold the same files with the same content, and wheel and sdist hold exactly the source
   files, both ``py.typed`` markers, the LICENSE, the entry points and clean metadata (``dist_artifacts``);
3. one fresh venv (``--python``): the locked smoke toolchain (``--lock``, hash-checked: the wheel's requirements
   with its ``[azure]`` extra, mypy, pytest), then the wheel built from the sdist with ``--no-deps``, then
   ``wheel[azure]`` from what is installed only (``--no-index``), and ``pip check``;
4. the user-level smoke suite (``dist_smoke.py``) in that venv, from a working folder outside the repository,
   including the project's real azure-identity tests (``tests/client/test_azure_identity.py``, sync and aio);
5. proof that the checks can fail: for each of a missing ``py.typed``, LICENSE and console script, a wheel
   built from a copy of the sources without it must fail both the artifact check and the smoke suite, with
   a message naming it, and nothing else may fail. The good wheel is reinstalled afterwards.

Builds use ``--no-isolation`` with the locked hatchling of the running venv, so nothing unpinned is fetched.
"""

from __future__ import annotations

import argparse
import functools
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import dist_artifacts

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
# a user's files, and the real azure-identity tests, which must pass with nothing but the wheel[azure] and pytest
USER_FILES = [*sorted((HERE / "user").glob("*.py")), ROOT / "tests" / "client" / "test_azure_identity.py"]
# what a wheel build needs from a copy of the sources
WHEEL_SOURCES = ["pyproject.toml", "README.md", "LICENSE", ".gitignore", "overrides", "generated"]


class CheckFailed(Exception):
    """A step found problems; its message lists them."""


def run(args: list[str | Path], cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise CheckFailed(f"{' '.join(map(str, args))} exited {result.returncode}:\n{result.stdout}{result.stderr}")
    return result


def build(source: Path, out: Path, *, wheel_only: bool = False) -> None:
    mode = ["--wheel"] if wheel_only else []
    run([sys.executable, "-m", "build", "--no-isolation", *mode, "--outdir", out, source])


def only(folder: Path, pattern: str) -> Path:
    found = sorted(folder.glob(pattern))
    if len(found) != 1:
        raise CheckFailed(f"expected one {pattern} in {folder}, found {[p.name for p in found]}")
    return found[0]


def expect_none(problems: list[str], what: str) -> None:
    if problems:
        raise CheckFailed(f"{what}:\n  " + "\n  ".join(problems))


def install(venv: Path, wheel: Path) -> None:
    pip: list[str | Path] = [venv / "bin" / "python", "-m", "pip", "--quiet"]
    run([*pip, "install", "--no-deps", "--no-index", "--force-reinstall", wheel])


def smoke(venv: Path, workdir: Path) -> tuple[int, str]:
    """Run the smoke suite in ``venv`` from ``workdir``; its exit code and output."""
    result = subprocess.run(
        [str(venv / "bin" / "python"), "-I", "dist_smoke.py"],
        cwd=workdir,
        capture_output=True,
        text=True,
        env=None,
    )
    return result.returncode, result.stdout + result.stderr


def failures(output: str) -> dict[str, list[str]]:
    """``FAIL <check>: <problem>`` lines of the smoke output, by check."""
    found: dict[str, list[str]] = {}
    for check, problem in re.findall(r"^FAIL ([a-z. ]+): (.*)$", output, re.M):
        found.setdefault(check, []).append(problem)
    return found


@dataclass(frozen=True)
class Breakage:
    """Something a release could lose, how to lose it in a copy, and what must then fail."""

    missing: str
    named: str  # every report of it must contain this
    failing_checks: frozenset[str]  # the smoke checks that must fail, and no others
    apply: Callable[[Path], None]


def drop_py_typed(copy: Path) -> None:
    (copy / "overrides" / "conversation_items" / "py.typed").unlink()


def drop_license(copy: Path) -> None:
    # as before this check existed: no file, and nothing in pyproject.toml naming one
    (copy / "LICENSE").unlink()
    pyproject = copy / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(re.sub(r"(?m)^license-files = .*\n", "", text), encoding="utf-8")


def drop_console_script(copy: Path) -> None:
    pyproject = copy / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(re.sub(r"(?m)^\[project\.scripts\]\n[^\[]*", "", text), encoding="utf-8")


BREAKAGES = (
    Breakage("conversation_items/py.typed", "py.typed", frozenset({"py.typed", "mypy", "pyright"}), drop_py_typed),
    Breakage("the LICENSE", "LICENSE", frozenset({"license"}), drop_license),
    Breakage(
        "the console script",
        "console script conversation-items",
        frozenset({"entry points", "cli"}),
        drop_console_script,
    ),
)


def copy_sources(destination: Path) -> None:
    for name in sorted(dist_artifacts.source_files(ROOT, WHEEL_SOURCES)):
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    subprocess.run(["git", "init", "-q"], cwd=destination, check=True)


def prove_breakage(breakage: Breakage, out: Path, venv: Path, workdir: Path) -> None:
    copy = out / "broken" / breakage.named.replace(" ", "-").replace(".", "-")
    copy_sources(copy)
    breakage.apply(copy)
    subprocess.run(["git", "add", "-A"], cwd=copy, check=True)  # expected files come from git's view of the copy
    build(copy, copy / "dist", wheel_only=True)
    wheel = only(copy / "dist", "*.whl")
    artifact_problems = dist_artifacts.check_wheel(wheel, copy)
    if not any(breakage.named in problem for problem in artifact_problems):
        raise CheckFailed(f"without {breakage.missing}, the wheel check did not name it: {artifact_problems}")
    install(venv, wheel)
    code, output = smoke(venv, workdir)
    failed = failures(output)
    named = all(any(breakage.named in p for p in failed.get(check, [])) for check in breakage.failing_checks)
    if code != 1 or set(failed) != breakage.failing_checks or not named:
        raise CheckFailed(
            f"without {breakage.missing}, the smoke suite should fail exactly {sorted(breakage.failing_checks)} "
            f"naming {breakage.named!r}; exit {code}, failed {sorted(failed)}:\n{output}"
        )


def step(label: str, action: Callable[[], str | None]) -> None:
    started = time.monotonic()
    print(f"dist-check: {label} ...", end="", flush=True)
    note = action()
    print(f" ok ({time.monotonic() - started:.1f} s){': ' + note if note else ''}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=Path("build/dist-check"), help="work folder (gitignored)")
    parser.add_argument("--python", default="python3", help="the interpreter of the fresh venv")
    parser.add_argument("--lock", type=Path, default=Path("requirements/smoke.txt"), help="what the venv gets")
    parser.add_argument("--skip-proof", action="store_true", help="skip step 5 (the checks-can-fail proof)")
    args = parser.parse_args(argv)
    out = (ROOT / args.out).resolve()
    venv = out / "venv"
    started = time.monotonic()

    def build_all() -> str:
        shutil.rmtree(out, ignore_errors=True)
        build(ROOT, out / "from-sdist")
        build(ROOT, out / "from-tree", wheel_only=True)
        return ", ".join(p.name for p in sorted((out / "from-sdist").iterdir()))

    def compare() -> str:
        sdist = only(out / "from-sdist", "*.tar.gz")
        wheel, second = only(out / "from-tree", "*.whl"), only(out / "from-sdist", "*.whl")
        expect_none(dist_artifacts.compare_wheels(wheel, second), "the wheel from the sdist differs from the tree's")
        problems = dist_artifacts.check_wheel(wheel, ROOT) + dist_artifacts.check_sdist(sdist, ROOT)
        expect_none(problems + dist_artifacts.check_same_metadata(wheel, sdist), "the artifacts are wrong")
        return f"{len(dist_artifacts.wheel_digests(wheel))} files in each wheel"

    def fresh_venv() -> str:
        run([args.python, "-m", "venv", "--clear", venv])
        run([venv / "bin" / "python", "-m", "pip", "install", "--quiet", "--require-hashes", "-r", ROOT / args.lock])
        wheel = only(out / "from-sdist", "*.whl")  # the one a release publishes (identical, checked above)
        install(venv, wheel)
        # with its [azure] extra, from what is installed only: fails if the lock lacks one of the extra's requirements
        pip: list[str | Path] = [venv / "bin" / "python", "-m", "pip", "--quiet", "install", "--no-index"]
        run([*pip, f"{wheel}[azure]"])
        run([venv / "bin" / "python", "-m", "pip", "check"])
        return str(venv.relative_to(ROOT) if venv.is_relative_to(ROOT) else venv)

    workdir = Path(tempfile.mkdtemp(prefix="conversation-items-smoke-"))  # outside the repository
    for name in [HERE / "dist_smoke.py", *USER_FILES]:
        shutil.copy2(name, workdir / name.name)

    def smoke_suite() -> str:
        code, output = smoke(venv, workdir)
        if code != 0:
            raise CheckFailed(f"the smoke suite failed (exit {code}):\n{output}")
        return output.strip().splitlines()[-1]

    try:
        step("build sdist, wheel from sdist, wheel from tree", build_all)
        step("compare wheels, sdist and sources", compare)
        step(f"fresh venv from {args.lock} + the wheel", fresh_venv)
        step("user-level smoke suite in the fresh venv", smoke_suite)
        if not args.skip_proof:
            for breakage in BREAKAGES:
                proof = functools.partial(prove_breakage, breakage, out, venv, workdir)
                step(f"proof: without {breakage.missing}, both checks fail naming it", proof)
            step("reinstall the good wheel", lambda: install(venv, only(out / "from-sdist", "*.whl")))
    except CheckFailed as failure:
        print(f"\ndist-check FAILED: {failure}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"dist-check: passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
