"""Where a sentence stands: in the review, or past it (after the year's targets), where only
what sets targets is drafted unless the sentence is of an earlier year, a task of the year's
body, or a news page's result.  And a sentence before the targets that strives ahead.  Split
from reviews.py, which reads each sentence where it stands."""

from __future__ import annotations

import re
from typing import NamedTuple

from jfq.authoring.extract import cues
from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.days_past import opens_with_an_earlier_year


class Standing(NamedTuple):
    """Where a sentence stands: past the review (``after``), only what sets targets is
    drafted, unless the sentence is one of these."""

    after: bool
    # a news page's figures of the year before, after its targets (据介绍,2014年甘肃省实现
    # 生产总值…), or a side-by-side page's results of its regions
    earlier: bool
    strives: bool  # the report's body sets targets of its own (力争全区果品产量870万吨)
    # a news page's result of the year its targets were for (杭州最后交上的答卷为15373亿元,
    # 同比增长6.8%): words of the past and none of a plan
    back: bool


# A line that opens on a year it speaks of (2023年,全县…), or a source's (龔正指出,2025年上海經濟
# 運行…; 据初步核算,2023年…), not a date (2023年中央经济工作会议强调; 按照2023年12月…部署) nor a
# span's start (2023年以来).
_A_MEETING = r"中央|党中央|全国|国务院|[省市县区州]委|[^,。]{0,12}(?:会议|工作会)"
_A_LINE_ON_A_YEAR = re.compile(
    r"(?:[^,。\n]{0,12}(?:指出?|说|表示|介绍|称|透露|显示|核算|统计|强调|提到|披露)[,:])?"
    r"((?:19|20)\d\d)年"
    rf"(?:[底末]|全年)?(?!\d{{1,2}}月|以来|的|初)(?:[,是](?!{_A_MEETING})|(?![,是]|{_A_MEETING}))"
)
# An opening year that is the date of a meeting or of what is followed, not the year the
# sentence speaks of (按照2023年12月中央经济工作会议部署,全市将…; but 2023年12月末,全县
# …存款余额 is the figure's date).
_A_DATE_OPENS = re.compile(
    r"(?:按照|根据|依据|遵照)[^,;。\d]{0,4}(?:19|20)\d\d年|(?:19|20)\d\d年\d{1,2}月(?:\d{1,2}日)?"
    r"(?:召开|举行|中央|全国|[省市县区州]委|[^,;。]{0,8}会议)"
)
# Words of the year ahead said in a line of an earlier year (今年, 力争, 将新建…): narrower
# than cues.AHEAD, whose 目标 and 要求 a review's line says too (超额完成年度目标任务).
_THIS_YEARS_WORK = re.compile(
    rf"今年|明年|力争|确保(?!了)|(?<![^,;。\n])(?:[全我]{lx.LEVEL})?将"
    rf"(?={cues.WILL_DO}){cues.NOT_AS_BA}"
)


_THE_REPORT_SHOWS = re.compile(r"报告显示|报告顯示")
_COMPARED_WITH_THE_YEAR_BEFORE = frozenset({"比上年", "较上年", "同比"})
# A change over a plan's years, from a level to another (…由300亿元增加到420亿元): reviewed.
_CHANGED_OVER_THE_YEARS = re.compile(rf"[由从][^,;。]{{0,20}}?\d[^,;。]{{0,12}}?(?:{lx.CHANGE_TO})")
# A plan's own words, which outweigh such a comparison (not 目标 of 完成年度目标, nor 同步).
_A_DIGIT = re.compile(r"\d")
_A_PLANS_WORD = re.compile(
    r"今年|明年|力争|确保(?!了)|计划(?=新增|实现|增长|达到)|拟(?=按|安排|实现|新增)|"
    rf"将(?=首次|(?:{cues.WILL_DO})[^\d,;。]*\d)"  # (今年…将努力实现技工贸收入370亿元,同比增长17%;
    # not …同比增长26%,将持续推动文旅消费, a figure's review and what will follow it)
)  # (not 计划内项目完成50亿元)
# A news page's lead on what the report sets (工作报告提出,…; 报告明确:…), before its block.
_THE_REPORT_PROPOSES = re.compile(r"[^,;:。\n]{0,12}?报告[^,;:。\n]{0,4}?(?:提出|明确|确定)[,:]")


def where_it_stands(
    norm: str,
    sentence: tuple[int, int],
    review_end: int,
    year: int,
    named: tuple[list[int], list[int]],
    *,
    line_opened_on_the_past: bool = False,
) -> Standing:
    """Where the sentence ``sentence`` stands; ``named``: the years it names, and those it
    is of (its own, else its paragraph's); ``line_opened_on_the_past``: whether the line it
    is in opened on the past (spans.opens_on_years_past, asked once a line by the caller)."""
    a, b = sentence
    own, years = named
    earlier = opens_with_an_earlier_year(norm, a, b, year or None)
    earlier = earlier and not _A_DATE_OPENS.match(norm, a, b)
    earlier = earlier and not _THIS_YEARS_WORK.search(norm, a, b)  # (2023年,…,今年全县…)
    if a < review_end:
        return Standing(False, earlier, False, False)
    # (龔正指,2025年上海經濟運行穩中有進,…。地方一般公共預算收入達8,500億元…: after the
    # targets, a line that opens on an earlier year goes on about it in the sentences after,
    # which name none; a year carried from lines before is no such opening)
    line = norm.rfind("\n", 0, a) + 1
    earlier = earlier or bool(
        year
        and line < a
        and not own
        and years
        and max(years) < year
        and (on_a_year := _A_LINE_ON_A_YEAR.match(norm, line, a)) is not None
        and int(on_a_year[1]) < year
        and not _THIS_YEARS_WORK.search(norm, a, b)
    )
    past = _of_the_past(norm, a, b)
    # (五年来,西安市财政投入…累计达1078.8亿元。城镇居民人均可支配收入从10905元增加到25981元:
    # a paragraph that opened on the years past, and says nothing of the year's work, goes on
    # about them; not a task's paragraph that names the past in passing: （一）坚持项目为王。
    # 去年以来,…。全年实施重点项目120个)
    goes_on = (
        line < a
        and line_opened_on_the_past
        and not any(y >= year for y in own)
        and not _THIS_YEARS_WORK.search(norm, line, b)
        and not cues.AHEAD.search(norm, line, b)
    )
    # the body's tasks: 力争/确保, or a figure said with no word of the past and in no
    # paragraph of an earlier year (新增技能人才2400人, in the year's work; but 2023年,该市…
    # 。规模以上工业增加值增长7.1% goes on about 2023)
    # (a news page's 报告显示,全市生产总值达到3862亿元 after its targets: what the report
    # reviews, unless it says what will be done: 报告显示,今年全县将…)
    shown = _THE_REPORT_SHOWS.search(norm, a, b) is not None and not _THIS_YEARS_WORK.search(
        norm, a, b
    )
    plain = not (past or goes_on or shown or earlier) and all(y >= year for y in years)
    strives = plain or cues.STRIVE.search(norm, a, b) is not None
    back = (
        (past or bool(goes_on) or shown) and not strives and cues.AHEAD.search(norm, a, b) is None
    )
    return Standing(True, earlier, strives, back)


def _of_the_past(norm: str, a: int, b: int) -> bool:
    """Whether the sentence says words of the past; a comparison with the year before that more
    words of a plan outweigh is a plan's (今年赤字率拟按4%左右安排,…比上年增加2300亿元;…支出
    规模将首次达到30万亿元)."""
    first = cues.PAST.search(norm, a, b)  # (most sentences: none, or a word of the past)
    if first is None or first[0] not in _COMPARED_WITH_THE_YEAR_BEFORE:
        return first is not None
    pasts = cues.PAST.findall(norm, a, b)
    if any(word not in _COMPARED_WITH_THE_YEAR_BEFORE for word in pasts):
        return True
    # (将 weighs only before the sentence's first figure: …实现旅游收入3.1亿元,将持续推动3个景区
    # 提档升级 reviews, then plans)
    first_figure = _A_DIGIT.search(norm, a, b)
    before = first_figure.start() if first_figure else b
    plans = [
        m
        for m in _A_PLANS_WORD.finditer(norm, a, b)
        if m[0] != "将" or m.start() < before or norm.startswith("首次", m.end())
    ]  # (but 支出规模将首次达到30万亿元 plans wherever it stands)
    return len(pasts) >= len(plans)


def strives_ahead(norm: str, a: int, b: int, own: list[int], year: int) -> bool:
    """A sentence before the targets block that sets a task of the year in words: one that
    says this year will (今年城厢镇将力争实现…增长6%以上), a news page's lead on what the report
    sets (工作报告提出,东营区2017年计划全年新增城镇就业6000人,…), or 力争全年
    招商引资项目数量突破100个 (a news page's 展望2024 before its list), with no word of the
    past and no earlier year of its own, after an opening on the report's year that looks
    ahead (2024年,新区将…; 展望2024) and no word of the past since (not 2023年,…。确保粮食
    安全不放松,全年…: the review's 全年, whatever year a title, a dateline or 谋划储备2024年
    重点项目 names)."""
    if _of_the_past(norm, a, b) or any(y < year for y in own):
        return False  # (not 今年…将努力实现技工贸收入370亿元,同比增长17%: a plan's comparison)
    if (
        _THE_REPORT_PROPOSES.match(norm, a, b)
        and (any(y >= year for y in own) or _A_PLANS_WORD.search(norm, a, b) is not None)
        and not _CHANGED_OVER_THE_YEARS.search(norm, a, b)
    ):
        return True  # (工作报告提出,东营区2017年计划全年新增城镇就业6000人: a news lead; not
        # 报告提出,“十四五”时期…由300亿元增加到420亿元, a plan's years reviewed)
    if year_it_will(norm, a, b, year) is not None:
        return True  # (记者…获悉,今年城厢镇将力争实现一般公共预算收入增长6%以上: a news lead)
    striving = cues.STRIVE.match(norm, a)
    if striving is None or norm.startswith("了", striving.end()):  # (确保了粮食安全: done)
        return False
    openers = list(_LOOKING_AHEAD.finditer(norm, max(0, a - _LOOK_BACK), a))
    opener = next((m for m in reversed(openers) if int(m[1] or m[2]) >= year), None)
    return opener is not None and cues.PAST.search(norm, opener.end(), a) is None


def year_it_will(norm: str, a: int, b: int, year: int) -> int | None:
    """The year, not yet past, that the sentence says something will be done in (今年…将:
    ``year``; 到2030年经济总量将达到…: 2030; 2026开局之年,兰州将…: 2026), if it says one
    before any figure of its own."""
    for will in _YEAR_WILL.finditer(norm, a, b):
        if _A_FIGURE.search(norm, a, will.start()):
            return None
        said = will[1] or will[2]
        named = year if said is None else int(said)
        if named >= year:
            return named
    return None


# This year, or a year not yet past at a clause's opening, and what will be done in it, in
# its clause or the next (今年城厢镇将力争实现…; 到2030年经济总量将达到…; 2026开局之年,兰州将…).
# Not a year a framing phrase or a subject holds (对标2030年将实现碳达峰的要求, 杭温高铁2024年
# 将建成通车: the sentence reviews what was done toward it), a range's or a title's year
# (《…行动计划(2023—2025年)》,将…: 将 puts an object first), nor 将乐县 nor 将近.
_IN_A_CLAUSE = r"(?:[「“][^」”,;。]{1,10}[」”]|[^,;。\d)》」”])"  # (a quoted name whole: 「保八」)
_YEAR_WILL = re.compile(
    r"(?:今年|(?<![^,;:。\n])(?:到|至|在)?(?<![—\-–~])((?:19|20)\d\d)(?:年|(?=[^\d,;。]{0,4}之年)))"
    rf"(?:{_IN_A_CLAUSE}{{0,12}}?,)?{_IN_A_CLAUSE}{{0,12}}?"
    # (not 将 as 把: 今年是“项目攻坚年”,全县将项目建设作为头号工程)
    rf"(?:将(?!近|军|乐){cues.NOT_AS_BA}|力争|确保(?!了))"
    r"|将(?:于|在)((?:19|20)\d\d)年"  # (该区将于2017年新建…中小学校14所: will, in the year)
)
# A figure said before a sentence's year and its 将 (…总投资320亿元的高铁开工建设,2028年将
# 建成通车): the sentence reviews, and the year is what will come of it; not a date (1月20日).
_A_FIGURE = re.compile(r"\d+(?:\.\d+)?(?![\d.年月日号届次])")  # (not 十八届人大3次会议)
_LOOK_BACK = 300  # characters: the paragraph or two before a sentence, not the chapter
# (2024年,新区将…; 2024年新区将…; 展望2024)
_LOOKING_AHEAD = re.compile(rf"{cues.YEAR_THEN_WILL}|展望((?:19|20)\d\d)")
