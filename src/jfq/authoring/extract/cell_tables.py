"""Tables of targets and outcomes whose cells a page set one to a line.

A plan report, and some work reports, set the year's targets beside what was achieved in a
table (指标名称 | 2017年目标 | 2017年实绩 | 完成情况评价).  A page converted from HTML keeps
each cell on a line of its own, the header's cells first, then each row's:

    序号 / 指标名称 / 2017年目标 / 2017年实绩 / 完成情况评价 / 比上年增长(%) / 总量 / 比上年增长(%)
    1 / 地区生产总值△ / 8 / 553.2亿元 / 8.1 / 超额完成

No sentence holds a row's name and its figures, so the grammar, which reads clauses, reads
none of them.  Here a header that names an indicator column, a target column and an outcome
column opens a table.  Its columns are read from the header: a group with sub-columns (实绩:
总量, 比上年增长(%)) takes them up to its growth's, the last group what is left; a unit
column (单位), an attribute (指标属性), a verdict (完成情况评价), a rate of the plan (完成计划
(%)) and a base year (2023年) are columns too, whose cells are no target or outcome.  A row
is its number (where the header has 序号) or its name, then one cell to a column; a row with
more cells than columns, or fewer than its last columns with a figure, is not guessed at.
Each value cell is read by the grammar as a clause of the row's name (增长6.5%左右: about;
下降4.6%: a fall; 与经济增长同步: in step); a bare number takes its row's or its column's unit.
The table ends at the first cell that is no cell of it: prose, a list item (…35家;), a new
header, a row number out of turn.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.blocks import Found
from jfq.authoring.extract.figures import Figure, Subject
from jfq.authoring.extract.grammar import parse_clause
from jfq.authoring.extract.text import Text

_CELL = 24  # characters: a longer line is prose, no cell
_HEADER_CELLS = 24  # a header's cells, at most
_MOST_CELLS = 600  # a table's cells, at most
_LINE = re.compile(r"[^\n]+")
_HEADER_OPENS = re.compile(
    r"^[ \t\u3000]*(?:序号|(?:主要)?指标(?:名称)?|项目(?:名称)?|名称)[ \t\u3000]*$", re.M
)
_NAME_HEADER = re.compile(r"(?:主要)?指标(?:名称)?|项目(?:名称)?|名称")
_HEADER_WORD = re.compile(
    r"序号|名称|指标|单位|属性|性质|目标|计划|预期|预计|完成|实绩|实际|执行|备注|说明|评价|情况|"
    r"增长|增速|增幅|总量|绝对值|数值|比上年|同比|%|(?:19|20)\d\d年|[上去今明]年"
)
_PROJECTS = re.compile(r"建设规模|建设内容|总投资|建设地点|建设性质|责任单位|牵头单位")
_GROUP = re.compile(r"单位|属性|性质|目标|计划|预期|完成|实绩|实际|执行|备注|说明|评价|情况")
_SUB = re.compile(r"增长|增速|增幅|总量|绝对值|数值|[(（][^)）]*[)）]$")
_GROWTH = re.compile(r"增长|增速|增幅")
_RATE = re.compile(r"%|率|占|完成计划|为计划")
_OUTCOME = re.compile(r"实绩|实际|完成|执行")
_TARGET = re.compile(r"目标|计划|预期")
_BRACKETED_UNIT = re.compile(r"[(（]([^()（）\d]{1,6})[)）]")
_YEAR = re.compile(r"((?:19|20)\d\d)年|([上去今明])年")
_RELATIVE = {"上": -1, "去": -1, "今": 0, "明": 1}
_ROW_NUMBER = re.compile(r"(\d{1,2})[.、]?")
_HEADING = re.compile(r"[一二三四五六七八九十]+、.*|[(（][一二三四五六七八九十]+[)）].*|表\s*\d.*")
_NAME_LEAD = re.compile(r"\d{1,2}[.、]|[(（]\d{1,2}[)）]")
_NUMBERED_NAME = re.compile(r"[(（]?(\d{1,2})[.、)）]\s*[^\d\s]")
_MARKS_AFTER = "△▲★☆*※#"
_NO_VALUE = re.compile(r"[—\-－/／]*")
_NOT_A_CELL = re.compile(r"[;。:；：]")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class _Column:
    role: str  # "target", "actual", "note", "unit" or "" (a column of no figure)
    year: int | None = None
    unit: str | None = None  # what a bare number in it is counted in ((%) in its header)


@dataclass(frozen=True)
class _Row:
    name: tuple[int, int]  # the name's span in the normalised text, without its number
    unit: str | None  # said with the name (地区生产总值(亿元)), else in the unit column
    values: list[tuple[int, int]]  # one cell to a column, in turn


def tables(text: Text, year: int) -> tuple[list[Found], list[tuple[int, int]]]:
    """The targets and outcomes of every such table in ``text``, and the spans of those
    that state any (which the reading of sentences then leaves alone).  ``year`` is the
    report's: a column whose header names no year is the year reviewed's."""
    found: list[Found] = []
    spans: list[tuple[int, int]] = []
    resume = 0
    for opening in _HEADER_OPENS.finditer(text.norm):  # (most reports have no table)
        if opening.start() < resume:
            continue
        header = _header(text.norm, _cells(text.norm, opening.start(), _HEADER_CELLS), year)
        if header is None:
            continue  # (a header's cells looked at first: a page of other tables stays linear)
        columns, first = header
        cells = _cells(text.norm, opening.start(), _MOST_CELLS)
        rows, end = _rows(text.norm, cells, first, columns)
        figures = [f for row in rows for f in _row_figures(text, row, columns, year)]
        if figures:
            found += figures
            resume = cells[end - 1][1]
            spans.append((cells[0][0], resume))
    return found, spans


def _cells(norm: str, at: int, most: int) -> list[tuple[int, int]]:
    """The non-empty lines from ``at`` that may be cells, up to the first that is prose
    (``most`` of them)."""
    cells: list[tuple[int, int]] = []
    for line in _LINE.finditer(norm, at):
        cell = line[0].strip()
        if len(cell) > _CELL or len(cells) >= most:
            break
        if cell:
            cells.append(line.span())
    return cells


def _header(norm: str, cells: list[tuple[int, int]], year: int) -> tuple[list[_Column], int] | None:
    """The columns after the name's of a header of targets and outcomes that starts the
    ``cells``, and the first cell after it; None where they start no such header."""
    said = [norm[a:b].strip() for a, b in cells[:_HEADER_CELLS]]
    start = 1 if said and said[0] == "序号" else 0
    if len(said) <= start or _NAME_HEADER.fullmatch(said[start]) is None:
        return None
    heads = []
    for cell in said[start + 1 :]:
        if not _HEADER_WORD.search(cell) or _NOT_A_CELL.search(cell) or _ROW_NUMBER.fullmatch(cell):
            break
        heads.append(cell)
    if any(_PROJECTS.search(h) for h in heads):
        return None  # 项目名称 | 建设规模及内容 | 总投资: projects, no indicators
    columns = _columns(heads, year)
    roles = {c.role for c in columns}
    if "target" not in roles or "actual" not in roles:
        return None
    return ([_Column("serial")] if start else []) + columns, start + 1 + len(heads)


def _columns(heads: list[str], year: int) -> list[_Column]:
    """The header's columns in row order: each group's own, or its sub-columns where the
    sub-headers follow all the groups (目标: 比上年增长(%); 实绩: 总量, 比上年增长(%))."""
    tail = len(heads)
    while tail > 0 and _SUB.search(heads[tail - 1]) and not _GROUP.search(heads[tail - 1]):
        tail -= 1
    groups, subs = heads[:tail], heads[tail:]
    valued = [g for g in groups if _role(g) in ("target", "actual")]
    columns: list[_Column] = []
    for head in groups:
        role, when = _role(head), _year(head, year)
        own = [head]
        if subs and head in valued:
            last = head == valued[-1]
            ends = next((i for i, s in enumerate(subs) if _GROWTH.search(s)), len(subs) - 1)
            own, subs = (subs, []) if last else (subs[: ends + 1], subs[ends + 1 :])
        columns += [_Column(role, when, _unit(cell)) for cell in own]
    return columns


def _role(head: str) -> str:
    if re.fullmatch(r"(?:计量)?单位", head):
        return "unit"
    if re.search(r"评价|属性|性质|完成情况$", head) or (_GROUP.search(head) and _RATE.search(head)):
        return ""  # a verdict, a kind, a rate of the plan (完成计划(%), 完成率)
    if _OUTCOME.search(head):
        return "actual"
    if _TARGET.search(head):
        return "target"
    return "note" if re.search(r"备注|说明", head) else ""


def _year(head: str, year: int) -> int | None:
    said = _YEAR.search(head)
    if said is None:
        return None
    return int(said[1]) if said[1] else year + _RELATIVE[said[2]]


def _unit(head: str) -> str | None:
    found = _BRACKETED_UNIT.search(head)
    return found[1] if found is not None else None


def _rows(
    norm: str, cells: list[tuple[int, int]], at: int, columns: list[_Column]
) -> tuple[list[_Row], int]:
    """The rows from cell ``at`` on, and where the table ends (a cell's index)."""
    numbered = bool(columns) and columns[0].role == "serial"
    width = len(columns) + (0 if numbered else 1)  # a row's cells: its name, then a value each
    rows: list[_Row] = []
    said = [norm[a:b].strip() for a, b in cells]
    index = at
    while index < len(cells):
        if _HEADING.fullmatch(said[index]):
            index += 1  # a section's heading (一、综合发展)
            continue
        if numbered:
            number = _ROW_NUMBER.fullmatch(said[index])
            if number is None or int(number[1]) != len(rows) + 1:
                break
            index += 1
        following = str(len(rows) + 2)  # the next row's number (2 / 2.PM2.5平均浓度)
        row, index = _row(norm, cells, said, index, width=width, following=following)
        if row is None:
            break
        rows.append(row)
    return rows, max(index, at)


def _row(
    norm: str,
    cells: list[tuple[int, int]],
    said: list[str],
    at: int,
    *,
    width: int,
    following: str,
) -> tuple[_Row | None, int]:
    """The row whose name is cell ``at``: its ``width`` cells, or fewer up to the next
    row's number (``following``: a cell of its own, or the next name's 2.), and the index
    after it."""
    end = at + 1
    while end < len(cells) and end - at < width:
        number = _NUMBERED_NAME.match(said[end]) or (
            _ROW_NUMBER.fullmatch(said[end])
            if end + 1 < len(said) and _a_name(said[end + 1])
            else None
        )  # (a value that is the next row's number is a value: 3 / 地方财政收入 / 4 / 49.5亿元)
        if number is not None and number[1] == following:
            break  # (its last cells empty: the next row's number)
        if _NOT_A_CELL.search(said[end]) or _HEADER_OPENS.fullmatch(said[end]):
            break
        end += 1
    if at >= len(cells) or not _a_name(said[at]) or end - at < 2:
        return None, at
    name, unit = _name_span(norm, *cells[at])
    return _Row(name, unit, list(cells[at + 1 : end])), end


def _a_name(cell: str) -> bool:
    """An indicator's cell (1.地区生产总值, PM2.5平均浓度), not a value's (增长5%, 553.2亿元,
    a name and a value a page ran together: 地区生产总值553.2亿元) nor a list item's (…35家;)."""
    lead = _NAME_LEAD.match(cell)
    plain = cell[lead.end() :] if lead is not None else cell
    return bool(_CJK.search(plain)) and not (
        _NOT_A_CELL.search(plain)
        or re.match(r"[\d.]|增长|下降|提高|降低", plain)
        or _A_VALUE_INSIDE.search(plain)
    )


_A_VALUE_INSIDE = re.compile(rf"\d(?:{lx.UNIT})")
_CHANGE_AT_END = re.compile(r"(?:增长|增速|增幅|降低|下降)$")


def _name_span(norm: str, a: int, b: int) -> tuple[tuple[int, int], str | None]:
    """A row's name without its number (1.地区生产总值), a mark after it (△), and a unit said
    in brackets after it (地区生产总值(亿元), 增长(%)), which is the row's."""
    lead = _NAME_LEAD.match(norm, a, b)
    a = lead.end() if lead is not None else a
    while b > a and (norm[b - 1].isspace() or norm[b - 1] in _MARKS_AFTER):
        b -= 1
    unit = None
    bracket = _BRACKETED_UNIT.search(norm, a, b)
    if bracket is not None and bracket.end() == b and bracket.start() - a >= 2:
        unit, b = bracket[1], bracket.start()
        growth = _GROWTH.search(norm, max(a, b - 2), b)
        b = growth.start() if growth is not None and growth.start() - a >= 2 else b
    return (a, b), unit


def _row_figures(text: Text, row: _Row, columns: list[_Column], year: int) -> Iterator[Found]:
    """A row's targets and outcomes, each quoting the row; a column that names no year is
    the year reviewed's (a target's, the year of the outcomes beside it)."""
    own = [c for c in columns if c.role != "serial"]
    if len(row.values) > len(own) or any(
        c.role in ("target", "actual") for c in own[len(row.values) :]
    ):
        return  # (a row that does not fit its header is not guessed at)
    units = [
        text.norm[a:b].strip()
        for (a, b), c in zip(row.values, own, strict=False)
        if c.role == "unit"
    ]
    unit = row.unit or (units[0] if units and units[0] else None)
    a, b = row.name
    change = _CHANGE_AT_END.search(text.norm, a + 2, b) if unit in ("%", "％") else None
    name = text.name(a, change.start() if change is not None else b)  # (地区生产总值增长 | %)
    falling = change is not None and change[0] in ("降低", "下降")
    quote = (row.name[0], row.values[-1][1])
    outcomes = [c.year for c in own if c.role == "actual" and c.year is not None]
    for cell, column in zip(row.values, own, strict=False):
        if column.role not in ("target", "actual", "note"):
            continue
        kind = "target" if column.role == "target" else "actual"
        when = column.year or (outcomes[0] if kind == "target" and outcomes else year - 1)
        for figure in _cell_figures(text, name, row.name[0], cell, column=column, unit=unit):
            figure.direction = "down" if falling else figure.direction
            yield Found(kind, figure, quote, when, 0)


def _cell_figures(
    text: Text,
    name: str,
    start: int,
    cell: tuple[int, int],
    *,
    column: _Column,
    unit: str | None,
) -> list[Figure]:
    """A value cell read as a clause of the row's name (增长6.5%左右, 553.2亿元, 540左右), else
    a bare number in the column's or the row's unit (8 under 比上年增长(%))."""
    said = text.norm[slice(*cell)].strip()
    if _NO_VALUE.fullmatch(said):
        return []  # — or / : nothing in this cell
    read = parse_clause(text, *cell, Subject([name], start))
    figures = [
        f
        for f in (read.figures if read is not None else [])
        if f.value is not None or (column.role == "target" and f.comparator != "exact")
    ]
    if column.role == "note":  # (a remark's figure only where it says its unit: 1347.1亿元)
        figures = [f for f in figures if f.unit]
    for figure in figures:
        figure.name = name
        if figure.value is not None:
            figure.unit = figure.unit or column.unit or unit
    if figures or column.role == "note":
        return figures
    bare = re.fullmatch(r"(\d+(?:\.\d+)?)", said)
    if bare is None or not (column.unit or unit):
        return []
    return [
        Figure(name=name, value=float(bare[1]), unit=column.unit or unit, phrase=(start, cell[1]))
    ]
