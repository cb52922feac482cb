"""``Fault``: its checks, its replies, and its text form (``Fault.parse``, the CLI's ``--fault``)."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import pytest
from conversation_items.testing import Fault
from conversation_items.testing.fault_text import TRUNCATED_JSON


def test_fault_validation() -> None:
    for bad in (99, 1000, True):
        with pytest.raises(ValueError):
            Fault(status=bad)
    with pytest.raises(ValueError):
        Fault(headers={"X-Evil": "a\r\nInjected: 1"})
    for field in ("delay", "slow_body", "trickle"):
        for value in (-1, math.nan, math.inf):
            with pytest.raises(ValueError):
                Fault(**{field: value})  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            Fault(**{field: True})  # type: ignore[arg-type]
    fault = Fault(headers={"A": "1"})
    with pytest.raises(TypeError):
        fault.headers["B"] = "2"  # type: ignore[index]


def test_to_reply_carries_status_headers_body_and_timing() -> None:
    reply = Fault(status=429, headers={"Retry-After": "1", "x-request-id": "mine"}, delay=0.5).to_reply("req_9")
    assert reply.status == 429
    assert reply.header("retry-after") == "1"
    assert reply.header("X-Request-Id") == "mine"  # fault headers win over the defaults
    assert reply.header("content-length") == str(len(reply.body))
    assert b'"rate_limit_exceeded"' in reply.body
    assert (reply.delay, reply.drop, reply.slow_body, reply.trickle) == (0.5, False, 0.0, 0.0)
    head = Fault(status=503, trickle=0.1).to_reply("req_1", head_only=True)
    assert head.body == b"" and head.header("content-length") != "0"
    dropped = Fault.timeout(3).to_reply("req_2")
    assert (dropped.drop, dropped.delay, dropped.headers) == (True, 3.0, ())
    no_content = Fault(status=204, body=b"ignored").to_reply("req_3")
    assert no_content.body == b"" and no_content.header("content-length") is None


# -- the text form -----------------------------------------------------------------------

WHEN = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)

PARSED = [
    ("503", Fault(status=503)),
    (" 502 ", Fault(status=502)),
    ("status=500", Fault(status=500)),
    ("429:retry-after=2", Fault(status=429, headers={"Retry-After": "2"})),
    ("retry-after=2", Fault(status=429, headers={"Retry-After": "2"})),
    ("503:retry-after=1.5", Fault(status=503, headers={"Retry-After": "1.5"})),
    ("status=500,retry-after-ms=10", Fault(status=500, headers={"retry-after-ms": "10"})),
    ("x-ms-retry-after-ms=.25", Fault(status=429, headers={"x-ms-retry-after-ms": "0.25"})),
    ("retry-after-date=2030-01-02T03:04:05Z", Fault.retry_after(http_date=WHEN)),
    ("retry-after-date=2030-01-02T05:04:05+02:00", Fault.retry_after(http_date=WHEN)),
    ("drop", Fault.drop_connection()),
    ("DROP,Delay=0.5", Fault.drop_connection(delay=0.5)),
    ("delay=1.5", Fault(delay=1.5)),
    ("200,delay=1.5", Fault(status=200, delay=1.5)),
    ("timeout=2", Fault.timeout(2)),
    ("malformed", Fault.malformed_body()),
    ("malformed,status=500", Fault(status=500, body=TRUNCATED_JSON)),
    ("slow-body=0.5", Fault(slow_body=0.5)),
    ("trickle=0.1,200", Fault(status=200, trickle=0.1)),
    ("502,header=Content-Type:text/html", Fault(status=502, headers={"Content-Type": "text/html"})),
    (
        "418: header=X-A:1 , header=X-B:two words ",
        Fault(status=418, headers={"X-A": "1", "X-B": "two words"}),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARSED, ids=[text for text, _ in PARSED])
def test_parse(text: str, expected: Fault) -> None:
    assert Fault.parse(text) == expected  # headers included


def test_parsed_http_date_is_an_imf_fixdate() -> None:
    value = Fault.parse("retry-after-date=2030-01-02T03:04:05Z").headers["Retry-After"]
    assert value == "Wed, 02 Jan 2030 03:04:05 GMT"
    assert parsedate_to_datetime(value) == WHEN


REFUSED = [
    ("", "empty"),
    ("   ", "empty"),
    ("99", "status must be a number from 100 to 999, got '99'"),
    ("1000", "status must be a number from 100 to 999"),
    ("status=abc", "status must be a number from 100 to 999, got 'abc'"),
    ("status=", "status must be a number"),
    ("hang", "unknown term 'hang'; known terms: STATUS, status=, drop"),
    ("delay", "'delay' needs a value, like delay=SECONDS"),
    ("status", "'status' needs a value"),
    ("colour=red", "unknown term 'colour=red'"),
    ("drop=1", "'drop' takes no value"),
    ("503,,delay=1", "empty term"),
    ("503,", "empty term"),
    ("503,504", "'status' given twice ('503' and '504')"),
    ("429:status=500", "'status' given twice ('429:' and 'status=500')"),
    ("delay=1,delay=2", "'delay' given twice"),
    ("delay=-1", "delay must be a number >= 0 (like 2 or 1.5), got '-1'"),
    ("delay=nan", "delay must be a number >= 0"),
    ("delay=inf", "delay must be a number >= 0"),
    ("delay=1e3", "delay must be a number >= 0"),
    ("delay=1_0", "delay must be a number >= 0"),
    ("slow-body=soon", "slow-body must be a number >= 0"),
    ("retry-after=-2", "retry-after must be a number >= 0"),
    ("retry-after=1,retry-after-date=2030-01-02T03:04:05Z", "not both"),
    ("retry-after-date=tomorrow", "retry-after-date must be an ISO 8601 date-time"),
    ("retry-after-date=2030-01-02T03:04:05", "needs a time zone"),
    ("drop,503", "'drop' sends no answer, so '503' cannot apply"),
    ("drop,retry-after=1", "'drop' sends no answer, so 'retry-after=1' cannot apply"),
    ("timeout=1,malformed", "'timeout=1' sends no answer, so 'malformed' cannot apply"),
    ("timeout=1,delay=2", "already means delay + drop; remove 'delay=2'"),
    ("timeout=1,drop", "already means delay + drop"),
    ("header=NoColon", "header must be NAME:VALUE"),
    ("header=:v", "header must be NAME:VALUE"),
    ("header=X-A:1,header=x-a:2", "header 'x-a' given twice"),
    ("header=Bad Name:1", "invalid header name 'Bad Name'"),
]


@pytest.mark.parametrize(("text", "message"), REFUSED, ids=[text or "<empty>" for text, _ in REFUSED])
def test_parse_refuses_with_a_message_naming_the_spec_and_term(text: str, message: str) -> None:
    with pytest.raises(ValueError) as info:
        Fault.parse(text)
    assert str(info.value).startswith(f"fault spec {text!r}: ")
    assert message in str(info.value)


def test_parse_wants_text() -> None:
    with pytest.raises(TypeError):
        Fault.parse(503)  # type: ignore[arg-type]
