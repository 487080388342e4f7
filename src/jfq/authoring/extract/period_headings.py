"""The years a heading such as 过去5年 or “十四五”时期工作回顾 gives the lines under it.

A review's section under such a heading may speak of its years together or of the last
of them: 五年来…2021年,预计实现地区生产总值56.6亿元 gives the year's figures, and a
section that names no year of its own (“十四五”时期工作回顾 / • 新增铁路里程989公里)
counts what it did over the years.  reviews.py reads each sentence's span from here, and
whether the sentence stands under a heading of the review at all (ReviewHeading), and
the heading a digest's short line is under (heading_of).  blocks.py ends a targets block
at a review's heading (a_review_heading) or at a plan's years (opens_a_plan).
"""

from __future__ import annotations

import re

from jfq.authoring.extract import cues
from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.horizons import plans_horizon
from jfq.authoring.extract.sentences import DIGIT, ENDS_ITS_LINE
from jfq.authoring.extract.spans import span_of, years_counted
from jfq.authoring.extract.years import YEAR, plans_last_year

# A heading that names the years it sums up (社会民生明显改善的五年), on a line of its own.
_THE_YEARS_NAMED = re.compile(r"[^\n]*的([0-9]{1,2}|[一二三四五六七八九十两]+)年[。!]?$")
_YEARS_NAMED_END = ("年", "年。", "年!")
# A long line that sums up years heads the lines after when it is numbered (一、…的五年, (一)…
# 的五年) or opens on its span and says what it was (过去的五年,是…的五年), not a paragraph's
# closing remark (…走过了极不平凡的三年, 这是极为艰辛的三年).
_A_NUMBERED = re.compile(rf"\s*(?:{cues.HEADING.pattern}|[(（][一二三四五六七八九十]+[)）])")
_A_SPAN_SAID = re.compile(r"[\s—\-]*(?:过去的?|这)[一二三四五六七八九十\d]+年,?是")  # (——这五年,是)


def _the_years_named(norm: str, a: int, b: int) -> int | None:
    """How many years a heading line sums up (社会民生明显改善的五年: 5), else None; not a
    paragraph's opening sentence (这五年,是…跨越赶超的五年。2017年到2021年,…)."""
    line_end = norm.find("\n", a)
    line_end = len(norm) if line_end < 0 else line_end
    whole_line = (a == 0 or norm[a - 1] == "\n") and line_end <= b + 1
    named = _THE_YEARS_NAMED.match(norm, a, line_end) if whole_line else None
    return years_counted(named[1]) if named is not None else None


class PeriodHeading:
    """The span the last heading gave (``years``), read sentence by sentence; and
    ``counted``, that span while nothing since the heading (nor the heading) named one
    year, for a sentence with no span of its own: what a count or a change of the
    section is over."""

    def __init__(self, norm: str, year: int = 0) -> None:
        self.norm, self.year = norm, year  # (the report's: has a plan “以来” ended?)
        self.years: int | None = None
        self._alone = self._own_span = False
        self._plan = ""  # the plan the heading names (四 of “十四五”时期), if any

    def read(self, a: int, b: int) -> int | None:
        """The span over the sentence norm[a:b]: a heading's (a short line) until the
        next heading (二、…, 过去一年)."""
        norm = self.norm
        # (a line that says what the years it sums up were heads what follows, however long:
        # 过去的五年,是综合实力显著增强的五年。⏎地区生产总值从497.8亿元增加到779亿元; 一、經濟
        # 社會發展取得巨大成就的五年; not a remark that closes a paragraph: …走过了极不平凡的三年。)
        short = b - a <= 16
        heading = short or (
            b - a <= 40
            and norm.endswith(_YEARS_NAMED_END, a, b)
            and (_A_NUMBERED.match(norm, a) is not None or _A_SPAN_SAID.match(norm, a) is not None)
            and _the_years_named(norm, a, b) is not None
        )
        if self.years is None and not heading:
            return None  # (most sentences: no heading's span to read on from)
        # (疫情发生以来,…: a span of its own; not “十四五”以来 under the plan's own heading)
        since = norm.find("以来", a, b) if self._alone else -1
        plans = _A_PLANS_SINCE.search(norm, a, since + 2) if since >= 0 else None
        self._own_span = since >= 0 and (plans is None or plans[1] != self._plan)
        if heading:
            if cues.HEADING.match(norm, a) or "过去一年" in norm[a:b]:
                self.years = None
            spanned = (short and span_of(norm, a, b)) or _the_years_named(norm, a, b)
            if spanned:
                plan = _A_PLAN.search(norm, a, b)
                self._plan = plan[1] if plan is not None else ""
                self.years = self._plans_years(plan[1]) if plan is not None else spanned
                self._alone = self._whole(a, b) and not self._one_year(a, b)
                return self.years
        if self._alone and self._one_year(a, b):
            self._alone = False  # (2021年,预计实现…; 一年来,…: the section's years part)
        return self.years

    def _whole(self, a: int, b: int) -> bool:
        """Whole years: 过去五年, “十四五”时期, and a plan's since when it has ended (“十三五”
        以来 in a report of 2021); not “十四五”以来 in one of 2024, counted from its start."""
        if span_of(self.norm, a, b, plans_since=False) or _the_years_named(self.norm, a, b):
            return True
        plan = _A_PLAN.search(self.norm, a, b)
        return plan is not None and bool(self.year) and plans_last_year(plan[1]) < self.year

    def _plans_years(self, numeral: str) -> int:
        """The years of a plan reviewed, up to the year before the report's (“十四五”时期
        in a report of 2025: 2021–2024, four; 十三五以来 in one of 2022: 2016–2021, six)."""
        if not self.year:
            return 5
        return max(1, self.year - plans_last_year(numeral) + 4)

    def _one_year(self, a: int, b: int) -> bool:
        """A sentence of one year (2021年,预计…; 一年来…; 较2021年增长5%, the year's change),
        not one that names the years' base (是2011年的2.2倍; 比2017年增长50% under 过去五年 in
        a report of 2023: the years' change)."""
        norm = self.norm
        base = self.year - (self.years or 0) - 1 if self.year else 0
        return any(
            not _A_MULTIPLES_BASE.match(norm, m.end()) and int(m[1]) > base
            for m in YEAR.finditer(norm, a, b)
        ) or any(norm.find(word, a, b) >= 0 for word in ("一年", "去年", "今年", "上年"))

    @property
    def counted(self) -> int | None:
        return self.years if self._alone and not self._own_span else None


_A_PLAN = re.compile(lx.FIVE_YEAR_PLANS_NUMERAL)
_A_MULTIPLES_BASE = re.compile(r"(?:末|底)?的[近约超逾]?[\d.]+倍")
_A_PLANS_SINCE = re.compile(_A_PLAN.pattern + r'[”"]?以来')


# The review heading the lines read are under: none, a numbered one, one on a line of its own.
_NONE, _NUMBERED, _OWN_LINE = 0, 1, 2


class ReviewHeading:
    """Whether the lines read, in order, are under a heading of the review: a numbered one (一、
    2017年工作回顾) till the next numbered heading that does not review (二、2024年主要工作);
    one on a line of its own above numbered parts (2019年工作回顾⏎一、经济发展展现新活力) till a
    heading of the plan (2020年工作计划, 展望2018年, one that names the report's ``year``) or a
    sentence that announces the year's work (新的一年,全县将重点抓好…)."""

    def __init__(self, norm: str, year: int) -> None:
        self.norm, self.year = norm, year
        self.under = _NONE
        self.since = -1  # where the heading the lines are under begins
        self.heads_a_review = False  # whether the line read is itself a review's heading

    def read(self, a: int, b: int, *, announcing: bool) -> bool:
        """Whether norm[a:b], the next line or sentence, is under a review heading; a line
        that announces the year's work (``announcing``, a line of its own with no 了) ends it."""
        norm = self.norm
        line = norm[a - 1 : a] in ("\n", "") and norm[b - 1 : b + 1].strip(" ") in ("\n", "")
        announced = announcing and line and "了" not in norm[a:b]
        self.heads_a_review = False
        under = _NONE if announced else self._after(a, b)
        if under != _NONE and (self.under == _NONE or self.heads_a_review):
            self.since = a  # (the latest heading: (一)主要指标完成情况 after the year's targets)
        self.under = under
        return self.under != _NONE

    def _after(self, a: int, b: int) -> int:
        norm, under = self.norm, self.under
        if b - a > 24 or norm[a - 1 : a] not in ("\n", ""):
            return under
        plan = cues.PLAN_HEADING.search(norm, a, b)
        ahead = any(int(y) >= self.year for y in YEAR.findall(norm, a, b))
        review = cues.REVIEW_HEADING.search(norm, a, b)
        digits = _IN_DIGITS.match(norm, a) is not None and not cues.HEADING.match(norm, a)
        if digits and not review:
            return under  # (1.经济运行稳中向好 under 一、去年工作回顾: a part of it, no end)
        if not (cues.HEADING.match(norm, a) or digits):
            if not _A_TITLE_LINE.fullmatch(norm, a, b) or (review and (plan or ahead)):
                return under  # (a news page's title, 回顾过去一年 展望美好未来, turns nothing)
            self.heads_a_review = review is not None
            return _OWN_LINE if review else _NONE if plan or ahead else under
        if review:
            self.heads_a_review = True
            return max(under, _NUMBERED)
        # (二、2020年主要工作 ends it; 一、为2020年发展打下坚实基础, a part of the review, not)
        work = ahead and cues.WORK_HEADING_END.search(norm[a:b].rstrip())
        return _OWN_LINE if under == _OWN_LINE and not (plan or work) else _NONE


# A heading numbered in digits (1.去年工作回顾:, (1)…), as 一、 numbers one.
_IN_DIGITS = re.compile(r"\s*(?:\d{1,2}[.、．](?!\d)|[(（]\d{1,2}[)）])")
# A heading alone on its line, with no sentence's marks (2019年工作回顾⏎).
_A_TITLE_LINE = re.compile(r"[^,;。:!?\n]{4,20}\n?")


def heading_of(norm: str, a: int, b: int) -> tuple[int, int] | None:
    """For a digest's short line (国内生产总值增长5%), the heading above it that says what
    it is (一、2025年工作回顾, 过去5年): the nearest short line before it with no figure,
    within a few lines; None for a sentence of running text."""
    if b - a > 40 or norm[a - 1 : a] not in ("\n", ""):
        return None
    end = a - 1
    for _ in range(12):
        start = norm.rfind("\n", 0, max(end, 0)) + 1
        line = norm[start:end].strip()
        if line and len(line) <= 30 and not DIGIT.search(YEAR.sub("", line)):
            return (start, end) if cues.HEADING_WORD.search(line) else None
        if start == 0:
            return None
        end = start - 1
    return None


class PlanHeading:
    """The last year of a plan whose goals a heading line sets (“十四五”主要目标, 今后五年的
    主要任务, in a report of 2021: 2025), for the task paragraphs under it, which set them
    with no year of their own (力争…增加到4000家以上), read sentence by sentence; None from
    a heading of another time (今年主要预期目标, 2021年重点工作, 过去一年) or the next heading
    numbered as the plan's was (二、“十四五”时期主要目标任务 … 三、扎实做好重点工作)."""

    def __init__(self, norm: str, year: int) -> None:
        self.norm, self.year = norm, year
        self.ahead: int | None = None
        self._numbered = False  # (the plan's heading was a chapter's: 二、)

    def read(self, a: int, b: int) -> int | None:
        norm = self.norm
        if b - a > 24 or (a > 0 and norm[a - 1] != "\n") or norm.find(",", a, b) >= 0:
            return self.ahead  # (not a heading: a line of its own, short, not a sentence's)
        # (its own years in brackets are the plan's: “十四五”时期(2021-2025年)主要目标)
        line = _PLANS_YEARS.sub("", norm[a:b])
        chapter = cues.HEADING.match(line) is not None
        if _A_PLANS_GOALS.search(line) and not _ANOTHER_TIME.search(line):
            horizon = plans_horizon(norm, (a, b), (b, b), self.year or None)
            self.ahead = horizon if horizon is not None and horizon > self.year else None
            self._numbered = chapter
        elif _ANOTHER_TIME.search(line) or (chapter and self._numbered):
            self.ahead = None
        return self.ahead


# A plan's years and its goals, in a heading (“十四五”主要目标, 今后五年的主要任务).
_A_PLANS_GOALS = re.compile(
    rf"(?:(?:今后|未来)[五5]年|[“\"]?{lx.FIVE_YEAR_PLAN}[”\"]?)[^\n]{{0,8}}(?:目标|任务|蓝图|展望)"
)
_PLANS_YEARS = re.compile(r"[(（](?:19|20)\d\d\s*[-—–~至到]\s*(?:19|20)\d\d年?[)）]")
# The time a heading of the year's work or of the review names.
_ANOTHER_TIME = re.compile(rf"今年|全年|明年|年度|{YEAR.pattern}|过去|回顾|一年来|以来")


# Where a targets block ends (blocks.py): at a review's heading, or at a plan's years.
def a_review_heading(norm: str, a: int, b: int) -> bool:
    """A line of its own that heads a review (一、去年工作回顾:, 2020年工作回顾), no figure's."""
    line = norm[a - 1 : a] in ("\n", "") and ENDS_ITS_LINE.match(norm, b) is not None
    heading = line and b - a <= 24 and cues.REVIEW_HEADING.search(norm, a, b) is not None
    marker = cues.MARKERS.match(norm, a, b)  # (1.去年工作回顾: numbered in digits)
    return heading and not _A_FIGURE.search(YEAR.sub("", norm[marker.end() if marker else a : b]))


_A_FIGURE = re.compile(r"\d")


# A sentence that opens on a plan's years (“十四五”期间, 今后五年) or a later horizon (到2025年).
_A_PLAN_OPENS = re.compile(
    rf"\s*(?:“?{lx.FIVE_YEAR_PLAN}”?(?:时期|期间)|(?:今后|未来)[五5]年|到((?:19|20)\d\d)年)"
)


def opens_a_plan(norm: str, a: int, b: int, year: int | None) -> bool:
    """True when norm[a:b] opens on a plan's years or a horizon after ``year`` (到2025年)."""
    opening = _A_PLAN_OPENS.match(norm, a, b)
    if opening is None:
        return False
    return opening[1] is None or (year is not None and int(opening[1]) > year)
