"""A region's table for a year: each target beside its result and status."""

from __future__ import annotations

import typing

from jfq.data.model import Figure, Kind, Region, Status, Target, Tier
from jfq.data.records import Record, record
from jfq.errors import NotFound, UsageError
from jfq.search.index import Index
from jfq.targets.regions import default_region, resolve_region
from jfq.targets.status import status

STATUSES: tuple[Status, ...] = typing.get_args(Status)


@record
class TargetLine(Record):
    """A row of a table; for a target, its actual (same figure) and status."""

    row: Target
    actual: Target | None = None
    status: Status | None = None


@record
class TargetSection(Record):
    region: Region
    year: int
    lines: list[TargetLine]
    # How the year's targets went, counted before --status chose some: (status, count)
    # for each status, in the order of STATUSES.
    summary: list[tuple[Status, int]]
    shown: Status | None = None  # the status asked for, if only those lines are shown


@record
class TargetReport(Record):
    sections: list[TargetSection]


KindOrAll = Kind | str  # "all" too
TierOrAll = Tier | str


def target_report(
    index: Index,
    year: int | None = None,
    region: str | None = None,
    kind: str = "all",
    tier: str = "all",
    *,
    only: Status | None = None,
) -> TargetReport:
    """The table for a region and year; with ``only``, just the targets of that status.

    Default region: default_region(); default year the latest with headline figures of the
    kind and tier asked for (a lone goal set for 2026 is not "the latest table"), else the
    latest with any of them.
    """
    if only is not None and kind == "actual":
        raise UsageError("--status chooses targets by how they went: not with --kind actual")
    place = resolve_region(index, default_region(index) if region is None else region)
    years = index.years(place.name)
    if not years:
        have = ", ".join(index.regions_with_data())
        raise NotFound(f"no figures for {place.name}", hint=f"regions with figures: {have}")
    kinds, tiers = (None if kind == "all" else kind), (None if tier == "all" else tier)
    asked = index.years(place.name, kinds, tiers)
    if year is None:
        with_headline = set(index.years(place.name, kinds, "headline"))
        chosen = ([y for y in asked if y in with_headline] or asked or years)[-1]
    else:
        chosen = year
    if chosen not in years:
        raise NotFound(
            f"no figures for {place.name} in {chosen}",
            hint=f"years with figures for {place.name}: {', '.join(map(str, years))}",
        )
    rows = [r for r in index.targets(place.name, chosen) if tier in ("all", r.tier)]
    lines = _lines(rows, kind)
    if not lines:
        what = {"target": "targets", "actual": "results"}.get(kind, "figures")
        what += "" if tier == "all" else f" ({tier})"
        with_them = ", ".join(map(str, asked)) or "none"
        raise NotFound(
            f"no {what} for {place.name} in {chosen}",
            hint=f"years with {what} for {place.name}: {with_them}",
        )
    counted = [line.status for line in lines if line.status is not None]
    summary = [(name, counted.count(name)) for name in STATUSES]
    if only is not None:
        lines = [line for line in lines if line.status == only]
        if not lines:
            have = ", ".join(f"{name} {count}" for name, count in summary)
            raise NotFound(f"no targets {only} for {place.name} in {chosen}", hint=have)
    return TargetReport([TargetSection(place, chosen, lines, summary, only)])


def _lines(rows: list[Target], kind: str) -> list[TargetLine]:
    """The lines of a table: each target with its result, then results no target asked for."""
    if kind == "actual":  # every result, whether or not a target answers to it
        return [TargetLine(row) for row in rows if row.kind == "actual"]
    actuals = {r.figure(): r for r in rows if r.kind == "actual"}
    matched: set[Figure] = set()
    lines = []
    for row in rows:
        if row.kind != "target":
            continue
        actual = actuals.get(row.figure())
        if actual is not None:
            matched.add(row.figure())
        lines.append(TargetLine(row, actual, status(row, actual)))
    if kind == "all":
        lines += [
            TargetLine(row) for row in rows if row.kind == "actual" and row.figure() not in matched
        ]
    lines.sort(key=lambda line: (line.row.tier != "headline", line.row.kind != "target"))
    return lines
