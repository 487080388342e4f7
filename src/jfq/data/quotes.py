"""Quotes and the texts they come from: is a quote verbatim, is a definition inside one."""

from __future__ import annotations

import re
from collections.abc import Sequence

_ELLIPSIS = re.compile(r"…+")


def quote_in_text(quote: str, text: str) -> bool:
    """True when the quote's parts ('…' marks an omission) appear in ``text``, in order."""
    position = 0
    for part in _ELLIPSIS.split(quote):
        if not part:
            continue
        found = text.find(part, position)
        if found < 0:
            return False
        position = found + len(part)
    return True


def within_quotes(text: str, quotes: Sequence[str]) -> bool:
    """True when every '…'-separated part of ``text`` lies inside one of ``quotes``.

    A definition may join passages of two quotes (六稳 and 六保 are defined in two
    sentences); the ellipsis shows the join, and each part is still verbatim.
    """
    parts = [part for part in _ELLIPSIS.split(text) if part]
    return bool(parts) and all(any(part in quote for quote in quotes) for part in parts)
