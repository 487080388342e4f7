"""The year a change began from (由2015年的4670亿元增加到…: 2015), how many years a mean or
a total runs over when a clause names it, and which figures a base years back makes
cumulative (since_a_base_year); and a level a figure was revised from (revised_from).  Split
from years.py, which reads the years a sentence names."""

from __future__ import annotations

import re

from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.comparisons import (
    MULTIPLE_SPANS,
    MULTIPLE_VERB,
    MULTIPLE_YEAR,
    PLAN_NAME,
)
from jfq.authoring.extract.figures import Figure
from jfq.authoring.extract.years import RECOVERED_TO, YEAR

_FROM_ITS_YEAR = re.compile(
    r"[从由]((?:19|20)\d\d)年(?:末|底)?的?第?[\d.,]+[^\d,;。、]{0,10}$"
)  # (由2016年的第100位: a rank)


# A change over the years, said in its own clause, or the next, or after a run of changes
# (由2.3亿元提高到4.3亿元,年均增长13.2%; 由32亿元增加到68亿元,五年翻了一番多; 由767.1万人次
# 提高到1441万人次,旅游总收入由56.8亿元提高到109亿元,年均分别增长…; not ,增长7.7%,累计带动…,
# nor 翻新).
_OVER_THE_YEARS_AFTER = re.compile(
    # (由835.5亿元增加到2497.3亿元,增长2倍,年均增长24.5%: a multiple's clause between)
    r"[^,;。\n]*(?:,[^,;。\n]*?(?:[由从]|倍)[^,;。\n]*)*,?[^,;。\n]{0,4}?(?:年均|累计增长|翻了?[一两二]番)"
)
# A multiple said next (…增加到24715元,增长3.2倍): over the years of a base its own sentence
# names (从2005年的…), not of one an earlier sentence of the paragraph named.
_A_MULTIPLE_AFTER = re.compile(r"[^,;。\n]*,?(?!同比|比上年|较上年)[^,;。\n]{0,4}?增长[\d.]+倍")
# A change of one year said next (由4.12万元增加到4.38万元,增长6.3%).
_ONE_YEARS_CHANGE_AFTER = re.compile(
    r"[^,;。\n]*,(?:同比|比上年)?(?:增长|下降)\d+(?:\.\d+)?(?![\d.倍])"
)
_FROM_THE_YEAR_BEFORE = re.compile(
    r"[从由](?:上年|去年|年初)(?:末|底)?的?[\d.,]+[^\d,;。、]{0,10}$"
)
_A_BASE_YEAR = re.compile(r"[从由]((?:19|20)\d\d)年(?:末|底)?的?[近约]?[\d.,]+")
_AGAINST_YEAR = re.compile(r"(?:较|比|[与同和](?=(?:19|20)\d\d年(?:末|底)?相比))((?:19|20)\d\d)年")
_AGAINST_THE_YEAR_BEFORE = re.compile(r"(?:较|比|[与同和])(?:上年|去年)")
_YEARS_FROM_TO = re.compile(r"((?:19|20)\d\d)年?[-~—–至到](?:19|20)\d\d年")


def base_year(
    norm: str,
    start: int,
    figure: Figure,
    *,
    when: int | None,
    year: int,
    span: int | None,
    said: int | None = None,
) -> int:
    """The year of the level a change began from (由2015年的4670亿元…: 2015), else the
    year before the years reviewed: the year reviewed (``when``, else the one before the
    report's ``year``) less the span (五年来…由180亿元增加到…: 2018), or one year.  A span
    the sentence says itself (``said``: 过去五年,…) comes before a base year another
    sentence of the paragraph names."""
    end = start + figure.phrase[1]
    own = _FROM_ITS_YEAR.search(norm, max(start, end - 40), end)
    if own is not None:
        return int(own[1])
    # (2017年到2021年,…从129.6亿元增加到181.8亿元: the first of the years the sentence opens
    # with; not 2023年,全面完成2021-2023年三年行动计划,…由41%提高到43%)
    first = norm.find(",", start, end)  # (2017年到2021年,…: the sentence's first clause)
    years = _YEARS_FROM_TO.search(norm, start, first if first >= 0 else end)
    if years is not None:
        return int(years[1])
    # (由2011年的18.9亿元提高到…;财政收入由2.3亿元提高到…,年均增长13.2%: an earlier
    # clause's base year, or an earlier sentence's in the paragraph: parallel changes over
    # the same years share their base; not a change of one year, 由1.82万元增加到1.96万元,
    # 增长7.7%, after a sentence on the years since 2015)
    reviewed = when if when is not None and when < year else year - 1
    over_years = _OVER_THE_YEARS_AFTER.match(norm, end) is not None
    # (…由4.12万元增加到4.38万元,增长6.3%,…2019年以来年均增长6.1%: a year's change, though
    # the sentence says a span for another figure)
    one_year = _ONE_YEARS_CHANGE_AFTER.match(norm, end) is not None and not over_years
    said = said if said and said > 1 and not one_year else None
    in_the_sentence = _A_BASE_YEAR.findall(norm, start, end)  # (its own years first)
    multiple = _A_MULTIPLE_AFTER.match(norm, end) is not None
    if in_the_sentence and (over_years or said or multiple):
        return int(in_the_sentence[-1])
    if said or _FROM_THE_YEAR_BEFORE.search(norm, max(start, end - 40), end):
        return reviewed - (said or 1)  # (过去五年,…由2.8万元增加到…; 由上年的210亿元增加到…)
    if in_the_sentence and _a_parallel_change(norm, start, end):
        return int(in_the_sentence[-1])
    paragraph = max(norm.rfind("\n", 0, start) + 1, start - 300)
    earlier = _A_BASE_YEAR.findall(norm, paragraph, end)
    if earlier and over_years:
        return int(earlier[-1])
    return reviewed - (1 if one_year else span or 1)


def starts_from_a_year_before(sentence: str, year: int) -> bool:
    """Whether ``sentence`` tells a change from a level of a year before ``year`` (从2017年的
    2.01万亿元增加到…): what it reached is the past too (…增加到2.9万亿元、年均增长5.3%左右)."""
    return any(int(m[1]) < year for m in _A_BASE_YEAR.finditer(sentence))


def _a_parallel_change(norm: str, start: int, end: int) -> bool:
    """全县地区生产总值从2015年的150亿元增加到250亿元,一般公共预算收入从10亿元增加到15亿元: a
    change in the same sentence as one from a year named shares that base year, unless a
    figure of one year follows it (…,同比增长1.5倍; …,提高3.7个百分点), its clause names its
    own time (全年…) or a year of its own is named between (…,2023年,城镇居民…由4.12万元…)."""
    clause = max(start, *(norm.rfind(mark, start, end) + 1 for mark in ",;"))
    if _A_FIGURE_AFTER.match(norm, end) or _ITS_OWN_TIME.search(norm, clause, end):
        return False
    # (the years reached are the changes' own: 由2010年的1.17万亿元增加到2015年的1.8万亿元)
    named = [m for m in YEAR.finditer(norm, start, end) if norm[m.start() - 1] not in "到至"]
    return bool(named) and _A_BASE_YEAR.match(norm, named[-1].start() - 1) is not None


# A figure said after the level reached, in the clause after it: the change's own, of one
# year (…由82.4%提高到86.1%,提高3.7个百分点; …,同比增长1.5倍; …,增速6.1%; …,净增4万头).
# (not a change of its own: …,城镇居民收入从2万元增加到3万元 is parallel too)
_A_FIGURE_AFTER = re.compile(r"[^,;。\n]*,(?![^,;。\n]*[由从])[^,;。\n]*\d")
# A time of its own, in the change's clause (全年接待游客由850万人次增加到1020万人次).
_ITS_OWN_TIME = re.compile(r"全年|当年|年末|年底|去年|上年|今年")


def years_from_a_base(norm: str, start: int, figure: Figure, when: int | None) -> int | None:
    """How many years a mean or a total runs over when an earlier clause of its sentence
    names the year the change began from (由2011年的18.9亿元提高到2016年的28.4亿元,年均增长
    8.4%: 2012-2016, 5) or the one it is compared with (比2020年累计下降14.2%: 2021-2023),
    else None."""
    end = start + figure.phrase[1]
    began = _A_BASE_YEAR.findall(norm, start, end) or _AGAINST_YEAR.findall(norm, start, end)
    return when - int(began[-1]) if began and when and when > int(began[-1]) else None


# (较“十三五”末增长24.3%, 比十一五末增长40%: over the plan's years since, as a year's base)
_AGAINST_A_PLANS_END = re.compile(rf"(?:较|比)“?{lx.FIVE_YEAR_PLAN}”?期?末")
# A multiple's base: the year (是2006年的2.6倍) or a span before (是“十一五”末的近2倍, 是五年
# 前的1.85倍, 是前五年的1.25倍), right before the figure (not 2023年是2018年以来…).
# (…的1.1倍、1.5倍和1.1倍; …的1.8、1.8、2.1和2.1倍: a list's values before its 倍 too)
_MULTIPLE = r"的(?:[近约超逾]?[\d.]+倍?[、和及])*[近约超逾]?[\d.]+倍?$"
_MULTIPLE_OF_A_YEAR = re.compile(rf"{MULTIPLE_VERB}{MULTIPLE_YEAR}{_MULTIPLE}")
_MULTIPLE_OF_YEARS = re.compile(rf"{MULTIPLE_VERB}(?:{MULTIPLE_SPANS}){_MULTIPLE}")
# A multiple of a plan's whole period (是“十一五”期间的2.1倍): over the years only where the
# figure is a total of years too (累计完成…, not 2023年,全县新引进…45个, one year's count).
_MULTIPLE_OF_A_PERIOD = re.compile(rf"{MULTIPLE_VERB}{PLAN_NAME}(?:时期|期间){_MULTIPLE}")


_BASE_WITHIN = 600  # characters: a sentence's worth before a figure, where its base is said


def since_a_base_year(norm: str, start: int, figure: Figure, year: int) -> None:
    """较2015年分别增长26.8%, 是2006年的2.6倍: a growth or a multiple over a base year
    before the year reviewed (``year`` is the report's) is of several years, not the
    year's (marked cumulative, as 累计 is)."""
    if figure.measure is not None or figure.unit not in ("%", "倍"):
        return
    # (the sentence up to the figure, its last stretch only: a text of one endless sentence
    # is read in linear time, not in the square of its figures)
    end = start + figure.phrase[1]
    start = max(start, end - _BASE_WITHIN)
    if RECOVERED_TO.search(norm, start, end):
        figure.measure = "cumulative"  # (恢复到2019年的113%: over the years since 2019)
        return
    # the value's own clause (its phrase may open on a name clauses before: …比“十三五”末
    # 增长30%,比上年增长7%: the 7% is the year's)
    clause = max(start, max(norm.rfind(mark, start, end) for mark in ",;") + 1)
    if figure.grows and _AGAINST_A_PLANS_END.search(norm, clause, end):
        figure.measure = "cumulative"
        return
    if figure.unit == "%" and not (figure.grows or figure.direction == "down"):
        return  # (a share; but 比2020年累计下降14.2% falls over the years since)
    if _AGAINST_THE_YEAR_BEFORE.search(norm, clause, end):
        return  # (…比2010年增长54.5%,一般公共预算收入与上年相比增长5.5%: its own year's)
    bases = _AGAINST_YEAR.findall(norm, start, end)  # (较2010年…,…分别增长: any clause's)
    if figure.unit == "倍":  # (the base stands right before the multiple)
        of_a_year = _MULTIPLE_OF_A_YEAR.search(norm, start, end)
        bases += [of_a_year[1]] if of_a_year else []
        period = _MULTIPLE_OF_A_PERIOD.search(norm, start, end)
        if _MULTIPLE_OF_YEARS.search(norm, start, end) or (period and "累计" in norm[start:end]):
            figure.measure = "cumulative"
            return
    if bases and int(bases[-1]) < year - 2:
        figure.measure = "cumulative"


_REVISED = re.compile(lx.REVISED_TO)
_ADJUSTED = re.compile("调整[为到至]")
_A_REVISION = re.compile("修订|修正|普查|经普|核定|核实|核算")


def revised_from(norm: str, offset: int, match: re.Match[str]) -> bool:
    """Whether the level at ``match`` is one a figure was revised from: 修订为…, or 调整为…
    in a sentence on a census's revision (but 最低工资标准由1650元调整为1800元 is a change
    over the year)."""
    if _REVISED.match(match.string, match.end()):
        return True
    at = offset + match.start()
    return bool(_ADJUSTED.match(match.string, match.end())) and bool(
        _A_REVISION.search(norm, max(0, at - 60), at)
    )
