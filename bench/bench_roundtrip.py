"""Round trip: ``get_item`` against ``conversation_items.testing.MockConversationServer`` on loopback.

The server runs in its own process (``bench_roundtrip.py --serve``) so that its work does not compete with
the clients for this process's GIL; every contender talks to that same server and cycles over the same
54 fixture items (the bundled ``conv_demo`` conversation).

Sync, sequential calls: ``ours`` = ``ConversationItemsClient(endpoint=..., max_retries=0).get_item``,
``httpx`` = ``httpx.Client().get(url)`` + ``json.loads(r.content)`` on the same URLs (no typing at all),
``openai`` = ``OpenAI(base_url=endpoint + "/openai/v1", max_retries=0).conversations.items.retrieve``.
2,000 calls each (200 with --quick) in blocks of 200 (40), the contenders alternating block by block in
an order that rotates, after a warm-up; one sample = mean time per call in one block.

Async, 32 calls in flight: ``ours`` = ``AsyncConversationItemsClient`` vs ``httpx`` = ``httpx.AsyncClient``
+ ``json.loads``, 5,000 calls each (500 with --quick) in alternating blocks; one sample = calls/s of a block.
Both use httpx's default connection limits.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _stats
from _stats import PYTHON, Row

SECTION = "3. round trip"
CONCURRENCY = 32


def serve() -> None:
    """Child mode: start the mock server, print where it is as one JSON line, serve until stdin closes."""
    from conversation_items.testing import MockConversationServer

    with MockConversationServer() as server:
        conv = server.conversation_id
        ids = server.item_ids()
        info = {
            "endpoint": server.endpoint,
            "conversation_id": conv,
            "ids": ids,
            "urls": [server.url_for(conv, item_id) for item_id in ids],
        }
        print(json.dumps(info), flush=True)
        sys.stdin.read()


class Server:
    """The mock server in a child process."""

    def __enter__(self) -> dict[str, Any]:
        self.proc = subprocess.Popen(
            [PYTHON, __file__, "--serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            self.proc.kill()
            raise RuntimeError("the mock server process did not start")
        info: dict[str, Any] = json.loads(line)
        return info

    def __exit__(self, *exc: object) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def _sync(info: dict[str, Any], quick: bool) -> list[Row]:
    import httpx
    from conversation_items import ConversationItemsClient
    from openai import OpenAI

    blocks, per_block, warmup = (5, 40, 20) if quick else (10, 200, 100)
    conv, ids, urls = info["conversation_id"], info["ids"], info["urls"]
    n_items = len(ids)
    ours = ConversationItemsClient(endpoint=info["endpoint"], max_retries=0)
    raw = httpx.Client()
    oai = OpenAI(base_url=info["endpoint"] + "/openai/v1", api_key="x", max_retries=0)
    loads = json.loads

    def call_ours(i: int) -> object:
        return ours.get_item(conv, ids[i % n_items])

    def call_httpx(i: int) -> object:
        return loads(raw.get(urls[i % n_items]).content)

    def call_openai(i: int) -> object:
        return oai.conversations.items.retrieve(ids[i % n_items], conversation_id=conv)

    calls: dict[str, Callable[[int], object]] = {"ours": call_ours, "httpx": call_httpx, "openai": call_openai}
    try:
        for call in calls.values():
            for i in range(warmup):
                call(i)
        samples: dict[str, list[float]] = {name: [] for name in calls}
        for block in range(blocks):
            for name in _stats.rotated(list(calls), block):
                call = calls[name]
                start = time.perf_counter_ns()
                for i in range(block * per_block, (block + 1) * per_block):
                    call(i)
                samples[name].append((time.perf_counter_ns() - start) / per_block / 1e3)
    finally:
        ours.close()
        raw.close()
        oai.close()

    total = blocks * per_block
    rows = [
        _stats.figure(SECTION, f"sync {name}: time per get_item ({total:,} calls)", vals, "us")
        for name, vals in samples.items()
    ]
    med = {name: _stats.median(vals) for name, vals in samples.items()}
    per_block_ratio = [a / b for a, b in zip(samples["ours"], samples["httpx"], strict=True)]
    rows.append(
        _stats.ratio(
            SECTION,
            "sync: ours / raw httpx (time per call, median of per-block ratios)",
            _stats.median(per_block_ratio),
            op="<=",
            target=1.15,
            spread=per_block_ratio,
        )
    )
    rows.append(
        _stats.ratio(
            SECTION,
            "sync: ours / openai (time per call; < 1 = faster)",
            med["ours"] / med["openai"],
            op="<",
            target=1.0,
            spread=[a / b for a, b in zip(samples["ours"], samples["openai"], strict=True)],
        )
    )
    return rows


async def _async(info: dict[str, Any], quick: bool) -> list[Row]:
    import httpx
    from conversation_items import AsyncConversationItemsClient

    # many short paired blocks: async throughput here swings by 2x from one second to the next (httpcore's
    # pool management is CPU-bound at 32 in flight), so each block's ratio is taken against its neighbour
    blocks, per_block, warmup = (2, 250, 64) if quick else (25, 200, 500)
    conv, ids, urls = info["conversation_id"], info["ids"], info["urls"]
    n_items = len(ids)
    loads = json.loads

    async with (
        AsyncConversationItemsClient(endpoint=info["endpoint"], max_retries=0) as ours,
        httpx.AsyncClient() as raw,
    ):

        async def call_ours(i: int) -> object:
            return await ours.get_item(conv, ids[i % n_items])

        async def call_httpx(i: int) -> object:
            return loads((await raw.get(urls[i % n_items])).content)

        calls: dict[str, Callable[[int], Awaitable[object]]] = {"ours": call_ours, "httpx": call_httpx}

        async def drive(call: Callable[[int], Awaitable[object]], first: int, count: int) -> float:
            todo = iter(range(first, first + count))

            async def worker() -> None:
                for i in todo:
                    await call(i)

            start = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
            return count / (time.perf_counter() - start)

        for call in calls.values():
            await drive(call, 0, warmup)
        samples: dict[str, list[float]] = {name: [] for name in calls}
        for block in range(blocks):
            for name in _stats.rotated(list(calls), block):
                samples[name].append(await drive(calls[name], block * per_block, per_block))

    total = blocks * per_block
    rows = [
        _stats.figure(SECTION, f"async {name}: throughput, {CONCURRENCY} in flight ({total:,} calls)", vals, "calls/s")
        for name, vals in samples.items()
    ]
    paired = [a / b for a, b in zip(samples["ours"], samples["httpx"], strict=True)]
    rows.append(
        _stats.ratio(
            SECTION,
            "async: ours / raw httpx (throughput, median of per-block ratios)",
            _stats.median(paired),
            op=">=",
            target=0.9,
            spread=paired,
        )
    )
    return rows


def run(quick: bool = False) -> list[Row]:
    with Server() as info:
        rows = _sync(info, quick)
        rows += asyncio.run(_async(info, quick))
    rows.append(_stats.note(SECTION, f"mock server in a separate process; {len(info['ids'])} fixture items cycled"))
    return rows


if __name__ == "__main__":
    if "--serve" in sys.argv:
        serve()
    else:
        _stats.standalone(__doc__.splitlines()[0], run)
