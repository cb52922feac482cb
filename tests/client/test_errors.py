"""Errors carry what they know and keep it through pickle and copy (multiprocessing, Celery, pickle caches);
an unknown item type is reported once per process, naming the command that adds it."""

from __future__ import annotations

import copy
import logging
import pickle
from typing import Any

import httpx
import pytest
from conversation_items import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ConversationItemsClient,
    CredentialError,
    InternalServerError,
    ItemDecodeError,
    NotFoundError,
    parse_item,
)
from conversation_items.testing import Fault, error_body
from fakes import ENDPOINT, ITEM, json_fault, mock_client, mock_service
from support import unknown_type


def raised_by(fault: Fault) -> APIStatusError:
    with mock_client(mock_service(fault), max_retries=0) as client, pytest.raises(APIStatusError) as info:
        client.get_item("c", "i")
    return info.value


def error_reply(status: int, headers: dict[str, str], **fields: Any) -> Fault:
    """An error in the service's documented shape, with code "some_code", message "status <status>" and `fields`."""
    body = error_body(status, f"status {status}", code="some_code")
    body["error"].update(fields)
    return json_fault(status, body, headers)


COPIES = {
    "pickle": lambda e: pickle.loads(pickle.dumps(e)),
    "copy": copy.copy,
    "deepcopy": copy.deepcopy,
}


@pytest.mark.parametrize("how", COPIES)
def test_a_status_error_survives_copies_with_its_parsed_error_and_headers(how: str) -> None:
    original = raised_by(error_reply(404, {"X-Request-Id": "rid-9"}, extra={"kept": 1}))
    copied: Any = COPIES[how](original)
    assert type(copied) is NotFoundError
    assert str(copied) == str(original) == "404 Not Found: some_code: status 404 (request id rid-9)"
    assert copied.error is not None and copied.error.message == "status 404"
    assert copied.error.to_dict() == original.error.to_dict()  # type: ignore[union-attr]
    assert copied.headers["x-request-id"] == copied.headers["X-REQUEST-ID"] == "rid-9"
    assert (copied.status_code, copied.body, copied.request_id, copied.message) == (
        404,
        original.body,
        "rid-9",
        original.message,
    )


@pytest.mark.parametrize("how", COPIES)
def test_an_error_body_that_was_not_the_documented_shape_survives_too(how: str) -> None:
    original = raised_by(Fault(status=502, body=b"<html>bad gateway</html>", content_type="text/html"))
    copied: Any = COPIES[how](original)
    assert type(copied) is InternalServerError
    assert (copied.error, copied.body) == (None, "<html>bad gateway</html>")


@pytest.mark.parametrize("how", COPIES)
@pytest.mark.parametrize(
    "original",
    [
        APIConnectionError("Connection error (ConnectError: refused).", url="https://x/items/i"),
        APITimeoutError("Request timed out (ReadTimeout).", url="https://x/items/i"),
        CredentialError("FakeCredential.get_token failed (Boom: no)"),
        ItemDecodeError("cannot decode item of type 'message'", payload={"type": "message"}, item_type="message"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_other_errors_survive_copies_with_everything_they_carry(how: str, original: Exception) -> None:
    copied: Any = COPIES[how](original)
    assert type(copied) is type(original)
    assert str(copied) == str(original)
    assert vars(copied) == vars(original)


def test_an_item_decode_error_from_parse_item_keeps_its_payload_through_pickle() -> None:
    payload = {"type": "function_call", "name": "f", "arguments": "{}"}
    with pytest.raises(ItemDecodeError) as info:
        parse_item(payload)
    copied = pickle.loads(pickle.dumps(info.value))
    assert (copied.payload, copied.item_type, str(copied)) == (payload, "function_call", str(info.value))


# --- the stale-spec warning --------------------------------------------------------------------------------------


def test_an_unknown_type_is_reported_once_per_type_without_payload(
    fresh_warnings: None, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="conversation_items")
    first, second = unknown_type("hologram_call"), unknown_type("quantum_call")  # drawn against the spec
    for _ in range(3):
        parse_item({"type": first, "secret_field": "do-not-log-me"})
    parse_item({"type": second})
    with mock_client(mock_service(item={"type": first, "x": 1})) as client:
        client.get_item("c", "i")
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and r.name == "conversation_items"]
    assert [r.getMessage().split(" is not")[0] for r in warnings] == [f"item type {first!r}", f"item type {second!r}"]
    assert all("make new-type FROM=" in r.getMessage() for r in warnings)
    assert all("do-not-log-me" not in r.getMessage() for r in warnings)


def test_a_known_type_is_never_reported(fresh_warnings: None, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="conversation_items")
    parse_item({"type": "message", "role": "user", "content": "hi"})
    assert caplog.records == []


def test_a_long_or_hostile_type_name_is_shortened_and_escaped_in_the_warning(
    fresh_warnings: None, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="conversation_items")
    parse_item({"type": "x\n\x1b[2J" + "y" * 500})
    (record,) = caplog.records
    assert "\n" not in record.getMessage() and "\x1b" not in record.getMessage()
    assert len(record.getMessage()) < 400


def test_the_warning_names_the_type_up_to_80_characters_and_the_command_that_adds_it(
    fresh_warnings: None, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="conversation_items")
    for name in ("h" * 80, "k" * 81):
        parse_item({"type": name})
    shown = [r.getMessage().split(" is not")[0] for r in caplog.records]
    assert shown == [f"item type {'h' * 80!r}", f"item type {'k' * 80 + '...'!r}"]
    assert caplog.records[0].getMessage() == (
        f"item type {'h' * 80!r} is not in this package's spec: it decodes to UnknownItem. To add it, save an item "
        "with `conversation-items get CONV ITEM --json > item.json` and run `make new-type FROM=item.json` in a "
        "checkout of conversation-items."
    )


URL = "https://acct.services.ai.azure.com/api/projects/proj/openai/v1/conversations/c/items/i"


def local_client(failure: Exception) -> ConversationItemsClient:
    """A client whose transport raises `failure`: a local one, as the mock service raises only what a socket does."""

    def fail(request: httpx.Request) -> httpx.Response:
        raise failure

    return ConversationItemsClient(ENDPOINT, transport=httpx.MockTransport(fail), max_retries=0)


@pytest.mark.parametrize(
    ("failure", "error_type", "message"),
    [
        (httpx.ConnectError("no route"), APIConnectionError, "Connection error (ConnectError: no route)."),
        (httpx.ReadError("reset"), APIConnectionError, "Connection error (ReadError: reset)."),
        (httpx.LocalProtocolError("bad"), APIConnectionError, "Request could not be sent (LocalProtocolError: bad)."),
        (httpx.ReadTimeout("slow"), APITimeoutError, "Request timed out (ReadTimeout)."),
        (httpx.PoolTimeout("full"), APITimeoutError, "Request timed out (PoolTimeout)."),
    ],
)
def test_a_transport_failure_names_its_kind_and_the_url(
    failure: Exception, error_type: type[APIConnectionError], message: str
) -> None:
    with local_client(failure) as client, pytest.raises(error_type) as info:
        client.get_item("c", "i")
    assert type(info.value) is error_type
    assert str(info.value) == info.value.message == message
    assert info.value.url == URL
    assert info.value.__cause__ is failure


def test_a_body_that_cannot_be_decoded_is_an_item_decode_error_without_payload() -> None:
    failure = httpx.DecodingError("incorrect header check")
    with local_client(failure) as client, pytest.raises(ItemDecodeError) as info:
        client.get_item("c", "i")
    assert str(info.value) == "the response body could not be decoded (incorrect header check)"
    assert info.value.payload is None


def test_status_error_messages() -> None:
    assert str(APIStatusError(599)) == "599 Unknown Status"
    no_code = raised_by(json_fault(400, {"error": {"code": None, "message": "bad thing", "param": None}}))
    assert str(no_code) == "400 Bad Request: bad thing (request id req_1)"
    assert str(raised_by(error_reply(404, {"x-request-id": "r-1"}))) == (
        "404 Not Found: some_code: status 404 (request id r-1)"
    )


def test_errors_built_by_hand_have_the_documented_defaults() -> None:
    # what users construct in their own tests, like openai's exceptions
    connection, timeout, status = APIConnectionError(), APITimeoutError(), APIStatusError(503)
    assert (str(connection), connection.url) == ("Connection error.", None)
    assert (str(timeout), timeout.url) == ("Request timed out.", None)
    assert (status.body, status.error, status.request_id, dict(status.headers)) == ("", None, None, {})


def test_an_error_body_that_is_not_utf_8_is_kept_with_replacement_characters() -> None:
    raised = raised_by(Fault(status=500, body=b"bad \xff\xfe body", content_type="text/plain"))
    assert type(raised) is InternalServerError
    assert raised.body == "bad \ufffd\ufffd body"
    assert raised.error is None


def test_an_unknown_type_from_the_service_is_reported_too(
    fresh_warnings: None, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="conversation_items")
    with mock_client(mock_service(item={"type": "sonar_call"})) as client:
        client.get_item("c", "i")
    (record,) = caplog.records
    assert record.getMessage().startswith("item type 'sonar_call' is not in this package's spec")


@pytest.mark.parametrize(
    ("headers", "request_id"),
    [
        ({"x-request-id": "a", "x-ms-request-id": "b", "apim-request-id": "c"}, "a"),
        ({"X-Ms-Request-Id": "b", "apim-request-id": "c"}, "b"),
        ({"apim-request-id": "c"}, "c"),
        ({}, None),
    ],
)
def test_the_request_id_comes_from_the_first_of_its_headers_the_service_sent(
    headers: dict[str, str], request_id: str | None
) -> None:
    # a local transport: the mock service always sends x-request-id, and here it must be absent
    replies = iter([httpx.Response(503, headers=headers), httpx.Response(200, json=ITEM, headers=headers)])
    transport = httpx.MockTransport(lambda request: next(replies))
    with ConversationItemsClient(ENDPOINT, transport=transport, max_retries=0) as client:
        with pytest.raises(APIStatusError) as info:
            client.get_item("c", "i")
        assert info.value.request_id == request_id
        assert client.get_item_detailed("c", "i").request_id == request_id
