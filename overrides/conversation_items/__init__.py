"""conversation-items: a typed client for Microsoft Foundry's conversation items (get one, list them).

    from conversation_items import ConversationItemsClient
    with ConversationItemsClient(endpoint=..., api_key=...) as client:
        item = client.get_item("conv_1", "fc_1")   # FunctionCallItem, MessageItem, ..., or UnknownItem
        for item in client.list_items("conv_1", order="asc"):   # every item, page after page
            ...

The item classes are generated from spec/ into the `conversation_items_client` package.
"""

from typing import TYPE_CHECKING, Any

from conversation_items_client.models import ITEM_TYPES
from conversation_items_client.types import UnknownItem

from ._decode import parse_item
from ._item_page import ItemPage
from ._options import CallOptions, ClientOptions
from ._pager import AsyncItemPager, ItemPager
from ._retry import RetryPolicy
from ._version import __version__
from .client import AsyncConversationItemsClient, ConversationItemsClient, ItemResponse
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CertificateVerificationError,
    ConversationItemsError,
    CredentialError,
    InsecureEndpointError,
    InternalServerError,
    ItemDecodeError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
)

if TYPE_CHECKING:
    from conversation_items_client.models import ConversationItem

__all__ = [
    "ITEM_TYPES",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncConversationItemsClient",
    "AsyncItemPager",
    "AuthenticationError",
    "BadRequestError",
    "CallOptions",
    "CertificateVerificationError",
    "ClientOptions",
    "ConversationItem",
    "ConversationItemsClient",
    "ConversationItemsError",
    "CredentialError",
    "InsecureEndpointError",
    "InternalServerError",
    "ItemDecodeError",
    "ItemPage",
    "ItemPager",
    "ItemResponse",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "UnknownItem",
    "__version__",
    "parse_item",
]


def __getattr__(name: str) -> Any:
    # ConversationItem (the union of every item class) is built on first use: it loads every model module
    if name == "ConversationItem":
        from conversation_items_client import models

        return models.ConversationItem
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
