"""The command line's grammar: commands, options, their checks and help. Defaults come from `_defaults` and from the
mock server's own signature; numbers are checked by the client's own rules (`_validation`)."""

from __future__ import annotations

import argparse
import inspect
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from .._defaults import API_KEY_ENV_VAR, DEFAULT_DEADLINE, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, ENDPOINT_ENV_VAR
from .._retry import RETRYABLE_STATUS_CODES
from .._validation import check_deadline, check_limit, check_max_retries, check_timeout
from .._version import __version__
from ._exit import ExitCode, exit_code_table
from ._render import write_text
from ._text import visible

__all__ = ["DEFAULT_MOCK_PORT", "build_parser"]

PROG = "conversation-items"
#: the port `mock-server` listens on without --port (the library's own default, 0, picks a free one)
DEFAULT_MOCK_PORT = 8080

T = TypeVar("T")

_RETRIED = ", ".join(str(code) for code in sorted(RETRYABLE_STATUS_CODES))


class _Parser(argparse.ArgumentParser):
    """argparse with a one-line error: `PROG COMMAND: error: MESSAGE (see --help)`, exit code 2; no option prefixes.

    `allow_abbrev=False` on every parser (the commands' parsers are this class too): a prefix such as `--jso` is an
    error, not `--json`, so that a script keeps its meaning when a later version adds an option with that prefix.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        write_text(sys.stderr, f"{self.prog}: error: {visible(message, 500)} (see {self.prog} --help)\n")
        raise SystemExit(ExitCode.USAGE)


def _checked(parse: Callable[[str], Any], check: Callable[[Any, str], T], what: str) -> Callable[[str], T]:
    """An argparse type: `parse` the text (a ValueError: 'not a number'), then apply the client's `check`."""

    def convert(text: str) -> T:
        try:
            value = parse(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected {what}, got {text!r}") from None
        try:
            return check(value, "the value")
        except (ValueError, TypeError) as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return convert


def _timeout(value: Any, name: str) -> float:
    checked = check_timeout(value, name)
    assert isinstance(checked, float)  # a float in, a float out (None and httpx.Timeout cannot come from text)
    return checked


def _check_deadline(value: Any, name: str) -> float:
    checked = check_deadline(value, name)
    assert checked is not None  # None only for None
    return checked


def _parsed_by(parse: Callable[[str], T]) -> Callable[[str], T]:
    """An argparse type from a parser raising ValueError with a message (shown as is, on one line)."""

    def convert(text: str) -> T:
        try:
            return parse(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return convert


def _server_default(name: str) -> Any:
    from ..testing import MockConversationServer

    return inspect.signature(MockConversationServer).parameters[name].default


def _add_call_options(parser: argparse.ArgumentParser, *, bounded: str) -> None:
    """The options every command that calls the service takes: endpoint, auth, isolation headers, limits."""
    parser.add_argument("--endpoint", metavar="URL", help=f"project endpoint (default: ${ENDPOINT_ENV_VAR})")
    auth = parser.add_mutually_exclusive_group()
    auth.add_argument("--api-key", metavar="KEY", help=f"API key, sent as api-key (default: ${API_KEY_ENV_VAR})")
    auth.add_argument(
        "--azure-credential",
        action="store_true",
        help="authenticate with azure-identity's DefaultAzureCredential (pip install 'conversation-items[azure]')",
    )
    parser.add_argument("--isolation-key", metavar="KEY", help="sent as x-ms-user-isolation-key")
    parser.add_argument("--user-identity", metavar="ID", help="sent as x-ms-user-identity")
    parser.add_argument(
        "--include",
        metavar="VALUE",
        action="append",
        help="ask for extra data, e.g. message.output_text.logprobs (repeatable; sent as include=VALUE each)",
    )
    parser.add_argument(
        "--timeout",
        metavar="S",
        type=_checked(float, _timeout, "a number of seconds"),
        help=f"seconds one attempt may take, connect to last byte (default: {DEFAULT_TIMEOUT:g})",
    )
    parser.add_argument(
        "--deadline",
        metavar="S",
        type=_checked(float, _check_deadline, "a number of seconds"),
        help=f"seconds {bounded} may take, retries and their waits included (default: "
        + ("no limit" if DEFAULT_DEADLINE is None else f"{DEFAULT_DEADLINE:g}")
        + ")",
    )
    parser.add_argument(
        "--max-retries",
        metavar="N",
        type=_checked(int, check_max_retries, "a whole number"),
        help=f"retries after the first attempt, on {_RETRIED}, connection errors and timeouts "
        f"(default: {DEFAULT_MAX_RETRIES})",
    )
    parser.add_argument(
        "--allow-insecure-http",
        action="store_true",
        help="send credentials over plain http to a host that is not this machine (normally refused)",
    )


def _add_get(commands: Any) -> None:
    get = commands.add_parser(
        "get",
        help="fetch one item and show it",
        description="Fetch one conversation item: a readable summary, or the body exactly as received (--json).",
        epilog=f"exit codes:\n{exit_code_table()}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    get.add_argument("conversation_id", metavar="CONV")
    get.add_argument("item_id", metavar="ITEM")
    _add_call_options(get, bounded="the whole call")
    get.add_argument("--json", action="store_true", help="print the response body exactly as received, byte for byte")
    get.add_argument(
        "--pretty", action="store_true", help="print the body indented, every token kept as received (implies --json)"
    )
    get.add_argument(
        "--verbose",
        action="store_true",
        help="on stderr: the settings, each attempt (request, status, request id, timing) and a summary",
    )


def _add_list(commands: Any) -> None:
    listing = commands.add_parser(
        "list",
        help="list a conversation's items, page after page",
        description="List the items of a conversation, following every page: one summary line per item, or one item "
        "per line exactly as received (--json: JSON Lines).",
        epilog=f"exit codes:\n{exit_code_table()}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    listing.add_argument("conversation_id", metavar="CONV")
    listing.add_argument(
        "--limit",
        metavar="N",
        type=_checked(int, check_limit, "a whole number"),
        help="items per page, 1-100 (default: the service's, 20)",
    )
    listing.add_argument(
        "--order", choices=("asc", "desc"), help="by creation time, oldest or newest first (default: the service's)"
    )
    listing.add_argument("--after", metavar="ITEM", help="start after this item id")
    listing.add_argument("--before", metavar="ITEM", help="stop before this item id")
    listing.add_argument("--item-type", metavar="TYPE", help="only items of this type, e.g. function_call")
    _add_call_options(listing, bounded="each page's request")
    listing.add_argument(
        "--json", action="store_true", help="print each item exactly as received, one per line (JSON Lines)"
    )
    listing.add_argument(
        "--verbose",
        action="store_true",
        help="on stderr: the settings, each attempt (request, status, request id, timing) and each page",
    )


def _add_mock_server(commands: Any, *, with_options: bool) -> None:
    mock = commands.add_parser(
        "mock-server",
        help="serve the endpoint locally from fixture items",
        description="Serve GET .../conversations/{c}/items/{i} on loopback from fixture items until Ctrl-C or SIGTERM.",
        epilog=f"exit codes:\n{exit_code_table()}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    if not with_options:  # its help reads the mock server's defaults: import conversation_items.testing only if used
        return
    mock.add_argument("--host", help=f"address to listen on (default: {_server_default('host')})")
    mock.add_argument(
        "--port",
        type=_parsed_by(_port),
        default=DEFAULT_MOCK_PORT,
        help=f"0 picks a free port (default: {DEFAULT_MOCK_PORT})",
    )
    mock.add_argument(
        "--fixtures",
        metavar="DIR",
        action="append",
        type=Path,
        help="a folder of *.json items, one item each (repeatable); default: one item of every type plus examples",
    )
    mock.add_argument(
        "--conversation-id",
        metavar="CONV",
        help=f"the conversation the items belong to (default: {_server_default('conversation_id')})",
    )
    mock.add_argument("--api-key", metavar="KEY", help="require this api-key header")
    mock.add_argument("--bearer-token", metavar="TOKEN", help="require Authorization: Bearer TOKEN (or the api key)")
    mock.add_argument(
        "--isolation-key",
        metavar="ITEM=KEY",
        action="append",
        type=_parsed_by(_isolation_assignment),
        help="serve ITEM only to requests with x-ms-user-isolation-key (or x-ms-user-identity) KEY (repeatable)",
    )
    mock.add_argument(
        "--fault",
        metavar="SPEC",
        action="append",
        type=_parsed_by(_fault),
        help="answer the next request with this fault, e.g. 503, 429:retry-after=2, drop, delay=1.5 "
        "(repeatable: one request each, in order)",
    )
    mock.add_argument("--ready-file", metavar="FILE", type=Path, help="write the endpoint to FILE once listening")


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise ValueError(f"expected a port number, got {text!r}") from None
    if not 0 <= port <= 65535:
        raise ValueError(f"a port is 0-65535, got {port}")
    return port


def _isolation_assignment(text: str) -> Any:
    from ..testing import parse_isolation_assignment

    return parse_isolation_assignment(text)


def _fault(text: str) -> Any:
    from ..testing import Fault

    return Fault.parse(text)


def build_parser(argv: Sequence[str]) -> argparse.ArgumentParser:
    """The parser of `conversation-items` and its commands `get`, `list`, `types` and `mock-server`, for `argv`.

    `mock-server`'s options are added only when `argv` names that command: their help needs an import that `get`
    should not pay for.
    """
    parser = _Parser(
        prog=PROG,
        description="Read Microsoft Foundry conversation items, typed by their kind.",
        epilog=f"exit codes:\n{exit_code_table()}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_get(commands)
    _add_list(commands)
    commands.add_parser("types", help="list every known item type and its class")
    _add_mock_server(commands, with_options="mock-server" in argv)
    return parser
