"""Hostile ids and header values, checked on the SERVER side: the request that arrives has exactly one path
segment per id, percent-decoding to the id given, and no forged header; or nothing is sent and a ValueError says
why."""

from __future__ import annotations

import re
import urllib.parse
from typing import Any

import fakes
import pytest
from conversation_items import AsyncConversationItemsClient, ConversationItemsClient, CredentialError
from conversation_items.testing import MockConversationServer, RecordedRequest
from reliability_support import count

ITEM = {k: v for k, v in fakes.ITEM.items() if k != "id"}  # the id comes from the path
PATH = re.compile(r"^/api/projects/mock/openai/v1/conversations/(?P<conv>[^/?#]+)/items/(?P<item>[^/?#]+)$")
CONTROL = [chr(c) for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)]]  # C0, DEL, C1

HOSTILE_IDS: list[str] = [
    "..", ".", "", "...", "%2e%2e", "%2E%2E", "%2e", "%2F", "%2f..%2f", "%00", "%", "%zz", "%25",
    "/", "//", "?", "#", "\\", "..\\..\\x", "../../x", "..%2f", "..%2F..%2Fadmin", "./x", "x/..", "a/b",
    "?x=1", "#frag", "a?b#c", "@", ":", "a:b@c", ";", ";jsessionid=1", "&", "=", "+", " ", "a b", "  lead",
    "trail  ", "~", "'", '"', "<script>", "{x}", "[::1]", "*", "$(id)", "`id`",
    "\u202e", "abc\u202edef", "\u200f\u200e", "\u200b", "zero\u200bwidth", "\ufeff", "\u2028", "\u2029",
    "😀", "👩\u200d👩\u200d👧", "é", "e\u0301", "日本語", "\ufb01", "\uff21", "\U0010ffff", "\ufffd",
    "a" * 10_000, "é" * 3_000, "x" * 10_000 + "/..",
    *CONTROL,
    *(f"id{ch}tail" for ch in CONTROL),
    "a\r\nX-Forged: 1", "\r\n\r\nGET / HTTP/1.1", "a\x00b",
    "\ud800",  # a lone surrogate: cannot be UTF-8 encoded
]  # fmt: skip


def must_refuse(value: str) -> bool:
    """What the DESIGN promises to refuse: "", ".", ".." and anything with a control character."""
    return value in ("", ".", "..") or any(ch in CONTROL for ch in value)


def label(value: str) -> str:
    text = value if len(value) <= 20 else f"{value[:12]}...({len(value)})"
    return text.encode("unicode_escape").decode("ascii")


pytestmark = pytest.mark.mock_conversation_server(items=[])  # the shipped fixture's server, empty: tests add items


def forged(request: RecordedRequest) -> list[tuple[str, str]]:
    return [
        (name, value)
        for name, value in request.header_items
        if name.lower() == "x-forged" or "x-forged" in value.lower() or "\r" in value or "\n" in value
    ]


def check_outcome(server: MockConversationServer, before: int, outcome: Any, conv: str, item: str) -> str:
    arrived = server.requests[before:]
    if isinstance(outcome, ValueError):
        assert arrived == [], f"a refused id still sent {arrived}"
        assert str(outcome), "the ValueError must say why"
        return "refused"
    assert not isinstance(outcome, BaseException), f"{type(outcome).__name__}: {outcome}"
    (request,) = arrived
    match = PATH.match(request.raw_path)
    assert match, f"path {request.raw_path!r} is not one segment per id"
    for segment, expected in ((match["conv"], conv), (match["item"], item)):
        assert segment not in (".", "..")
        assert urllib.parse.unquote(segment, errors="strict") == expected
    assert (request.conversation_id, request.item_id) == (conv, item)
    assert forged(request) == []
    assert outcome.to_dict() == ITEM, "the server found the item under exactly that id"
    return "sent intact"


def get(client: ConversationItemsClient, conv: str, item: str, **kwargs: Any) -> Any:
    try:
        return client.get_item(conv, item, **kwargs)
    except ValueError as exc:
        return exc


@pytest.mark.parametrize("position", ["item_id", "conversation_id"])
def test_hostile_ids_arrive_as_one_intact_segment_or_are_refused(
    mock_conversation_server: MockConversationServer, position: str
) -> None:
    outcomes: dict[str, str] = {}
    with ConversationItemsClient(mock_conversation_server.endpoint, max_retries=0) as client:
        for value in HOSTILE_IDS:
            conv, item = (value, "fc_1") if position == "conversation_id" else ("conv_1", value)
            mock_conversation_server.add_item(ITEM, conversation_id=conv, item_id=item)
            before = len(mock_conversation_server.requests)
            outcome = check_outcome(mock_conversation_server, before, get(client, conv, item), conv, item)
            outcomes[value] = outcome
            if must_refuse(value):
                assert outcome == "refused", f"{label(value)} must be refused before sending"
            elif value != "\ud800":
                assert outcome == "sent intact", f"{label(value)} is a legal id and must be sent"
            count("hostile ids checked")
    assert "refused" in outcomes.values()
    assert "sent intact" in outcomes.values()


async def test_hostile_ids_through_the_async_client(mock_conversation_server: MockConversationServer) -> None:
    async with AsyncConversationItemsClient(mock_conversation_server.endpoint, max_retries=0) as client:
        for value in HOSTILE_IDS:
            mock_conversation_server.add_item(ITEM, conversation_id="conv_a", item_id=value)
            before = len(mock_conversation_server.requests)
            try:
                outcome: Any = await client.get_item("conv_a", value)
            except ValueError as exc:
                outcome = exc
            result = check_outcome(mock_conversation_server, before, outcome, "conv_a", value)
            assert (result == "refused") == (must_refuse(value) or value == "\ud800")
            count("hostile ids checked")


# --- header values ------------------------------------------------------------------------------------------------

HOSTILE_VALUES: list[str] = [
    "a\r\nX-Forged: 1", "a\nX-Forged: 1", "a\rX-Forged: 1", "\r\nX-Forged: 1", "a\r\n\r\nGET /x HTTP/1.1",
    "a\x00b", "\x00", "a\tb", "a\x0bb", "a\x7fb", "a\x85b", "ünïcode", "日本", "😀", "\u200b", "\u202e",
    " lead", "trail ", " both ", "", "\t", "a\u2028X-Forged: 1", "\ud800",
    "v" * 10_000, "ok-value", "with space inside", "sym!#$%&'*+-.^_`|~",
]  # fmt: skip


def accepted(value: str) -> bool:
    """Header values the client may send: non-empty printable ASCII without surrounding whitespace."""
    return bool(value) and value == value.strip() and value.isascii() and value.isprintable()


def test_hostile_isolation_key_and_identity_values(mock_conversation_server: MockConversationServer) -> None:
    mock_conversation_server.add_item(ITEM, conversation_id="conv_h", item_id="fc_h")
    for value in HOSTILE_VALUES:
        for where in ("user_isolation_key", "user_identity"):
            header = "x-ms-user-isolation-key" if where == "user_isolation_key" else "x-ms-user-identity"
            # per call
            before = len(mock_conversation_server.requests)
            with ConversationItemsClient(mock_conversation_server.endpoint, max_retries=0) as client:
                outcome = get(client, "conv_h", "fc_h", **{where: value})
            check_header_outcome(mock_conversation_server, before, outcome, value, header)
            # as the client's default
            before = len(mock_conversation_server.requests)
            try:
                default: dict[str, Any] = {where: value}
                with ConversationItemsClient(mock_conversation_server.endpoint, max_retries=0, **default) as client:
                    outcome = get(client, "conv_h", "fc_h")
            except ValueError as exc:
                outcome = exc
            check_header_outcome(mock_conversation_server, before, outcome, value, header)
            count("hostile header values checked", 2)


def test_hostile_extra_headers_and_header_names(mock_conversation_server: MockConversationServer) -> None:
    mock_conversation_server.add_item(ITEM, conversation_id="conv_h", item_id="fc_h")
    for value in HOSTILE_VALUES:
        before = len(mock_conversation_server.requests)
        try:
            with ConversationItemsClient(
                mock_conversation_server.endpoint, max_retries=0, headers={"x-custom": value}
            ) as client:
                outcome = get(client, "conv_h", "fc_h")
        except ValueError as exc:
            outcome = exc
        check_header_outcome(mock_conversation_server, before, outcome, value, "x-custom")
        count("hostile header values checked")
    for name in ["x-a\r\nX-Forged", "X-Forged: 1\r\nx-b", "bad name", "", "x:y", "ünï", "x\x00y", "x-a\n"]:
        before = len(mock_conversation_server.requests)
        with pytest.raises(ValueError):  # the text: test_refusals.py
            ConversationItemsClient(mock_conversation_server.endpoint, headers={name: "v"})
        assert len(mock_conversation_server.requests) == before
        count("hostile header names checked")


def test_hostile_api_keys_and_tokens(mock_conversation_server: MockConversationServer) -> None:
    mock_conversation_server.add_item(ITEM, conversation_id="conv_h", item_id="fc_h")
    for value in HOSTILE_VALUES:
        for mode in ("api_key", "token", "token callable"):
            before = len(mock_conversation_server.requests)
            kwargs: dict[str, Any] = {"api_key": value} if mode == "api_key" else {"token": value}
            if mode == "token callable":
                kwargs = {"token": lambda value=value: value}
            try:
                with ConversationItemsClient(mock_conversation_server.endpoint, max_retries=0, **kwargs) as client:
                    outcome = get(client, "conv_h", "fc_h")
            except (ValueError, CredentialError) as exc:
                outcome = exc
            # an argument is refused with ValueError; a bad value from a token callable is the callable's failure
            refusal = CredentialError if mode == "token callable" else ValueError
            if mode == "api_key":
                check_header_outcome(mock_conversation_server, before, outcome, value, "api-key")
            else:
                check_header_outcome(
                    mock_conversation_server, before, outcome, "Bearer " + value, "authorization", refusal
                )
            count("hostile header values checked")


def check_header_outcome(
    server: MockConversationServer,
    before: int,
    outcome: Any,
    value: str,
    header: str,
    refusal: type[Exception] = ValueError,
) -> None:
    arrived = server.requests[before:]
    raw_value = value.removeprefix("Bearer ")
    if not accepted(raw_value):
        assert isinstance(outcome, refusal), f"{label(value)} for {header}: got {outcome!r}"
        assert arrived == [], "nothing may be sent for a refused header value"
        assert "printable ASCII" in str(outcome) or "cannot be sent in a header" in str(outcome)
        return
    assert not isinstance(outcome, BaseException), f"{label(value)} for {header}: {outcome!r}"
    (request,) = arrived
    assert request.headers[header] == value
    assert forged(request) == []
    assert [name.lower() for name, _ in request.header_items].count(header) == 1
