"""Whether the lines read stand under a heading of the months so far of the report's year (一、
2019年上半年国民经济和社会发展计划执行情况; 一、上半年…计划指标执行总体情况): a half-year report's
review, whose figures are the year's so far, not its targets, and not the year before's.
reviews.py asks it of each sentence, through review_readers.Readers."""

from __future__ import annotations

import re

from jfq.authoring.extract import cues

# A heading's line (a title's too: 庄桥街道2021年上半年工作总结和下半年工作思路) of the months
# so far, and what was done in them; its year, if it names one, the report's.
_A_MONTHS_HEADING = re.compile(
    rf"[^\n。,]{{0,16}}?(?:((?:19|20)\d\d)年)?{cues.MONTHS_SAID}"
    r"[^\n。,]{0,30}?(?:执行|情况|运行|总结|回顾|报告)"  # (中山街道2023年上半年政府工作报告)
)
# A heading of the rest of the year, or of the year's targets, after the months (二、下半年工作
# 安排, 一、经济社会发展主要预期目标), not of what was done of them ((一)主要目标完成情况).
_THE_REST_OF_THE_YEAR = re.compile(r"下半年|四季度|全年|目标|任务|安排|打算|思路|重点|建议")
_WHAT_WAS_DONE = re.compile(r"情况|执行|完成|成效|回顾")
# A plan's verb, or the rest of the year, in a sentence under such a heading (下半年,全区将…;
# 力争全年增长6%以上).
_A_PLAN = re.compile(
    rf"{cues.PLANS_VERBS}|计划(?=新|实现|完成|投资|开工|引进|建设|达到|集中|实施|安排)|下半年|"
    r"全年[^,;。]{0,12}?(?:左右|以上)"
)  # (not 计划 the noun: 五大行动计划)
_THE_MONTHS = re.compile(cues.EARLY_MONTHS_SAID)
_A_HEADINGS_LENGTH = 50  # characters: a line this long or shorter may head the lines under it


class MonthsReview:
    """Whether the lines read so far, in order, are under a heading of the months so far of
    ``year``, the report's (from such a heading to one of the rest of the year), and whether
    the text has dated the months to that year."""

    def __init__(self, norm: str, year: int) -> None:
        self.norm, self.year = norm, year
        self.under = False
        # whether the text has dated the months so far to the report's year (今年1至6月, 今年来,
        # …:上半年): the months it names after with no year are this year's (1至6月,长沙县完成…)
        self.dated = False
        dating = rf"(?:今年(?:以来|来)?[^。\n]{{0,40}}?|{year}年){cues.EARLY_MONTHS_SAID}"
        self._dating = re.compile(dating)

    def read(self, a: int, b: int) -> bool:
        """Whether norm[a:b], the next sentence, stands under a heading of the months."""
        norm = self.norm
        self.dated = self.dated or self._dating.search(norm, a, b) is not None
        end = norm.find("\n", a)
        end = len(norm) if end < 0 else end
        if norm[a - 1 : a] not in ("\n", "") or end - a > _A_HEADINGS_LENGTH or b < end:
            return self.under  # (not a line of its own: no heading)
        months = _A_MONTHS_HEADING.match(norm, a, end)
        if months is not None:
            self.under = months[1] is None or int(months[1]) == self.year
        elif _THE_REST_OF_THE_YEAR.search(norm, a, end) and not _WHAT_WAS_DONE.search(norm, a, end):
            self.under = False
        return self.under

    def reviews(self, a: int, b: int, own: list[int]) -> bool:
        """Whether the sentence norm[a:b] states what was done in the months so far: no year
        of its own but the report's, and under such a heading no plan's verb (力争, 将, 计划…)
        nor the rest of the year (下半年, 全年…左右), its targets those the months are measured
        against (塌目标1.8个百分点, 高于目标2.1个百分点, 完成年度目标的56%); or, once the text
        has dated the months (今年1至6月), a sentence that names them and no plan's word."""
        if any(y != self.year for y in own):
            return False
        said = cues.TARGETS_SHARE_DONE.sub("", self.norm[a:b])
        if self.under:
            return _A_PLAN.search(said) is None
        # (dated only: 2024年1-3月,全县规上工业增加值预期增长10%左右 plans, by 预期 too)
        return self.dated and _THE_MONTHS.search(said) is not None and not cues.says_a_plan(said)
