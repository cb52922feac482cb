"""`make test-newest` and what CI runs: the wire and reliability suites against the newest releases the metadata
allows, and why the lock itself cannot hold them (the pinned generator bounds httpx)."""

from __future__ import annotations

import importlib.metadata
import re

from packaging.requirements import Requirement
from packaging.version import Version
from support import ROOT
from test_lockfiles import DEV_LOCK, locked_version, parse_lock

MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")


def _make_variable(name: str) -> list[str]:
    found = re.search(rf"^{name} := ((?:.*\\\n)*.*)$", MAKEFILE, re.M)
    assert found, name
    return found.group(1).replace("\\\n", " ").split()


def test_ci_runs_the_dist_check_and_the_newest_versions_run() -> None:
    steps = re.findall(r"^make ([a-z-]+)", (ROOT / ".ci" / "run").read_text(encoding="utf-8"), re.M)
    assert {"check", "dist-check", "test-newest"} <= set(steps)


def test_test_newest_upgrades_the_project_to_the_highest_versions_and_runs_existing_suites() -> None:
    recipe = MAKEFILE.split("\ntest-newest:", 1)[1].split("\n\n", 1)[0]
    assert "--upgrade --resolution highest" in recipe and "-e '.[azure,httpx2]'" in recipe
    assert "-m pytest $(NEWEST_TESTS)" in recipe
    tests = _make_variable("NEWEST_TESTS")
    assert (
        "tests/reliability" in tests
        and "tests/client/test_client.py" in tests
        and "tests/client/test_azure_identity.py" in tests
    )
    assert all((ROOT / path).exists() for path in tests), [p for p in tests if not (ROOT / p).exists()]


def test_the_lock_keeps_httpx_below_0_29_only_because_the_pinned_generator_requires_it() -> None:
    """The README says so; when a generator release allows httpx 0.29, `make lock UPGRADE=1` should take it."""
    locked = locked_version(parse_lock(DEV_LOCK), "httpx")
    assert locked is not None
    if locked < Version("0.29"):
        bounds = [
            Requirement(r)
            for r in importlib.metadata.requires("openapi-python-client") or []
            if Requirement(r).name == "httpx"
        ]
        assert bounds and not any(b.specifier.contains("0.29.0") for b in bounds), (
            "the generator allows httpx 0.29 now: run `make lock UPGRADE=1` and update the README"
        )
