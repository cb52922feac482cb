"""Shared paths and loaders for the test suite."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "spec" / "conversation-items.openapi.yaml"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
ITEM_FIXTURES = FIXTURES / "items"
UPSTREAM_EXAMPLES = FIXTURES / "upstream"


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def mapping(spec: dict[str, Any]) -> dict[str, str]:
    """discriminator value -> component name, from the spec."""
    union = spec["components"]["schemas"]["ConversationItem"]
    return {value: ref.rsplit("/", 1)[1] for value, ref in union["discriminator"]["mapping"].items()}
