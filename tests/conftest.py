"""Session fixtures shared by the test suite (paths and loaders live in support.py)."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from conversation_items import _decode as decode_module
from support import SPEC_PATH


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return document


@pytest.fixture(scope="session")
def mapping(spec: dict[str, Any]) -> dict[str, str]:
    """discriminator value -> component name, from the spec."""
    union = spec["components"]["schemas"]["ConversationItem"]
    return {value: ref.rsplit("/", 1)[1] for value, ref in union["discriminator"]["mapping"].items()}


@pytest.fixture
def fresh_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    """The client forgets which unknown types it has warned about (it warns once per type per process)."""
    monkeypatch.setattr(decode_module, "_warned", set())
