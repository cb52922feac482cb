"""The public names the design fixes, and package metadata."""

from __future__ import annotations

import tomllib

import conversation_items
from support import ROOT

DESIGN_NAMES = {
    "ConversationItemsClient",
    "AsyncConversationItemsClient",
    "parse_item",
    "ITEM_TYPES",
    "UnknownItem",
    "ConversationItemsError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "RateLimitError",
    "InternalServerError",
    "APIConnectionError",
    "APITimeoutError",
    "ItemDecodeError",
}


def test_design_names_are_exported() -> None:
    assert DESIGN_NAMES <= set(conversation_items.__all__)
    for name in conversation_items.__all__:
        assert hasattr(conversation_items, name), name


def test_error_hierarchy() -> None:
    ci = conversation_items
    for name in DESIGN_NAMES:
        obj = getattr(ci, name)
        if isinstance(obj, type) and name.endswith("Error"):
            assert issubclass(obj, ci.ConversationItemsError), name
    for sub in ("BadRequestError", "AuthenticationError", "NotFoundError", "RateLimitError", "InternalServerError"):
        assert issubclass(getattr(ci, sub), ci.APIStatusError)
    assert issubclass(ci.APITimeoutError, ci.APIConnectionError)
    assert issubclass(ci.ItemDecodeError, ValueError)


def test_version_matches_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert conversation_items.__version__ == project["version"]
    assert set(project["dependencies"]) and all(
        dep.split(">")[0].split("<")[0].split("=")[0] in {"httpx", "attrs", "python-dateutil"}
        for dep in project["dependencies"]
    )
