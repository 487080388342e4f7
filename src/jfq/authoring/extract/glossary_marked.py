"""Glossary items under a glossary's heading whose term is set off by a mark rather than a
colon or a copula: brackets (【放管服】简政放权、…的简称), a space before its copula (◎放管服
是简政放权…), or a full stop (（一）“放管服”改革。是指…).  Split from glossary.py, which tries
these where no other layout reads a line of a glossary's section."""

from __future__ import annotations

import re

from jfq.authoring.extract import glossary_words as gw
from jfq.authoring.extract.glossary_words import Entry
from jfq.authoring.extract.text import Text

# A term in brackets, then its definition: not a label's brackets (【名词解释】, 【释例】:
# glossary_words.LABEL and ASIDE), nor a dateline's (【新华社北京3月5日电】).
_BRACKETED = re.compile(r"【(?P<term>[^】\n\d]{2,25})】\s*:?\s*(?P<definition>\S.*)$")
NO_TERM_IN_BRACKETS = re.compile(
    r"名词|词语|解释|注释|释义|含义|说明|释例|例句|出处|原文|背景|编者|电$"
)
# A term, then a full stop or a space, then its copula: “放管服”改革。是指…, 放管服 是….
# Normalising drops a space between Chinese characters, so the space is found in the original.
_STOPPED = re.compile(
    rf"(?P<term>[^\s:,;。\d]{{2,25}}?)。\s*(?=是|{gw.COPULA.pattern})(?P<definition>\S.*)$"
)
_SPACED = re.compile(rf"\s*(?P<term>[^\s:,;。\d]{{2,25}}?)[ \t\u3000]+(?=是|{gw.COPULA.pattern})")


def marked(text: Text, a: int, b: int) -> Entry | None:
    """The entry on the line [a, b) of a glossary's section whose term a mark sets off, or
    None."""
    norm = text.norm
    number = gw.NUMBERED.match(norm, a, b)
    start = number.end() if number is not None else a
    for pattern in (_BRACKETED, _STOPPED):
        item = pattern.match(norm, start, b)
        if item is not None:
            return _entry(norm, item.span("term"), item.span("definition"), (a, b))
    spaced = _SPACED.match(text.original, *text.span(start, b))
    if spaced is None:
        return None
    cut = next((k for k in range(start, b) if text.start_of(k) >= spaced.end()), b)
    return _entry(norm, (start, cut), (cut, b), (a, b))


def _entry(
    norm: str, term: tuple[int, int], definition: tuple[int, int], line: tuple[int, int]
) -> Entry | None:
    if NO_TERM_IN_BRACKETS.search(norm, *term) or len(norm[slice(*definition)].strip()) < 4:
        return None  # (a label, or a heading's line: 【关键词】两会)
    return Entry(term, definition, line, "glossary section")
