"""Where a report states its targets and its results, found by cue and by content.

A targets block opens at a cue (主要预期目标是, 预期目标为, 发展预期目标, a heading on its
own line …) and goes on while what follows reads as indicator clauses: over several
sentences, through a list of bullets, and not past the first sentence that is about
something else.  A report's review (everything before its targets, or a passage that
has none) states results.  Figures inside a glossary entry are neither.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate
from typing import NamedTuple

from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.figures import Figure
from jfq.authoring.extract.grammar import parse_clause
from jfq.authoring.extract.sentences import DIGIT, clauses, read_once, read_sentence, sentences
from jfq.authoring.extract.spans import over_years, span_heading, span_of
from jfq.authoring.extract.text import Text
from jfq.data.records import Record, record

# Clauses end at ; and , (not a thousands separator), and before a circled number.
_YEAR = re.compile(r"((?:19|20)\d\d)年")
_RELATIVE = re.compile("|".join(lx.RELATIVE_YEAR))
_THIS_YEAR = re.compile("今年|本年")
HEADLINE = 40  # a block no longer than this is a headline, not the statement of targets
_PAST_LEAD = re.compile(r"(?:完成|实现|超额|圆满|达到|确定的|下达的)[^,]{0,8}$")
_STEP_BACK = re.compile(r"(?:以上|上述|这些|各项)$")
# After a cue, what says the targets are met (发展目标如期实现), not what they are.
_MET = re.compile(r"任务|如期|顺利|圆满|全面|胜利|(?:得以|基本|均|都|全部)?(?:实现|完成|达到|落实)")


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

    @property
    def phrase(self) -> tuple[int, int]:
        """The figure's phrase in the normalised text."""
        return self.figure.phrase[0] + self.at, self.figure.phrase[1] + self.at


@record
class Block(Record):
    start: int  # where the sentence with the cue begins (its lead-in names year, region)
    body: int  # where the targets begin, after the cue
    end: int
    year: int | None
    plan: bool = False  # a five-year plan's targets (十五五时期主要目标), not the year's


# -- targets --------------------------------------------------------------------------------------


def target_blocks(text: Text, year: int | None = None) -> list[Block]:
    """The blocks that state targets, in order, none inside another; ``year`` is the
    report's, when known (a sentence of an earlier year ends a block)."""
    norm = text.norm
    blocks: list[Block] = []
    for cue in lx.TARGET_CUE.finditer(norm):
        if blocks and cue.start() < blocks[-1].end:
            continue
        window = max(0, cue.start() - 300)  # a lead-in is a sentence, not a chapter
        sentence_start = max(window - 1, *(norm.rfind(c, window, cue.start()) for c in "。\n!?"))
        sentence_start += 1
        lead = norm[sentence_start : cue.start()]
        if _PAST_LEAD.search(lead) or _STEP_BACK.search(lead) or _MET.match(norm, cue.end()):
            continue  # 完成了年初确定的主要目标; 为实现上述目标; 目标如期实现: none follow
        body = cue.end()
        while body < len(norm) and norm[body] in ":,;\n":
            body += 1
        end = _block_end(text, body, sentence_start, _lead_year(lead) or year)
        plan = lx.PLAN.search(norm, sentence_start, cue.end()) is not None
        if plan:  # a plan's list is left out whole: up to the next heading or cue
            end = _plan_end(norm, body, end)
        if end > body:
            blocks.append(Block(sentence_start, body, end, _lead_year(lead), plan))
    return blocks


def _lead_year(lead: str) -> int | None:
    """The year a lead-in sets targets for: the last it names, unless 今年 follows it
    (指2025年…增长5%,今年经济增长预期目标为…: the report's year, None here)."""
    years = list(_YEAR.finditer(lead))
    if not years or _THIS_YEAR.search(lead, years[-1].end()):
        return None
    return int(years[-1][1])


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
            when = _year_before(norm, block.start, block.start + figure.phrase[1], year)
            if figure.value is not None and when is not None and when < year:
                found.append(Found("actual", figure, (block.start, cut), when, block.start))
    return found


def _clause_start(norm: str, sentence: int, body: int) -> int:
    """Where the clause that holds a block's cue begins: 漯河GDP预期目标为7%以上 names its
    indicator before the cue (the grammar reads past a cue that a name follows)."""
    cut = max(norm.rfind(mark, sentence, body) for mark in ",;")
    return body if cut < sentence and body - sentence > 40 else max(cut + 1, sentence)


def _plan_end(norm: str, body: int, end: int) -> int:
    """Where a plan's list ends: at the next heading (三、…) if the list reads on to it,
    and never past the next cue (今年发展主要预期目标是…)."""
    heading = lx.HEADING_LINE.search(norm, body)
    cue = lx.TARGET_CUE.search(norm, body)
    limit = cue.start() if cue is not None else len(norm)
    if heading is not None and heading.start() < limit:
        end = max(end, heading.start())
    return min(end, limit) if end > limit else end


def _block_end(text: Text, start: int, lead: int, year: int | None) -> int:
    """Where the targets that begin at ``start`` end: after the last sentence (or bullet)
    that still reads as indicator clauses.  A sentence or two without any may stand
    between the cue and the figures (一是增强发展新动能。…预期地区生产总值增长5.5%左右);
    a later sentence goes on when it starts with a figure and does not look back
    (去年地区生产总值增长4.8%; 2014年甘肃省实现生产总值… in a report for 2015), or, two
    at the most in a row, when it is a qualitative target of its own (进出口保持稳定。)."""
    end = start
    waited = qualitative = 0
    for number, (a, b) in enumerate(sentences(text.norm, start, len(text.norm))):
        # the cue's own sentence from its clause: 今年经济增长预期目标为4.5%至5% names the
        # indicator before the cue
        figures = read_sentence(text, _clause_start(text.norm, lead, a) if number == 0 else a, b)
        numbered = any(f.value is not None for f in figures)
        back = lx.PAST.search(text.norm, a, b) is not None or _names_an_earlier_year(
            text.norm, a, b, year
        )
        if number == 0 and figures:
            end = b
        elif lx.MARKERS.match(text.norm, a) is not None and b - a <= 60:
            end = b if figures else end  # a bullet without a number: 进出口量稳质升
        elif _starts_with_a_figure(text, a, b) and not back:
            end, qualitative = b, 0
        elif (
            figures
            and not numbered
            and not back
            and end > start
            and qualitative < 2
            and b - a <= 40
        ):
            end, qualitative = b, qualitative + 1
        elif waited < 2 and end == start:
            waited += 1  # not yet at the figures
        else:
            break
    return end


def _names_an_earlier_year(norm: str, a: int, b: int, year: int | None) -> bool:
    return year is not None and any(y < year for y in _years_named(norm, a, b))


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
    """Each block's figures; a clause without a number counts only beside numbers or as a
    bullet of its own (一是增强发展新动能 is a heading, not a target)."""
    found = []
    for block in (b for b in blocks if not b.plan):
        cue_end = next(sentences(text.norm, block.start, block.end), (0, block.body))[1]
        for a, b in sentences(text.norm, block.start, block.end):
            lead = (block.start, cue_end) if a >= cue_end else None  # a bullet under its cue
            start = max(a, _clause_start(text.norm, a, block.body))
            cue = lx.TARGET_CUE.search(text.norm, start, min(b, start + 12))
            if cue is not None and text.norm.startswith(":", cue.end()):
                start = cue.end() + 1  # 约束性指标: a second list inside the block
            figures = read_sentence(text, start, b)
            numbered = any(f.value is not None for f in figures)
            first = a <= block.body < b
            alone = not numbered and b - a <= 40  # 进出口保持稳定。: a qualitative target
            if numbered or first or alone or lx.MARKERS.match(text.norm, a) is not None:
                found += [Found("target", f, (a, b), block.year, start, lead=lead)
                          for f in figures]  # fmt: skip
    return found


# -- results ---------------------------------------------------------------------------------------


def results(
    text: Text,
    blocks: list[Block],
    excluded: list[tuple[int, int]],
    year: int,
    *,
    review_only: bool = False,
    side_by_side: bool = False,
) -> tuple[list[Found], list[Found]]:
    """The figures outside the targets blocks and glossary entries: results, and the
    targets some sentences set without a cue (会议提出,2020年地区生产总值增长6%…).

    A report's review comes before its targets: there, every figure is a result.  Where
    no block says, a sentence is a target when it looks ahead (今年, 目标, 左右 …, or a
    year not yet past) more than back (去年, 同比, 累计 …); in a text that is all review
    (``review_only``: a statistics bulletin) none is.  A page that sets many regions'
    targets side by side (``side_by_side``) may go on setting them after its first block.
    """
    norm = text.norm
    review_end = review_end_of(text, blocks)
    done: list[Found] = []
    ahead: list[Found] = []
    context: list[int] = []  # the year the paragraph last named
    outside = _outside([*excluded, *((b.start, b.end) for b in blocks if b.plan)])
    in_no_block = _outside([(b.start, b.end) for b in blocks])
    over: int | None = None  # 过去5年 as a heading: the years its list speaks of
    last_ahead = -10  # where the last sentence drafted as setting targets ended
    for a, b in sentences(norm, 0, len(norm)):
        if norm[a - 1 : a] == "\n" and norm[a - 2 : a - 1] in ("\n", ""):
            context = []  # a new paragraph
        over = span_heading(norm, a, b, over)
        if not DIGIT.search(norm, a, b):
            continue  # prose: most of a report, and no figure in it
        if not outside(a, b):
            continue
        years = _years_named(norm, a, b) or context
        context = years
        after = a >= review_end  # past the review: only what sets targets is drafted
        # a news page may give last year's figures after the targets (据介绍,2014年甘肃省
        # 实现生产总值…), and a side-by-side page its regions' results
        earlier = _names_an_earlier_year(norm, a, b, year or None)
        if after and (not in_no_block(a, b) or not (side_by_side or earlier)):
            continue  # a block's own sentences are its targets already
        if not review_only and (after or not blocks or side_by_side):  # targets, no cue
            # past the review, a sentence looks ahead by its own words and years, not by
            # the year its paragraph named (杭州最后交上的答卷…同比增长6.8% is a result)
            seen = [int(y) for y in _YEAR.findall(norm, a, b)] if after else years
            goes_on = after and a - last_ahead <= 2  # the sentence right after targets
            found = _setting_targets(text, (a, b), seen, year, goes_on=goes_on,
                                     numbered_only=side_by_side)  # fmt: skip
            if found:
                done += [f for f in found if f.kind == "actual"]
                ahead += [f for f in found if f.kind == "target"]
                last_ahead = b
                continue
        if after and not (side_by_side or earlier):
            continue
        figures = read_once(text, a, b)
        if not figures:
            continue
        span = span_of(norm, a, b) or over
        lead = heading_of(norm, a, b)  # 2023年工作回顾 / 2023年生产总值增长4.1%: a digest's line
        # a sentence naming no year is the paragraph's latest (…增至2021年的104.96亿元。规上
        # 工业增加值年均增长3%: 2021's)
        first = years[0] if years and years is not context else context[-1] if context else None
        for f in figures:
            _since_a_base_year(norm, a, f, year)
        done += [Found("actual", f, (a, b), _year_stated(norm, a, f) or first, a,
                       span if span and over_years(norm, a, f) else None, lead)
                 for f in figures]  # fmt: skip
    return done + lead_in_results(text, blocks, year), ahead


def _setting_targets(
    text: Text,
    sentence: tuple[int, int],
    seen: list[int],
    year: int,
    *,
    goes_on: bool,
    numbered_only: bool = False,
) -> list[Found]:
    """The figures of a sentence that sets targets without a cue, each by the year named
    before it (西藏2021年经济增速为7%,但2022年增速目标设定为8%左右: a result, then a
    target); none when the sentence does not look ahead."""
    norm, (a, b) = text.norm, sentence
    every = [f for f in read_sentence(text, a, b) if f.value is not None]
    past = bool(seen) and max(seen) < year
    if not every or not ((goes_on and not past) or _looks_ahead(norm[a:b], every, seen, year)):
        return []
    found = []
    # on a side-by-side page, a clause without a number outside a block is its commentary
    for figure in every if numbered_only else read_sentence(text, a, b):
        when = _year_before(norm, a, a + figure.phrase[1], year)
        when = when if when is not None else seen[-1] if seen else None
        kind = "actual" if when is not None and when < year else "target"
        found.append(Found(kind, figure, (a, b), when, a))
    return found


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
        if line and len(line) <= 30 and not DIGIT.search(re.sub(r"(?:19|20)\d\d年", "", line)):
            return (start, end) if lx.HEADING_WORD.search(line) else None
        if start == 0:
            return None
        end = start - 1
    return None


# 由2016年的503.11亿元增长到2020年的645.66亿元: the second figure is 2020's
_REACHED = re.compile(r"(?:到|至)((?:19|20)\d\d)年(?:末|底)?的?[\d.,]+[^\d]{0,6}$")


# 比2006年, 较2015年, 与2015年相比: a base of comparison, not the year a figure is for
_BASE = re.compile(r"(?:较|比|是|同|与|相比|相对)$")


def _years_named(norm: str, start: int, end: int) -> list[int]:
    """The years norm[start:end] names, less those it compares with (均比2006年翻一番)."""
    return [
        int(m[1])
        for m in _YEAR.finditer(norm, start, end)
        if not _BASE.search(norm, max(start, m.start() - 2), m.start())
    ]


def _year_stated(norm: str, start: int, figure: Figure) -> int | None:
    """The year a review figure is for: the year it reached (增长到2020年的645.66亿元),
    else the last year named before it (由2017年的74.37亿元增至2021年的104.96亿元,年均
    增长5.7%: the average is 2021's), or None for the sentence's."""
    end = start + figure.phrase[1]
    reached = _REACHED.search(norm, max(start, end - 30), end)
    if reached:
        return int(reached[1])
    named = _years_named(norm, start, end)
    return named[-1] if named else None


_AGAINST_YEAR = re.compile(r"(?:较|比)((?:19|20)\d\d)年")


def _since_a_base_year(norm: str, start: int, figure: Figure, year: int) -> None:
    """较2015年分别增长26.8%: a growth over a base year before the year reviewed is the
    growth of several years, not the year's (marked cumulative, as 累计 is)."""
    if figure.measure is not None or not figure.grows or figure.unit != "%":
        return
    bases = _AGAINST_YEAR.findall(norm, start, start + figure.phrase[1])
    if bases and int(bases[-1]) < year - 2:
        figure.measure = "cumulative"


def _year_before(norm: str, start: int, end: int, year: int) -> int | None:
    """The year last named before a figure: 2021年 as written, 今年 as the report's, 明年
    the next (指2025年…,今年经济增长预期目标为4.5%至5%: the target is the report year's)."""
    named = [(m.start(), int(m[1])) for m in _YEAR.finditer(norm, start, end)]
    named += [(m.start(), year + lx.RELATIVE_YEAR[m[0]])
              for m in _RELATIVE.finditer(norm, start, end)]  # fmt: skip
    return max(named)[1] if named else None


def review_end_of(text: Text, blocks: list[Block]) -> int:
    """Where a report's review ends: at its first block of the year's targets that is more
    than a headline (中国2024年经济增长预期目标设定为5%左右, the title of a news page, comes
    before the review it summarises)."""
    own = [block for block in blocks if not block.plan]
    main = [block for block in own if block.end - block.start > HEADLINE]
    return (main or own)[0].start if own else len(text.norm)


def _outside(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether [a, b) overlaps none of ``spans`` (sorted once, then bisected)."""
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    reach = list(accumulate((e for _, e in ordered), max))  # the furthest end so far

    def outside(a: int, b: int) -> bool:
        at = bisect_right(starts, b - 1) - 1  # the last span starting before b
        return at < 0 or reach[at] <= a

    return outside


def _looks_ahead(sentence: str, figures: list[Figure], years: list[int], year: int) -> bool:
    """A year not yet past, or more words of a plan (今年, 目标) than of a review (去年,
    同比, 预计); without either, the qualifiers of a plan (左右, a range): 预计全市地区生产
    总值增长4%左右 is a review's estimate."""
    if years:
        return max(years) >= year
    ahead, back = len(lx.AHEAD.findall(sentence)), len(lx.PAST.findall(sentence))
    if ahead or back:
        return ahead > back
    return any(f.comparator in ("about", "range", "in_step") for f in figures)
