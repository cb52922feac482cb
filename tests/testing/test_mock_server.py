"""Tests of ``conversation_items.testing.MockConversationServer``.

They talk to the server with ``http.client``, raw sockets and ``httpx`` only, never with
the project's own client, so the mock can be trusted when it is used to test that client.
"""

from __future__ import annotations

import _thread
import http.client
import json
import logging
import os
import re
import signal
import socket
import threading
import time
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from conversation_items.testing import (
    Fault,
    MockConversationServer,
    RecordedRequest,
    error_body,
    load_fixture_items,
)
from fakes import fd_count

PREFIX = "/api/projects/mock/openai/v1/conversations"
MESSAGE = {
    "id": "msg_1",
    "type": "message",
    "role": "assistant",
    "status": "completed",
    "content": [{"type": "output_text", "text": "héllo \u2603", "annotations": []}],
}
FUNCTION_CALL = {
    "id": "fc_1",
    "type": "function_call",
    "call_id": "call_1",
    "name": "lookup",
    "arguments": '{"q": 1}',
    "status": "completed",
}
NO_ID = {"type": "item_reference", "note": "no id field: the file stem is the id"}


@pytest.fixture
def fixtures_dir(tmp_path: Path) -> Path:
    d = tmp_path / "items"
    d.mkdir()
    (d / "message.json").write_text(json.dumps(MESSAGE, indent=2), encoding="utf-8")
    (d / "function_call.json").write_text(json.dumps(FUNCTION_CALL), encoding="utf-8")
    (d / "item_reference.json").write_text(json.dumps(NO_ID), encoding="utf-8")
    (d / "README.txt").write_text("not a fixture", encoding="utf-8")
    return d


@pytest.fixture
def server(fixtures_dir: Path) -> Iterator[MockConversationServer]:
    with MockConversationServer(fixtures_dir=fixtures_dir) as srv:
        yield srv


class Response:
    def __init__(self, status: int, reason: str, headers: list[tuple[str, str]], body: bytes):
        self.status = status
        self.reason = reason
        self.header_list = headers
        self.headers = {k.lower(): v for k, v in headers}
        self.body = body

    def json(self) -> Any:
        return json.loads(self.body)


def request(
    srv: MockConversationServer,
    path: str,
    *,
    method: str = "GET",
    headers: Mapping[str, str] | None = None,
    body: bytes | None = None,
    timeout: float = 5.0,
) -> Response:
    """Send ``path`` exactly as given (http.client does not normalise it)."""
    conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=dict(headers or {}))
        resp = conn.getresponse()
        return Response(resp.status, resp.reason, resp.getheaders(), resp.read())
    finally:
        conn.close()


def item_path(conv: str, item: str) -> str:
    return f"{PREFIX}/{conv}/items/{item}"


def assert_error(resp: Response, status: int, code: str) -> dict[str, Any]:
    assert resp.status == status
    assert resp.headers["content-type"] == "application/json"
    data = resp.json()
    assert set(data) == {"error"}
    err = data["error"]
    assert set(err) == {"code", "message", "param", "type"}
    assert err["code"] == code
    assert err["param"] is None
    assert isinstance(err["message"], str) and err["message"]
    assert isinstance(err["type"], str) and err["type"]
    return err  # type: ignore[no-any-return]


def mock_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("conversation-items-mock")]


# -- items -------------------------------------------------------------------------------


def test_found_item_is_the_fixture_file_byte_for_byte(server: MockConversationServer, fixtures_dir: Path) -> None:
    assert server.item_ids() == ["fc_1", "item_reference", "msg_1"]
    for item_id, expected, name in [
        ("msg_1", MESSAGE, "message"),
        ("fc_1", FUNCTION_CALL, "function_call"),
        ("item_reference", NO_ID, "item_reference"),
    ]:
        resp = request(server, item_path("conv_demo", item_id))
        assert resp.status == 200
        assert resp.headers["content-type"] == "application/json"
        assert int(resp.headers["content-length"]) == len(resp.body)
        assert re.fullmatch(r"req_\d+", resp.headers["x-request-id"])
        assert resp.json() == expected
        assert resp.body == (fixtures_dir / f"{name}.json").read_bytes()  # as written (indented or not), not re-encoded


def test_items_argument_and_add_item(fixtures_dir: Path) -> None:
    with MockConversationServer([MESSAGE], conversation_id="conv_x") as srv:
        assert srv.item_ids() == ["msg_1"]
        assert srv.item_ids("conv_demo") == []
        assert request(srv, item_path("conv_x", "msg_1")).json() == MESSAGE
        assert srv.add_item({"id": "m2", "type": "message"}, conversation_id="c2") == "m2"
        assert srv.add_item({"type": "x"}, item_id="explicit") == "explicit"
        hostile = b'{"id":"raw_1","type":"message","content":[1,2'
        assert srv.add_item(hostile, item_id="raw_1") == "raw_1"
        assert request(srv, item_path("c2", "m2")).json() == {"id": "m2", "type": "message"}
        assert request(srv, item_path("conv_x", "explicit")).json() == {"type": "x"}
        assert request(srv, item_path("conv_x", "raw_1")).body == hostile
        with pytest.raises(ValueError):
            srv.add_item({"type": "no_id"})
        with pytest.raises(ValueError):
            srv.add_item(b"not json at all")


def test_bundled_fixtures_are_the_default() -> None:
    bundled = load_fixture_items()
    with MockConversationServer() as srv:
        expected_ids = [item["id"] if isinstance(item.get("id"), str) else stem for stem, item in bundled.items()]
        assert sorted(srv.item_ids()) == sorted(set(expected_ids))
        for stem, item in bundled.items():
            item_id = item["id"] if isinstance(item.get("id"), str) else stem
            resp = request(srv, srv.url_for("conv_demo", item_id).split(str(srv.port), 1)[1])
            assert resp.status == 200, stem
            assert resp.json() == item


def test_percent_encoded_ids_round_trip(server: MockConversationServer) -> None:
    server.add_item({"id": "a/b c?%", "type": "message"}, conversation_id="conv ü/1")
    url = server.url_for("conv ü/1", "a/b c?%")
    assert url == (f"http://127.0.0.1:{server.port}{PREFIX}/conv%20%C3%BC%2F1/items/a%2Fb%20c%3F%25")
    assert httpx.get(url).json() == {"id": "a/b c?%", "type": "message"}
    rec = server.requests[-1]
    assert rec.raw_path == f"{PREFIX}/conv%20%C3%BC%2F1/items/a%2Fb%20c%3F%25"
    assert rec.conversation_id == "conv ü/1"
    assert rec.item_id == "a/b c?%"


# -- 404 / routing -----------------------------------------------------------------------


def test_missing_item_is_404_with_error_body(server: MockConversationServer) -> None:
    err = assert_error(request(server, item_path("conv_demo", "nope")), 404, "not_found")
    assert err["type"] == "invalid_request_error"
    assert_error(request(server, item_path("other_conv", "msg_1")), 404, "not_found")


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/openai/v1/conversations/conv_demo/items/msg_1",  # base path missing
        "/api/projects/other/openai/v1/conversations/conv_demo/items/msg_1",
        f"{PREFIX}/conv_demo/items/",  # (without the slash: the list, tests/testing/test_mock_list.py)
        f"{PREFIX}/conv_demo/items/msg_1/",
        f"{PREFIX}/conv_demo/items/msg_1/extra",
        f"{PREFIX}//items/msg_1",
        f"{PREFIX}/conv_demo/item/msg_1",
        f"{PREFIX}/conv_demo/items/msg_1%2Fextra",  # one segment, decoded id has a slash
        "/api/projects/mock/openai/v2/conversations/conv_demo/items/msg_1",
    ],
)
def test_unknown_paths_are_404(server: MockConversationServer, path: str) -> None:
    assert_error(request(server, path), 404, "not_found")


def test_query_string_is_ignored(server: MockConversationServer) -> None:
    resp = request(server, item_path("conv_demo", "msg_1") + "?api-version=v1&x=%2F")
    assert resp.status == 200
    assert server.requests[-1].raw_path.endswith("?api-version=v1&x=%2F")
    assert server.requests[-1].item_id == "msg_1"


def test_dot_segments_never_match(server: MockConversationServer) -> None:
    server.add_item({"id": "..", "type": "message"})
    for path in [
        item_path("conv_demo", ".."),
        item_path("conv_demo", "."),
        f"{PREFIX}/../items/msg_1",
        f"{PREFIX}/conv_demo/items/../items/msg_1",
        "/api/projects/mock/openai/v1/conversations/conv_demo/items/msg_1/..",
    ]:
        assert_error(request(server, path), 404, "not_found")
        rec = server.requests[-1]
        assert rec.raw_path == path
        assert rec.item_id is None and rec.conversation_id is None


def test_encoded_dots_are_just_an_id(server: MockConversationServer) -> None:
    assert_error(request(server, item_path("conv_demo", "%2e%2e")), 404, "not_found")
    rec = server.requests[-1]
    assert rec.raw_path.endswith("/items/%2e%2e")
    assert (rec.conversation_id, rec.item_id) == ("conv_demo", "..")
    # url_for encodes dot-only ids so they address the literal id
    assert server.url_for("conv_demo", "..").endswith("/items/%2E%2E")
    server.add_item({"id": "..", "type": "message"})
    assert httpx.get(server.url_for("conv_demo", "..")).json()["id"] == ".."


def test_only_get_is_allowed(server: MockConversationServer) -> None:
    for method in ("POST", "DELETE", "PUT"):
        resp = request(server, item_path("conv_demo", "msg_1"), method=method, body=b"{}")
        assert_error(resp, 405, "method_not_allowed")
        assert resp.headers["allow"] == "GET"
    assert server.requests[-1].body == b"{}"


def test_get_with_body_keeps_connection_in_sync(server: MockConversationServer) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    try:
        for _ in range(3):
            conn.request("GET", item_path("conv_demo", "msg_1"), body=b"ignored body")
            resp = conn.getresponse()
            assert resp.status == 200 and json.loads(resp.read()) == MESSAGE
    finally:
        conn.close()


def test_malformed_request_gets_400_error_body(server: MockConversationServer) -> None:
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
        sock.sendall(b"GET /x HTTP/9.9\r\n\r\n")
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 505 ")
    assert json.loads(body)["error"]["code"] == "http_505"
    assert b"x-request-id: req_" in head


# -- isolation ---------------------------------------------------------------------------


def test_isolation_key_scopes_items(server: MockConversationServer) -> None:
    server.add_item({"id": "secret_1", "type": "message"}, user_isolation_key="user-1")
    path = item_path("conv_demo", "secret_1")
    ok = request(server, path, headers={"x-ms-user-isolation-key": "user-1"})
    assert ok.status == 200 and ok.json()["id"] == "secret_1"
    ok2 = request(server, path, headers={"x-ms-user-identity": "user-1"})
    assert ok2.status == 200
    hidden = [
        request(server, path),
        request(server, path, headers={"x-ms-user-isolation-key": "user-2"}),
        request(server, path, headers={"x-ms-user-identity": "USER-1"}),
    ]
    with MockConversationServer([]) as empty:
        missing = request(empty, path)
    for resp in hidden:
        assert_error(resp, 404, "not_found")
        # exactly the body of an item that does not exist: existence does not leak
        assert resp.body == missing.body
    # unscoped items stay visible to requests that carry a key
    keyed = request(server, item_path("conv_demo", "msg_1"), headers={"x-ms-user-isolation-key": "user-1"})
    assert keyed.status == 200


def test_same_id_per_isolation_key(server: MockConversationServer) -> None:
    server.add_item({"id": "dup", "who": "a"}, user_isolation_key="a")
    server.add_item({"id": "dup", "who": "b"}, user_isolation_key="b")
    path = item_path("conv_demo", "dup")
    assert request(server, path, headers={"x-ms-user-isolation-key": "a"}).json()["who"] == "a"
    assert request(server, path, headers={"x-ms-user-isolation-key": "b"}).json()["who"] == "b"
    assert request(server, path).status == 404
    assert server.item_ids().count("dup") == 1


# -- auth --------------------------------------------------------------------------------


def test_api_key_auth(fixtures_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="conversation_items.testing")
    path = item_path("conv_demo", "msg_1")
    with MockConversationServer(fixtures_dir=fixtures_dir, api_key="k-123") as srv:
        assert_error(request(srv, path), 401, "unauthorized")
        wrong = request(srv, path + "?api-key=LEAKED-QUERY", headers={"api-key": "WRONG-SECRET"})
        assert_error(wrong, 401, "unauthorized")
        assert b"WRONG-SECRET" not in wrong.body and b"k-123" not in wrong.body
        bearer = request(srv, path, headers={"Authorization": "Bearer k-123"})
        assert bearer.status == 401  # only api-key is configured
        assert request(srv, path, headers={"api-key": "k-123"}).json() == MESSAGE
        assert "k-123" not in repr(srv.requests)
        assert "WRONG-SECRET" not in repr(srv.requests)
        assert srv.requests[-1].headers["api-key"] == "k-123"  # still inspectable
        # auth is checked before routing, as a real gateway does
        assert request(srv, "/nowhere").status == 401
        assert "k-123" not in repr(srv)
    assert "WRONG-SECRET" not in caplog.text
    assert "LEAKED-QUERY" not in caplog.text
    assert "k-123" not in caplog.text


def test_bearer_auth_and_both(fixtures_dir: Path) -> None:
    path = item_path("conv_demo", "msg_1")
    with MockConversationServer(fixtures_dir=fixtures_dir, bearer_token="tok") as srv:
        resp = request(srv, path, headers={"Authorization": "Bearer nope"})
        assert_error(resp, 401, "unauthorized")
        assert resp.headers["www-authenticate"] == "Bearer"
        assert request(srv, path, headers={"Authorization": "Basic tok"}).status == 401
        assert request(srv, path, headers={"api-key": "tok"}).status == 401
        assert request(srv, path, headers={"Authorization": "Bearer tok"}).status == 200
        assert request(srv, path, headers={"Authorization": "bearer tok"}).status == 200
    with MockConversationServer(fixtures_dir=fixtures_dir, api_key="k", bearer_token="t") as srv:
        assert request(srv, path, headers={"api-key": "k"}).status == 200
        assert request(srv, path, headers={"Authorization": "Bearer t"}).status == 200
        assert request(srv, path, headers={"api-key": "t"}).status == 401
        assert request(srv, path).status == 401


# -- faults ------------------------------------------------------------------------------


def test_fault_status_headers_and_default_body(server: MockConversationServer) -> None:
    server.schedule(Fault(status=418, headers={"X-Custom": "yes", "x-request-id": "mine"}))
    resp = request(server, item_path("conv_demo", "msg_1"))
    assert resp.headers["x-custom"] == "yes"
    assert resp.headers["x-request-id"] == "mine"  # fault headers win
    assert_error(resp, 418, "http_418")
    server.schedule(Fault())
    err = assert_error(request(server, item_path("conv_demo", "msg_1")), 503, "service_unavailable")
    assert err["type"] == "server_error"
    assert error_body(503)["error"]["code"] == "service_unavailable"


def test_fault_custom_body_and_content_type(server: MockConversationServer) -> None:
    server.schedule(Fault(status=502, body=b"<html>bad gateway</html>", content_type="text/html"))
    resp = request(server, item_path("conv_demo", "msg_1"))
    assert (resp.status, resp.body) == (502, b"<html>bad gateway</html>")
    assert resp.headers["content-type"] == "text/html"
    assert resp.headers["content-length"] == str(len(resp.body))


def test_retry_after_faults(server: MockConversationServer) -> None:
    when = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)
    server.schedule(
        Fault.retry_after(seconds=2),
        Fault.retry_after(503, ms=10),
        Fault.retry_after(x_ms_ms=1.5),
        Fault.retry_after(http_date=when),
        Fault.retry_after(),
    )
    path = item_path("conv_demo", "msg_1")
    r1, r2, r3, r4, r5 = (request(server, path) for _ in range(5))
    assert_error(r1, 429, "rate_limit_exceeded")
    assert r1.headers["retry-after"] == "2"
    assert r2.status == 503 and r2.headers["retry-after-ms"] == "10"
    assert r3.status == 429 and r3.headers["x-ms-retry-after-ms"] == "1.5"
    assert parsedate_to_datetime(r4.headers["retry-after"]) == when
    assert r4.headers["retry-after"] == "Wed, 02 Jan 2030 03:04:05 GMT"
    assert r5.headers["retry-after"] == "0"
    assert request(server, path).status == 200
    with pytest.raises(ValueError):
        Fault.retry_after(seconds=1, http_date=when)


def test_drop_connection_gives_client_connection_error(server: MockConversationServer) -> None:
    server.schedule(Fault.drop_connection())
    url = server.url_for("conv_demo", "msg_1")
    with httpx.Client() as client:
        with pytest.raises(httpx.TransportError) as info:
            client.get(url)
        assert not isinstance(info.value, httpx.TimeoutException)
        assert client.get(url).status_code == 200
    assert len(server.requests) == 2  # the dropped request was recorded


def test_delay_makes_a_short_timeout_client_time_out(server: MockConversationServer) -> None:
    server.schedule(Fault(status=200, delay=2.0), Fault.timeout(30))
    url = server.url_for("conv_demo", "msg_1")
    with httpx.Client(timeout=0.2) as client:
        t0 = time.monotonic()
        with pytest.raises(httpx.ReadTimeout):
            client.get(url)
        with pytest.raises(httpx.ReadTimeout):
            client.get(url)
        assert time.monotonic() - t0 < 2.0
    t0 = time.monotonic()
    server.stop()  # interrupts the 30 s sleep
    assert time.monotonic() - t0 < 2.0
    assert mock_threads() == []


def test_slow_body(server: MockConversationServer) -> None:
    server.schedule(Fault(status=200, body=b'{"ok":true}', slow_body=0.5), Fault(slow_body=5))
    url = server.url_for("conv_demo", "msg_1")
    with httpx.Client(timeout=2.0) as client:
        t0 = time.monotonic()
        assert client.get(url).json() == {"ok": True}
        assert time.monotonic() - t0 >= 0.45
    with httpx.Client(timeout=0.3) as client, client.stream("GET", url) as resp:
        assert resp.status_code == 503  # headers arrive at once
        with pytest.raises(httpx.ReadTimeout):
            resp.read()


def test_malformed_body(server: MockConversationServer) -> None:
    server.schedule(Fault.malformed_body())
    resp = request(server, item_path("conv_demo", "msg_1"))
    assert resp.status == 200
    assert resp.headers["content-type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        json.loads(resp.body)


@pytest.mark.parametrize("status", [299, 499, 520, 999])
def test_unusual_statuses_go_out_unchanged(server: MockConversationServer, status: int) -> None:
    server.schedule(Fault(status=status))
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
        sock.sendall(f"GET {item_path('conv_demo', 'msg_1')} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    status_line = data.split(b"\r\n", 1)[0]
    assert status_line.startswith(f"HTTP/1.1 {status} ".encode())
    assert httpx.Response(status).status_code == status  # sanity: httpx accepts it
    server.schedule(Fault(status=status))
    assert httpx.get(server.url_for("conv_demo", "msg_1")).status_code == status


def test_schedule_order_then_normal(server: MockConversationServer) -> None:
    server.schedule(Fault(status=500), None, Fault(status=429))
    server.schedule(Fault(status=502))
    path = item_path("conv_demo", "msg_1")
    statuses = [request(server, path).status for _ in range(6)]
    assert statuses == [500, 200, 429, 502, 200, 200]
    recs = server.requests
    assert [r.number for r in recs] == [1, 2, 3, 4, 5, 6]
    assert [r.request_id for r in recs] == [f"req_{n}" for n in range(1, 7)]
    server.schedule(Fault(status=500))
    server.clear_schedule()
    assert request(server, path).status == 200
    with pytest.raises(TypeError):
        server.schedule(500)  # type: ignore[arg-type]


def test_fault_policy(server: MockConversationServer) -> None:
    seen: list[tuple[int, str | None]] = []

    def every_third(n: int, req: RecordedRequest) -> Fault | None:
        seen.append((n, req.item_id))
        return Fault(status=503) if n % 3 == 0 else None

    server.schedule(Fault(status=400))  # the queue goes first
    server.set_fault_policy(every_third)
    path = item_path("conv_demo", "msg_1")
    statuses = [request(server, path).status for _ in range(7)]
    assert statuses == [400, 200, 503, 200, 200, 503, 200]
    assert seen == [(n, "msg_1") for n in range(2, 8)]
    server.set_fault_policy(None)
    assert request(server, path).status == 200


def test_fault_policy_that_raises_gives_500(server: MockConversationServer) -> None:
    def broken(n: int, req: RecordedRequest) -> Fault | None:
        raise RuntimeError("boom")

    server.set_fault_policy(broken)
    assert_error(request(server, item_path("conv_demo", "msg_1")), 500, "server_error")


# -- recording ---------------------------------------------------------------------------


def test_recorded_requests(server: MockConversationServer) -> None:
    path = f"{PREFIX}/conv%5Fdemo/items/msg%5F1?x=%20"
    resp = request(server, path, headers={"X-Ms-User-Isolation-Key": "u1", "X-Dup": "1"})
    assert resp.status == 200
    rec = server.last_request
    assert rec is not None
    assert rec.method == "GET"
    assert rec.raw_path == path
    assert (rec.conversation_id, rec.item_id) == ("conv_demo", "msg_1")
    assert rec.headers["x-ms-user-isolation-key"] == "u1"
    assert ("X-Ms-User-Isolation-Key", "u1") in rec.header_items
    assert resp.headers["x-request-id"] == rec.request_id
    snapshot = server.requests
    snapshot.clear()
    assert len(server.requests) == 1  # a copy was returned
    server.clear_requests()
    assert server.requests == [] and server.last_request is None
    request(server, path)
    assert server.requests[0].number == 2  # the counter keeps counting


# -- connections, concurrency, lifecycle -------------------------------------------------


def test_keep_alive_reuses_the_connection(server: MockConversationServer) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    try:
        conn.request("GET", item_path("conv_demo", "msg_1"))
        conn.getresponse().read()
        sock = conn.sock
        for item in ("fc_1", "nope", "msg_1"):
            conn.request("GET", item_path("conv_demo", item))
            resp = conn.getresponse()
            resp.read()
            assert resp.getheader("connection") is None
            assert conn.sock is sock
    finally:
        conn.close()


def test_200_concurrent_requests(server: MockConversationServer) -> None:
    n = 200
    barrier = threading.Barrier(n)
    results: list[int] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def worker(i: int) -> None:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
            conn.connect()
            barrier.wait(timeout=10)
            item = "msg_1" if i % 2 else "fc_1"
            conn.request("GET", item_path("conv_demo", item))
            resp = conn.getresponse()
            body = json.loads(resp.read())
            conn.close()
            assert body["id"] == item
            with lock:
                results.append(resp.status)
        except BaseException as exc:  # reported below
            with lock:
                errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    assert results == [200] * n
    assert len(server.requests) == n
    assert sorted(r.number for r in server.requests) == list(range(1, n + 1))


def test_concurrent_httpx_client(server: MockConversationServer) -> None:
    url = server.url_for("conv_demo", "fc_1")
    with httpx.Client(limits=httpx.Limits(max_connections=50)) as client:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(50) as pool:
            statuses = list(pool.map(lambda _: client.get(url).status_code, range(300)))
    assert statuses == [200] * 300


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc")
def test_no_fd_or_thread_leak_after_stop(fixtures_dir: Path) -> None:
    MockConversationServer(fixtures_dir=fixtures_dir)  # warm up imports
    before = fd_count()
    srv = MockConversationServer(fixtures_dir=fixtures_dir).start()
    idle = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=5)
    idle.request("GET", item_path("conv_demo", "msg_1"))
    idle.getresponse().read()  # connection stays open, its handler thread waits
    with httpx.Client() as client:
        for _ in range(20):
            assert client.get(srv.url_for("conv_demo", "fc_1")).status_code == 200
    srv.schedule(Fault.timeout(30))
    slow = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=5)
    slow.request("GET", item_path("conv_demo", "msg_1"))  # a handler now sleeps
    time.sleep(0.1)
    assert mock_threads()
    t0 = time.monotonic()
    srv.stop()
    assert time.monotonic() - t0 < 2.0
    assert mock_threads() == []
    idle.close()
    slow.close()
    assert fd_count() == before
    srv.stop()  # idempotent


def test_lifecycle(fixtures_dir: Path) -> None:
    srv = MockConversationServer(fixtures_dir=fixtures_dir, base_path="custom/base/")
    srv.stop()  # stopping a server never started is fine
    with pytest.raises(RuntimeError):
        _ = srv.endpoint
    assert "not started" in repr(srv)
    with srv:
        assert srv.endpoint == f"http://127.0.0.1:{srv.port}/custom/base"
        with pytest.raises(RuntimeError):
            srv.start()
        assert httpx.get(srv.url_for("conv_demo", "msg_1")).status_code == 200
    with srv:  # can be started again
        assert httpx.get(srv.url_for("conv_demo", "msg_1")).status_code == 200
    with MockConversationServer([MESSAGE], base_path="") as root:
        assert root.endpoint == f"http://127.0.0.1:{root.port}"
        path = "/openai/v1/conversations/conv_demo/items/msg_1"
        assert request(root, path).status == 200


def test_serve_forever_stops_on_keyboard_interrupt(fixtures_dir: Path) -> None:
    if threading.current_thread() is not threading.main_thread():
        pytest.skip("needs the main thread")
    srv = MockConversationServer(fixtures_dir=fixtures_dir)
    served: list[int] = []
    finished = threading.Event()
    watchdog_fired = threading.Event()

    def poke_then_interrupt() -> None:
        deadline = time.monotonic() + 5
        while not srv.running and time.monotonic() < deadline:
            time.sleep(0.01)
        served.append(request(srv, item_path("conv_demo", "msg_1")).status)
        _thread.interrupt_main(signal.SIGINT)

    def watchdog() -> None:  # the test can never hang: stopping the server ends serve_forever
        if not finished.wait(20):
            watchdog_fired.set()
            srv.stop()

    # A process started with SIGINT ignored (a background job of a non-interactive shell) would
    # make interrupt_main a no-op; run this test with Python's own handler whatever was inherited.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    helper = threading.Thread(target=poke_then_interrupt)
    guard = threading.Thread(target=watchdog)
    try:
        guard.start()
        helper.start()
        srv.serve_forever()  # returns after the KeyboardInterrupt
    finally:
        finished.set()
        signal.signal(signal.SIGINT, previous)
        helper.join(5)
        guard.join(5)
    assert not watchdog_fired.is_set(), "serve_forever did not return on KeyboardInterrupt"
    assert served == [200]
    assert len(srv.requests) == 1
    assert mock_threads() == []


# -- pytest plugin -----------------------------------------------------------------------


def test_plugin_fixture(mock_conversation_server: MockConversationServer) -> None:
    srv = mock_conversation_server
    assert srv.endpoint.startswith("http://127.0.0.1:")
    bundled = load_fixture_items()
    assert len(srv.item_ids()) == len({i.get("id") for i in bundled.values()})
    with httpx.Client() as client:
        for item_id in srv.item_ids():
            assert client.get(srv.url_for("conv_demo", item_id)).status_code == 200
    assert_error(request(srv, item_path("conv_demo", "does-not-exist")), 404, "not_found")


@pytest.mark.mock_conversation_server(api_key="marker-key", conversation_id="conv_m")
def test_plugin_fixture_marker(mock_conversation_server: MockConversationServer) -> None:
    srv = mock_conversation_server
    srv.add_item({"id": "m1", "type": "message"})
    url = srv.url_for("conv_m", "m1")
    assert httpx.get(url).status_code == 401
    assert httpx.get(url, headers={"api-key": "marker-key"}).json() == {"id": "m1", "type": "message"}


def test_plugin_generator_stops_the_server() -> None:
    from conversation_items.pytest_plugin import serve_mock_conversation_server

    gen = serve_mock_conversation_server(items=[MESSAGE])
    srv = next(gen)
    assert httpx.get(srv.url_for("conv_demo", "msg_1")).status_code == 200
    with pytest.raises(StopIteration):
        next(gen)
    assert mock_threads() == []
