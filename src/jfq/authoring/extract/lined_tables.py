"""Tables set a row to a line, their cells parted by a mark: a bar (a page converted to
Markdown, or a table flattened by its copier: 地区生产总值 | 341881 | 7.23), a tab (a
spreadsheet's copy), or a wide gap of spaces.

    指标 | 单位 | 2023年完成 | 2024年目标
    |---|---|---|---|
    地区生产总值增长 | % | 5.2 | 6左右

The header is read as cell_table_headers.py reads a header set one cell to a line, and each
row as cell_tables.py reads one (a value cell is a clause of the row's name, or a bare number
in its column's unit).  A bulletin's table of measures only (绝对数(万元) | 增长(%) | 构成(%))
is the year's outcomes.  The table ends at the first line that is not a row of as many cells.
Normalising drops a tab or a space between words, so the marks are found in the original,
and each cell is mapped back to the normalised text.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from jfq.authoring.extract.blocks import Found
from jfq.authoring.extract.cell_table_headers import Column, a_sub_header, header
from jfq.authoring.extract.cell_tables import Row, name_span, row_figures
from jfq.authoring.extract.text import Text

# The marks that part cells, in the order they are tried on a header's line: last, one space
# (a bulletin's table copied with single spaces: 指标 绝对值(万元) 比上年增长(%)).
_ONE_SPACE = re.compile(r"[ \u3000]")
_MARKS = (re.compile(r"\t"), re.compile(r"[|｜]"), re.compile(r"[ \u3000]{2,}"), _ONE_SPACE)
# A header's first cell at a line's start, a mark after it (序号 | 指标名称 | …; a bulletin
# spaces its letters, 指 标 | 总量(亿元) | 增长(%)).
_OPENS = re.compile(
    r"^[ \t\u3000|｜]*(?:序\s?号|(?:主要)?指\s?标(?:名称)?|项\s?目(?:名称)?|名\s?称)"
    r"[ \t\u3000]*[\t|｜ ]",
    re.M,
)
# A Markdown table's rule under its header (|---|:---:|).
_RULE = re.compile(r"[\s|｜:\-—]*-{3,}[\s|｜:\-—]*")
_FEWEST = 3  # cells a header has: a name and two columns


def lined_tables(text: Text, year: int) -> tuple[list[Found], list[tuple[int, int]]]:
    """The targets and outcomes of every such table in ``text`` (``year``: the report's),
    and the normalised spans of those that state any."""
    found: list[Found] = []
    spans: list[tuple[int, int]] = []
    resume = 0
    for opening in _OPENS.finditer(text.original):  # (most reports have no table)
        if opening.start() < resume:
            continue
        read = _table(text, opening.start(), year)
        if read is None:
            continue
        figures, end = read
        resume = end
        if figures:
            found += figures
            spans.append((_normalised(text, opening.start()), _normalised(text, end)))
    return found, spans


def _table(text: Text, start: int, year: int) -> tuple[list[Found], int] | None:
    """The figures of the table whose header is the original line at ``start``, and where
    its last row ends."""
    header_end = _line_end(text.original, start)
    for mark in _MARKS:
        cells = _cells(text, start, header_end, mark)
        if len(cells) < _FEWEST:
            continue
        end = header_end
        below = (end + 1, _line_end(text.original, end + 1))
        merged = _with_sub_header(text, cells, _cells(text, *below, mark))
        cells, end = (merged, below[1]) if merged is not None else (cells, end)
        read = header(text.norm, cells, year, outcomes=True)
        if read is None or read[1] != len(cells):
            return None  # (a header's cells, and no more: else it is a line of prose)
        columns = read[0]
        figures: list[Found] = []
        while end < len(text.original):
            line = (end + 1, _line_end(text.original, end + 1))
            if not _RULE.fullmatch(text.original, *line):
                row = _row(text, _cells(text, *line, mark), columns)
                if row is None:
                    break
                figures += row_figures(text, row, columns, year)
            end = line[1]
        return figures, end
    return None


# What the first of a merged cell's parts says when the merged cell's own head stands for it.
_A_LEVEL = re.compile(r"绝对[值数]|总量|数值|完成值")


def _with_sub_header(
    text: Text, cells: list[tuple[int, int]], below: list[tuple[int, int]]
) -> list[tuple[int, int]] | None:
    """A header whose merged cells a second line parts (指标名称 | 年度目标 | 上半年完成情况 |
    | ⏎ 绝对值 | 增幅 | ||, 嘉定 2023): the cells as one header, each merged cell's head for
    its level (绝对值) and its other parts after it; None where the line below parts none.
    A merged cell is one the flattening left empty cells after, and it takes as many parts
    as it spans, the last one the rest."""
    parts = [c for c in below if c[0] < c[1]]
    if not parts or not all(a_sub_header(text.norm[a:b]) for a, b in parts):
        return None
    merged: list[tuple[int, int]] = []
    spans = [(i, _empties_after(cells, i)) for i, c in enumerate(cells) if i and c[0] < c[1]]
    spanned = [(i, n) for i, n in spans if n]
    if not spanned:
        return None
    taken = {}
    for number, (i, n) in enumerate(spanned):
        take = len(parts) if number == len(spanned) - 1 else min(n + 1, len(parts))
        taken[i], parts = parts[:take], parts[take:]
        first = taken[i][:1]
        if not first or not _A_LEVEL.fullmatch(text.norm[slice(*first[0])]):
            return None  # (a merged cell parted into no level: its head is no column)
    for i, cell in enumerate(cells):
        if cell[0] < cell[1] or not i:
            merged += [cell, *taken.get(i, [])[1:]]
    return merged


def _empties_after(cells: list[tuple[int, int]], i: int) -> int:
    n = 0
    while i + n + 1 < len(cells) and cells[i + n + 1][0] == cells[i + n + 1][1]:
        n += 1
    return n


def _line_end(original: str, start: int) -> int:
    end = original.find("\n", start)
    return len(original) if end < 0 else end


def _row(text: Text, cells: list[tuple[int, int]], columns: list[Column]) -> Row | None:
    """A line's cells as a row of the table: its name's cell (after its number, where the
    header has 序号), then a value to a column; None where the line is no such row."""
    numbered = bool(columns) and columns[0].role == "serial"
    grouped = len(cells) > 2 and _A_GROUPS_CELL.fullmatch(_said(text, cells[0]))
    if numbered and grouped and _SERIAL.fullmatch(_said(text, cells[1])):
        cells = cells[1:]  # (经济发展 | 1 | 地区生产总值 | …: a merged cell of the group's)
    name_at = 1 if numbered else 0
    values = cells[name_at + 1 :]
    while len(values) > len(columns) - numbered and values and values[-1][0] == values[-1][1]:
        values = values[:-1]  # (the empty cells a flattened row ends with: | |||)
    if len(cells) <= name_at + 1 or len(values) > len(columns) - numbered:
        return None
    a, b = cells[name_at]
    if a == b:
        return None
    name, unit = name_span(text.norm, a, b)
    return Row(name, unit, values)


# A group's merged cell before a row's number (经济发展 | 1 | 地区生产总值 | …), and the number.
_A_GROUPS_CELL = re.compile(r"[^\d\s]{2,8}")
_SERIAL = re.compile(r"\d{1,2}")


def _said(text: Text, cell: tuple[int, int]) -> str:
    return text.norm[slice(*cell)]


def _cells(text: Text, start: int, end: int, mark: re.Pattern[str]) -> list[tuple[int, int]]:
    """The cells of the original line [start, end) parted by ``mark``, as normalised spans
    without their spaces (an empty cell keeps its place); a bar before the first cell and
    after the last opens and closes the row, no cell."""
    line = text.original[start:end]
    if mark is _ONE_SPACE:  # (a line's indent is no cell of its own)
        start += len(line) - len(line.lstrip())
        line = text.original[start:end]
    bounds = [start] + [
        x for m in mark.finditer(line) for x in (start + m.start(), start + m.end())
    ]
    bounds.append(end)
    pieces = list(zip(bounds[::2], bounds[1::2], strict=True))
    if mark.pattern.startswith("[|"):
        pieces = pieces[1:] if not line[: pieces[0][1] - start].strip() else pieces
        pieces = pieces[:-1] if pieces and not text.original[slice(*pieces[-1])].strip() else pieces
    return [_stripped(text.norm, _normalised(text, a), _normalised(text, b)) for a, b in pieces]


def _stripped(norm: str, a: int, b: int) -> tuple[int, int]:
    while a < b and norm[a].isspace():
        a += 1
    while b > a and norm[b - 1].isspace():
        b -= 1
    return a, b


def _normalised(text: Text, original: int) -> int:
    """The normalised position of the ``original`` one (the first that maps at or after it)."""
    return bisect_left(range(len(text.norm)), original, key=text.start_of)


def not_said_before(tabled: list[Found], prose: list[Found]) -> list[Found]:
    """The table's rows less those the prose states too: a bulletin's table repeats the
    paragraph above it (第一产业增加值56789万元 … 第一产业 | 56789), where the prose's name is
    the fuller and its sentence the better quote."""
    said: dict[tuple[object, ...], list[str]] = {}
    for found in prose:
        figure = found.figure
        said.setdefault((found.kind, figure.value, figure.unit, figure.measure), []).append(
            figure.name
        )
    return [
        found
        for found in tabled
        if not any(
            name.startswith(found.figure.name)
            for name in said.get(
                (found.kind, found.figure.value, found.figure.unit, found.figure.measure), []
            )
        )
    ]
