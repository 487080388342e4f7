"""Tables of targets and outcomes whose cells a page set one to a line.

A plan report, and some work reports, set the year's targets beside what was achieved in a
table (指标名称 | 2017年目标 | 2017年实绩 | 完成情况评价).  A page converted from HTML keeps
each cell on a line of its own, the header's cells first, then each row's:

    序号 / 指标名称 / 2017年目标 / 2017年实绩 / 完成情况评价 / 比上年增长(%) / 总量 / 比上年增长(%)
    1 / 地区生产总值△ / 8 / 553.2亿元 / 8.1 / 超额完成

No sentence holds a row's name and its figures, so the grammar, which reads clauses, reads
none of them.  Here a header of header words only, naming an indicator column, a target
column and an outcome column, opens a table; its columns are read by cell_table_headers.py.
An empty cell is the longer run of line breaks the page leaves for it.  A row is its number
(where the header has 序号) or its name, then one cell to a column; a row that does not fit
its header (a cell left over, a value of words only) is not guessed at, and ends the table.
Each value cell is read by the grammar as a clause of the row's name, or of its own subject
(增长6.5%左右: about; 下降4.6%: a fall; 其中税收收入9.8亿元); a bare number (8, ≤35, 6-6.5)
takes its row's or its column's unit.  The table ends at the first cell that is no cell of
it: prose, a list item (…35家;), a new header, a row number out of turn.  Only a table that
states a figure claims its lines from the reading of sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.blocks import Found
from jfq.authoring.extract.cell_table_headers import (
    BRACKETED_UNIT,
    GROWTH,
    HEADER_CELLS,
    OF_A_PLAN_OR_MONTHS,
    Column,
    header,
)
from jfq.authoring.extract.figures import Figure, Subject
from jfq.authoring.extract.grammar import parse_clause
from jfq.authoring.extract.text import Text

_CELL = 24  # characters: a longer line is prose, no cell
_MOST_CELLS = 600  # a table's cells, at most
_LINE = re.compile(r"[^\n]+")
_SHOWN = re.compile(r"\S")
_GAP = r"[ \t\u3000]*"  # (a bulletin spaces a header's letters: 指         标)
_BAR = r"(?:[|｜][ \t\u3000]*)?"  # (and a page's table may end each cell with a bar: 指 标 |)
_HEADER_OPENS = re.compile(
    rf"^{_GAP}(?:序{_GAP}号|(?:主要)?指{_GAP}标(?:名称)?|项{_GAP}目(?:名称)?|名{_GAP}称){_GAP}{_BAR}$",
    re.M,
)
_ROW_NUMBER = re.compile(r"(\d{1,2})[.、]?")
_HEADING = re.compile(r"[一二三四五六七八九十]+、.*|[(（][一二三四五六七八九十]+[)）].*|表\s*\d.*")
# (and a part's 其中: of a bulletin's table, 其中:工业 | 55.64 | 1.8)
_NAME_LEAD = re.compile(r"\d{1,2}[.、]|[(（]\d{1,2}[)）]|其中[:：]?")
_NUMBERED_NAME = re.compile(r"[(（]?(\d{1,2})[.、)）]\s*[^\d\s]")
_MARKS_AFTER = "△▲★☆*※#"
_NO_VALUE = re.compile(r"[—\-－/／]*")
_NOT_A_CELL = re.compile(r"[;。:；：]")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Row:
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
        # (and a bulletin's of measures only, 指标⏎绝对数(万元)⏎比上年增长%: the year's outcomes,
        # where no plan nor months head it: 主要预期目标⏎指标⏎增长(%), 2024年1-10月…⏎指标⏎…)
        outcomes = not OF_A_PLAN_OR_MONTHS.search(
            text.norm, max(0, opening.start() - 60), opening.start()
        )
        read = header(
            text.norm, _cells(text, opening.start(), HEADER_CELLS), year, outcomes=outcomes
        )
        if read is None:
            continue  # (a header's cells looked at first: a page of other tables stays linear)
        columns, first = read
        cells = _cells(text, opening.start(), _MOST_CELLS)
        rows, end = _rows(text.norm, cells, first, columns)
        figures = [f for row in rows for f in row_figures(text, row, columns, year)]
        if figures:
            found += figures
            resume = cells[end - 1][1]
            spans.append((cells[0][0], resume))
    return found, spans


def _cells(text: Text, at: int, most: int) -> list[tuple[int, int]]:
    """The lines from ``at`` that may be cells, up to the first that is prose (``most`` of
    them).  An empty cell is a longer run of line breaks than the page puts between cells
    (…20.5万元/⏎⏎⏎⏎3.…: the remark's empty): it is kept, as an empty span, so that the cells
    after it keep their columns."""
    cells: list[tuple[int, int]] = []
    breaks: list[int] = []  # the line breaks before each cell, as the page has them
    end = text.span(at, at)[0]
    for line in _LINE.finditer(text.norm, at):
        said = line[0].rstrip().rstrip("|｜").rstrip()  # (地区生产总值 |: the cell's bar)
        cell = said.lstrip()
        if len(cell) > _CELL or len(cells) >= most:
            break
        if cell:  # (counted in the original: normalising joins a line a page wrapped)
            shown = _SHOWN.search(text.original, end)
            breaks.append(text.original.count("\n", end, shown.start() if shown else end))
            cells.append((line.start(), line.start() + len(said)))
            end = text.span(*line.span())[1]
    if len(breaks) < 3:
        return cells
    step = min(b for b in breaks[1:] if b > 0) if any(breaks[1:]) else 1
    spaced: list[tuple[int, int]] = []
    for (a, b), gap in zip(cells, breaks, strict=True):
        if spaced:
            spaced += [(a, a)] * ((gap + step // 2) // step - 1)  # (rounded: a break more)
        spaced.append((a, b))
    return spaced


def _rows(
    norm: str, cells: list[tuple[int, int]], at: int, columns: list[Column]
) -> tuple[list[Row], int]:
    """The rows from cell ``at`` on, and where the table ends (a cell's index)."""
    numbered = bool(columns) and columns[0].role == "serial"
    width = len(columns) + (0 if numbered else 1)  # a row's cells: its name, then a value each
    rows: list[Row] = []
    said = [norm[a:b].strip() for a, b in cells]
    index = at
    while index < len(cells):
        if _HEADING.fullmatch(said[index]) or not said[index]:
            index += 1  # a section's heading (一、综合发展), or a blank between rows
            continue
        if numbered:
            number = _ROW_NUMBER.fullmatch(said[index])
            if number is None or int(number[1]) != len(rows) + 1:
                break
            index += 1
        following = str(len(rows) + 2)  # the next row's number (2 / 2.PM2.5平均浓度)
        row, index = _row(norm, cells, said, index, width=width, following=following)
        if row is None or not _a_rows_end(said, index, numbered=numbered):
            break  # (a cell left over: the row did not fit its header, nor the rest)
        if _out_of_step(norm, row, columns[1:] if numbered else columns):
            # (每万人发明专利拥有量 | 135 | 160: its unit's cell left out, no guess; the next
            # row starts at the name it took for a value)
            names = [i for i in range(index - len(row.values), index) if _a_name(said[i])]
            if not names:
                break
            index = names[0]
            continue
        rows.append(row)
    return rows, max(index, at)


def _out_of_step(norm: str, row: Row, columns: list[Column]) -> bool:
    """Whether a row's cell under the unit's column is a number: a cell left out before it."""
    return any(
        column.role == "unit" and _A_NUMBER.fullmatch(norm[a:b].strip())
        for (a, b), column in zip(row.values, columns, strict=False)
    )


_A_NUMBER = re.compile(r"[\d.,]+")
_A_BARE_RATE = re.compile(r"[\d.]+[%％]")  # (not 增长6.2%, a growth in a row of 亿元)
_OVER_YEARS = re.compile(
    r"(?:19|20)\d\d年以来|近[一二三四五六七八九十\d]+年"
)  # (a span it opens on)


def _row(
    norm: str,
    cells: list[tuple[int, int]],
    said: list[str],
    at: int,
    *,
    width: int,
    following: str,
) -> tuple[Row | None, int]:
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
    name, unit = name_span(norm, *cells[at])
    return Row(name, unit, list(cells[at + 1 : end])), end


def _a_rows_end(said: list[str], index: int, *, numbered: bool) -> bool:
    """Whether a row ends before cell ``index``: the table's end, a blank, a heading, the
    next row's number or name, or what is no cell of a table (…35家;)."""
    if index >= len(said) or not said[index] or _HEADING.fullmatch(said[index]):
        return True
    following = said[index]
    if _NOT_A_CELL.search(following) or _a_name(following):
        return True
    return numbered and _ROW_NUMBER.fullmatch(following) is not None


def _a_name(cell: str) -> bool:
    """An indicator's cell (1.地区生产总值, PM2.5平均浓度), not a value's (增长5%, 553.2亿元,
    a name and a value a page ran together: 地区生产总值553.2亿元) nor a list item's (…35家;)."""
    lead = _NAME_LEAD.match(cell) or _A_YEAR_OPENS.match(cell)  # (2021年单位地区生产总值能耗)
    plain = cell[lead.end() :] if lead is not None else cell
    return bool(_CJK.search(plain)) and not (
        _NOT_A_CELL.search(plain)
        or re.match(r"[\d.]|增长|下降|提高|降低", plain)
        or _A_VALUE_INSIDE.search(plain)
        or _VERDICT.fullmatch(plain)
    )


# A year a row's name opens on: cut from the name (2021年单位地区生产总值能耗降低目标), but not
# a span's start (2020年以来累计新增城镇就业), which is the name's, though a name still.
_A_YEAR = r"(?:19|20)\d\d年"
_A_YEAR_OPENS = re.compile(rf"{_A_YEAR}(?:以来)?(?=[\u4e00-\u9fff])")
_A_YEAR_LEADS = re.compile(rf"{_A_YEAR}(?=[\u4e00-\u9fff])(?!以来)")
_VERDICT = re.compile(r"(?:超额|基本|提前|全面|已)?完成|未(?:完成|达到?)|达到|持平|良好|较好|滞后")


_A_VALUE_INSIDE = re.compile(rf"\d(?:{lx.UNIT})")
_CHANGE_AT_END = re.compile(r"(?:增长|增速|增幅|降低|下降)$")


def name_span(norm: str, a: int, b: int) -> tuple[tuple[int, int], str | None]:
    """A row's name without its number (1.地区生产总值), a mark after it (△), and a unit said
    in brackets after it (地区生产总值(亿元), 增长(%)), which is the row's."""
    lead = _NAME_LEAD.match(norm, a, b) or _A_YEAR_LEADS.match(norm, a, b)
    a = lead.end() if lead is not None else a
    while b > a and (norm[b - 1].isspace() or norm[b - 1] in _MARKS_AFTER):
        b -= 1
    if norm.endswith("目标", a, b) and b - a >= 6:
        b -= 2  # (单位地区生产总值能耗降低目标 | 3.4 | 5.38: the row's indicator, set and met)
    unit = None
    bracket = BRACKETED_UNIT.search(norm, a, b)
    if (
        bracket is not None
        and bracket.end() == b
        and bracket.start() - a >= 2
        and re.fullmatch(lx.UNIT, bracket[1])
    ):  # (not 居民消费价格指数(CPI), (可比价))
        unit, b = bracket[1], bracket.start()
        growth = GROWTH.search(norm, max(a, b - 2), b)
        b = growth.start() if growth is not None and growth.start() - a >= 2 else b
    return (a, b), unit


def row_figures(text: Text, row: Row, columns: list[Column], year: int) -> Iterator[Found]:
    """A row's targets and outcomes, each quoting the row; a column naming no year is the year
    reviewed's (a target's, its outcomes'); an outcome of the report's year, its months'."""
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
        if column.role in ("target", "actual") and _words_only(text.norm[slice(*cell)]):
            return  # (规模以上工业 / 增加值 / 增长8%: a name run over two cells, no value)
    of_the_plan = _rates_of_the_plan(text.norm, row, own, unit)
    over_years = _OVER_YEARS.match(text.norm, a, b) is not None  # (2021年以来累计新增…)
    for cell, column in zip(row.values, own, strict=False):
        if column.role not in ("target", "actual", "note"):
            continue
        kind = "target" if column.role == "target" else "actual"
        when = column.year or (outcomes[0] if kind == "target" and outcomes else year - 1)
        for figure in _cell_figures(text, name, row.name[0], cell, column=column, unit=unit):
            if column.measure == "share" and figure.value == 100:
                continue  # (地区生产总值 | … | 100: a total's share of itself)
            figure.direction = "down" if falling else figure.direction
            figure.measure = column.measure or figure.measure
            if cell in of_the_plan:
                figure.measure = "share"  # (投资 | 亿元 | 300 | 105%: of the plan, no outcome)
            elif over_years and figure.measure is None:
                figure.measure = "cumulative"
            yield Found(kind, figure, quote, when, 0, so_far=kind == "actual" and when == year)


def _rates_of_the_plan(
    norm: str, row: Row, columns: list[Column], unit: str | None
) -> list[tuple[int, int]]:
    """The outcome cells that are a bare percentage in a row counted in another unit, whose
    targets are none (投资 | 亿元 | 300 | 105%: the plan's share done; not 规上工业增加值 |
    亿元 | 8% | 8.3%, a rate set and met)."""
    if unit in (None, "%", "％"):
        return []
    bare = [
        (cell, column.role)
        for cell, column in zip(row.values, columns, strict=False)
        if _A_BARE_RATE.fullmatch(norm[slice(*cell)].strip())
    ]
    targets = [
        norm[slice(*c)] for c, col in zip(row.values, columns, strict=False) if col.role == "target"
    ]
    if any("%" in cell or "％" in cell for cell in targets):
        return []  # (a rate set, 8%左右, 增长6%: the outcome beside it is a rate met)
    return [cell for cell, role in bare if role == "actual"]


def _cell_figures(
    text: Text,
    name: str,
    start: int,
    cell: tuple[int, int],
    *,
    column: Column,
    unit: str | None,
) -> list[Figure]:
    """A value cell read as a clause of the row's name (增长6.5%左右, 553.2亿元, 540左右), else
    a bare number in the column's or the row's unit (8 under 比上年增长(%))."""
    said = text.norm[slice(*cell)].strip()
    if _NO_VALUE.fullmatch(said):
        return []  # — or / : nothing in this cell
    symbol = _SYMBOL.match(text.norm, *cell)  # (≤35微克/立方米, ≥85)
    a = symbol.end() if symbol is not None else cell[0]
    read = parse_clause(text, a, cell[1], Subject([name], start))
    figures = [
        f
        for f in (read.figures if read is not None else [])
        if f.value is not None or (column.role == "target" and f.comparator != "exact")
    ]
    if column.role == "note":  # (a remark's figure only where it says its unit: 1347.1亿元)
        figures = [f for f in figures if f.unit]
    for figure in figures:
        # the cell's own subject (其中税收收入9.8亿元, 新建改扩建中小学校5所), else the row's
        figure.name = figure.name if len(_CJK.findall(figure.name)) >= 3 else name
    # (the row's own unit before the table's line's: 常住人口(万人) under 单位:亿元)
    unit = column.unit or unit or column.table_unit
    for figure in figures:
        if figure.value is not None:
            figure.unit = figure.unit or unit
    if figures or column.role == "note":
        return _compared(figures, symbol)
    bare = _BARE.fullmatch(text.norm, a, cell[1])
    if bare is None or not unit:
        return []
    low, high = float(bare[1]), float(bare[2]) if bare[2] else None
    return _compared(
        [Figure(name=name, value=low, value_max=high, unit=unit,
                comparator="range" if high is not None else "exact",
                phrase=(start, cell[1]))],
        symbol,
    )  # fmt: skip


def _words_only(cell: str) -> bool:
    """A value cell of words that state no target: no digit, no dash, no 同步 nor 任务."""
    said = cell.strip()
    return bool(said) and not (
        _DIGIT.search(said) or _NO_VALUE.fullmatch(said) or _STATED_IN_WORDS.search(said)
    )


_DIGIT = re.compile(r"\d")
_STATED_IN_WORDS = re.compile(r"同步|任务|持平|平衡|稳定|下降|提高|改善|达标|完成")


# A bound said with a sign (≤35, ≥85, <5.5): at most or at least, as 以内 and 以上 are.
_SYMBOL = re.compile(r"\s*(?:(?P<most>≤|<=|<|＜|不高于|不超过)|(?P<least>≥|>=|>|＞|不低于|不少于))")
# (a negative growth keeps its sign, as a table prints it: -2.24)
_BARE = re.compile(r"\s*(-?\d+(?:\.\d+)?)(?:\s*[-~－—至]\s*(\d+(?:\.\d+)?))?\s*")


def _compared(figures: list[Figure], symbol: re.Match[str] | None) -> list[Figure]:
    if symbol is not None:
        for figure in figures:
            figure.comparator = "at_most" if symbol["most"] else "at_least"
    return figures
