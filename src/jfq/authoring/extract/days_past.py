"""The past a sentence stands in by its opening: the day a figure stood on (截至2018年8月,…),
and a year a sentence opens with (2014年甘肃省实现…).  Split from years.py, which reads the
years a sentence names; blocks.py, reviews.py and standing.py ask these of a sentence."""

from __future__ import annotations

import re

from jfq.authoring.extract import cues
from jfq.authoring.extract import lexicon as lx

# A year a sentence opens with, its own time (2014年甘肃省实现…; 据介绍,2014年…; who says it:
# 政府工作报告指出,2021年,…), not one it names on the way (在2020年基础上, 2023年度结转项目,
# 2000年以前建成的).
_OPENING_YEAR = re.compile(
    r"(?:[^,;。\d]{0,16}(?:指出|表示|介绍|显示|提到|称|说),|[^,;。\d]{0,6},|[^,;。\d]{0,4})?"
    r"((?:19|20)\d\d)"
    rf"(?:年(?!度|基础|以前|以来|前|的)|{lx.BARE_YEAR_END})"
)  # (预计2022年…, 据介绍,2014年…; 殷勇表示,2025北京全市…: a news page's year without 年)


def a_day_past(
    norm: str, start: int, end: int, year: int | None, *, opens: bool = False
) -> int | None:
    """The year of the day a figure stood on (截至2018年8月,…; cues.AS_OF), said after the last
    ; before the figure, when that day is past for a report of ``year``: in an earlier year,
    or in the first months of its own, when reports are given (截至2025年1月底); not a plan's
    day to come (截至2028年底; 截止2024年6月底 in a report of 2024, a deadline).
    ``opens``: only where the text from ``start`` opens on it."""
    if not opens:  # (its own clause's: 截至2024年底,…1200个;到2025年底,…将达到2000个)
        start = max(start, norm.rfind(";", start, end) + 1)
    day = (cues.AS_OF.match if opens else cues.AS_OF.search)(norm, start, end)
    if day is None or year is None or _ANOTHER_TIME.search(norm, day.end(), end):
        return None  # (截至2024年底,…860家,到2025年底达到1000家: the later clause's own year)
    stood, month = int(day[1]), int(day[2] or 12)
    # (a report is given early in its year: 截至2025年1月底 is past, 截止2024年6月底 a deadline)
    early = (
        stood == year
        and month <= _MONTHS_A_REPORT_IS_GIVEN_IN
        and not norm.startswith("前", day.end())
    )
    return stood if stood < year or early else None


_MONTHS_A_REPORT_IS_GIVEN_IN = 2
_ANOTHER_TIME = re.compile(r"(?:19|20)\d\d年|今年|明年|新的一年")


def opens_with_an_earlier_year(norm: str, a: int, b: int, year: int | None) -> bool:
    opening = _OPENING_YEAR.match(norm, a, b)
    return year is not None and opening is not None and int(opening[1]) < year
