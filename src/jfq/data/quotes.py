"""Quotes and the texts they come from: is a quote verbatim, is a definition inside one."""

from __future__ import annotations

import re
from collections.abc import Sequence

_ELLIPSIS = re.compile(r"…+")


def quote_in_text(quote: str, text: str) -> bool:
    """True when the quote's parts ('…' marks an omission) appear in ``text``, in order."""
    return quote_spans(quote, text) is not None


def quote_spans(
    quote: str, text: str, start: int | None = None, *, across_breaks: bool = False
) -> list[tuple[int, int]] | None:
    """Where each '…'-separated part of ``quote`` is in ``text``, in order; None when a
    part is not there.  ``start`` (the offset jfq extract records) is tried first.
    ``across_breaks``: a part may have a line break inside it in ``text`` (a PDF's copy
    breaks its lines mid-word, 增⏎长8.5%, which a user types as 增长8.5%)."""
    if start is not None and text[start : start + len(quote)] == quote:
        return [(start, start + len(quote))]
    spans, position = [], 0
    for part in parts(quote):
        if across_breaks:
            match = re.compile(_BREAK.join(map(re.escape, part))).search(text, position)
            found = match.span() if match is not None else None
        else:
            at = text.find(part, position)
            found = (at, at + len(part)) if at >= 0 else None
        if found is None:
            return None
        spans.append(found)
        position = found[1]
    return spans


_BREAK = r"(?:[ \t\u3000]*\r?\n[ \t\u3000]*)?"  # a line break, and a margin around it


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
