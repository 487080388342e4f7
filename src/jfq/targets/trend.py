"""One indicator across the years: targets beside results."""

from __future__ import annotations

from difflib import get_close_matches

from jfq.data.model import Status, Target
from jfq.data.records import Record, record
from jfq.errors import NotFound, UsageError
from jfq.search.index import Index
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


def resolve_key(index: Index, text: str) -> str:
    """An indicator key from its id, Chinese name or English name."""
    wanted = fold(text)
    if not wanted:
        raise UsageError("the indicator is empty: give a key (gdp_growth) or a name (地区生产总值)")
    keys = index.indicator_keys()
    if text in keys:
        return text
    found = index.keys_named(wanted)
    if len(found) == 1:
        return found[0]
    if found:
        raise NotFound(f"{text!r} names several indicators", hint="keys: " + ", ".join(found))
    close = [k for k in keys if wanted in fold(k)] or get_close_matches(text, keys, n=8)
    hint = (
        "close keys: " + ", ".join(close[:8])
        if close
        else f"{len(keys)} keys: {', '.join(keys[:8])}, …"
    )
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
