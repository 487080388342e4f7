"""Where a report reviews the past year: every figure outside the targets blocks and
the glossary is a result, unless its sentence sets a target without a cue (会议提出,2020年
地区生产总值增长6%…), known by the years and words it looks ahead with.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from jfq.authoring.extract import cues
from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.base_years import base_year, since_a_base_year, years_from_a_base
from jfq.authoring.extract.blocks import (
    HEADLINE,
    PLANS_YEARS,
    Block,
    EachOnce,
    Found,
    lead_in_results,
)
from jfq.authoring.extract.days_past import a_day_past
from jfq.authoring.extract.figures import Figure
from jfq.authoring.extract.horizons import sentences_horizon
from jfq.authoring.extract.looking_ahead import NO_RUN, Run, a_line_goes_on, looks_ahead, next_run
from jfq.authoring.extract.paragraph_years import ParagraphYears
from jfq.authoring.extract.period_headings import ReviewHeading, heading_of
from jfq.authoring.extract.plans import counts_the_work
from jfq.authoring.extract.review_readers import Readers
from jfq.authoring.extract.sentences import (
    DONE,
    line_start,
    read_once,
    read_sentence,
    sentences,
)
from jfq.authoring.extract.spans import (
    counted_over_the_years,
    over_years,
    paragraphs_span,
    sentences_span,
    span_of,
    the_years_own_total,
)
from jfq.authoring.extract.standing import (
    Standing,
    strives_ahead,
    where_it_stands,
    year_it_will,
)
from jfq.authoring.extract.targets_met import (
    a_target_met,
    ahead_of_a_review,
    named_as_before,
    the_years_plan,
)
from jfq.authoring.extract.text import Text, overlaps_none
from jfq.authoring.extract.unstated import states_nothing
from jfq.authoring.extract.years import (
    YEAR,
    year_before,
    year_stated,
    years_since,
)


def results(
    text: Text,
    blocks: list[Block],
    excluded: list[tuple[int, int]],
    year: int,
    *,
    review_only: bool = False,
    side_by_side: bool = False,
) -> tuple[list[Found], list[Found]]:
    """The figures outside the targets blocks and glossary entries: results, and the targets
    some sentences set without a cue (会议提出,2020年地区生产总值增长6%…).  In the review,
    before the targets, every figure is a result (and the months so far: months_review.py);
    elsewhere a sentence is a target when it looks ahead (looking_ahead.py); in a text all
    review (``review_only``: a bulletin) none is; a page of regions ``side_by_side`` sets
    them past its block."""
    norm = text.norm
    review_end = review_end_of(text, blocks)
    done, ahead = EachOnce(), EachOnce()  # each figure once (see EachOnce)
    outside = overlaps_none([*excluded, *((b.start, b.end) for b in blocks if b.plan)])
    in_no_block = overlaps_none([(b.start, b.end) for b in blocks])
    readers = Readers(norm, year, review_end, review_only=review_only)
    paragraph = readers.paragraph
    ahead_run, results_line = NO_RUN, -1  # (the last targets' run, the last results' line)
    for a, b in _before_definitions(norm, excluded):
        over, planning, horizon, under_review = readers.read(a, b)
        if states_nothing(norm, a, b) or not outside(a, b):
            paragraph.heard(a, b)  # (岑永杰说,过去一年,…: no figure, but its year)
            continue
        if not _ARABIC_DIGIT.search(norm, a, b):  # (过去一年,县政府始终把发展摆在首位,…: no
            paragraph.heard(a, b)  # figure, though a rank's word, and its year)
        own, first, years = paragraph.read(a, b)
        if readers.mood.announcing or counts_the_work(norm, a, b):
            continue  # 将重点抓好15件大事: the work counted, no figure of it (its year is read)
        headed = (over, readers.heading.counted)
        if in_no_block(a, b) and readers.months.reviews(a, b, own):  # (上半年,…: so far)
            done.add(_reviewed(text, (a, b), year, headed, year, so_far=True))
            continue
        standing, reviewed = _stands(norm, (a, b), (paragraph, under_review),
                                     review_end, year=year, named=(own, years))  # fmt: skip
        after, earlier, strives, back = standing
        kept = side_by_side or earlier or strives or back or reviewed
        if after and (not in_no_block(a, b) or not kept):
            continue  # a block's own sentences are its targets already
        may_set = after or planning or horizon or not blocks or side_by_side
        if not (review_only or back or reviewed) and (
            may_set or strives_ahead(norm, a, b, own, year)
        ):
            found = _ahead(text, (a, b), standing, (own, years), year, run=ahead_run,
                           planning=planning, side_by_side=side_by_side, horizon=horizon,
                           after_a_result=results_line == line_start(norm, a))  # fmt: skip
            if found:
                done.add(f for f in found if f.kind == "actual")
                ahead.add(f for f in found if f.kind == "target")
                ahead_run, results_line = next_run(norm, ahead_run, found, (a, b)), -1
                continue
        if not after or side_by_side or earlier or back or reviewed:
            stated = _reviewed(text, (a, b), first, headed, year)
            results_line = _added(done, stated, line_start(norm, a), results_line)
    done.add(lead_in_results(text, blocks, year))
    return done.items, ahead.items


def _added(done: EachOnce, stated: list[Found], line: int, results_line: int) -> int:
    """Adds a sentence's results; returns where its ``line`` begins if one has a number (the
    line the next sentence's qualifier alone is no plan on: looks_ahead), else ``results_line``."""
    done.add(stated)
    return line if any(f.figure.value is not None for f in stated) else results_line


def _stands(
    norm: str,
    sentence: tuple[int, int],
    readers: tuple[ParagraphYears, ReviewHeading | None],
    review_end: int,
    *,
    year: int,
    named: tuple[list[int], list[int]],
) -> tuple[Standing, bool]:
    """Where the sentence stands (standing.py), and whether it is the review's by the review
    heading it is under (``readers``: the paragraph's years, and the heading, if any): under
    2017年工作回顾, 全年完成…增长9%左右 is an estimate of the year reviewed; a news page may
    set its headline targets first, then head its review (一、去年工作回顾)."""
    a, b = sentence
    paragraph, heading = readers
    past_line = a >= review_end and paragraph.line_opened_on_the_past(a)
    standing = where_it_stands(norm, sentence, review_end, year, named,
                               line_opened_on_the_past=past_line)  # fmt: skip
    headed = heading is not None and (not standing.after or heading.since > review_end)
    own = named[0]
    reviewed = headed and not any(y >= year for y in own) and not ahead_of_a_review(norm, a, b)
    return standing, reviewed


# A change from a level in the clause right before a multiple's own (…从2005年的28.02亿元增加
# 到2011年的95.2亿元,增长3.4倍), not in a clause further back, nor a benchmark's multiple
# (为全省平均水平的1.1倍).
_CHANGED_FROM = re.compile(
    rf"[由从][^,;。]{{0,30}}?(?:{lx.CHANGE_TO})[^,;。]*,"
    # (its own clause: not 同比增长…, nor 新能源汽车产量增长1.9倍, another indicator's)
    rf"(?:增长|提高|增加|扩大|翻|是|为|相当于|达到?)了?(?:(?!平均|水平|全{lx.LEVEL})[^,;。]){{0,12}}?倍多?$"
)
_ARABIC_DIGIT = re.compile(r"\d")  # (过去一年,县政府…首位: a rank's word is no figure's digit)


def _before_definitions(norm: str, entries: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The text's sentences, each cut where a glossary entry begins in it (居民人均可支配收入
    增长8.6%左右,实现“三个同步”目标,即… states its results before it defines), and begun
    after an entry that ends inside it (“专精特新”是…的一种模式,全县已累计培育…35家)."""
    spans = sorted(entries)
    starts = [start for start, _ in spans]
    for start, b in sentences(norm, 0, len(norm)):
        at = bisect_right(starts, start)
        # (“专精特新”是…的一种模式,全县已累计培育…35家: a gloss cut before the clause after it
        # ends before the sentence does, and the clause after it is a review's)
        end = spans[at - 1][1] if at else start
        a = end + (norm[end] == ",") if start < end < b else start
        yield a, min(b, starts[at]) if at < len(starts) else b


def _reviewed(
    text: Text,
    sentence: tuple[int, int],
    first: int | None,
    headed: tuple[int | None, int | None],
    year: int,
    *,
    so_far: bool = False,
) -> list[Found]:
    """The results a review sentence states, each for the year it reached or was named
    before it, else ``first``; over how many years, where a span says (过去5年…年均), or
    the heading it is under names no year since (``headed``: see PeriodHeading); ``so_far``:
    of the report's own year so far (months_review.py), each ``first``'s."""
    norm, (a, b) = text.norm, sentence
    over, counted = headed
    figures = read_once(text, a, b)
    if not figures:
        return []
    # (近三年年均 as said, before 2019年以来 counted to the year reviewed)
    said = span_of(norm, a, b, plans_since=False) or years_since(norm, a, b, first or year - 1)
    span = said or over
    # 这五年,是…的五年。 (the paragraph) or 五年来累计实施… (the sentence): what they count
    # together (a heading's 过去五年 is not enough: its section holds the year's figures too)
    opened = paragraphs_span(norm, a) or sentences_span(norm, a, b) or counted
    lead = heading_of(norm, a, b)  # 2023年工作回顾 / 2023年生产总值增长4.1%: a digest's line
    for f in figures:
        since_a_base_year(norm, a, f, year)
        if f.measure == "cumulative" and not span and the_years_own_total(norm, a, b, f):
            f.measure = None
    found = []
    for number, f in enumerate(figures):
        # (截至2018年8月,…: that year's, where the figure's clause names none of its own)
        when = year_stated(norm, a, f) or a_day_past(norm, a, a + f.phrase[1], year) or first
        if not span and f.measure is None and the_years_plan(norm, a, f):
            found.append(Found("target", f, (a, b), when if when is not None else year - 1, a))
            continue
        if not span and f.measure is None and a_target_met(norm, a, f):  # (a year's only)
            named_as_before(f, figures[:number])  # (the year reviewed's, where none is named)
            found.append(Found("target", f, (a, b), when if when is not None else year - 1, a))
            continue
        if f.base:  # 五年来…由180亿元增加到260亿元: 180 is the level the years began from
            found.append(
                Found(
                    "actual",
                    f,
                    (a, b),
                    base_year(norm, a, f, when=when, year=year, span=span or opened, said=said),
                    a,
                )
            )
            continue
        over_span = _over_span(norm, a, f, (span, opened), when)
        found.append(Found("actual", f, (a, b), when, a, over_span, lead, so_far=so_far))
    return found


def _over_span(
    norm: str, a: int, f: Figure, spans: tuple[int | None, int | None], when: int | None
) -> int | None:
    """Over how many years a review's figure is (and its measure, where only that tells):
    the span its sentence says (``spans``: said, else a heading's) if the figure is over the
    years, else its paragraph's or sentence's opening for a mean or a count of years, else
    the years since a base year its sentence names."""
    span, opened = spans
    if span and over_years(norm, a, f):
        return span
    if opened and f.measure in ("cumulative", "average"):
        return opened  # (这五年,…。…年均增长10亿元: the paragraph's years)
    if opened and counted_over_the_years(norm, a, f):
        f.measure = "cumulative"
        return opened
    if f.measure in ("cumulative", "average"):
        return years_from_a_base(norm, a, f, when)  # (由2011年的…,年均增长8.4%)
    if (
        f.measure is None
        and (f.unit or "").endswith("倍")
        and _CHANGED_FROM.search(norm, max(a, a + f.phrase[0] - 80), a + f.phrase[1])
    ):
        # (从2005年的28.02亿元增加到2011年的95.2亿元,增长3.4倍: over the years since; 由2023
        # 年的…: one year's)
        since = years_from_a_base(norm, a, f, when)
        if since and since > 1:
            f.measure = "cumulative"
            return since
    return None


def _ahead(
    text: Text,
    sentence: tuple[int, int],
    standing: Standing,
    named: tuple[list[int], list[int]],
    year: int,
    *,
    run: Run,
    planning: bool,
    side_by_side: bool,
    horizon: int | None = None,
    after_a_result: bool = False,
) -> list[Found]:
    """The figures of a sentence that may set targets (see _setting_targets): ``named`` is
    the years it names and those it speaks of; ``run``, where the last run of sentences that
    set some began and ended; ``planning``, in a plan of the year's work written as prose
    (plans.py); ``horizon``, the last year of a plan whose goals the heading above sets."""
    norm, (a, b) = text.norm, sentence
    own, years = named
    # past the review, a sentence looks ahead by its own words and years, not by the year
    # its paragraph named (杭州最后交上的答卷…同比增长6.8% is a result)
    seen = [int(y) for y in YEAR.findall(norm, a, b)] if standing.after else years
    if not own and cues.STRIVE.search(norm, a, b) and not cues.PAST.search(norm, a, b):
        seen = []  # 力争…增长11%以上 after a paragraph on 2024: a plan, by its words
    elif not own and not cues.PAST.search(norm, a, b):
        # (…系统擘画“十五五”蓝图,到2030年…。2026开局之年,兰州将…: the year it says it will)
        will = year_it_will(norm, a, b, year)
        seen = [will] if will is not None else seen
    strives = standing.strives
    close = a - run[1] <= 2
    # right after targets or a task, or a line of targets with no cue going on, for the year
    # its first sentence set them for (今后五年,…年均增长6%左右。城镇化率达到65%: the plan's)
    in_line = a_line_goes_on(norm, sentence, run, own)
    goes_on = (standing.after and (close or strives)) or in_line
    headed = horizon or (run[2] if in_line else None)
    found = _setting_targets(text, sentence, seen, year, goes_on=goes_on,
                             numbered_only=side_by_side or strives,
                             task=(strives and not side_by_side) or planning,
                             in_a_plan=planning, headed=headed,
                             after_a_result=after_a_result)  # fmt: skip
    if not found and planning:  # a task of the year's work in prose
        found = _setting_targets(text, sentence, seen, year, goes_on=True, numbered_only=True,
                                 task=True, in_a_plan=True)  # fmt: skip
    return found


def _setting_targets(
    text: Text,
    sentence: tuple[int, int],
    seen: list[int],
    year: int,
    *,
    goes_on: bool,
    numbered_only: bool = False,
    task: bool = False,
    in_a_plan: bool = False,
    headed: int | None = None,
    after_a_result: bool = False,
) -> list[Found]:
    """The figures of a sentence that sets targets without a cue, each by the year named
    before it (西藏2021年经济增速为7%,但2022年增速目标设定为8%左右: a result, then a
    target), else by its plan's (``headed``: the plan a heading above sets the goals of);
    none when the sentence does not look ahead."""
    norm, (a, b) = text.norm, sentence
    # (and a list's incomes in step, going on: …增长6.5%左右。居民收入与经济增长基本同步。)
    read = read_sentence(text, a, b)
    every = [f for f in read if f.value is not None or (goes_on and f.comparator == "in_step")]
    past = bool(seen) and max(seen) < year
    horizon = sentences_horizon(norm, a, b, year) or headed  # (今后五年…蓝图:…: the plan's)
    if not every or not (
        (goes_on and not past)
        or (horizon is not None and horizon > year)
        or looks_ahead(norm[a:b], every, seen, year, line=norm[line_start(norm, a) : a],
                       after_a_result=after_a_result)
    ):  # fmt: skip
        return []
    found = []
    restated = horizon is None and _RESTATED.search(norm, a, b) is not None
    horizon = year - 1 if restated else horizon  # (年初…确定的各项预期目标为: the year reviewed's)
    # on a side-by-side page, a clause without a number outside a block is its commentary
    for figure in every if numbered_only else read:
        when = year_before(norm, a, a + figure.phrase[1], year) or horizon
        when = when if when is not None else seen[-1] if seen else None
        kind = "actual" if when is not None and when < year else "target"
        if restated and not DONE.search(norm, a, a + figure.phrase[1]):
            kind = "target"  # (…目标为增长6.5%,实际增长6.8%: the 6.8% is done)
        if when is None and _said_of_the_past(norm, a, a + figure.phrase[1], in_a_plan=in_a_plan):
            kind = "actual"  # 过去一年,规上工业增加值增长8%,力争今年增长10%: the 8% is done
        day = a_day_past(norm, a, a + figure.phrase[1], year)
        if day is not None:  # 截至2025年1月底,全县市场主体达到5.2万户: the count that day
            kind, when = "actual", day
        if figure.base and kind == "target":
            continue  # 将最低工资标准由1800元调整为1950元: today's level, no target
        # (“十四五”期间,…年均增长7%,到2025年…: a plan's mean, over its years)
        plans = when is not None and when > year and over_years(norm, a, figure)
        found.append(
            Found(kind, figure, (a, b), when, a, PLANS_YEARS if plans else None, task=task)
        )
    return found


# The targets the year reviewed was set at its start, restated in its review (年初市人代会
# 确定的各项预期目标为:…。从执行情况看,…).
_RESTATED = re.compile(
    r"(?:年初|去年|上年)[^,;。]{0,12}(?:确定|批准|通过|下达|提出)的[^,;。]{0,8}?(?:预期)?目标"
)


def _said_of_the_past(norm: str, a: int, end: int, *, in_a_plan: bool = False) -> bool:
    """What comes before a figure speaks of the past and not yet of a plan (in a plan in
    prose, 累计 is the plan's total: 累计培育税收亿元以上楼宇5幢; see plans.PlanMood)."""
    past = [m[0] for m in cues.PAST.finditer(norm, a, end)]
    past = [word for word in past if word != "累计"] if in_a_plan else past
    return bool(past) and cues.AHEAD.search(norm, a, end) is None


def review_end_of(text: Text, blocks: list[Block]) -> int:
    """Where a report's review ends: at its first block of the year's targets that is more
    than a headline (中国2024年经济增长预期目标设定为5%左右, the title of a news page, comes
    before the review it summarises)."""
    own = [block for block in blocks if not block.plan]
    main = [block for block in own if block.end - block.start > HEADLINE]
    return (main or own)[0].start if own else len(text.norm)
