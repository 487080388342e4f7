"""What the lead-in of a targets cue says: whether a list follows it, whose year it is, and
whether it is a plan's.

主要预期目标是 opens a list; 完成了年初确定的主要目标, 为实现上述目标, 锚定…发展目标 and
目标如期实现 name targets and list none.  Split from blocks.py, which finds where the list
then ends.
"""

from __future__ import annotations

import re

from jfq.authoring.extract import cues
from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.horizons import sentences_horizon
from jfq.authoring.extract.years import YEAR

_THIS_YEAR = re.compile("今年|本年")
# (均较大幅度超出预期目标: a target compared with, so met; 低于预期目标的情况下: missed)
_PAST_LEAD = re.compile(
    r"(?:完成|实现|超额|圆满|达到|未达|确定的|下达的|批准的|通过的|超出|超过|好于|优于|高于|高出|低于|不及)"
    r"[^,]{0,8}$"
    # (顺利实现了“十二五”开局之年稳健起步、首战报捷的预期目标: 了 says done, however far)
    r"|(?:完成|实现|达到)了(?:(?!今年|明年)[^,;。\s]){0,30}$"  # (not …增长 今年主要预期目标:)
    # (进出口总额实现36.2亿元,超预期目标9.7亿元; 上涨2.6%,控制在3.5%预期目标内)
    r"|(?<![\u4e00-\u9fff])超$|控制在[\d.]+%$"
    # (最终实现的…增长速度与预期目标可能会有一定的差距; 部分指标离预期目标有些差距; 距离年初
    # 预期目标还有差距: a target compared with, no list)
    # (增幅比预期目标高出2.3个百分点: a target compared with)
    r"|与$|(?:离|距|比|较)(?:年初|年度|全年)?$"
)
_STEP_BACK = re.compile(r"(?:以上|上述|这些|各项)$")
# A lead-in that sets the targets it calls 各项 (报告又提出今(2024)年经济社会发展的各项预期目标,
# 包括…), with no word of meeting them (较好地完成全年各项任务和“十一五”规划的各项预期目标).
_PROPOSED = re.compile(r"^(?!.*(?:完成|实现|达到)).*(?:提出|明确|确定|设定|安排)")
# A goal that a sentence aims at or serves (围绕奋斗目标, 锚定“3815”战略发展目标) is its
# object, with no list after it.
# (and one a clause carries out, however long the list it is in: 全面落实省委…战略定位和
# 使命任务、市委…决策部署和县委“三提一领”发展目标,负重前行…)
# (and what a task manages: 持续加强主要指标偏离度管理, 强化主要指标监测调度)
_AIMED_AT = re.compile(
    # (and what a clause goes by: 按照“坚定信心、…、精准施策”总体要求,全力阻断传播链…, 黄石 2020)
    r"(?:围绕|锚定|瞄准|紧扣|紧盯|聚焦|对标|朝着|向着|按照|遵循|依照)[^,;:。]{0,24}$"
    r"|(?:落实|贯彻|践行)[^,;:。]{0,60}$"
    r"|(?:加强|强化|健全|完善)[^,;:。]{0,10}$"
)
# After a cue, what says the targets are met (发展目标如期实现, 主要指标全部超预期完成年度目标),
# not what they are. Or a cue that is a sentence's subject (主要指标稳居全市第一方阵, 主要
# 指标好于预期, 主要指标超过全省平均水平).
_MET = re.compile(
    r"任务|如期|顺利|圆满|全面|胜利|(?:得以|基本|均|都|全部)?(?:超预期|超额|提前)?(?:实现|完成|达到|落实)|"
    r"(?:稳|位)?居|保持|好于|高于|优于|超过|快于|领先|总体|运行|增速|稳中|稳步|平稳|向好|持续|以内|之内|要求|控制|"
    r"(?:稳定)?(?:攀升|回升)|均衡增长|"  # (a digest's heading: 主要指标稳定攀升, 均衡增长)
    r"(?:稳定)?(?:恢复|好转|回暖)|逐[季月]|企稳|"  # (马鞍山 2022: 主要指标稳定恢复、逐季好转)
    r"(?:快速|较快|高速|大幅|稳定)增长|"  # (天桥 2022: 一是主要指标快速增长。…)
    r"进度|符合|"  # (“十三五”规划主要指标进度符合预期)
    r"预计(?:完成|实现)|"  # (罗湖 2019: 经济社会主要指标预计完成情况:⏎----…, the year's)
    # (主要预期目标和重点工作任务总体顺利完成: met with another thing named beside it)
    r"[和与及、][^,;。:]{1,12}?(?:顺利|圆满|较好|超额|全面|全部|均|都)(?:完成|实现)|"
    # (主要指标在全省位次前移, 主要指标占比继续提高: the indicators' standing, a review's)
    rf"在全{lx.LEVEL}|位次|排位|排名|占比|比重|继续|始终|一直|"
    r"在[^,;。:]{1,10}?[中下](?:实现|完成|保持)|"  # (主要预期性指标在多难中实现稳定增长)
    # (15项…主要指标目标中,…12项指标完成目标,…3项指标未能完成: among them, as they turned out)
    r"(?:目标)?中,(?=[^。]*?(?:\d+项[^,;。]{0,8}?(?:完成|实现)|未能?(?:完成|实现|达到)))"
)


# A range a review's figure was kept in (增长3.0%,继续控制在预期目标范围内), not a plan's
# (今年居民消费价格涨幅要控制在国家预期目标范围内).
_KEPT_WITHIN = re.compile(r"^(?!.*(?:今年|明年|要|将|力争|确保|预期目标[是为])).*控制在$")
_BELOW = re.compile(r"(?:以下|如下)[^,;。]{0,6}$")  # (坚持以下主要发展目标: the list after it)
# A goal held to beside other things (坚持省委“一二三四五六”的发展目标和工作思路,同心同德…),
# not the year's targets held to (坚持…主要预期目标不动摇。⏎地区生产总值增长6.5%…).
_HELD = re.compile(r"坚持[^,;:。]{0,60}$")
# The words that make a count of 民生实事 this year's works (今年,市政府将…办好10件…): this
# year, or 将 "will" in the clause of the count (not 将 as 把: 坚持将民生放在首位,全力办好…;
# 将…纳入10件民生实事).
_THIS_YEARS_WORK = re.compile(
    r"今年(?!以来)|(?:19|20)\d\d年|将[^,;。:]{0,8}?(?:办好|抓好|做好|实施|推进|完成|办成)[^,;。:]{0,10}$"
)
# …and those that make them a year's before, or every year's (年初,市政府将办好…; 每年将…)
_NOT_THIS_YEARS = re.compile(r"年初|以来|去年|上年|过去|一年来|每年|了")
_RELEASED = re.compile(r"(?:正式|已)?(?:出炉|公布|发布|揭晓)")


# A figure in the clause before a cue that ends a noun phrase (…增长5.5%左右的预期目标), and
# a comma after the cue (,体现了… comments on it; it lists nothing).
_A_FIGURE_IN_ITS_CLAUSE = re.compile(r"\d[^,;。:]*$")
_COMMENTED = re.compile(r"[,;]")


def opens_no_list(norm: str, cue: re.Match[str], lead: str, year: int | None) -> bool:
    """Whether a cue names targets without listing them: met, served, held beside other
    things, stepped back to, compounded into a noun, or a past year's (``lead`` is its
    sentence before it)."""
    held = _HELD.search(lead) and norm.startswith(("和", "与", "及", "、"), cue.end())
    aimed = (_AIMED_AT.search(lead) or held) and not (  # (聚焦…目标:; 坚持以下主要发展目标)
        norm.startswith(":", cue.end()) or _BELOW.search(lead)
    )
    stepped_back = _STEP_BACK.search(lead) and not (
        lead.endswith("各项") and _PROPOSED.search(lead) and not _of_a_past_year(lead, year)
    )
    if _PAST_LEAD.search(lead) or stepped_back or aimed or cues.REPORTS_PARTS.search(lead):
        return True  # 完成了年初确定的主要目标; 为实现上述目标; 锚定…发展目标: none follow
        # (nor in a report's list of its parts: 报告共分八个部分:…二、今年发展主要目标和…)
    if cues.in_a_target_aside(norm, cue.start() - 1, cue.start()):
        return True  # …增长5.9%,排名全市第1位(预期目标为8.5%以上): the year's target, an aside
    within = norm.startswith("范围内", cue.end()) and _KEPT_WITHIN.search(lead)
    if within:  # 居民消费价格指数增长3.0%,控制在预期目标范围内: met (a plan's 要控制在… lists)
        return True
    if _MET.match(norm, cue.end()) and not cue[0].endswith(("是", "为", "即")):
        return True  # 目标如期实现, 主要指标稳居全市第一方阵: the cue is the subject
        # (具体目标,即实现产值6亿元: what the cue says they are)
        # (but 今年主要目标为超额完成“十四五”规划目标: what a plan's cue says it is)
    if cues.lists_the_years_works(cue) and (
        not _THIS_YEARS_WORK.search(lead)
        or _NOT_THIS_YEARS.search(lead)
        or _of_a_past_year(lead, year)
    ):  # 坚持每年办好“十件民生实事”: a plan's habit; 2025年办好了…: the year reviewed's
        return True
    if lead.endswith("等"):
        return True  # 地区生产总值、固定资产投资等主要指标止降回升: the indicators named
    named_before = lead.endswith("的") and _A_FIGURE_IN_ITS_CLAUSE.search(lead)
    if named_before and _COMMENTED.match(norm, cue.end()):
        return True  # 设定GDP增长5.5%左右的预期目标,体现了…: the figure before it is the target
    if "目标" not in cue[0] and "预期" not in cue[0] and _RELEASED.match(norm, cue.end()):
        return True  # 2023年全县主要指标出炉: the year's figures, released
    if cue[0].startswith("经济工作") and _of_a_past_year(lead, year):
        return True  # 2023年经济工作的目标是:…。从执行情况看,…: the year reviewed's, no list
    if _COMPOUNDED.match(norm, cue.end()):
        return True  # 坚定“1+5”发展目标定位不动摇: a noun the cue is part of, no list
    if _under_a_review_heading(norm, cue):
        return True
    if cue[0] == "主要指标" and _A_PREDICATE.match(norm, cue.end()):
        return True  # 主要指标再上新台阶,预计实现…: the sentence's subject, a review's
    # 始终坚持“疫情要防住…”的总体要求,致力于…; 按照打造“深圳质量”的总体要求和…的总体部署:
    # a requirement named, no list (but …的总体要求:, 总体要求是)
    return cue[0] == "总体要求" and lead.endswith("的") and not norm.startswith(":", cue.end())


# A cue that heads its own line (1.预期性指标, 约束性指标:), after at most a list's marker.
_ITS_OWN_LINE = re.compile(r"(?<![^\n])[\s\d.、()（）一二三四五六七八九十]{0,6}$")
# A review's heading (经济社会发展指标完成情况), unless it heads the plan beside it (关于2024年
# 计划执行情况与2025年计划草案的报告).
_PLAN_BESIDE = re.compile(r"草案|[与和及][^\n]{0,12}计划|安排|打算|展望")


def _under_a_review_heading(norm: str, cue: re.Match[str]) -> bool:
    """1.预期性指标 on a line of its own under 经济社会发展指标完成情况, and 2.约束性指标 after
    its list (大鹏 2024's plan report): the year reviewed's lists, as they turned out, under
    the names the plan gave them."""
    line_start = norm.rfind("\n", 0, cue.start()) + 1
    if not cue[0].endswith(_KINDS) or not _ITS_OWN_LINE.search(norm, line_start, cue.start()):
        return False  # (not 今年目标 or 主要目标 after a news page's review: the year's list)
    above = _heading_above(norm, line_start)
    return (
        0 < len(above) <= 30
        and cues.REVIEW_HEADING.search(above) is not None
        and _PLAN_BESIDE.search(above) is None
    )


_KINDS = ("预期性指标", "约束性指标")  # (the plan's kinds of indicator)
_AN_ITEM = re.compile(rf"[{cues.BULLETS}\-—]")


def _heading_above(norm: str, at: int) -> str:
    """The nearest line above ``at`` that is no list's item (——地区生产总值增长4.8%) nor a
    cue's own heading (1.预期性指标), within 600 characters."""
    stop = max(0, at - 600)
    while at > stop:
        start = norm.rfind("\n", 0, at - 1) + 1
        line, at = norm[start:at].strip(), start
        a_cues = len(line) <= 16 and cues.TARGET_CUE.search(line) is not None
        if line and not _AN_ITEM.match(line) and not a_cues:
            return line
    return ""


# The list's name before its "that is" (奋斗目标“535511”,即…: glossary.py defines it).
A_NAME_FIRST = re.compile(r"“[^”]{1,12}”[,:]?(?=即|也就是|就是)")
# Nouns a cue compounds with (发展目标定位, 主要目标体系): it names no list then.
# And a cue that a quoted name and 的 make a modifier (发展目标“三年上台阶”的第一年: a year
# described; but 主要预期目标的安排是: is a list).
_COMPOUNDED = re.compile(r"定位|体系|导向|引领|考核|管理|责任|框架|愿景|“[^”]{1,16}”的")
# What makes a bare 主要指标 a sentence's subject: words of its own clause after it, and no
# list opened (主要指标再上新台阶,…; not 主要指标安排如下:, 主要指标是, 主要指标,…). The
# cue names a review's figures as often as a plan's; _MET lists the predicates met before.
_A_PREDICATE = re.compile(
    r"[^\W\d_a-zA-Z]{1,12}(?<!如下|包括)(?<![是为有])(?=[,;。])"
    # (not where the list is: 主要指标中, 主要指标方面, 主要指标上; nor a plan's verb: 主要指标
    # 安排, 设定, 考虑, 确定, 预期, 建议)
    r"(?<![中上内])(?<!方面)(?<!安排|设定|考虑|确定|预期|建议)"
)
# A lead-in that sets this year's targets though it names a plan (今年是“十四五”开局之年).
_THIS_YEARS = re.compile(r"今年|(?:开局|起步|开篇|收官|关键|攻坚)之年")


def plans_years_before(
    norm: str, cue: re.Match[str], start: int, body: int, year: int | None
) -> int | None:
    """The last year of the plan the sentence before the cue's opened on (未來五年,同安區將
    建設…新城區。經濟社會發展主要目標是,…), where the lead-in (from ``start``) names no time
    of its own and the cue is no year's own: 主要预期目标 is, unless its first figure says 年均
    (今后五年,…。综合考虑…,主要预期目标是:地区生产总值增长6% sets the year's)."""
    if lead_year(norm[start : cue.start()]):
        return None
    if "预期" in cue[0] and norm.find("年均", body, _first_figures_clause_end(norm, body)) < 0:
        return None  # (the list's first figure says 年均: 地区生产总值年均增长6%以上,…)
    return sentences_horizon(norm, start, body, year)


def _first_figures_clause_end(norm: str, body: int) -> int:
    """Where the clause of the first figure after ``body`` ends (经济发展取得新成效,地区生产总值
    年均增长6%左右,…: after 左右), or the text's end."""
    digit = _A_DIGIT.search(norm, body)
    at = digit.start() if digit is not None else len(norm)
    return min((end for mark in ",;。" if (end := norm.find(mark, at)) >= 0), default=len(norm))


_A_DIGIT = re.compile(r"\d")


def a_plans(norm: str, start: int, cue: int, lead: str) -> bool:
    """A plan's targets (“十四五”时期主要目标, 规划纲要提出的主要目标): a plan named in
    the lead-in, unless it only dates this year in the plan (今年,是“十四五”开局之年,霸州市
    明确主要预期目标:…) and is not next to the cue."""
    named = list(cues.PLAN.finditer(norm, start, cue + 1))
    if not named:
        return False
    if _A_YEARS_OWN.search(norm, named[-1].end(), cue):
        return False  # 对照“十四五”规划目标,2024年主要预期目标是: the year's own
    return cue - named[-1].end() <= 6 or _THIS_YEARS.search(lead) is None


# A year named between a plan and the cue, as the targets' own (not 到2025年: a horizon).
_A_YEARS_OWN = re.compile(r"(?<![到至])(?:19|20)\d\d年(?:度)?(?:[^,;。]{0,8})$|今年")


def _of_a_past_year(lead: str, year: int | None) -> bool:
    """Whether a lead-in speaks of a year before the report's (去年经济工作的目标为…; 审议批准的
    2023年计划提出的各项; 2023年1月召开的…人代会提出的), not of this one (在总结过去一年工作的
    基础上,…今年全市经济工作的目标是; 在全面回顾2023年工作的基础上,提出了…; 2023年12月召开的
    县委经济工作会议提出的: the next year's, as _lead_year reads it)."""
    if _THIS_YEAR.search(lead):
        return False
    when = lead_year(lead)
    return bool(_LAST_YEAR.search(lead)) or (when is not None and year is not None and when < year)


_LAST_YEAR = re.compile(r"去年|上年|上一年|过去一年|一年来")


def lead_year(lead: str) -> int | None:
    """The year a lead-in sets targets for: the last it names, unless 今年 follows it
    (指2025年…增长5%,今年经济增长预期目标为…: the report's year, None here)."""
    years = [y for y in YEAR.finditer(lead) if not _A_BASE_AFTER.match(lead, y.end())]
    if not years or _THIS_YEAR.search(lead, years[-1].end()):
        return None
    month = _MONTH.match(lead, years[-1].end())  # (a meeting at a year's end sets the next's)
    return int(years[-1][1]) + (1 if month is not None and int(month[1]) >= 10 else 0)


# After a year, a base reviewed, not the year the targets are for (在全面回顾2023年工作的基础
# 上,提出了…各项预期目标; 综合考虑2023年发展基础).
_A_BASE_AFTER = re.compile(r"[^,;。]{0,12}基础上|发展基础")
_MONTH = re.compile(r"(\d{1,2})月")


# Targets a news lead quotes before the cue that names them (“GDP增长5.5%左右,…”2025年赣州
# 经济社会发展的主要预期目标已确定; “…”,这是今年政府工作报告提出的主要预期目标。).
# (a list of figures: clauses, and a number with its unit; not a name, 锚定“3815”战略发展目标)
_QUOTED_LIST = re.compile(
    r"“(?P<list>[^“”]*\d(?:\.\d+)?[%万亿元][^“”]*[,;][^“”]*)”,?(?:这是|这些是|是)?"
    r"[^“”,;:。]{0,30}$"
)
# (a cue that names targets: 主要指标 names results as often)
_NAMED_AFTER = re.compile(r"(?:已|已经|正式)?(?:确定|敲定|明确)|[,;。]|$")
# What says the quoted figures were achieved, right after the cue (…主要预期目标,均超额完成;
# 主要指标出炉), or were measured against it before it (“…”,均高于年初确定的预期目标: results).
# (not 实现这些目标,需要付出艰苦努力: what it takes, ahead)
_ACHIEVED_AFTER = re.compile(
    r",?(?:(?:均|都|全部|已)(?:超额|圆满|顺利|较好地?)?|超额|圆满|顺利|较好地?)(?:完成|实现|达到)|"
    r",?[^,;。]{0,6}来之不易"
)
# Between the quote and the cue: what says the quoted figures were measured against the
# targets or met them (“…”,均高于年初确定的预期目标; “…”,全面完成年初确定的主要预期目标).
_MEASURED_AGAINST = re.compile(r"高于|好于|超过|超出|优于|快于|低于|不及|完成|实现")
# A lead-in that says the quoted figures were reached (过去五年,我们实现了“…”的…目标).
_REACHED_BEFORE = re.compile(r"(?:实现|完成|达到)了")
# A lead-in that sets the quote at the start of the year reviewed: it opens on the year
# (去年,…; not 总结过去一年工作的基础上, 高于去年的…), or 年初确定的.
_SET_LAST_YEAR = re.compile(
    r"^(?:去年|上年|过去一年|一年来)|(?<!今)年初[^,;。]{0,12}(?:确定|提出|下达)的"
)


def quoted_before(
    norm: str, lead_start: int, cue: re.Match[str], year: int | None
) -> tuple[int, int, bool] | None:
    """Where the targets lie that a quote before the cue holds, when the cue names them with
    no list of its own, and whether they are the year reviewed's: set at its start and met
    (年初确定的“…”主要预期目标,均超额完成; 去年,为实现“…”的发展目标), else None."""
    if "目标" not in cue[0] or not _NAMED_AFTER.match(norm, cue.end()):
        return None
    quoted = _QUOTED_LIST.search(norm, lead_start, cue.start())
    if quoted is None:
        return None
    between = norm[quoted.end("list") + 1 : cue.start()]
    opens = max(norm.rfind(c, lead_start, quoted.start()) for c in "。!?\n") + 1
    before = norm[max(opens, lead_start) : quoted.start()]
    if _MEASURED_AGAINST.search(between) or _REACHED_BEFORE.search(before):
        return None  # “…6.1%…”,均高于年初确定的预期目标; 我们实现了“…”的…: results
    lead = before + between
    named = lead_year(lead)
    if named is not None and year is not None:
        return (*quoted.span("list"), named < year)  # (…的2024年主要预期目标: its own year)
    past = "今年" not in lead and (
        _SET_LAST_YEAR.search(lead) is not None
        or _ACHIEVED_AFTER.match(norm, cue.end()) is not None
    )
    return (*quoted.span("list"), past)


# A sentence that opens on the targets just set, as what the work after them serves.
SERVES_THE_TARGETS = re.compile(
    rf"[(（一二三四五六七八九十、)）\s]*(?:(?:围绕|为了?)?{cues.ACHIEVING}|{cues.ENSURING})"
    # (实现2005年…预期目标,全省必须…; 实现今年预期目标并非易事: the year's, named again)
    r"(?:上述|以上|这些|(?:今年|全年|(?:19|20)\d\d年)[^,;。\d]{0,20}目标)"
)


def serves_the_targets(norm: str, sentence_start: int, cue: re.Match[str]) -> bool:
    """实现2005年经济社会发展宏观调控预期目标,全省必须…: a cue in what the work serves."""
    serving = SERVES_THE_TARGETS.match(norm, sentence_start)
    return serving is not None and serving.end() >= cue.end()
