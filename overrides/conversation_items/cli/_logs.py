"""The client's log records on stderr, escaped like everything else the command prints.

While a command runs, the `conversation_items` logger writes to stderr: WARNINGs always (e.g. an item type this
version does not know), and with `--verbose` the DEBUG line the client logs for every attempt. `azure.identity`'s
warnings are shown only with `--verbose`. httpx and httpcore are never attached: their DEBUG records can hold
request headers. Records do not propagate, so nothing reaches Python's last-resort handler unescaped.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Final

from .._decode import ServerText
from ._render import write_text
from ._text import visible

__all__ = ["LINE_LIMIT", "stderr_logging"]

#: characters shown of one line of a log record
LINE_LIMIT: Final = 1000
_PREFIX: Final = {logging.DEBUG: "verbose", logging.INFO: "info", logging.WARNING: "warning"}


def _message(record: logging.LogRecord) -> str:
    """The record's message with each `ServerText` argument as quoted raw text: the line is escaped once, as a whole
    (its `repr` would be escaped again, and `\\x1b` shown for `\x1b`)."""
    args = record.args
    if isinstance(args, tuple) and any(isinstance(arg, ServerText) for arg in args):
        return str(record.msg) % tuple(f"'{arg.text}'" if isinstance(arg, ServerText) else arg for arg in args)
    return record.getMessage()


class _StderrHandler(logging.Handler):
    """One line per line of the message, each escaped and prefixed; the stream is looked up at each record."""

    def filter(self, record: logging.LogRecord) -> bool:
        # the mock server's DEBUG lines describe the server's side: not this command's (when both run in one process)
        return record.levelno >= logging.WARNING or not record.name.startswith("conversation_items.testing")

    def emit(self, record: logging.LogRecord) -> None:
        try:
            prefix = _PREFIX.get(record.levelno, "error")
            lines = _message(record).split("\n")
            text = "".join(f"{prefix}: {visible(line, LINE_LIMIT)}\n" for line in lines)
            write_text(sys.stderr, text)
        except Exception:  # logging must never break the command
            self.handleError(record)


@contextmanager
def stderr_logging(*, verbose: bool) -> Iterator[None]:
    """Show the package's records on stderr while the block runs; restores every logger it touched."""
    handler = _StderrHandler()
    settings = [("conversation_items", logging.DEBUG if verbose else logging.WARNING)]
    settings.append(("azure", logging.WARNING if verbose else logging.CRITICAL + 1))
    saved: list[tuple[logging.Logger, int, bool]] = []
    for name, level in settings:
        logger = logging.getLogger(name)
        saved.append((logger, logger.level, logger.propagate))
        logger.setLevel(level)
        logger.propagate = False
        logger.addHandler(handler)
    try:
        yield
    finally:
        for logger, level, propagate in saved:
            logger.removeHandler(handler)
            logger.setLevel(level)
            logger.propagate = propagate
