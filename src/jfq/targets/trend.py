"""One indicator across the years: targets beside results."""

from __future__ import annotations

from difflib import SequenceMatcher

from jfq.data.model import Status, Target
from jfq.data.records import Record, record
from jfq.errors import NotFound, UsageError
from jfq.search.index import Index
from jfq.search.lookup import refuse_long
from jfq.search.normalize import fold
from jfq.targets.regions import default_region, resolve_region
from jfq.targets.status import status


@record
class TrendPoint(Record):
    year: int
    target: Target | None
    actual: Target | None
    status: Status | None


@record
class Trend(Record):
    key: str
    name: str
    en: str
    region: str
    points: list[TrendPoint]
    # Figures over several years (2017-2021: 389个), which are not one year's point.
    spans: list[Target]


@record
class Indicator(Record):
    """One indicator of the target tables: its key, its names, where and when it is stated."""

    key: str
    name: str
    en: str
    regions: list[str]
    years: list[int]


@record
class IndicatorList(Record):
    region: str | None  # the region asked for, or None for all
    indicators: list[Indicator]


_CLOSEST = 5
_CLOSE_ENOUGH = 0.5  # below this, a key is no closer than any other: none is suggested


def indicators(index: Index, region: str | None = None) -> IndicatorList:
    """Every indicator (of a region, if one is named), headline ones first."""
    place = None if region is None else resolve_region(index, region).name
    found = [
        Indicator(key, name, en, regions, years)
        for key, name, en, regions, years in index.indicators(place)
    ]
    if not found:
        raise NotFound(f"no figures for {place}", hint="regions with figures: "
                       + ", ".join(index.regions_with_data()))  # fmt: skip
    return IndicatorList(place, found)


def closest_keys(index: Index, text: str, limit: int = _CLOSEST) -> list[str]:
    """The keys closest to ``text`` by key, Chinese name or English name, closest first."""
    wanted = fold(text)
    scored = []
    for key, name, en, _, _ in index.indicators(None):
        spellings = (fold(key), fold(name), fold(en))
        ratio = max(SequenceMatcher(None, wanted, s).ratio() for s in spellings)
        if any(wanted in s for s in spellings):  # gdp is part of gdp_growth: as close as can be
            ratio = max(ratio, 0.9)
        scored.append((-ratio, key))
    scored.sort()
    return [key for ratio, key in scored[:limit] if -ratio >= _CLOSE_ENOUGH]


def resolve_key(index: Index, text: str) -> str:
    """An indicator key from its id, Chinese name or English name."""
    wanted = fold(text)
    if not wanted:
        raise UsageError("the indicator is empty: give a key (gdp_growth) or a name (地区生产总值)")
    refuse_long(text, "the indicator", "a key or name", hint="try: jfq trend, which lists them")
    keys = index.indicator_keys()
    if text in keys:
        return text
    found = index.keys_named(wanted)
    if len(found) == 1:
        return found[0]
    if found:
        raise NotFound(f"{text!r} names several indicators", hint="keys: " + ", ".join(found))
    close = closest_keys(index, text)
    every = f"jfq trend alone lists all {len(keys)}"
    hint = f"closest keys: {', '.join(close)}; {every}" if close else f"try: {every}"
    raise NotFound(f"unknown indicator {text!r}", hint=hint)


def trend(index: Index, key_text: str, region: str | None = None) -> Trend:
    place = resolve_region(index, region or default_region(index))
    key = resolve_key(index, key_text)
    found = index.targets(place.name, key=key)
    if not found:
        have = ", ".join(index.regions_with_key(key))
        raise NotFound(f"no {key} figures for {place.name}", hint=f"regions with {key}: {have}")
    rows = [r for r in found if r.since is None]
    spans = [r for r in found if r.since is not None]
    points = []
    for year in sorted({r.year for r in rows}):
        target = next((r for r in rows if r.year == year and r.kind == "target"), None)
        actual = next((r for r in rows if r.year == year and r.kind == "actual"), None)
        points.append(TrendPoint(year, target, actual, status(target, actual) if target else None))
    first = (rows or spans)[0]
    return Trend(key, first.name, first.en, place.name, points, spans)
