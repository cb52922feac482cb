"""Memory: resident set size while decoding 100,000 items (10,000 with --quick) one after another.

Runs in a fresh child process so that the other benchmarks' allocations do not pollute it. The child builds
the corpus, then decodes ``parse_item(json.loads(b))`` cycling over every fixture plus the ~10 KB and ~100 KB
annotated messages (the >= 400 KB items, i.e. the 2,000-annotation message and the two 1 MB ones, are
EXCLUDED: they would dominate the run time, not the retained memory). Each decoded item is dropped when
the next one is made. RSS is sampled before the loop and at 10%, 50% and 100% of it; peak RSS is the
process's ``ru_maxrss``. Flat = growth from the 10% sample to the end < 5 MB.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _stats
from _stats import PYTHON, Row

SECTION = "4. memory"
MAX_ITEM = 200_000  # bytes: larger corpus items are left out


def child(count: int) -> None:
    import corpus
    import psutil
    from conversation_items import parse_item

    items = [item.data for item in corpus.build() if item.size <= MAX_ITEM]
    proc = psutil.Process()
    loads = json.loads
    checkpoints = {count // 10: "10%", count // 2: "50%", count: "100%"}
    mb = 1024 * 1024
    rss = {"start": proc.memory_info().rss / mb}
    n_items = len(items)
    start = time.perf_counter()
    item = None
    for i in range(1, count + 1):
        item = parse_item(loads(items[i % n_items]))
        if i in checkpoints:
            rss[checkpoints[i]] = proc.memory_info().rss / mb
    seconds = time.perf_counter() - start
    del item
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(json.dumps({"rss": rss, "peak": peak, "items": n_items, "seconds": seconds}))


def run(quick: bool = False) -> list[Row]:
    count = 10_000 if quick else 100_000
    out = subprocess.run([PYTHON, __file__, "--child", str(count)], capture_output=True, text=True, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    rss = result["rss"]
    rows = [
        _stats.figure(SECTION, f"RSS {label} ({count:,} decodes)", [rss[label]], "MB")
        for label in ("start", "10%", "50%", "100%")
    ]
    rows.append(_stats.figure(SECTION, "peak RSS (ru_maxrss)", [result["peak"]], "MB"))
    growth = rss["100%"] - rss["10%"]
    rows.append(_stats.ratio(SECTION, "RSS growth, 10% sample -> end (flat)", growth, op="<", target=5.0, unit="MB"))
    rows.append(
        _stats.note(
            SECTION,
            f"{count:,} decodes cycling {result['items']} items <= {MAX_ITEM // 1000} KB (the >= 400 KB items "
            f"excluded) took {result['seconds']:.1f} s; one run, so median = min = max",
        )
    )
    return rows


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        child(int(sys.argv[2]))
    else:
        _stats.standalone(__doc__.splitlines()[0], run)
