"""The user-level smoke suite: run by ``dist_check.py`` with the python of a fresh venv holding only the wheel.

Standard library only. It does what a new user does after ``pip install conversation-items``: import both
packages, check they are typed, type-check a script with ``mypy --strict``, run the ``conversation-items`` CLI
against its own ``mock-server``, and use the ``mock_conversation_server`` pytest fixture from an unrelated test
file. Each check prints ``ok <check>`` or one ``FAIL <check>: <problem>`` line per problem; the exit code is 1
when anything failed. Run from a working folder outside the repository holding this file and the files of
``user/`` (``dist_check.py`` prepares it).
"""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.resources
import json
import os
import re
import subprocess
import sys
import sysconfig
import time
import traceback
from collections.abc import Callable
from pathlib import Path

DIST_NAME = "conversation-items"
SCRIPT = "conversation-items"
TYPED_PACKAGES = ("conversation_items", "conversation_items_client")
WORKDIR = Path.cwd()
BIN = Path(sys.executable).parent
# variables that would make the venv see something other than what a user installed
SCRUBBED_ENV = (
    "PYTHONPATH",
    "PYTHONHOME",
    "MYPYPATH",
    "PYTEST_ADDOPTS",
    "PYTEST_PLUGINS",
    "PYTEST_DISABLE_PLUGIN_AUTOLOAD",
    "VIRTUAL_ENV",
    "AZURE_AI_PROJECT_ENDPOINT",
    "AZURE_AI_API_KEY",
)

# written at run time, not kept as a file: it must fail mypy. Line numbers are asserted below.
PROBE = """\
from conversation_items import ConversationItemsClient
from conversation_items_client.models import FunctionCallItem, MessageItem


def probe(client: ConversationItemsClient) -> None:
    item = client.get_item("conv_1", "fc_1")
    reveal_type(item)
    if isinstance(item, FunctionCallItem):
        reveal_type(item)
        name: str = item.name
    wrong: MessageItem = item
"""
PROBE_REVEAL_LINE, PROBE_NARROWED_LINE, PROBE_WRONG_LINE = 7, 9, 11
CLI_ITEM = {
    "type": "function_call",
    "id": "fc_smoke_1",
    "call_id": "call_smoke_1",
    "name": "lookup_weather",
    "arguments": '{"city": "Lisbon"}',
    "status": "completed",
}

Problems = list[str]


def user_env() -> dict[str, str]:
    """The environment of a user whose venv is activated."""
    env = {key: value for key, value in os.environ.items() if key not in SCRUBBED_ENV}
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    return env


def run(args: list[str], cwd: Path = WORKDIR, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=user_env(), capture_output=True, text=True, timeout=timeout)


def tail(text: str, lines: int = 12) -> str:
    return " | ".join(text.strip().splitlines()[-lines:])


def check_imports() -> Problems:
    problems = []
    site = Path(sysconfig.get_paths()["purelib"]).resolve()
    for name in (*TYPED_PACKAGES, "conversation_items_client.models", "conversation_items.testing"):
        module = importlib.import_module(name)
        where = Path(str(module.__file__)).resolve()
        if not where.is_relative_to(site):
            problems.append(f"{name} was imported from {where}, not from the venv's site-packages {site}")
    version = importlib.metadata.version(DIST_NAME)
    installed = importlib.import_module("conversation_items").__version__
    if installed != version:
        problems.append(f"conversation_items.__version__ is {installed}, the distribution says {version}")
    return problems


def check_py_typed() -> Problems:
    return [
        f"py.typed missing: {package}/py.typed is not installed, so mypy treats {package} as untyped"
        for package in TYPED_PACKAGES
        if not importlib.resources.files(package).joinpath("py.typed").is_file()
    ]


def check_license() -> Problems:
    dist = importlib.metadata.distribution(DIST_NAME)
    problems = []
    if dist.metadata["License-Expression"] != "MIT":
        problems.append(f"License-Expression is {dist.metadata['License-Expression']!r}, not 'MIT'")
    licenses = [f for f in dist.files or [] if f.parts[-2:] == ("licenses", "LICENSE")]
    if not licenses:
        return [*problems, "LICENSE missing: the installed distribution has no .dist-info/licenses/LICENSE"]
    text = licenses[0].read_text(encoding="utf-8")
    if not text.startswith("MIT License") or "The conversation-items developers" not in text:
        problems.append("the installed LICENSE is not the MIT license of The conversation-items developers")
    return problems


def check_entry_points() -> Problems:
    problems = []
    scripts = importlib.metadata.entry_points(group="console_scripts").select(name=SCRIPT)
    if [ep.value for ep in scripts] != ["conversation_items.cli:main"]:
        problems.append(f"console script {SCRIPT} missing: console_scripts entry points are {list(scripts)}")
    if not (BIN / SCRIPT).is_file():
        problems.append(f"console script {SCRIPT} missing: {BIN / SCRIPT} was not installed")
    plugins = importlib.metadata.entry_points(group="pytest11").select(name="conversation_items")
    if [ep.value for ep in plugins] != ["conversation_items.pytest_plugin"]:
        problems.append(f"pytest11 entry point conversation_items missing: found {list(plugins)}")
    return problems


def mypy(target: str) -> subprocess.CompletedProcess[str]:
    (WORKDIR / "mypy.ini").write_text("[mypy]\n", encoding="utf-8")  # no project settings: a user's defaults
    args = ["--strict", "--config-file", "mypy.ini", "--cache-dir", ".mypy_cache", "--no-color-output", target]
    return run([sys.executable, "-m", "mypy", *args])


def union_members(revealed: str) -> set[str]:
    """The members of a type as mypy prints it: ``Union[A, B]`` or ``A | B``."""
    inner = revealed[len("Union[") : -1] if revealed.startswith("Union[") else revealed
    return {part.strip() for part in re.split(r",|\|", inner)}


def check_mypy() -> Problems:
    problems = []
    good = mypy("user_typed_script.py")
    if good.returncode != 0 or "Success" not in good.stdout:
        problems.append(f"mypy --strict fails on a correct user script: {tail(good.stdout)}")
    (WORKDIR / "probe_narrowing.py").write_text(PROBE, encoding="utf-8")
    probe = mypy("probe_narrowing.py")
    notes = dict(re.findall(r"^probe_narrowing\.py:(\d+): note: Revealed type is \"(.*)\"$", probe.stdout, re.M))
    errors = re.findall(r"^probe_narrowing\.py:(\d+): error: (.*)$", probe.stdout, re.M)

    from conversation_items import ITEM_TYPES, UnknownItem

    classes = {*ITEM_TYPES.values(), UnknownItem}
    expected = {f"{cls.__module__}.{cls.__qualname__}" for cls in classes}
    revealed = notes.get(str(PROBE_REVEAL_LINE))
    if revealed is None or union_members(revealed) != expected:
        problems.append(
            f"get_item's result is not the item union of {len(expected)} classes: mypy revealed {revealed!r} "
            f"({tail(probe.stdout, 4)})"
        )
    narrowed = notes.get(str(PROBE_NARROWED_LINE))
    if narrowed != "conversation_items_client.models.function_call_item.FunctionCallItem":
        problems.append(f"isinstance does not narrow get_item's result to FunctionCallItem: {narrowed!r}")
    wrong = [(line, text) for line, text in errors if int(line) == PROBE_WRONG_LINE and "[assignment]" in text]
    others = [(line, text) for line, text in errors if (line, text) not in wrong]
    if probe.returncode != 1 or len(wrong) != 1:
        problems.append(f"mypy did not flag assigning the item union to a MessageItem: {tail(probe.stdout, 4)}")
    if others:
        problems.append(f"mypy reported other errors in the probe: {others}")
    return problems


def pyright(target: str) -> subprocess.CompletedProcess[str]:
    # a user's strict pyright, no project settings but the mode; the venv's python is found on PATH (activated)
    config = {"typeCheckingMode": "strict", "pythonVersion": "3.11", "venvPath": str(BIN.parent.parent)}
    config["venv"] = BIN.parent.name
    (WORKDIR / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    return run([str(BIN / "pyright"), "--outputjson", target])


def check_pyright() -> Problems:
    """The same user script passes pyright in strict mode, and pyright flags the probe's wrong assignment."""
    problems = []
    good = pyright("user_typed_script.py")
    try:
        found = json.loads(good.stdout)
    except json.JSONDecodeError:
        return [f"pyright gave no result: {tail(good.stdout + good.stderr)}"]
    errors = [d for d in found.get("generalDiagnostics", []) if d.get("severity") == "error"]
    if good.returncode != 0 or errors:
        shown = [f"{d['range']['start']['line'] + 1}: {d['message'].splitlines()[0]}" for d in errors[:4]]
        untyped = sorted(set(re.findall(r'Stub file not found for "(\w+)"', " ".join(d["message"] for d in errors))))
        marker = [f"{p}/py.typed" for p in untyped if not importlib.resources.files(p).joinpath("py.typed").is_file()]
        why = f" ({', '.join(marker)} not installed)" if marker else ""
        problems.append(f"pyright --strict fails on a correct user script{why}: {shown}")
    (WORKDIR / "probe_narrowing.py").write_text(PROBE, encoding="utf-8")
    probe = json.loads(pyright("probe_narrowing.py").stdout)
    lines = {
        d["range"]["start"]["line"] + 1 for d in probe.get("generalDiagnostics", []) if d.get("severity") == "error"
    }
    if PROBE_WRONG_LINE not in lines:
        problems.append(f"pyright did not flag assigning the item union to a MessageItem (errors on lines {lines})")
    return problems


def start_mock_server(fixtures: Path, ready: Path) -> tuple[subprocess.Popen[bytes], str]:
    log = (WORKDIR / "mock-server.log").open("wb")
    args = ["mock-server", "--port", "0", "--ready-file", str(ready), "--fixtures", str(fixtures)]
    server = subprocess.Popen(
        [str(BIN / SCRIPT), *args, "--conversation-id", "conv_smoke"],
        cwd=WORKDIR,
        env=user_env(),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and server.poll() is None:
        if ready.is_file() and ready.read_text(encoding="utf-8").strip():
            return server, ready.read_text(encoding="utf-8").strip()
        time.sleep(0.1)
    server.kill()
    server.wait()
    log_text = (WORKDIR / "mock-server.log").read_text(encoding="utf-8", errors="replace")
    raise RuntimeError(f"conversation-items mock-server did not start: {tail(log_text)}")


def check_cli() -> Problems:
    script = str(BIN / SCRIPT)
    if not (BIN / SCRIPT).is_file():
        return [f"console script {SCRIPT} missing: cannot run the CLI ({script} does not exist)"]
    problems = []
    helped = run([script, "--help"])
    if helped.returncode != 0 or not all(word in helped.stdout for word in ("get", "types", "mock-server")):
        problems.append(f"{SCRIPT} --help: exit {helped.returncode}: {tail(helped.stdout + helped.stderr)}")
    from conversation_items import ITEM_TYPES

    types = run([script, "types"])
    listed = {line.split()[0] for line in types.stdout.splitlines() if line and not line.startswith("(")}
    if types.returncode != 0 or listed != set(ITEM_TYPES):
        problems.append(f"{SCRIPT} types: exit {types.returncode}, lists {len(listed)} of {len(ITEM_TYPES)} types")

    fixtures = WORKDIR / "cli-fixtures"
    fixtures.mkdir(exist_ok=True)
    (fixtures / "fc_smoke_1.json").write_text(json.dumps(CLI_ITEM), encoding="utf-8")
    ready = WORKDIR / "mock-server.ready"
    ready.unlink(missing_ok=True)
    server, endpoint = start_mock_server(fixtures, ready)
    try:
        got = run([script, "get", "conv_smoke", "fc_smoke_1", "--endpoint", endpoint])
        if got.returncode != 0 or "FunctionCallItem" not in got.stdout or "call_smoke_1" not in got.stdout:
            problems.append(f"{SCRIPT} get: exit {got.returncode}: {tail(got.stdout + got.stderr)}")
        as_json = run([script, "get", "conv_smoke", "fc_smoke_1", "--endpoint", endpoint, "--json"])
        try:
            same = as_json.returncode == 0 and json.loads(as_json.stdout) == CLI_ITEM
        except ValueError:
            same = False
        if not same:
            problems.append(f"{SCRIPT} get --json does not print the served item: {tail(as_json.stdout)}")
        missing = run([script, "get", "conv_smoke", "no_such_item", "--endpoint", endpoint])
        if missing.returncode != 1 or "404" not in missing.stderr:
            problems.append(f"{SCRIPT} get of a missing item: exit {missing.returncode} (expected 1 with the 404)")
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    return problems


def check_pytest_fixture() -> Problems:
    project = WORKDIR / "fixture-user"
    project.mkdir(exist_ok=True)
    source = (WORKDIR / "user_fixture_check.py").read_text(encoding="utf-8")
    (project / "test_user_fixture.py").write_text(source, encoding="utf-8")
    result = run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_user_fixture.py"], project)
    if result.returncode != 0 or not re.search(r"^2 passed", result.stdout, re.M):
        return [f"the mock_conversation_server fixture, used from a user's test file: {tail(result.stdout)}"]
    return []


def check_azure_extra() -> Problems:
    """The project's real azure-identity tests (sync and aio credentials against the bundled managed-identity token
    server), run with plain pytest: they need nothing but what `pip install 'conversation-items[azure]'` brings."""
    project = WORKDIR / "azure-user"
    project.mkdir(exist_ok=True)
    source = (WORKDIR / "test_azure_identity.py").read_text(encoding="utf-8")
    (project / "test_azure_identity.py").write_text(source, encoding="utf-8")
    args = [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", "test_azure_identity.py"]
    result = run(args, project)
    passed = re.search(r"^(\d+) passed", result.stdout, re.M)
    if result.returncode != 0 or passed is None or "skipped" in result.stdout:  # a skip: the extra is incomplete
        return [f"the azure extra's credentials (tests/client/test_azure_identity.py): {tail(result.stdout)}"]
    return []


CHECKS: dict[str, Callable[[], Problems]] = {
    "imports": check_imports,
    "py.typed": check_py_typed,
    "license": check_license,
    "entry points": check_entry_points,
    "mypy": check_mypy,
    "pyright": check_pyright,
    "cli": check_cli,
    "pytest fixture": check_pytest_fixture,
    "azure extra": check_azure_extra,
}


def main() -> int:
    failed = 0
    for name, check in CHECKS.items():
        started = time.monotonic()
        try:
            problems = check()
        except Exception as exc:  # a crash is a failure of that check, reported like the others
            problems = [f"crashed: {exc!r} at {traceback.format_exc().strip().splitlines()[-3].strip()}"]
        took = f"({time.monotonic() - started:.1f} s)"
        if problems:
            failed += 1
            for problem in problems:
                print(f"FAIL {name}: {problem}", flush=True)
        else:
            print(f"ok   {name} {took}", flush=True)
    python = ".".join(map(str, sys.version_info[:3]))
    print(f"smoke: {len(CHECKS) - failed} of {len(CHECKS)} checks passed (Python {python})", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
