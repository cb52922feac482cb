"""`python -m tools.new_type FROM` (what `make new-type FROM=...` runs): plan, refuse or write, generate, report."""

from __future__ import annotations

import argparse
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import NewTypeError
from .fixtures import fixture_files
from .house import Registry, Schema
from .infer import infer_item, sample_type
from .source import Source, read_openapi, read_samples
from .spec_file import SpecFile, render
from .upstream import Importer

USAGE = "make new-type FROM=<items.json> | FROM=<openapi.yaml|json>#/components/schemas/<Name>"


@dataclass
class Plan:
    """Everything one run would change, computed before anything is written."""

    item_type: str
    item_component: str
    registry: Registry
    spec_text: str
    files: dict[Path, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def components(self) -> dict[str, Schema]:
        """The new components, the item first and each other one after the first that refers to it."""
        new = self.registry.new
        order: list[str] = []

        def visit(node: object) -> None:
            if isinstance(node, dict):
                target = node.get("$ref")
                name = target.rsplit("/", 1)[1] if isinstance(target, str) else None
                if name in new and name not in order:
                    order.append(name)
                    visit(new[name])
                for value in node.values():
                    visit(value)
            elif isinstance(node, list):
                for value in node:
                    visit(value)

        order.append(self.item_component)
        visit(new[self.item_component])
        order.extend(name for name in new if name not in order)
        return {name: new[name] for name in order}


def plan(source: Source, spec_path: Path, items_dir: Path, captured_dir: Path, seen: str | None = None) -> Plan:
    """What adding `source` changes; raises NewTypeError (a refusal) without touching any file."""
    spec = SpecFile.load(spec_path)
    known = set(spec.mapping())
    registry = Registry(spec.plain_schemas())
    where = source.describe()
    files: dict[Path, str] = {}
    notes: list[str] = []
    if source.pointer is None:
        samples = read_samples(source.path)
        item_type = sample_type(samples, where=where)
        if item_type in known:
            raise NewTypeError(f"item type {item_type!r} is already in the spec; nothing was changed")
        note = f"captured items: {source.path.name} ({len(samples)}), inferred by make new-type"
        if seen:
            note = f"{seen} ({note})"
        component = infer_item(samples, item_type, registry, note)
        fixtures = fixture_files(item_type, samples, items_dir, captured_dir)
        files, notes = fixtures.files, fixtures.notes
    else:
        document = read_openapi(source.path)
        info = document["info"] if isinstance(document.get("info"), dict) else {}
        title = " ".join(str(info.get(k, "")) for k in ("title", "version")).strip()
        details = ", ".join(x for x in (f"openapi {document['openapi']}" if "openapi" in document else "", title) if x)
        note = f"{source.path.name}#{source.pointer}" + (f" ({details})" if details else "")
        if seen:
            note = f"{seen} ({note})"
        item_type, component = Importer(document, registry, where=where).import_item(source.pointer, note, known)
    result = Plan(item_type, component, registry, "", files, notes)
    result.spec_text = spec.with_item(item_type, component, result.components())
    return result


def apply(result: Plan, spec_path: Path, generated: Path, generate: Sequence[str]) -> None:
    """Write the plan and run the generator; on a failed generation put every file back and re-raise."""
    old_spec = spec_path.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as backup:
        saved = Path(backup) / "generated"
        if generated.is_dir():
            shutil.copytree(generated, saved, symlinks=True)
        created: list[Path] = []
        try:
            spec_path.write_text(result.spec_text, encoding="utf-8")
            for path, text in result.files.items():
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
                created.append(path)
            subprocess.run(list(generate), check=True, capture_output=True, text=True)
        except BaseException:
            spec_path.write_text(old_spec, encoding="utf-8")
            for path in created:
                path.unlink(missing_ok=True)
                if path.parent.is_dir() and not any(path.parent.iterdir()):
                    path.parent.rmdir()
            if saved.is_dir():
                shutil.rmtree(generated, ignore_errors=True)
                shutil.copytree(saved, generated, symlinks=True)
            raise


def report(result: Plan, source: Source, spec_path: Path, *, written: bool) -> str:
    registry = result.registry
    lines = [f"new-type: {'added' if written else 'would add'} item type {result.item_type!r} from {source.describe()}"]
    lines.append(f"  {spec_path}:")
    lines.append(f"    + {result.item_component}  (the item; with its ConversationItem oneOf and mapping entries)")
    for name in result.components():
        if name != result.item_component:
            renamed = [wanted for wanted, given in registry.renamed.items() if given == name]
            note = f"new, renamed from {renamed[0]} (that name is taken by a different schema)" if renamed else "new"
            lines.append(f"    + {name}  ({note})")
    for wanted, existing in registry.reused.items():
        lines.append(f"    = {existing}  (already in the spec, identical; used for {wanted})")
    for path in result.files:
        lines.append(f"  + {path}")
    lines.extend(f"  note: {note}" for note in result.notes)
    lines.append("  the added YAML:")
    lines.extend("    " + line.rstrip("\n") for line in render(result.components(), 0))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.new_type", description=__doc__, usage=USAGE)
    parser.add_argument("source", metavar="FROM", help="<items.json> or <openapi file>#/components/schemas/<Name>")
    parser.add_argument("--spec", type=Path, default=Path("spec/conversation-items.openapi.yaml"))
    parser.add_argument("--fixtures", type=Path, default=Path("overrides/conversation_items/fixtures/items"))
    parser.add_argument("--captured", type=Path, default=Path("tests/fixtures/captured"))
    parser.add_argument("--generated", type=Path, default=Path("generated/conversation_items_client"))
    parser.add_argument("--generate", default="make generate", help="the command that regenerates generated/")
    parser.add_argument("--seen", help="where the input was seen, for the item's x-source (repository, commit, path)")
    parser.add_argument("--dry-run", action="store_true", help="print what would be added; write nothing")
    args = parser.parse_args(argv)
    source = Source.parse(args.source) if args.source.strip() else None
    try:
        if source is None:
            raise NewTypeError(f"FROM is empty; usage: {USAGE}")
        result = plan(source, args.spec, args.fixtures, args.captured, " ".join((args.seen or "").split()) or None)
    except NewTypeError as exc:
        print(f"new-type: refused: {exc}", file=sys.stderr)
        return 2
    if args.dry_run:
        print(report(result, source, args.spec, written=False))
        return 0
    try:
        apply(result, args.spec, args.generated, shlex.split(args.generate))
    except subprocess.CalledProcessError as exc:
        print(f"{exc.stdout}{exc.stderr}", file=sys.stderr)
        print(f"new-type: generation failed; spec, fixtures and generated/ were put back ({exc.cmd})", file=sys.stderr)
        return 1
    print(report(result, source, args.spec, written=True))
    print(f"  generated: {args.generate} succeeded")
    return 0
