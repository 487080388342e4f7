"""Where a report states its targets, found by cue and by content.

A targets block opens at a cue (主要预期目标是, 预期目标为, 发展预期目标, a heading on its
own line …) and goes on while what follows reads as indicator clauses: over several
sentences, through a list of bullets, and not past the first sentence that is about
something else.  What is before the targets, or in a passage that has none, is the
review (reviews.py).  Figures inside a glossary entry are neither.  Whether a cue's lead-in
lists targets at all, and for which year, is block_leads.py's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from jfq.authoring.extract import cues
from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.block_leads import (
    A_NAME_FIRST,
    SERVES_THE_TARGETS,
    a_plans,
    lead_year,
    opens_no_list,
    plans_years_before,
    quoted_before,
    serves_the_targets,
)
from jfq.authoring.extract.days_past import a_day_past, opens_with_an_earlier_year
from jfq.authoring.extract.figures import Figure
from jfq.authoring.extract.grammar import parse_clause
from jfq.authoring.extract.horizons import BY_A_YEAR, plans_horizon
from jfq.authoring.extract.period_headings import a_review_heading, opens_a_plan
from jfq.authoring.extract.plans import counts_the_work
from jfq.authoring.extract.sentences import clauses, read_sentence, sentences
from jfq.authoring.extract.spans import over_years
from jfq.authoring.extract.text import Text
from jfq.authoring.extract.years import year_before
from jfq.data.records import Record, record

_MEASURED_MARGIN = re.compile(rf"(?:高于|高出|快于|低于|超出)全{lx.LEVEL}(?:平均)?(?:水平)?\d")
HEADLINE = 40  # a block no longer than this is a headline, not the statement of targets


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
    so_far: bool = False  # a result of the report's year so far (months_review.py)

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
        sentence_start = _sentence_start(norm, cue)
        lead = norm[sentence_start : cue.start()]
        if blocks and cue.start() < blocks[-1].end:
            if not blocks[-1].requirements or cue[0].startswith("总体要求"):
                continue
            if cues.lists_the_years_works(cue) and opens_no_list(norm, cue, lead, year):
                continue  # (坚持每年办好“十件民生实事”: an item of the requirements)
            blocks[-1].end = sentence_start  # 总体要求是:…。主要预期目标是:…: the list's own
        quoted = quoted_before(norm, max(window, sentence_start - 600), cue, year)
        if quoted is not None and (not blocks or quoted[0] >= blocks[-1].end):
            opens = max(norm.rfind(c, 0, quoted[0]) for c in "。\n!?") + 1
            when = year - 1 if quoted[2] and year else lead_year(lead) or year
            blocks.append(Block(opens, quoted[0], quoted[1], when))
            continue  # “GDP增长5.5%左右,…”2025年…主要预期目标已确定: the quote's list
        if opens_no_list(norm, cue, lead, year) or serves_the_targets(norm, sentence_start, cue):
            continue
        body = cue.end()
        while body < len(norm) and norm[body] in ":,;\n":
            body += 1
        named = A_NAME_FIRST.match(norm, body)  # 奋斗目标“535511”,即全县地区生产总值…
        body = named.end() if named else body
        namely = lx.NAMELY.match(norm, body)  # 主要预期目标,即地区生产总值增长8%以上
        body = namely.end() if namely else body
        plan = a_plans(norm, sentence_start, cue.start(), lead)
        ahead = None if plan else plans_years_before(norm, cue, sentence_start, body, year)
        plan = plan or ahead is not None
        end = _block_end(text, body, sentence_start, lead_year(lead) or year, plan=plan)
        when = lead_year(lead)
        if plan:  # a plan's list is read whole: up to the next heading or cue
            end = _plan_end(norm, body, end, year)
            when = plans_horizon(norm, (sentence_start, cue.end()), (body, end), year) or ahead
        if end > body:
            requirements = cue[0].startswith("总体要求")
            blocks.append(Block(sentence_start, body, end, when, plan, requirements))
    return blocks


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


def _sentence_start(norm: str, cue: re.Match[str]) -> int:
    """Where the sentence of a cue begins: a lead-in is a sentence, not a chapter."""
    window = max(0, cue.start() - 300)
    return max(window - 1, *(norm.rfind(c, window, cue.start()) for c in "。\n!?")) + 1


def _plan_end(norm: str, body: int, end: int, year: int | None) -> int:
    """Where a plan's list ends: at the next heading (三、…) if the list reads on to it,
    and never past the next cue that opens a list (今年发展主要预期目标是…; not 坚持每年办好
    “十件民生实事”, an item of the plan's)."""
    heading = cues.HEADING_LINE.search(norm, body)
    cue = next((c for c in cues.TARGET_CUE.finditer(norm, body)
                if not cues.lists_the_years_works(c)
                or not opens_no_list(norm, c, norm[_sentence_start(norm, c) : c.start()], year)),
               None)  # fmt: skip
    limit = cue.start() if cue is not None else len(norm)
    if heading is not None and heading.start() < limit:
        end = max(end, heading.start())
    return min(end, limit) if end > limit else end


def _block_end(text: Text, start: int, lead: int, year: int | None, *, plan: bool) -> int:
    """Where the targets that begin at ``start`` end: after the last sentence (or bullet)
    that still reads as indicator clauses.  A sentence or two without any may stand
    between the cue and the figures (一是增强发展新动能。…预期地区生产总值增长5.5%左右);
    a later sentence goes on when it starts with a figure and does not look back
    (去年地区生产总值增长4.8%; 2014年甘肃省实现生产总值… in a report for 2015), or, two
    at the most in a row, when it is a qualitative target of its own (进出口保持稳定。) or a
    structure set as a ratio (三次产业结构调整为14:44.5:41.5); a bullet goes on where its
    figures follow its tasks (●推进…,完善…,经费标准100元以上)."""
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
        back = (
            _looks_back(text.norm, a, b, plan=plan)
            or opens_with_an_earlier_year(text.norm, a, b, year)
            or a_day_past(text.norm, a, b, year, opens=True) is not None  # (截至2025年1月底,…)
        )
        if number == 0 and digest and _MEASURED_MARGIN.search(text.norm, a, b):
            break
        if number > 0 and SERVES_THE_TARGETS.match(text.norm, a, b):
            break  # 围绕实现上述目标,重点抓好以下八个方面工作: the work, after the targets
        if number > 0 and counts_the_work(text.norm, a, b):
            break  # (今年重点做好11项工作: the work's heading, after a news page's targets)
        if number > 0 and a_review_heading(text.norm, a, b):
            break  # (a news page's headline targets, then 一、去年工作回顾: the review)
        if number > 0 and _HOW_IT_STANDS.match(text.norm, a, b):
            break  # (从目前运行情况看,全省经济运行基本平稳: how the year stands, no target)
        if end > start and not numbered and _FIRST_PART.match(text.norm, a, b):
            break  # (…约束性指标。一、坚持抢抓机遇…: the parts of the work, on the targets' line)
        if number > 0 and not plan and opens_a_plan(text.norm, a, b, year):
            break  # “十四五”期间,全区将力争…到2025年达到500亿元: a plan's, after the year's
        if number == 0 and figures and not _closed(text.norm, start, a):
            end = b
        elif cues.MARKERS.match(text.norm, a) is not None and b - a <= 60:
            end = b if figures else end  # a bullet without a number: 进出口量稳质升
        elif cues.MARKERS.match(text.norm, a) is not None and numbered and not back:
            end, qualitative = b, 0  # a bullet's figure after its tasks (●推进…,经费标准100元以上)
        elif _starts_with_a_figure(text, a, b) and not back:
            end, qualitative = b, 0
        elif (
            ((figures and not numbered) or _A_STRUCTURE.search(text.norm, a, b))
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


_FIRST_PART = re.compile(r"一、")
_HOW_IT_STANDS = re.compile(r"(?:从[^,;。]{0,12}|总的|总体|综合)来?看,")


def _closed(norm: str, start: int, a: int) -> bool:
    """True when the cue's sentence ended before ``a``: …给出了今年的主要预期目标。⏎过去一年,…
    增长6.3%: the next sentence is no statement of the cue's, but one to be judged as any."""
    return any(mark in norm[start:a] for mark in "。!?")


def _looks_back(norm: str, a: int, b: int, *, plan: bool = False) -> bool:
    """去年, 同比, 累计…: a sentence about the past (杭州最后交上的答卷…同比增长6.8%), unless it
    strives for its figures first (力争限上社零额同比增长15%以上; but 过去一年…增长8%,力争今年…
    looks back).  In a plan's list (``plan``), a total over its years (5年累计完成…) is its own;
    and a budget's or a plan's figure arranged (安排, 预算; nothing 完成) compared with the year
    before (较上年增加6570万元) is no past."""
    past = cues.PAST.search(norm, a, b)
    arranged = _ARRANGED.search(norm, a, b) is not None and not _DONE.search(norm, a, b)
    while past is not None and (
        (arranged and past[0] in _A_BASE_OF_COMPARISON)
        or (plan and (past[0] == "累计" or _OVER_THE_PLANS_YEARS.match(norm, past.start() - 2)))
    ):  # (…安排,…收入116059万元,较上年增加6570万元: a budget's change on the year before)
        past = cues.PAST.search(norm, past.end(), b)
    strive = cues.STRIVE.search(norm, a, b)
    return past is not None and (strive is None or past.start() < strive.start())


# A structure set as a ratio (三次产业结构调整为14:44.5:41.5), which no row holds.
_A_STRUCTURE = re.compile(r"\d[\d.]*[:∶]\d[\d.]*[:∶]\d")
_A_BASE_OF_COMPARISON = ("比上年", "较上年")
# A budget's or a plan's figure arranged, not one done (全县完成地区生产总值130亿元,较上年…;
# not 预算 of 一般公共预算收入, a name; 上年完成数 is the base compared with, nothing done).
_ARRANGED = re.compile(r"安排")
_DONE = re.compile(r"(?<!上年)完成(?!数)|实现|达到")
# The years a plan's total is over, before its 累计 (5年累计, 五年累计; or none: 累计降低17%).
_OVER_THE_PLANS_YEARS = re.compile(r"[\d一二三四五六七八九十两]年累计")


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


def targets(text: Text, blocks: list[Block], year: int | None = None) -> list[Found]:
    """Each block's figures, each once; a clause without a number counts only beside numbers or as a
    bullet of its own (一是增强发展新动能 is a heading, not a target).  ``year``: the report's,
    when known (a later year a clause strives to dates its figures: _found)."""
    found = EachOnce()
    for block in (b for b in blocks if not b.plan or b.year is not None):
        cue_end = next(sentences(text.norm, block.start, block.end), (0, block.body))[1]
        for a, b in sentences(text.norm, block.start, block.end):
            lead = (block.start, cue_end) if a >= cue_end else None  # a bullet under its cue
            start = max(a, _clause_start(text.norm, a, block.body))
            cue = cues.TARGET_CUE.search(text.norm, start, min(b, start + 12))
            if cue is not None and text.norm.startswith(":", cue.end()):
                start = cue.end() + 1  # 约束性指标: a second list inside the block
            # (从目前的14.4万元增加到20万元左右: the level it starts from is no target)
            figures = [f for f in read_sentence(text, start, b) if not f.base]
            if a <= block.body <= b:  # (办好10件民生实事:⏎…: the cue counts its list, no target)
                figures = [f for f in figures if not _counts_its_list(text.norm, start, f, block)]
            if block.requirements and a <= block.body < b:  # 总体要求是:坚持…: its figures
                figures = [f for f in figures if f.value is not None]
            numbered = any(f.value is not None for f in figures)
            first = a <= block.body < b
            # 进出口保持稳定。or a paragraph of them: qualitative targets
            alone = not numbered and (b - a <= 40 or _every_clause_a_target(text, a, b, figures))
            if numbered or first or alone or cues.MARKERS.match(text.norm, a) is not None:
                found.add(_found(text, block, f, (a, b), at=start, lead=lead, year=year)
                          for f in figures)  # fmt: skip
    return found.items


def _counts_its_list(norm: str, start: int, figure: Figure, block: Block) -> bool:
    """Whether the figure (read from ``start``) is the count of the items its block's cue
    heads: 10件 of 办好10件民生实事, said in the cue, before the list."""
    end = start + figure.phrase[1]
    return (figure.unit in ("件", "项") and block.body - 12 <= end <= block.body
            and cues.WORKS in norm[end : block.body])  # fmt: skip


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
    year: int | None = None,
) -> Found:
    """A block's figure; a plan's is a task for the plan's last year, and its average over
    the plan's years (年均增长6%) is said since the first.  A block that names no year of its
    own: a figure after 力争到2026年, in its run of clauses, is that later year's."""
    span = PLANS_YEARS if block.plan and over_years(text.norm, at, figure) else None
    end = at + figure.phrase[1]
    run = text.norm.rfind(";", quote[0], end) + 1 or quote[0]  # (not past a ;)
    horizon = BY_A_YEAR.search(text.norm, run, end) if block.year is None else None
    later = horizon is not None and (year is None or int(horizon[1]) > year)  # (no -y: trusted)
    when = int(horizon[1]) if later and horizon is not None else block.year
    return Found("target", figure, quote, when, at, span, lead, task=block.plan)


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
