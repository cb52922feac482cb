"""The regeneration loop, as a maintainer meets it: an item of a type the spec lacks arrives in production, the
client warns once and names the command, `conversation-items get --json` saves the item exactly as received, and
`make new-type FROM=<that file>` accepts it (here with --dry-run: tests/codegen/test_new_type.py writes and
generates)."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from conversation_items import ConversationItemsClient, UnknownItem
from conversation_items.testing import MockConversationServer
from support import ROOT, unknown_type

UNKNOWN = unknown_type("hologram_projection_call")  # drawn against the spec: a real one may be added
#: as a service might send it: its own key order, a float written with an exponent, a non-ASCII string
BODY = b'{"status":"rendering","type":"%s","id":"hpc_1","fps":2.4e1,"label":"caf\xc3\xa9"}' % UNKNOWN.encode()


def test_an_unknown_item_is_reported_saved_by_the_cli_and_accepted_by_new_type(
    fresh_warnings: None, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="conversation_items")
    with MockConversationServer(items=[]) as server:
        server.add_item(BODY, item_id="hpc_1")
        with ConversationItemsClient(server.endpoint) as client:
            assert isinstance(client.get_item("conv_demo", "hpc_1"), UnknownItem)
        (warning,) = caplog.records
        assert f"'{UNKNOWN}'" in warning.getMessage()
        assert "make new-type FROM=" in warning.getMessage()

        saved = tmp_path / "item.json"
        with saved.open("wb") as out:
            cli = [sys.executable, "-m", "conversation_items.cli", "get", "conv_demo", "hpc_1", "--json"]
            subprocess.run([*cli, "--endpoint", server.endpoint], stdout=out, check=True, timeout=60)
    assert saved.read_bytes() == BODY, "--json writes the body exactly as received"

    result = subprocess.run(
        [sys.executable, "-m", "tools.new_type", "--dry-run", str(saved)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert UNKNOWN in result.stdout
