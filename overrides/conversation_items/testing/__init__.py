"""Fakes of the Foundry "get conversation item" endpoint, for tests and demos, without Azure.

The fake service answers
``GET {base_path}/openai/v1/conversations/{conversation_id}/items/{item_id}`` with the bundled
fixture items (one per item type, plus the README's examples), scoped by
``x-ms-user-isolation-key`` / ``x-ms-user-identity``, checks ``api-key`` and bearer auth, injects
faults (any status, Retry-After forms, delays, slow or trickled bodies, dropped connections,
malformed bodies) and records every request. Serve it two ways::

    from conversation_items.testing import Fault, MockConversationServer, MockConversationService

    with MockConversationServer(api_key="test-key") as server:         # a loopback socket
        server.schedule(Fault.retry_after(429, seconds=0), None)        # 429, then normal
        client = ConversationItemsClient(endpoint=server.endpoint, api_key="test-key")
        item = client.get_item("conv_demo", "item_abc123")

    service = MockConversationService()                                 # no socket at all
    client = ConversationItemsClient(service.endpoint, transport=service.transport(), api_key="k")

Rooms: ``wire`` (error bodies, headers, the request/reply shapes), ``faults`` and ``fault_text``
(``Fault`` and its text form), ``fixtures`` (loading items from folders), ``routes``, ``service``
(the pure ``request -> reply`` fake), ``transport`` (it as an ``httpx`` transport),
``socket_server`` and ``server`` (it on a loopback socket), ``managed_identity`` (a local Azure
managed-identity token endpoint for real azure-identity credentials).
"""

from __future__ import annotations

from .faults import Fault, FaultPolicy
from .fixtures import FixtureError, load_fixture_items
from .managed_identity import COMPETING_CREDENTIAL_ENV_VARS, ManagedIdentityServer, TokenRequest
from .server import MockConversationServer
from .service import (
    IsolationAssignment,
    MockConversationService,
    parse_isolation_assignment,
)
from .transport import MockConversationTransport
from .wire import RecordedRequest, error_body

__all__ = [
    "COMPETING_CREDENTIAL_ENV_VARS",
    "Fault",
    "FaultPolicy",
    "FixtureError",
    "IsolationAssignment",
    "ManagedIdentityServer",
    "MockConversationServer",
    "MockConversationService",
    "MockConversationTransport",
    "RecordedRequest",
    "TokenRequest",
    "error_body",
    "load_fixture_items",
    "parse_isolation_assignment",
]
