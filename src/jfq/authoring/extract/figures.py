"""What the grammar reads a clause into: its Figures and the Subject they share."""

from __future__ import annotations

from dataclasses import field

from jfq.data.records import Record, record


@record(kw_only=True)
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
    phrase: tuple[int, int] = (0, 0)


@record
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
