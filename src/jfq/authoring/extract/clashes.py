"""One row per figure: a figure a report states twice is drafted once, and only one row
of a key, region, year and kind keeps the key.  Split from the package's __init__, which
drafts the rows."""

from __future__ import annotations

from jfq.data.model import Target
from jfq.search.normalize import simplified


def without_clashes(rows: list[Target]) -> list[Target]:
    """One row per figure: a figure stated twice is drafted once, and a second row for one
    key, region, year and kind keeps its name but loses the key, so that only the reviewer
    decides which is the year's figure; unless the first only passed a mark (突破2000亿元,
    then 达到2311亿元): the exact figure keeps the key."""
    seen: dict[tuple[object, ...], Target] = {}
    kept = []
    for row in rows:
        same = seen.get(row.identity())
        if same is not None and _same_figure(same, row):
            continue
        if same is not None and row.key is not None:
            if (
                same.comparator in _MARKS_PASSED
                and row.comparator == "exact"
                and _one_indicator(same.name, row.name)  # (not 其中民间固定资产投资)
                and same.unit == row.unit  # (not 高于全省0.7个百分点: a margin)
            ):
                same.key, seen[row.identity()] = None, row
            else:
                row.key = None
        seen.setdefault(row.identity(), row)
        kept.append(row)
    return kept


_MARKS_PASSED = ("over", "at_least", "nearly")


def _one_indicator(mark: str, name: str) -> bool:
    """Whether two names say one indicator: the same, or the economy's size said two ways
    (经济总量突破300亿元,地区生产总值达到312.5亿元); not a part (其中民间固定资产投资), a
    zone's (高新区经济总量) or a figure per area (每平方公里产出GDP)."""
    mark, name = simplified(mark), simplified(name)
    return mark == name or (mark in _THE_ECONOMY and name in _THE_ECONOMY)


_THE_ECONOMY = frozenset(("经济总量", "生产总值", "地区生产总值", "gdp", "GDP"))


def _same_figure(a: Target, b: Target) -> bool:
    """The same number (地区生产总值增长6%左右, then 全县生产总值增长6%左右); with no number,
    the same name too (城镇…和农村…收入与经济增长同步 are two figures under one key)."""
    same = (a.value, a.value_max, a.unit, a.comparator) == (b.value, b.value_max, b.unit,
                                                            b.comparator)  # fmt: skip
    return same and (a.value is not None or a.name == b.name)
