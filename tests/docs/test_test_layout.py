"""The README's promise about the tests' arrangement: by subject, nothing left at the top of tests/."""

from __future__ import annotations

from support import ROOT

SUBJECTS = {"client", "cli", "testing", "codegen", "docs", "reliability", "dist"}


def test_every_test_file_lives_in_a_subject_folder_the_readme_names() -> None:
    tests = ROOT / "tests"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert not sorted(p.name for p in tests.glob("test_*.py")), "a test file at the top of tests/"
    folders = {p.parent.relative_to(tests).parts[0] for p in tests.rglob("test_*.py")}
    assert folders == SUBJECTS
    assert all(f"`tests/{subject}`" in readme for subject in SUBJECTS)
