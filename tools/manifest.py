"""The manifest of generated/ (sha256 of every file generation wrote) and the hand-edit check built on it.

A file under generated/ is a hand edit when its content is neither what the last generation wrote (the
manifest) nor what is committed at git HEAD: regenerating would destroy it. Uncommitted output of an earlier
generation matches the manifest, and committed content is safe in git (make check-drift reports it as drift),
so neither stops generation. Python's caches (__pycache__, *.pyc) are not generator output and are ignored, and so
is whatever .gitignore ignores (a .mypy_cache/ left under generated/ by running mypy there).
"""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

NAME = "MANIFEST.sha256"
HEADER = (
    "# sha256 of each file `make generate` wrote under generated/ (tools/generate.py); other content is a hand edit"
)


def files(root: Path) -> list[str]:
    """Relative POSIX paths of the files under `root`, sorted, without Python caches and the manifest."""
    found = []
    for path in root.rglob("*"):
        relative = path.relative_to(root)
        if path.is_dir() or "__pycache__" in relative.parts or path.suffix == ".pyc" or relative.as_posix() == NAME:
            continue
        found.append(relative.as_posix())
    return sorted(found)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write(root: Path) -> Path:
    """Write `root/MANIFEST.sha256` for everything under `root` (sha256sum's format: `<hex>  <path>`)."""
    lines = [HEADER] + [f"{sha256(root / name)}  {name}" for name in files(root)]
    path = root / NAME
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def read(root: Path) -> dict[str, str]:
    """path -> sha256 from `root/MANIFEST.sha256`; lines that are not `<hex>  <path>` (a merge conflict) are skipped."""
    path = root / NAME
    if not path.is_file():
        return {}
    entries: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        if len(digest) == 64 and name and all(c in "0123456789abcdef" for c in digest):
            entries[name] = digest
    return entries


def _git_blob_id(path: Path) -> str:
    data = path.read_bytes()
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


def committed_blobs(repo: Path, root: Path) -> dict[str, str]:
    """path under `root` -> git blob id at HEAD; empty when `repo` is not a git work tree or has no commit."""
    try:
        listing = subprocess.run(
            ["git", "ls-tree", "-r", "-z", "--full-tree", "HEAD", "--", root.relative_to(repo).as_posix()],
            cwd=repo,
            capture_output=True,
            check=True,
        ).stdout.decode("utf-8", "surrogateescape")
    except (OSError, subprocess.CalledProcessError, ValueError):
        return {}
    prefix = root.relative_to(repo).as_posix() + "/"
    blobs: dict[str, str] = {}
    for record in filter(None, listing.split("\0")):
        meta, _, name = record.partition("\t")
        parts = meta.split()
        if len(parts) == 3 and parts[1] == "blob" and name.startswith(prefix):
            blobs[name[len(prefix) :]] = parts[2]
    return blobs


def git_ignored(repo: Path, paths: list[str]) -> set[str]:
    """The `paths` (relative to `repo`) that git ignores; none when `repo` is not a git work tree."""
    if not paths:
        return set()
    try:
        result = subprocess.run(
            ["git", "check-ignore", "-z", "--stdin"],
            cwd=repo,
            input="\0".join(paths).encode("utf-8", "surrogateescape"),
            capture_output=True,
            check=False,
        )
    except OSError:
        return set()
    if result.returncode not in (0, 1):  # 1: nothing ignored; 128: not a git work tree
        return set()
    return set(filter(None, result.stdout.decode("utf-8", "surrogateescape").split("\0")))


def hand_edits(repo: Path, root: Path) -> list[str]:
    """Files under `root` that generation would destroy: `modified: <path>` or `added: <path>` lines."""
    if not root.is_dir():
        return []
    written = read(root)
    committed: dict[str, str] | None = None  # asked of git only when something differs from the manifest
    found = []
    for name in files(root):
        if written.get(name) == sha256(root / name):
            continue
        if committed is None:
            committed = committed_blobs(repo, root)
        if committed.get(name) == _git_blob_id(root / name):
            continue
        found.append(name)
    if found:
        prefix = root.relative_to(repo).as_posix() if root.is_relative_to(repo) else root.name
        ignored = git_ignored(repo, [f"{prefix}/{name}" for name in found])
        found = [name for name in found if f"{prefix}/{name}" not in ignored]
    committed = committed or {}
    return [f"{'modified' if name in written or name in committed else 'added'}: {root.name}/{name}" for name in found]
