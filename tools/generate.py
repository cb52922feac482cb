"""The generation pipeline behind `make generate`, `make template-diff` and `make template-lock`.

    python tools/generate.py generate [--force]       rebuild generated/ from spec + config + overrides/templates
    python tools/generate.py check-drift              regenerate; fail if generated/ is not what git HEAD holds
    python tools/generate.py template-diff [--table]  each override against its stock template, and their sizes
    python tools/generate.py template-lock            record the stock templates the overrides are derived from
    python tools/generate.py draft-edits NAME         a draft .edits file for the whole-file override NAME

`generate` stops when generated/ holds hand edits (manifest.py; --force discards them), assembles the effective
templates (template_overrides.py), runs the pinned generator into a staging folder next to generated/, and swaps it in
only when generation succeeded: a bad spec, a dangling $ref, a generator warning or an edit that no longer
matches its stock template leaves generated/ exactly as it was. Run it with the project's venv Python.
"""

from __future__ import annotations

import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import draft_edits
import manifest
import template_edits
import template_overrides as overrides

ROOT = Path(__file__).resolve().parent.parent
DEFAULTS = {
    "spec": "spec/conversation-items.openapi.yaml",
    "config": "generator-config.yaml",
    "templates": "overrides/templates",
    "output": "generated",
    "package": "conversation_items_client",
}


class GenerationError(Exception):
    """Generation failed; generated/ was left untouched. The message says why."""


def run_generator(spec: Path, config: Path, templates: Path, package_dir: Path) -> None:
    """The pinned generator, with this Python's bin folder first on PATH (its post-hooks run the pinned ruff)."""
    env = {**os.environ, "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])}
    command = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(spec),
        "--config",
        str(config),
        "--meta",
        "none",
        "--output-path",
        str(package_dir),
        "--custom-template-path",
        str(templates),
        "--fail-on-warning",
    ]
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)
    if result.returncode != 0 or not (package_dir / "__init__.py").is_file():
        output = "\n".join(part.strip() for part in (result.stdout, result.stderr) if part.strip())
        raise GenerationError(f"{overrides.GENERATOR} failed (exit code {result.returncode}):\n{output}")


def swap_in(stage: Path, output: Path) -> None:
    """Replace `output` by `stage` with two renames in the same folder (no half-written generated/)."""
    if not output.exists():
        stage.rename(output)
        return
    old = Path(tempfile.mkdtemp(prefix=".generate-old-", dir=output.parent))
    try:
        output.rename(old / output.name)
        try:
            stage.rename(output)
        except OSError:
            (old / output.name).rename(output)
            raise
    finally:
        shutil.rmtree(old, ignore_errors=True)


def generate(args: argparse.Namespace) -> int:
    output = ROOT / args.output
    edited = manifest.hand_edits(ROOT, output)
    if edited and not args.force:
        listing = "\n".join(f"  {line}" for line in edited)
        print(
            f"generate: {args.output}/ has hand edits since the last generation, which regenerating would destroy:\n"
            f"{listing}\nPut the change into the spec, generator-config.yaml or overrides/templates/ instead"
            f" ({args.output}/ is generator output), or run `make generate FORCE=1` to discard it.",
            file=sys.stderr,
        )
        return 1
    stock = stock_of(args)
    stage = Path(tempfile.mkdtemp(prefix=".generate-", dir=output.parent))
    try:
        with tempfile.TemporaryDirectory(prefix="templates-") as templates:
            overrides.assemble(ROOT / args.templates, stock, Path(templates))
            run_generator(ROOT / args.spec, ROOT / args.config, Path(templates), stage / args.package)
        (stage / args.package / "py.typed").touch()  # --meta none writes no py.typed marker
        manifest.write(stage)
        swap_in(stage, output)
    except (GenerationError, template_edits.EditError, overrides.OverrideError) as exc:
        print(f"generate: failed; {args.output}/ is unchanged.\n{exc}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    for problem in overrides.provenance_problems(ROOT / args.templates, stock, overrides.generator_version()):
        print(f"generate: warning: template provenance: {problem}", file=sys.stderr)
    if edited:
        print(f"generate: FORCE=1 discarded {len(edited)} hand edit(s) under {args.output}/")
    count = len(manifest.files(output))
    print(f"generate: {args.output}/ rebuilt from {args.spec}, {args.config} and {args.templates}/ ({count} files)")
    return 0


def git_status(paths: list[str]) -> list[str]:
    """`git status --porcelain` lines for `paths` (untracked files listed one by one)."""
    result = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all", "--", *paths],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.splitlines()


def snapshot(output: Path) -> dict[str, str]:
    """Relative path -> sha256 of the files under `output` that git does not ignore (caches are not output)."""
    if not output.is_dir():
        return {}
    names = manifest.files(output)
    prefix = output.relative_to(ROOT).as_posix()
    ignored = manifest.git_ignored(ROOT, [f"{prefix}/{name}" for name in names])
    return {name: manifest.sha256(output / name) for name in names if f"{prefix}/{name}" not in ignored}


def check_drift(args: argparse.Namespace) -> int:
    """Regenerate, then compare generated/ with git HEAD, telling two cases apart:
    - drifted: regenerating changed generated/ (it was not what its inputs give: a hand edit, a stale commit);
    - uncommitted: generated/ already was what its inputs give, but it (and the inputs that changed it) is not
      committed yet, as right after `make new-type` or `make generate`.
    Either way the exit status is 1: what is committed must be what its committed inputs give."""
    output = ROOT / args.output
    before = snapshot(output)
    code = generate(args)
    if code != 0:
        return code
    status = git_status([args.output])
    if not status:
        print(f"check-drift: {args.output}/ matches its inputs")
        return 0
    after = snapshot(output)
    listing = "\n".join(f"  {line}" for line in status)
    if before == after:
        inputs = git_status([args.spec, args.config, args.templates])
        changed = "".join(f"\n  {line}" for line in inputs)
        print(
            f"check-drift: {args.output}/ is what its inputs give, but it is not committed:\n{listing}\n"
            + (f"Commit it with the inputs that changed it:{changed}" if inputs else "Commit it.")
        )
        return 1
    regenerated = sorted(set(before) ^ set(after) | {n for n in before.keys() & after.keys() if before[n] != after[n]})
    print(
        f"check-drift: {args.output}/ drifted from {args.spec} + {args.config} + {args.templates}/: regenerating"
        f" changed {len(regenerated)} file(s); against git HEAD:\n{listing}\n"
        "Review the regenerated files and commit them (a hand edit belongs in the spec or the templates)."
    )
    return 1


def table(overrides_found: list[overrides.Override], stock: Path) -> str:
    """A Markdown table: per override, its form and the stock lines it copies, adds and drops."""
    rows = ["| template | form | copied | added | dropped |", "|---|---|---:|---:|---:|"]
    totals = [0, 0, 0]
    for override in overrides_found:
        if override.kind != "new" and not (stock / override.name).is_file():
            rows.append(f"| `{override.name}` | {override.kind} | no stock template | | |")
            continue
        size = overrides.measure(override, stock)
        rows.append(f"| `{override.name}` | {override.kind} | {size.copied} | {size.added} | {size.dropped} |")
        totals = [totals[0] + size.copied, totals[1] + size.added, totals[2] + size.dropped]
    rows.append(f"| total | | {totals[0]} | {totals[1]} | {totals[2]} |")
    return "\n".join(rows)


def show_override(override: overrides.Override, templates: Path, stock: Path, problems: list[str], version: str) -> int:
    """Print one override against its stock template; returns how many of its edits no longer apply."""
    print(f"== {override.name}: {override.kind} override ({override.source.relative_to(templates)})")
    print(f"   {overrides.summary(override)}")
    if override.kind == "new":
        print("   (a new template: no stock counterpart)\n")
        return 0
    if not (stock / override.name).is_file():
        print(f"   !! {overrides.GENERATOR} {version} has no stock {override.name}: drop or move this override\n")
        return 1
    flagged = [p for p in problems if p.startswith(f"{override.name}:")]
    status = "; ".join(flagged) or f"the installed stock template matches {overrides.LOCK_NAME}"
    print(f"   provenance: {status}")
    text, mismatches = overrides.effective_matching(override, stock)
    for mismatch in mismatches:
        expected = "once" if mismatch.edit.count == 1 else f"{mismatch.edit.count} times"
        print(
            f"   !! edit {mismatch.number} (line {mismatch.edit.line}: {mismatch.edit.why}) no longer applies: its"
            f" '@@ find' text occurs {mismatch.found} times in the stock template, expected {expected}."
        )
        print("      it looks for:")
        print("\n".join(f"        | {line}" for line in mismatch.edit.find or []))
        where = "the stock text around it" if mismatch.found else "the stock text most like it"
        print(f"      {where} (re-merge the edit from this):")
        print("\n".join(f"   {line}" for line in mismatch.context))
    diff = difflib.unified_diff(
        (stock / override.name).read_text(encoding="utf-8").splitlines(keepends=True),
        text.splitlines(keepends=True),
        fromfile=f"stock/{override.name} ({overrides.GENERATOR} {version})",
        tofile=f"effective/{override.name}" + (" (edits that apply)" if mismatches else ""),
    )
    sys.stdout.writelines(diff)
    print()
    return len(mismatches)


def template_diff(args: argparse.Namespace) -> int:
    """Every override against the installed stock template, even when edits no longer apply (after an upgrade):
    each such edit is marked with the stock text around its anchor. Exit status 1 when any needs re-merging."""
    templates, stock, version = ROOT / args.templates, stock_of(args), overrides.generator_version()
    found = overrides.discover(templates, stock, strict=False)
    if not args.table:
        problems = overrides.provenance_problems(templates, stock, version)
        broken = sum(show_override(override, templates, stock, problems, version) for override in found)
        print("Stock lines each override copies (its maintenance cost), and lines it adds to or drops from stock:")
        print(table(found, stock))
        if broken:
            print(
                f"template-diff: {broken} edit(s) no longer apply (marked !! above):"
                " re-merge them, then make template-lock"
            )
            return 1
        return 0
    print(table(found, stock))
    return 0


def stock_of(args: argparse.Namespace) -> Path:
    """The stock templates: the installed generator's, or `--stock` (to rehearse an upgrade)."""
    return Path(args.stock) if args.stock else overrides.stock_dir()


def template_lock(args: argparse.Namespace) -> int:
    path = overrides.write_lock(ROOT / args.templates, stock_of(args))
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    print(f"template-lock: wrote {shown} for {overrides.GENERATOR} {overrides.generator_version()}")
    return 0


def draft(args: argparse.Namespace) -> int:
    """Print a draft `.edits` file for the whole-file override `args.name` (see draft_edits.py)."""
    templates, stock = ROOT / args.templates, stock_of(args)
    override = next((o for o in overrides.discover(templates, stock) if o.name == args.name), None)
    if override is None or override.kind != "whole":
        print(f"draft-edits: {args.name} is not a whole-file override in {args.templates}/", file=sys.stderr)
        return 1
    text = draft_edits.draft(
        override.name,
        (stock / override.name).read_text(encoding="utf-8"),
        draft_edits.without_why_comment(override.source.read_text(encoding="utf-8")),
        overrides.summary(override) or draft_edits.TODO,
    )
    sys.stdout.write(text)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    for name, default in DEFAULTS.items():
        parser.add_argument(f"--{name}", default=default, help=f"relative to the repository (default: {default})")
    parser.add_argument("--stock", help="stock templates to use instead of the installed generator's (a rehearsal)")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("generate", help="rebuild generated/")
    run.add_argument("--force", action="store_true", help="discard hand edits under generated/")
    run.set_defaults(handler=generate)
    drift = commands.add_parser("check-drift", help="regenerate; fail if generated/ differs from git HEAD, saying why")
    drift.add_argument("--force", action="store_true", help=argparse.SUPPRESS)
    drift.set_defaults(handler=check_drift)
    diff = commands.add_parser("template-diff", help="show every override against its stock template")
    diff.add_argument("--table", action="store_true", help="print only the table of copied/added/dropped lines")
    diff.set_defaults(handler=template_diff)
    commands.add_parser("template-lock", help="record the stock templates' hashes").set_defaults(handler=template_lock)
    drafting = commands.add_parser("draft-edits", help="print a draft .edits file for a whole-file override")
    drafting.add_argument("name", help="the override's template name, e.g. endpoint_module.py.jinja")
    drafting.set_defaults(handler=draft)
    args = parser.parse_args(argv)
    try:
        code: int = args.handler(args)
    except (template_edits.EditError, overrides.OverrideError) as exc:
        print(f"{args.command}: {exc}", file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())
