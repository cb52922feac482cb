"""A client library for accessing Conversation items (Microsoft Foundry fragment)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
