"""The ladder of governments: a region's targets beside those of every level above it.

层层加码, the escalation that studies of growth targets measure, is the margin by which
a level's target stands over the one above: 解放区 7% over 焦作市 7% over 河南省 6% over
全国 5%左右.  A margin is the difference of the stated figures, in percentage points, and
only of rates (two figures in %): a level in 亿元 has no margin over the nation's.  A
range has a margin that is a range, counted as compare counts a change, low against low
and high against high (7% over 4.5%-5% is +2 to +2.5 points, 4.5%-5% over 4.5%-5% is ±0);
a target with no number (与经济增长同步) has none, and the reason is kept.
"""

from __future__ import annotations

from jfq.data.model import Region, Status, Target
from jfq.data.records import Record, record
from jfq.errors import NotFound
from jfq.search.index import Index
from jfq.targets.compare import difference
from jfq.targets.regions import default_region, resolve_region
from jfq.targets.status import status

# The key a ladder always shows first: the growth target every level sets.
LEAD_KEY = "gdp_growth"


Figures = dict[str, tuple[Target | None, Target | None]]  # key -> (headline target, result)


@record
class Margin(Record):
    """How far a target stands over the level above's, in percentage points: ``low`` to
    ``high``, the smaller first (equal unless a range makes its ends move apart)."""

    low: float
    high: float


@record
class Rung(Record):
    """One level's figure for an indicator: its target, result and status, and its margin
    over the next level up (``why_none`` says why there is none)."""

    region: Region
    target: Target | None = None
    actual: Target | None = None
    status: Status | None = None
    margin: Margin | None = None
    above: Target | None = None  # the target the margin is over
    why_none: str | None = None  # no_target, no_number, not_a_rate, top, none_above


@record
class LadderRow(Record):
    key: str
    name: str
    en: str
    rungs: list[Rung]


@record
class Ladder(Record):
    region: Region
    year: int
    chain: list[Region]  # the region, then each level above it
    rows: list[LadderRow]


def chain_of(index: Index, region: Region) -> list[Region]:
    """The region and every region above it, by parent (解放区, 焦作市, 河南省, 全国)."""
    by_name = {r.name: r for r in index.regions()}
    chain = [region]
    while chain[-1].parent is not None and chain[-1].parent in by_name:
        parent = by_name[chain[-1].parent]
        if parent in chain:  # a loop in the data: validate reports it; stop here
            break
        chain.append(parent)
    return chain


def margin(lower: Target, upper: Target) -> Margin | str:
    """The margin of ``lower``'s target over ``upper``'s, or why there is none."""
    if lower.value is None or upper.value is None:
        return "no_number"
    if lower.unit != "%" or upper.unit != "%":
        return "not_a_rate"
    moved = difference(upper, lower)  # compare's rule: a fall below zero, ends against ends
    assert moved is not None
    low, high = moved[0], moved[0] if moved[1] is None else moved[1]
    return Margin(min(low, high), max(low, high))


def ladder(index: Index, region: str | None = None, year: int | None = None) -> Ladder:
    """The region's ladder for ``year`` (default: the latest year it has headline targets).

    The rows are the region's own headline targets, and any other indicator for which
    at least two levels set a target; GDP growth first.
    """
    place = resolve_region(index, default_region(index) if region is None else region)
    chain = chain_of(index, place)
    years = index.years(place.name, "target", "headline")
    if not years:
        have = ", ".join(map(str, index.years(place.name))) or "none"
        raise NotFound(f"no headline targets for {place.name}", hint=f"years with figures: {have}")
    chosen = years[-1] if year is None else year
    if chosen not in years:
        raise NotFound(f"no headline targets for {place.name} in {chosen}",
                       hint=f"years with them: {', '.join(map(str, years))}")  # fmt: skip
    tables = [_figures(index, level.name, chosen) for level in chain]
    return Ladder(place, chosen, chain, [_row(key, chain, tables) for key in _keys(tables)])


def _figures(index: Index, region: str, year: int) -> Figures:
    """key -> (headline target, result) of a region's year; rows without a key are left
    out (they line up with nothing)."""
    found: Figures = {}
    for row in index.targets(region, year):
        if row.key is None or row.since is not None:
            continue
        target, actual = found.get(row.key, (None, None))
        if row.kind == "target" and row.tier == "headline" and target is None:
            target = row
        elif row.kind == "actual" and actual is None:
            actual = row
        found[row.key] = (target, actual)
    return found


def _keys(tables: list[Figures]) -> list[str]:
    own = [key for key, (target, _) in tables[0].items() if target is not None]
    shared = [
        key
        for table in tables[1:]
        for key, (target, _) in table.items()
        if target is not None and sum(t.get(key, (None, None))[0] is not None for t in tables) >= 2
    ]
    keys = list(dict.fromkeys([*own, *shared]))
    return sorted(keys, key=lambda key: key != LEAD_KEY)


def _nearest_target_above(key: str, above: list[Figures]) -> Target | None:
    """The target of the nearest level above that sets one (a city without the indicator
    is passed over: the district's margin is then over the province)."""
    targets = (table.get(key, (None, None))[0] for table in above)
    return next((target for target in targets if target is not None), None)


def _row(key: str, chain: list[Region], tables: list[Figures]) -> LadderRow:
    rungs = []
    for level, (region, table) in enumerate(zip(chain, tables, strict=True)):
        target, actual = table.get(key, (None, None))
        rung = Rung(region, target, actual, status(target, actual) if target else None)
        above = _nearest_target_above(key, tables[level + 1 :])
        if target is None:
            rung.why_none = "no_target"
        elif level == len(chain) - 1:
            rung.why_none = "top"
        elif above is None:
            rung.why_none = "none_above"
        else:
            found = margin(target, above)
            rung.above = above
            if isinstance(found, Margin):
                rung.margin = found
            else:
                rung.why_none = found
        rungs.append(rung)
    some = next(r.target or r.actual for r in rungs if r.target or r.actual)
    assert some is not None
    return LadderRow(key, some.name, some.en, rungs)
