"""Decode: the bytes of one item -> a typed object, over the corpus (see corpus.py).

Contenders, all timed on the same bytes, interleaved (every repeat walks the corpus and, per item, runs
each contender in an order that rotates from repeat to repeat):

- ``ours``           ``parse_item(json.loads(b))``
- ``ours_endpoint``  our generated endpoint's ``parse_response(status_code=200, headers=..., content=b)``
- ``openai``         ``openai._models.construct_type(type_=ConversationItem, value=json.loads(b))``, what
                     ``client.conversations.items.retrieve`` does to build its result (non-strict client)
- ``stock``          the stock generator client's ``_parse_response`` (try each ``oneOf`` member in turn)
- ``floor``          ``json.loads(b)`` alone

One measurement is a batched loop calibrated to last >= 20 ms (1 ms with --quick); >= 7 repeats (3 with
--quick). The garbage collector stays on (it is part of the real cost).
"""

from __future__ import annotations

import json
import statistics
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _stats
import corpus
from _stats import Row

SECTION = "1. decode"
CONTENDERS = ("ours", "ours_endpoint", "openai", "stock", "floor")


def _contenders() -> tuple[dict[str, Callable[[Any], object]], dict[str, Callable[[bytes], Any]], list[Row]]:
    """(timed functions, per-contender argument builders, notes)."""
    import httpx
    import stock_client
    from conversation_items import parse_item
    from conversation_items_client.api.conversations import get_conversation_item as our_endpoint
    from openai._models import construct_type
    from openai.types.conversations import ConversationItem

    stock_endpoint, stock, seconds = stock_client.load()
    loads = json.loads
    our_parse = our_endpoint.parse_response
    json_headers = {"content-type": "application/json"}
    stock_parse = stock_endpoint._parse_response

    funcs: dict[str, Callable[[Any], object]] = {
        "ours": lambda b: parse_item(loads(b)),
        "ours_endpoint": lambda b: our_parse(status_code=200, headers=json_headers, content=b),
        "openai": lambda b: construct_type(type_=ConversationItem, value=loads(b)),
        "stock": lambda r: stock_parse(client=stock, response=r),
        "floor": loads,
    }

    # the httpx.Response is built once per item, outside the timed loop (its .json()/.content do not cache
    # the decoded body, so every call decodes the bytes again)
    def as_response(b: bytes) -> httpx.Response:
        return httpx.Response(200, content=b, headers={"content-type": "application/json"})

    def as_bytes(b: bytes) -> bytes:
        return b

    args: dict[str, Callable[[bytes], Any]] = {
        "ours": as_bytes,
        "ours_endpoint": as_bytes,
        "openai": as_bytes,
        "stock": as_response,
        "floor": as_bytes,
    }
    notes = [_stats.note(SECTION, f"stock client generated from the same spec in {seconds:.1f} s")]
    return funcs, args, notes


def run(quick: bool = False) -> list[Row]:
    repeats = 3 if quick else 7
    target_ns = 1e6 if quick else 20e6
    items = corpus.build()
    funcs, arg_makers, rows = _contenders()

    # validate once per (item, contender): warms lazy imports and finds what a contender cannot decode
    args: dict[tuple[str, str], Any] = {}
    loops: dict[tuple[str, str], int] = {}
    failed: dict[str, list[str]] = {name: [] for name in CONTENDERS}
    class_names: dict[tuple[str, str], str] = {}
    for item in items:
        for name in CONTENDERS:
            arg = arg_makers[name](item.data)
            try:
                class_names[(item.name, name)] = type(funcs[name](arg)).__name__
            except Exception as exc:
                failed[name].append(f"{item.name} ({type(exc).__name__})")
                continue
            args[(item.name, name)] = arg
    for item in items:
        ours_cls, stock_cls = class_names.get((item.name, "ours")), class_names.get((item.name, "stock"))
        if stock_cls is not None and ours_cls != stock_cls:
            rows.append(_stats.note(SECTION, f"stock decoded {item.name} as {stock_cls}, ours as {ours_cls}"))
    for name, names in failed.items():
        if names:
            rows.append(_stats.note(SECTION, f"{name} could not decode {len(names)} item(s): {', '.join(names)}"))

    for key, arg in args.items():
        loops[key] = _stats.calibrate(funcs[key[1]], arg, target_ns)

    samples: dict[tuple[str, str], list[float]] = {key: [] for key in args}
    for rep in range(repeats):
        for item in items:
            for name in _stats.rotated(CONTENDERS, rep + len(item.name)):
                key = (item.name, name)
                if key in args:
                    samples[key].append(_stats.time_loop(funcs[name], args[key], loops[key]))

    # ratios between two items (first/last oneOf member, the three sizes) are measured again in a paired
    # phase: the items of one group run back to back (order rotating), so that drift hits them equally
    first, last = "position_first", "position_last"
    sized = [item.name for item in items if item.group == "size"]
    groups = {("ours", first, last), ("stock", first, last)} | {(name, *sized) for name in ("ours", "openai", "floor")}
    paired: dict[tuple[str, str], list[float]] = {}
    for rep in range(repeats + 4):
        for name, *group in sorted(groups):
            for item_name in _stats.rotated(group, rep):
                key = (item_name, name)
                if key in args:
                    paired.setdefault(key, []).append(_stats.time_loop(funcs[name], args[key], loops[key]))
    return rows + summarize(items, samples, paired, repeats, first, last)


def _nan_median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def summarize(
    items: tuple[corpus.Item, ...],
    samples: dict[tuple[str, str], list[float]],
    paired: dict[tuple[str, str], list[float]],
    repeats: int,
    first_name: str,
    last_name: str,
) -> list[Row]:
    rows: list[Row] = []
    med = {key: statistics.median(vals) for key, vals in samples.items()}
    fixtures = [item for item in items if item.group == "fixture"]
    by_name = {item.name: item for item in items}
    first, last = by_name[first_name], by_name[last_name]

    def has(name: str, group: list[corpus.Item]) -> bool:
        return all((item.name, name) in samples for item in group)

    # per contender: the whole fixture set decoded once, per repeat
    for name in CONTENDERS:
        if has(name, fixtures):
            per_rep = [sum(samples[(item.name, name)][r] for item in fixtures) / 1e3 for r in range(repeats)]
            rows.append(_stats.figure(SECTION, f"{name}: all {len(fixtures)} fixtures, once each", per_rep, "us"))
    for item in items:
        if item.group != "large":
            continue
        for name in CONTENDERS:
            if (item.name, name) in samples:
                vals = [v / 1e6 for v in samples[(item.name, name)]]
                rows.append(_stats.figure(SECTION, f"{name}: {item.name} ({item.size / 1e3:,.0f} KB)", vals, "ms"))

    for name in ("ours", "stock"):
        for label, item in (("first", first), ("last", last)):
            if (item.name, name) in paired:
                vals = [v / 1e3 for v in paired[(item.name, name)]]
                rows.append(
                    _stats.figure(SECTION, f"{name}: oneOf {label} member {item.type} ({item.size} B)", vals, "us")
                )
    sized = [item for item in items if item.group == "size"]
    for name in ("ours", "openai", "floor"):
        for item in sized:
            if (item.name, name) in paired:
                vals = [v / item.size for v in paired[(item.name, name)]]
                rows.append(_stats.figure(SECTION, f"{name}: per byte, {item.name} ({item.size:,} B)", vals, "ns/B"))

    # ratios (per-item ratios of medians, then the median over the corpus; spread = worst/best item)
    def per_item(num: str, den: str) -> list[float]:
        return [med[(i.name, num)] / med[(i.name, den)] for i in items if (i.name, num) in med and (i.name, den) in med]

    def corpus_ratio(label: str, num: str, den: str, **check: Any) -> None:
        values = per_item(num, den)
        rows.append(
            _stats.ratio(
                SECTION,
                label,
                _nan_median(values),
                spread=values,
                note=f"median over {len(values)} items",
                **check,
            )
        )

    corpus_ratio("openai / ours (median of per-item ratios)", "openai", "ours", op=">=", target=5.0)
    corpus_ratio("ours / floor json.loads (median of per-item ratios)", "ours", "floor", op="<=", target=3.0)
    corpus_ratio("stock / ours (median of per-item ratios)", "stock", "ours")
    corpus_ratio("ours_endpoint / ours (median of per-item ratios)", "ours_endpoint", "ours")

    checks: tuple[tuple[str, dict[str, Any]], ...] = (("ours", {"op": "<=", "target": 1.25}), ("stock", {}))
    order = corpus.oneof_order()
    where = f"#{order.index(last.type) + 1} {last.type} / #{order.index(first.type) + 1} {first.type}"
    for name, check in checks:
        a, b = (last.name, name), (first.name, name)
        if a in paired and b in paired:
            per_rep = [x / y for x, y in zip(paired[a], paired[b], strict=True)]
            rows.append(
                _stats.ratio(
                    SECTION,
                    f"{name}: later oneOf member / earlier, same payload ({where} of {len(order)})",
                    statistics.median(per_rep),
                    spread=per_rep,
                    note="median of paired per-repeat ratios",
                    **check,
                )
            )
    linear: tuple[tuple[str, dict[str, Any]], ...] = (
        ("ours", {"op": "<=", "target": 1.5}),
        ("openai", {}),
        ("floor", {}),
    )
    for name, check in linear:
        if not all((i.name, name) in paired for i in sized) or not sized:
            continue
        per_byte = [statistics.median(paired[(i.name, name)]) / i.size for i in sized]
        per_rep = [
            max(costs) / min(costs)
            for costs in zip(*(([v / i.size for v in paired[(i.name, name)]]) for i in sized), strict=True)
        ]
        rows.append(
            _stats.ratio(
                SECTION,
                f"{name}: per-byte cost, max / min over {'/'.join(corpus.SIZES)}",
                max(per_byte) / min(per_byte),
                spread=per_rep,
                note="value from the median per-byte cost of each size; min/max: the same ratio per repeat, "
                "per-byte costs (ns/B): " + ", ".join(f"{v:.3f}" for v in per_byte),
                **check,
            )
        )
    rows.append(_stats.note(SECTION, wrong_classes_note()))
    rows.append(
        {
            "kind": "detail",
            "section": SECTION,
            "per_item_ns": {
                f"{item}/{name}": {"median": statistics.median(v), "min": min(v), "max": max(v)}
                for (item, name), v in samples.items()
            },
            "sizes": {item.name: item.size for item in items},
        }
    )
    return rows


def wrong_classes_note() -> str:
    """Which fixture types each decoder gives its own class: openai-python falls back to `Message` for item types it
    does not know (a report line, not a test: openai may learn them)."""
    import json

    from conversation_items import ITEM_TYPES, parse_item
    from openai._models import construct_type
    from openai.types.conversations import ConversationItem

    as_message, total = [], 0
    for path in sorted(corpus.FIXTURES.glob("*.json")):
        data = json.loads(path.read_bytes())
        if data["type"] not in ITEM_TYPES:
            continue
        total += 1
        ours = parse_item(data)
        assert type(ours) is ITEM_TYPES[data["type"]], path.name  # ours must be right, or the comparison is void
        theirs = construct_type(type_=ConversationItem, value=data)
        if type(theirs).__name__ == "Message" and data["type"] != "message":
            as_message.append(data["type"])
    return f"openai-python decodes {len(as_message)} of {total} item types as a Message (ours: 0): " + ", ".join(
        as_message
    )


if __name__ == "__main__":
    _stats.standalone(__doc__.splitlines()[0], run)
