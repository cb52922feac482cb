"""The generator's STOCK client: the same spec, generated without our template overrides.

It is generated into a temporary directory (removed at exit) as package ``stock_items_client`` so that it
imports next to ours, using a copy of generator-config.yaml with only the two name overrides changed.
Its decoding of the item union is openapi-python-client's own: try each ``oneOf`` member's ``from_dict``
in order until one does not raise.

Run alone (``python bench/stock_client.py``) to generate it and decode every fixture once.
"""

from __future__ import annotations

import atexit
import importlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parent.parent
VENV_BIN = REPO / ".venv" / "bin"
SPEC = REPO / "spec" / "conversation-items.openapi.yaml"
CONFIG = REPO / "generator-config.yaml"
PACKAGE = "stock_items_client"


def _config_text() -> str:
    lines = []
    for line in CONFIG.read_text().splitlines():
        if line.startswith("package_name_override:"):
            line = f"package_name_override: {PACKAGE}"
        elif line.startswith("project_name_override:"):
            line = "project_name_override: stock-items-client"
        lines.append(line)
    return "\n".join(lines) + "\n"


def generate(root: Path) -> float:
    """Generate the stock client into ``root/stock_items_client``; return the seconds it took."""
    config = root / "stock-config.yaml"
    config.write_text(_config_text())
    generator = VENV_BIN / "openapi-python-client"
    if not generator.exists():
        generator = Path(shutil.which("openapi-python-client") or "openapi-python-client")
    env = dict(os.environ)
    # the config's post-hooks run the ruff on PATH: the pinned one from .venv
    env["PATH"] = f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}"
    start = time.perf_counter()
    proc = subprocess.run(
        [
            str(generator),
            "generate",
            "--path",
            str(SPEC),
            "--config",
            str(config),
            "--meta",
            "none",
            "--output-path",
            str(root / PACKAGE),
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0 or not (root / PACKAGE / "__init__.py").exists():
        raise RuntimeError(f"stock generation failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return time.perf_counter() - start


_LOADED: tuple[ModuleType, Any, float] | None = None


def load() -> tuple[ModuleType, Any, float]:
    """(stock endpoint module, a stock ``Client``, generation seconds); generated once per process."""
    global _LOADED
    if _LOADED is None:
        root = Path(tempfile.mkdtemp(prefix="stock-items-client-"))
        atexit.register(shutil.rmtree, root, ignore_errors=True)
        seconds = generate(root)
        sys.path.insert(0, str(root))
        package = importlib.import_module(PACKAGE)
        endpoint = importlib.import_module(f"{PACKAGE}.api.conversations.get_conversation_item")
        _LOADED = (endpoint, package.Client(base_url="http://127.0.0.1"), seconds)
    return _LOADED


if __name__ == "__main__":
    import httpx
    from corpus import fixture_items

    endpoint, client, seconds = load()
    print(f"generated {PACKAGE} in {seconds:.1f} s")
    for item in fixture_items():
        try:
            parsed = endpoint._parse_response(client=client, response=httpx.Response(200, content=item.data))
            outcome = type(parsed).__name__
        except Exception as exc:
            outcome = f"FAILED {type(exc).__name__}: {exc}"
        print(f"{item.type:42} {outcome}")
