from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, RawResponse, RequestParts, Response, Unset, status_code_of

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_error_response import ApiErrorResponse
    from ...models.conversation_item_list import ConversationItemList
    from ...models.include_enum import IncludeEnum
    from ...models.page_order import PageOrder
    from ...types import UNSET, Unset


def _get_kwargs(
    conversation_id: str,
    *,
    limit: int | Unset = UNSET,
    order: PageOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    item_type: str | Unset = UNSET,
    include: list[IncludeEnum | str] | Unset = UNSET,
    x_ms_user_isolation_key: str | Unset = UNSET,
    x_ms_user_identity: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_ms_user_isolation_key, Unset):
        headers["x-ms-user-isolation-key"] = x_ms_user_isolation_key

    if not isinstance(x_ms_user_identity, Unset):
        headers["x-ms-user-identity"] = x_ms_user_identity

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params["after"] = after

    params["before"] = before

    params["item_type"] = item_type

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str
            if isinstance(include_item_data, str):
                include_item = include_item_data
            else:
                include_item = include_item_data
            json_include.append(include_item)

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/openai/v1/conversations/{conversation_id}/items".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | None, response: httpx.Response | RawResponse
) -> ApiErrorResponse | ConversationItemList | None:
    if response.status_code == 200:
        try:
            from ...models.conversation_item_list import ConversationItemList

            _data = response.json()
        except (ValueError, RecursionError) as exc:
            raise errors.ItemDecodeError(
                f"the {response.status_code} response body could not be parsed as JSON ({type(exc).__name__})",
                payload=response.content,
            ) from exc
        try:
            response_200 = ConversationItemList.from_dict(_data)

        except errors.ItemDecodeError:
            raise  # an item of the page: it says which
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
            cause = f"missing field {exc}" if isinstance(exc, KeyError) else f"{type(exc).__name__}: {exc}"
            raise errors.ItemDecodeError(
                f"the {response.status_code} response body is not a ConversationItemList ({cause})",
                payload=_data,
            ) from exc
        return response_200
    if 400 <= response.status_code <= 499:
        try:
            from ...models.api_error_response import ApiErrorResponse

            _data = response.json()
        except (ValueError, RecursionError):
            return None
        try:
            response_4xx = ApiErrorResponse.from_dict(_data)

            return response_4xx
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
            return None
    if 500 <= response.status_code <= 599:
        try:
            from ...models.api_error_response import ApiErrorResponse

            _data = response.json()
        except (ValueError, RecursionError):
            return None
        try:
            response_5xx = ApiErrorResponse.from_dict(_data)

            return response_5xx
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
            return None
    if client is not None and client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client | None, response: httpx.Response | RawResponse
) -> Response[ApiErrorResponse | ConversationItemList]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def build_request(
    conversation_id: str,
    *,
    limit: int | Unset = UNSET,
    order: PageOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    item_type: str | Unset = UNSET,
    include: list[IncludeEnum | str] | Unset = UNSET,
    x_ms_user_isolation_key: str | Unset = UNSET,
    x_ms_user_identity: str | Unset = UNSET,
) -> RequestParts:
    """This operation's request from typed arguments, without sending it: method, path (ids percent-encoded, to be
    appended to the base URL), query parameters and headers."""
    return RequestParts.from_kwargs(
        _get_kwargs(
            conversation_id=conversation_id,
            limit=limit,
            order=order,
            after=after,
            before=before,
            item_type=item_type,
            include=include,
            x_ms_user_isolation_key=x_ms_user_isolation_key,
            x_ms_user_identity=x_ms_user_identity,
        )
    )


def parse_response(
    *, status_code: int, headers: Mapping[str, str], content: bytes
) -> Response[ApiErrorResponse | ConversationItemList]:
    """This operation's response decoded from what was received (no I/O): `parsed` is the typed body for a
    documented status, else None."""
    return _build_response(client=None, response=RawResponse(status_code=status_code, headers=headers, content=content))


def sync_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: PageOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    item_type: str | Unset = UNSET,
    include: list[IncludeEnum | str] | Unset = UNSET,
    x_ms_user_isolation_key: str | Unset = UNSET,
    x_ms_user_identity: str | Unset = UNSET,
) -> Response[ApiErrorResponse | ConversationItemList]:
    """List conversation items

     Returns the items of a conversation, one page at a time (cursor pagination on item ids).

    Args:
        conversation_id (str):
        limit (int | Unset):
        order (PageOrder | Unset): Sort order of a list by creation time.
        after (str | Unset):
        before (str | Unset):
        item_type (str | Unset):
        include (list[IncludeEnum | str] | Unset):
        x_ms_user_isolation_key (str | Unset):
        x_ms_user_identity (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | ConversationItemList]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        limit=limit,
        order=order,
        after=after,
        before=before,
        item_type=item_type,
        include=include,
        x_ms_user_isolation_key=x_ms_user_isolation_key,
        x_ms_user_identity=x_ms_user_identity,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: PageOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    item_type: str | Unset = UNSET,
    include: list[IncludeEnum | str] | Unset = UNSET,
    x_ms_user_isolation_key: str | Unset = UNSET,
    x_ms_user_identity: str | Unset = UNSET,
) -> ApiErrorResponse | ConversationItemList | None:
    """List conversation items

     Returns the items of a conversation, one page at a time (cursor pagination on item ids).

    Args:
        conversation_id (str):
        limit (int | Unset):
        order (PageOrder | Unset): Sort order of a list by creation time.
        after (str | Unset):
        before (str | Unset):
        item_type (str | Unset):
        include (list[IncludeEnum | str] | Unset):
        x_ms_user_isolation_key (str | Unset):
        x_ms_user_identity (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | ConversationItemList
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        limit=limit,
        order=order,
        after=after,
        before=before,
        item_type=item_type,
        include=include,
        x_ms_user_isolation_key=x_ms_user_isolation_key,
        x_ms_user_identity=x_ms_user_identity,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: PageOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    item_type: str | Unset = UNSET,
    include: list[IncludeEnum | str] | Unset = UNSET,
    x_ms_user_isolation_key: str | Unset = UNSET,
    x_ms_user_identity: str | Unset = UNSET,
) -> Response[ApiErrorResponse | ConversationItemList]:
    """List conversation items

     Returns the items of a conversation, one page at a time (cursor pagination on item ids).

    Args:
        conversation_id (str):
        limit (int | Unset):
        order (PageOrder | Unset): Sort order of a list by creation time.
        after (str | Unset):
        before (str | Unset):
        item_type (str | Unset):
        include (list[IncludeEnum | str] | Unset):
        x_ms_user_isolation_key (str | Unset):
        x_ms_user_identity (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | ConversationItemList]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        limit=limit,
        order=order,
        after=after,
        before=before,
        item_type=item_type,
        include=include,
        x_ms_user_isolation_key=x_ms_user_isolation_key,
        x_ms_user_identity=x_ms_user_identity,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: PageOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    item_type: str | Unset = UNSET,
    include: list[IncludeEnum | str] | Unset = UNSET,
    x_ms_user_isolation_key: str | Unset = UNSET,
    x_ms_user_identity: str | Unset = UNSET,
) -> ApiErrorResponse | ConversationItemList | None:
    """List conversation items

     Returns the items of a conversation, one page at a time (cursor pagination on item ids).

    Args:
        conversation_id (str):
        limit (int | Unset):
        order (PageOrder | Unset): Sort order of a list by creation time.
        after (str | Unset):
        before (str | Unset):
        item_type (str | Unset):
        include (list[IncludeEnum | str] | Unset):
        x_ms_user_isolation_key (str | Unset):
        x_ms_user_identity (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | ConversationItemList
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            limit=limit,
            order=order,
            after=after,
            before=before,
            item_type=item_type,
            include=include,
            x_ms_user_isolation_key=x_ms_user_isolation_key,
            x_ms_user_identity=x_ms_user_identity,
        )
    ).parsed
