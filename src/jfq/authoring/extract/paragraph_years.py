"""The year a review's paragraph speaks of, sentence by sentence: what reviews.py dates a
figure by when its own sentence names no year.  Split from reviews.py, which reads each
sentence with it."""

from __future__ import annotations

import re

from jfq.authoring.extract import cues
from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.sentences import ENDS_ITS_LINE
from jfq.authoring.extract.spans import opens_on_years_past, sentences_span
from jfq.authoring.extract.years import YEAR, plans_last_year, years_named_and_reached

_BULLETED = re.compile(r"\s*——")
# (二、今年重点工作; not 民生实事全部按计划完成, a review's crosshead)
_AHEAD = "新的?一年|今年|明年"  # (the words that name the year ahead)
_THE_YEAR_AHEAD_NAMED = re.compile(rf"{_AHEAD}|本年")


class ParagraphYears:
    """The year a paragraph last named, for its sentences that name none (…增至2021年的
    104.96亿元。规上工业增加值年均增长3%: 2021's); 由2012年的1.2%提升至2.5% is not 2012's.
    A sentence that opens with 去年 or 今年 names the report's year before or its own; with
    the months so far (今年1-11月, a report given late in its year), the year reviewed."""

    def __init__(self, norm: str, review_end: int, year: int) -> None:
        self.norm, self.review_end, self.year = norm, review_end, year
        self.years: list[int] = []
        self.named_at = 0
        self.lead: list[int] | None = None  # the years of the paragraph its bullets follow
        self._line = (-1, False)  # the line last asked of, and whether it opened on the past

    def begin(self, a: int) -> None:
        """A new paragraph, or the targets block between (a page that breaks its paragraphs
        with one newline: 2020年…取得… / 主要目标是… / 全年引进…) forgets the year; a bulleted
        one goes on from the paragraph the bullets follow (2018年,市政府…。 / ——经济运行提速
        增效。预计…), not from the bullet before (——…2020年,…。 / ——新增城镇就业…)."""
        new = self.norm[a - 1 : a] == "\n" and self.norm[a - 2 : a - 1] in ("\n", "")
        if new and _BULLETED.match(self.norm, a):
            if self.lead is None:
                self.lead = list(self.years)
            self.years = list(self.lead)
            return
        if new:
            self.lead = None
        if new or (self.years and a >= self.review_end > self.named_at):
            self.years = []

    def heard(self, a: int, b: int) -> None:
        """A sentence with no figure that opens on the year before in words (岑永杰说,过去
        一年,…, after a page's contents named 2026年工作要点): the paragraph's year.  (Not
        今年: 今年,我县将着力做好五方面工作 announces a plan, which plans.py reads.)"""
        stale = self.years and self.years[-1] != self.year - 1
        opens = self._opens_on_the_year_before(a, b) or (stale and self._opens_on_years_past(a))
        if opens and not YEAR.search(self.norm, a, b):
            self.years, self.named_at = [self.year - 1], a
        elif self.years and self._heads_the_years_work(a, b):
            self.years, self.named_at = [], a  # (一、2020年工作回顾 ⏎ … ⏎ 二、今年重点工作:)

    def line_opened_on_the_past(self, a: int) -> bool:
        """Whether the line ``a`` is in opened on the past (五年来,…; 过去一年,…): asked of
        each sentence after the targets, answered once a line."""
        line = self.norm.rfind("\n", 0, a) + 1
        if self._line[0] != line:
            self._line = (line, opens_on_years_past(self.norm, line))
        return self._line[1]

    def _heads_the_years_work(self, a: int, b: int) -> bool:
        """A heading of the plan on a line of its own (二、今年重点工作:, 2021年工作安排), that
        names no earlier year: the lines under it are no longer the review's."""
        if b - a > 24 or self.norm[a - 1 : a] not in ("\n", ""):
            return False  # (most sentences: looked at cheaply first)
        line = ENDS_ITS_LINE.match(self.norm, b) is not None
        named = [int(y) for y in YEAR.findall(self.norm, a, b)]
        ahead = _THE_YEAR_AHEAD_NAMED.search(self.norm, a, b) is not None or self.year in named
        plan = cues.PLAN_HEADING.search(self.norm, a, b) is not None
        return line and ahead and plan and not any(y < self.year for y in named)

    def _opens_on_the_year_before(self, a: int, b: int) -> bool:
        """Whether the sentence opens on the year before in words, as a clause of its own
        (过去一年,…; 刚刚过去的一年,…), and does not go on to the year ahead."""
        opening = self.norm[a : a + 16]  # (most sentences say none: looked for cheaply first)
        if "一年" not in opening or not self.year:
            return False
        relative = _OPENS_WITH_THE_YEAR_BEFORE.match(self.norm, a, b)
        # (not 过去一年很不平凡,新的一年要咬定目标不放松: it goes on to the year ahead)
        return relative is not None and not _THE_YEAR_AHEAD.search(self.norm, relative.end(), b)

    def _opens_on_years_past(self, a: int) -> bool:
        """Whether the sentence opens on the years up to the one reviewed (二十年来,…;
        建区以来,…): after 2023年是南浔建区20周年, its figures are no targets of 2023."""
        return bool(self.year) and _OPENS_WITH_YEARS_PAST.match(self.norm, a) is not None

    def read(self, a: int, b: int) -> tuple[list[int], int | None, list[int]]:
        """The years the sentence names; the year its figures are for when it names none
        it reaches; and its years, else the paragraph's."""
        own, reached = years_named_and_reached(self.norm, a, b)
        # (报告分为三部分:2025年工作回顾,…2026年重点工作: no year of the text after it)
        if cues.REPORTS_PARTS.search(self.norm, a, b):
            return own, None, own
        # 五年来,…: the years up to the one reviewed, not the year last named (会议…安排部署
        # 2023年工作。/ 五年来,…预计增长至4450亿元 is no target of 2023).  Asked only where the
        # paragraph named another year than the one reviewed, and the span before the words
        # ahead: each is a scan of every sentence.
        other = self.year and self.years and self.years[-1] != self.year - 1
        spanned = not own and other and sentences_span(self.norm, a, b)
        if spanned and not _speaks_ahead(self.norm, a, b, self.year):
            return own, None, [self.year - 1]
        stale = self.years and self.years[-1] != self.year - 1
        if (
            not own
            and stale
            and (self._opens_on_the_year_before(a, b) or self._opens_on_years_past(a))
        ):
            # a year the paragraph carried from before (…部署2022年经济工作。⏎刚刚过去的一年,
            # 南县成功跻身…30强。预计全年…) gives way; where none is, the sentences after
            # go on as they are read (过去一年,…增长6.5%。综合考虑…,建议…增长6%左右)
            self.years, self.named_at = [self.year - 1], a
        relative = _OPENS_WITH_ITS_YEAR.match(self.norm, a, b) if not own and self.year else None
        if relative is not None:  # 去年,临沂实现…。…城镇化率达53.2%: the paragraph's year
            said = self.year + lx.RELATIVE_YEAR[relative["word"]]
            # (今年1-11月,街道实现…: the year so far, reviewed as the year before a report's is)
            so_far = said == self.year and cues.SO_FAR.search(self.norm, a, b) is not None
            self.years, self.named_at = [said - 1 if so_far else said], a
        first = reached[0] if reached else self.years[-1] if self.years else None
        years = own or self.years
        if reached:
            self.years, self.named_at = reached, a
        return own, first, years


# A sentence that opens with the year it speaks of said in a word (去年,…; 《计划》提出,今年…),
# not one that compares with it (利润较上年增长12%).
_OPENS_WITH_ITS_YEAR = re.compile(
    rf"(?:[^,;。\d]{{0,8}},)?(?P<word>{'|'.join(lx.RELATIVE_YEAR)})(?!以来|同期|底|末)"
)
# (and, in a sentence with no figure, 过去一年 and 一年来: after a page's contents named
# other years, 2025年和“十四五”工作回顾;…2026年工作要点。岑永杰说,过去一年,…)
# (only 过去一年 as a clause of its own: 去年,习近平总书记亲临我县视察 or 一年来的实践… before
# a targets paragraph say nothing of the figures after them; and the genre's 过去一年很不平凡,
# 过去的一年是极不平凡的一年)
_OPENS_WITH_YEARS_PAST = re.compile(
    r"(?:[^,;。\d]{0,8},)?(?:[一二两三四五六七八九十\d]+年来|(?:建区|建县|建市|设区|建镇|成立)以来),"
)
_OPENS_WITH_THE_YEAR_BEFORE = re.compile(
    r"(?:[^,;。\d]{0,8},)?(?:刚刚|刚)?过去的?一年(?:,|[^,;。\d]{0,6}不平凡)"
)
# A clause of it that opens on the year ahead (过去一年很不平凡,新的一年要咬定目标不放松): the
# sentence goes on to that year (but not …,为今年发展打下了坚实基础, nor 将 or 要 as in
# …坚持将高质量发展作为首要任务, which look back).
_THE_YEAR_AHEAD = re.compile(rf"[,;]\s*(?:{_AHEAD})")


def _speaks_ahead(norm: str, a: int, b: int, year: int) -> bool:
    """Whether a sentence that opens on several years speaks of years to come: a plan's
    period not yet over (“十四五”期间,全区新增城镇就业5万人 in 2021), or its words
    (…期间,全县将新增…); not years past (五年来,全县将生态保护摆在突出位置: 将 as 把)."""
    opening = norm[a : min(b, a + 40)]
    if _YEARS_PAST.search(opening):
        return False
    plan = _A_PLANS_PERIOD.search(opening)
    if plan is not None and plans_last_year(plan[1]) >= year:
        return True
    return cues.AHEAD.search(norm, a, b) is not None or _WILL.search(norm, a, b) is not None


_YEARS_PAST = re.compile(
    r"年来|过去|[这近][一二两三四五六七八九十\d]+年"
)  # (not 三年间: ahead or back)
_A_PLANS_PERIOD = re.compile(lx.FIVE_YEAR_PLANS_NUMERAL)
_WILL = re.compile(r"将(?!近)")  # (将 as "will"; 将近 is "nearly")
