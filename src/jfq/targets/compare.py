"""How targets moved between two years or regions, aligned by indicator."""

from __future__ import annotations

from dataclasses import field

from jfq.data.model import Comparator, Target, signed
from jfq.data.records import Record, record
from jfq.errors import NotFound, UsageError
from jfq.search.index import Index
from jfq.search.normalize import simplified
from jfq.targets.regions import Side, each_once, parse_side
from jfq.targets.status import same_unit


@record(kw_only=True)
class Change(Record):
    """What happened to a figure from A to B, as data (jfq.render.wording words it).

    ``how`` is one of: delta (both numbers in one unit), only_a / only_b (one side
    has no such row), same / reworded (no number on either side: the wording is the
    same or not), incomparable (a number on one side only, or two units).
    """

    how: str
    delta: float | None = None
    # For a range on either side (8% -> 6-6.5%), the upper ends' change: the figure moved
    # by delta (-2) to delta_max (-1.5).  None when the figure moved by one amount.
    delta_max: float | None = None
    unit: str | None = None
    # The qualifier before and after, when it changed (about -> exact: 左右 was dropped).
    qualifier: tuple[Comparator, Comparator] | None = None


@record
class ComparedRow(Record):
    key: str | None
    name: str
    en: str
    tier: str
    a: Target | None
    b: Target | None
    change: Change

    @property
    def delta(self) -> float | None:
        return self.change.delta

    @property
    def delta_max(self) -> float | None:
        return self.change.delta_max


@record
class Comparison(Record):
    a: Side
    b: Side
    kind: str
    rows: list[ComparedRow] = field(default_factory=list)

    def labels(self) -> tuple[str, str]:
        """How a change names the sides: by year, or by region:year across regions."""
        a, b = self.a, self.b
        return (str(a), str(b)) if a.region != b.region else (str(a.year), str(b.year))


def delta_of(a: Target, b: Target) -> float | None:
    """b - a, where both are numbers in the same unit (for ranges: of the lower ends; a fall
    counted below zero: ≥11% then 下降3% is -14)."""
    low_a, low_b = signed(a)[0], signed(b)[0]
    if low_a is not None and low_b is not None and same_unit(a, b):
        return round(low_b - low_a, 6)
    return None


def _upper(row: Target) -> float | None:
    low, high = signed(row)
    return high if row.comparator == "range" and high is not None else low


def _delta_max(a: Target, b: Target, delta: float) -> float | None:
    """How the upper end moved, when a range makes it differ from ``delta``."""
    high_a, high_b = _upper(a), _upper(b)
    if high_a is None or high_b is None:
        return None
    moved = round(high_b - high_a, 6)
    return None if moved == delta else moved


def difference(a: Target, b: Target) -> tuple[float, float | None] | None:
    """How far b stands from a, where both are numbers in one unit: the lower ends' b - a,
    and the upper ends' where a range makes it differ (None: one amount).  The one rule for
    a change between years (compare) and a margin over the level above (ladder): 4.5-5%
    against 4.5-5% is ±0, 5-6% against 4.5-5% +0.5 to +1."""
    delta = delta_of(a, b)
    return None if delta is None else (delta, _delta_max(a, b, delta))


def change_of(a: Target | None, b: Target | None) -> Change:
    """The change from a to b (either may be missing)."""
    if a is None or b is None:
        return Change(how="only_b" if a is None else "only_a")
    qualifier = (a.comparator, b.comparator) if a.comparator != b.comparator else None
    moved = difference(a, b)
    if moved is not None:
        # A range has no qualifier word: the change, written as a range, says how it moved
        # from or to a plain figure (-1.5 to -2 pp); a 左右 or 以上 beside it is still said.
        if {a.comparator, b.comparator} <= {"exact", "range"}:
            qualifier = None
        return Change(how="delta", delta=moved[0], delta_max=moved[1], unit=a.unit,
                      qualifier=qualifier)  # fmt: skip
    if a.value is None and b.value is None:
        return Change(how="same" if a.text == b.text else "reworded", qualifier=qualifier)
    return Change(how="incomparable", qualifier=qualifier)


def compared_row(a: Target | None, b: Target | None) -> ComparedRow:
    """One aligned row of a comparison."""
    some = a or b
    assert some is not None
    return ComparedRow(some.key, some.name, some.en, some.tier, a, b, change_of(a, b))


def compare(index: Index, a_text: str, b_text: str, kind: str = "target") -> Comparison:
    """Rows of A and B aligned by indicator, A's order first, B-only rows after."""
    a, b = each_once([parse_side(index, a_text), parse_side(index, b_text)])
    a_rows, b_rows = (_side_rows(index, side, _kind(kind)) for side in (a, b))
    order = list(a_rows) + [k for k in b_rows if k not in a_rows]
    compared = [compared_row(a_rows.get(k), b_rows.get(k)) for k in order]
    compared.sort(key=lambda r: r.tier != "headline")
    return Comparison(a, b, kind, compared)


@record
class LinedUpRow(Record):
    key: str | None
    name: str
    en: str
    tier: str
    figures: list[Target | None]  # one per side, in the sides' order
    spread: float | None  # highest minus lowest, where every side has a number in one unit


@record
class Lineup(Record):
    """Three or more sides (全国:2023 河南省:2023 焦作市:2023 解放区:2023), aligned by
    indicator: the first side's order, then the indicators the others add."""

    sides: list[Side]
    kind: str
    rows: list[LinedUpRow] = field(default_factory=list)


def line_up(index: Index, texts: list[str], kind: str = "target") -> Lineup:
    sides = each_once([parse_side(index, text) for text in texts])
    tables = [_side_rows(index, side, _kind(kind)) for side in sides]
    order = list(dict.fromkeys(k for table in tables for k in table))
    rows = []
    for k in order:
        figures = [table.get(k) for table in tables]
        some = next(f for f in figures if f is not None)
        rows.append(LinedUpRow(some.key, some.name, some.en, some.tier, figures, _spread(figures)))
    rows.sort(key=lambda r: r.tier != "headline")
    return Lineup(sides, kind, rows)


def _spread(figures: list[Target | None]) -> float | None:
    values = [f.value for f in figures if f is not None and f.value is not None]
    units = {simplified(f.unit) for f in figures if f is not None and f.unit is not None}
    if len(values) < 2 or len(values) != len(figures) or len(units) != 1:
        return None
    return round(max(values) - min(values), 6)


def _kind(kind: str) -> str:
    if kind not in ("target", "actual"):
        raise UsageError(f"--kind must be target or actual for compare, not {kind!r}")
    return kind


def _side_rows(index: Index, side: Side, kind: str) -> dict[tuple[str, int | None], Target]:
    """A side's rows of ``kind``, by indicator (the same indicator in any year lines up)."""
    rows = [r for r in index.targets(side.region, side.year) if r.kind == kind]
    if not rows:
        years = ", ".join(map(str, index.years(side.region, kind=kind))) or "none"
        raise NotFound(
            f"no {kind} figures for {side.region} in {side.year}",
            hint=f"years with {kind} figures for {side.region}: {years}",
        )
    return {(r.indicator(), r.since): r for r in rows}
