"""Import: the wall time of one import statement in a fresh interpreter.

Each sample is a new ``python -c`` process timing ``import X`` with ``time.perf_counter`` (interpreter
start-up is excluded). The contenders run round-robin, the order rotating every round, after one warm-up
round. All contenders read bytecode from one private PYTHONPYCACHEPREFIX that the warm-up round fills,
since this checkout's editable packages may have none. An informational row times ``import
conversation_items`` with the bytecode this checkout has (PYTHONDONTWRITEBYTECODE=1, nothing written:
without __pycache__ in overrides/ and generated/, our packages are compiled from source on every start).
``realistic`` times what an application pays before its first item: ``from conversation_items import
ConversationItemsClient, parse_item``, constructing a client and decoding one fixture (lazy model imports
included). One extra ``-X importtime`` run lists where ``import conversation_items`` spends its time.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _stats
import corpus
from _stats import PYTHON, REPO, Row

SECTION = "2. import"

_TIMED = "import time\nt = time.perf_counter()\n{body}\nprint(time.perf_counter() - t)\n"
_REALISTIC = (
    "import json\n"
    "data = open({path!r}, 'rb').read()\n"
    "import time\n"
    "t = time.perf_counter()\n"
    "from conversation_items import ConversationItemsClient, parse_item\n"
    "client = ConversationItemsClient(endpoint='http://127.0.0.1:9/api/projects/bench', max_retries=0)\n"
    "parse_item(json.loads(data))\n"
    "print(time.perf_counter() - t)\n"
)

CONTENDERS = {
    "conversation_items": _TIMED.format(body="import conversation_items"),
    "httpx": _TIMED.format(body="import httpx"),
    "openai": _TIMED.format(body="import openai"),
    "realistic": _REALISTIC.format(path=str(corpus.FIXTURES / "message.json")),
}


def bytecode_env(prefix: str) -> dict[str, str]:
    """Every contender reads (and the warm-up round writes) bytecode under one private cache prefix.

    Users get bytecode (pip compiles wheels on install) but this checkout may not: the editable install
    serves overrides/ and generated/ as sources, and PYTHONDONTWRITEBYTECODE may be set. A private
    PYTHONPYCACHEPREFIX gives all contenders the same footing and writes nothing into the repository.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = prefix
    return env


def _once(code: str, env: dict[str, str] | None) -> float:
    out = subprocess.run([PYTHON, "-c", code], cwd=REPO, capture_output=True, text=True, check=True, env=env)
    return float(out.stdout.strip().splitlines()[-1])


def importtime_breakdown(
    module: str = "conversation_items", top: int = 8, env: dict[str, str] | None = None
) -> tuple[float, list[tuple[str, int]]]:
    """(total us, [(module, self us)] largest first) from one ``-X importtime`` run."""
    out = subprocess.run(
        [PYTHON, "-X", "importtime", "-c", f"import {module}"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    selfs: dict[str, int] = {}
    total = 0
    for line in out.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cumulative, name = line[len("import time:") :].split("|")
        selfs[name.strip()] = int(self_us)
        if not name.startswith("  "):  # a top-level import (one space of indent): counted once
            total += int(cumulative)
    ranked = sorted(selfs.items(), key=lambda kv: kv[1], reverse=True)
    return float(total), ranked[:top]


def _group_totals(ranked_all: list[tuple[str, int]]) -> dict[str, int]:
    groups: dict[str, int] = {}
    for name, self_us in ranked_all:
        groups[name.split(".")[0]] = groups.get(name.split(".")[0], 0) + self_us
    return groups


def run(quick: bool = False) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="bench-pycache-") as prefix:
        return _run(quick, bytecode_env(prefix))


def _run(quick: bool, env: dict[str, str]) -> list[Row]:
    runs = 5 if quick else 15
    names = list(CONTENDERS)
    as_is = "conversation_items, this environment as is"
    no_write = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}  # reads what bytecode exists, writes none
    for name in names:  # warm-up round: fills the bytecode cache and the page cache
        _once(CONTENDERS[name], env)
    samples: dict[str, list[float]] = {name: [] for name in [*names, as_is]}
    for rnd in range(runs):
        for name in _stats.rotated([*names, as_is], rnd):
            if name == as_is:
                samples[name].append(_once(CONTENDERS["conversation_items"], no_write) * 1e3)
            else:
                samples[name].append(_once(CONTENDERS[name], env) * 1e3)

    rows: list[Row] = []
    labels = {
        "realistic": "realistic: import + client + first parse_item (message.json)",
        as_is: "import conversation_items, bytecode as this checkout has it (info)",
    }
    for name, vals in samples.items():
        rows.append(_stats.figure(SECTION, labels.get(name, f"import {name}"), vals, "ms"))
    med = {name: _stats.median(vals) for name, vals in samples.items()}
    paired = list(zip(samples["conversation_items"], samples["httpx"], samples["openai"], strict=True))
    rows.append(
        _stats.ratio(
            SECTION,
            "import conversation_items / import httpx",
            med["conversation_items"] / med["httpx"],
            op="<=",
            target=1.3,
            spread=[ours / httpx for ours, httpx, _ in paired],
        )
    )
    rows.append(
        _stats.ratio(
            SECTION,
            "import openai / import conversation_items",
            med["openai"] / med["conversation_items"],
            op=">=",
            target=5.0,
            spread=[openai / ours for ours, _, openai in paired],
        )
    )

    # where our import time goes: the modules `import conversation_items` loads beyond what `import httpx` does
    total, ranked = importtime_breakdown("conversation_items", top=100_000, env=env)
    httpx_total, httpx_ranked = importtime_breakdown("httpx", top=100_000, env=env)
    httpx_modules = {name for name, _ in httpx_ranked}
    extra = [(name, us) for name, us in ranked if name not in httpx_modules]
    groups = sorted(_group_totals(extra).items(), key=lambda kv: kv[1], reverse=True)
    rows.append(
        _stats.note(
            SECTION,
            f"-X importtime (one run): conversation_items {total / 1e3:.1f} ms vs httpx {httpx_total / 1e3:.1f} ms; "
            f"{len(extra)} modules beyond httpx's take {sum(us for _, us in extra) / 1e3:.1f} ms self time, by "
            "package: " + ", ".join(f"{name} {us / 1e3:.1f}" for name, us in groups[:8]),
        )
    )
    rows.append(
        _stats.note(
            SECTION,
            "largest of those modules (self ms): " + ", ".join(f"{name} {us / 1e3:.1f}" for name, us in extra[:10]),
        )
    )
    return rows


if __name__ == "__main__":
    _stats.standalone(__doc__.splitlines()[0], run)
