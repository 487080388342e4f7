"""The last year of a plan's targets: what a lead-in, a sentence or the sentence before it
says the plan runs to (今后五年, “十四五”时期, 2001年至2005年, 到2028年).  Split from years.py,
which reads the years a sentence names."""

from __future__ import annotations

import re

from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.years import YEAR, plans_last_year

# The year a plan's targets are for: 到2025年 in its list, else the plan named before it
# (not 截至2021年底, a date reached; blocks.py dates a target that strives to one by it too).
BY_A_YEAR = re.compile(r"(?<!截)(?<!截止)(?:到|至)((?:19|20)\d\d)年")
_A_PLAN = re.compile(rf"{lx.FIVE_YEAR_PLANS_NUMERAL}|(?:今后|未来)[五5]年")


def plans_horizon(
    norm: str, lead: tuple[int, int], body: tuple[int, int], year: int | None
) -> int | None:
    """The last year of a plan's targets: the year its list says they are to be met by
    (到2028年地区生产总值…), else its plan's end (“十四五”时期: 2025; 今后五年 of a 2024
    report: 2028; 2001年至2005年: 2005), or None when nothing says it.  A numbered plan's end
    comes first: its list may reach further on (到2030年人均地区生产总值…)."""
    plans = list(_A_PLAN.finditer(norm, *lead))
    if plans and plans[-1][1]:
        return plans_last_year(plans[-1][1])
    by = BY_A_YEAR.search(norm, *body)
    if by is not None and (year is None or int(by[1]) > year):
        return int(by[1])
    # (今后五年,…主要目标是:到“十三五”末,地区生产总值达到214.9亿元: the plan its list names)
    numbered = next((m for m in _A_PLAN.finditer(norm, *body) if m[1]), None)
    if numbered is not None:
        return plans_last_year(numbered[1])
    span = _A_SPAN_AHEAD.search(norm, *lead)  # (2001年至2005年,湖南将…: 2005)
    if span is not None and (year is None or int(span[1]) > year):
        return int(span[1])
    return year + 4 if plans and year is not None else None


# A plan's years as a span (2001年至2005年, 2021—2025年), and by name or as a span.
_A_SPAN_AHEAD = re.compile(r"(?:19|20)\d\d年?[至到—\-~－]((?:19|20)\d\d)年")
_YEARS_AHEAD = re.compile(
    rf"(?:今后|未来)[五5]年|{lx.FIVE_YEAR_PLAN}[”\"]?(?:时期|期间)|{_A_SPAN_AHEAD.pattern}"
)
_THE_YEAR = re.compile(r"全年|今年|年度")


def sentences_horizon(norm: str, a: int, b: int, year: int | None) -> int | None:
    """The last year of a plan's targets a sentence sets in its lead-in, up to its first
    colon (报告明确了今后五年福州发展蓝图:地区生产总值增速保持7.6%左右…: 2026 in a 2022
    report), or that it opens on (《报告》指出,今后五年,要努力推动…,经济总量跨越6万亿元),
    or that the sentence before it opened on and set no figure of (…今后五年,要努力推动…
    新臺階…。經濟總量跨越6萬億元: the plan's goals go on), else None."""
    own = _own_horizon(norm, a, b, year)
    if own is not None or a < 2 or norm[a - 1] != "。" or _A_TIME_OF_ITS_OWN.search(norm, a, b):
        return own
    start = max(norm.rfind("。", max(0, a - 600), a - 1), norm.rfind("\n", 0, a - 1)) + 1
    before = _A_SPAN_AHEAD.sub("", norm[start:a])  # (2001年至2005年,湖南将…: the plan's years)
    if _A_DIGIT.search(before) or not _SETS_GOALS.search(before):
        return None  # (the sentence before set its own figures, or set none: 今后五年,是…时期)
    return _own_horizon(norm, start, a - 1, year)


_A_DIGIT = re.compile(r"\d")
# A time a sentence speaks of that is not a plan's (全年…预期增长6%, 一年来…增长5.8%).
_A_TIME_OF_ITS_OWN = re.compile(
    rf"{YEAR.pattern}|全年|今年|明年|去年|上年|年内|当年|季度|上半年|一年来|过去|这一年|以来|"
    r"预计|实现了|完成了"
)
# The words that set a plan's goals (今后五年,要努力推动…; 将, 力争, 确保).
_SETS_GOALS = re.compile(r"要|将|力争|努力|确保|奋力")


def _own_horizon(norm: str, a: int, b: int, year: int | None) -> int | None:
    colon = norm.find(":", a, b)
    if colon < 0:
        opening = _OPENS_ON_YEARS_AHEAD.match(norm, a, b)
        if opening is None:
            return None
        return plans_horizon(norm, (a, opening.end()), (opening.end(), b), year)
    if not _YEARS_AHEAD.search(norm, a, colon) or _THE_YEAR.search(norm, a, colon):
        return None  # (对标“十四五”规划目标,全年工作安排如下: the year's)
    return plans_horizon(norm, (a, colon), (colon, b), year)


# A sentence that opens on a plan's years, after who says it (《报告》指出,今后五年,…).
_OPENS_ON_YEARS_AHEAD = re.compile(
    rf"(?:[^,;。:]{{0,16}}(?:指出|提出|表示|强调|明确),)?(?:{_YEARS_AHEAD.pattern})"
    r"(?:[,,]|(?=[^,;。]*\d))"  # (今后五年地区生产总值年均增长6%: no comma, its figures)
)
