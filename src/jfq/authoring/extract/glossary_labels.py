"""What a numbered or bulleted item's term and colon are when they are no term: a page's or a
plan's label, a report's heading or part, a plan's aim and its figures, a news page's keyword,
a list of targets.  Split from glossary.py, whose _item asks it of every item."""

from __future__ import annotations

import re
from typing import NamedTuple

from jfq.authoring.extract import cues
from jfq.authoring.extract import glossary_words as gw
from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.glossary_running import a_headline
from jfq.authoring.extract.years import YEAR

# The years of a five-year plan (“十五五”时期, 十四五期间): a time, which no glossary defines
# but by a copula (“十四五”:指…).
# (but “十四五”规划 is the plan itself, which a note may define: …的简称)
_A_PLANS_PERIOD = re.compile(rf"“?{lx.FIVE_YEAR_PLAN}”?(?:(?:规划)?(?:时期|期间))?")


class Said(NamedTuple):
    """What says an item glosses: a marker (1. •), a glossary's section, a quotation mark, a
    copula (指, 即)."""

    marker: bool
    in_section: bool
    quoted: bool
    glossed: bool


def a_label_or_a_headline(
    norm: str, match: re.Match[str], item: tuple[int, int], said: Said
) -> bool:
    """Whether a numbered or bulleted item is a page's or a plan's label, a report's heading or
    part, a plan's aim or a news page's keyword, not a term."""
    (a, b), (marker, in_section, quoted, glossed) = item, said
    label = match["term"].strip()
    if gw.PAGE_LABEL.fullmatch(label) or gw.REPORT_LABEL.fullmatch(label):
        return True  # 来源:融安县投资促进中心, (一)指导思想:… (a page's or a plan's label)
    if YEAR.search(label) and not (in_section or quoted or glossed):
        return True  # 一、2020年及“十三五”时期发展回顾…---…: a report's heading, not a term
    if _A_PLANS_PERIOD.fullmatch(label) and not (in_section or glossed):
        return True  # “十五五”时期:锚定现代化新兰州,…: a news page's part, on the plan's years
    if (
        marker
        and not (in_section or quoted or glossed)
        and gw.a_task(*match.group("term", "definition"))
    ):
        return True  # • 改善生态环境:单位…能源消耗…降低13.5%: a plan's aim and its figures
    chapter = marker and cues.HEADING.match(norm, a) is not None
    if chapter and not (in_section or glossed) and _a_part(match["term"], match["definition"]):
        return True  # 二、“十四五”·足迹:五年成就再回首: a report's or a digest's part
    if marker and not in_section and a_headline(norm, match.span("term"), match["definition"], b):
        return True  # 2.增长“稳”:连续六年GDP与GEP实现双提升 / 预计…: a news page's keyword
    # (• 地区生产总值:增长6%左右; “一个新突破”:…。全市地区生产总值1354亿元…)
    return not in_section and _figures_no_gloss(match, marker or glossed)


def _figures_no_gloss(match: re.Match[str], said_to_gloss: bool) -> bool:
    """A list of targets (• 地区生产总值:增长6%左右), or, where no marker or copula says it
    glosses, a review under a numbered slogan's label whose sentences after its first state the
    year's figures (“一个新突破”:综合竞争力实现新突破。全市地区生产总值1354亿元…): no glossary."""
    term, definition = match["term"], match["definition"]
    if _A_TARGETS_FIGURE.match(definition):
        return True
    return not said_to_gloss and gw.a_reviews_label(term, definition.partition("。")[2])


def _a_part(term: str, definition: str) -> bool:
    """A part's heading and its line (二、“十四五”·足迹:五年成就再回首; 一、经济运行稳中向好:全年
    地区生产总值增长5.9%; 一、关于过去一年的工作:…), not a numbered entry (一、新型工业化:以
    新一代信息技术为支撑的工业化): short, or stating how things went or a year's figures."""
    return (
        len(definition.strip()) <= 10
        or term.startswith("关于")
        or cues.HOW_IT_WENT.search(term) is not None
        or (not term.startswith(("“", "「")) and gw.YEARS_FIGURE.search(definition) is not None)
    )


# A figure a target or a result states, after its name's colon (增长6%左右, 5000人以上; not a
# date, 2017年8月, that a note on a term opens with).
_A_TARGETS_FIGURE = re.compile(
    rf"(?:增长|下降|提高|降低|达到|达|完成|实现|控制在|保持在?|为)?(?:{lx.NUMBER})(?:{lx.UNIT})"
)
