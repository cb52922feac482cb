"""`from_openai`: what a client takes from an existing openai-python client (`openai.OpenAI` / `AzureOpenAI`, or
their async twins) pointed at a Foundry project: the project endpoint (its base URL less the openai suffix), its
auth, its own default headers, and its http client (one connection pool; httpx2 for openai >= 3.57).

openai is never imported here: the client's attributes are read as openai-python 3.x defines them (some have no
public accessor: the http client `_client`, the `default_headers=` it was given `_custom_headers`, AzureOpenAI's
`_azure_ad_token_provider` / `_azure_ad_token`, OpenAI's `_api_key_provider`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final

from ._auth import AUTH_HEADER_NAMES

__all__ = ["OpenAIParts", "openai_parts"]

#: what openai clients append to a Foundry project endpoint: `/openai/v1` (OpenAI, and AzureOpenAI without an
#: api_version), `/openai` (AzureOpenAI with one), `/openai/deployments/<name>` (AzureOpenAI with azure_deployment)
_OPENAI_SUFFIX: Final = re.compile(r"/openai(?:/v1|/deployments/[^/]+)?$")
#: openai-python's placeholders for "no api key" (AzureOpenAI without one; OpenAI with workload identity)
_NO_KEY: Final = frozenset({"<missing API key>", "workload-identity-auth", ""})
#: headers of ours that have their own option
_OPTION_HEADERS: Final = {"x-ms-user-isolation-key": "user_isolation_key", "x-ms-user-identity": "user_identity"}


class OpenAIParts:
    """What a client is built from: `endpoint`, `http_client`, and `options` (auth, headers, isolation)."""

    __slots__ = ("endpoint", "http_client", "options")

    def __init__(self, endpoint: str, http_client: Any, options: dict[str, Any]) -> None:
        self.endpoint = endpoint
        self.http_client = http_client
        self.options = options


def _is_openai_client(value: object, *, asynchronous: bool) -> bool:
    names = {klass.__name__ for klass in type(value).__mro__ if klass.__module__.partition(".")[0] == "openai"}
    return ("AsyncOpenAI" if asynchronous else "OpenAI") in names


def project_endpoint(base_url: str) -> str:
    """The project endpoint behind an openai client's base URL: the base URL less its openai suffix."""
    url = base_url.split("?", 1)[0].rstrip("/")
    endpoint, found = _OPENAI_SUFFIX.subn("", url)
    if not found:
        raise ValueError(
            "the openai client's base_url does not end in /openai/v1 or /openai (a Foundry project's openai "
            "endpoint, https://<resource>.services.ai.azure.com/api/projects/<project>/openai/v1): pass endpoint= "
            "with the project endpoint"
        )
    return endpoint


def _auth(openai_client: Any, *, azure: bool) -> dict[str, Any]:
    """The openai client's auth as our options: what it sends, sent the same way."""
    if azure:
        provider = getattr(openai_client, "_azure_ad_token_provider", None)
        if provider is not None:
            return {"token": provider}  # called per request, as openai does (an async one for the async client)
        token = getattr(openai_client, "_azure_ad_token", None)
        if isinstance(token, str) and token:
            return {"token": token}
        key = getattr(openai_client, "api_key", None)
        if isinstance(key, str) and key not in _NO_KEY:
            return {"api_key": key}  # AzureOpenAI sends `api-key`
        return {}
    provider = getattr(openai_client, "_api_key_provider", None)
    if provider is not None:
        return {"token": provider}  # OpenAI sends `Authorization: Bearer <api_key>`
    key = getattr(openai_client, "api_key", None)
    if isinstance(key, str) and key not in _NO_KEY:
        return {"token": key}
    return {}


def openai_parts(
    openai_client: object, endpoint: str | None, options: Mapping[str, Any], *, asynchronous: bool
) -> OpenAIParts:
    """The endpoint, http client and options for a client built from `openai_client`; `options` given by the
    caller win (an auth option given replaces the openai client's auth)."""
    if not _is_openai_client(openai_client, asynchronous=asynchronous):
        wanted = (
            "openai.AsyncOpenAI or openai.AsyncAzureOpenAI" if asynchronous else "openai.OpenAI or openai.AzureOpenAI"
        )
        raise TypeError(f"from_openai takes an {wanted}, got {type(openai_client).__name__}")
    client: Any = openai_client
    azure = any(klass.__name__ in ("AzureOpenAI", "AsyncAzureOpenAI") for klass in type(client).__mro__)
    if endpoint is None:
        endpoint = project_endpoint(str(client.base_url))
    derived: dict[str, Any] = {}
    if not any(name in options for name in ("api_key", "token", "credential")):
        derived.update(_auth(client, azure=azure))
    headers: dict[str, str] = {}
    for name, value in dict(getattr(client, "_custom_headers", None) or {}).items():
        lowered = name.lower()
        if not isinstance(value, str) or lowered in AUTH_HEADER_NAMES:
            continue  # openai's Omit markers; credentials come from its auth, above
        if lowered in _OPTION_HEADERS:
            derived[_OPTION_HEADERS[lowered]] = value
        else:
            headers[name] = value
    merged = {**derived, **options}
    if headers:
        merged["headers"] = {**headers, **dict(options.get("headers") or {})}
    return OpenAIParts(endpoint, client._client, merged)
