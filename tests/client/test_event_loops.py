"""One async client used from several event loops in turn (each `asyncio.run` or `trio.run`): the connections a loop
opened are closed by that loop as it ends, so nothing is left to the garbage collector (no ResourceWarning, even
under `-W error`). Run in a fresh interpreter, where every warning of the run is seen."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conversation_items.testing import MockConversationServer

SCRIPT = """
import asyncio, gc, sys, warnings
warnings.simplefilter("error")                      # any warning is an error...
caught = []
sys.unraisablehook = lambda unraisable: caught.append(repr(unraisable.exc_value))  # ...also from __del__
from conversation_items import AsyncConversationItemsClient

client = AsyncConversationItemsClient(sys.argv[1])
run = {runner}
for _ in range(3):
    run(client.get_item, "conv_demo", sys.argv[2])  # a keep-alive connection is pooled in each loop
    gc.collect()
run(client.close)
gc.collect()
print("left behind:", caught)
"""

RUNNERS = {
    "asyncio": "lambda f, *a: asyncio.run(f(*a))",
    "trio": "lambda f, *a: __import__('trio').run(f, *a)",
}


@pytest.mark.parametrize("backend", sorted(RUNNERS))
def test_loops_that_end_leave_no_connection_behind(backend: str) -> None:
    if backend == "trio":
        pytest.importorskip("trio")
    with MockConversationServer() as server:
        code = SCRIPT.format(runner=RUNNERS[backend])
        out = subprocess.run(
            [sys.executable, "-W", "error", "-c", code, server.endpoint, server.item_ids()[0]],
            capture_output=True,
            text=True,
            timeout=60,
        )
        requests = len(server.requests)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "left behind: []", out.stdout + out.stderr
    assert "ResourceWarning" not in out.stderr
    assert requests == 3
