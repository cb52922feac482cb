"""The `conversation-items` command: fetch an item, list the known types, run the mock server.

Exit codes: 0 success; 1 the service answered with an error status; 2 usage or configuration
error; 3 connection error or timeout; 4 the response was not a decodable item; 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

__all__ = ["main"]

EXIT_OK = 0
EXIT_STATUS_ERROR = 1
EXIT_USAGE = 2
EXIT_CONNECTION = 3
EXIT_DECODE = 4
EXIT_INTERRUPTED = 130

API_KEY_ENV_VAR = "AZURE_AI_API_KEY"
_VALUE_WIDTH = 100


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="conversation-items",
        description="Read Microsoft Foundry conversation items, typed by their kind.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    get = commands.add_parser("get", help="fetch one item and show it", description="Fetch one conversation item.")
    get.add_argument("conversation_id", metavar="CONV")
    get.add_argument("item_id", metavar="ITEM")
    get.add_argument("--endpoint", help="project endpoint (default: $AZURE_AI_PROJECT_ENDPOINT)")
    get.add_argument("--isolation-key", help="sent as x-ms-user-isolation-key")
    get.add_argument("--user-identity", help="sent as x-ms-user-identity")
    auth = get.add_mutually_exclusive_group()
    auth.add_argument("--api-key", help=f"API key, sent as api-key (default: ${API_KEY_ENV_VAR})")
    auth.add_argument(
        "--azure-credential",
        action="store_true",
        help="authenticate with azure-identity's DefaultAzureCredential (pip install 'conversation-items[azure]')",
    )
    get.add_argument("--json", action="store_true", help="print the item's JSON exactly as decoded (round-trip)")
    get.add_argument("--timeout", type=float, default=30.0, help="seconds per attempt (default: 30)")
    get.add_argument("--max-retries", type=int, default=2, help="retries on 408/429/5xx/connection errors")

    commands.add_parser("types", help="list every known item type and its class")

    mock = commands.add_parser(
        "mock-server",
        help="serve the endpoint locally from fixture items",
        description="Serve GET .../conversations/{c}/items/{i} on loopback from fixture items (Ctrl-C stops).",
    )
    mock.add_argument("--host", default="127.0.0.1")
    mock.add_argument("--port", type=int, default=8080, help="0 picks a free port (default: 8080)")
    mock.add_argument(
        "--fixtures",
        metavar="DIR",
        action="append",
        help="a folder of *.json items (repeatable); default: the bundled item of every type plus examples",
    )
    mock.add_argument("--conversation-id", default="conv_demo")
    mock.add_argument("--api-key", help="require this api-key header")
    mock.add_argument("--ready-file", type=Path, help="write the endpoint to this file once listening")
    return parser


def _format_value(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= _VALUE_WIDTH else text[: _VALUE_WIDTH - 1] + "…"


def _describe_item(item: Any, out: TextIO) -> None:
    data = item.to_dict()
    kind = type(item).__name__
    note = "  (a type this version does not know: every field kept)" if kind == "UnknownItem" else ""
    out.write(f"{data.get('type')}  ->  {kind}{note}\n")
    extra = set(getattr(item, "additional_properties", {})) if kind != "UnknownItem" else set()
    fields = [key for key in data if key != "type" and key not in extra] + [key for key in data if key in extra]
    width = max((len(key) for key in fields), default=0)
    for key in fields:
        out.write(f"  {key.ljust(width)}  {_format_value(data[key])}\n")


def _get(args: argparse.Namespace) -> int:
    from . import ConversationItemsClient

    credential: Any = None
    api_key = args.api_key or (None if args.azure_credential else os.environ.get(API_KEY_ENV_VAR) or None)
    if args.azure_credential:
        try:
            from azure.identity import DefaultAzureCredential
        except ImportError:
            print(
                "error: --azure-credential needs azure-identity: pip install 'conversation-items[azure]'",
                file=sys.stderr,
            )
            return EXIT_USAGE
        credential = DefaultAzureCredential()
    with ConversationItemsClient(
        args.endpoint,
        api_key=api_key,
        credential=credential,
        user_isolation_key=args.isolation_key,
        user_identity=args.user_identity,
        timeout=args.timeout,
        max_retries=args.max_retries,
    ) as client:
        response = client.get_item_detailed(args.conversation_id, args.item_id)
    if args.json:
        json.dump(response.item.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _describe_item(response.item, sys.stdout)
        if response.request_id:
            sys.stdout.write(f"(request id {response.request_id})\n")
    return EXIT_OK


def _types() -> int:
    from . import ITEM_TYPES

    width = max(len(value) for value in ITEM_TYPES)
    for value in sorted(ITEM_TYPES):
        print(f"{value.ljust(width)}  {ITEM_TYPES[value].__name__}")
    print(f"({len(ITEM_TYPES)} types; any other type decodes to UnknownItem)")
    return EXIT_OK


def _bundled_dirs() -> list[Path]:
    from importlib import resources

    root = Path(str(resources.files("conversation_items").joinpath("fixtures")))
    return [root / "items", root / "examples"]


def _mock_server(args: argparse.Namespace) -> int:
    from .testing import MockConversationServer, load_fixture_items

    server = MockConversationServer(
        items=[], conversation_id=args.conversation_id, host=args.host, port=args.port, api_key=args.api_key
    )
    for directory in [Path(d) for d in args.fixtures] if args.fixtures else _bundled_dirs():
        for stem, item in load_fixture_items(directory).items():
            server.add_item(item, item_id=item["id"] if isinstance(item.get("id"), str) else stem)
    server.start()
    print(f"mock server listening: endpoint={server.endpoint}", flush=True)
    print(f"conversation {args.conversation_id!r}: {len(server.item_ids())} items (Ctrl-C stops)", flush=True)
    if args.ready_file is not None:
        args.ready_file.write_text(server.endpoint + "\n", encoding="utf-8")
    server.serve_forever()
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    from .errors import APIConnectionError, APIStatusError, ItemDecodeError

    args = _parser().parse_args(argv)
    try:
        if args.command == "get":
            return _get(args)
        if args.command == "types":
            return _types()
        return _mock_server(args)
    except APIStatusError as exc:
        print(f"error: the service answered {exc}", file=sys.stderr)
        if exc.status_code == 401:
            print(f"hint: pass --api-key (or set {API_KEY_ENV_VAR}) or --azure-credential", file=sys.stderr)
        return EXIT_STATUS_ERROR
    except APIConnectionError as exc:
        print(f"error: {exc} Is the endpoint right and reachable?", file=sys.stderr)
        return EXIT_CONNECTION
    except ItemDecodeError as exc:
        print(f"error: the response is not a decodable item: {exc}", file=sys.stderr)
        return EXIT_DECODE
    except (ValueError, TypeError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
