"""What the grammar reads a clause into: its Figures and the Subject they share."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import field
from itertools import pairwise

from jfq.authoring.extract import lexicon as lx
from jfq.data.records import Record, record


@record(kw_only=True, slots=True)
class Figure(Record):
    """One figure a clause states; spans are in the normalised text."""

    name: str  # in the original's characters; built when a shared head is distributed
    value: float | None = None
    value_max: float | None = None
    unit: str | None = None
    comparator: str = "exact"
    direction: str | None = None
    measure: str | None = None
    aim: float | None = None
    grows: bool = False  # said of a change (增长, 涨幅, 同步): the key is the growth's
    # the level a change started from (从7.36亿元增加到13.8亿元: 7.36), not the year's
    base: bool = False
    # a share of the whole region's said with no 比重 (…18个,占全省47%; 制种量占全省43%):
    # what it is a share of, the name a review's row takes (a target's keeps its own)
    share_of: str = ""
    phrase: tuple[int, int] = (0, 0)


@record(slots=True)
class Subject(Record):
    """What a clause is about, carried to the next clause when that one names nothing."""

    names: list[str]
    start: int  # where the subject begins in the normalised text
    respectively: bool = False  # 分别: the values go to the names in turn
    # the names as the text lists them (争取中省预算内、特别国债、专项债券项目42个): what one
    # amount after the list, with no 分别 or 均, is the total of
    listed: str = ""
    figures: list[Figure] = field(default_factory=list)  # the figures read so far
    # the names the sentence's earlier clauses gave figures: 财政总收入15.68亿元,其中地方
    # 财政收入11.68亿元,分别下降7.78%、2.78% goes back past the clause before
    earlier: list[str] = field(default_factory=list)


def share_the_last_qualifier(body: str, figures: list[Figure], offset: int) -> None:
    """8%和8.5%左右, 分别控制在4.2%、3%以内: a run of values joined by 和 or 、 shares the
    qualifier written after its last value; 分别不少于3850万美元和4000万美元: and the one
    written before its first; and what its first value's predicate says (年均, 增长, 下降)."""
    pairs = list(pairwise(figures))
    between = [
        body[first.phrase[1] - offset : second.phrase[1] - offset] for first, second in pairs
    ]
    joined = [re.fullmatch(rf"[和与、及]?(?:{lx.NUMBER})\S{{0,6}}", b) is not None for b in between]
    # (a run with no mark between shares a qualifier only in one unit: 7.76%9.82% is a
    # page's dropped 、, but 入户核查37万户73万余人 counts households and people)
    shares = [
        run and (b[0] in "和与、及" or first.unit == second.unit)
        for run, b, (first, second) in zip(joined, between, pairs, strict=True)
    ]
    # (but 分别下降3.5%、3%左右和4%: a qualifier after a value inside the run is its own)
    tail = {id(figures[-1])} if figures else set()
    for (first, second), run in zip(reversed(pairs), reversed(shares), strict=True):
        if not run:
            tail.add(id(first))  # the last value of the run before
        elif id(second) in tail and first.comparator == "exact" != second.comparator != "range":
            first.comparator = second.comparator
            tail.add(id(first))
    for (first, second), run, share in zip(pairs, joined, shares, strict=True):
        own = body[: first.phrase[1] - offset].endswith(tuple(lx.AFTER))
        # (a range is its own value's: 分别下降3-4%、4% is 3-4 and 4, no range of 4 alone)
        if share and second.comparator == "exact" != first.comparator != "range" and not own:
            second.comparator = first.comparator
        if run and second.unit == first.unit:  # 年均分别增长14.1%、22.1%: the run's predicate
            second.grows = second.grows or first.grows
            second.measure = second.measure or first.measure
            # (not a fall its own sign wrote: 分别增长5.6%、-24.4%、9.9%)
            signed = _SIGNED.search(body, 0, first.phrase[1] - offset) is not None
            second.direction = second.direction or (None if signed else first.direction)


# (not a range's: 3-4%, 0.5‰-0.6‰, 3000元-4000元)
_SIGNED = re.compile(r"(?<![\d.%‰元吨亿万人个户亩米])[-−]\d[\d.]*[^\d,;、]{0,4}$")


# How many figures said before a clause it may look back to (…,分别增长5%、6%: the last
# few), so that a sentence of thousands of clauses is read in linear time, not their square.
EARLIER = 32


def last_said(names: Iterable[str], count: int) -> list[str]:
    """The last ``count`` different names of ``names``, each where it was last said, in the
    order said (A, B, A, C: the last two are A, C): what values said in turn are of."""
    latest = list(dict.fromkeys(reversed(list(names))))[:count]
    return latest[::-1]
