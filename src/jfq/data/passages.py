"""Passages: the paragraphs of a document around the quotes taken from it.

sources/<id>.yaml keeps these and not the whole text: enough to read a quote in its
context and to check it, without republishing articles.  A paragraph is a line of
the text; one longer than LONG is cut to about CONTEXT characters either side of the
quote, at a sentence end where one is near.  A quote with '…' is placed part by part,
each part in its own paragraph.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate

from jfq.data.model import Passage
from jfq.data.quotes import parts, quote_spans

LONG = 600  # characters: a paragraph longer than this is cut around its quotes
CONTEXT = 200  # characters kept either side of a quote in a long paragraph
_NEAR = 80  # how much further a cut may move to end at a sentence's end
_SENTENCE_END = "。！？；!?;\n"
# Passages are joined with a character no quote holds: a quote's part never spans two.
_JOIN = "\0"

Span = tuple[int, int]


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def around(text: str, spans: Iterable[Span]) -> list[Passage]:
    """The passages of ``text`` that hold ``spans``: paragraphs (or windows of long
    ones), overlapping ones merged, in the order of the text."""
    windows = sorted(_window(text, start, end) for start, end in spans)
    merged: list[list[int]] = []
    for start, end in windows:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [Passage(at=start, text=text[start:end]) for start, end in merged]


def _window(text: str, start: int, end: int) -> Span:
    """The paragraph holding [start, end), or a window of it when it is long; without the
    blanks at either end."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    last = len(text) if last < 0 else last
    if last - first > LONG:
        first = max(first, _sentence_start(text, start - CONTEXT, first))
        last = min(last, _sentence_end(text, end + CONTEXT, last))
    while first < start and text[first].isspace():
        first += 1
    while last > end and text[last - 1].isspace():
        last -= 1
    return first, last


def _sentence_start(text: str, position: int, floor: int) -> int:
    """``position``, or just after a sentence end at most _NEAR characters before it."""
    if position <= floor:
        return floor
    for back in range(position, max(floor, position - _NEAR) - 1, -1):
        if text[back - 1] in _SENTENCE_END:
            return back
    return position


def _sentence_end(text: str, position: int, ceiling: int) -> int:
    """``position``, or just after a sentence end at most _NEAR characters after it."""
    if position >= ceiling:
        return ceiling
    for ahead in range(position, min(ceiling, position + _NEAR)):
        if text[ahead] in _SENTENCE_END:
            return ahead + 1
    return position


def in_passages(quote: str, passages: Sequence[Passage]) -> bool:
    """True when the quote's parts lie in the passages, in order, none across two."""
    return spans_in_passages(quote, passages) is not None


def spans_in_passages(quote: str, passages: Sequence[Passage]) -> dict[int, list[Span]] | None:
    """Where the quote's parts lie, by passage index (each part in one passage, in order;
    a heading and its line may be paragraphs apart); None when a part is not there."""
    spans = quote_spans(quote, _JOIN.join(passage.text for passage in passages))
    if spans is None:
        return None
    starts = list(accumulate((len(p.text) + len(_JOIN) for p in passages), initial=0))
    placed: dict[int, list[Span]] = {}
    for start, end in spans:
        index = bisect_right(starts, start) - 1
        placed.setdefault(index, []).append((start - starts[index], end - starts[index]))
    return placed


def offsets_fit(quote: str, start: int, end: int, passages: Sequence[Passage]) -> bool | None:
    """Whether start/end point at the quote, judged by the passage that covers them; None
    when no passage does (the offsets cannot be checked)."""
    for passage in passages:
        if passage.at <= start and end <= passage.at + len(passage.text):
            return passage.text[start - passage.at : end - passage.at] == quote
    return None


def holding(quote: str, passages: Sequence[Passage]) -> list[Passage]:
    """The passages that hold a part of ``quote`` (for `jfq source --around` and for
    keeping only the passages that quotes cite)."""
    pieces = parts(quote)
    return [p for p in passages if any(piece in p.text for piece in pieces)]
