"""tools/type_completeness.py, which make typecheck runs on pyright's verdict: it fails below 100 % or on an error."""

from __future__ import annotations

from typing import Any

from type_completeness import report


def _result(score: float, errors: int = 0) -> dict[str, Any]:
    diagnostics = [
        {
            "file": "pkg/mod.py",
            "severity": "error",
            "message": "Type is missing type annotation\nmore",
            "range": {"start": {"line": 9, "character": 4}},
        }
        for _ in range(errors)
    ]
    counts = {"withKnownType": 9, "withAmbiguousType": 1, "withUnknownType": 0}
    return {
        "generalDiagnostics": diagnostics,
        "typeCompleteness": {"completenessScore": score, "exportedSymbolCounts": counts},
    }


def test_a_complete_package_passes() -> None:
    lines, complete = report(_result(1.0), "pkg")
    assert complete
    assert lines == [
        "pyright --verifytypes pkg: 100.0% type completeness (9 known, 1 ambiguous, 0 unknown exported symbols)"
    ]


def test_an_incomplete_package_fails_and_names_each_problem() -> None:
    lines, complete = report(_result(0.869, errors=2), "pkg")
    assert not complete
    assert lines[0].startswith("pyright --verifytypes pkg: 86.9% type completeness")
    assert lines[1:] == ["  pkg/mod.py:10: Type is missing type annotation"] * 2


def test_no_result_is_a_failure() -> None:
    assert report({}, "pkg") == (
        ["pyright --verifytypes pkg: 0.0% type completeness (0 known, 0 ambiguous, 0 unknown exported symbols)"],
        False,
    )
