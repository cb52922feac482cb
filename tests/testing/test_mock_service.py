"""``MockConversationService``: the fake service as a pure ``request -> reply`` object, no sockets."""

from __future__ import annotations

import json
import threading

import pytest
from conversation_items.testing import (
    Fault,
    IsolationAssignment,
    MockConversationServer,
    MockConversationService,
    parse_isolation_assignment,
)
from conversation_items.testing.wire import IncomingRequest

PREFIX = "/api/projects/mock/openai/v1/conversations"
ITEM = {"id": "msg_1", "type": "message", "role": "user", "content": "hi"}


def get(
    service: MockConversationService, path: str, *headers: tuple[str, str], method: str = "GET"
) -> tuple[int, dict[str, str], bytes]:
    reply = service.handle(IncomingRequest(method, path, tuple(headers)))
    assert not reply.drop
    return reply.status, {k.lower(): v for k, v in reply.headers}, reply.body


def test_a_reply_is_decided_without_any_thread_or_socket() -> None:
    before = threading.active_count()
    service = MockConversationService([ITEM])
    status, headers, body = get(service, f"{PREFIX}/conv_demo/items/msg_1")
    assert (status, json.loads(body)) == (200, ITEM)
    assert headers == {"content-type": "application/json", "content-length": str(len(body)), "x-request-id": "req_1"}
    assert threading.active_count() == before
    assert service.last_request is not None and service.last_request.item_id == "msg_1"


def test_head_keeps_the_length_and_sends_no_body() -> None:
    service = MockConversationService([ITEM])
    status, headers, body = get(service, f"{PREFIX}/conv_demo/items/msg_1", method="HEAD")
    assert (status, body) == (200, b"")
    assert headers["content-length"] == str(len(json.dumps(ITEM, separators=(",", ":"))))
    status, headers, body = get(service, f"{PREFIX}/conv_demo/items/nope", method="HEAD")
    assert (status, body) == (404, b"") and int(headers["content-length"]) > 0


def test_reject_counts_but_does_not_record() -> None:
    service = MockConversationService([ITEM])
    reply = service.reject(400, "bad request line")
    assert reply.status == 400 and json.loads(reply.body)["error"]["message"] == "bad request line"
    assert reply.header("x-request-id") == "req_1"
    assert service.requests == []
    get(service, f"{PREFIX}/conv_demo/items/msg_1")
    assert service.requests[0].number == 2


def test_endpoint_and_urls() -> None:
    service = MockConversationService([ITEM], base_path="custom/base/")
    assert service.endpoint == "https://mock.conversation-items.invalid/custom/base"
    assert service.url_for("c 1", "..") == f"{service.endpoint}/openai/v1/conversations/c%201/items/%2E%2E"
    assert (
        service.url_for("c", "i", origin="http://127.0.0.1:9")
        == "http://127.0.0.1:9/custom/base/openai/v1/conversations/c/items/i"
    )
    assert "items=1" in repr(service)


def test_faults_are_replies_too() -> None:
    service = MockConversationService([ITEM])
    service.schedule(Fault.timeout(2), Fault(status=429, slow_body=1))
    dropped = service.handle(IncomingRequest("GET", f"{PREFIX}/conv_demo/items/msg_1", ()))
    assert (dropped.drop, dropped.delay) == (True, 2.0)
    slow = service.handle(IncomingRequest("GET", f"{PREFIX}/conv_demo/items/msg_1", ()))
    assert (slow.status, slow.slow_body) == (429, 1.0)
    assert len(service.requests) == 2


# -- isolation ---------------------------------------------------------------------------


def test_user_isolation_key_scopes_an_item() -> None:
    service = MockConversationService([])
    service.add_item(ITEM, user_isolation_key="alice")
    path = f"{PREFIX}/conv_demo/items/msg_1"
    assert get(service, path, ("x-ms-user-isolation-key", "alice"))[0] == 200
    assert get(service, path, ("x-ms-user-identity", "alice"))[0] == 200
    assert get(service, path, ("x-ms-user-isolation-key", "bob"))[0] == 404
    assert get(service, path)[0] == 404
    with pytest.raises(ValueError):
        service.add_item(ITEM, user_isolation_key="a\r\nb")


def test_isolate_item_moves_an_item_under_keys() -> None:
    service = MockConversationService([ITEM])
    path = f"{PREFIX}/conv_demo/items/msg_1"
    service.isolate_item("msg_1", "alice")
    assert get(service, path)[0] == 404
    assert get(service, path, ("x-ms-user-isolation-key", "alice"))[0] == 200
    service.isolate_item("msg_1", "bob")  # a second key sees it too
    assert get(service, path, ("x-ms-user-isolation-key", "bob"))[0] == 200
    assert get(service, path, ("x-ms-user-isolation-key", "alice"))[0] == 200
    assert service.item_ids() == ["msg_1"]
    with pytest.raises(ValueError):  # no such item
        service.isolate_item("nope", "alice")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("item_abc123=alice", IsolationAssignment("item_abc123", "alice")),
        ("fc_1=user=42", IsolationAssignment("fc_1", "user=42")),  # split at the first '='
        ("a b=k", IsolationAssignment("a b", "k")),
    ],
)
def test_parse_isolation_assignment(text: str, expected: IsolationAssignment) -> None:
    assert parse_isolation_assignment(text) == expected
    assert parse_isolation_assignment(text).user_isolation_key == expected[1]


@pytest.mark.parametrize("text", ["item_1", "=alice", "item_1=", "", "i=ké", "i= alice", "i=al\tice", "i=a\r\nb"])
def test_parse_isolation_assignment_refuses(text: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_isolation_assignment(text)
    assert str(info.value).startswith(f"isolation assignment {text!r}: ")


# -- the server wraps a service ----------------------------------------------------------


def test_a_server_serves_a_given_service() -> None:
    service = MockConversationService([ITEM], conversation_id="conv_x")
    server = MockConversationServer(service=service)
    assert server.service is service
    assert server.conversation_id == "conv_x" and server.item_ids() == ["msg_1"]
    server.add_item({"id": "m2"}, user_isolation_key="k")
    assert service.item_ids() == ["msg_1", "m2"]
    with pytest.raises(TypeError):
        MockConversationServer([ITEM], service=service)


def test_public_names() -> None:
    import conversation_items.testing as testing

    promised = {"MockConversationServer", "Fault", "FaultPolicy", "RecordedRequest", "error_body", "load_fixture_items"}
    new = {
        "MockConversationService",
        "MockConversationTransport",
        "ManagedIdentityServer",
        "parse_isolation_assignment",
    }
    assert promised | new <= set(testing.__all__)
    for name in testing.__all__:
        assert getattr(testing, name) is not None, name
    assert Fault.parse("drop") == Fault.drop_connection()
