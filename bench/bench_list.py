"""List: ``list_items`` page by page from ``conversation_items.testing.MockConversationServer`` on loopback.

The items: the bundled fixtures, one per item type (``corpus.FIXTURES``, sorted by name), cycled to the count
needed, each copy with its own id (``<fixture id>_<n>``), added in that order to one conversation
(``conv_list``) with ``server.add_item``. The server runs in its own process (``bench_list.py --serve``), as
for the round trip.

Time (1,000 items, 300 with --quick, listed in pages of 100, ``order=asc``): ``ours`` =
``ConversationItemsClient(max_retries=0).list_items(conv, limit=100, order="asc")``, iterating every item;
``openai`` = ``OpenAI(base_url=endpoint + "/openai/v1", max_retries=0).conversations.items.list(conv,
limit=100, order="asc")``, auto-paging over every item; ``raw`` = ``httpx.Client().get(url)`` +
``json.loads`` per page, iterating ``data`` and following ``after=<last_id>`` while ``has_more``;
``raw+parse_item`` = ``raw`` plus ``parse_item`` on every item (the typed floor: what is left of ours beyond it is
the pager's own cost). One listing = every item once; after a warm-up listing each, 31 blocks (3 with --quick) of
one listing per contender, the contenders alternating in an order that rotates. One sample = mean time per item in
one block; a ratio is the median of the per-block ratios (each contender's block against the other's in the same
round). The ``mock`` row is the mock's own time per item (``service.handle`` of every page, no socket, in the
server's process at start): part of every contender's time.

Decode report: how many of the listed items openai-python gives back as its ``Message`` though their ``type``
is not ``message`` (it falls back to ``Message``, with ``role=None``, for item types it does not know); ours
must decode every one to its own class, or the comparison is void.

Memory: a fresh child process iterates ``list_items`` over 100,000 items (10,000 with --quick) in pages of 100
and samples its RSS before the first page and at 10%, 50% and 100% of the items. The mock serving them runs in
a third process. Its list (``MockConversationService._page``) walks every item the service holds for every
page (~0.3 s a page at 100,000 items, so ~5 minutes for the whole list), so that server answers from an index
instead (``indexed_service``: the same bytes for this list, checked against the mock's own pages at start).
Flat = growth from the 10% sample to the end < 5 MB.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _stats
import corpus
from _stats import PYTHON, Row

SECTION = "7. list"
CONVERSATION = "conv_list"
PAGE_SIZE = 100


# -- the items -----------------------------------------------------------------------------------
def fixture_bodies() -> list[dict[str, Any]]:
    """One item per type: the bundled fixtures, sorted by file name."""
    return [json.loads(path.read_bytes()) for path in sorted(corpus.FIXTURES.glob("*.json"))]


def list_items_cycled(count: int) -> Iterator[tuple[str, bytes]]:
    """``count`` items (id, compact JSON bytes): the fixtures cycled, each copy with a distinct id."""
    fixtures = fixture_bodies()
    width = len(str(count))
    for n in range(count):
        item = dict(fixtures[n % len(fixtures)])
        item["id"] = f"{item['id']}_{n:0{width}d}"
        yield item["id"], corpus.encode(item)


def indexed_service(count: int) -> Any:
    """A mock service holding ``count`` cycled items in ``CONVERSATION`` whose list of them, ``order=asc`` without
    other filters, is answered from an index in O(limit) instead of the mock's walk over every stored item per page
    (any other request: the mock's own). Its pages are checked against the mock's own, byte for byte."""
    from conversation_items.testing import MockConversationService

    class IndexedListService(MockConversationService):
        """The mock service, whose list of its one conversation, ``order=asc`` without other filters, is answered from
        an index in O(limit) instead of walking every stored item per page (any other request: the mock's own)."""

        def __init__(self, conversation_id: str) -> None:
            super().__init__(items=[], conversation_id=conversation_id)
            self._ids: list[str] = []
            self._bodies: list[bytes] = []
            self._position: dict[str, int] = {}

        def add_listed(self, item_id: str, body: bytes) -> None:
            self.add_item(body, item_id=item_id)
            self._position[item_id] = len(self._ids)
            self._ids.append(item_id)
            self._bodies.append(body)

        def _page(self, conv: str, query: Mapping[str, list[str]], candidates: Iterable[str | None]) -> bytes:
            keys = list(candidates)
            after = query.get("after", [None])[-1]
            simple = (
                conv == self.conversation_id
                and keys == [None]
                and set(query) <= {"limit", "order", "after"}
                and query.get("order", [""])[-1] == "asc"
                and query.get("limit", [""])[-1] in {str(n) for n in range(1, 101)}
                and (after is None or after in self._position)
            )
            if not simple:
                return super()._page(conv, query, keys)
            limit = int(query["limit"][-1])
            start = 0 if after is None else self._position[after] + 1
            ids, bodies = self._ids[start : start + limit], self._bodies[start : start + limit]
            parts = [b'{"object":"list","data":[', b",".join(bodies), b"]"]
            if ids:
                parts.append(
                    b',"first_id":' + json.dumps(ids[0]).encode() + b',"last_id":' + json.dumps(ids[-1]).encode()
                )
            parts.append(b',"has_more":true}' if start + limit < len(self._ids) else b',"has_more":false}')
            return b"".join(parts)

        def check_index(self) -> None:
            """The indexed pages are the mock's own, byte for byte (first, second, middle, last two pages)."""
            n = len(self._ids)
            for start in sorted({0, PAGE_SIZE, n // 2, max(0, n - PAGE_SIZE - 1), max(0, n - 1)}):
                query = {"limit": [str(PAGE_SIZE)], "order": ["asc"]}
                if start:
                    query["after"] = [self._ids[start - 1]]
                if self._page(CONVERSATION, query, [None]) != super()._page(CONVERSATION, query, [None]):
                    raise RuntimeError(f"IndexedListService: the page after item #{start} differs from the mock's own")

    service = IndexedListService(CONVERSATION)
    for item_id, body in list_items_cycled(count):
        service.add_listed(item_id, body)
    service.check_index()
    return service


# -- the server process --------------------------------------------------------------------------
def serve(count: int, indexed: bool) -> None:
    """Child mode: serve ``count`` items in one conversation, print where as one JSON line, serve until stdin
    closes."""
    from conversation_items.testing import MockConversationServer

    if indexed:
        server = MockConversationServer(service=indexed_service(count))
    else:
        server = MockConversationServer(items=[], conversation_id=CONVERSATION)
        for item_id, body in list_items_cycled(count):
            server.add_item(body, item_id=item_id)
    with server:
        info = {
            "endpoint": server.endpoint,
            "conversation_id": CONVERSATION,
            "count": count,
            "list_url": server.list_url_for(CONVERSATION),
            "mock_us_per_item": [] if indexed else _mock_share(server.service, count),
        }
        print(json.dumps(info), flush=True)
        sys.stdin.read()


def _mock_share(service: Any, count: int) -> list[float]:
    """The mock's own time per listed item (``service.handle`` of every page of the list, no socket), 5 times."""
    from urllib.parse import urlsplit

    from conversation_items.testing.wire import IncomingRequest

    path = urlsplit(service.list_url_for(CONVERSATION)).path
    ids = service.item_ids(CONVERSATION)
    queries = [f"?limit={PAGE_SIZE}&order=asc"]
    queries += [f"{queries[0]}&after={quote(ids[n - 1], safe='')}" for n in range(PAGE_SIZE, count, PAGE_SIZE)]
    requests = [IncomingRequest("GET", path + query, ()) for query in queries]
    samples = []
    for _ in range(5):
        start = time.perf_counter_ns()
        for request in requests:
            if service.handle(request).status != 200:
                raise RuntimeError(f"the mock refused {request.raw_path}")
        samples.append((time.perf_counter_ns() - start) / count / 1e3)
    service.clear_requests()
    return samples


class Server:
    """The mock server in a child process, serving ``count`` items."""

    def __init__(self, count: int, *, indexed: bool = False) -> None:
        self.args = [PYTHON, __file__, "--serve", str(count), *(["--indexed"] if indexed else [])]

    def __enter__(self) -> dict[str, Any]:
        self.proc = subprocess.Popen(self.args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            self.proc.kill()
            self.proc.wait()
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


# -- time per item -------------------------------------------------------------------------------
def _time(info: dict[str, Any], quick: bool) -> list[Row]:
    import httpx
    from conversation_items import ConversationItemsClient, parse_item
    from openai import OpenAI

    blocks, per_block = (3, 1) if quick else (31, 1)
    conv, count, list_url = info["conversation_id"], info["count"], info["list_url"]
    ours = ConversationItemsClient(endpoint=info["endpoint"], max_retries=0)
    raw = httpx.Client()
    oai = OpenAI(base_url=info["endpoint"] + "/openai/v1", api_key="x", max_retries=0)
    loads = json.loads
    first_url = f"{list_url}?limit={PAGE_SIZE}&order=asc"

    def list_ours() -> int:
        n = 0
        for _ in ours.list_items(conv, limit=PAGE_SIZE, order="asc"):
            n += 1
        return n

    def list_openai() -> int:
        n = 0
        for _ in oai.conversations.items.list(conv, limit=PAGE_SIZE, order="asc"):
            n += 1
        return n

    def list_raw() -> int:
        n = 0
        url = first_url
        while True:
            page = loads(raw.get(url).content)
            for _ in page["data"]:
                n += 1
            if not page["has_more"]:
                return n
            url = f"{first_url}&after={quote(page['last_id'], safe='')}"

    def list_raw_typed() -> int:
        n = 0
        url = first_url
        while True:
            page = loads(raw.get(url).content)
            for data in page["data"]:
                parse_item(data)
                n += 1
            if not page["has_more"]:
                return n
            url = f"{first_url}&after={quote(page['last_id'], safe='')}"

    listings: dict[str, Callable[[], int]] = {
        "ours": list_ours,
        "openai": list_openai,
        "raw": list_raw,
        "raw+parse_item": list_raw_typed,
    }
    try:
        for name, listing in listings.items():  # warm-up, and every contender sees every item
            got = listing()
            if got != count:
                raise RuntimeError(f"{name} listed {got} items, not {count}")
        as_message, role_none, types = _decode_report(ours, oai, conv, count)
        samples: dict[str, list[float]] = {name: [] for name in listings}
        for block in range(blocks):
            for name in _stats.rotated(list(listings), block):
                listing = listings[name]
                start = time.perf_counter_ns()
                for _ in range(per_block):
                    listing()
                samples[name].append((time.perf_counter_ns() - start) / (per_block * count) / 1e3)
    finally:
        ours.close()
        raw.close()
        oai.close()

    listed = f"{count:,} items in pages of {PAGE_SIZE}, {blocks * per_block} listings"
    rows = [_stats.figure(SECTION, f"{name}: time per item ({listed})", vals, "us") for name, vals in samples.items()]
    rows.append(
        _stats.figure(
            SECTION,
            "mock: its own time per item (answering every page, no socket; in each row above)",
            info["mock_us_per_item"],
            "us",
        )
    )
    openai_ours = [a / b for a, b in zip(samples["openai"], samples["ours"], strict=True)]
    ours_raw = [a / b for a, b in zip(samples["ours"], samples["raw"], strict=True)]
    rows.append(
        _stats.ratio(
            SECTION,
            "openai / ours (time per item, median of per-block ratios)",
            _stats.median(openai_ours),
            op=">=",
            target=4.0,
            spread=openai_ours,
        )
    )
    rows.append(
        _stats.ratio(
            SECTION,
            "ours / raw httpx + json.loads per page (time per item, median of per-block ratios)",
            _stats.median(ours_raw),
            op="<=",
            target=1.15,
            spread=ours_raw,
        )
    )
    typed = [a / b for a, b in zip(samples["ours"], samples["raw+parse_item"], strict=True)]
    rows.append(
        _stats.ratio(
            SECTION,
            "ours / raw httpx + json.loads + parse_item per item (the pager's own cost)",
            _stats.median(typed),
            spread=typed,
        )
    )
    rows.append(
        _stats.ratio(
            SECTION,
            f"openai: listed items decoded as a Message, not being one (of {count:,}; ours: 0)",
            float(as_message),
            unit="n",
        )
    )
    rows.append(
        _stats.note(
            SECTION,
            f"openai-python gave {as_message} of the {count:,} listed items (types: {len(types)} of "
            f"{len(fixture_bodies())}) back as a Message although their type is not 'message', {role_none} of them "
            "with role=None; ours decodes each to its own class",
        )
    )
    return rows


def _decode_report(ours: Any, oai: Any, conv: str, count: int) -> tuple[int, int, set[str]]:
    """One listing by each client, against the types the server was given: (openai's Messages that are not messages,
    how many of them have role=None, their types). Ours must give every item its own class, or the comparison is
    void."""
    from conversation_items import ITEM_TYPES

    fixtures = fixture_bodies()
    kinds = [fixtures[n % len(fixtures)]["type"] for n in range(count)]
    for kind, item in zip(kinds, ours.list_items(conv, limit=PAGE_SIZE, order="asc"), strict=True):
        if type(item) is not ITEM_TYPES.get(kind):
            raise RuntimeError(f"ours decoded a {kind!r} item as {type(item).__name__}")
    as_message, role_none, types = 0, 0, set()
    for kind, theirs in zip(kinds, oai.conversations.items.list(conv, limit=PAGE_SIZE, order="asc"), strict=True):
        if type(theirs).__name__ == "Message" and kind != "message":
            as_message += 1
            role_none += getattr(theirs, "role", None) is None
            types.add(kind)
    return as_message, role_none, types


# -- memory --------------------------------------------------------------------------------------
def child(endpoint: str, conv: str, count: int) -> None:
    """Child mode: iterate the list, sampling RSS; print the samples as one JSON line."""
    import psutil
    from conversation_items import ConversationItemsClient

    proc = psutil.Process()
    mb = 1024 * 1024
    checkpoints = {count // 10: "10%", count // 2: "50%", count: "100%"}
    with ConversationItemsClient(endpoint=endpoint, max_retries=0) as client:
        rss = {"start": proc.memory_info().rss / mb}
        start = time.perf_counter()
        n = 0
        for _ in client.list_items(conv, limit=PAGE_SIZE, order="asc"):
            n += 1
            if n in checkpoints:
                rss[checkpoints[n]] = proc.memory_info().rss / mb
        seconds = time.perf_counter() - start
    if n != count:
        raise RuntimeError(f"listed {n} items, not {count}")
    print(json.dumps({"rss": rss, "seconds": seconds}))


def _memory(quick: bool) -> list[Row]:
    count = 10_000 if quick else 100_000
    with Server(count, indexed=True) as info:
        args = [PYTHON, __file__, "--child", info["endpoint"], info["conversation_id"], str(count)]
        out = subprocess.run(args, capture_output=True, text=True, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    rss = result["rss"]
    rows = [
        _stats.figure(SECTION, f"RSS {label} (iterating {count:,} items)", [rss[label]], "MB")
        for label in ("start", "10%", "50%", "100%")
    ]
    growth = rss["100%"] - rss["10%"]
    rows.append(
        _stats.ratio(
            SECTION, "RSS growth while listing, 10% sample -> end (flat)", growth, op="<", target=5.0, unit="MB"
        )
    )
    rows.append(
        _stats.note(
            SECTION,
            f"iterating {count:,} items in {count // PAGE_SIZE:,} pages took {result['seconds']:.1f} s (the mock in "
            "its own process, answering from an index); one run, so median = min = max",
        )
    )
    return rows


def run(quick: bool = False) -> list[Row]:
    count = 300 if quick else 1_000
    with Server(count) as info:
        rows = _time(info, quick)
    rows += _memory(quick)
    rows.append(
        _stats.note(SECTION, f"mock server in a separate process; {len(fixture_bodies())} fixture items cycled")
    )
    return rows


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "--serve":
        serve(int(sys.argv[2]), "--indexed" in sys.argv[3:])
    elif len(sys.argv) == 5 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        _stats.standalone(__doc__.splitlines()[0], run)
