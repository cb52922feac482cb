"""Which event loop is running, asyncio's or trio's: what per-loop state (connections, locks) is keyed by."""

from __future__ import annotations

__all__ = ["current_loop"]


def current_loop() -> object:
    """The running asyncio event loop, or trio's run token (weak-referenceable, the same object for one loop)."""
    from anyio.lowlevel import current_token  # anyio: imported by async users only

    return current_token().native_token
