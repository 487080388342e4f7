"""Glossary entries laid out as a table under a glossary's heading: a term, then a tab, a
wide gap or a bar, then its definition (放管服<TAB>简政放权、放管结合、优化服务).  Split from
glossary.py, which reads the other layouts and asks this of a section's lines."""

from __future__ import annotations

import re

from jfq.authoring.extract import glossary_words as gw
from jfq.authoring.extract.glossary_running import stripped
from jfq.authoring.extract.glossary_term_lines import looks_like_term, names_a_thing
from jfq.authoring.extract.glossary_words import Entry
from jfq.authoring.extract.text import Text

# A glossary laid out as a table (a PDF's or a spreadsheet's columns): term, then a tab or
# a wide gap, then its definition.  Normalising drops the gap, so it is read in the original.
_TABLE_ROW = re.compile(r"\s*(?P<term>[^\t|｜]{1,25}?)(?:\t+| {2,}|\u3000+|\s*[|｜]\s*)(?=\S)")


_A_FIGURE = re.compile(r"[\d(]|(?:完成|增长|下降|达到|实现|为)\d")


def tabled(text: Text, a: int, b: int) -> Entry | None:
    """A row of a glossary table under its heading: 放管服<TAB>简政放权、放管结合、优化服务,
    or 放管服 | 简政放权… (a table's header, 词语 | 解释, is no row: its "definition" is short)."""
    start, end = text.span(a, b)
    row = _TABLE_ROW.match(text.original, start, end)
    if row is None:
        return None
    cut = next((k for k in range(a, b) if text.start_of(k) >= row.end()), b)
    marker = gw.NUMBERED.match(text.norm, a, cut)
    term = stripped(text.norm, marker.end() if marker else a, cut)
    named = text.norm[slice(*term)]  # (normalised: a full-width comma is a comma)
    if not (looks_like_term(named) and names_a_thing(named, headed=True)) or b - cut < 4:
        return None
    if _A_FIGURE.match(text.norm, cut):
        return None  # 城镇居民人均可支配收入  38381元,增长4.9%: a figure laid out, no term
    return Entry(term, (cut, b), (a, b), "glossary table")
