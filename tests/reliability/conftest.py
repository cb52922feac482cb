"""Reliability suite: Hypothesis profiles and the "reliability counts" block of the terminal summary.

Profiles: `ci` (the default) and `thorough` (10x the examples), chosen with HYPOTHESIS_PROFILE.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from reliability_support import COUNTS

_COMMON: dict[str, Any] = {
    "deadline": None,
    "database": None,  # no .hypothesis/ directory in the work tree; failures print their reproduction blob
    "print_blob": True,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
}
# ci: 200 valid payloads x 54 item types plus the invalid and fuzz properties: > 10,000 examples per run
settings.register_profile("ci", max_examples=200, **_COMMON)
settings.register_profile("thorough", max_examples=2000, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not COUNTS:
        return
    terminalreporter.section("reliability counts")
    terminalreporter.write_line(f"hypothesis profile: {settings().max_examples} max examples per property")
    width = max(len(kind) for kind in COUNTS)
    for kind in sorted(COUNTS):
        terminalreporter.write_line(f"{kind:<{width}}  {COUNTS[kind]:>9,}")
    examples = sum(n for kind, n in COUNTS.items() if kind.startswith("examples:"))
    terminalreporter.write_line(f"{'total hypothesis examples':<{width}}  {examples:>9,}")
