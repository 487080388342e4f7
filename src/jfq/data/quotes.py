"""Quotes and the texts they come from: is a quote verbatim, is a definition inside one."""

from __future__ import annotations

import re
from collections.abc import Sequence

_ELLIPSIS = re.compile(r"…+")


def quote_in_text(quote: str, text: str) -> bool:
    """True when the quote's parts ('…' marks an omission) appear in ``text``, in order."""
    return quote_spans(quote, text) is not None


def quote_spans(quote: str, text: str, start: int | None = None) -> list[tuple[int, int]] | None:
    """Where each '…'-separated part of ``quote`` is in ``text``, in order; None when a
    part is not there.  ``start`` (the offset jfq extract records) is tried first."""
    if start is not None and text[start : start + len(quote)] == quote:
        return [(start, start + len(quote))]
    spans, position = [], 0
    for part in parts(quote):
        found = text.find(part, position)
        if found < 0:
            return None
        spans.append((found, found + len(part)))
        position = found + len(part)
    return spans


def parts(quote: str) -> list[str]:
    """The parts of a quote that '…' separates (a quote without one is its own part)."""
    return [part for part in _ELLIPSIS.split(quote) if part]


def within_quotes(text: str, quotes: Sequence[str]) -> bool:
    """True when every '…'-separated part of ``text`` lies inside one of ``quotes``.

    A definition may join passages of two quotes (六稳 and 六保 are defined in two
    sentences); the ellipsis shows the join, and each part is still verbatim.
    """
    pieces = parts(text)
    return bool(pieces) and all(any(piece in quote for quote in quotes) for piece in pieces)
