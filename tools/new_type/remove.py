"""`python -m tools.new_type.remove TYPE` (what `make remove-type TYPE=...` runs): take an item type out of the spec.

It removes the item's component, its `ConversationItem.oneOf` entry and its discriminator mapping entry (by deleting
lines, so every other byte of the spec stays), and the fixtures `make new-type` wrote for it (its per-type fixture
and its captured samples), then runs `make generate`, putting every file back if that fails. The components only
the item used (its nested objects and enums) are not deleted, since they may be wanted again: each one that nothing
references any more is named in a warning.
"""

from __future__ import annotations

import argparse
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap

from .errors import NewTypeError
from .house import REF_PREFIX
from .spec_file import SpecFile, _block_end, _plain, _yaml


def refs(node: Any) -> Iterator[str]:
    """The component names `node` refers to (its own `$ref`s, at any depth)."""
    if isinstance(node, dict):
        target = node.get("$ref")
        if isinstance(target, str) and target.startswith(REF_PREFIX):
            yield target[len(REF_PREFIX) :]
        for value in node.values():
            yield from refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs(value)


def unreferenced(document: dict[str, Any]) -> set[str]:
    """Components nothing reaches from the document's paths (the operation): what generation has no use for."""
    schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
    reached: set[str] = set()
    pending = list(refs(document.get("paths", {})))
    while pending:
        name = pending.pop()
        if name in reached or name not in schemas:
            continue
        reached.add(name)
        pending.extend(refs(schemas[name]))
    return set(schemas) - reached


@dataclass
class Removal:
    item_type: str
    component: str
    spec_text: str
    orphans: list[str]  # components the item used that nothing references any more
    paths: list[Path] = field(default_factory=list)  # fixture files and folders to delete


def plan(item_type: str, spec_path: Path, items_dir: Path, captured_dir: Path) -> Removal:
    """What removing `item_type` changes; raises NewTypeError (a refusal) without touching any file."""
    spec = SpecFile.load(spec_path)
    mapping = spec.mapping()
    if item_type not in mapping:
        known = ", ".join(sorted(mapping))
        raise NewTypeError(f"item type {item_type!r} is not in the spec; nothing was changed (known: {known})")
    if len(mapping) == 1:
        raise NewTypeError(f"{item_type!r} is the spec's only item type: a ConversationItem needs at least one")
    component = mapping[item_type]
    union = spec.schemas["ConversationItem"]
    one_of = union["oneOf"]
    entries = [i for i, entry in enumerate(one_of) if entry.get("$ref") == REF_PREFIX + component]
    if len(entries) != 1:
        raise NewTypeError(f"{spec_path}: {component} is in ConversationItem.oneOf {len(entries)} times, expected once")
    lines = spec.text.splitlines(keepends=True)
    schemas: CommentedMap = spec.schemas
    mapping_node: CommentedMap = union["discriminator"]["mapping"]
    start = schemas.lc.key(component)[0]
    spans = [
        (start, _block_end(lines, start)),
        (one_of.lc.item(entries[0])[0], _block_end(lines, one_of.lc.item(entries[0])[0])),
        (mapping_node.lc.key(item_type)[0], _block_end(lines, mapping_node.lc.key(item_type)[0])),
    ]
    for begin, end in sorted(spans, reverse=True):
        del lines[begin:end]
    text = "".join(lines)
    before = _plain(spec.data)
    expected = _plain(spec.data)
    del expected["components"]["schemas"][component]
    expected["components"]["schemas"]["ConversationItem"]["oneOf"].pop(entries[0])
    del expected["components"]["schemas"]["ConversationItem"]["discriminator"]["mapping"][item_type]
    if _plain(_yaml().load(text)) != expected:
        raise NewTypeError(f"{spec_path}: internal error: the edited file would not parse to the intended spec")
    orphans = sorted(unreferenced(expected) - unreferenced(before) - {component})
    paths = [p for p in (items_dir / f"{item_type}.json", captured_dir / item_type) if p.exists()]
    return Removal(item_type, component, text, orphans, paths)


def apply(removal: Removal, spec_path: Path, generated: Path, generate: Sequence[str]) -> None:
    """Write the removal and regenerate; on a failed generation put every file back and re-raise."""
    with tempfile.TemporaryDirectory() as backup:
        saved = Path(backup)
        shutil.copy2(spec_path, saved / "spec")
        for number, path in enumerate(removal.paths):
            (shutil.copytree if path.is_dir() else shutil.copy2)(path, saved / str(number))
        if generated.is_dir():
            shutil.copytree(generated, saved / "generated", symlinks=True)
        try:
            spec_path.write_text(removal.spec_text, encoding="utf-8")
            for path in removal.paths:
                shutil.rmtree(path) if path.is_dir() else path.unlink()
            subprocess.run(list(generate), check=True, capture_output=True, text=True)
        except BaseException:
            shutil.copy2(saved / "spec", spec_path)
            for number, path in enumerate(removal.paths):
                if not path.exists():
                    (shutil.copytree if (saved / str(number)).is_dir() else shutil.copy2)(saved / str(number), path)
            if (saved / "generated").is_dir():
                shutil.rmtree(generated, ignore_errors=True)
                shutil.copytree(saved / "generated", generated, symlinks=True)
            raise


def report(removal: Removal, spec_path: Path) -> str:
    lines = [f"remove-type: removed item type {removal.item_type!r}"]
    lines.append(f"  {spec_path}: - {removal.component} (with its ConversationItem oneOf and mapping entries)")
    lines.extend(f"  - {path}" for path in removal.paths)
    for name in removal.orphans:
        lines.append(f"  warning: {name} is no longer referenced by anything in the spec (delete it if unwanted)")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.new_type.remove", description=__doc__)
    parser.add_argument("item_type", metavar="TYPE", help="the discriminator value, e.g. remote_function_call")
    parser.add_argument("--spec", type=Path, default=Path("spec/conversation-items.openapi.yaml"))
    parser.add_argument("--fixtures", type=Path, default=Path("overrides/conversation_items/fixtures/items"))
    parser.add_argument("--captured", type=Path, default=Path("tests/fixtures/captured"))
    parser.add_argument("--generated", type=Path, default=Path("generated/conversation_items_client"))
    parser.add_argument("--generate", default="make generate", help="the command that regenerates generated/")
    args = parser.parse_args(argv)
    try:
        removal = plan(args.item_type.strip(), args.spec, args.fixtures, args.captured)
    except NewTypeError as exc:
        print(f"remove-type: refused: {exc}", file=sys.stderr)
        return 2
    try:
        apply(removal, args.spec, args.generated, shlex.split(args.generate))
    except subprocess.CalledProcessError as exc:
        print(f"{exc.stdout}{exc.stderr}", file=sys.stderr)
        print("remove-type: generation failed; spec, fixtures and generated/ were put back", file=sys.stderr)
        return 1
    print(report(removal, args.spec))
    print(f"  generated: {args.generate} succeeded")
    return 0


if __name__ == "__main__":
    sys.exit(main())
