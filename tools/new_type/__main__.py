"""Entry point: `python -m tools.new_type FROM` (run from the repository root; `make new-type FROM=...`)."""

from __future__ import annotations

import sys

from .cli import main

sys.exit(main())
