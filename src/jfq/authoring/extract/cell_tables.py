"""Tables of targets and outcomes whose cells a page set one to a line.

A plan report, and some work reports, set the year's targets beside what was achieved in a
table (指标名称 | 2017年目标 | 2017年实绩 | 完成情况评价).  A page converted from HTML keeps
each cell on a line of its own, the header's cells first, then each row's:

    序号 / 指标名称 / 2017年目标 / 2017年实绩 / 完成情况评价 / 比上年增长(%) / 总量 / 比上年增长(%)
    1 / 地区生产总值△ / 8 / 553.2亿元 / 8.1 / 超额完成

No sentence holds a row's name and its figures, so the grammar, which reads clauses, reads
none of them.  Here a header that names an indicator column, a target column and an outcome
column opens a table; each row's name cell is followed by its value cells, which go to the
header's columns in turn: a target's to the target column, the rest to the outcome's.  A
column's cells under a group with sub-columns (实绩: 总量, 比上年增长(%)) are that group's,
each group's sub-columns ending with its growth; a bare number takes the unit its column's
header gives ((%)).  Each value is read by the grammar as a clause of the row's name
(增长6.5%左右: about 6.5 %; 下降4.6%: a fall).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from jfq.authoring.extract.blocks import Found
from jfq.authoring.extract.figures import Figure, Subject
from jfq.authoring.extract.grammar import parse_clause
from jfq.authoring.extract.text import Text

_CELL = 18  # characters: a header's or a value's cell is short; a longer line is prose
_LINE = re.compile(r"[^\n]+")
_NAME_HEADER = re.compile(r"(?:指标|项目)(?:名称)?|名称")
_TARGET_HEADER = re.compile(r"目标|计划|预期")
_OUTCOME_HEADER = re.compile(r"实绩|实际|完成(?!情况评价|情况$)|执行")
_JUDGED = re.compile(r"评价|完成情况$")  # (超额完成, 未完成: words, no figure)
_NOTE = re.compile(r"备注|说明")  # (a remark's cell may hold the year's total: 1347.1亿元)
_SUB_HEADER = re.compile(r"增长|增速|增幅|总量|绝对值|数值|[(（][^)）]*[)）]$")
_GROWTH_HEADER = re.compile(r"增长|增速|增幅")
_HEADER_UNIT = re.compile(r"[(（]([^)）\d]{1,6})[)）]")
_YEAR = re.compile(r"((?:19|20)\d\d)年")
_ROW_NUMBER = re.compile(r"\d{1,2}[.、]?")
_HEADING = re.compile(r"[一二三四五六七八九十]+、.*|[(（][一二三四五六七八九十]+[)）].*")
_SERIAL_LEAD = re.compile(r"\d{1,2}[.、]")
_MARKS_AFTER = "△▲★☆*※#"
_DIGIT = re.compile(r"\d")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class _Column:
    kind: str  # "target" or "actual"
    year: int | None
    unit: str | None  # what a bare number in it is counted in ((%) in its header)


@dataclass
class _Row:
    name: tuple[int, int]
    values: list[tuple[int, int]] = field(default_factory=list)


def tables(text: Text, year: int) -> tuple[list[Found], list[tuple[int, int]]]:
    """The targets and outcomes of every such table in ``text``, and the spans they fill
    (which the reading of sentences then leaves alone).  ``year`` is the report's: an
    outcome, and a target beside it, are the year reviewed's unless the header says."""
    found: list[Found] = []
    spans: list[tuple[int, int]] = []
    resume = 0
    for opening in _HEADER_OPENS.finditer(text.norm):  # (a header's first cell, looked for
        if opening.start() < resume:  # first: most reports have no table)
            continue
        cells = _cells(text.norm, opening.start())
        header = _header(text.norm, cells)
        if header is None:
            continue
        columns, first = header
        rows, end = _rows(text.norm, cells, first)
        for row in rows:
            found += _row_figures(text, row, columns, year)
        resume = cells[end - 1][1]
        spans.append((cells[0][0], resume))
    return found, spans


_HEADER_OPENS = re.compile(r"^[ \t\u3000]*(?:序号|(?:指标|项目)(?:名称)?|名称)[ \t\u3000]*$", re.M)


def _cells(norm: str, at: int) -> list[tuple[int, int]]:
    """The lines from ``at`` that are cells, up to the prose after them."""
    cells = []
    for line in _LINE.finditer(norm, at):
        cell = line[0].strip()
        if len(cell) > _CELL * 2 or "。" in cell:
            break
        if cell:
            cells.append(line.span())
    return cells


def _header(norm: str, cells: list[tuple[int, int]]) -> tuple[list[_Column], int] | None:
    """The columns of a header that starts the ``cells`` (序号 or the indicators' column),
    and the first cell after it; None where they start no header of targets and outcomes."""
    said = [norm[a:b].strip() for a, b in cells[:16]]
    start = 1 if said and said[0] == "序号" else 0
    if len(said) <= start or _NAME_HEADER.fullmatch(said[start]) is None:
        return None
    heads = []
    for cell in said[start + 1 :]:
        if len(cell) > _CELL or _HEADING.fullmatch(cell) or not _CJK.search(cell):
            break
        heads.append(cell)
    groups = [h for h in heads if not _SUB_HEADER.search(h) or _TARGET_HEADER.search(h)]
    kinds = [_kind(h) for h in groups]
    if "target" not in kinds or "actual" not in kinds:
        return None
    subs = heads[len(groups) :] if heads[: len(groups)] == groups else []
    columns = _columns(list(zip(groups, kinds, strict=True)), subs)
    return columns, start + 1 + len(heads)


def _kind(head: str) -> str | None:
    if _JUDGED.search(head):
        return None
    if _TARGET_HEADER.search(head) and not _OUTCOME_HEADER.search(head):
        return "target"
    return "actual" if _OUTCOME_HEADER.search(head) or _NOTE.search(head) else None


def _columns(groups: list[tuple[str, str | None]], subs: list[str]) -> list[_Column]:
    """Each group's columns in turn: one, or its sub-columns up to and with its growth's
    (目标: 比上年增长(%); 实绩: 总量, 比上年增长(%)), the last group taking what is left."""
    valued = [(head, kind) for head, kind in groups if kind is not None]
    columns = []
    for number, (head, kind) in enumerate(valued):
        year = int(found[1]) if (found := _YEAR.search(head)) else None
        own = [head]
        if subs:
            last = number == len(valued) - 1
            ends = next((i for i, s in enumerate(subs) if _GROWTH_HEADER.search(s)), None)
            own = subs if last or ends is None else subs[: ends + 1]
            subs = [] if last or ends is None else subs[ends + 1 :]
        columns += [_Column(kind, year, _unit(cell)) for cell in own]
    return columns


def _unit(head: str) -> str | None:
    found = _HEADER_UNIT.search(head)
    return found[1] if found is not None else None


def _rows(norm: str, cells: list[tuple[int, int]], at: int) -> tuple[list[_Row], int]:
    """The rows from cell ``at`` on, and the number of cells the table fills."""
    said = [norm[a:b].strip() for a, b in cells]
    rows: list[_Row] = []
    for number in range(at, len(cells)):
        cell, (a, b) = said[number], cells[number]
        following = said[number + 1] if number + 1 < len(said) else ""
        if _HEADING.fullmatch(cell) or (_ROW_NUMBER.fullmatch(cell) and _a_name(following)):
            continue  # a section's heading (一、综合发展), or a row's number before its name
        if _a_name(cell):
            rows.append(_Row(_name_span(norm, a, b)))
        elif rows and _DIGIT.search(cell):
            rows[-1].values.append((a, b))
    return [r for r in rows if r.values], len(cells)


def _a_name(cell: str) -> bool:
    """An indicator's cell (1.地区生产总值, 地区生产总值△), not a value's nor a verdict's."""
    plain = _SERIAL_LEAD.sub("", cell, count=1)
    return (
        bool(_CJK.search(plain))
        and not _DIGIT.search(plain)
        and not (_JUDGED_WORD.fullmatch(plain) or _HEADING.fullmatch(plain))
    )


_JUDGED_WORD = re.compile(r"(?:超额|基本|提前)?完成|未(?:完成|达到?)|达到|持平|良好|较好|—+|/")


def _name_span(norm: str, a: int, b: int) -> tuple[int, int]:
    """A row's name without its number (1.地区生产总值) and a mark after it (△)."""
    lead = _SERIAL_LEAD.match(norm, a, b)
    a = lead.end() if lead is not None else a
    while b > a and (norm[b - 1].isspace() or norm[b - 1] in _MARKS_AFTER):
        b -= 1
    return a, b


def _row_figures(text: Text, row: _Row, columns: list[_Column], year: int) -> Iterator[Found]:
    name = text.name(*row.name)
    quote = (row.name[0], row.values[-1][1])
    for (a, b), column in zip(row.values, columns, strict=False):
        figures = _cell_figures(text, name, row.name[0], (a, b), column)
        when = column.year if column.year is not None else year - 1
        for figure in figures:
            yield Found(column.kind, figure, quote, when, 0)


def _cell_figures(
    text: Text, name: str, start: int, cell: tuple[int, int], column: _Column
) -> list[Figure]:
    """A value cell read as a clause of the row's name (增长6.5%左右, 553.2亿元), else a bare
    number in its column's unit (8 under 比上年增长(%))."""
    read = parse_clause(text, *cell, Subject([name], start))
    figures = [f for f in read.figures if f.value is not None] if read is not None else []
    if figures:
        for figure in figures:
            figure.name = name
        return figures
    bare = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*", text.norm[slice(*cell)])
    if bare is None or column.unit is None:
        return []
    return [Figure(name=name, value=float(bare[1]), unit=column.unit, phrase=(start, cell[1]))]
