"""Run every benchmark in one go and print ONE table (see bench/README.md for how to read it).

    python bench/run.py            # full counts (make bench)
    python bench/run.py --quick    # tiny counts, < 60 s: proves the harness works (make bench QUICK=1, CI)
    python bench/run.py --json results.json [--only decode,import]

Targets are reported (MET / MISSED), never asserted: the exit status is 0 whenever the harness itself ran.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _stats
import bench_construct
import bench_decode
import bench_import
import bench_list
import bench_memory
import bench_roundtrip
import bench_seam
from _stats import Row

# the order they run in: the subprocess-only ones first, before this process has allocated much
BENCHES: dict[str, Callable[[bool], list[Row]]] = {
    "import": bench_import.run,
    "construct": bench_construct.run,
    "memory": bench_memory.run,
    "decode": bench_decode.run,
    "roundtrip": bench_roundtrip.run,
    "list": bench_list.run,
    "seam": bench_seam.run,
}
# the order they are printed in
SECTIONS = ("decode", "import", "roundtrip", "memory", "construct", "seam", "list")


def main() -> int:
    parser = argparse.ArgumentParser(description="conversation-items benchmarks, side by side")
    parser.add_argument("--quick", action="store_true", help="tiny counts (CI smoke run, < 60 s)")
    parser.add_argument("--json", metavar="PATH", help="also write every result (per-item details too) as JSON")
    parser.add_argument("--only", metavar="NAMES", help=f"comma-separated subset of {','.join(BENCHES)}")
    args = parser.parse_args()
    chosen = [name for name in BENCHES if args.only is None or name in args.only.split(",")]

    started = time.perf_counter()
    results: dict[str, list[Row]] = {}
    for name in chosen:
        t = time.perf_counter()
        print(f"running {name}{' (quick)' if args.quick else ''} ...", file=sys.stderr, flush=True)
        try:
            results[name] = BENCHES[name](args.quick)
        except Exception as exc:  # a broken benchmark is reported, the others still run
            results[name] = [_stats.note(name, f"FAILED: {type(exc).__name__}: {exc}")]
            print(f"  {name} FAILED: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
        print(f"  {name} took {time.perf_counter() - t:.1f} s", file=sys.stderr, flush=True)
    elapsed = time.perf_counter() - started

    rows = [row for name in SECTIONS if name in results for row in results[name]]
    print()
    print(
        f"conversation-items benchmarks ({'quick' if args.quick else 'full'}) - Python {platform.python_version()}, "
        f"{platform.machine()}, {os.cpu_count()} CPUs, {elapsed:.0f} s"
    )
    print(_stats.format_table(rows))
    if args.json:
        _stats.write_json(
            args.json,
            rows,
            quick=args.quick,
            python=sys.version,
            platform=platform.platform(),
            cpus=os.cpu_count(),
            seconds=elapsed,
        )
        print(f"results written to {args.json}")
    failed = [name for name, rows_ in results.items() if any("FAILED" in r.get("text", "") for r in rows_)]
    # a target missed is a result (exit 0); a benchmark that could not run is a harness failure
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
