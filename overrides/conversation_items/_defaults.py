"""Every default of the package in one place: the clients, the CLI and the docs read them from here."""

from __future__ import annotations

import sys
from typing import Final

import httpx

from ._version import __version__

#: where the project endpoint comes from when `endpoint=` is not given
ENDPOINT_ENV_VAR: Final = "AZURE_AI_PROJECT_ENDPOINT"
#: where the CLI takes its API key from when `--api-key` is not given
API_KEY_ENV_VAR: Final = "AZURE_AI_API_KEY"

#: seconds one attempt may take, from connect to the last byte of the body
DEFAULT_TIMEOUT: Final = 30.0
#: seconds a whole call may take, retries and their waits included (None: no limit)
DEFAULT_DEADLINE: Final[float | None] = None
#: attempts after the first, for retryable failures
DEFAULT_MAX_RETRIES: Final = 2

#: the scope Foundry data-plane tokens are requested for
DEFAULT_SCOPE: Final = "https://ai.azure.com/.default"
#: a cached credential token is renewed this many seconds before it expires
TOKEN_REFRESH_MARGIN: Final = 300.0

#: backoff between attempts: initial * 2**attempt, capped, minus up to `jitter` of it at random
DEFAULT_INITIAL_BACKOFF: Final = 0.5
DEFAULT_MAX_BACKOFF: Final = 8.0
DEFAULT_JITTER: Final = 0.25
#: a server asking for a longer wait than this is not waited for: the error is raised at once
DEFAULT_MAX_RETRY_AFTER: Final = 60.0

_PYTHON_VERSION: Final = "{}.{}.{}".format(*sys.version_info[:3])
USER_AGENT: Final = f"conversation-items/{__version__} python/{_PYTHON_VERSION} httpx/{httpx.__version__}"
