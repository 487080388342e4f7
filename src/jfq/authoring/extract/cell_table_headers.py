"""The header of a table of targets and outcomes set one cell to a line (cell_tables.py):
which column holds a target, an outcome, a unit, or no figure (a verdict, an attribute, a
rate of the plan, a base year), and for which year.  Split from cell_tables.py, which reads
the rows."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

HEADER_CELLS = 24  # a header's cells, at most
_NAME_HEADER = re.compile(r"(?:主要)?指标(?:名称)?|项目(?:名称)?|名称")
# A header's cell: a year or a time, then what the column holds, each word of a short list.
_HEADER_CELL = re.compile(
    r"(?:(?:19|20)\d\d年度?|[上去今明]年|年度|全年|1[-—~至]\d{1,2}月|[上下]半年|前?[一二三1-3]季度)?"
    r"(?:预计|实际|年度|全年)?"
    # (目标增长(%), 杭州 2019's: a target given as a growth)
    r"(?:(?:计量)?单位|指标属性|属性|性质|目标(?:值|任务|增长|增速)?|预期目标|计划(?:数|目标)?|预期(?:值)?|"
    r"完成(?:值|数|情况|进度)?|实绩|执行(?:数)?|备注|说明|完成情况评价|评价|同期|上年同期|"
    r"(?:比上年|同比)?(?:增长|增速|增幅|增减)(?:率)?|总量|绝对[值数]|数值|完成计划|为计划|构成|比重)?"
    r"(?:[(（][^()（）]{1,6}[)）]|[%％])?"  # (比上年增长%: a bulletin's, its unit bare)
)
# What a table's title says of a plan or of the months (主要预期目标, 2024年1-10月): a header of
# measures only under it is no table of the year's outcomes.
OF_A_PLAN_OR_MONTHS = re.compile(r"目标|预期|计划|预算|\d{1,2}月|季度|半年")
_PROJECTS = re.compile(r"建设规模|建设内容|总投资|建设地点|建设性质|责任单位|牵头单位")
_GROUP = re.compile(r"单位|属性|性质|目标|计划|预期|完成|实绩|实际|执行|备注|说明|评价|情况")
_SUB = re.compile(r"增长|增速|增幅|总量|绝对[值数]|数值|构成|比重|[(（][^)）]*[)）]$")
_SHARE = re.compile(r"构成|比重")
GROWTH = re.compile(r"增长|增速|增幅")
_RATE = re.compile(r"%|率|占|完成计划|为计划")
_OUTCOME = re.compile(r"实绩|实际|完成|执行")
_TARGET = re.compile(r"目标|计划|预期")
BRACKETED_UNIT = re.compile(r"[(（]([^()（）\d]{1,6})[)）]")  # (a unit in brackets: (%), (亿元))
_YEAR = re.compile(r"((?:19|20)\d\d)年|([上去今明])年")
_RELATIVE = {"上": -1, "去": -1, "今": 0, "明": 1}


@dataclass(frozen=True)
class Column:
    role: str  # "target", "actual", "note", "unit" or "" (a column of no figure)
    year: int | None = None
    unit: str | None = None  # what a bare number in it is counted in ((%) in its header)
    measure: str | None = None  # "share": a column of shares (构成(%), 比重)
    table_unit: str | None = None  # the table's line's (单位:亿元), after a row's own


def header(
    norm: str, cells: list[tuple[int, int]], year: int, *, outcomes: bool = False
) -> tuple[list[Column], int] | None:
    """The columns after the name's of a header of targets and outcomes that starts the
    ``cells``, and the first cell after it; None where they start no such header.  With
    ``outcomes``, a header of measures only (绝对数(万元) | 增长(%) | 构成(%): a bulletin's
    table, a line to a row) is one of the year's outcomes."""
    said = [norm[a:b].strip() for a, b in cells[:HEADER_CELLS]]
    start = 1 if said and said[0] == "序号" else 0
    if len(said) <= start or _NAME_HEADER.fullmatch(said[start]) is None:
        return None
    heads = []
    first = start + 1
    for cell in said[start + 1 :]:
        if cell and not _HEADER_CELL.fullmatch(cell):
            break  # (地区生产总值增长6.2%: a line of a digest, no header's)
        heads += [cell] if cell else []  # (a merged cell's empty place)
        first += 1
    if any(_PROJECTS.search(h) for h in heads):
        return None  # 项目名称 | 建设规模及内容 | 总投资: projects, no indicators
    if any(h.endswith("完成情况") for h in heads) and not any(_role(h) == "actual" for h in heads):
        # (指标 | 单位 | 全年目标 | 完成情况 ⏎ 地区生产总值 | % | 8左右 | 8.2: where no other
        # column holds the outcome, 完成情况 holds it, not a verdict; and 上半年完成情况)
        heads = [h.removesuffix("情况") if h.endswith("完成情况") else h for h in heads]
    columns = _columns(heads, year)
    roles = {c.role for c in columns}
    if outcomes and any(_is_sub(h) for h in heads) and all(_a_measure(h, year) for h in heads):
        columns = _measures(heads, year, _unit_above(norm, cells[0][0]))
    elif "target" not in roles or "actual" not in roles:
        return None
    columns = _titled(columns, norm[max(0, cells[0][0] - 80) : cells[0][0]], year)
    while first > start + 1 and not said[first - 1]:
        first -= 1  # (an empty cell after the header is the first row's)
    return ([Column("serial")] if start else []) + columns, first


# A column a bulletin heads with the year alone (2021年 | 比上年增减(±%)): its level.
_A_YEAR_ONLY = re.compile(r"(?:19|20)\d\d年度?")
# The unit a table's line above its header gives its levels (单位:亿元).
_UNIT_LINE = re.compile(r"单位[:：]\s*([^\s|｜\d,;。/、]{1,4})\s*$")  # (one: not 万元/%)


def _a_measure(head: str, year: int) -> bool:
    """A column of a bulletin's measures: a sub-header's (增长(%)), or a year's already past
    (2021年 in a report read in 2022; not 2024年 in 2024's, a plan's table of its levels)."""
    if _A_YEAR_ONLY.fullmatch(head):
        return (_year(head, year) or year) < year
    return _is_sub(head)


def _measures(heads: list[str], year: int, unit: str | None) -> list[Column]:
    """A bulletin's columns of measures only, the year's outcomes: a level in the unit its
    head or the table's unit line gives (绝对数(万元); 2021年 under 单位:亿元), a growth in %,
    a share."""
    columns = []
    for head in heads:
        level = not _A_CHANGE.search(head) and not _SHARE.search(head)
        share = "share" if _SHARE.search(head) else None
        own = _unit(head) or ("%" if _A_CHANGE.search(head) else None)
        columns.append(Column("actual", _year(head, year), own, share, unit if level else None))
    return columns


_A_CHANGE = re.compile(rf"{GROWTH.pattern}|增减")  # (比上年增减(±): a change, in %)


def _unit_above(norm: str, start: int) -> str | None:
    """The unit a line just above a table's header gives (单位:亿元), if one does."""
    before = norm[max(0, start - 40) : start].rstrip("\n").rsplit("\n", 2)
    found = (_UNIT_LINE.search(line) for line in reversed(before[-2:]))
    return next((m[1] for m in found if m is not None), None)


def _titled(columns: list[Column], above: str, year: int) -> list[Column]:
    """The columns that name no year, given the one a table's title just ``above`` its header
    names: a target's (表1 2024年主要预期目标 ⏎ … | 完成 | 目标增长), and an outcome's where the
    title is of what was done (表1 2023年上半年…主要目标完成情况 ⏎ … | 年度目标 | 上半年完成情况;
    not a plan's table, whose bare 完成 is the year before's)."""
    for line in reversed(above.rstrip("\n").rsplit("\n", 2)[-2:]):
        titled = _year(line, year) if _A_TABLES_TITLE.match(line) else None
        if titled is not None:
            done = _OUTCOME.search(line) is not None
            return [
                replace(c, year=titled)
                if c.year is None and (c.role == "target" or (c.role == "actual" and done))
                else c
                for c in columns
            ]
    return columns


_A_TABLES_TITLE = re.compile(r"\s*表\s*\d")


def _columns(heads: list[str], year: int) -> list[Column]:
    """The header's columns in row order.  Sub-headers after all the groups are a second
    header line (目标: 比上年增长(%); 实绩: 总量, 比上年增长(%)): each group with figures takes
    them up to its growth's, the last what is left, where there are enough for one each;
    else a sub-header is a column of its own, of the group before it (2024年预计完成 /
    增长(%) / 2025年目标 / 增长(%); 完成计划(%) / 比上年增长(%): a rate's, no figure)."""
    tail = len(heads)
    while tail > 0 and _is_sub(heads[tail - 1]):
        tail -= 1
    groups, subs = heads[:tail], heads[tail:]
    valued = [g for g in groups if _role(g) in ("target", "actual")]
    if any(_is_sub(h) for h in groups) or len(subs) < len(valued):
        return _flat(heads, year)
    columns: list[Column] = []
    for head in groups:
        role, when = _role(head), _year(head, year)
        own = [head]
        if subs and head in valued:
            later = len(valued) - valued.index(head) - 1  # (each group after it needs one)
            ends = next((i for i, s in enumerate(subs) if GROWTH.search(s)), len(subs) - 1)
            take = len(subs) if not later else min(ends + 1, len(subs) - later)
            own, subs = subs[:take], subs[take:]
        columns += [Column(role, when, _unit(cell)) for cell in own]
    return columns


def _flat(heads: list[str], year: int) -> list[Column]:
    columns: list[Column] = []
    for head in heads:
        if _is_sub(head):  # (the group before it says whose: a growth of the outcome's)
            group = columns[-1] if columns else Column("")
            role = group.role if group.role in ("target", "actual") else ""
            columns.append(Column(role, group.year, _unit(head)))
        else:
            columns.append(Column(_role(head), _year(head, year), _unit(head)))
    return columns


def a_sub_header(cell: str) -> bool:
    """A header's cell that parts a merged one above it (绝对值, 增幅, 增速(%))."""
    return _HEADER_CELL.fullmatch(cell) is not None and _is_sub(cell)


def _is_sub(head: str) -> bool:
    return bool(_SUB.search(head)) and not _GROUP.search(head)


def _role(head: str) -> str:
    if re.fullmatch(r"(?:计量)?单位", head):
        return "unit"
    # (the % a growth is counted in is no rate of the plan: 2019年实际增长(%))
    unitless = BRACKETED_UNIT.sub("", head) if GROWTH.search(head) else head
    if re.search(r"评价|属性|性质|完成情况$", head) or (
        _GROUP.search(head) and _RATE.search(unitless)
    ):
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
    """A column's unit in brackets (增长(%), 总量(亿元)); a growth's, said bare, is in % (增长,
    增幅: not the row's 亿元)."""
    found = BRACKETED_UNIT.search(head)  # (增减(±%): a change either way, in %)
    said = found[1].lstrip("±") if found is not None else ""
    return said or ("%" if GROWTH.search(head) else None)
