"""Paths and loaders shared by the tests (a plain module: `conftest` names clash between test folders)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "spec" / "conversation-items.openapi.yaml"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
ITEM_FIXTURES = FIXTURES / "items"
UPSTREAM_EXAMPLES = FIXTURES / "upstream"


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))
