"""Whether a sentence reviews the months so far of the report's year: a half-year report's
review, whose figures are the year's so far, not its targets, and not the year before's.  A
sentence does under a heading of the months (一、2019年上半年国民经济和社会发展计划执行情况), in a
text that opened on them (2023年上半年,完成地区生产总值…), or, once the text has dated the months
to that year (今年1至6月), where it names them or goes on in their paragraph; each with no
plan's word.  reviews.py hears every sentence through review_readers.Readers (MonthsReview.read)
and asks, right after, of those that state a figure outside a block (MonthsReview.reviews).
Whether a sentence plans them is months_plans.py's; a row's year and name, months_rows.py's."""

from __future__ import annotations

import re
from functools import cached_property

from jfq.authoring.extract import cues
from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.months_plans import (
    A_PLANS_VERB,
    THE_REST,
    a_plan,
    names_the_years_target,
    qualified_as_a_plan,
)
from jfq.authoring.extract.years import YEAR

# A heading's line (a title's too: 庄桥街道2021年上半年工作总结和下半年工作思路) of the months
# so far, and what was done in them; its year, if it names one, the report's.
_A_MONTHS_HEADING = re.compile(  # (and a quarter's: 一、 二季度经济运行情况)
    rf"[^\n。,]{{0,16}}?(?:((?:19|20)\d\d)年)?(?:{cues.EARLY_MONTHS_SAID}|第?[二三]季度)"
    r"[^\n。,]{0,30}?(?:执行|情况|运行|总结|回顾|报告)"  # (中山街道2023年上半年政府工作报告)
)
# A heading of the rest of the year (二、下半年工作安排, (二)全年预计完成情况, 二、下一步工作措施),
# or of the year's targets (一、经济社会发展主要预期目标), not of what was done of them ((一)主要
# 目标完成情况).
_THE_REST_OF_THE_YEAR = re.compile(r"下半年|四季度|全年|下一?步|下阶段")
_THE_YEARS_WORK = re.compile(r"目标|任务|安排|打算|思路|建议|措施|举措|计划")
_WHAT_WAS_DONE = re.compile(r"情况|执行|完成|成效|回顾")
_THE_MONTHS = re.compile(cues.EARLY_MONTHS_SAID)


_PAST = r"过去(?!的?半年)"  # (not 过去的半年, this year's)
_WORDS_OF_THE_YEAR_BEFORE = re.compile(
    rf"(?:去年|上年)(?!同期)|{_PAST}|一年来"
)  # (not 同比, 比上年同期)
_YEARS_PAST = re.compile(rf"{_PAST}|[\d一二三四五六七八九十]年来|{lx.FIVE_YEAR_PLAN}")
# (and a sentence of them: “十二五”以来,…年均增长10%; not 谋划“十五五”重点项目, a plan ahead)
_YEARS_SINCE = re.compile(
    rf"[\d一二三四五六七八九十]年来|{lx.FIVE_YEAR_PLAN}”?(?:以来|期间|时期|末)"
)
_THE_YEARS_BEFORE = re.compile(f"{_WORDS_OF_THE_YEAR_BEFORE.pattern}|{_YEARS_PAST.pattern}")
# What only a review of a whole year says: its whole year's figure (全年地区生产总值增长3.6%,
# 地区生产总值全年增长4.2%; not 预计全年…, 上年全年…, 完成全年目标…, nor a plan's 确保全年完成…
# 248亿元) or its quarters one by one (经济运行逐季向好); and, in its first two lines, a
# dateline of January to March (——2024年1月10日在…, 1月8日上午,…大会隆重开幕): the months
# such a text names are the year reviewed's.
_A_WHOLE_YEARS_FIGURE = re.compile(
    r"(?<!预计)(?<![上去]年)(?<!预计今年)全年(?!目标|任务|计划|预计)[^;。\n]{0,24}?\d|逐季"
)
_AN_EARLY_DATELINE = re.compile(r"(?<!\d)[1-3]月\d{1,2}日")


def _a_whole_years_review(norm: str, start: int) -> bool:
    """Whether the text (from ``start``, its first character) reviews a whole year
    (_A_WHOLE_YEARS_FIGURE, or a dateline of January to March in its first two lines)."""
    second_line_end = norm.find("\n", norm.find("\n", start) + 1)
    opening = norm[start : second_line_end if second_line_end >= 0 else len(norm)]
    if _AN_EARLY_DATELINE.search(opening):
        return True
    so_far = _SO_FAR_THIS_YEAR.match(norm, start) is not None
    for said in _A_WHOLE_YEARS_FIGURE.finditer(norm):
        # (a plan's verb rules the clauses after it: 确保全年新签约项目30个,新竣工项目全年新增…)
        sentence_start = max(norm.rfind("。", 0, said.start()), norm.rfind("\n", 0, said.start()))
        # (a 今年以来 text's months' total so far: 上半年,…;核心景区一次进山人数全年累计36.21万人)
        months = so_far and _OPENS_ON_THE_MONTHS.match(norm, sentence_start + 1) is not None
        if months and said[0].startswith("全年累计"):
            continue
        if A_PLANS_VERB.search(norm, sentence_start + 1, said.end()) is None:
            return True
    return False


_SO_FAR_THIS_YEAR = re.compile("今年以?来")
# (and a sentence opening on 今年 before any word of years past: 今年全市经济继续向好。一季度…)
_THIS_YEAR_OPENS = re.compile("今年(?!是|的|工作|以?来)")
# What a text that opened on the months plans after them: what is expected (not 进展好于预期,
# nor the 预期目标 the months are measured against) and the whole year.
_PLANNED_AFTER_THE_MONTHS = re.compile(rf"{cues.EXPECTED}(?!目标)|全年(?!目标|任务|计划)")
# Months a sentence names other than those so far (1-11月, 四季度, 下半年): they end a paragraph
# that went on about the months so far.
_ANY_MONTHS = re.compile(r"\d{1,2}月|季度|半年")
# A sentence that opens on the months so far, after a lead of a few words (在各方面共同努力下,).
# (前三季度 and 1—9月 are a report's given at the year's end too, as its latest, at the 两会
# after: 武威 2022's 今年以来,…。前三季度,全市实现生产总值…; a page of those months, given
# in October, is the commoner: batches 418-425 had eight, the corpus one such report.)
# (and looking back on them: 回顾上半年,开发区…交出了亮眼成绩单:GDP同比增长6.9%)
_OPENS_ON_THE_MONTHS = re.compile(
    rf"(?:[^,;。\d]{{0,20}},)?(?:回顾|总结|纵观|盘点)?{cues.EARLY_MONTHS_SAID}"
)
# Months up to October or November, opening a line of a page of them (10月份,示范区…; 1-11月,
# 全区完成…), and as its sentences name them after (_opens_on_later_months).
_LATER_MONTHS_NAMED = r"(?:1月?|元月?)[-—–~至到]1[01]月|截至1[01]月[底末]|前1[01]个月"
_LATER_MONTHS = re.compile(rf"(?:{_LATER_MONTHS_NAMED}|1[01]月)份?,")
_THE_LATER_MONTHS = re.compile(_LATER_MONTHS_NAMED)
_NOT_A_MONTHS_PAGE = re.compile(rf"全年|明年|打算|安排|力争|工作总结|{_PAST}|年来")
# (截至6月底,全镇…, opening a sentence, or a numbered one with the year: 一、截至2015年8月底,
# 累计完成…; not a deadline, 截止2024年10月底前,全县完成…)
_AS_OF_A_MONTH = re.compile(
    rf"(?:{cues.HEADING.pattern})?{cues.as_of_a_month_up_to(9, with_its_year=True)}"
)
_LOOK_ABOVE = 200  # characters: the lines above a heading that may name its year
_A_HEADINGS_LENGTH = 50  # characters: a line this long or shorter may head the lines under it


def _may_name_months(norm: str, a: int, b: int) -> bool:
    """Whether norm[a:b] holds a word every way of naming the months has (月, 季, 半年; 以来,
    2022年以来, since the year's start): looked for before the patterns, as most sentences
    name none."""
    # (one find after another: asked of every sentence, a loop over the words took half as
    # long again)
    found = norm.find("月", a, b) >= 0 or norm.find("季", a, b) >= 0
    return found or norm.find("半年", a, b) >= 0 or norm.find("以来", a, b) >= 0


class MonthsReview:
    """What the sentences read so far, in order, say of the months so far of ``year``, the
    report's: whether the lines are under a heading of them (to one of the rest of the year),
    whether the text opened on them, which months it has dated to that year, and the paragraph
    that goes on about them.  ``review_end``: where the review ends, before the year's targets
    (the text's length when it sets none)."""

    def __init__(self, norm: str, year: int, *, review_end: int) -> None:
        self.norm, self.year = norm, year
        self._under = False
        # whether the text has dated the months so far to the report's year (今年1至6月, 今年来,
        # …:上半年): the months it names after with no year are this year's (1至6月,长沙县完成…)
        self._dated_months = False
        self._dated_at = 0  # (where the sentence that dated them starts)
        self._later = False  # (whether a line dated months up to October or November)
        dating = rf"(?:今年(?:以来|来)?[^。\n]{{0,40}}?|{year}年){cues.EARLY_MONTHS_SAID}"
        self._dating = re.compile(dating)
        # (and a sentence that opens since the year's start: 2022年以来,…实施…项目125个)
        self._since_its_start = re.compile(rf"(?:[^,;。\d]{{0,8}},)?{year}年以来")
        # (a text that plans 明年 is given in the year it reviews, at its end: its 今年 and months
        # are the year reviewed's, 今年以来,…上半年…。前三季度,…增长5.9%。明年…预期目标是…)
        self._may_date_months = "明年" not in norm
        # where the paragraph (a line) of the last sentence that reviewed the dated months
        # starts: the sentences after it in that paragraph go on about them (今年上半年,…增长
        # 7.5%。城镇居民人均可支配收入9467元,同比增长8.5%: the months', named once)
        self._months_paragraph = -1
        # the paragraph that last said 今年以来 (or 今年来): the months so far it names after
        # that with a figure are this year's (今年以来,全县经济运行持续平稳发展。工业经济运行
        # 平稳,1至8月,…增长17%); not in a text that sets the year's targets, given at the year's
        # end: its 今年以来,…。前三季度,… are the year reviewed's
        self._so_far_paragraph = -1
        self._review_end = review_end
        # (where the text first names the year before or years past: months it opens a sentence
        # on after that are theirs, 过去一年,…。一季度、上半年GDP分别增长6.2%、6.7%)
        past = _THE_YEARS_BEFORE.search(norm)
        self._first_word_of_years_past = len(norm) if past is None else past.start()
        self._sets_no_targets = self._review_end == len(norm)
        # (whether the text may be a page of the months: no whole year, plan, summary or years
        # past in it, 某镇2023年工作总结, 预计全年…; asked once)
        self._a_months_page = _NOT_A_MONTHS_PAGE.search(norm) is None
        self._text_start = len(norm) - len(norm.lstrip())
        # (whether the months so far may be dated with no year or 今年 of theirs, by 今年以来 or a
        # sentence that opens on them: in a text that sets no targets and reviews no whole year;
        # a sentence opening on them, until one plans them)
        self._may_open_on_them = self._may_date_weakly = (
            self._sets_no_targets and not _a_whole_years_review(norm, self._text_start)
        )
        # whether the text opened on the months (2023年上半年,完成地区生产总值…): its lines
        # are their review, as under a heading of them, to a heading of the rest of the year
        self._opened_on_them = False
        # (_paragraph_of: the last paragraph's start, and how far it has read)
        self._last_paragraph, self._read_to = 0, 0

    def read(self, a: int, b: int) -> None:
        """Hear norm[a:b], the next sentence: a heading of the months or of the rest of the
        year, or a sentence that dates the months to the report's year."""
        norm = self.norm
        if self._may_date_weakly and (
            _SO_FAR_THIS_YEAR.search(norm, a, b) or self._opens_on_this_year(a, b)
        ):
            self._so_far_paragraph = self._paragraph_of(a)
        if self._may_date_months and not self._dated_months and _may_name_months(norm, a, b):
            self._date(a, b, self._paragraph_of(a))
        # (a plan's word ends the months' paragraph, in a sentence with no figure too: …76.7亿元。
        # 下半年,我们将继续抓好项目建设。城镇居民…9467元 is no longer the months')
        elif self._months_paragraph >= 0 and self._paragraph_of(a) == self._months_paragraph:
            said = norm[a:b]
            self._months_paragraph = (
                -1 if cues.says_a_plan(said) or a_plan(said) else self._months_paragraph
            )
        # (the rest of the year ends the review of a text that opened on the months, in a
        # sentence with no figure too: …76.7亿元。下半年,我们将继续抓好项目建设。城镇居民…)
        if self._opened_on_them and THE_REST.search(norm, a, b):
            self._opened_on_them = False
        if norm[a - 1 : a] in ("\n", ""):  # (most sentences open no line: no heading)
            self._read_a_heading(a, b)

    def _paragraph_of(self, a: int) -> int:
        """Where the line of the sentence at ``a`` begins.  Sentences are read in order, so
        each step looks back only to the last one asked: a text of one endless line (a PDF
        or a page flattened) made a look back to its start at every sentence cost its square."""
        if a < self._read_to:  # (a sentence before the last asked: looked back to the start)
            return self.norm.rfind("\n", 0, a) + 1
        newline = self.norm.rfind("\n", self._read_to, a)
        self._last_paragraph = newline + 1 if newline >= 0 else self._last_paragraph
        self._read_to = a
        return self._last_paragraph

    def _date(self, a: int, b: int, paragraph: int) -> None:
        """Hear whether norm[a:b] dates the months so far to the report's year: by its year or
        今年 (今年1至6月, 截至6月底), or only the months, where a text that sets no targets says
        them after 今年以来 or opens a sentence on them (在各方面共同努力下,上半年全区经济运行
        总体平稳).  A text that opens on them heads its lines with them (``_opened_on_them``)."""
        norm = self.norm
        as_of = _AS_OF_A_MONTH.match(norm, a, b)
        as_of = as_of if as_of is not None and int(as_of[1] or self.year) == self.year else None
        strongly = self._dating.search(norm, a, b) or as_of
        strongly = strongly or self._since_its_start.match(norm, a, b)
        # (in a 今年以来 paragraph, any sentence that names them: 1至8月,…增长17%; 一季度经济运行
        # 总体平稳, with no figure of its own; 上半年获省政府…“进步奖” too, which dates 武威 2022's
        # 前三季度 after it, a report given at the year's end: tests/test_extract_stop53.py's
        # strict xfail)
        # (and a line that opens on the months up to October or November: _opens_on_later_months)
        later = weakly = False
        if not strongly:
            later = self._may_open_on_them and self._opens_on_later_months(a, b)
            in_so_far = paragraph == self._so_far_paragraph and bool(_THE_MONTHS.search(norm, a, b))
            opening = self._may_open_on_them and self._opens_on_the_months(a, b)
            weakly = later or in_so_far or opening
        if not (strongly or weakly):
            return
        # (not by a plan's sentence: 今年一季度,全县力争实现“开门红”; 今年…增长6%左右,…
        # 实现一季度“开门红”; but 听取…《关于…2017年上半年…计划执行情况的报告》 dates them)
        said = norm[a:b]
        plans_them = A_PLANS_VERB.search(said)
        plans = plans_them or THE_REST.search(said)
        dated = not (plans or qualified_as_a_plan(said))
        self._dated_months = dated
        self._later = self._later or (later and dated)  # (its sentences name them after)
        self._months_paragraph = paragraph if dated else self._months_paragraph
        self._dated_at = a if dated else self._dated_at
        # (once a plan's verb has planned them, the text is a plan's: a sentence after that
        # opens on them reviews the year before's, 今年一季度,全县力争实现“开门红”。⏎上半年,…
        # 增长7.5%; not a title's 2023年上半年…执行情况和下半年财政预算报告)
        self._may_open_on_them = self._may_open_on_them and not plans_them
        # (a text that opens on them heads all its lines with them, as a heading does:
        # 2023年上半年,完成地区生产总值550.5亿元…。⏎一是现代化产业体系加快构建。…; not
        # 一、过去五年发展成就和2021年上半年工作回顾, a heading of the years past too)
        opens = self._opens_a_first_line(a) and not _YEARS_PAST.search(said)
        self._opened_on_them = dated and self._sets_no_targets and opens

    def _opens_on_this_year(self, a: int, b: int) -> bool:
        """今年全市经济形势继续向好发展。一季度…: before any word of years past, planning nothing
        (not 今年,全县上下要咬定目标…), in a text that may be a page of the months."""
        opens = _THIS_YEAR_OPENS.match(self.norm, a, b) and self._first_word_of_years_past >= a
        return bool(opens) and self._a_months_page and not cues.says_a_plan(self.norm[a:b])

    @cached_property
    def _names_other_years(self) -> bool:
        """Whether the text names a year not the report's: asked once, of a page's first line
        of the later months, not of each (a scan of the whole text)."""
        return any(int(y) != self.year for y in YEAR.findall(self.norm))

    def _opens_on_later_months(self, a: int, b: int) -> bool:
        """A line that opens on months up to October or November (10月份,示范区…; 1-11月,全区
        完成…), the text's first or second, or any in a text that opens on 今年以来: a page of
        those months; not a year's summary that cites them after its heading (…稳中有进。
        1-10月规上工业产值…)."""
        norm = self.norm
        if norm[a - 1 : a] not in ("\n", "") or not _LATER_MONTHS.match(norm, a, b):
            return False
        # (a page of them names no year but the report's, nor the whole year, nor a plan: not
        # 某县2023年工作总结 …⏎1-11月,…, 过去一年,…, …预计全年…⏎二、2024年工作打算)
        if not self._a_months_page or self._names_other_years:
            return False
        return self._opens_a_first_line(a) or bool(_SO_FAR_THIS_YEAR.match(norm, self._text_start))

    def _opens_a_first_line(self, a: int) -> bool:
        """Whether the sentence at ``a`` opens the text's first line or its second (本报讯
        今年以来,东港区…。⏎前三季度,全区实现生产总值…: a page's lead, then its months)."""
        norm = self.norm
        return norm.count("\n", self._text_start, a) <= 1

    def _read_a_heading(self, a: int, b: int) -> None:
        """Hear norm[a:b] as a heading, if it is a line of its own: of the months so far, or
        of the rest of the year."""
        norm = self.norm
        end = norm.find("\n", a, a + _A_HEADINGS_LENGTH + 1)
        end = min(len(norm), a + _A_HEADINGS_LENGTH + 1) if end < 0 else end
        if end - a > _A_HEADINGS_LENGTH or b < end:
            return  # (not a line of its own, or too long to head the lines under it)
        line = norm[a:end]
        months = _A_MONTHS_HEADING.match(line)
        if months is not None and not _YEARS_PAST.search(line):  # (not 过去五年…和上半年工作回顾)
            # (a heading with no year is of the year the lines above name: 一、2023年计划执行情况⏎
            # (一)前三季度主要经济指标完成情况, in a report of 2024, is 2023's)
            above = [int(y) for y in YEAR.findall(norm, max(0, a - _LOOK_ABOVE), a)]
            heading_year = int(months[1]) if months[1] else max(above, default=self.year)
            self._under = heading_year == self.year
        elif _THE_REST_OF_THE_YEAR.search(line) or (
            _THE_YEARS_WORK.search(line)
            and not _WHAT_WAS_DONE.search(line)
            and not cues.HOW_IT_WENT.search(line)  # ((二)重点项目建设加快推进: how it went)
        ):
            self._under = self._opened_on_them = False

    def _opens_on_the_months(self, a: int, b: int) -> bool:
        """Whether norm[a:b] opens on the months so far and says how they went, with no
        year (在各方面共同努力下,上半年全区经济运行总体平稳; 1-6月份,全市生产总值预计增长8%左右):
        a part-year report's (asked only in a text that sets no targets and reviews no whole
        year), after no earlier year and no word of years past before it in the text (not
        a review's 过去一年,一季度经济受到疫情严重冲击, a bulletin's 2020年…公报⏎…一季度受…冲击,
        nor a plan's 一季度抓开局、上半年抓过半、全年抓冲刺)."""
        norm = self.norm
        months = _OPENS_ON_THE_MONTHS.match(norm, a, b)
        return (
            months is not None
            and self._first_word_of_years_past >= b
            and norm.find("全年", a, b) < 0
            and all(int(y) >= self.year for y in YEAR.findall(norm, 0, a))
        )

    def reviews(self, a: int, b: int, own: list[int]) -> bool:
        """Whether the sentence norm[a:b], just read, states what was done in the months so far:
        no year of its own but the report's, no word of the year before or of years since, and
        under such a heading no plan's verb (力争, 将, 计划…) nor the rest of the year (下半年,
        全年…左右), its targets those the months are measured against (塌目标1.8个百分点, 完成年度
        目标的56%); in a text that opened on them, nothing expected either (预期增长7%, 全年…);
        once the text has dated them (今年1至6月), a sentence that names them, or goes on in
        their paragraph (_goes_on), with no plan's word.  It keeps the paragraph going, or
        ends it."""
        if any(y != self.year for y in own):
            return False
        said = self.norm[a:b]
        # (去年上半年,全县…增长4.3%: the year before's, beside the months; “十二五”以来,…年均增长
        # 10%: the years past)
        if _WORDS_OF_THE_YEAR_BEFORE.search(said) or _YEARS_SINCE.search(said):
            self._months_paragraph = -1
            return False
        if self._under:
            return not a_plan(said)
        if self._opened_on_them:  # (…⏎今年全县地区生产总值预期增长7%; 全年,全县…增长7%: plans)
            # (and the year's targets: 今年全县地区生产总值目标增长7%; 按照年初确定的目标,今年…)
            qualified = qualified_as_a_plan(said) or names_the_years_target(said)
            return not (a_plan(said) or qualified or _PLANNED_AFTER_THE_MONTHS.search(said))
        # (dated only: 2024年1-3月,全县规上工业增加值预期增长10%左右 plans, by 预期 too; and a
        # paragraph of the year before names its months: 过去一年,…其中上半年增长5.2%)
        if not self._dated_months:
            return False
        paragraph = self._paragraph_of(a)  # (2023年,全县…。上半年,…: 2023's months)
        names_them = _THE_MONTHS.search(said) is not None
        names_them = names_them or (self._later and _THE_LATER_MONTHS.search(said) is not None)
        if not names_them and not self._goes_on(said, paragraph, a):
            return False
        # (an earlier year before the sentence that dated them is no longer the paragraph's:
        # 2012年全市实现生产总值…。今年以来…,1—6月实现生产总值1345.9亿元)
        since = max(paragraph, self._dated_at)
        if any(int(y) < self.year for y in YEAR.findall(self.norm, since, a)):
            return False
        # (the months named with a figure qualified as a plan's are a plan: 2024年1-3月,…增长
        # 10%左右; after them, a plan's word ends the paragraph's months, a qualifier only its
        # own sentence's: 城镇调查失业率控制在5.5%以内 may be the months' or a plan's)
        planned = cues.says_a_plan(said) or a_plan(said)
        self._months_paragraph = -1 if planned else paragraph
        return not (planned or qualified_as_a_plan(said))

    def _goes_on(self, said: str, paragraph: int, a: int) -> bool:
        """Whether a sentence that names no months goes on about those its paragraph reviewed
        (今年上半年,…增长7.5%。城镇居民人均可支配收入9467元,…): before the year's targets, if
        the text sets them (after them, 今年上半年开工建设。全年实施重点项目150个 plans); one that
        names other months (…。1-11月,固定资产投资增长12%) ends the paragraph."""
        if paragraph != self._months_paragraph or a >= self._review_end:
            return False
        if _ANY_MONTHS.search(said):
            self._months_paragraph = -1
            return False
        return True
