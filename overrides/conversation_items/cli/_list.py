"""`conversation-items list`: every page of `list_items`, with only the options the user gave (the client keeps its
own defaults), printed as it arrives: a summary line per item, or each item exactly as received (`--json`, JSON
Lines)."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from typing import TYPE_CHECKING, Any

from .._defaults import ENDPOINT_ENV_VAR
from ._exit import ExitCode
from ._failures import UsageError
from ._get import client_options, say, settings_line
from ._raw_json import array_elements, decode_body
from ._render import describe_item_line, write_lines, write_text
from ._text import visible

if TYPE_CHECKING:
    from .._item_page import ItemPage

__all__ = ["run_list"]


def _page_line(number: int, page: ItemPage) -> str:
    request_id = "none" if page.request_id is None else visible(page.request_id, 200)
    return (
        f"page {number}: {len(page.items)} item(s), has_more {str(page.has_more).lower()}; "
        f"request id {request_id}; {len(page.content):,} bytes"
    )


def run_list(args: argparse.Namespace) -> int:
    """List the items and print them page by page; raises what the client raises (the caller maps it to an exit
    code). Items of the pages before a failure are printed already."""
    from ..client import ConversationItemsClient

    if args.endpoint is None and not os.environ.get(ENDPOINT_ENV_VAR):
        raise UsageError(f"no endpoint: pass --endpoint URL or set {ENDPOINT_ENV_VAR}")
    call: dict[str, Any] = {} if args.include is None else {"include": list(args.include)}
    filters = {
        "limit": args.limit,
        "order": args.order,
        "after": args.after,
        "before": args.before,
        "item_type": args.item_type,
    }
    with contextlib.ExitStack() as stack:
        options = client_options(args, stack)
        client = stack.enter_context(ConversationItemsClient(args.endpoint, **options))
        if args.verbose:
            say(settings_line(client, options, args.include))
        pager = client.list_items(args.conversation_id, **filters, **call)
        for number, page in enumerate(pager.pages(), 1):
            if args.verbose:
                say(_page_line(number, page))
            if args.json:
                write_lines(sys.stdout, array_elements(decode_body(page.content), "data"))
            else:
                write_text(sys.stdout, "".join(describe_item_line(item) for item in page.items))
                sys.stdout.flush()
    return ExitCode.OK
