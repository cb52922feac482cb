"""The template overrides in `overrides/templates/`: what each one is, the effective templates they give, their
provenance (the stock template each was derived from) and how much stock text each one copies.

Three kinds of file live there:
- `<stock name>.edits`: edits applied to the installed stock template at generation (see template_edits.py);
- `<stock name>`: a whole-file replacement of a stock template (fine where most of the file is ours);
- `<new name>`: a helper template that has no stock counterpart (imported by the others).
`stock-templates.lock` records, for every override of a stock template, the generator version and the
sha256 of the stock template it was derived from.
"""

from __future__ import annotations

import difflib
import hashlib
import importlib.metadata
import importlib.util
import re
from dataclasses import dataclass
from pathlib import Path

import template_edits

GENERATOR = "openapi-python-client"
LOCK_NAME = "stock-templates.lock"
_LOCK_LINE = re.compile(r"(?P<generator>\S+)==(?P<version>\S+)\s+(?P<name>\S+)\s+sha256:(?P<sha>[0-9a-f]{64})")


class OverrideError(Exception):
    """The override folder is inconsistent (an override of a missing stock template, a duplicate, a bad lock)."""


@dataclass(frozen=True)
class Override:
    name: str  # the template's relative name in the generator's loader, e.g. "model.py.jinja"
    kind: str  # "edits", "whole" or "new"
    source: Path  # the file in overrides/templates/


@dataclass(frozen=True)
class LockEntry:
    version: str
    sha256: str


@dataclass(frozen=True)
class Measure:
    """Stock lines the override's source carries (`copied`), and lines the effective template adds or drops."""

    copied: int
    added: int
    dropped: int


def stock_dir() -> Path:
    """The installed generator's `templates/` folder (found without importing the generator)."""
    spec = importlib.util.find_spec("openapi_python_client")
    if spec is None or not spec.submodule_search_locations:
        raise OverrideError(f"{GENERATOR} is not installed in this Python ({spec})")
    return Path(next(iter(spec.submodule_search_locations))) / "templates"


def generator_version() -> str:
    return importlib.metadata.version(GENERATOR)


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def discover(templates: Path, stock: Path, *, strict: bool = True) -> list[Override]:
    """Every override in `templates`, sorted by name. With `strict`, an `.edits` file for a template the installed
    generator does not have is an error; without it, it is listed (`make template-diff` reports it)."""
    found: dict[str, Override] = {}
    for source in sorted(p for p in templates.rglob("*") if p.is_file()):
        relative = source.relative_to(templates).as_posix()
        if relative == LOCK_NAME or "__pycache__" in source.parts:
            continue
        if relative.endswith(template_edits.SUFFIX):
            name = relative[: -len(template_edits.SUFFIX)]
            if strict and not (stock / name).is_file():
                raise OverrideError(f"{source}: edits a stock template that {GENERATOR} does not have: {name}")
            override = Override(name, "edits", source)
        else:
            name = relative
            override = Override(name, "whole" if (stock / name).is_file() else "new", source)
        if name in found:
            raise OverrideError(f"{name} is overridden twice: {found[name].source} and {source}")
        found[name] = override
    return [found[name] for name in sorted(found)]


def effective(override: Override, stock: Path) -> str:
    """The template the generator gets for `override`: edits applied to the stock text, or the file itself."""
    if override.kind != "edits":
        return override.source.read_text(encoding="utf-8")
    parsed = template_edits.parse(override.source, override.name)
    label = f"{GENERATOR} {generator_version()}'s stock {override.name}"
    return template_edits.apply(parsed, (stock / override.name).read_text(encoding="utf-8"), label)


def effective_matching(override: Override, stock: Path) -> tuple[str, list[template_edits.Mismatch]]:
    """The effective template with only the edits that still match, and those that do not (see apply_matching)."""
    if override.kind != "edits":
        return override.source.read_text(encoding="utf-8"), []
    parsed = template_edits.parse(override.source, override.name)
    label = f"{GENERATOR} {generator_version()}'s stock {override.name}"
    return template_edits.apply_matching(parsed, (stock / override.name).read_text(encoding="utf-8"), label)


def summary(override: Override) -> str:
    """The override's one-line statement of what it changes (first comment line of the file)."""
    if override.kind == "edits":
        return template_edits.parse(override.source, override.name).summary
    text = override.source.read_text(encoding="utf-8")
    start = text.find("{#")  # a whole-file override says why in its first Jinja comment
    return " ".join(text[start + 2 : text.find("#}", start)].split()) if start >= 0 else ""


def assemble(templates: Path, stock: Path, out: Path) -> list[Override]:
    """Write the effective template of every override into `out` (the generator's --custom-template-path)."""
    overrides = discover(templates, stock)
    for override in overrides:
        target = out / override.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(effective(override, stock), encoding="utf-8")
    return overrides


def read_lock(templates: Path) -> dict[str, LockEntry]:
    path = templates / LOCK_NAME
    if not path.is_file():
        return {}
    entries: dict[str, LockEntry] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        match = _LOCK_LINE.fullmatch(line.strip())
        if match is None or match["generator"] != GENERATOR:
            raise OverrideError(f"{path}:{number}: expected '{GENERATOR}==<version>  <template>  sha256:<hex>'")
        entries[match["name"]] = LockEntry(match["version"], match["sha"])
    return entries


def write_lock(templates: Path, stock: Path) -> Path:
    """Record the installed generator's version and stock hash for every override of a stock template."""
    version = generator_version()
    lines = [
        "# The stock template each override in this folder was derived from: generator version and sha256.",
        "# tests/codegen/test_template_provenance.py fails when the installed stock template differs; re-merge the",
        "# override (make template-diff), then run `make template-lock` to record the new stock template.",
    ]
    derived = [override.name for override in discover(templates, stock) if override.kind != "new"]
    width = max((len(name) for name in derived), default=0)
    for name in derived:
        lines.append(f"{GENERATOR}=={version}  {name:<{width}}  sha256:{sha256_of(stock / name)}")
    path = templates / LOCK_NAME
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def provenance_problems(templates: Path, stock: Path, version: str) -> list[str]:
    """Why the lock does not describe the installed stock templates: one line per override to re-merge."""
    lock = read_lock(templates)
    problems: list[str] = []
    overridden = {o.name for o in discover(templates, stock, strict=False) if o.kind != "new"}
    for name in sorted(overridden):
        entry = lock.get(name)
        if not (stock / name).is_file():
            problems.append(f"{name}: the installed {GENERATOR} {version} has no such stock template")
        elif entry is None:
            problems.append(f"{name}: no provenance in {LOCK_NAME} (run make template-lock after deriving it)")
        elif entry.sha256 != sha256_of(stock / name):
            problems.append(
                f"{name}: derived from {GENERATOR} {entry.version}'s stock template, which differs from the installed"
                f" {GENERATOR} {version}'s: re-merge the override (make template-diff), then make template-lock"
            )
        elif entry.version != version:
            problems.append(
                f"{name}: recorded for {GENERATOR} {entry.version}, installed is {version} (same stock text):"
                " run make template-lock"
            )
    problems.extend(f"{name}: in {LOCK_NAME} but not overridden" for name in sorted(set(lock) - overridden))
    return problems


def measure(override: Override, stock: Path) -> Measure:
    """Copied stock lines in the source, and lines the effective template adds to / drops from the stock one
    (edits that no longer match count as neither)."""
    mine = effective_matching(override, stock)[0].splitlines()
    if override.kind == "new":
        return Measure(copied=0, added=len(mine), dropped=0)
    theirs = (stock / override.name).read_text(encoding="utf-8").splitlines()
    matcher = difflib.SequenceMatcher(None, theirs, mine, autojunk=False)
    kept = sum(block.size for block in matcher.get_matching_blocks())
    if override.kind == "edits":
        copied = template_edits.copied_lines(template_edits.parse(override.source, override.name))
    else:
        copied = kept
    return Measure(copied=copied, added=len(mine) - kept, dropped=len(theirs) - kept)
