"""`conversation-items get`: one call of `get_item_detailed`, with only the options the user gave (the client keeps
its own defaults), then the summary or the raw body."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from typing import TYPE_CHECKING, Any

from .._defaults import API_KEY_ENV_VAR, ENDPOINT_ENV_VAR
from .._version import __version__
from ._exit import ExitCode
from ._failures import UsageError
from ._render import describe_item, write_body, write_text
from ._text import visible

if TYPE_CHECKING:
    from .._item_response import ItemResponse
    from ..client import ConversationItemsClient

__all__ = ["client_options", "run_get", "say", "settings_line"]


def _credential(stack: contextlib.ExitStack) -> Any:
    try:
        from azure.identity import DefaultAzureCredential
    except ImportError:
        raise UsageError("--azure-credential needs azure-identity: pip install 'conversation-items[azure]'") from None
    return stack.enter_context(DefaultAzureCredential())


def client_options(args: argparse.Namespace, stack: contextlib.ExitStack) -> dict[str, Any]:
    """The client's options from the arguments given; an option not given is left out (the client's default)."""
    options: dict[str, Any] = {}
    if args.azure_credential:
        options["credential"] = _credential(stack)
    else:
        api_key = args.api_key if args.api_key is not None else os.environ.get(API_KEY_ENV_VAR) or None
        if api_key is not None:
            options["api_key"] = api_key
    given = {
        "user_isolation_key": args.isolation_key,
        "user_identity": args.user_identity,
        "timeout": args.timeout,
        "deadline": args.deadline,
        "max_retries": args.max_retries,
    }
    options.update({name: value for name, value in given.items() if value is not None})
    if args.allow_insecure_http:
        options["allow_insecure_http"] = True
    return options


def _auth_shown(options: dict[str, Any]) -> str:
    if "credential" in options:
        return "DefaultAzureCredential (bearer token)"
    return "api-key" if "api_key" in options else "none"


def say(text: str) -> None:
    write_text(sys.stderr, f"verbose: {text}\n")


def settings_line(client: ConversationItemsClient, options: dict[str, Any], include: list[str] | None) -> str:
    """What the call will use, never a secret: the endpoint, the auth mode, whether isolation headers are set."""
    parts = [
        f"conversation-items {__version__}",
        f"endpoint {client.endpoint}",
        f"auth {_auth_shown(options)}",
        f"timeout {client.timeout} s per attempt",
        f"deadline {'none' if client.deadline is None else f'{client.deadline} s'}",
        f"max retries {client.max_retries}",
    ]
    if client.user_isolation_key is not None:
        parts.append("x-ms-user-isolation-key set")
    if client.user_identity is not None:
        parts.append("x-ms-user-identity set")
    if include:
        parts.append("include " + ", ".join(include))
    if client.proxy is not None:
        parts.append(f"proxy {client.proxy} (from the environment)")
    return visible("; ".join(parts), 2000)


def _summary_line(response: ItemResponse) -> str:
    request_id = "none" if response.request_id is None else visible(response.request_id, 200)
    return (
        f"{response.status_code} after {response.attempts} attempt(s) in {response.elapsed * 1000:.1f} ms; "
        f"request id {request_id}; {len(response.content):,} bytes"
    )


def run_get(args: argparse.Namespace) -> int:
    """Fetch the item and print it; raises what the client raises (the caller maps it to an exit code)."""
    from ..client import ConversationItemsClient

    if args.endpoint is None and not os.environ.get(ENDPOINT_ENV_VAR):
        raise UsageError(f"no endpoint: pass --endpoint URL or set {ENDPOINT_ENV_VAR}")
    call: dict[str, Any] = {} if args.include is None else {"include": list(args.include)}
    with contextlib.ExitStack() as stack:
        options = client_options(args, stack)
        client = stack.enter_context(ConversationItemsClient(args.endpoint, **options))
        if args.verbose:
            say(settings_line(client, options, args.include))
        response = client.get_item_detailed(args.conversation_id, args.item_id, **call)
    if args.verbose:
        say(_summary_line(response))
    if args.json or args.pretty:
        write_body(sys.stdout, response.content, indent=args.pretty)
    else:
        write_text(sys.stdout, describe_item(response))
        sys.stdout.flush()
    return ExitCode.OK
