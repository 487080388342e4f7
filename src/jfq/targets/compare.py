"""How targets moved between two years or regions, aligned by indicator."""

from __future__ import annotations

from dataclasses import field

from jfq.data.model import Comparator, Target
from jfq.data.records import Record, record
from jfq.errors import NotFound, UsageError
from jfq.search.index import Index
from jfq.targets.regions import Side, parse_side


@record(kw_only=True)
class Change(Record):
    """What happened to a figure from A to B, as data (jfq.render.wording words it).

    ``how`` is one of: delta (both numbers in one unit), only_a / only_b (one side
    has no such row), same / reworded (no number on either side: the wording is the
    same or not), incomparable (a number on one side only, or two units).
    """

    how: str
    delta: float | None = None
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
    """b - a, where both are numbers in the same unit."""
    if a.value is not None and b.value is not None and a.unit == b.unit:
        return round(b.value - a.value, 6)
    return None


def change_of(a: Target | None, b: Target | None) -> Change:
    """The change from a to b (either may be missing)."""
    if a is None or b is None:
        return Change(how="only_b" if a is None else "only_a")
    qualifier = (a.comparator, b.comparator) if a.comparator != b.comparator else None
    delta = delta_of(a, b)
    if delta is not None:
        return Change(how="delta", delta=delta, unit=a.unit, qualifier=qualifier)
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
    a, b = parse_side(index, a_text), parse_side(index, b_text)
    if kind not in ("target", "actual"):
        raise UsageError(f"--kind must be target or actual for compare, not {kind!r}")
    sides = []
    for side in (a, b):
        rows = [r for r in index.targets(side.region, side.year) if r.kind == kind]
        if not rows:
            years = ", ".join(map(str, index.years(side.region, kind=kind))) or "none"
            raise NotFound(
                f"no {kind} figures for {side.region} in {side.year}",
                hint=f"years with {kind} figures for {side.region}: {years}",
            )
        sides.append({(r.indicator(), r.since): r for r in rows})  # the same indicator, any year
    a_rows, b_rows = sides
    order = list(a_rows) + [k for k in b_rows if k not in a_rows]
    compared = [compared_row(a_rows.get(k), b_rows.get(k)) for k in order]
    compared.sort(key=lambda r: r.tier != "headline")
    return Comparison(a, b, kind, compared)
