"""The years a heading such as 过去5年 or “十四五”时期工作回顾 gives the lines under it.

A review's section under such a heading may speak of its years together or of the last
of them: 五年来…2021年,预计实现地区生产总值56.6亿元 gives the year's figures, and a
section that names no year of its own (“十四五”时期工作回顾 / • 新增铁路里程989公里)
counts what it did over the years.  reviews.py reads each sentence's span from here.
"""

from __future__ import annotations

from jfq.authoring.extract import cues
from jfq.authoring.extract.spans import span_of
from jfq.authoring.extract.years import YEAR


class PeriodHeading:
    """The span the last heading gave (``years``), read sentence by sentence; and
    ``counted``, that span while nothing since the heading (nor the heading) named one
    year: what a count or a change of the section is over."""

    def __init__(self, norm: str) -> None:
        self.norm = norm
        self.years: int | None = None
        self._alone = False

    def read(self, a: int, b: int) -> int | None:
        """The span over the sentence norm[a:b]: a heading's (a short line) until the
        next heading (二、…, 过去一年)."""
        norm = self.norm
        if b - a <= 16:
            if cues.HEADING.match(norm, a) or "过去一年" in norm[a:b]:
                self.years = None
            spanned = span_of(norm, a, b)
            if spanned:
                # (“十四五”以来 counts from the plan's start, not five years back: no total)
                whole = span_of(norm, a, b, plans_since=False) is not None
                self.years, self._alone = spanned, whole and not self._one_year(a, b)
                return self.years
        if self._alone and self._one_year(a, b):
            self._alone = False  # (2021年,预计实现…; 一年来,…: the section's years part)
        return self.years

    def _one_year(self, a: int, b: int) -> bool:
        """A year of its own, or a span of its own (疫情发生以来): not the heading's years."""
        norm = self.norm
        return YEAR.search(norm, a, b) is not None or any(
            norm.find(word, a, b) >= 0 for word in ("一年", "以来")
        )

    @property
    def counted(self) -> int | None:
        return self.years if self._alone else None
