"""A level's regions side by side: the peers of a region, ranked by one indicator.

Ranked by the figure stated (a range by its lower end, 保8%争9% by its 8%), highest first,
or lowest first for a rate held down (CPI, unemployment: the tightest target leads); ties
share a rank.  A target with no number (与经济增长同步) is not ranked: it is listed apart, with
the reason, so that nothing is dropped and nothing is ranked on a guess.
"""

from __future__ import annotations

import statistics

from jfq.data.model import Region, Status, Target, signed
from jfq.data.records import Record, record
from jfq.errors import NotFound, UsageError
from jfq.search.index import Index
from jfq.search.normalize import simplified
from jfq.targets.ladder import LEAD_KEY, chain_of
from jfq.targets.regions import default_region, resolve_region
from jfq.targets.status import CEILINGS, status
from jfq.targets.trend import resolve_key


@record
class Peer(Record):
    region: Region
    figure: Target | None  # the target (or, with kind actual, the result) ranked
    actual: Target | None = None  # for a target: its result
    status: Status | None = None
    rank: int | None = None  # None: not ranked (no number, or another unit)


@record
class Peers(Record):
    year: int
    level: str
    within: Region
    key: str
    name: str
    en: str
    kind: str
    focus: str | None  # the region the reader asked about, highlighted
    ranked: list[Peer]
    unranked: list[Peer]
    missing: list[Region]  # peers with no such figure that year
    median: float | None
    unit: str | None


def peers(
    index: Index,
    year: int,
    level: str,
    within: str,
    *,
    key_text: str = LEAD_KEY,
    focus: str | None = None,
    kind: str = "target",
) -> Peers:
    """The regions of ``level`` inside ``within`` (at any depth) ranked by ``key`` in
    ``year``.  ``focus`` (default: the level's region on 解放区's ladder) is highlighted."""
    if kind not in ("target", "actual"):
        raise UsageError(f"--kind must be target or actual, not {kind!r}")
    container = resolve_region(index, within)
    key = resolve_key(index, key_text)
    members = _members(index, container, level)
    if not members:
        levels = sorted({r.level for r in index.regions() if r.level})
        raise NotFound(f"no regions of level {level!r} within {container.name}",
                       hint=f"levels: {', '.join(levels)}")  # fmt: skip
    found = [_peer(index, region, year, key, kind) for region in members]
    with_figure = [p for p in found if p.figure is not None]
    if not with_figure:
        years = sorted({y for r in members for y in index.years(r.name, kind)
                        if index.targets(r.name, y, key=key)})  # fmt: skip
        listed = ", ".join(map(str, years)) or "none"
        raise NotFound(f"no {key} {kind}s for the {level} level within {container.name} "
                       f"in {year}", hint=f"years with them: {listed}")  # fmt: skip
    unit = _common_unit(with_figure)
    ranked = [p for p in with_figure if p.figure and p.figure.value is not None
              and simplified(p.figure.unit or "") == unit]  # fmt: skip
    unranked = [p for p in with_figure if p not in ranked]
    ceiling = key in CEILINGS  # a rate held down: the tightest target (the lowest) first
    ranked.sort(key=lambda p: _value(p) if ceiling else -_value(p))
    for place, peer in enumerate(ranked):
        before = ranked[place - 1] if place else None
        same = before is not None and _value(before) == _value(peer)
        peer.rank = before.rank if same and before is not None else place + 1
    first = with_figure[0].figure
    assert first is not None
    values = [_value(p) for p in ranked]
    return Peers(
        year=year, level=level, within=container, key=key, name=first.name, en=first.en,
        kind=kind, focus=_focus(index, members, focus), ranked=ranked, unranked=unranked,
        missing=[p.region for p in found if p.figure is None],
        median=round(statistics.median(values), 6) if values else None, unit=unit,
    )  # fmt: skip


def _members(index: Index, container: Region, level: str) -> list[Region]:
    regions = index.regions()
    return [r for r in regions if r.level == level and container in chain_of(index, r)[1:]]


def _peer(index: Index, region: Region, year: int, key: str, kind: str) -> Peer:
    rows = [r for r in index.targets(region.name, year, key=key) if r.since is None]
    figure = next((r for r in rows if r.kind == kind), None)
    if kind == "actual" or figure is None:
        return Peer(region, figure)
    actual = next((r for r in rows if r.kind == "actual"), None)
    return Peer(region, figure, actual, status(figure, actual))


def _value(peer: Peer) -> float:
    assert peer.figure is not None
    value = signed(peer.figure)[0]  # (a fall ranks below zero)
    assert value is not None
    return value


def _common_unit(found: list[Peer]) -> str | None:
    """The unit most peers state the figure in (the others are listed, not ranked)."""
    units = [simplified(p.figure.unit or "") for p in found
             if p.figure is not None and p.figure.value is not None]  # fmt: skip
    return max(set(units), key=units.count) if units else None


def _focus(index: Index, members: list[Region], asked: str | None) -> str | None:
    if asked is not None:
        region = resolve_region(index, asked)
        if region not in members:
            names = "、".join(r.name for r in members[:6]) + ("…" if len(members) > 6 else "")
            raise UsageError(f"{region.name} is not among these peers ({names})",
                             hint="give --level and --within that hold it")  # fmt: skip
        return region.name
    home = chain_of(index, resolve_region(index, default_region(index)))
    return next((r.name for r in home if r in members), None)
