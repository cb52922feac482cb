"""Shared pieces of the reliability suite: the counters printed in the terminal summary, a compatibility
shim that keeps hypothesis-jsonschema working on current Hypothesis, and small test doubles."""

from __future__ import annotations

import json
import threading
import types
from collections import Counter
from collections.abc import Callable
from typing import Any

#: what the suite did, by kind; printed by the conftest's `pytest_terminal_summary`
COUNTS: Counter[str] = Counter()
_COUNTS_LOCK = threading.Lock()


def count(kind: str, n: int = 1) -> None:
    """Add `n` to the counter `kind` (thread-safe: the mock server's fault policies run on handler threads)."""
    with _COUNTS_LOCK:
        COUNTS[kind] += n


def install_hypothesis_jsonschema_compat() -> None:
    """Make hypothesis-jsonschema 0.23 work with the Hypothesis in the venv, and fast.

    1. hypothesis-jsonschema's object strategy drives Hypothesis' private `cu.many` through its old
       `more()`/`reject()` API; Hypothesis 6.1xx replaced that with a context manager you iterate. The
       adapter below speaks the old API on top of the new one (only installed when `more` is missing).
    2. hypothesis-jsonschema canonicalises the schema of every property again on every draw (about
       0.3 s per item example); strategies are immutable, so memoising those two builders is safe and
       makes generation ~10x faster.
    """
    import hypothesis_jsonschema._from_schema as fs
    from hypothesis.internal.conjecture import utils as cu

    if getattr(fs, "_reliability_patched", False):
        return

    class LegacyMany:
        def __init__(self, data: Any, **kwargs: Any) -> None:
            self._many = cu.many(data, **kwargs)
            self._many.__enter__()
            self._elements = iter(self._many)
            self._open = True

        def more(self) -> bool:
            if not self._open:
                return False
            try:
                next(self._elements)
            except StopIteration:
                self._open = False
                self._many.__exit__(None, None, None)
                return False
            return True

        def reject(self, why: str | None = None) -> None:
            self._many.reject(why)

    if not hasattr(cu.many, "more"):
        setattr(fs, "cu", types.SimpleNamespace(many=LegacyMany))  # noqa: B010 - replacing a module attribute

    keep_alive: list[Any] = []  # the kwargs objects whose ids are part of cache keys

    def memoise(fn: Callable[..., Any]) -> Callable[..., Any]:
        cache: dict[Any, Any] = {}

        def wrapper(schema: Any, *args: Any, **kwargs: Any) -> Any:
            try:
                key = (json.dumps(schema, sort_keys=True), args, tuple(sorted((k, id(v)) for k, v in kwargs.items())))
                hash(key)
            except TypeError:
                return fn(schema, *args, **kwargs)
            hit = cache.get(key)
            if hit is None:
                hit = cache[key] = fn(schema, *args, **kwargs)
                keep_alive.append(kwargs)
            return hit

        return wrapper

    fs.merged_as_strategies = memoise(fs.merged_as_strategies)
    fs.__dict__["__from_schema"] = memoise(fs.__dict__["__from_schema"])
    setattr(fs, "_reliability_patched", True)  # noqa: B010 - marking the module as patched
