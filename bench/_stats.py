"""Timing, summary and table helpers shared by every bench script.

A result is a list of row dicts (so that `run.py --json` can write them as they are):

- a *figure*: ``{"kind": "figure", "section", "name", "median", "min", "max", "n", "unit"}``;
  median/min/max are over the repeated runs of one measurement.
- a *ratio*: ``{"kind": "ratio", "section", "name", "value", "min", "max", "unit": "x",
  "op", "target", "met"}``; the ratio a target is stated in, checked against it (``met`` is
  ``None`` for an informational ratio). min/max say how the ratio spreads (over items or runs).
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import math
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
PYTHON = sys.executable

Row = dict[str, Any]

_OPS: dict[str, Callable[[float, float], bool]] = {
    "<=": lambda value, target: value <= target,
    "<": lambda value, target: value < target,
    ">=": lambda value, target: value >= target,
    ">": lambda value, target: value > target,
}


# -- timing ------------------------------------------------------------------------------------
def time_loop(fn: Callable[[Any], object], arg: Any, loops: int) -> float:
    """Nanoseconds per call of ``fn(arg)``, over one batch of ``loops`` calls."""
    counter = time.perf_counter_ns
    repeat = itertools.repeat(None, loops)
    start = counter()
    for _ in repeat:
        fn(arg)
    return (counter() - start) / loops


def calibrate(fn: Callable[[Any], object], arg: Any, target_ns: float) -> int:
    """A loop count so that one batch of ``fn(arg)`` takes at least ``target_ns``."""
    loops = 1
    while True:
        per_call = time_loop(fn, arg, loops)
        if per_call * loops >= target_ns / 4 or loops >= 1 << 24:
            return max(1, math.ceil(target_ns / max(per_call, 1.0)))
        loops *= 4


def rotated(items: Sequence[Any], shift: int) -> list[Any]:
    """``items`` rotated left by ``shift``: round-robin order that changes every repeat."""
    if not items:
        return []
    shift %= len(items)
    return list(items[shift:]) + list(items[:shift])


def collect() -> None:
    """Start a measurement from a clean heap (the garbage collector stays on while timing)."""
    gc.collect()


# -- summaries ---------------------------------------------------------------------------------
def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


def figure(section: str, name: str, samples: Sequence[float], unit: str, note: str = "") -> Row:
    return {
        "kind": "figure",
        "section": section,
        "name": name,
        "median": statistics.median(samples),
        "min": min(samples),
        "max": max(samples),
        "n": len(samples),
        "unit": unit,
        "note": note,
    }


def ratio(
    section: str,
    name: str,
    value: float,
    *,
    op: str | None = None,
    target: float | None = None,
    spread: Sequence[float] = (),
    note: str = "",
    unit: str = "x",
) -> Row:
    """A ratio row; with ``op``/``target`` it is checked (``value op target``), else informational."""
    met = None if op is None or target is None or math.isnan(value) else _OPS[op](value, target)
    return {
        "kind": "ratio",
        "section": section,
        "name": name,
        "value": value,
        "min": min(spread) if spread else None,
        "max": max(spread) if spread else None,
        "unit": unit,
        "op": op,
        "target": target,
        "met": met,
        "note": note,
    }


def note(section: str, text: str) -> Row:
    return {"kind": "note", "section": section, "text": text}


# -- output ------------------------------------------------------------------------------------
def _num(value: float | None) -> str:
    if value is None:
        return "-"
    if math.isnan(value):
        return "n/a"
    magnitude = abs(value)
    if magnitude >= 1000:
        return f"{value:,.0f}"
    if magnitude >= 100:
        return f"{value:.1f}"
    if magnitude >= 10:
        return f"{value:.2f}"
    return f"{value:.3f}"


def format_table(rows: Sequence[Row]) -> str:
    """One table: figures (median/min/max over runs), then each section's ratios with target and verdict."""
    header = ("measure", "median", "min", "max", "unit", "target", "result")
    lines: list[tuple[str, ...]] = []
    notes: list[str] = []
    section = None
    for row in rows:
        if row["kind"] == "note":
            notes.append(f"[{row['section']}] {row['text']}")
            continue
        if row["kind"] not in ("figure", "ratio"):
            continue  # details go to --json only
        if row["section"] != section:
            section = row["section"]
            lines.append((f"== {section} ==", "", "", "", "", "", ""))
        if row["kind"] == "figure":
            lines.append(
                (
                    "  " + row["name"],
                    _num(row["median"]),
                    _num(row["min"]),
                    _num(row["max"]),
                    row["unit"],
                    "",
                    "",
                )
            )
        else:
            unit = "x" if row["unit"] == "x" else f" {row['unit']}"
            target = "" if row["op"] is None else f"{row['op']} {row['target']:g}{unit}"
            result = {True: "MET", False: "MISSED", None: "info"}[row["met"]]
            lines.append(
                (
                    "  " + row["name"],
                    _num(row["value"]),
                    _num(row["min"]),
                    _num(row["max"]),
                    row["unit"],
                    target,
                    result,
                )
            )
    widths = [max(len(h), *(len(line[i]) for line in lines)) if lines else len(h) for i, h in enumerate(header)]

    def fmt(cells: Sequence[str]) -> str:
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        return "  ".join([first, *rest]).rstrip()

    out = [fmt(header), fmt(["-" * w for w in widths])]
    out += [fmt(line) for line in lines]
    checked = [r for r in rows if r["kind"] == "ratio" and r["met"] is not None]
    missed = [r for r in checked if not r["met"]]
    out.append("")
    out.append(f"targets: {len(checked) - len(missed)} of {len(checked)} MET, {len(missed)} MISSED")
    for r in missed:
        unit = "x" if r["unit"] == "x" else f" {r['unit']}"
        got = f"{_num(r['value'])}{unit}"
        out.append(f"  MISSED: [{r['section']}] {r['name']} = {got} (target {r['op']} {r['target']:g}{unit})")
    if notes:
        out.append("notes:")
        out += [f"  {text}" for text in notes]
    return "\n".join(out)


def write_json(path: str, rows: Sequence[Row], **meta: Any) -> None:
    Path(path).write_text(json.dumps({"meta": meta, "rows": list(rows)}, indent=2, default=str) + "\n")


def standalone(description: str, run: Callable[[bool], list[Row]]) -> None:
    """The ``main()`` of a bench script run alone: ``--quick``, ``--json PATH``, print the table."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--quick", action="store_true", help="tiny counts (CI smoke run)")
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON")
    args = parser.parse_args()
    rows = run(args.quick)
    print(format_table(rows))
    if args.json:
        write_json(args.json, rows, quick=args.quick, python=sys.version)
