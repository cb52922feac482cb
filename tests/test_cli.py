"""The `conversation-items` command line, in-process against the mock server."""

from __future__ import annotations

import json
import socket

import pytest
from conversation_items import ITEM_TYPES
from conversation_items.cli import main
from conversation_items.testing import MockConversationServer
from support import ITEM_FIXTURES, load_json


def test_types_lists_every_item_type(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["types"]) == 0
    out = capsys.readouterr().out
    for value, cls in ITEM_TYPES.items():
        assert f"{value}" in out and cls.__name__ in out
    assert f"({len(ITEM_TYPES)} types;" in out


def test_get_json_prints_the_item_exactly(capsys: pytest.CaptureFixture[str]) -> None:
    data = load_json(ITEM_FIXTURES / "azure_ai_search_call.json")
    with MockConversationServer() as server:
        code = main(["get", "conv_demo", data["id"], "--endpoint", server.endpoint, "--json"])
    assert code == 0
    assert json.loads(capsys.readouterr().out) == data


def test_get_readable_names_the_type_and_class(capsys: pytest.CaptureFixture[str]) -> None:
    with MockConversationServer(items=[{"type": "brand_new", "id": "b1", "k": "v"}]) as server:
        assert main(["get", "conv_demo", "b1", "--endpoint", server.endpoint]) == 0
    out = capsys.readouterr().out
    assert out.startswith("brand_new  ->  UnknownItem")
    assert "\n  id  b1\n  k   v\n" in out


def test_api_key_from_environment(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    with MockConversationServer(api_key="env-key") as server:
        item_id = server.item_ids()[0]
        assert main(["get", "conv_demo", item_id, "--endpoint", server.endpoint]) == 1
        assert "401" in capsys.readouterr().err
        monkeypatch.setenv("AZURE_AI_API_KEY", "env-key")
        assert main(["get", "conv_demo", item_id, "--endpoint", server.endpoint]) == 0


def test_exit_codes_people_can_act_on(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    with MockConversationServer() as server:
        assert main(["get", "conv_demo", "nope", "--endpoint", server.endpoint]) == 1
        assert "404 Not Found" in capsys.readouterr().err

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    endpoint = f"http://127.0.0.1:{port}/api/projects/p"
    assert main(["get", "c", "i", "--endpoint", endpoint, "--max-retries", "0"]) == 3
    assert "Connection error" in capsys.readouterr().err

    monkeypatch.delenv("AZURE_AI_PROJECT_ENDPOINT", raising=False)
    assert main(["get", "c", "i"]) == 2
    assert "AZURE_AI_PROJECT_ENDPOINT" in capsys.readouterr().err

    assert main(["get", "c", "..", "--endpoint", "https://x.example/p"]) == 2
    assert "item_id" in capsys.readouterr().err
