"""A client created once and used by forked workers (gunicorn --preload, Celery prefork, multiprocessing): a child never
reads from a connection its parent opened, so no worker ever gets another user's item."""

from __future__ import annotations

import asyncio
import importlib
import multiprocessing
import os
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from conversation_items import APIConnectionError, AsyncConversationItemsClient, ConversationItemsClient
from conversation_items.testing import MockConversationServer

USERS = [f"user-{n}" for n in range(8)]
CALLS = 1000
ITEM_ID = "msg_private"

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")

# set by each test before forking: the workers inherit them
_sync_client: ConversationItemsClient | None = None
_async_client: AsyncConversationItemsClient | None = None


@pytest.fixture
def server() -> Iterator[MockConversationServer]:
    """One item id, a different item for each user (visible only with that user's isolation key)."""
    with MockConversationServer(items=[]) as server:
        for user in USERS:
            message = {"type": "message", "id": ITEM_ID, "role": "user", "content": f"private to {user}"}
            server.add_item(message, user_isolation_key=user)
        yield server


def _content_of(item: object) -> str:
    return str(item.to_dict()["content"])  # type: ignore[attr-defined]


def _sync_call(n: int) -> str:
    user = USERS[n % len(USERS)]
    assert _sync_client is not None
    try:
        item = _sync_client.get_item("conv_demo", ITEM_ID, user_isolation_key=user)
    except Exception as exc:  # counted, not raised: the test reports every failure at once
        return f"error {type(exc).__name__}"
    return "ok" if _content_of(item) == f"private to {user}" else f"wrong item for {user}: {_content_of(item)}"


def _async_call(n: int) -> str:
    user = USERS[n % len(USERS)]
    assert _async_client is not None
    try:
        item = asyncio.run(_async_client.get_item("conv_demo", ITEM_ID, user_isolation_key=user))
    except Exception as exc:
        return f"error {type(exc).__name__}"
    return "ok" if _content_of(item) == f"private to {user}" else f"wrong item for {user}: {_content_of(item)}"


def _outcomes(results: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for result in results:
        kind = result.split(" for ")[0]
        counts[kind] = counts.get(kind, 0) + 1
    return counts


def test_forked_workers_of_a_sync_client_never_get_another_users_item(server: MockConversationServer) -> None:
    global _sync_client
    with ConversationItemsClient(server.endpoint, timeout=5.0, max_retries=0) as client:
        _sync_client = client
        # the parent uses the client first: a keep-alive connection sits in its pool when the workers fork
        assert _content_of(client.get_item("conv_demo", ITEM_ID, user_isolation_key=USERS[0])) == "private to user-0"
        with multiprocessing.get_context("fork").Pool(8) as pool:
            results = pool.map(_sync_call, range(CALLS), chunksize=25)
        # and the parent's own connection still works afterwards
        assert _content_of(client.get_item("conv_demo", ITEM_ID, user_isolation_key=USERS[1])) == "private to user-1"
    _sync_client = None
    assert _outcomes(results) == {"ok": CALLS}


def test_forked_workers_of_an_async_client_never_get_another_users_item(server: MockConversationServer) -> None:
    global _async_client
    client = AsyncConversationItemsClient(server.endpoint, timeout=5.0, max_retries=0)
    _async_client = client
    loop = asyncio.new_event_loop()  # left running-capable (not closed): its pooled connection stays open
    try:
        first = loop.run_until_complete(client.get_item("conv_demo", ITEM_ID, user_isolation_key=USERS[0]))
        assert _content_of(first) == "private to user-0"
        with multiprocessing.get_context("fork").Pool(8) as pool:
            results = pool.map(_async_call, range(CALLS), chunksize=25)
        loop.run_until_complete(client.close())
    finally:
        loop.close()
        _async_client = None
    assert _outcomes(results) == {"ok": CALLS}


def _call_with_inherited_http_client(_: int) -> str:
    assert _sync_client is not None
    try:
        _sync_client.get_item("conv_demo", ITEM_ID, user_isolation_key=USERS[0])
    except APIConnectionError as exc:
        return str(exc)
    return "sent"


@pytest.mark.parametrize("library", ["httpx", "httpx2"])
def test_a_callers_http_client_used_in_a_forked_child_is_refused(server: MockConversationServer, library: str) -> None:
    global _sync_client
    module: Any = httpx if library == "httpx" else importlib.import_module("httpx2")
    with module.Client() as http, ConversationItemsClient(server.endpoint, http_client=http) as client:
        _sync_client = client
        client.get_item("conv_demo", ITEM_ID, user_isolation_key=USERS[0])
        with multiprocessing.get_context("fork").Pool(1) as pool:
            (message,) = pool.map(_call_with_inherited_http_client, [0])
        _sync_client = None
    assert "forked" in message and "create the client" in message
