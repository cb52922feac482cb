"""What `import conversation_items` (and a sync client) leaves out, so that users pay only for what they use:
asyncio (~10 ms, async users only), attrs (~20 ms, with the first decoded item), the model modules (on use)."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
import conversation_items
after_import = set(sys.modules)
client = conversation_items.ConversationItemsClient("https://x.example/api/projects/p", api_key="k")
after_client = set(sys.modules)
models = sorted(m for m in after_client if m.startswith("conversation_items_client.models."))
print("asyncio" in after_import, "attrs" in after_import, "asyncio" in after_client, len(models))
"""


def test_import_and_a_sync_client_load_no_asyncio_attrs_or_models() -> None:
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=True)
    asyncio_on_import, attrs_on_import, asyncio_with_client, models = out.stdout.split()
    assert (asyncio_on_import, attrs_on_import, asyncio_with_client) == ("False", "False", "False")
    assert models == "0"
