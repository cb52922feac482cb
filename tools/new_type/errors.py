"""The one exception of `make new-type`: a refusal, raised before anything is written."""

from __future__ import annotations


class NewTypeError(Exception):
    """The input cannot become a new item type (already known, not an item, mixed types, bad file, ...).

    Raised before any file is touched, so a refusal always leaves the work tree as it was.
    """
