"""The one `error: ...` line of each failure, word for word where the words are the contract: the hints on 403 and
429 (a 429 above the Retry-After cap says how long the server asked to wait, not to retry more), no `.;` before a
hint, and the exact limits of error and log lines. Also which loggers the command attaches to."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from conversation_items import APIConnectionError, APIStatusError, ConversationItemsClient
from conversation_items.cli import main
from conversation_items.cli._failures import MESSAGE_LIMIT, UsageError, describe_failure
from conversation_items.cli._logs import LINE_LIMIT, stderr_logging
from conversation_items.testing import Fault, MockConversationServer

ENDPOINT = "https://acct.example/api/projects/p"


def _failure(status: int, headers: dict[str, str] | None = None, message: str = "Too many requests.") -> Any:
    """What get_item raises for one answer of `status` (no retries)."""
    body = {"error": {"code": "some_code", "message": message}}
    # a local transport: these lines carry no request id, and the mock service always sends one
    transport = httpx.MockTransport(lambda request: httpx.Response(status, json=body, headers=headers))
    with ConversationItemsClient(ENDPOINT, transport=transport, max_retries=0) as client:
        with pytest.raises(APIStatusError) as raised:
            client.get_item("c", "i")
    return raised.value


def test_a_403_says_the_credentials_may_not_read_the_item() -> None:
    code, line = describe_failure(_failure(403, message="Forbidden"))
    assert (code, line) == (
        1,
        "error: the service answered 403 Forbidden: some_code: Forbidden; "
        "hint: the credentials may not read this item: check the key's or identity's role on the project",
    )


def test_a_429_within_the_cap_suggests_later_or_more_retries() -> None:
    code, line = describe_failure(_failure(429, {"retry-after": "2"}))
    assert (code, line) == (
        1,
        "error: the service answered 429 Too Many Requests: some_code: Too many requests; "
        "hint: the service is rate limiting: try again later, or allow more --max-retries",
    )


@pytest.mark.parametrize(
    ("headers", "asked"),
    [
        ({"retry-after": "120"}, "120 s"),
        ({"retry-after-ms": "90500"}, "91 s"),  # rounded up: trying after 90 s would be too early
        ({"x-ms-retry-after-ms": "3600000"}, "3,600 s"),
    ],
)
def test_a_429_above_the_retry_after_cap_says_how_long_the_server_asked_and_not_to_retry_more(
    headers: dict[str, str], asked: str
) -> None:
    code, line = describe_failure(_failure(429, headers))
    assert (code, line) == (
        1,
        "error: the service answered 429 Too Many Requests: some_code: Too many requests; "
        f"hint: the service asked to wait {asked} before trying again, longer than the client waits (60 s): "
        "try again after that",
    )
    assert line is not None and "--max-retries" not in line


def test_a_429_above_the_cap_end_to_end(capsys: pytest.CaptureFixture[str]) -> None:
    with MockConversationServer() as server:
        server.schedule(Fault.retry_after(429, seconds=300))
        assert main(["get", "conv_demo", "item_abc123", "--endpoint", server.endpoint]) == 1
        assert len(server.requests) == 1  # not waited for, not retried
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.endswith(
        "; hint: the service asked to wait 300 s before trying again, longer than the client waits (60 s): "
        "try again after that\n"
    )


@pytest.mark.parametrize(
    "error",
    [
        APIConnectionError("Connection error (ConnectError: All connection attempts failed.)."),
        _failure(404, message="Item not found."),
        _failure(500, message="Something broke."),
    ],
    ids=["connection", "404", "500"],
)
def test_no_error_line_puts_a_period_before_the_hint(error: Exception) -> None:
    _, line = describe_failure(error)
    assert line is not None and "; hint: " in line
    assert ".;" not in line, line


def test_a_message_ending_in_an_ellipsis_keeps_it() -> None:
    error = APIConnectionError("waited for ...")
    assert describe_failure(error)[1] == "error: waited for ...; hint: is the endpoint right and reachable?"


def test_an_error_line_shows_exactly_MESSAGE_LIMIT_characters_of_the_message() -> None:
    assert MESSAGE_LIMIT == 1000
    whole = "x" * MESSAGE_LIMIT
    assert describe_failure(UsageError(whole)) == (2, f"error: {whole}")
    longer = "y" * MESSAGE_LIMIT + "z"
    assert describe_failure(UsageError(longer)) == (2, f"error: {'y' * MESSAGE_LIMIT}... (1,001 characters)")


def test_a_log_line_shows_exactly_LINE_LIMIT_characters(capsys: pytest.CaptureFixture[str]) -> None:
    assert LINE_LIMIT == 1000
    logger = logging.getLogger("conversation_items")
    with stderr_logging(verbose=False):
        logger.warning("%s", "w" * LINE_LIMIT)
        logger.warning("%s", "v" * LINE_LIMIT + "u")
    assert capsys.readouterr().err.splitlines() == [
        f"warning: {'w' * LINE_LIMIT}",
        f"warning: {'v' * LINE_LIMIT}... (1,001 characters)",
    ]


@pytest.mark.parametrize("verbose", [False, True])
def test_the_command_attaches_to_the_package_and_azure_loggers_never_the_root_logger(
    verbose: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    root = logging.getLogger()
    root_state = (root.level, list(root.handlers))
    azure = logging.getLogger("azure")
    azure_state = (azure.level, azure.propagate, list(azure.handlers))
    with stderr_logging(verbose=verbose):
        assert (root.level, list(root.handlers)) == root_state
        attached = [h for h in azure.handlers if h not in azure_state[2]]
        assert len(attached) == 1 and attached == [
            h for h in logging.getLogger("conversation_items").handlers if h in attached
        ]
        assert azure.level == (logging.WARNING if verbose else logging.CRITICAL + 1) and azure.propagate is False
        logging.getLogger("azure.identity").warning("azure says %s", "hello")
        logging.getLogger("somebody.else").warning("not ours")
    err = capsys.readouterr().err
    assert err == ("warning: azure says hello\n" if verbose else "")
    assert (root.level, list(root.handlers)) == root_state
    assert (azure.level, azure.propagate, list(azure.handlers)) == azure_state
