"""Whether a sentence about the months so far plans them: a plan's verb whose clause sets a
figure, the rest of the year, a figure qualified as a plan's, or the year's target named.
Split from months_review.py, which asks these of the sentences it reads."""

from __future__ import annotations

import re

from jfq.authoring.extract import cues

# A plan's verb (力争, 将, 计划新开工…; not 计划 the noun, 五大行动计划), and the rest of the
# year (下半年,全区将…; 力争全年增长6%以上; 预计全年增长6%, the year's estimate).
A_PLANS_VERB = re.compile(  # (not 将 as 把: 坚持将招商引资作为“一号工程”)
    rf"(?:{cues.PLANS_VERBS}){cues.NOT_AS_BA}|计划(?=新|实现|完成|投资|开工|引进|建设|达到|集中|实施|安排)"
)
THE_REST = re.compile(rf"下半年|{cues.THE_YEARS_AIM}|预计全年|全年预计")


def a_plan(said: str) -> bool:
    """Whether a sentence under a heading of the months plans: the rest of the year, or a
    plan's verb whose clause sets a figure (not 确保经济运行在合理区间,实现税收收入25.86亿元,
    a purpose)."""
    if THE_REST.search(said):
        return True
    for verb in A_PLANS_VERB.finditer(said):
        clause_end = _A_CLAUSES_END.search(said, verb.end())
        if _A_DIGIT.search(said, verb.end(), clause_end.start() if clause_end else len(said)):
            return True
    return False


_A_DIGIT = re.compile(r"\d")
_A_CLAUSES_END = re.compile("[,;。]")
_A_PLANS_QUALIFIER = re.compile(r"\d[^\d,;。]{0,4}(?:左右|以上|以内)")
_AN_ESTIMATE = re.compile(r"预计[^,;。]*$")  # (what its clause says before a qualifier)


_THE_YEARS_TARGET = re.compile(r"(?:目标|任务)(?:是|为|:)|目标(?:任务)?(?:增长|达到)|目标,今年")


def names_the_years_target(said: str) -> bool:
    """Whether a sentence says what the year's target is (今年全县地区生产总值目标增长7%; 全年目标:
    …; 按照年初确定的目标,今年…增长7%; 全年任务是…), not a share of it done (完成全年目标任务
    152%), a gap to it (低于目标2.9个百分点) or a count of targets (21项计划目标中…)."""
    return _THE_YEARS_TARGET.search(said) is not None


def qualified_as_a_plan(said: str) -> bool:
    """Whether a figure of the sentence is qualified as a plan's (增长10%左右, 控制在5.5%以内),
    not as an estimate of the months (1-6月份,全市生产总值预计增长8%左右: 预计 in its clause;
    预计全年 is the rest of the year's, THE_REST)."""
    return any(
        _AN_ESTIMATE.search(said, 0, qualifier.start()) is None
        for qualifier in _A_PLANS_QUALIFIER.finditer(said)
    )
