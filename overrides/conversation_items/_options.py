"""Options, checked once: a client's `Settings` (immutable) and one call's `Call` (what crosses into the generated
endpoint, typed). An option a caller does not pass is simply absent: there is no "not given" sentinel."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, TypedDict

import httpx
from conversation_items_client.types import UNSET, Unset

from ._auth import AUTH_HEADER_NAMES, Auth, KeyCredentialLike, TokenCredentialLike, TokenSource, build_auth
from ._defaults import DEFAULT_DEADLINE, DEFAULT_MAX_RETRIES, DEFAULT_SCOPE, DEFAULT_TIMEOUT, USER_AGENT
from ._project_endpoint import resolve_endpoint
from ._retry import RetryPolicy
from ._validation import (
    check_deadline,
    check_header_value,
    check_headers,
    check_max_retries,
    check_path_id,
    check_timeout,
)

if TYPE_CHECKING:
    import httpx2

__all__ = ["Call", "CallOptions", "ClientOptions", "Settings"]

#: headers that have their own argument; refused among `headers=` / `extra_headers=`
_ARGUMENT_HEADERS: Final = {"x-ms-user-isolation-key": "user_isolation_key", "x-ms-user-identity": "user_identity"}
_AUTH_KEYS: Final = ("api_key", "token", "credential", "token_scope")


class ClientOptions(TypedDict, total=False):
    """A client's options (each also settable per client with `with_options`); defaults in `_defaults.py`."""

    api_key: str | KeyCredentialLike | None
    token: TokenSource | None
    credential: TokenCredentialLike | KeyCredentialLike | None
    token_scope: str
    user_isolation_key: str | None
    user_identity: str | None
    timeout: float | httpx.Timeout | httpx2.Timeout | None
    deadline: float | None
    max_retries: int
    headers: Mapping[str, str] | None
    retry_policy: RetryPolicy | None
    allow_insecure_http: bool


class CallOptions(TypedDict, total=False):
    """One call's options; each replaces the client's for this call (None removes a header or a limit)."""

    include: Sequence[str] | None
    user_isolation_key: str | None
    user_identity: str | None
    extra_headers: Mapping[str, str] | None
    timeout: float | httpx.Timeout | httpx2.Timeout | None
    deadline: float | None
    max_retries: int


def _refuse_unknown(options: Mapping[str, object], known: frozenset[str], where: str) -> None:
    if not known.issuperset(options):
        unknown = ", ".join(sorted(set(options) - known))
        raise TypeError(f"{where} got unexpected keyword argument(s): {unknown}")


def _optional_header(value: object, name: str) -> str | None:
    return None if value is None else check_header_value(value, name)


def _refuse_reserved(headers: dict[str, str], what: str) -> dict[str, str]:
    """`headers`, unless one of them has its own argument or is a credential.

    A credential header is refused with or without an auth mode: given as an argument, it gets the plain-http guard
    and stays out of `client.headers`, reprs and logs.
    """
    for name in headers:
        lowered = name.lower()
        if lowered in _ARGUMENT_HEADERS:
            raise ValueError(f"pass {lowered} as {_ARGUMENT_HEADERS[lowered]}=, not in {what}")
        if lowered in AUTH_HEADER_NAMES:
            raise ValueError(f"{name} is set by the client's auth (api_key=, token= or credential=), not in {what}")
    return headers


def _merge(base: Mapping[str, str], extra: Mapping[str, str]) -> dict[str, str]:
    """`base` updated with `extra`, names compared case-insensitively.

    The later value wins; names come out lowercased (httpx lowercases them).
    """
    merged = httpx.Headers(base)
    merged.update(extra)
    return dict(merged.multi_items())


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """A client's checked settings; immutable (`evolve` gives a changed copy, for `with_options`)."""

    endpoint: str
    auth: Auth | None
    token_scope: str
    user_isolation_key: str | None
    user_identity: str | None
    timeout: float | httpx.Timeout | None
    deadline: float | None
    max_retries: int
    headers: dict[str, str]
    retry_policy: RetryPolicy
    allow_insecure_http: bool

    @classmethod
    def create(cls, endpoint: str | None, options: ClientOptions, *, is_async: bool) -> Settings:
        _refuse_unknown(options, _CLIENT_KEYS, "the client")
        return cls._checked(
            endpoint, {**_DEFAULTS, **options}, auth=None, base_headers={"User-Agent": USER_AGENT}, is_async=is_async
        )

    def evolve(self, endpoint: str | None, options: ClientOptions, *, is_async: bool) -> Settings:
        """A copy with `options` applied; `headers=` are added to the current ones; the auth (and its token cache)
        is kept unless one of api_key=, token=, credential=, token_scope= is given."""
        _refuse_unknown(options, _CLIENT_KEYS, "with_options()")
        current: dict[str, Any] = {name: getattr(self, name) for name in _EVOLVABLE}
        keep_auth = not any(key in options for key in _AUTH_KEYS)
        return self._checked(
            self.endpoint if endpoint is None else endpoint,
            {**current, "headers": None, **options},
            auth=self.auth if keep_auth else None,
            base_headers=self.headers,
            is_async=is_async,
        )

    @classmethod
    def _checked(
        cls,
        endpoint: str | None,
        options: Mapping[str, Any],
        *,
        auth: Auth | None,
        base_headers: Mapping[str, str],
        is_async: bool,
    ) -> Settings:
        token_scope = check_header_value(options["token_scope"], "token_scope")
        if auth is None:
            auth = build_auth(
                api_key=options.get("api_key"),
                token=options.get("token"),
                credential=options.get("credential"),
                scope=token_scope,
                is_async_client=is_async,
            )
        allow = options["allow_insecure_http"]
        if not isinstance(allow, bool):
            raise TypeError(f"allow_insecure_http must be a bool, got {type(allow).__name__}")
        resolved = resolve_endpoint(endpoint, has_credentials=auth is not None, allow_insecure_http=allow)
        user_isolation_key = _optional_header(options["user_isolation_key"], "user_isolation_key")
        user_identity = _optional_header(options["user_identity"], "user_identity")
        timeout = check_timeout(options["timeout"])
        deadline = check_deadline(options["deadline"])
        max_retries = check_max_retries(options["max_retries"])
        headers = _merge(base_headers, check_headers(options["headers"], "headers"))
        headers = _refuse_reserved(headers, "headers")
        policy = options["retry_policy"]
        if policy is not None and not isinstance(policy, RetryPolicy):
            raise TypeError(f"retry_policy must be a RetryPolicy, got {type(policy).__name__}")
        return cls(
            endpoint=resolved,
            auth=auth,
            token_scope=token_scope,
            user_isolation_key=user_isolation_key,
            user_identity=user_identity,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            headers=headers,
            retry_policy=policy or RetryPolicy(),
            allow_insecure_http=allow,
        )

    def call(
        self,
        conversation_id: str,
        item_id: str,
        options: CallOptions,
        *,
        headers: dict[str, str],
        listing: bool = False,
    ) -> Call:
        """One call's typed arguments: the client's settings with `options` applied, all checked. `headers` are the
        client's headers that its httpx client does not already send by default. `listing`: a `list_items` call,
        which has no item id (`item_id` is not read; `Call.item_id` is empty)."""
        operation = "list_items()" if listing else "get_item()"
        if options:
            _refuse_unknown(options, _CALL_KEYS, operation)
        extra = options.get("extra_headers")
        if extra:
            extra = _refuse_reserved(check_headers(extra, "extra_headers"), "extra_headers")
            headers = _merge(headers, extra)
        key = options.get("user_isolation_key", self.user_isolation_key)
        identity = options.get("user_identity", self.user_identity)
        return Call(
            conversation_id=check_path_id(conversation_id, "conversation_id"),
            item_id="" if listing else check_path_id(item_id, "item_id"),
            include=_include(options["include"]) if "include" in options else UNSET,
            user_isolation_key=UNSET if key is None else check_header_value(key, "user_isolation_key"),
            user_identity=UNSET if identity is None else check_header_value(identity, "user_identity"),
            headers=headers,
            timeout=check_timeout(options["timeout"]) if "timeout" in options else self.timeout,
            deadline=check_deadline(options["deadline"]) if "deadline" in options else self.deadline,
            max_retries=check_max_retries(options["max_retries"]) if "max_retries" in options else self.max_retries,
        )


_DEFAULTS: Final[dict[str, Any]] = {
    "token_scope": DEFAULT_SCOPE,
    "user_isolation_key": None,
    "user_identity": None,
    "timeout": DEFAULT_TIMEOUT,
    "deadline": DEFAULT_DEADLINE,
    "max_retries": DEFAULT_MAX_RETRIES,
    "headers": None,
    "retry_policy": None,
    "allow_insecure_http": False,
}
#: settings carried over by `evolve` unless replaced (auth is carried as the object, so its token cache is shared)
_EVOLVABLE: Final = tuple(_DEFAULTS)
_CALL_KEYS: Final = frozenset(CallOptions.__annotations__)
_CLIENT_KEYS: Final = frozenset(ClientOptions.__annotations__)


def _include(value: object) -> list[str] | Unset:
    if value is None:
        return UNSET
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise TypeError(f"include must be a list of strings, got {type(value).__name__}")
    values = list(value)
    for entry in values:
        if not isinstance(entry, str) or not entry:
            raise TypeError(f"include must hold non-empty strings, got {entry!r}")
    return values or UNSET


@dataclass(frozen=True, slots=True, kw_only=True)
class Call:
    """One call's arguments, as the generated request builder takes them (plus the limits the client applies)."""

    conversation_id: str
    #: the item's id (empty for `list_items`)
    item_id: str
    include: list[str] | Unset
    user_isolation_key: str | Unset
    user_identity: str | Unset
    headers: dict[str, str]
    timeout: float | httpx.Timeout | None
    deadline: float | None
    max_retries: int
