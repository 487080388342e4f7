"""Where a report states its targets, found by cue and by content.

A targets block opens at a cue (主要预期目标是, 预期目标为, 发展预期目标, a heading on its
own line …) and goes on while what follows reads as indicator clauses: over several
sentences, through a list of bullets, and not past the first sentence that is about
something else.  What is before the targets, or in a passage that has none, is the
review (reviews.py).  Figures inside a glossary entry are neither.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from jfq.authoring.extract import cues
from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.figures import Figure
from jfq.authoring.extract.grammar import parse_clause
from jfq.authoring.extract.sentences import clauses, read_sentence, sentences
from jfq.authoring.extract.spans import over_years
from jfq.authoring.extract.text import Text
from jfq.authoring.extract.years import (
    YEAR,
    opens_with_an_earlier_year,
    plans_horizon,
    year_before,
)
from jfq.data.records import Record, record

_THIS_YEAR = re.compile("今年|本年")
_MEASURED_MARGIN = re.compile(r"(?:高于|高出|快于|低于|超出)全[国省市区县州](?:平均)?(?:水平)?\d")
HEADLINE = 40  # a block no longer than this is a headline, not the statement of targets
# (均较大幅度超出预期目标: a target compared with, so met; 低于预期目标的情况下: missed)
_PAST_LEAD = re.compile(
    r"(?:完成|实现|超额|圆满|达到|确定的|下达的|批准的|通过的|超出|超过|好于|优于|高于|低于|不及)"
    r"[^,]{0,8}$"
    # (进出口总额实现36.2亿元,超预期目标9.7亿元; 上涨2.6%,控制在3.5%预期目标内)
    r"|(?<![\u4e00-\u9fff])超$|控制在[\d.]+%$"
)
_STEP_BACK = re.compile(r"(?:以上|上述|这些|各项)$")
# A lead-in that sets the targets it calls 各项 (报告又提出今(2024)年经济社会发展的各项预期目标,
# 包括…), with no word of meeting them (较好地完成全年各项任务和“十一五”规划的各项预期目标).
_PROPOSED = re.compile(r"^(?!.*(?:完成|实现|达到)).*(?:提出|明确|确定|设定|安排)")
# A goal that a sentence aims at or serves (围绕奋斗目标, 锚定“3815”战略发展目标) is its
# object, with no list after it.
# (and one a clause carries out, however long the list it is in: 全面落实省委…战略定位和
# 使命任务、市委…决策部署和县委“三提一领”发展目标,负重前行…)
_AIMED_AT = re.compile(
    r"(?:围绕|锚定|瞄准|紧扣|紧盯|聚焦|对标|朝着|向着)[^,;:。]{0,20}$|(?:落实|贯彻|践行)[^,;:。]{0,60}$"
)
# After a cue, what says the targets are met (发展目标如期实现, 主要指标全部超预期完成年度目标),
# not what they are. Or a cue that is a sentence's subject (主要指标稳居全市第一方阵, 主要
# 指标好于预期, 主要指标超过全省平均水平).
_MET = re.compile(
    r"任务|如期|顺利|圆满|全面|胜利|(?:得以|基本|均|都|全部)?(?:超预期|超额|提前)?(?:实现|完成|达到|落实)|"
    r"(?:稳|位)?居|保持|好于|高于|优于|超过|快于|领先|总体|运行|增速|稳中|稳步|平稳|向好|持续|以内|之内|要求|控制|"
    r"进度|符合|"  # (“十三五”规划主要指标进度符合预期)
    # (主要指标在全省位次前移, 主要指标占比继续提高: the indicators' standing, a review's)
    r"在全[国省市区县]|位次|排位|排名|占比|比重|继续|始终|一直"
)


class Found(NamedTuple):
    """A figure, whether it is a target or a result, and the passage that states it.

    A named tuple, not a record: a long report makes tens of thousands of them.
    """

    kind: str  # "target" or "actual"
    figure: Figure  # its phrase counted from ``at`` (a sentence is read once: see memo)
    quote: tuple[int, int]  # the sentence or bullet that holds it, in the normalised text
    year: int | None  # a year the passage names for it, if any
    at: int = 0
    span: int | None = None  # over how many years the review states it (过去5年: 年均增长)
    lead: tuple[int, int] | None = None  # the heading or cue its quote needs (2024年主要目标)
    task: bool = False  # a target the report's body sets (力争新增企业30家), not its list

    @property
    def phrase(self) -> tuple[int, int]:
        """The figure's phrase in the normalised text."""
        return self.figure.phrase[0] + self.at, self.figure.phrase[1] + self.at


class EachOnce:
    """Found figures in the order they are stated, each once: a figure a report states again
    (the same name, number, unit and qualifier, for the same year and span) is kept from
    where it is first stated.

    Repeats are dropped as they come, not at the end: a long report states many figures
    twice, and holding every repeat till the draft was made put the dense 8 MB report of
    benchmarks/extract.py over its memory goal."""

    def __init__(self, found: Iterable[Found] = ()) -> None:
        self.items: list[Found] = []
        self._seen: set[tuple[object, ...]] = set()
        self.add(found)

    def add(self, found: Iterable[Found]) -> None:
        for item in found:
            f = item.figure
            key = (item.kind, item.year, item.span, f.name, f.value, f.value_max, f.unit,
                   f.comparator)  # fmt: skip
            if key not in self._seen:
                self._seen.add(key)
                self.items.append(item)


@record
class Block(Record):
    start: int  # where the sentence with the cue begins (its lead-in names year, region)
    body: int  # where the targets begin, after the cue
    end: int
    year: int | None
    # a five-year plan's targets (十五五时期主要目标), not the year's: ``year`` is the plan's
    # last (None when nothing says it: then they are left out)
    plan: bool = False
    # opened by 总体要求: a policy's prose, whose clauses without a figure are no targets
    requirements: bool = False


# -- targets --------------------------------------------------------------------------------------


def target_blocks(text: Text, year: int | None = None) -> list[Block]:
    """The blocks that state targets, in order, none inside another; ``year`` is the
    report's, when known (a sentence of an earlier year ends a block)."""
    norm = text.norm
    blocks: list[Block] = []
    for cue in cues.TARGET_CUE.finditer(norm):
        window = max(0, cue.start() - 300)  # a lead-in is a sentence, not a chapter
        sentence_start = max(window - 1, *(norm.rfind(c, window, cue.start()) for c in "。\n!?"))
        sentence_start += 1
        if blocks and cue.start() < blocks[-1].end:
            if not blocks[-1].requirements or cue[0].startswith("总体要求"):
                continue
            blocks[-1].end = sentence_start  # 总体要求是:…。主要预期目标是:…: the list's own
        lead = norm[sentence_start : cue.start()]
        aimed = _AIMED_AT.search(lead) and not norm.startswith(":", cue.end())  # (聚焦…目标:\n…)
        stepped_back = _STEP_BACK.search(lead) and not (
            lead.endswith("各项") and _PROPOSED.search(lead) and not _of_a_past_year(lead, year)
        )
        if _PAST_LEAD.search(lead) or stepped_back or aimed:
            continue  # 完成了年初确定的主要目标; 为实现上述目标; 锚定…发展目标: none follow
        if _MET.match(norm, cue.end()) and not cue[0].endswith(("是", "为")):
            continue  # 目标如期实现, 主要指标稳居全市第一方阵: the cue is the subject
            # (but 今年主要目标为超额完成“十四五”规划目标: what a plan's cue says it is)
        if lead.endswith("等"):
            continue  # 地区生产总值、固定资产投资等主要指标止降回升: the indicators named
        if cue[0].startswith("经济工作") and _of_a_past_year(lead, year):
            continue  # 2023年经济工作的目标是:…。从执行情况看,…: the year reviewed's, no list
        if _COMPOUNDED.match(norm, cue.end()):
            continue  # 坚定“1+5”发展目标定位不动摇: a noun the cue is part of, no list
        if cue[0] == "总体要求" and lead.endswith("的") and norm.startswith(",", cue.end()):
            continue  # 始终坚持“疫情要防住…”的总体要求,致力于…: a requirement named, no list
        body = cue.end()
        while body < len(norm) and norm[body] in ":,;\n":
            body += 1
        named = _A_NAME_FIRST.match(norm, body)  # 奋斗目标“535511”,即全县地区生产总值…
        body = named.end() if named else body
        namely = lx.NAMELY.match(norm, body)  # 主要预期目标,即地区生产总值增长8%以上
        body = namely.end() if namely else body
        plan = _a_plans(norm, sentence_start, cue.start(), lead)
        end = _block_end(text, body, sentence_start, _lead_year(lead) or year, plan=plan)
        when = _lead_year(lead)
        if plan:  # a plan's list is read whole: up to the next heading or cue
            end = _plan_end(norm, body, end)
            when = plans_horizon(norm, (sentence_start, cue.end()), (body, end), year)
        if end > body:
            requirements = cue[0].startswith("总体要求")
            blocks.append(Block(sentence_start, body, end, when, plan, requirements))
    return blocks


# The list's name before its "that is" (奋斗目标“535511”,即…: glossary.py defines it).
_A_NAME_FIRST = re.compile(r"“[^”]{1,12}”[,:]?(?=即|也就是|就是)")
# Nouns a cue compounds with (发展目标定位, 主要目标体系): it names no list then.
# And a cue that a quoted name and 的 make a modifier (发展目标“三年上台阶”的第一年: a year
# described; but 主要预期目标的安排是: is a list).
_COMPOUNDED = re.compile(r"定位|体系|导向|引领|考核|管理|责任|框架|愿景|“[^”]{1,16}”的")
# A lead-in that sets this year's targets though it names a plan (今年是“十四五”开局之年).
_THIS_YEARS = re.compile(r"今年|(?:开局|起步|开篇|收官|关键|攻坚)之年")


def _a_plans(norm: str, start: int, cue: int, lead: str) -> bool:
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
    when = _lead_year(lead)
    return bool(_LAST_YEAR.search(lead)) or (when is not None and year is not None and when < year)


_LAST_YEAR = re.compile(r"去年|上年|上一年|过去一年|一年来")


def _lead_year(lead: str) -> int | None:
    """The year a lead-in sets targets for: the last it names, unless 今年 follows it
    (指2025年…增长5%,今年经济增长预期目标为…: the report's year, None here)."""
    years = [y for y in YEAR.finditer(lead) if not _A_BASE_AFTER.match(lead, y.end())]
    if not years or _THIS_YEAR.search(lead, years[-1].end()):
        return None
    month = _MONTH.match(lead, years[-1].end())  # (a meeting at a year's end sets the next's)
    return int(years[-1][1]) + (1 if month is not None and int(month[1]) >= 10 else 0)


# After a year, a base reviewed, not the year the targets are for (在全面回顾2023年工作的基础
# 上,提出了…各项预期目标; 综合考虑2023年发展基础).
_A_BASE_AFTER = re.compile(r"[^,;。]{0,6}基础上|发展基础")
_MONTH = re.compile(r"(\d{1,2})月")


def lead_in_results(text: Text, blocks: list[Block], year: int) -> list[Found]:
    """报告显示,2019年…实现1267.3亿元、增长4%;报告提出,2020年主要预期目标为…: the clauses of
    a block's lead-in before the clause of its cue state results, each of the past year
    named before it (a block's sentences are otherwise all its own)."""
    norm, found = text.norm, []
    for block in (b for b in blocks if not b.plan):
        cut = _clause_start(norm, block.start, block.body)
        if cut <= block.start:
            continue
        for figure in read_sentence(text, block.start, cut):
            when = year_before(norm, block.start, block.start + figure.phrase[1], year)
            if figure.value is not None and when is not None and when < year:
                found.append(Found("actual", figure, (block.start, cut), when, block.start))
    return found


def _clause_start(norm: str, sentence: int, body: int) -> int:
    """Where the clause that holds a block's cue begins: 漯河GDP预期目标为7%以上 names its
    indicator before the cue (the grammar reads past a cue that a name follows)."""
    cut = max(norm.rfind(mark, sentence, body) for mark in ",;")
    if cut < sentence and body - sentence > 40:
        return body
    namely = lx.NAMELY.match(norm, cut + 1)  # (目标,即地区生产总值…: the lead-in's 即 too)
    return namely.end() if namely is not None and cut >= sentence else max(cut + 1, sentence)


def _plan_end(norm: str, body: int, end: int) -> int:
    """Where a plan's list ends: at the next heading (三、…) if the list reads on to it,
    and never past the next cue (今年发展主要预期目标是…)."""
    heading = cues.HEADING_LINE.search(norm, body)
    cue = cues.TARGET_CUE.search(norm, body)
    limit = cue.start() if cue is not None else len(norm)
    if heading is not None and heading.start() < limit:
        end = max(end, heading.start())
    return min(end, limit) if end > limit else end


# A sentence that opens on the targets just set, as what the work after them serves.
_SERVES_THE_TARGETS = re.compile(
    r"[(（一二三四五六七八九十、)）\s]*(?:围绕|为|为了|确保)(?:实现|完成)(?:上述|以上|这些)"
)


def _block_end(text: Text, start: int, lead: int, year: int | None, *, plan: bool) -> int:
    """Where the targets that begin at ``start`` end: after the last sentence (or bullet)
    that still reads as indicator clauses.  A sentence or two without any may stand
    between the cue and the figures (一是增强发展新动能。…预期地区生产总值增长5.5%左右);
    a later sentence goes on when it starts with a figure and does not look back
    (去年地区生产总值增长4.8%; 2014年甘肃省实现生产总值… in a report for 2015), or, two
    at the most in a row, when it is a qualitative target of its own (进出口保持稳定。)."""
    end = start
    waited = qualitative = 0
    # 主要指标 alone on its line, over lines measured against the region's average
    # (增长6.5%,高于全市平均水平0.4个百分点): a digest of the year's results
    digest = text.norm[lead:start].strip() == "主要指标" and text.norm[start - 1 : start] == "\n"
    for number, (a, b) in enumerate(sentences(text.norm, start, len(text.norm))):
        # the cue's own sentence from its clause: 今年经济增长预期目标为4.5%至5% names the
        # indicator before the cue
        figures = read_sentence(text, _clause_start(text.norm, lead, a) if number == 0 else a, b)
        numbered = any(f.value is not None for f in figures)
        back = _looks_back(text.norm, a, b) or opens_with_an_earlier_year(text.norm, a, b, year)
        if number == 0 and digest and _MEASURED_MARGIN.search(text.norm, a, b):
            break
        if number > 0 and _SERVES_THE_TARGETS.match(text.norm, a, b):
            break  # 围绕实现上述目标,重点抓好以下八个方面工作: the work, after the targets
        if number > 0 and not plan and _opens_a_plan(text.norm, a, b, year):
            break  # “十四五”期间,全区将力争…到2025年达到500亿元: a plan's, after the year's
        if number == 0 and figures:
            end = b
        elif cues.MARKERS.match(text.norm, a) is not None and b - a <= 60:
            end = b if figures else end  # a bullet without a number: 进出口量稳质升
        elif _starts_with_a_figure(text, a, b) and not back:
            end, qualitative = b, 0
        elif (
            figures
            and not numbered
            and not back
            and end > start
            and qualitative < 2
            and (b - a <= 40 or _every_clause_a_target(text, a, b, figures))
        ):
            end, qualitative = b, qualitative + 1
        elif waited < 2 and end == start and not (back and numbered):
            waited += 1  # not yet at the figures (but 去年…增长11%: the cue gave none)
        else:
            break
    return end


# A sentence that opens on a plan's years (“十四五”期间, 今后五年) or a later horizon (到2025年).
_A_PLAN_OPENS = re.compile(
    r"\s*(?:“?十[一二三四五六七八九]五”?(?:时期|期间)|(?:今后|未来)[五5]年|到((?:19|20)\d\d)年)"
)


def _opens_a_plan(norm: str, a: int, b: int, year: int | None) -> bool:
    opening = _A_PLAN_OPENS.match(norm, a, b)
    if opening is None:
        return False
    return opening[1] is None or (year is not None and int(opening[1]) > year)


def _looks_back(norm: str, a: int, b: int) -> bool:
    """去年, 同比, 累计…: a sentence about the past (杭州最后交上的答卷…同比增长6.8%), unless it
    strives for its figures first (力争限上社零额同比增长15%以上; but 过去一年…增长8%,力争今年…
    looks back)."""
    past = cues.PAST.search(norm, a, b)
    strive = cues.STRIVE.search(norm, a, b)
    return past is not None and (strive is None or past.start() < strive.start())


def _every_clause_a_target(text: Text, a: int, b: int, figures: list[Figure]) -> bool:
    """A paragraph of qualitative targets (粮食播种面积保持相对稳定,生态环境质量持续改善,…):
    each of its clauses, but one at most, states one."""
    stated = {f.phrase for f in figures}
    return len(stated) >= max(2, len(list(clauses(text.norm, a, b))) - 1)


def _starts_with_a_figure(text: Text, a: int, b: int) -> bool:
    """A figure in the sentence's first two clauses (2013年,城镇登记失业率控制在4.2%以内)."""
    key = "starts:" + text.original[slice(*text.span(a, b))]
    if key not in text.memo:
        text.memo[key] = _first_clauses_numbered(text, a, b)
    starts: bool = text.memo[key]
    return starts


def _first_clauses_numbered(text: Text, a: int, b: int) -> bool:
    for first in list(clauses(text.norm, a, b))[:2]:
        subject = parse_clause(text, *first, None)
        if subject is not None and any(f.value is not None for f in subject.figures):
            return True
    return False


def targets(text: Text, blocks: list[Block]) -> list[Found]:
    """Each block's figures, each once; a clause without a number counts only beside numbers or as a
    bullet of its own (一是增强发展新动能 is a heading, not a target)."""
    found = EachOnce()
    for block in (b for b in blocks if not b.plan or b.year is not None):
        cue_end = next(sentences(text.norm, block.start, block.end), (0, block.body))[1]
        for a, b in sentences(text.norm, block.start, block.end):
            lead = (block.start, cue_end) if a >= cue_end else None  # a bullet under its cue
            start = max(a, _clause_start(text.norm, a, block.body))
            cue = cues.TARGET_CUE.search(text.norm, start, min(b, start + 12))
            if cue is not None and text.norm.startswith(":", cue.end()):
                start = cue.end() + 1  # 约束性指标: a second list inside the block
            figures = read_sentence(text, start, b)
            if block.requirements and a <= block.body < b:  # 总体要求是:坚持…: its figures
                figures = [f for f in figures if f.value is not None]
            numbered = any(f.value is not None for f in figures)
            first = a <= block.body < b
            # 进出口保持稳定。or a paragraph of them: qualitative targets
            alone = not numbered and (b - a <= 40 or _every_clause_a_target(text, a, b, figures))
            if numbered or first or alone or cues.MARKERS.match(text.norm, a) is not None:
                found.add(_found(text, block, f, (a, b), at=start, lead=lead) for f in figures)
    return found.items


# How many years a plan's targets span (“十四五”: 2021–2025), for its averages (年均增长).
PLANS_YEARS = 5


def _found(
    text: Text,
    block: Block,
    figure: Figure,
    quote: tuple[int, int],
    *,
    at: int,
    lead: tuple[int, int] | None,
) -> Found:
    """A block's figure; a plan's is a task for the plan's last year, and its average over
    the plan's years (年均增长6%) is said since the first."""
    span = PLANS_YEARS if block.plan and over_years(text.norm, at, figure) else None
    return Found("target", figure, quote, block.year, at, span, lead, task=block.plan)


def plan_notes(read: Text, found: list[Block]) -> list[str]:
    """A plan's targets are drafted as tasks for its last year, or left out where nothing
    says which year that is: say which, so that nothing is lost or taken for the year's."""
    notes = []
    for block in (b for b in found if b.plan):
        head = read.cut(block.start, min(block.body, block.start + 40)).strip()
        if block.year is None:
            notes.append(f"left out the targets of a plan of several years ({head!r}): they "
                         "are not this year's, and no year says when they are due")  # fmt: skip
        else:
            notes.append(f"the targets of a plan of several years ({head!r}) are drafted as "
                         f"tasks for {block.year}, its last year: not this year's")  # fmt: skip
    return notes
