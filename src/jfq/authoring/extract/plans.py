"""Where a report's body plans the year without a cue: a district's work for the year,
written as prose (培育认定高新技术企业50户、科技型企业200户以上), names no year and no word
of a plan in the sentence that states the figure.  A reader knows it is a plan from
around it, in one of two ways:

- a sentence of its line strove before it (确保…建成投用。…培育认定高新技术企业50户), and
  the line nowhere speaks of the past;
- a sentence before it announced the year's work (今年…将着力做好七方面工作, 二、2025年
  工作安排, 县政府将…重点抓好15件大事), and no paragraph since has opened on the past
  (过去一年, 2024年…).

reviews.py reads such a sentence as it reads one after the targets block, in a text that
has no targets block: where one is, what comes before it is the review (确保经济运行在合理
区间 is a review's purpose there) and what comes after it is read as the plan already.
"""

from __future__ import annotations

import re

from jfq.authoring.extract import cues
from jfq.authoring.extract.sentences import DIGIT, PARAGRAPH_LOOK_BACK
from jfq.authoring.extract.years import YEAR

# A sentence that strives for something, read as the mark of a plan around it:
# 力争 (not inside 全力争取, 努力争取, 奋力争先), and 确保 with a figure or a thing done after
# it (确保粮食种植面积稳定在120万亩以上, 确保…建成投用), not a purpose (确保经济运行在合理
# 区间, 确保惠企政策精准滴灌) or what was made sure of (确保了全年目标任务圆满完成).  cues.STRIVE
# is wider: a sentence's own 确保 (确保完成市下达任务) sets a target whatever follows it.
_STRIVES_FOR = re.compile(
    r"(?<![全努奋竭])力争|确保(?!了)[^,;。]{0,30}?"
    r"(?:\d|完成|实现|达到|建成|投用|投产|投运|开工|竣工|完工|通车|落地|见效|稳定在|控制在|保持在)"
)
# How a plan in prose qualifies its figures (以上, 以内, 左右 …, and cues.STRIVE's words): a
# subset of lx.BEFORE and lx.AFTER, for reviews say 超过, 近 and 多 as often.
_PLANS_QUALIFIER = re.compile(
    rf"\d[^,;。]{{0,6}}(?:以上|以内|左右)|不低于|不少于|不超过|{cues.STRIVE.pattern}"
)
# A paragraph's heading that is a task (提升城市文明程度。 繁荣发展文化事业。): a verb first,
# in a short sentence of its own.
_TASK_HEADING = re.compile(rf"(?:{cues.TASK_VERBS})[^,;。!\d]{{2,12}}[。!]")
# A plan's qualifier at a clause's end (5万盏以上, 1000场以上、): not 1亿元以上项目, a kind.
# (以上 only: a review keeps a rate 控制在3.5%以内 as often as a plan does)
_PLANS_QUALIFIER_AT_END = re.compile(r"\d[^\d,;。、]{0,4}以上(?=[,;。、]|$)")
# A numbered section's heading, on its own line: (三)坚持民生优先,群众生活持续改善.
_SECTION_HEADING = re.compile(
    r"(?m)^\s*(?:[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)[^\n]*$"
)
# The year's work announced: the year, then what will be done (将着力做好七方面工作,
# 重点抓好以下工作, 2025年工作安排), in a sentence that states no figure of its own.
_THE_YEAR = re.compile(r"今年|本年|新的一年|新一年")
_WORK_NAMED = r"工作(?:安排|部署|重点)|重点工作|主要任务"
# (将 as 把 is no "will": 我们将民生实事作为头等大事)
_WILL = re.compile(rf"将{cues.NOT_AS_BA}|要|计划|打算|力争")
_WORK_AHEAD = re.compile(
    rf"(?:将|要|重点|着力|全力|主要)[^,;。\d]{{0,16}}(?:工作|任务)|{_WORK_NAMED}"
)
# A news lead that asks what this year's goals are (今年深圳将怎么做,有哪些新目标?): it
# announces them; not a sentence that says goals were met (年初确定的目标清单全部完成).
_NEW_GOALS_ASKED = re.compile(r"(?:哪些|有啥|怎么|如何)[^。]{0,16}新目标|新目标[^。]{0,8}[?？]")
# A numbered heading of the year's work (二、2025年工作安排), not a news page's title
# (某县召开2024年重点工作部署会).
_HEADING_OF_WORK = re.compile(rf"[一二三四五六七八九十]+、[^。\n]{{0,12}}(?:{_WORK_NAMED})")
# The year's work counted as it is announced (将重点抓好15件大事, 要着力做好七个方面工作).
_TASKS_COUNTED = re.compile(
    r"(?:将(?![^。]*作为)|要)[^。]{0,16}(?:抓好|做好|办好|抓实|推进|实施)[^。\d]{0,4}"
    r"(?:\d+|[一二三四五六七八九十]+)(?:件|项|个方面|方面|大)"
)


# The work a report counts as it heads it (今年重点做好11项工作, 突出抓好八个方面重点工作):
# the count of its own sections, no figure.
# (not 办好10件大事, 办好省定10项重点任务: deeds a review says were done)
_WORK_COUNTED = re.compile(
    r"(?:抓好|做好|抓实|干好)[^。\d]{0,4}(?:\d+|[一二三四五六七八九十]+)"
    r"(?:项|个方面|方面|个)(?:重点|方面)?工作"
)


def counts_the_work(norm: str, a: int, b: int) -> bool:
    """Whether the sentence norm[a:b] counts the work it heads and states no figure but the
    count (今年重点做好11项工作, after a news page's targets), whatever mood it is read in."""
    said = YEAR.sub("", norm[a:b])  # (2026年,全市重点做好11项工作)
    counted = _WORK_COUNTED.search(said)
    return counted is not None and _the_only_figure(said, counted)


def _the_only_figure(said: str, counted: re.Match[str]) -> bool:
    """Whether the count ``counted`` is the only figure ``said`` (a sentence, its years
    taken out) states: …15件大事,计划投资30亿元 states another."""
    return not DIGIT.search(said, 0, counted.start()) and not DIGIT.search(said, counted.end())


def _announces(norm: str, a: int, b: int, year: int) -> bool:
    """Whether the sentence announces the year's work, and states nothing else: it names
    this year and what will be done in it (2019年,张店区将以…为引领; 二、2025年工作安排),
    counts the work to come (县政府将…重点抓好15件大事), or says the year's work after
    naming the year earlier in its line (今年,是…开局之年。武山县将着力做好七方面工作).
    A year further on is a plan's horizon (按照到2025年要基本建成…的要求), not this year.
    (The caller has read that the sentence speaks of no past.)"""
    own = [int(y) for y in YEAR.findall(norm, a, b)]
    if any(y != year for y in own):
        return False
    said = YEAR.sub("", norm[a:b])
    counted = _TASKS_COUNTED.search(said)
    if counted is not None:
        return _the_only_figure(said, counted)
    if DIGIT.search(said):
        return False
    if own:
        return _WILL.search(norm, a, b) is not None or _HEADING_OF_WORK.match(norm, a) is not None
    if not (_WORK_AHEAD.search(norm, a, b) or _NEW_GOALS_ASKED.search(norm, a, b)):
        return False
    line = norm.rfind("\n", 0, a) + 1
    return _THE_YEAR.search(norm, line, b) is not None and cues.PAST.search(norm, line, b) is None


def _speaks_of_the_past(norm: str, a: int, b: int, year: int, *, in_a_plan: bool = False) -> bool:
    """Whether the sentence speaks of the past: a word of it or an earlier year.  In a plan
    (``in_a_plan``) 累计 alone is a plan's total in a sentence that strives (全力夺取开门红,累计
    培育税收亿元以上楼宇5幢), not the past's; not where it says the stock to date (目前…)."""
    past = cues.PAST.search(norm, a, b) or _A_REVIEWS_HEADING.search(norm, a, b)
    a_plans_total = (
        in_a_plan and _STRIVING.search(norm, a, b) is not None and not _TO_DATE.search(norm, a, b)
    )
    while a_plans_total and past is not None and past[0] == "累计":
        past = cues.PAST.search(norm, past.end(), b)
    return past is not None or any(int(y) < year for y in YEAR.findall(norm, a, b))


_TO_DATE = re.compile(r"目前|现有|已有|截至|至今|迄今")
# A news page's heading of the year's results (【成绩单】, 回眸2024, 数说2024): the past.
_A_REVIEWS_HEADING = re.compile(r"成绩单|回眸|数说")
# What a plan's sentence strives with (全力夺取开门红,累计培育…5幢): its 累计 is a plan's total.
_STRIVING = re.compile(rf"{cues.PLANS_WORD}|全力|奋力|着力")


# A sentence that opens on the report's year and what will be done in it, and states the
# year's targets too (2023年,罗星街道将坚持…,全年地区生产总值增长8%以上,…): the plan opens.
_OPENS_ON_THE_YEARS_WORK = re.compile(rf"{cues.YEAR_THEN_WILL}{cues.NOT_AS_BA}")


# A line that is only a target, as an infographic lists them (地区生产总值增长5%左右⏎固定资产
# 投资总额增长5%以上⏎…): one short clause, its figure about a value or a range.
# (not a results line's months or years in brackets: 增长8.2%(1-11月))
_TARGETS_LINE = re.compile(
    r"[^,;。\n()（）]{2,30}\d(?:\.\d+)?%?(?:左右|(?:-|—|～|~|至)\d+(?:\.\d+)?%)"
)


def _a_targets_line(norm: str, a: int, b: int) -> bool:
    whole = (a == 0 or norm[a - 1] == "\n") and (b == len(norm) or norm[b] == "\n")
    return whole and b - a <= 40 and _TARGETS_LINE.fullmatch(norm, a, b) is not None


class PlanMood:
    """Whether each sentence, read in order, is in a plan of the year's work.  Made with
    ``year`` 0, it reads none, at no cost: reviews.py does so for a text with a targets
    block, or one that is all review (a statistics bulletin)."""

    def __init__(self, norm: str, year: int) -> None:
        self.norm, self.year = norm, year
        self.announced = False
        self._opened_on_targets = False
        self.announcing = False  # the sentence just read announced the work: no figure's
        self._line = (-1, -1, False)  # the last line read, and whether it speaks of no past
        # whether the line before planned a figure, and whether this one has so far
        self._carried = self._planned = False

    def read(self, a: int, b: int) -> bool:
        """Whether norm[a:b], the next sentence, is in a plan: after a sentence of its line
        that strove, or after one that announced the year's work with no paragraph since
        opening on the past; and it speaks of no past of its own.  What comes before the
        striving does not count: 推出25项政策。今年力争新增市场主体5万户 reviews, then plans."""
        norm, year = self.norm, self.year
        if not self.year:
            self.announcing = False
            return False
        opens = a == 0 or norm[a - 1] == "\n"
        if opens:
            self._carried, self._planned = self._planned, False
        past = _speaks_of_the_past(norm, a, b, year, in_a_plan=self.announced)
        # a paragraph that speaks of the past is the review again; after a plan that opened
        # on its targets (2025年,全县将…,全年地区生产总值增长6%左右), any sentence that does
        if (opens or self._opened_on_targets) and self.announced and past:
            self.announced = False
        self.announcing = not past and _announces(norm, a, b, year)
        if self.announcing:
            self.announced, self._opened_on_targets = True, False
            return False
        opening = _OPENS_ON_THE_YEARS_WORK.match(norm, a, b)
        if not past and opening is not None and int(opening[1]) == year:
            # (its own figures are read as any sentence's that looks ahead: by its year)
            self.announced = self._opened_on_targets = True
        planned = not past and (
            self.announced
            or self._line_strives(a)
            or _a_targets_line(norm, a, b)
            or self._line_tasked(a)
        )
        carried = not past and not planned and self._goes_on(a, b)
        # (planned by what came before it in its line, not by its own striving nor carried:
        # a striving headline or review sentence alone carries nothing, and a carried line
        # carries no further)
        self._planned = self._planned or (planned and DIGIT.search(norm, a, b) is not None)
        return planned or carried

    def _goes_on(self, a: int, b: int) -> bool:
        """Whether the line before planned figures, this one nowhere speaks of the past, and
        the sentence qualifies its figures as a plan does (…确保粮食总产量稳定在13亿斤以上。
        ⏎加快现代农业建设。…新增家庭农场10家以上; but 新增规上工业企业15家 reviews)."""
        return (
            self._carried
            and self._line_clean(a)
            and _PLANS_QUALIFIER.search(self.norm, a, b) is not None
        )

    def _line_clean(self, a: int) -> bool:
        start, end, clean = self._line
        if not start <= a < end:
            start = self.norm.rfind("\n", 0, a) + 1
            end = self.norm.find("\n", a)
            end = len(self.norm) if end < 0 else end
            clean = not _speaks_of_the_past(self.norm, start, end, self.year)
            self._line = (start, end, clean)
        return clean

    def _line_tasked(self, a: int) -> bool:
        """Whether the sentence's line opens on a task to do, as a heading (提升城市文明程度。
        …创建“美丽街区”30个,改造提升路灯5万盏以上), qualifies a figure as a plan does at a
        clause's end, and nowhere speaks of the past: a plan's paragraph."""
        if not self._line_clean(a):
            return False
        start, end, _ = self._line
        heading = _TASK_HEADING.match(self.norm, start, end)
        return (
            heading is not None
            and _PLANS_QUALIFIER_AT_END.search(self.norm, start, end) is not None
            and not self._under_a_review_heading(start)
        )

    def _under_a_review_heading(self, start: int) -> bool:
        """(三)坚持民生优先,群众生活持续改善⏎强化就业保障。…: a section of the review, its
        paragraphs headed by tasks as a plan's are."""
        headings = list(_SECTION_HEADING.finditer(self.norm, max(0, start - 800), start))
        if not headings:
            return False
        last = headings[-1]
        return cues.HOW_IT_WENT.search(self.norm, last.start(), last.end()) is not None

    def _line_strives(self, a: int) -> bool:
        """Whether the sentence's line strove before it (确保…建成投用。推进…行动,培育认定
        高新技术企业50户) and nowhere speaks of the past.  A line, not the text: review
        paragraphs often hold no word of the past, and a striving headline or review
        sentence (确保粮食播种面积稳定在120万亩以上) would make every one after it a plan.
        Only a line that planned figures and spoke of no past carries on (_goes_on), and
        only to lines that speak of no past either."""
        if not self._line_clean(a):  # (which reads the line first: its start below)
            return False
        start = max(self._line[0], a - PARAGRAPH_LOOK_BACK)
        return _STRIVES_FOR.search(self.norm, start, a) is not None
