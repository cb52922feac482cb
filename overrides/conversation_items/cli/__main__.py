"""`python -m conversation_items.cli`: the same as the `conversation-items` command."""

import sys

from ._main import main

sys.exit(main())
