"""The decode corpus: every bundled fixture, plus large and nested items built here.

Every item is held as the compact JSON bytes a server sends (``json.dumps(..., separators=(",", ":"))``).

- ``fixture``: one item per type, from overrides/conversation_items/fixtures/items/<type>.json (54).
- ``large``: a ``message`` with 2,000 ``url_citation`` annotations over 20 ``output_text`` parts, and a
  ``computer_call_output`` whose screenshot ``image_url`` is a 1 MB ``data:`` URL.
- ``size``: ``message`` items of ~10 KB, ~100 KB and ~1 MB, grown by adding annotations (so the decoder
  has proportionally more objects to build, not just a longer string) for the linearity check.
- ``position``: the same small payload under the ``type`` of the first and of the last ``oneOf`` member
  (among the members that accept it: those that require nothing but ``type``), so that the comparison of
  the two measures where a member stands in the union, not how big its fixture is.

Run alone (``python bench/corpus.py``) to list the corpus.
"""

from __future__ import annotations

import base64
import json
import random
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "overrides" / "conversation_items" / "fixtures" / "items"
SPEC = REPO / "spec" / "conversation-items.openapi.yaml"

SIZES = {"10KB": 10_000, "100KB": 100_000, "1MB": 1_000_000}


@dataclass(frozen=True)
class Item:
    name: str
    group: str  # "fixture" | "large" | "size"
    type: str
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)


def encode(item: dict[str, Any]) -> bytes:
    return json.dumps(item, separators=(",", ":")).encode()


def fixture_items() -> list[Item]:
    out = []
    for path in sorted(FIXTURES.glob("*.json")):
        data = json.loads(path.read_bytes())
        out.append(Item(path.stem, "fixture", data["type"], encode(data)))
    return out


def _annotation(i: int) -> dict[str, Any]:
    return {
        "type": "url_citation",
        "url": f"https://learn.microsoft.com/azure/ai-foundry/agents/how-to/tools/bing-grounding?ref={i}",
        "title": f"Grounding agents with Bing Search, section {i}",
        "start_index": 10 * i,
        "end_index": 10 * i + 9,
    }


def annotated_message(annotations: int, per_part: int = 100, item_id: str = "msg_bench") -> dict[str, Any]:
    """An assistant ``message`` whose ``output_text`` parts carry ``annotations`` url citations in all."""
    parts = []
    for start in range(0, annotations, per_part):
        count = min(per_part, annotations - start)
        parts.append(
            {
                "type": "output_text",
                "text": "Lisbon is the capital of Portugal; trams run every 10 minutes. " * 4,
                "annotations": [_annotation(start + k) for k in range(count)],
                "logprobs": [],
            }
        )
    return {
        "type": "message",
        "id": item_id,
        "status": "completed",
        "role": "assistant",
        "content": parts,
        "response_id": "resp_bench",
    }


def screenshot_output(image_bytes: int, item_id: str = "cuo_bench") -> dict[str, Any]:
    """A ``computer_call_output`` whose screenshot is a ``data:image/png;base64,...`` URL."""
    raw = random.Random(0).randbytes(image_bytes * 3 // 4)
    return {
        "type": "computer_call_output",
        "id": item_id,
        "call_id": "call_bench",
        "output": {
            "type": "computer_screenshot",
            "image_url": "data:image/png;base64," + base64.b64encode(raw).decode("ascii"),
        },
        "status": "completed",
    }


def message_of_size(target: int, item_id: str) -> dict[str, Any]:
    """An annotated message whose compact JSON is about ``target`` bytes (within one annotation)."""
    one = len(encode(annotated_message(100)))
    two = len(encode(annotated_message(200)))
    per_annotation = (two - one) / 100
    base = one - 100 * per_annotation
    count = max(1, round((target - base) / per_annotation))
    return annotated_message(count, item_id=item_id)


@cache
def build() -> tuple[Item, ...]:
    items = fixture_items()
    items.append(Item("message_2000_annotations", "large", "message", encode(annotated_message(2000))))
    items.append(
        Item("computer_call_output_1MB_data_url", "large", "computer_call_output", encode(screenshot_output(1 << 20)))
    )
    for label, target in SIZES.items():
        items.append(Item(f"message_{label}", "size", "message", encode(message_of_size(target, f"msg_{label}"))))
    first, last = position_types()
    for label, value in (("first", first), ("last", last)):
        items.append(Item(f"position_{label}", "position", value, encode(_position_payload(value))))
    return tuple(items)


def _position_payload(value: str) -> dict[str, Any]:
    return {"type": value, "id": "pos_1", "status": "completed", "x_extra": {"kept": True}}


def position_types() -> tuple[str, str]:
    """The first and last ``oneOf`` members that decode the same small payload (they require only ``type``)."""
    from conversation_items import ITEM_TYPES, ItemDecodeError, parse_item

    def accepts(value: str) -> bool:
        try:
            return type(parse_item(_position_payload(value))) is ITEM_TYPES[value]
        except ItemDecodeError:
            return False

    usable = [value for value in oneof_order() if accepts(value)]
    return usable[0], usable[-1]


def oneof_order() -> list[str]:
    """The ``type`` values of ``ConversationItem.oneOf``, in spec order (first to last member)."""
    import yaml

    spec = yaml.safe_load(SPEC.read_text())
    union = spec["components"]["schemas"]["ConversationItem"]
    by_ref = {ref: value for value, ref in union["discriminator"]["mapping"].items()}
    return [by_ref[member["$ref"]] for member in union["oneOf"]]


if __name__ == "__main__":
    order = oneof_order()
    print(f"oneOf: {len(order)} members, first {order[0]!r}, last {order[-1]!r}")
    for item in build():
        print(f"{item.group:8} {item.type:42} {item.size:>10,} B  {item.name}")
