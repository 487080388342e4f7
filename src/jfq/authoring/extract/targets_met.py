"""Targets a review says were met: the words that look ahead but say a target was met
(完成全年目标任务, under a heading of the review: the year's result), and a target's own
value said met (超额完成县政府年初下达的2500万元目标任务: the year's target, not a second
result), named by the figure it is of.  Split from reviews.py, which reads each review
sentence with them.
"""

from __future__ import annotations

import re

from jfq.authoring.extract import cues
from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.comparisons import PLAN_NAME
from jfq.authoring.extract.figures import Figure
from jfq.search.normalize import simplified


def ahead_of_a_review(norm: str, a: int, b: int) -> bool:
    """cues.AHEAD's words, less a target said met (规上工业增加值…均实现正增长目标, 完成全年
    目标任务), a purpose after the figures (征用改造54个隔离点,…,确保人员“应隔尽隔”) and the
    requirements a clause went by (按照…总体要求,…):
    under a heading of the review, what was met or done is the year's result."""
    return any(
        not (
            m[0].startswith("目标")
            and cues.TARGET_MET.search(norm, max(a, m.start() - 18), m.end())
        )
        and not (cues.a_purpose(m) and _after_its_figures(norm, (a, b), m))
        and not (m[0] == "要求" and _GONE_BY.search(norm, max(a, m.start() - 30), m.start()))
        for m in cues.AHEAD.finditer(norm, a, b)
    )


# The requirements a review's clause went by (按照“坚定信心、…、精准施策”总体要求,全力阻断…;
# 黄石 2020): how it was done, no plan.
_GONE_BY = re.compile(r"(?:按照|根据|遵循|依照)[^,;。]{0,28}$")


def _after_its_figures(norm: str, sentence: tuple[int, int], word: re.Match[str]) -> bool:
    """Whether ``word`` follows the figures of its part of the sentence (to a ;) and none
    after it: 征用改造54个隔离点,…,确保人员“应隔尽隔”;我们…700余名…"""
    a, b = sentence
    start = norm.rfind(";", a, word.start()) + 1 or a
    end = norm.find(";", word.end(), b)
    after = _A_DIGIT.search(norm, word.end(), b if end < 0 else end)
    return after is None and _A_DIGIT.search(norm, start, word.start()) is not None


_A_DIGIT = re.compile(r"\d")


# A target's value said met or passed in a review (超额完成县政府年初下达的2500万元目标任务,
# 实现并超过…增长8.5%的目标): the year's target, not a second result.
_A_TARGETS_VALUE = re.compile(r"的?(?:预期|年度|全年)?目标")
# (a clause that opens on the verb: 提前一年实现三年引资1万亿元目标 names its own total)
_MET = re.compile(r"(?:超额|圆满|全面)?(?:完成|实现|超过|达到)")


def a_target_met(norm: str, a: int, f: Figure) -> bool:
    """Whether ``f`` is a target's value said met in its clause (its sentence starts at ``a``), in a
    sentence of one year: not one of several (2021—2025年,…; “十四五”时期…,超额完成3万人目标任务;
    …超额完成“十四五”规划确定的…目标).  累计 alone spans no years: 2023年,全乡累计完成…."""
    start, end = f.phrase[0] + a, f.phrase[1] + a  # (the clause, from its name to its unit)
    if cues.in_a_target_aside(norm, a, end - 1):
        return True  # …增长5.9%,排名全市第1位(预期目标为8.5%以上): the year's target
    met = _A_TARGETS_VALUE.match(norm, end) is not None and _MET.match(norm, start, end) is not None
    if not met and norm.startswith("任务", end):
        # (完成区人代会批准的预期目标增长6%任务: the target's value between 目标 and 任务, said
        # with its verb; not 完成目标考核12项任务, a count of the tasks)
        clause = max(norm.rfind(mark, a, end) for mark in ",;。") + 1 or a
        met = _MET_A_TARGET_OF.search(norm, clause, end) is not None
    # (asked last: it reads the sentence from its start, and an endless one at every figure
    # cost its square, 2026-12-07's fifth stop)
    return met and _OF_YEARS.search(norm, a, end) is None


_MET_A_TARGET_OF = re.compile(
    r"(?:完成|实现|超过|达到)[^,;。]{0,16}目标(?:增长|提高|达到?|为|是|控制在)[\d.]+[^,;。\d]{0,6}$"
)


# The year's plan a plan-execution report states before what was done (——年计划完成地区
# 生产总值617亿元以上,1—9月完成428.3亿元; 全县年初计划实现…): the year reviewed's target.
# (Not 计划生育, 计划单列, the investment a project plans, 计划总投资, nor what the plan holds or
# how much of it was done: 年度计划项目, 年度计划内…, 年度计划完成率.)
THE_YEARS_PLAN = re.compile(
    rf"(?:[全我本]{lx.LEVEL})?(?:年|年度|全年|年初)计划(?!{lx.OF_THE_PLAN})"
)


_A_CLAUSE = 120


def the_years_plan(norm: str, a: int, f: Figure) -> bool:
    """Whether the clause of ``f`` (its sentence starting at ``a``) opens on the year's plan:
    not a clause after it that goes on with its name (…,1—9月完成428.3亿元 is done)."""
    at = a + f.phrase[1]
    back = max(a, at - _A_CLAUSE)  # (a clause is short: an endless sentence is no rescan)
    opens = max(norm.rfind(mark, back, at) for mark in ",;:\n") + 1 or back
    marker = cues.MARKERS.match(norm, opens)  # (——年计划…: a list's marker, as any list's)
    plan = THE_YEARS_PLAN.match(norm, marker.end() if marker else opens)
    # (not how much of the plan was done: 全年计划任务完成率为108%, 年度计划完成进度; nor what was
    # actually done after it: …、实际新开工55个)
    return plan is not None and _DONE_OF_IT.search(norm, plan.end(), at) is None


_DONE_OF_IT = re.compile(r"(?:完成|执行)(?:率|进度|额)|任务的|的\d|实际")


_OF_YEARS = re.compile(
    rf"(?:19|20)\d\d年?[-—–~至到](?:19|20)\d\d年|年来|时期|期间|规划|{PLAN_NAME}"
)


def named_as_before(f: Figure, before: list[Figure]) -> None:
    """A target met is the target of the nearest figure before it in the same unit that met
    it, at or above its value (全乡完成财政收入2882万元,…,超额完成…2500万元目标任务: 财政收入's;
    …收入12.6亿元,其中税收收入9.8亿元,非税收入2.8亿元,超额完成12亿元的年度目标: not a part
    below it), else the nearest in its unit; else it keeps the words around it."""
    # (its clause opens on the verb of meeting: what it names is the words around its figure,
    # 超额完成年初确定的6%的目标 gave 超额年初确定)
    unit = simplified(f.unit or "")
    in_its_unit = [
        g
        for g in before
        if not g.base
        and g.measure is None
        and g.value is not None
        and simplified(g.unit or "") == unit
        and "目标" not in simplified(g.name)
    ]
    met = [
        g for g in in_its_unit if f.value is not None and g.value is not None and g.value >= f.value
    ]
    if met or in_its_unit:
        f.name = (met or in_its_unit)[-1].name
