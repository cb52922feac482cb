"""Reading `FROM=`: captured items (a JSON file) or an upstream OpenAPI document plus a JSON pointer."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

from .errors import NewTypeError


@dataclass(frozen=True)
class Source:
    """A parsed `FROM=` value: `pointer` is None for captured items."""

    path: Path
    pointer: str | None

    @classmethod
    def parse(cls, value: str) -> Source:
        if not value.strip():
            raise NewTypeError("FROM is empty: give <items.json> or <openapi.yaml>#/components/schemas/<Name>")
        path, sep, fragment = value.rpartition("#/")
        if not sep:
            return cls(Path(value), None)
        return cls(Path(path), "/" + fragment)

    def describe(self) -> str:
        return str(self.path) if self.pointer is None else f"{self.path}#{self.pointer}"


def read_samples(path: Path) -> list[Any]:
    """One item or a JSON array of items, as `conversation-items get --json` prints them."""
    text = _read(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        hint = " (an upstream schema needs '#/components/schemas/<Name>' after the file name)"
        raise NewTypeError(f"{path}: not JSON: {exc}{hint if path.suffix in ('.yaml', '.yml') else ''}") from None
    return list(data) if isinstance(data, list) else [data]


def read_openapi(path: Path) -> dict[str, Any]:
    """An OpenAPI document (YAML or JSON, 3.0, 3.1 or 3.2)."""
    text = _read(path)
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader reads a 3 MB spec in seconds
        document = yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        raise NewTypeError(f"{path}: not YAML or JSON: {exc}") from None
    if not isinstance(document, dict):
        raise NewTypeError(f"{path}: not an OpenAPI document (a {type(document).__name__}, not a mapping)")
    version = str(document.get("openapi", ""))
    if version and not version.startswith("3."):
        raise NewTypeError(f"{path}: OpenAPI {version} is not supported (3.0, 3.1 and 3.2 are)")
    if not version and "components" not in document:  # an excerpt of components is fine
        raise NewTypeError(f"{path}: not an OpenAPI 3.x document (neither 'openapi: 3.x' nor 'components')")
    return document


def resolve(document: dict[str, Any], pointer: str, *, where: str) -> Any:
    """The node at a JSON pointer (`/components/schemas/Name`), or a refusal naming what is missing."""
    node: Any = document
    for raw in pointer.lstrip("/").split("/"):
        step = unquote(raw).replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and step in node:
            node = node[step]
        elif isinstance(node, list) and step.isdigit() and int(step) < len(node):
            node = node[int(step)]
        else:
            raise NewTypeError(f"{where}: '#{pointer}' does not exist (no {step!r})")
    return node


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise NewTypeError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise NewTypeError(f"{path}: cannot read it: {exc}") from None
