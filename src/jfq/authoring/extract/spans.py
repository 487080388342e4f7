"""Figures about several years: 过去5年 as a heading, 五年来, 五年年均, 十四五时期.

A review states some figures for the year it reviews and some for several years together
(年均增长, 累计, 连年); the latter become rows with ``since``, not the year's results.  Here
too: the level a change started from (starts_from: 由180亿元增加到…); what a figure measures
is measures.py's.  Split from grammar.py, which reads the clause."""

from __future__ import annotations

import re

from jfq.authoring.extract import cues
from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.figures import Figure
from jfq.authoring.extract.years import YEAR
from jfq.search.normalize import simplified


def span_of(norm: str, a: int, b: int, *, plans_since: bool = True) -> int | None:
    """How many years a passage speaks of: 过去5年, 五年来, 五年年均, 十四五时期: 5; and
    “十四五”以来, the plan's five unless ``plans_since`` is False (years.years_since counts
    them to the year reviewed)."""
    match = cues.SPAN.search(norm, a, b)
    if match is None or (not plans_since and match[0].endswith("以来")):
        return None
    return _years_said(match, most=None)


def _years_said(match: re.Match[str], most: int | None = 10) -> int | None:
    """How many years a cue says (五年来: 5; 十四五时期, 本届政府: 5, unnumbered), when two or
    more and at most ``most`` (not 改革开放40年来, a paragraph's opening)."""
    count = next((g for g in match.groups() if g), None)
    if count is None:
        return 5
    return years_counted(count, most)


def years_counted(text: str, most: int | None = 10) -> int | None:
    """The years a count of them says (五: 5, 10: 10), when two or more and at most ``most``."""
    years = count_said(text)
    return years if years and years >= 2 and (most is None or years <= most) else None


def count_said(text: str) -> int | None:
    """The count a number or a numeral of one character says (5, 五, 两), else None."""
    digits = "一二三四五六七八九十"
    if text.isdigit():
        return int(text)
    if text in digits:
        return digits.index(text) + 1
    return 2 if text == "两" else None


def opens_on_years_past(norm: str, line: int) -> bool:
    """Whether the paragraph that begins at ``line`` opens on the past with a clause of its
    own: the year reviewed (过去一年,…; 去年,…) or several years (五年来,…; 过去五年,…;
    “十三五”时期,…); not 五年来的实践证明…, nor 2024年是…的一年."""
    if cues.OPENS_ON_THE_PAST.match(norm, line):
        return True
    opening = _YEARS_PAST_CLAUSE.match(norm, line)
    return opening is not None and (opening[1] is None or years_counted(opening[1]) is not None)


def paragraphs_span(norm: str, a: int) -> int | None:
    """How many years the paragraph around ``a`` speaks of, when its first sentence says
    (这五年,是…的五年。 五年来,… 过去五年,… “十三五”以来,… 本届政府…): 5.  A bulleted
    paragraph (——脱贫攻坚全面胜利。…) goes on from the paragraph its bullets follow: 过去五年,
    …。/ ——…。/ ——…。 are all of the five years; a bullet before it is a sibling, not its
    lead (——本届政府工作坚实布局。…/ ——区域经济发展稳中求进。…2017年…)."""
    start = paragraph_start(norm, a)
    framed = _framed_before(norm, start, a)
    if framed is not None:
        return framed
    for back in range(_BULLETS_BACK):
        stop = min(_end(norm, "。", start, start + 80), _end(norm, "\n", start, start + 80))
        bullet = _BULLET.match(norm, start) is not None
        sibling = back > 0 and bullet
        match = None if sibling else _opens_on_years(norm, start, stop)
        if not sibling and (_ONE_YEAR.search(norm, start, stop) or "一年" in norm[start:stop]):
            return None  # (2020年和“十三五”时期工作回顾, 本届政府的收官之年: the year's too)
        if match is not None:
            return _years_said(match)
        if not bullet or start == 0:
            return None
        end = start - 1  # (back past the blank lines, with no copy of the text before)
        while end > 0 and norm[end - 1].isspace():
            end -= 1
        start = paragraph_start(norm, end)
    return None


def _framed_before(norm: str, start: int, a: int) -> int | None:
    """The years a sentence before ``a`` in its paragraph frames the sentences after it with
    (…时期。过去五年,是经济持续快速发展…的五年。全市地区生产总值…: a page run on as one
    paragraph), unless one year is named between or in the sentence at ``a``."""
    *_, framing = [None, *_FRAMES_YEARS.finditer(norm, start, a)]  # (the last)
    end = norm.find("。", a)  # (…的五年。2024年,地区生产总值由480亿元…: its own year)
    if framing is None or _ONE_YEAR.search(norm, framing.end(), end if end >= 0 else len(norm)):
        return None
    return _years_said(framing)


# 过去五年,是…的五年。 这五年,是…的五年: a sentence that frames what follows it.
_FRAMES_YEARS = re.compile(
    r"(?:过去|这)\s*([0-9两三四五六七八九十]+)\s*年,?是[^。;\n]{2,100}?的[0-9两三四五六七八九十]+年[。!]"
)
_BULLET = re.compile(r"\s*[—―]{1,2}")
_BULLETS_BACK = 12  # (a review's bullets seldom run longer; the search stays near)


def sentences_span(norm: str, a: int, b: int) -> int | None:
    """How many years a sentence speaks of when it opens on them (坚持项目带动。五年来累计
    实施重点项目520个,完成投资860亿元: the sentence's, though its paragraph opens on none)."""
    match = _opens_on_years(norm, a, b) or cues.COUNTED_AT_ITS_START.match(norm, a, b)
    if match is None and norm.startswith("其中", a):  # (五年累计…。其中,建成投产…: its parts)
        before = norm.rfind("。", 0, max(0, a - 1)) + 1
        match = cues.COUNTED_AT_ITS_START.match(norm, before, a)
    if match is None or _ONE_YEAR.search(norm, a, match.start()):
        return None
    return _years_said(match)


def paragraph_start(norm: str, a: int) -> int:
    """Where the paragraph around ``a`` begins, looked for in the 3,000 characters before it
    only: a text with no line breaks (a page saved as one line) is not read back to its start
    for every figure."""
    low = max(0, a - _PARAGRAPH_AT_MOST)
    return max(low, norm.rfind("\n", low, a) + 1)


_PARAGRAPH_AT_MOST = 3000


def _opens_on_years(norm: str, start: int, stop: int) -> re.Match[str] | None:
    """The words a paragraph or a sentence opens on several years with, near its start (据报告,
    在过去的五年里,…; after a news page's 县长…在…作政府工作报告时指出,), and not what a record
    is compared with (增速创近五年新高, 达到近五年最高水平, 实现近三年来首次正增长)."""
    said = _SAID.search(norm, start, min(stop, start + 80))
    at = said.end() if said is not None else start
    match = _OPENS_ON_YEARS.search(norm, at, min(stop, at + 24))
    if match is None or _A_RECORD_BEFORE.search(norm, max(at, match.start() - 3), match.start()):
        return None
    if _A_FIGURE_BEFORE.search(norm, at, match.start()):
        return None  # (规上工业增加值增长9.1%,五年来年均增长8.6%: the year's figure first)
    if _A_RECORD_AFTER.match(norm, match.end()):
        return None
    return match


_SAID = re.compile(r"(?:指出|表示|提出|介绍|说|称|回顾)[,:]")
# (an amount or a rate, not a count in a subject: 在全省14个市州中,过去五年…)
_A_FIGURE_BEFORE = re.compile(r"\d[\d.]*(?:%|[万亿]|元)")
_A_RECORD_BEFORE = re.compile(r"(?:创|为|是|居|最|达到|实现|达)$")
_A_RECORD_AFTER = re.compile(r"来?(?:最|首次|新高|以来)")


def _end(norm: str, mark: str, start: int, stop: int) -> int:
    found = norm.find(mark, start, stop)
    return stop if found < 0 else found


_NUMERAL = "[一二三四五六七八九十两]|\\d{1,2}"
_YEARS_PAST_CLAUSE = re.compile(
    rf"\s*(?:(?:过去的?|这|近)?({_NUMERAL})个?年(?:来|间|里|中)?|“?{lx.FIVE_YEAR_PLAN}”?(?:时期|期间))[,:]"
)
# (not a plan's or a government's 以来, whose years the report's year would tell: “十四五”以来
# in a 2024 report is three years; nor 改革开放40年来; 五年内 only as an opening, 五年内,新增
# 企业193家, not a deadline: 三年内完成)
_OPENS_ON_YEARS = re.compile(
    rf"(?:过去的?|这|近|的)({_NUMERAL})个?年(?![度底末初前])|"
    rf"(?<![\d〇一二三四五六七八九十])(?<!今后)(?<!未来)({_NUMERAL})年(?:来|间|里|内(?=,))|"
    rf"{lx.FIVE_YEAR_PLAN}[”\"]?(?:时期|期间)|本届政府(?!成立以来)"
)


def counted_over_the_years(norm: str, a: int, figure: Figure) -> bool:
    """In a paragraph that opens on several years, whether ``figure`` (its sentence starts
    at ``a``) is of them together: a change (增加11500元, 分别增长31.4%) or what was done
    (引进资金270亿元, 落地企业592家); not a level reached (突破150亿元, 达65.8%), a level
    with no verb (人均可支配收入2.33万元), nor what a sentence says of one year (2021年,…)."""
    if figure.value is None or figure.base or figure.measure:
        return False
    if "年度" in figure.name:
        return False  # (年度旅客吞吐量: a year's, whatever the section's span)
    start, end = a + figure.phrase[0], a + figure.phrase[1]
    # its own clause and the one after it (not the clauses before: 地区生产总值…年均增长4.1%,
    # 规模以上工业总产值增长41%: the 41 is of the five years)
    opening = max(a, *(norm.rfind(mark, a, start) + 1 for mark in ",;"))
    following = _OWN_AND_NEXT_CLAUSE.match(norm, end)
    sentence = norm[opening : following.end() if following else end]
    if _ONE_YEAR.search(norm, a, end) or _a_year_began(norm, a) or "年均" in sentence:
        return False  # (固定资产投资250.3亿元,年均增长10.3%: the last year's level, and its mean)
    phrase = norm[start:end]
    values = list(re.finditer(lx.NUMBER, phrase))
    pre = phrase[: values[-1].start()] if values else phrase
    if _CHANGED.search(pre) or simplified(figure.name).startswith(("新增", "净增")):
        return True  # (市场主体总数净增2.3万户, 新增农村公路里程420公里: over the years)
    if LEVEL_REACHED.search(pre) or _STOCK.search(norm, opening, start + len(pre)):
        return False  # (全县拥有国家级高新技术企业68家: what there is, not what was done)
    if figure.grows and not figure.name.endswith("率"):
        return True  # (人口自然增长率4.5‰ is a level, whatever its name says)
    # (完成59.4亿元,是2011年的2.65倍: the level the years reached, against their first)
    levels = _A_LEVELS_NAME.search(simplified(figure.name)) or _AGAINST_A_YEAR.search(sentence)
    return levels is None


# A year of its own, not one of a range's ends (2017年到2021年) nor a base (较2016年)
_ONE_YEAR = re.compile(
    r"(?<![到至\-—~较比与从由])(?:19|20)\d\d年(?![到至\-—~]|以来|的)|全年|去年|今年|上年|当年|(?<![二三四五六七八九十两\d])年内|"
    r"截[至止](?:19|20)\d\d年|到(?:19|20)\d\d年(?:底|末)|过去一年|一年来|这一年"
)
_STOCK = re.compile(r"拥有|现有|共有|总数|总量")


def _a_year_began(norm: str, a: int) -> bool:
    """Whether a sentence of the paragraph before ``a`` opened on one year (过去五年,…。2023年,
    全市地区生产总值增长5.2%。固定资产投资增长8%…: the sentences after it are 2023's)."""
    paragraph = paragraph_start(norm, a)
    began = False
    for start in [paragraph, *(paragraph + m.end() for m in re.finditer("。", norm[paragraph:a]))]:
        stop = norm.find("。", start, a)
        stop = a if stop < 0 else stop
        if _A_YEAR_OPENS.match(norm, start) and not _OF_THE_YEARS.search(norm, start, stop):
            began = True  # (but 2016年,全市生产总值…年均增长7.8%; 2025年较2020年…: the years')
        elif _opens_on_years(norm, start, stop) or norm.startswith("累计", start):
            began = False  # (2015年,全区…。五年来,累计完成…: the years again)
    return began


_OF_THE_YEARS = re.compile(r"年均|累计|(?:较|比|与|是)(?:19|20)\d\d年")


_A_YEAR_OPENS = re.compile(
    r"\s*(?:——)?(?:(?:19|20)\d\d年(?![到至\-—~]|以来|的)|过去一年|一年来|这一年|去年|今年|全年)"
)
# its own clause, and the next when that is its mean (…250.3亿元,可比年均增长10.3%) or what
# it is against
_OWN_AND_NEXT_CLAUSE = re.compile(
    r"[^,;。!?\n]*(?:,(?=(?:可比)?年均|是|为|相当于|较|比)[^,;。!?\n]*)?"
)  # (…完成350.7亿元,是2010年的2倍: the level, against the first year's)
_AGAINST_A_YEAR = re.compile(r"(?:是|比|较|与|同)(?:19|20)\d\d年")
# (the tail of a run: 分别从44026元、21235元提高到63481元、32428元)
_ROUGHLY = rf"(?:了)?(?:约|近|超过|超|逾)?(?:(?:{lx.NUMBER})[^\d,;。、]{{0,6}}[、和])*$"
LEVEL_REACHED = re.compile(
    rf"(?:达到?|突破|超过|[到至为是]|稳定在|保持在|控制在|跃上|迈上|跨上)"
    rf"(?:(?:19|20)\d\d年(?:底|末)?的?)?{_ROUGHLY}"
)
_CHANGED = re.compile(rf"(?:增加|增长|提高|提升|上升|扩大|下降|减少|降低|缩小|净增){_ROUGHLY}")
# What is a year's level when it is stated with no verb (城乡居民人均可支配收入2.33万元)
_A_LEVELS_NAME = re.compile(
    r"^在建|人均|总值|增加值|收入|产值|余额|产量|总量|规模|零售总额|GDP|人口|里程|[率数]$|比重$|占比$"
)


def over_years(norm: str, a: int, figure: Figure) -> bool:
    """Said of the years together (年均, 累计, 连年) rather than of the last of them: in the
    figure's own clause (地区生产总值年均增长7%,2023年达到500亿元: 500亿元 is 2023's)."""
    if figure.value is None:
        return False  # (城乡居民收入与GDP增速保持同步: in step, of no years)
    end = figure.phrase[1] + a
    # (back to the clause's start: 年均增长4.1%,规模以上工业总产值增长41% is no mean)
    clause = max(norm.rfind(",", a, figure.phrase[0] + a), norm.rfind(";", a, figure.phrase[0] + a))
    start = max(a, figure.phrase[0] + a - 16, clause + 1)
    years = [m.start() for m in YEAR.finditer(norm, start, end)]
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(norm, start, years[-1])] if years else []
    if breaks:
        start = breaks[-1]  # (…年均增长7%,2023年达到500亿元,增长6%: 2023's clauses)
    return cues.OVER_YEARS.search(norm, start, end) is not None


_CLAUSE_BREAK = re.compile(r";|(?<!\d),|,(?!\d{3}(?!\d))")  # (not 1,234; but 7%,2023年)


# What says a sentence speaks of several years, beside 累计 (五年累计, 年均增长6.9%,
# 2016年以来累计, “十三五”时期).
_SEVERAL_YEARS = re.compile(
    rf"连年|连续|年均|历年|(?<!一年)(?<!今年)以来|[二三四五六七八九十两]+年|{lx.FIVE_YEAR_PLAN}|"
    r"(?:19|20)\d\d年?[-~—–至到]|"
    r"本届|任期|自(?:19|20)\d\d年|[比较](?:19|20)\d\d年"  # (比2020年累计下降14.2%)
)


def the_years_own_total(norm: str, a: int, b: int, figure: Figure) -> bool:
    """累计 in a review of one year is that year's total so far (固定资产投资累计完成341.61
    亿元): a figure of several years only where its sentence (a, b) says so otherwise."""
    clause = norm[max(a, figure.phrase[0] + a - 16) : figure.phrase[1] + a]
    if "累计" not in clause or _SEVERAL_YEARS.search(norm, a, b):
        return False
    # (本届政府五年来,…。全县累计完成…: what its paragraph opens with says it too)
    paragraph = paragraph_start(norm, a)
    opening = norm.find("。", paragraph, a)
    return opening < 0 or _SEVERAL_YEARS.search(norm, paragraph, opening) is None


# A level a change starts from: 从 or 由 before it (and the run of levels it opens: 分别从2.8
# 万元、1.5万元增加到…), and 到 or 至 after it.
_FROM = re.compile(
    r"[从由](?:(?:(?:19|20)\d\d年|年初|上年|去年|目前|当前|现在)(?:末|底)?的?)?(?:[\d.,]+[^\d,;。、]{0,6}、)*$"
)  # (由年初的1.83%下降到0.03%: the level the year began from, the year before's)
_TO_A_LEVEL = re.compile(
    rf"(?:[、和](?:{lx.NUMBER})(?:{lx.UNIT})?)*"
    r"(?:预计|分别|稳步|逐步|大幅)?"  # (从179.92亿元预计增加到245亿元)
    rf"(?:{lx.CHANGE_TO}|到|至|{lx.PASSING})"  # (从1.45万亿元接连突破2万亿元)
)


def starts_from(match: re.Match[str]) -> bool:
    """Whether the value ``match`` found is the level a change started from (由180亿元增加到
    260亿元: 180), looked for in the 40 characters before it (a clause may be long)."""
    body, start = match.string, match.start()
    return _FROM.search(body, max(0, start - 40), start) is not None and bool(
        _TO_A_LEVEL.match(body, match.end())
    )


def months_no_figure(body: str, match: re.Match[str]) -> bool:
    """Months that are no figure: the months so far (前11个月), a deadline (3个月内), or a
    streak of another figure's (增速连续4个季度排名第一; but 连续10个月无新增病例 is a span
    the corpus's readers keep)."""
    if body.endswith("前", 0, match.start()) or body.startswith("内", match.end()):
        return True  # (审批时间控制在3个月内, a level at most, is left out with the deadlines)
    return body.endswith("连续", 0, match.start()) and bool(
        _A_FIGURE_AFTER.match(body, match.end())
    )


_A_FIGURE_AFTER = re.compile(r"[^,;。]*?(?:第|首位|前列|\d|增长|两位数|高于|低于|快于|保持|位居)")
