"""Seam: what one ``get_item`` call runs of the project's own code, counted (not timed, so not noisy).

One call over ``httpx.MockTransport`` (after a warm-up call) under ``sys.setprofile``: the project functions
entered (hand-written ``overrides/`` and generated ``generated/``), and the calls that cross from one layer into
the other directly (a hand-written function calling a generated one, or the reverse). httpx's own frames are not
counted.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import FrameType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _stats
from _stats import Row

SECTION = "6. seam"


def _layer(frame: FrameType | None) -> str | None:
    if frame is None:
        return None
    path = frame.f_code.co_filename
    if "/overrides/conversation_items/" in path:
        return "hand-written"
    if "/generated/conversation_items_client/" in path:
        return "generated"
    return None


def count_one_call() -> tuple[int, int, list[str]]:
    """(project frames entered, direct crossings between the layers, the frames in order)."""
    import httpx
    from conversation_items import ConversationItemsClient

    item = {"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": "f", "arguments": "{}"}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=item))
    client = ConversationItemsClient("https://x.example/api/projects/p", api_key="k", transport=transport)
    client.get_item("c", "i")  # warm-up: lazy imports
    frames: list[str] = []
    crossings = 0

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal crossings
        if event != "call":
            return
        layer = _layer(frame)
        if layer is None:
            return
        frames.append(f"{layer}: {Path(frame.f_code.co_filename).name}:{frame.f_code.co_name}")
        caller = _layer(frame.f_back)
        if caller is not None and caller != layer:
            crossings += 1

    sys.setprofile(profile)
    try:
        client.get_item("c", "i")
    finally:
        sys.setprofile(None)
    client.close()
    return len(frames), crossings, frames


def run(quick: bool = False) -> list[Row]:
    frames, crossings, _ = count_one_call()
    return [
        _stats.ratio(SECTION, "project frames entered by one get_item (count)", float(frames), unit="n"),
        _stats.ratio(
            SECTION, "direct calls across the hand-written/generated seam (count)", float(crossings), unit="n"
        ),
    ]


if __name__ == "__main__":
    if "--list" in sys.argv:
        for line in count_one_call()[2]:
            print(line)
    else:
        _stats.standalone(__doc__.splitlines()[0], run)
