"""Reads `pyright --verifytypes PACKAGE --outputjson` on stdin; prints the score and each problem; exits 1 below 100 %.

The score is the share of the package's public symbols whose types pyright knows without inferring them; a symbol
that is missing an annotation, or whose type is partially unknown, is listed with its file and line.
"""

from __future__ import annotations

import json
import sys
from typing import Any


def report(result: dict[str, Any], package: str) -> tuple[list[str], bool]:
    """The lines to print and whether the package is 100 % complete with no error."""
    completeness = result.get("typeCompleteness") or {}
    score = float(completeness.get("completenessScore", 0.0))
    counts = completeness.get("exportedSymbolCounts") or {}
    problems = [d for d in result.get("generalDiagnostics", []) if d.get("severity") == "error"]
    lines = [
        f"pyright --verifytypes {package}: {score:.1%} type completeness "
        f"({counts.get('withKnownType', 0)} known, {counts.get('withAmbiguousType', 0)} ambiguous, "
        f"{counts.get('withUnknownType', 0)} unknown exported symbols)"
    ]
    for problem in problems:
        where = problem.get("file", "")
        line = (problem.get("range") or {}).get("start", {}).get("line", -1) + 1
        lines.append(f"  {where}:{line}: {problem.get('message', '').splitlines()[0]}")
    return lines, score == 1.0 and not problems


def main(argv: list[str]) -> int:
    package = argv[1] if len(argv) > 1 else "?"
    try:
        result = json.loads(sys.stdin.read())
    except json.JSONDecodeError as exc:
        print(f"pyright --verifytypes {package}: no JSON result ({exc})", file=sys.stderr)
        return 1
    lines, complete = report(result, package)
    print("\n".join(lines))
    return 0 if complete else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
