"""The public names the design fixes, the version, and the runtime dependencies the shipped code needs."""

from __future__ import annotations

import ast
import sys
import tomllib
from collections.abc import Mapping
from importlib.metadata import packages_distributions

import conversation_items
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from support import ROOT

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
SHIPPED = [ROOT / "overrides" / "conversation_items", ROOT / "generated" / "conversation_items_client"]
OWN_PACKAGES = {"conversation_items", "conversation_items_client"}

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
    "CredentialError",
}


def test_design_names_are_exported() -> None:
    assert DESIGN_NAMES <= set(conversation_items.__all__)
    for name in conversation_items.__all__:
        assert hasattr(conversation_items, name), name


def test_version_matches_pyproject() -> None:
    assert conversation_items.__version__ == PROJECT["version"]


# Imported by shipped code without being a runtime requirement, and why that is safe.
OPTIONAL_IMPORTS = {
    "azure": "the `azure` extra (azure-identity), imported only when a credential is used",
    "httpx2": "the `httpx2` extra, imported only for type checking (a caller's httpx2 client brings it at run time)",
    "openai": "imported only for type checking (from_openai's argument): the caller's openai client is given",
    "pytest": "only by the pytest plugin, which only pytest itself loads (pytest11 entry point)",
}


def shipped_imports() -> dict[str, set[str]]:
    """Top-level third-party modules imported anywhere in both shipped packages -> the files importing them."""
    found: dict[str, set[str]] = {}
    for folder in SHIPPED:
        for path in sorted(folder.rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                modules = [a.name for a in node.names] if isinstance(node, ast.Import) else []
                if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    modules = [node.module]
                for module in (m.split(".")[0] for m in modules):
                    if module not in sys.stdlib_module_names and module not in OWN_PACKAGES:
                        found.setdefault(module, set()).add(str(path.relative_to(ROOT)))
    return found


def dependency_problems(
    imports: dict[str, set[str]], declared: set[str], provided: Mapping[str, list[str]]
) -> list[str]:
    """What is wrong between the modules shipped code imports and the declared runtime requirements."""
    problems, used = [], set()
    for module, files in sorted(imports.items()):
        distributions = {canonicalize_name(d) for d in provided.get(module, [])}
        used |= distributions
        if module not in OPTIONAL_IMPORTS and not distributions & declared:
            problems.append(
                f"{sorted(files)} import {module!r} (provided by {sorted(distributions) or 'no installed distribution'}"
                "), which is not a runtime dependency: declare it in [project].dependencies"
            )
    problems += [f"{name} is declared but no shipped code imports it: drop it" for name in sorted(declared - used)]
    return problems


def test_runtime_dependencies_are_exactly_what_the_shipped_code_imports() -> None:
    declared = {str(canonicalize_name(Requirement(r).name)) for r in PROJECT["dependencies"]}
    assert dependency_problems(shipped_imports(), declared, packages_distributions()) == []


def test_the_dependency_check_catches_an_undeclared_and_an_unused_requirement() -> None:
    # the case it exists for: a `format: date-time` field makes generated code import dateutil
    imports = {"httpx": {"a.py"}, "dateutil": {"generated/m.py"}}
    provided = {"httpx": ["httpx"], "dateutil": ["python-dateutil"], "attrs": ["attrs"]}
    problems = dependency_problems(imports, {"httpx", "attrs"}, provided)
    assert problems[0].startswith("['generated/m.py'] import 'dateutil' (provided by ['python-dateutil'])")
    assert problems[1] == "attrs is declared but no shipped code imports it: drop it"
    assert len(problems) == 2


def test_optional_imports_stay_optional() -> None:
    imports = shipped_imports()
    assert set(imports) - set(OPTIONAL_IMPORTS) <= {"httpx", "attrs", "anyio"}
    # azure: provided by the extra, and never imported at module level (only when a credential is used)
    extra = {canonicalize_name(Requirement(r).name) for r in PROJECT["optional-dependencies"]["azure"]}
    assert extra & {canonicalize_name(d) for d in packages_distributions().get("azure", [])}
    for folder in SHIPPED:
        for path in folder.rglob("*.py"):
            for node in ast.parse(path.read_text(encoding="utf-8")).body:  # module level, unguarded
                if isinstance(node, ast.Import | ast.ImportFrom):
                    names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                    assert not any(n.split(".")[0] in ("azure", "httpx2", "openai") for n in names), f"{path}: {names}"
    # httpx2: provided by its extra
    assert [Requirement(r).name for r in PROJECT["optional-dependencies"]["httpx2"]] == ["httpx2"]
    # pytest: only in the plugin module that the pytest11 entry point names
    plugin = PROJECT["entry-points"]["pytest11"]["conversation_items"]
    assert imports.get("pytest", set()) <= {"overrides/" + plugin.replace(".", "/") + ".py"}
