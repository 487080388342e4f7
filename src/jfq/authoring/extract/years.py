"""The years a report's sentences name, and which of them a figure is for.

A review figure is for the year it reached (增长到2020年的645.66亿元) or the last year named
before it; a year it is compared with (比2006年, 较2015年) is a base, not its year.  Shared
by the targets blocks (a sentence of an earlier year ends a block) and the review.
"""

from __future__ import annotations

import re

from jfq.authoring.extract import cues
from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.comparisons import ABOVE_OR_BELOW, HELD_AT_A_YEAR
from jfq.authoring.extract.figures import Figure

YEAR = re.compile(r"((?:19|20)\d\d)年")
# A year written beside 展望 with no 年 (2026展望, 展望2026,…预期增长6%左右): the sentence's;
# the lines after it take it only from a heading (2026展望⏎…; not 回首2025,展望2026,全区上下
# 干劲十足。⏎全年…增长5%, a lead's words before the year past's figures).
_BARE_YEAR = re.compile(r"((?:19|20)\d\d)(?:(?=展望)|(?<=展望\d{4}))")
_A_HEADING = 20  # characters: a heading's line that long at most
# 去年, 今年 as a figure's time; not a year compared with or built on (比上年增长6%, 在上年
# 基础上, 上年同期), which leaves the figure the year it was.
RELATIVE = re.compile(rf"(?<![比较于在])(?:{'|'.join(lx.RELATIVE_YEAR)})(?!基础|同期|水平)")
# 由2016年的503.11亿元增长到2020年的645.66亿元: the second figure is 2020's
# The end of a five-year plan as a point in time (“十三五”末, 十二五期末): its last year.
PLANS_END = (
    rf"[“\"]?{lx.FIVE_YEAR_PLANS_NUMERAL}[”\"]?期?末"  # (a page's plain quotes too: "十五五"末)
)
# A year reached (增长到2020年的645.66亿元), written without its 年 too before 的 (增加到
# 2010的13.2亿元: a slip, read only after 到 or 至, where no other number could stand).
REACHED_YEAR = r"((?:19|20)\d\d)(?:年(?:末|底)?|(?=的))"
_REACHED = re.compile(rf"(?:到|至)(?:{REACHED_YEAR}|{PLANS_END})的?[\d.,]+[^\d]{{0,6}}$")
# A level given as a share of an earlier year's (旅游人次…分别恢复到2019年的113%、119%): a
# base year, not the year reached.
RECOVERED_TO = re.compile(rf"恢复(?:到|至)(?:{REACHED_YEAR})的?(?:[\d.]+%[、和及])*[\d.]+%$")
_FROM_A_PLANS_END = re.compile(rf"(?:由|从){PLANS_END}的?[\d.,]+[^\d]{{0,6}}$")
_FROM_A_YEAR_TO = re.compile(
    r"(?:由|从)(?:19|20)\d\d年(?:末|底)?的?[\d.,]+[^\d,;]{0,10}?(?:到|至|为)[\d.,]+[^\d]{0,8}$"
)


# 比2006年, 较2015年, 与2015年相比: a base of comparison, not the year a figure is for (nor
# 恢复到2019年的113%: the two characters before the year are read)
_BASE = re.compile(
    rf"(?:较|比|是|同|与|相比|相对|较于|{ABOVE_OR_BELOW}|高出|从|由|复到|复至|当于|等于|接近|超过)$"
)
# A span's start (本届政府自2003年1月履行职责), not a day a measure takes effect from
# (自2025年1月1日起, 养老金…提高到每人每月200元: that year's).
_TAKES_EFFECT = re.compile(
    r"(?:度|\d{1,2}月份?(?:\d{1,2}日)?|[上下]半年|[春秋]季学期)?(?:起|开始|执行|实施)"
)


def years_named(norm: str, start: int, end: int) -> list[int]:
    """The years norm[start:end] names, less those it compares with (均比2006年翻一番) and
    those of a title (形成《咸丰县国土空间总体规划(2021-2035年)》成果 speaks of no 2035),
    and a plan's end as a horizon (到“十四五”末: 2025)."""
    if _a_plans_end(norm, start, end):
        return [year for _, year, _ in _with_plans_ends(norm, start, end)]
    return [int(m[1]) for m in _named(norm, start, end)]


def years_named_and_reached(norm: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """The years norm[start:end] names (as years_named), and of those the ones it reaches,
    less a starting point (由2012年的4.7…提升至6.25…): what the next sentence of the
    paragraph speaks of, when it names none.  One reading for both."""
    if _a_plans_end(norm, start, end):
        named = _with_plans_ends(norm, start, end)
        return [year for _, year, _ in named], [year for _, year, base in named if not base]
    matches = _named(norm, start, end)
    heading = _a_headings_line(norm, start, end)
    reached = [
        int(m[1])
        for m in matches
        if norm[m.start() - 1 : m.start()] not in ("由", "从")
        and (heading or norm[m.end() - 1] == "年")  # (a bare year beside 展望: a heading's only)
        and not _AN_EVENT_UNDERGONE.search(norm, max(start, m.start() - 4), m.start())
    ]
    return [int(m[1]) for m in matches], reached


def _a_plans_end(norm: str, start: int, end: int) -> bool:
    """Whether norm[start:end] may say 到“十四五”末: looked for cheaply, as few sentences do."""
    five = norm.find("五", start, end)
    return five >= 0 and norm.find("末", five, end) >= 0


def _with_plans_ends(norm: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """(where, the year, whether it is a starting point) for each year named, in order, with
    a plan's end as a horizon among them."""
    years = [(m.start(), int(m[1]), norm[m.start() - 1 : m.start()] in ("由", "从"))
             for m in _named(norm, start, end)]  # fmt: skip
    years += [(m.start(), plans_last_year(m[1]), False)
              for m in _BY_A_PLANS_END.finditer(norm, start, end)]  # fmt: skip
    return sorted(years)


_SINCE_ITS_START = re.compile(
    r"(?:\d{1,2}月(?:份|底|初|末)?(?:\d{1,2}日)?|底|初|末|中|[上下]半年|"
    r"第?[一二三四1-4]季度(?:末|底)?)?以来"
)  # (2020年2月以来, 2020年底以来, 2020年下半年以来, 2018年第四季度以来)
# (到“十四五”末,…达到300亿元; 力争“十五五”末,…: a clause of its own; not 锚定到“十四五”末
# 实现…目标)
_PLANS_END = re.compile(PLANS_END)
_BY_A_PLANS_END = re.compile(rf"(?:^|(?<=[,;。:\n]))(?:力争|确保|预计)?(?:到|至)?{PLANS_END},")


def _years_written(norm: str, start: int, end: int) -> list[re.Match[str]]:
    """The years norm[start:end] writes with 年, or bare beside the 展望 it opens on (not
    举办“展望2025”经济形势报告会, 回望2024、展望2025,…: a name's or a lead's words)."""
    said = list(YEAR.finditer(norm, start, end))
    if said or norm.find("展望", start, end) < 0:
        return said  # (looked for without a copy: asked of every sentence)
    bare = _BARE_YEAR.search(norm, start, end)
    if bare is None:
        return []
    before = norm[start : bare.start()].lstrip(_A_HEADINGS_MARKS)
    phrase_end = bare.end() + 2 if norm.startswith("展望", bare.end()) else bare.end()
    # (not 展望2025经济论坛在我县成功举办: an event's name the year opens)
    after = norm[phrase_end : phrase_end + 1]
    return [bare] if before in ("", "展望") and after in _A_PHRASES_END else []


_A_PHRASES_END = ("", "\n", ",", "、", ":", ";", "。", " ", "!")


_A_HEADINGS_MARKS = " \t—-、一二三四五六七八九十()（）"


def _a_headings_line(norm: str, start: int, end: int) -> bool:
    """Whether norm[start:end] is a line of its own short enough for a heading's, naming one
    year (not 回首2024,展望2025: a lead's two)."""
    line = (start == 0 or norm[start - 1] == "\n") and norm[end : end + 1] in ("\n", "")
    return line and end - start <= _A_HEADING and len(_ANY_YEAR.findall(norm, start, end)) == 1


_ANY_YEAR = re.compile(r"(?:19|20)\d\d")


def _named(norm: str, start: int, end: int) -> list[re.Match[str]]:
    return [
        m
        for m in _years_written(norm, start, end)
        if not _compared_with(norm, start, m)
        and not _in_a_title(norm, start, m.start())
        # (2018年以来年均增长, 2020年2月以来无新增…: a span's start)
        and not _SINCE_ITS_START.match(norm, m.end())
        # (2000年以前建成老旧小区: a bound of what is counted, not the year of its figures)
        and not norm.startswith(("以前", "之前"), m.end())
        and not (norm[m.start() - 1 : m.start()] == "自" and not _TAKES_EFFECT.match(norm, m.end()))
        and not norm.startswith(("基础上", "的基础上"), m.end())  # 在2020年基础上增长40%
        and not _a_base_left_out(norm, m)  # 扣除2018年…投资基数较大因素影响
        and not _A_REPORTS_NAME.match(norm, m.end())  # 2025年工作报告显示: the report's name
        and not _PUT_ON_A_LIST.search(norm, max(start, m.start() - 4), m.end() + 3)
        and not _a_reports_day(norm, m)
        and not _A_VISION.match(norm, m.end())
    ]


# 2021年1月19日,江苏连续传来两个大消息,…官宣…; 2024年1月18日,县长…在…会议上作政府工作报告
# 时说: the day news of the year before was told or a report given, in a report's season
# (January to March), not the year a figure is for.  Only such a day: a census's (以2020年
# 11月1日零时为标准时点), a stock's (截至2022年12月31日), a start (自2025年1月1日起), a
# deadline (在2025年2月28日前), a day a mark was passed (2019年1月18日,全市地区生产总值首次
# 突破…) and a day something was declared (2019年3月28日,省政府宣布我县退出…) keep their year.
_A_DAY = re.compile(
    r"0?[1-3]月\d{1,2}日(?![起前])(?:[上下]午)?,?[^;。\d]{0,24}?"
    r"(?:官宣|发布|公布|揭晓|通报|传来|获悉|记者|人民代表大会|人代会|会议上|报告时|工作报告)"
)
_AS_OF = re.compile(r"(?:截至|截止|截止到|到|至|以|自|从)$")
# 2035年远景目标纲要, 2035年“九个新”目标远景: a vision's year, no figure's (the five-year
# plan beside it sets the years of its targets; 对标2035年远景目标,全市地区生产总值增长6%左右);
# but 2035年远景目标:…, 2035年远景目标,即…, and a heading 二、2035年远景目标 list its own.
_A_VISION = re.compile(r"[^,;。\d]{0,8}远景(?!目标\s*(?:[:是]|为:|,?即|。|\n|$))")

# The date of a hardship a sentence says was undergone (经受2013年抗洪救灾严峻考验): the year of
# its own figures (遭受2021年…暴雨灾害,直接经济损失达52亿元), not of the sentences after it.
# (A meeting's is: 召开2023年工作会议。会议确定,…增长16%以上.)
_AN_EVENT_UNDERGONE = re.compile(r"(?:经受住?|经历|遭受|遭遇|战胜|抗击|抵御|应对)了?$")


_LEVEL_AFTER = re.compile(r"(?:末|底)?(?:的|年均|平均)?[近约]?\d")  # (not 从2024年到2026年的三年)
_MULTIPLES_AFTER = re.compile(r"(?:末|底)?\)?的[近约超逾]?[\d.]+(?:倍|[、和及])")
# The first year of a span the year ends (接近2000-2003年四年总量: 2000), where its base is said.
_SPANS_FIRST_YEAR = re.compile(r"(?:19|20)\d\d年?[-—–~至到]$")


def _compared_with(norm: str, start: int, year: re.Match[str]) -> bool:
    """Whether ``year`` is one a figure is compared with or began from (比2006年, 是2006年的
    2.6倍, 分别为2006年的1.8、2.1倍, 接近2000-2003年…总量, 由2019—2021年年均…), read before
    the span it ends, if any; not a span's end opened by 从 or 由 (从2018年到2022年,…)."""
    first = _SPANS_FIRST_YEAR.search(norm, max(start, year.start() - 6), year.start())
    if first is None:
        # (分别为2006年的1.8、2.1倍: its multiples; 是新区开发前(2010年底)的9.7倍: a base
        # the parentheses date)
        return (
            _BASE.search(norm, max(start, year.start() - 2), year.start()) is not None
            or (
                norm[year.start() - 1 : year.start()] in ("为", "(")
                and _MULTIPLES_AFTER.match(norm, year.end()) is not None
            )
            or _another_ones_level(norm, start, year)
        )
    # (从2018年到2022年,…累计…, 从2024年到2026年底: a span's end is the figure's year; 接近
    # 2000-2003年…总量 and 由2019—2021年年均45万吨提高到…, the years compared with or begun
    # from, a base: after 从 or 由, only where the level follows the span)
    base = _BASE.search(norm, max(start, first.start() - 2), first.start())
    level_after = _LEVEL_AFTER.match(norm, year.end()) is not None
    return base is not None and (base.group() not in ("从", "由") or level_after)


# A level overtaken or matched, of a year of its own (赶超江门开平市2020年的经济总量; 恢复到
# 2019年的水平): the year compared with, not the figures' of the sentence (陆丰 2021).
_OVERTAKEN = re.compile(r"(?:赶超|超越|超过|追平|相当于|接近|恢复到|恢复至)[^,;。\d]{0,12}$")
_ITS_LEVEL = re.compile(r"的(?:经济)?(?:总量|水平|规模)")


def _another_ones_level(norm: str, start: int, year: re.Match[str]) -> bool:
    return _ITS_LEVEL.match(norm, year.end()) is not None and bool(
        _OVERTAKEN.search(norm, max(start, year.start() - 16), year.start())
    )


def _a_reports_day(norm: str, year: re.Match[str]) -> bool:
    return _A_DAY.match(norm, year.end()) is not None and not _AS_OF.search(
        norm, max(0, year.start() - 3), year.start()
    )


_A_REPORTS_NAME = re.compile(r"(?:的)?(?:政府)?工作报告")
# A year whose figures are a base left out (扣除2018年恒力、英特尔项目投资基数较大因素影响,可比
# 增长11%): the year compared with, not the figure's.  (Only after 扣除 or 剔除: 因为2022年基数偏低,
# 致令广州于今年有所进取 dates a news page's comparison.)
_LEFT_OUT = re.compile(r"(?:扣除|剔除)了?(?:(?:19|20)\d\d年[、和])*$")
_A_BASES_YEAR = re.compile(r"(?:[、和](?:19|20)\d\d年)*[^,;。\d]{0,24}?(?:基数|因素|影响)")


def _a_base_left_out(norm: str, year: re.Match[str]) -> bool:
    """剔除了2021年…抬高基数的影响, 扣除2020年、2021年基数波动因素影响: a year left out."""
    return bool(
        _LEFT_OUT.search(norm, max(0, year.start() - 20), year.start())
        and _A_BASES_YEAR.match(norm, year.end())
    )


# 获选2022年省级现代农业产业园: the year of a list one was put on, not a time (but
# 2024年市级重点项目计划完成投资80亿元 is 2024's).
_PUT_ON_A_LIST = re.compile(
    r"(?:获选|入选|列入|认定为?|获评|获批|评为)(?:19|20)\d\d年(?:国家级|省级|市级|县级|区级)"
)


def _in_a_title(norm: str, start: int, position: int) -> bool:
    """Inside 《…》, or a period in brackets after a plan's name (国土空间总体规划(2021—2035
    年)获批实施 speaks of no 2035)."""
    if norm.rfind("《", start, position) > norm.rfind("》", start, position):
        return True
    opened = norm.rfind("(", max(start, position - 6), position)
    return opened >= 0 and _PERIOD_IN_BRACKETS.match(norm, opened) is not None


# (only before what was done to the plan: a plan's own (2021—2025年)明确,… is its horizon)
_PERIOD_IN_BRACKETS = re.compile(
    r"\((?:19|20)\d\d年?[-—–~至到](?:19|20)\d\d年?\)"
    # (获省政府批复, 经省政府批准实施; not 明确要实施…, 提出通过实施…: the plan's own words)
    r"(?:》)?(?:已|正式|顺利)?(?:获|经)?[^,;。要通]{0,6}?(?:获批|批复|批准|印发|出台|发布|编制完成)"
)


def plans_last_year(numeral: str) -> int:
    """十一五 (2006–2010) ends in 2010, 十四五 in 2025; any numeral the patterns take (十七五,
    a typo or a plan far ahead, ends in 2040 and must not raise)."""
    return 2010 + 5 * "一二三四五六七八九".index(numeral)


# 2021年以来, “十四五”以来: the years from then to the year reviewed.
_A_RECORD_ENDED = re.compile(r"(?:扭转|结束|刷新|超过|打破)了?$")
# Not a record (增速为2019年以来最高, 创2015年以来新高, 恢复到2019年以来最好水平).
_SINCE = re.compile(
    rf"(?<![为是创到至])(?:((?:19|20)\d\d)年|“?{lx.FIVE_YEAR_PLANS_NUMERAL}”?(?:时期)?)以来"
    r"(?![^,;。]{0,12}?(?:最|新高|新低|首次|同期|纪录|任何一年))"
)


def years_since(norm: str, a: int, b: int, reviewed: int) -> int | None:
    """How many years a sentence's 以来 runs over, to the year ``reviewed``: “十四五”以来 in a
    review of 2023 is 3 (2021-2023), not the plan's 5; 2018年以来 is 6."""
    # (以来 looked for first: the pattern opens on a look-behind, and most sentences say none)
    since = _SINCE.search(norm, a, b) if norm.find("以来", a, b) >= 0 else None
    if since is None or _A_RECORD_ENDED.search(norm, max(a, since.start() - 4), since.start()):
        return None  # (扭转了2020年以来连续三年负增长的局面, 结束了…以来连续亏损的历史)
    if since is None:
        return None
    first = int(since[1]) if since[1] else plans_last_year(since[2]) - 4
    return reviewed - first + 1 if first < reviewed else None


def year_stated(norm: str, start: int, figure: Figure) -> int | None:
    """The year a review figure is for: the year it reached (增长到2020年的645.66亿元),
    else the last year named before it (由2017年的74.37亿元增至2021年的104.96亿元,年均
    增长5.7%: the average is 2021's), or None for the sentence's."""
    end = start + figure.phrase[1]
    if RECOVERED_TO.search(norm, max(start, end - 30), end):
        return None  # 恢复到2019年的113%: the year's level, as a share of 2019's
    reached = _REACHED.search(norm, max(start, end - 30), end)
    if reached:  # (增长到2020年的645.66亿元, 增长到“十三五”末的117亿元)
        return int(reached[1]) if reached[1] else plans_last_year(reached[2])
    plan_end = _FROM_A_PLANS_END.search(norm, max(start, end - 30), end)
    if plan_end:  # 从“十三五”末的117亿元增长至…: 2020's
        return plans_last_year(plan_end[1])
    if _FROM_A_YEAR_TO.search(norm, max(start, end - 40), end):
        return None  # 由2012年的4.7…提升至6.25…: the year is the first figure's, not this one's
    named = years_named(norm, max(start, end - 200), end)  # (near it: a sentence may be long)
    return named[-1] if named else None


def year_before(norm: str, start: int, end: int, year: int) -> int | None:
    """The year last named before a figure: 2021年 as written, 今年 as the report's, 明年
    the next (指2025年…,今年经济增长预期目标为4.5%至5%: the target is the report year's)."""
    # (not a plan's title: 落实《…规划和2035年远景目标纲要》,地区生产总值增长7%左右)
    named = [(m.start(), int(m[1])) for m in YEAR.finditer(norm, start, end)
             if not _in_a_title(norm, start, m.start())
             and not _A_VISION.match(norm, m.end())
             and not _HELD_AT.match(norm, m.start() - 1)]  # fmt: skip
    named += [(m.start(), year + lx.RELATIVE_YEAR[m[0]])
              for m in RELATIVE.finditer(norm, start, end)]  # fmt: skip
    # (江苏提出“十三五”期末地区生产总值达到10万亿元左右: 2020; not 比“九五”末增长68.1%)
    named += [(m.start(), plans_last_year(m[1])) for m in _PLANS_END.finditer(norm, start, end)
              if not _BASE.search(norm, max(start, m.start() - 4), m.start())]  # fmt: skip
    # 比上年增长5% in a sentence that names no year of its own: the year before's change
    # (but 今年地区生产总值比上年增长6%左右 is this year's)
    for compared in _COMPARED.finditer(norm, start, end):
        opens = max(start - 1, *(norm.rfind(mark, start, compared.start()) for mark in "。!?\n"))
        planned = _PLANS_WORDS.search(norm, opens + 1, end + 4) is not None
        if not planned and not any(opens < at < compared.start() for at, _ in named):
            named.append((compared.start(), year - 1))
    return max(named)[1] if named else None


_HELD_AT = re.compile(HELD_AT_A_YEAR)
_COMPARED = re.compile(r"(?:比|较|同比)(?:上年|去年)(?!同期)")
# (建议全年地区生产总值比上年增长6%左右: a plan's comparison, no date; and a budget's:
# 税务部门安排44884万元,比上年实际完成减少3958万元; not 以上: 规模以上)
_PLANS_WORDS = re.compile(rf"左右|力争|确保|{cues.PROPOSES}|预期|目标|计划|安排(?=\d)")


# A name that is a time with no indicator, whose figure is the subject's before (grammar.py):
# where the page lost the word that made it a lead (预计年突破…, 全年 with its 全 lost), a span
# of years averaged (…增长33.8%,两年平均增长3.2%), or a base compared with (比2019年1-2月份
# 增长6.4%).
A_TIME_ALONE = re.compile(
    r"[全当今本]?年[末底内初]?|[两二三四五\d]年(?:平均|累计)?"
    rf"|[比较](?:19|20)\d\d年(?:同期|{cues.MONTHS_SO_FAR}份?|[一二三四]季度|上半年|前三季度)?"
    r"|[比较](?:上年|去年)同期(?:\d[\d,.]*[万亿]?元)?"  # (比上年同期35,285万元增收2,445万元)
)
