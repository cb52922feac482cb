"""Construction: what a second client costs once the first exists (the CLI and short-lived workers pay it often).

In one process per contender (a fresh ``python -c``), construct one client (the first pays imports and, for
httpx's defaults, an SSL context), then time ``runs`` more constructions one by one and keep their median:
ours (``ConversationItemsClient`` for an https endpoint, the default transport: the SSL context is shared per
process), openai-python's ``OpenAI(api_key=..., base_url=...)``, and raw ``httpx.Client()`` (a new SSL context
each time, httpx's default). Each client is closed after it is timed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _stats
from _stats import PYTHON, REPO, Row

SECTION = "5. construction"

_SCRIPT = """
import json, time
{setup}
make()
samples = []
for _ in range({runs}):
    t = time.perf_counter()
    client = make()
    samples.append((time.perf_counter() - t) * 1e3)
    client.close()
print(json.dumps(samples))
"""

CONTENDERS = {
    "ours": (
        "from conversation_items import ConversationItemsClient\n"
        "def make():\n"
        "    return ConversationItemsClient('https://acct.services.ai.azure.com/api/projects/p', api_key='k')\n"
    ),
    "openai": (
        "from openai import OpenAI\n"
        "def make():\n"
        "    return OpenAI(api_key='k', base_url='https://acct.services.ai.azure.com/api/projects/p/openai/v1')\n"
    ),
    "httpx": "import httpx\ndef make():\n    return httpx.Client()\n",
}


def _samples(name: str, runs: int) -> list[float]:
    code = _SCRIPT.format(setup=CONTENDERS[name], runs=runs)
    out = subprocess.run([PYTHON, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    samples: list[float] = json.loads(out.stdout.strip().splitlines()[-1])
    return samples


def run(quick: bool = False) -> list[Row]:
    runs = 10 if quick else 50
    samples = {name: _samples(name, runs) for name in CONTENDERS}
    rows = [
        _stats.figure(SECTION, f"{name}: a second client, constructed and ready", values, "ms")
        for name, values in samples.items()
    ]
    ours = _stats.median(samples["ours"])
    rows.append(
        _stats.ratio(SECTION, "ours: a second client", ours, op="<=", target=5.0, unit="ms", spread=samples["ours"])
    )
    rows.append(
        _stats.ratio(
            SECTION, "openai / ours (second client; > 1 = ours cheaper)", _stats.median(samples["openai"]) / ours
        )
    )
    return rows


if __name__ == "__main__":
    _stats.standalone(__doc__.splitlines()[0], run)
