"""`make mutation`: mutmut over the hand-written runtime modules, and an honest score.

    python tools/mutation.py run [--jobs N] [--keep] [MUTANT ...]   stage, run mutmut, print the score
    python tools/mutation.py score                                  the score of the last run
    python tools/mutation.py show MUTANT                            one mutant's diff

mutmut names a mutated module by its path below `src/`, and makes the tests import the mutated copy it writes to
`mutants/src/`. The package lives in `overrides/conversation_items/`, so the run happens in `build/mutation/`, where
`src` links to `overrides/` and the other inputs link to the repository's (what is mutated and which tests run: the
`[tool.mutmut]` table of pyproject.toml). A run starts from scratch unless `--keep` (which reruns only the named
mutants, or those without a result).

Score: killed / (total - equivalent). A mutant counts as killed when a test failed or timed out under it. The
equivalent mutants (no test can tell them from the original) are listed with a reason in
`tests/mutation/equivalent.txt`, one per line: `<mutant name>  <reason>`. A listed mutant that no longer exists, or
that the tests now kill, makes the score fail: the list must follow the code.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGE = ROOT / "build" / "mutation"
EQUIVALENT = ROOT / "tests" / "mutation" / "equivalent.txt"
#: what build/mutation/ links to, besides src -> overrides (pyproject's [tool.mutmut] also_copy, tests, the config)
LINKED = ("tests", "pyproject.toml", "spec", "README.md", "Makefile", "tools")
#: mutmut statuses that mean a test noticed the mutant
KILLED = frozenset({"killed", "timeout"})
#: the minimum score `make mutation` accepts (issue 12)
REQUIRED = 0.90


def _mutmut() -> str:
    return str(Path(sys.executable).parent / "mutmut")


def stage(*, keep: bool) -> None:
    """build/mutation/: src -> overrides, and links to what the tests read; mutants/ removed unless `keep`."""
    if STAGE.exists() and not keep:
        shutil.rmtree(STAGE)
    STAGE.mkdir(parents=True, exist_ok=True)
    for name, target in [("src", "overrides"), *((name, name) for name in LINKED)]:
        link = STAGE / name
        if not link.is_symlink():
            link.symlink_to(Path("..", "..", target))


def read_equivalent(path: Path = EQUIVALENT) -> dict[str, str]:
    """mutant name -> why it is equivalent (blank lines and `#` comments skipped)."""
    equivalent: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, _, reason = line.partition(" ")
        if not reason.strip():
            raise SystemExit(f"{path}:{number}: {name} has no reason")
        if name in equivalent:
            raise SystemExit(f"{path}:{number}: {name} is listed twice")
        equivalent[name] = reason.strip()
    return equivalent


def results() -> dict[str, str]:
    """mutant name -> mutmut status, for every mutant of the last run."""
    out = subprocess.run(
        [_mutmut(), "results", "--all", "true"], cwd=STAGE, capture_output=True, text=True, check=True
    ).stdout
    statuses: dict[str, str] = {}
    for line in out.splitlines():
        name, sep, status = line.strip().rpartition(": ")
        if sep and "__mutmut_" in name:
            statuses[name] = status
    return statuses


def module_of(mutant: str) -> str:
    return mutant.partition(".x")[0]


def score(statuses: dict[str, str], equivalent: dict[str, str]) -> int:
    """Print the score per module and in all, the survivors and any stale equivalent entry; 0 when it is enough."""
    if not statuses:
        print("no mutation results: run `make mutation` first")
        return 1
    stale = [name for name in equivalent if name not in statuses or statuses[name] in KILLED]
    counted = {name: status for name, status in statuses.items() if name not in equivalent}
    by_module: dict[str, Counter[str]] = {}
    for name, status in statuses.items():
        counts = by_module.setdefault(module_of(name), Counter())
        counts["total"] += 1
        counts["equivalent" if name in equivalent else "killed" if status in KILLED else "alive"] += 1
    print(f"{'module':<36} {'mutants':>7} {'equiv.':>6} {'killed':>6} {'alive':>5} {'score':>7}")
    for module in sorted(by_module):
        c = by_module[module]
        rate = c["killed"] / max(1, c["total"] - c["equivalent"])
        print(f"{module:<36} {c['total']:>7} {c['equivalent']:>6} {c['killed']:>6} {c['alive']:>5} {rate:>7.1%}")
    alive = sorted(name for name, status in counted.items() if status not in KILLED)
    for name in alive:
        print(f"  alive ({counted[name]}): {name}")
    killed = len(counted) - len(alive)
    total = len(statuses)
    rate = killed / max(1, len(counted))
    print(
        f"mutation score: {killed} killed / ({total} mutants - {len(equivalent)} equivalent) = {rate:.1%} "
        f"(statuses: {dict(Counter(statuses.values()))})"
    )
    for name in stale:
        print(f"stale entry in {EQUIVALENT.relative_to(ROOT)}: {name} ({statuses.get(name, 'no such mutant')})")
    if stale:
        return 1
    if rate < REQUIRED:
        print(f"below the required {REQUIRED:.0%}")
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="stage build/mutation, run mutmut, print the score")
    run.add_argument("--jobs", type=int, default=2, help="mutants tested at once (default 2)")
    run.add_argument("--keep", action="store_true", help="keep the last run's mutants and results")
    run.add_argument("mutants", nargs="*", help="rerun only these mutants (implies --keep; `*` patterns allowed)")
    commands.add_parser("score", help="the score of the last run")
    show = commands.add_parser("show", help="one mutant's diff")
    show.add_argument("mutant")
    args = parser.parse_args(argv)

    if args.command == "show":
        return subprocess.run([_mutmut(), "show", args.mutant], cwd=STAGE, check=False).returncode
    equivalent = read_equivalent()
    if args.command == "run":
        stage(keep=args.keep or bool(args.mutants))
        started = time.monotonic()
        done = subprocess.run(
            [_mutmut(), "run", "--max-children", str(args.jobs), *args.mutants], cwd=STAGE, check=False
        )
        print(f"mutmut took {time.monotonic() - started:.0f} s with {args.jobs} jobs")
        if done.returncode != 0:
            return done.returncode
    return score(results(), equivalent)


if __name__ == "__main__":
    sys.exit(main())
