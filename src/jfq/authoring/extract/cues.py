"""The cues of the genre: what opens a block of targets (主要预期目标是), a glossary (名词解释)
or a heading (一、, 2023年工作回顾), what says a passage speaks of several years (过去5年, 五年来)
the markers of a list's items (一是, ①, ——), and what kind of text a sentence is (a look back or
ahead, a ceremony, a rider).  Split from lexicon.py, the closed word
classes a clause is read with; like those, all in simplified characters.
"""

from __future__ import annotations

import re

from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.comparisons import ABOVE_OR_BELOW

# A count of the year's livelihood works with their list after it: a colon, the lines below,
# or 具体包括 (将集中精力办好10件民生实事。⏎一是…新增停车位2万个; not 办好10件民生实事。主要…).
_WORKS_LISTED = r"”?(?:项目)?(?=:|[。;]?[ \t]*\n|[,。]?具体|,?(?:分别|包括))"
_COUNTED = r"[\d一二三四五六七八九十两][件项]"  # (not 一件件, 多项, 事项: no count)
# This year's specific goals, each wording looked back at from 具体目标 (a fixed width each).
_THIS_YEARS_LEADS = ("今年", "今年的", "今年发展的", "今年发展", "今年经济社会发展的",
                     "今年经济社会发展", "今年经济社会的", "今年经济社会")  # fmt: skip
_THIS_YEARS_SPECIFIC = "|".join(f"具体目标(?<={lead}具体目标)" for lead in _THIS_YEARS_LEADS)
TARGET_CUE = re.compile(
    r"(?:主要预期目标|主要发展目标|预期发展目标|发展预期目标|主要预期指标|主要预期性指标|预期性指标|"
    r"预期目标|主要目标|主要指标|约束性指标|发展目标|总体要求|预期奋斗目标|主要奋斗目标|"
    # (确定了今年发展的具体目标,即…; not a plan's 具体目标:到2027年…, nor 按照具体目标 in a review)
    rf"{_THIS_YEARS_SPECIFIC}|"
    r"经济工作的目标(?=[是为])|"  # (2007年经济工作的目标为:…; a literal first: the scan's speed)
    r"今年目标(?=[ \t]*\n)|"  # (a news page's heading over its lines: 今年目标⏎生产总值增长13%)
    # (a heading over a report's tasks shared out: 一、确保年度目标⏎1. 生产总值增长5%左右。…)
    r"年度目标(?:(?<=确保年度目标)|(?<=[、.)]年度目标))(?=[ \t]*\n)|"
    r"五年目标(?<=[今未][后来]五年目标)(?=[:是为]|[ \t]*\n)|"  # (未来五年目标:村庄绿化…: a plan's)
    # (each alternative a literal first, what comes before looked back at: the scan's
    # speed, 5 x)
    rf"重点民生实事(?<={_COUNTED}重点民生实事){_WORKS_LISTED}|"
    rf"民生实事(?<={_COUNTED}民生实事){_WORKS_LISTED})"
    r"(?:建议|拟|初步)?(?:是|为|确定为|设定为|安排为|安排是|定为|包括|如下|有|,?即)?"
)


# The year's livelihood works, which a report counts and lists (办好10件民生实事:).
WORKS = "民生实事"


def lists_the_years_works(cue: re.Match[str]) -> bool:
    """Whether a TARGET_CUE match is the count of the year's livelihood works (10件民生实事)."""
    return WORKS in cue[0]


GLOSSARY_HEADING = re.compile(
    r"名词解释|词语解释|名词注释|词语注释|名词解读|名词释义|术语解释|有关说明|新词|热词|词条|"
    r"名词链接"
)
# A report's list of its parts (报告分为三部分:2025年工作回顾,…主要目标任务,2026年重点工作):
# the years it names date no paragraph after it (paragraph_years).
REPORTS_PARTS = re.compile(r"报告[^,;。:]{0,6}(?:分为?|包括|共)[两二三四五六七八九\d]个?部分:")
# A plan of several years, whose targets are not the year's: 十五五时期主要目标, 规划纲要.
PLAN = re.compile(rf"{lx.FIVE_YEAR_PLAN}|时期|规划|纲要|远景|(?:今后|未来)[五5]年")
# A passage about several years: 过去5年, 五年来, 五年年均, 十四五期间 (5 when unnumbered).
SPAN = re.compile(
    # (a count of years, not a year: 比2020年累计下降14.2% is no span of 2020 years)
    r"过去\s*([0-9一二三四五六七八九十]+)\s*年|(?<![0-9])([0-9]{1,2}|[一二三四五六七八九十]+)年"
    r"(?:来|年均|累计|间)|"
    rf'{lx.FIVE_YEAR_PLAN}[”"]?(?:时期|期间|以来)'  # (“十四五”时期: quoted too)
)
# A sentence that opens on the years it counts (五年累计实施重点项目1344个,竣工1142个): its
# own clauses are their totals, and a 其中 sentence's after it (spans.sentences_span); no
# paragraph's, which goes on about the year after it.
COUNTED_AT_ITS_START = re.compile(
    r"(?:[^,;。\d]{0,16},)?([一二三四五六七八九十两]|\d{1,2})年(?:累计|共|新增|净增)"
)
# A year and what will be done in it, said at a sentence's opening (2024年,新区将…): plans.py
# opens a plan on it, standing.py reads a striving sentence after it.
YEAR_THEN_WILL = r"((?:19|20)\d\d)年,?[^,。\n\d]{0,16}?将"
# The words a plan sets a figure with (将, 要, 力争, 确保, 争取, 计划): not 将近, 主要, 需要.
PLANS_VERBS = r"将(?!近|军)|(?<![主重需只必纲首摘纪概扼])要(?![素求点])|力争|确保(?!了)|争取"
PLANS_WORD = rf"{PLANS_VERBS}|计划"
# A day a figure stood on (截至2018年8月,…存款余额5557.8亿元), and its month; not a plan's for
# that day (截至2025年底,全县将建成…).  Whether the day is past: days_past.a_day_past.
AS_OF = re.compile(
    r"截[至止]到?((?:19|20)\d\d)年(?:(\d{1,2})月)?(?:\d{1,2}日)?(?:底|末)?"
    rf"(?![^;。]*(?:{PLANS_WORD}))"
)
# Said of several years together, not of the last one: 年均增长, 累计, 连年稳定.
OVER_YEARS = re.compile(r"年均|累计|连年|连续|合计|总计|平均每年")
# A heading of a report or a digest: 二、, 三、(the numbering of its parts).
HEADING = re.compile(r"[一二三四五六七八九十]+、")
# A heading of the review, numbered (一、2017年工作回顾) or on a line of its own (2019年工作回顾,
# 去年成绩单, 回眸2023; not 成绩单 alone), till a PLAN_HEADING (2020年工作安排, 展望2018年).
REVIEW_HEADING = re.compile(
    r"回顾|过去(?:的)?一年|一年来|工作总结|(?:去年|上年)的?(?:成绩单|成绩|答卷|亮点)|回眸(?:19|20)\d\d|"
    # (一、决胜…取得决定性成就, 黄石 2020; not a plan's 在…上取得新成效, 奋力…, 2025年…)
    r"[一二三四五六七八九十]+、(?![^\n]*?(?:推|促|确保|力|加快|着|争取|务|要|在|(?:19|20)\d\d))"
    r"[^,;。\n]{0,16}?取得了?(?:决定性|历史性|重大|显著|明显|巨大)(?:成就|成绩|胜利)|"
    # (主要经济指标完成情况较好, 计划执行情况如下; not 定期通报完成情况, a task's verb's line)
    r"(?<![^\n])(?![^\n]*?(?:强化|加强|督查|督促|监督|通报|考核|检查|跟踪))[^\n]*?(?:完成|执行)情况"
)
PLAN_HEADING = re.compile(
    r"安排|打算|计划(?!生育)|要点|工作思路|总体要求|主要任务|今年|新的一年|展望|这样干"
)
# A numbered heading of the year's work (二、2020年主要工作), when it names the report's year.
WORK_HEADING_END = re.compile(r"(?:工作|目标|任务)$")
# Words of a heading that says what the lines under it are: 工作回顾, 主要目标, 过去5年.
HEADING_WORD = re.compile(
    r"回顾|目标|过去|年来|成绩|成就|要点|总体要求|一年|数据|主要指标|完成情况"
)
HEADING_LINE = re.compile(r"(?<=\n)[一二三四五六七八九十]+、")
# The words that say a sentence looks ahead.
# (人均预期寿命 is a level, no word of a plan)
# 目标 as a plan's word; not in nouns it compounds with (目标企业, 目标责任考核, 目标管理)
_TARGET_WORD = r"目标(?!企业|客户|市场|人群|责任|管理|考核)"
# (not the target a margin is measured against: 低于预期1.5个百分点, 好于下降7%的预期; but
# 低于预期7%左右 and 低于预期的8% state the target)
_A_MARGIN_ON_THE_TARGET = r"(?<=高于|低于|好于|快于)预期(?:[\d.]+[、和及])*[\d.]+个?百分点"
_FUTURE = (
    _TARGET_WORD
    + rf"|力争|确保|(?!{_A_MARGIN_ON_THE_TARGET})(?<![\d%]的)预期(?!寿命)"
    + r"|{strive}|预计将|将要|拟|今年|明年|要把"
)
# In a review, 争取 with what was secured (争取中央补助资金2611亿元) looks back; 争取更好结果,
# 争取实现… still look ahead; 争取到位资金 was secured.
FUTURE_IN_REVIEW = re.compile(
    _FUTURE.format(strive="争取(?=更好|实现|达到|完成|早日|尽快|在|到(?!位))")
)
# Words of a plan's body that set a figure as a target (力争全区果品产量870万吨).
STRIVE = re.compile(r"力争|确保")


def opens_on(word: str, *, not_after: tuple[str, ...]) -> str:
    """``word``, where none of ``not_after`` comes right before it.  The lookbehinds follow
    the word rather than open the branch: re searches a pattern whose every branch opens on
    a literal by scanning for those characters (over the 8 MB benchmark report's 63,222
    sentences, PAST took 0.02 s where it had taken 0.31 s, and AHEAD, one of whose branches
    still opens on a look-behind, 0.25 s where it had taken 0.66 s)."""
    return word + "".join(f"(?<!{before}{word})" for before in not_after)


# Words before 提前 that look ahead (力争提前一年完成…目标; 提前一年完成 alone was done).
_EARLY = opens_on("提前", not_after=("力争", "要", "确保", "争取", "将"))
# A target a review says was met, passed or missed (超年度计划目标, 低于预期目标的情况下).
TARGET_MET = re.compile(
    r"(?:超|超过|完成|实现|达到|达成|提前|低于|高于|不及|未能?(?:完成|实现|达到|达)|"
    # (差计划目标0.9个百分点: missed; 增幅比预期目标高出2.3个百分点: passed)
    r"[差比较](?=计划|年度|预期|目标|年初|全年))[^,;。]{0,14}目标$"
)
# The share of a target done (完成年度目标的56.00%): a review's, of a year or of its months.
_A_TARGETS_SHARE_DONE = r"完成[^,;。]{0,8}目标(?:任务)?的"
TARGETS_SHARE_DONE = re.compile(  # (完成年度投资计划50.5%, 占年计划的41.8%, 为全年任务的51%)
    # (and with the target's amount: 完成目标任务148.7亿元的50%; and 完成年度计划投资的33%)
    r"(?:完成|占|为|达到?)[^,;。]{0,8}(?:目标|计划|任务)(?:任务|(?<=[年度]计划)投资)?"
    r"(?:[\d.]+[^\d,;。的]{0,3})?的?[\d.]+%"
)


def a_purpose(word: re.Match[str]) -> bool:
    """Whether an AHEAD word is 确保 as a purpose (…,确保惠企政策精准滴灌), not a plan's
    确保完成, 确保实现, 确保达到; its callers ask where it stands (after the figures)."""
    return word[0] == "确保" and _COMPLETED.match(word.string, word.end()) is None


_COMPLETED = re.compile(r"完成|实现|达到|全面完成")
# A target referred to, met or kept within (目标任务较好完成, 控制在预期目标以内): no plan's.
TARGET_REFERRED = re.compile(
    r"(?:预期)?目标(?:任务)?[^,;。]{0,4}(?:完成|实现)|(?:预期)?目标(?:以内|之内)|"
    # (…审查批准的13项主要目标任务,除地区生产总值外均圆满完成: met, each of them)
    r"(?:预期)?目标(?:任务)?[^;。]{0,16}?(?:均|全部|都)(?:已)?(?:圆满|顺利|较好|超额)?完成|"
    # (主要经济指标年底均可实现预期目标: a review's hope; not 有望实现…的目标, of the year ahead)
    r"(?:完成了|实现了|超额完成|圆满完成|较好完成|顺利完成|超|(?<=[均都])可(?:完成|实现)|"
    # (提前一年完成“十二五”规划提出的目标: met early)
    rf"未能(?:完成|实现)|{_EARLY}(?:[一两二三\d]年)?(?:完成|实现))"
    r"[^,;。]{0,12}目标|"
    # (年均增长17%,高出“十二五”规划目标2个百分点, 增长9%,高于年度预期目标: a figure
    # measured against a target)
    r"(?:高出|高于|超出|超过|低于)[^,;。]{0,12}目标(?=\d|[,;。]|$)|"
    r"(?:确定|提出|锚定|围绕)“[^”]{1,12}”(?:发展|奋斗|战略)?目标|"  # (确定“三个千亿”目标: named)
    rf"{_A_TARGETS_SHARE_DONE}(?=[\d.]+%)"
)
# The marks a list's items open with, as classes of a pattern: the symbol blocks (arrows,
# block elements, geometric shapes, miscellaneous symbols, dingbats: ▌ ■ ● ◎ ▲ ★ ➢ ✓ …) and
# the marks seen in reports outside them, not the few seen so far; and numbers in a circle
# or brackets (① ⑴ ⒈ ❶ ㈠).
BULLETS = r"•·※＊*√\u2190-\u21ff\u2580-\u25ff\u2600-\u2775\u2794-\u27bf"
ENCLOSED_NUMBERS = r"\u2460-\u24ff\u2776-\u2793\u3220-\u3229"
# (after a space: 分别是: (1)加快…; 01/地区生产总值…, but not 1/3, a fraction)
# (not 一、 before 二、三产业: the sectors by their ordinals, one each)
MARKERS = re.compile(
    rf"\s*(?:\d{{1,2}}/(?!\d)|[{BULLETS}\-—]+|[{ENCLOSED_NUMBERS}]|"
    r"[(（]?[0-9一二三四五六七八九十]+[)）、](?<!一、(?=二、三次?产))|"
    r"[0-9]+\.(?!\d)|"
    r"[一二三四五六七八九十]+是|——|"
    r"【[^】\n]{1,8}】)\s*"  # (【农业】农业增加值19.65亿元: a yearbook's label over its lines)
)
# What kind of text a sentence is, where no cue above says: a bulletin, a ceremony, a rider,
# a look back or ahead (moved from lexicon.py, whose word classes they are not).
# A statistics bulletin (统计公报), known by its title or its signature near the top.
# (统计局 as its signature or the one who issues it, on a line of its own or before 发布; not
# a bureau named in the text: (省发改委、农委、统计局分别负责))
BULLETIN = re.compile(
    r"统计公报|经济运行情况|国民经济运行|统计局(?:发布|公布)|"
    # (县统计局 2024-01-20: its signature and date; 发布时间:… 来源:县统计局: a portal's
    # header; not a bureau cited, 据省统计局反馈的数据, nor one of a page's sources)
    r"(?:^|\n)[^\n,,、;。()]{0,16}统计局[ \t]*"
    r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)?[ \t]*(?:\n|$)|"
    r"发布时间[^\n]{0,30}来源:[^\n,,、;。]{0,10}统计局"
)
# Clauses about a meeting, not a figure of the report: 近2900名代表出席开幕式.
# (本次大会应到代表215名,实到199名; 200余名人大代表齐聚一堂)
CEREMONY = re.compile(r"出席|列席|开幕式|闭幕式|应到|实到|齐聚|与会|参会|参加(?:会议|大会)|会期")
# Clauses that ride along a target and are none: 在实际工作中争取更好结果.
RIDER = re.compile(r"^(?:在实际工作中|实际工作中)|更好(?:的)?(?:结果|成绩|效果)")
# Reaching targets: 实现, 完成, or ensuring it (为确保上述目标任务实现, 为保证完成以上目标).
ENSURING = r"(?:确保|保证)(?:实现|完成)?"
ACHIEVING = rf"(?:{ENSURING}|实现|完成)"
# What meeting the targets takes (实现此目标需要做到稳中求进、好中求快): a rider where it
# states no figure (完成上述目标需新增固定资产投资500亿元 states one).
MEETING_THE_TARGETS = re.compile(
    rf"^(?:为了?|要|围绕)?{ACHIEVING}(?:上述|以上|这些|此|该|这一|这个)(?:目标|任务|指标)"
)
# The verbs a task opens with (提升城市文明程度, 改善生态环境, 发展战略性新兴产业).
TASK_VERBS = (
    r"提升|加快|推进|深化|强化|繁荣|打造|实施|推动|促进|着力|聚焦|优化|完善|健全|加强|扩大|"
    r"培育|壮大|建设|构建|坚持|全力|大力|改善|发展"
)
# How a thing went, as a review's or a digest's heading says it (营商环境持续改善, 项目建设成效
# 显著, 研发平台建设得到新加强, 消费市场逐步恢复): a statement, no glossary term, and over a
# section, a review's (plans.py).
HOW_IT_WENT = re.compile(
    r"(?:持续|加快|稳步|不断|显著|明显|全面|进一步|大幅|有序|扎实|日益|更加|逐步|迅速|快速|稳定)"
    r"(?:改善|提升|增强|转换|优化|推进|发展|提高|加强|扩大|释放|向好|壮大|完善|突破|增长|好转|恢复|"
    r"攀升|回升|深化)$|"
    r"(?:取得|得到|实现|迈上|开创|谱写)新?(?:实效|成效|突破|进展|加强|提升|发展|跨越|台阶|局面|篇章)$|"
    r"(?:成效|收效|成果|效果)(?:显著|明显|良好|丰硕)$|稳中有进$|稳中向好$|"
    r"有(?:力度|速度|温度|深度|广度|高度|亮度|成效|实效)$"  # (招商引资有力度, 项目建设有速度)
)


# The year's target, said in brackets after a result (预期目标为8.5%以上, 年度目标10%): no
# plan of the sentence's, and its figure the target of the one before it (targets_met.py).
# (not a rate of completing it: 年度目标完成率105%)
TARGET_ASIDE = re.compile(
    r"\((?:年初|年度|全年)?(?:预期|计划)?目标(?:值)?(?:为|是)?(?!(?:任务)?完成)[^()]{0,16}\)"
)


# A target a margin is measured over, its value in brackets next (超过年初预期目标(6.5%); not
# 圆满完成年度目标(增长6.8%), where the bracket says what was done).
_OVER_A_TARGET = re.compile(rf"(?:{ABOVE_OR_BELOW}|超过|超出|高出)[^,;。()]{{0,10}}目标$")


def in_a_target_aside(norm: str, start: int, at: int) -> bool:
    """Whether ``at`` is inside a bracketed target (TARGET_ASIDE) opened at or after
    ``start - 1`` (a clause may begin right after the bracket that opens it)."""
    opened = norm.rfind("(", max(0, start - 1), at)  # (a clause may begin inside it)
    if opened < 0 or norm.find(")", opened, at) >= 0:
        return False  # (none, or an aside before it, closed)
    if norm.find("实际", opened, at) >= 0 or norm.find("完成", opened, at) >= 0:
        return False  # (what was done: 实际增长5.9%, 完成率69%, 完成年度目标的84%)
    if _OVER_A_TARGET.search(norm, max(0, opened - 16), opened):
        return True  # 超过年初预期目标(6.5%)0.2个百分点: the target's value, bracketed after it
    return TARGET_ASIDE.match(norm, opened) is not None


# Sentences that look back (a result) or ahead (a target), where no cue says which.
PAST = re.compile(
    r"去年|上年|过去|这一年|一年来|五年来|以来|完成了|实现了|同比|比上年|较上年|累计|首次(?<!将首次)|"
    r"初步核算|预计(?!将)|"
    r"历史性|荣获|获评|排名|位居|全省第|全市第|全国第|实际(?:完成|实现|新增|引进)|"
    rf"{_EARLY}[一两二三\d]年(?:完成|实现|达到)|超(?:额完成|过)?(?:年度|全年)?计划|"
    # (10项民生实事均已完成年度目标: done, whatever target it names)
    # (推进已建成12个项目尽快达产, 盘活已建成厂房: a plan's; 已建成 before a noun with no
    # figure in its clause, too: 加快推进已建成项目尽快达产)
    + opens_on("已", not_after=("推动", "推进", "支持", "促进", "加快", "引导", "鼓励", "盘活"))
    + r"经?(?:全部|全面|基本|如期)?(?:完成|实现|达到|建成(?!的|[项厂企园安][^,;。\d]{0,8}[,;。]))"
)
# A sentence that opens on the year reviewed (过去一年,…按照…的要求,…报告提出的143项…如期完成
# 140项): its words of a plan are the review's (counted as two words of the past).
OPENS_ON_THE_PAST = re.compile(
    r"(?:过去的?一年|一年来|去年)[,:](?!.*(?:今年|明年|新的一年|新一年|预期|力争|确保|目标))"
)  # (not 过去一年,…;今年…预期增长6%左右: the year's targets after the review)
# The months of the year so far (今年1-11月, 今年以来): a report given late in its year reviews it.
# (not a plan for them: 今年1-6月,全县计划新开工…, 将新建…; nor 2024年1-2月, a year named)
SO_FAR = re.compile(
    r"今年(?:以来|1月?[-—–~至到](?:[2-9]|1[0-2])月|前(?:[2-9]|1[01]|[二三四五六七八九]|十一?)个月)"
    r"(?![^。]*(?:(?:计划|将)(?:新|实施|开工|完成|建设|引进|投资|力争)|力争|确保))"
)
# The months so far of a year named (2020年1—6月,锦尚完成公共财政总收入10661万元, in a report of
# July 2020): a review's where the year is the report's own and the sentence says no plan
# (not 2024年1-3月,全县计划集中开工…; …,全年要实现增长10%以上; 力争2024年1-6月…; the
# months of a year past beside the year's targets, 2023年1-11月,…;2024年,…预期增长6%左右).
# The months from January, short of the whole year (1—10月, 1月至6月).
MONTHS_SO_FAR = r"1月?[-—–~至到](?:[2-9]|1[01])月"
MONTHS_SO_FAR_AT = re.compile(rf"(?<!\d){MONTHS_SO_FAR}份?")  # (a figure of them is no year's)
_MONTHS_OF_A_YEAR = re.compile(rf"((?:19|20)\d\d)年{MONTHS_SO_FAR}")
# The whole year's aim beside a figure of its months (全年增长8%左右, 力争全年增长6%以上).
THE_YEARS_AIM = r"全年[^,;。]{0,12}?(?:左右|以上)"
_A_PLANS_WORD = re.compile(
    rf"{PLANS_VERBS}|(?<!年度)计划|目标|预期|{THE_YEARS_AIM}"
)  # (2024年1—2月,…增长9.1%,全年增长8%左右: the year's aim beside the months)


def months_so_far(sentence: str, year: int) -> bool:
    """Whether ``sentence`` states the months so far of ``year``, the report's own, or opens on
    them naming no year (then they are the year of the paragraph, which only the caller knows:
    months_rows.year_of_a_row asks it where the paragraph's year is the report's), and says
    no plan's word (计划, 将, 要, 力争, 目标, 预期, 全年…左右) nor the whole year's figure."""
    named = [int(m[1]) for m in _MONTHS_OF_A_YEAR.finditer(sentence)]
    # (据了解,上半年我县实现地区生产总值181.02亿元: a sentence that opens on the months, no year
    # named, is of this year's; not one that names them as aims, …,实现一季度“开门红”)
    said = year in named or (not named and _OPENS_ON_THE_EARLY_MONTHS.match(sentence) is not None)
    # (not beside the whole year's figure: 上半年…增长5.2%,全年增长6.1% reviews a year)
    whole_year = "全年" in TARGETS_SHARE_DONE.sub("", _YEARS_SHARE.sub("", sentence))
    return said and not whole_year and not says_a_plan(sentence)


# (完成全年计划投资165.5亿元的41.6%: a share done of the year's plan, no plan's word)
_YEARS_SHARE = re.compile(r"(?:完成|占|为|达)全年[^,;。]{0,4}(?:目标|计划|任务)[^,;。]{0,14}的")


def shares_of_targets_done(sentence: str) -> int:
    """How many shares of a target or plan done ``sentence`` states (完成年度目标的56.00%, 为全年
    任务的51%), not those its clause plans (力争…达到年度计划的90%以上, 将确保…完成年度目标任务
    的100%)."""
    done = 0
    for share in TARGETS_SHARE_DONE.finditer(sentence):
        clause = max(sentence.rfind(mark, 0, share.start()) for mark in ",;。") + 1
        planned = re.search(PLANS_VERBS, sentence[clause : share.start()])
        done += not planned and not sentence.startswith("以上", share.end())
    return done


def says_a_plan(sentence: str) -> bool:
    """Whether ``sentence`` says a plan's word (计划, 将, 要, 力争, 目标, 预期, 全年…左右); a
    share of the year's target done (完成年度目标的56.00%) is none."""
    # (…均高于人代会任务目标: a target the months are measured against)
    unplanned = TARGET_REFERRED.sub("", TARGETS_SHARE_DONE.sub("", sentence))
    return _A_PLANS_WORD.search(_YEARS_SHARE.sub("", unplanned)) is not None


def as_of_a_month_up_to(last: int, *, with_its_year: bool = False) -> str:
    """The day a count stood on, up to the end of the ``last`` month (截至6月底); with its
    year, as a group, where one is written (截至2015年8月底), and no deadline (截止…月底前)."""
    if with_its_year:
        return rf"截[至止](?:((?:19|20)\d\d)年)?[1-{last}]月(?![底末]?前)"
    return rf"截[至止][1-{last}]月"


AS_OF_AN_EARLY_MONTH = as_of_a_month_up_to(9)  # (截至6月底)


def months_so_far_up_to(last: int) -> str:
    """The words of a year's months so far up to its ``last`` month (6 to 9): 1—6月, 上半年, 一季度,
    前三季度 (前3季度), 截至6月底, 前5个月; not 二季度 alone (今年二季度,…开工建设: a plan's)."""
    assert 6 <= last <= 9, last  # (前[二]季度 below 6 would be no pattern; [2-1x] above 9)
    quarters = "二三"[: last // 3 - 1]  # (前二季度, 前三季度)
    months = "二三四五六七八九"[: last - 1]
    return (  # (元至7月, 元月至7月: January to July)
        rf"(?:(?:1月?|元月?)[-—–~至到][2-{last}]月份?|上半年|第?一季度|"
        rf"[前首](?:[{quarters}]|[2-{last // 3}])季度?|"
        rf"{as_of_a_month_up_to(last)}[底末]|前(?:[2-{last}]|[{months}])个月)"
    )


# The months so far of a report given within its year (上半年, 1—6月, 前三季度, 前5个月); one
# given in November or December says 今年1-11月 of the year it reviews.
EARLY_MONTHS_SAID = months_so_far_up_to(9)
_OPENS_ON_THE_EARLY_MONTHS = re.compile(rf"(?:[^,;。]{{0,6}},)?(?:今年)?{EARLY_MONTHS_SAID}")


# 将 as 把, "takes … as", where 作为 follows in its clause (全县将项目建设作为头号工程): no will.
NOT_AS_BA = r"(?![^,;。]*作为)"
# The verbs of doing that 将, "will", opens (将引进一批…; not 将稳增长摆在…, 将 as 把).
WILL_DO = (
    r"引进|新增|新建|新开工|建设|建成|实施|推进|推动|完成|实现|开工|打造|培育|力争|加快|持续|"
    r"着力|全力|继续|进一步|努力|大力|争取|确保|启动|举办|组织|开展"
)
# 建议 as "proposes" (建议全年地区生产总值增长6%左右), not the noun of delegates' proposals
# (办理人大代表建议162件, 意见建议, 合理化建议, 建议和提案, 议案建议办结率, 群众建议采纳率).
PROPOSES = opens_on("建议", not_after=("[表见化众]", "议案")) + (
    r"(?![、及与件\d]|和(?:提案|意见)|提案|办[理结复]|采纳|答复)"
)
# (none inside a title: 制定《一指标一建议》…3张清单 reviews what was made)
# What is expected, not a figure measured against it (好于预期, 超出预期, 符合预期).
EXPECTED = opens_on("预期", not_after=("好于", "超出", "符合", "高于", "低于", "超"))
AHEAD = re.compile(
    rf"(?:今年|明年|新的一年|新一年|{_TARGET_WORD}|{EXPECTED}"
    r"|力争|确保|提出|"
    # (要求 as a verb: not the noun of what was asked, …重要指示要求,…发起了15个攻势)
    r"要求(?<!指示要求)(?<!批示要求)(?<!部署要求)|"
    rf"争取更好|同步|{PROPOSES}|综合考虑|"
    # a new journey (踏上新征程), not one begun (…,开启了社会主义现代化建设新征程: a review's)
    r"(?<![^,;。\n])(?:(?!了)[^,;。\n]){0,24}?新征程|"
    r"还将(?<=[区县市州旗]还将)|"  # (江津区还将加大…: a news page's plan; 全县将…作为 is 把)
    # the year plans (全年计划实现工业总产值220亿元; but 年初计划实现…,实际完成… reviews)
    r"计划(?<=全年计划)(?=实现|完成|引进|新增|开工|投资)|"
    # a clause that opens on 将, "will", before a verb of doing (将引进一批…,新增…10家; but
    # 将稳增长摆在突出位置, 将…用于: 将 as 把, before its object)
    rf"将(?<![^,;。\n]将)(?={WILL_DO})|"
    # (…支出规模将首次达到30万亿元; 赤字率拟按4%安排: will, and a plan's "is to")
    r"将(?=首次)|拟(?=按|安排))(?![^《》\n]{0,30}》)"
)
