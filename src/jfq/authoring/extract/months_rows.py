"""The rows of a review of the months so far: the year each is for, and its name without
the months that open it.  Split from months_review.py, which reads which sentences review the
months; this is asked as each row is made (jfq.authoring.extract._rows)."""

from __future__ import annotations

import re

from jfq.authoring.extract import cues
from jfq.authoring.extract.blocks import Found


def year_of_a_row(norm: str, found: Found, year: int) -> tuple[int, bool]:
    """The year a row is for, and whether it is of the months so far of the report's year:
    a target's named, else the report's; a result's named, else the one reviewed, and the
    report's own only for its months so far (2020年1—6月,锦尚完成…, in a report of July
    2020; but …,上年同期为5.1% is the year before's)."""
    if found.kind == "target":
        return found.year or year, False
    so_far = found.so_far or cues.months_so_far(norm[slice(*found.quote)], year)
    if found.year == year and so_far:
        before = _THE_YEAR_BEFORE.search(norm, *found.phrase)
        if before is not None:  # (上年全年为5.9%: the whole year before, its key kept; 上年
            return year - 1, before["whole"] is None  # 同期为5.1%: its months, no key)
        return year, True
    if found.year is None and (
        _named_with_the_year_before(norm, found, year) or _a_yearless_months_page(norm, found)
    ):
        return year, True
    return (found.year if found.year is not None and found.year < year else year - 1), False


def _named_with_the_year_before(norm: str, found: Found, year: int) -> bool:
    """Whether the months so far a sentence opens on, naming no year (1-10月,全省…), were named
    with the report's year before (2019年1-10月,广东…): a months page's paragraphs after its
    first.  (Alone, 1-10月 is the year reviewed's: a report given in November says it.)"""
    sentence = norm[slice(*found.quote)]
    months = _OPENING_ON_MONTHS.match(sentence)
    if months is None:
        return False
    last = re.findall(r"\d+", months[1])[-1]  # (1-10月: 10)
    named = re.compile(rf"{year}年1月?[-—–~至到]{last}月")
    return named.search(norm, max(0, found.quote[0] - 20000), found.quote[0]) is not None


def _a_yearless_months_page(norm: str, found: Found) -> bool:
    """Whether a sentence is of a short page that opened on the early months (1-7月份,全旗地区
    生产总值…; 前8月,我市新增341家…) at or before it, and names no year, nor the year reviewed
    before them (过去一年, 去年): a page of the months so far, given in the year it is read
    with, all of whose figures are theirs.  (A report's review says 上半年 of the year it
    reviews, and names that year or its review first.)"""
    start = found.quote[0]
    opened = (
        _A_SENTENCE_ON_EARLY_MONTHS.search(norm, 0, found.quote[1])
        if start < _A_PAGES_LENGTH
        else None
    )
    if opened is None:
        return False
    page, before = norm[: start + _A_PAGES_LENGTH], norm[: opened.start()]
    return not (
        _A_YEAR_OR_THE_YEAR_BEFORE.search(page)  # (…1至8月,…。2023年主要预期目标是:…)
        or _THE_YEAR_REVIEWED.search(before)
        or cues.says_a_plan(before)  # (今年以来,…上半年要实现“双过半”: a January report's)
        or _THE_WHOLE_YEAR_DONE.search(page)  # (…前三季度实现…;全年完成…: a year's review)
        # (上半年…下降3.1%,前三季度回升至增长1.2%: the year told period by period)
        or len(set(_EARLY_MONTHS.findall(page))) > 1
    )


# (not 完成情况, a months page's heading too: 一、财政收支完成情况⏎5月份,…)
_A_HEADINGS_WORDS = r"[^,;。\d]{0,6}"  # (before the months a sentence opens on)
_THE_YEAR_REVIEWED = re.compile(r"回顾|过去的?一年|一年来|这一年|工作总结")
_A_PAGES_LENGTH = 20000  # characters: a page of the months' figures, not a report
# (or one month of them, or the first months: 5月份,我市财政总收入…; 前8月,我市新增…)
_A_SENTENCE_ON_EARLY_MONTHS = re.compile(
    rf"(?:^|(?<=[。!?;\n])){_A_HEADINGS_WORDS}(?:{cues.EARLY_MONTHS_SAID}|[1-9]月份?,|前[2-9]个?月)"
)
_EARLY_MONTHS = re.compile(cues.EARLY_MONTHS_SAID)
# (上年同期: a base; 明年: a page given at the year's end, that plans the next)
_A_YEAR_OR_THE_YEAR_BEFORE = re.compile(r"(?:19|20)\d\d年|(?:去年|上年|前年)(?!同期)|明年")
# A figure of the whole year, done or foreseen (全年完成…, 预计全年增长6.5%左右, 一季度、上半年、
# 全年GDP分别增长…: a page given at the year's end), or of its last months; not the year's
# target a share is of (完成全年目标任务的65%)
_THE_WHOLE_YEAR_DONE = re.compile(r"全年(?!的?(?:目标|任务|计划))|1月?[-—–~至到]1[01]月|前11个月")
# (重工业贡献率超八成。1-10月,…: after a heading's words)
_OPENING_ON_MONTHS = re.compile(rf"{_A_HEADINGS_WORDS}({cues.MONTHS_SO_FAR})")


# The level of the year before, said beside the months so far (上年同期为5.1%), not a change
# on it (比去年同期增长20.8%).
_THE_YEAR_BEFORE = re.compile(
    r"(?:上年|去年)(?:(?:同期|末|底)?(?:为|是|仅|达到?)|(?P<whole>全年)(?:为|是|仅|达到?|增长))[\d.]"
)
# (not a quarter: 一季度,全县地区生产总值增长4.1%;二季度,… under a heading of 上半年 names each)
_THE_MONTHS_OPENING_A_NAME = re.compile("上半年|[前首][三3]季度")


def without_the_months(name: str) -> str:
    """A name of the months so far without the months that open it (上半年地区生产总值)."""
    part = _THE_MONTHS_OPENING_A_NAME.match(name)
    return name[part.end() :] if part is not None and len(name) > part.end() + 1 else name
