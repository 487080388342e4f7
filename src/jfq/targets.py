"""Target tables, whether a target was met, and comparisons across years and regions.

Plain functions over the index; the wording of values and changes lives here too
(not in the renderers) because the JSON output carries it as well.
"""

from __future__ import annotations

import math
import re
from dataclasses import field

from jfq.errors import NotFound, UsageError
from jfq.index import Index
from jfq.model import MAX_YEAR, MIN_YEAR, Region, Target, number
from jfq.normalize import fold, pinyin_key
from jfq.records import Record, record

DEFAULT_REGION = "解放区"


# -- reading the reader's words ---------------------------------------------------------


def parse_year(text: str | int) -> int:
    """A year from the command line; UsageError for 20x3 or 1899."""
    value = str(text).strip()
    if not re.fullmatch(r"\d{4}", value):
        raise UsageError(f"{value!r} is not a year (write four digits, e.g. 2023)")
    year = int(value)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise UsageError(f"year {year} is out of range ({MIN_YEAR}-{MAX_YEAR})")
    return year


def default_region(index: Index) -> str:
    """解放区, the reports' own district; in data without it (another district's report,
    merged with jfq extract), the first region with figures."""
    with_data = index.regions_with_data()
    if DEFAULT_REGION in with_data or not with_data:
        return DEFAULT_REGION
    return with_data[0]


def resolve_region(index: Index, text: str) -> Region:
    """The region named in Chinese, pinyin or English: 示范区, shifanqu, demonstration zone."""
    if not fold(text):
        raise UsageError("the region is empty: name one, e.g. --region 示范区")
    for key in (fold(text), pinyin_key(text)):
        if key:
            region = index.region_named(key)
            if region is not None:
                return region
    known = ", ".join(f"{r.name} ({r.en})" for r in index.regions())
    raise NotFound(f"unknown region {text!r}", hint=f"regions: {known}")


@record
class Side(Record):
    """One side of a comparison: a region and a year."""

    region: str
    year: int

    def __str__(self) -> str:
        return f"{self.region}:{self.year}"


def parse_side(index: Index, text: str) -> Side:
    """'2023', '解放区:2022', 'shifanqu:2022' (a full-width colon works too)."""
    region_text, colon, year_text = text.replace("：", ":").rpartition(":")
    region = resolve_region(index, region_text).name if colon else default_region(index)
    return Side(region, parse_year(year_text))


# -- wording of values ------------------------------------------------------------------


def value_phrase(row: Target) -> str:
    """A row's value in the reader's words: ≈8%, ≥10%, ≤3%, 6–6.5%, 与经济增长同步."""
    if row.value is None:
        return row.text
    unit = row.unit or ""
    if row.comparator == "range" and row.value_max is not None:
        return f"{number(row.value)}–{number(row.value_max)}{unit}"
    sign = {"about": "≈", "at_least": "≥", "at_most": "≤"}.get(row.comparator, "")
    return f"{sign}{number(row.value)}{unit}"


# -- was it met? ------------------------------------------------------------------------

MET, NOT_MET, NO_DATA, UNRATED = "met", "not met", "no data", "unrated"


def _bounds(row: Target) -> tuple[float, float]:
    """The interval an actual figure states: 6611 -> [6611, 6611]; 9000余 -> [9000, inf)."""
    assert row.value is not None
    low = row.value
    high = row.value_max if row.value_max is not None else row.value
    if row.comparator == "at_least":
        high = math.inf
    elif row.comparator == "at_most":
        low = -math.inf
    return low, high


def status(target: Target, actual: Target | None) -> str:
    """met / not met / no data / unrated (a target with no number, or a figure in another unit).

    The rule is literal: a target met is one the actual reaches (≥ the value,
    or ≤ it for 以内 targets); "about 8%" is not met by 7.9%.  A stated share
    of target (完成市定目标的275%) decides on its own.
    """
    if actual is None:
        return NO_DATA
    if actual.share_of_target is not None:
        return MET if actual.share_of_target >= 100 else NOT_MET
    if target.value is None or actual.value is None or target.unit != actual.unit:
        return UNRATED
    low, high = _bounds(actual)
    if target.comparator == "at_most":
        limit = target.value
        return MET if high <= limit else NOT_MET if low > limit else UNRATED
    return MET if low >= target.value else NOT_MET if high < target.value else UNRATED


# -- target tables ----------------------------------------------------------------------


@record
class TargetLine(Record):
    """A row of a table; for a target, its actual (same region, year, key) and status."""

    row: Target
    display: str
    actual: Target | None = None
    actual_display: str | None = None
    status: str | None = None


@record
class TargetSection(Record):
    region: Region
    year: int
    lines: list[TargetLine]


@record
class TargetReport(Record):
    sections: list[TargetSection]


def _identity(row: Target) -> tuple[str, int | None]:
    return row.key, row.since


def target_report(
    index: Index,
    year: int | None = None,
    region: str | None = None,
    kind: str = "all",
    tier: str = "all",
) -> TargetReport:
    """The table for a region and year.

    Default region: default_region(); default year the latest with headline figures of the
    kind and tier asked for (a lone goal set for 2026 is not "the latest table"), else the
    latest with any of them.
    """
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
    return TargetReport([TargetSection(place, chosen, lines)])


def _lines(rows: list[Target], kind: str) -> list[TargetLine]:
    """The lines of a table: each target with its result, then results no target asked for."""
    if kind == "actual":  # every result, whether or not a target answers to it
        return [TargetLine(row, value_phrase(row)) for row in rows if row.kind == "actual"]
    actuals = {_identity(r): r for r in rows if r.kind == "actual"}
    matched: set[tuple[str, int | None]] = set()
    lines = []
    for row in rows:
        if row.kind != "target":
            continue
        actual = actuals.get(_identity(row))
        if actual is not None:
            matched.add(_identity(row))
        lines.append(
            TargetLine(
                row,
                value_phrase(row),
                actual,
                value_phrase(actual) if actual else None,
                status(row, actual),
            )
        )
    if kind == "all":
        lines += [
            TargetLine(row, value_phrase(row))
            for row in rows
            if row.kind == "actual" and _identity(row) not in matched
        ]
    lines.sort(key=lambda line: (line.row.tier != "headline", line.row.kind != "target"))
    return lines


# -- comparisons ------------------------------------------------------------------------


@record
class ComparedRow(Record):
    key: str
    name: str
    en: str
    tier: str
    a: Target | None
    b: Target | None
    a_display: str | None
    b_display: str | None
    delta: float | None
    change: str


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


# The words of a change, in English (the JSON's "change") and in Chinese (--lang zh).
_CHANGE = {
    "en": {
        "dropped": "the {} was dropped",
        "added": "{} was added",
        "qualifier": "the qualifier changed from {} to {}",
        "only": "only in {}",
        "same": "same wording",
        "reworded": "wording changed",
        "incomparable": "not comparable (a number on one side only, or another unit)",
        "points": " pp",
        "and": "; ",
    },
    "zh": {
        "dropped": "去掉了“{}”",
        "added": "加上了“{}”",
        "qualifier": "限定由“{}”改为“{}”",
        "only": "仅见于{}",
        "same": "表述相同",
        "reworded": "表述有变化",
        "incomparable": "无法比较（仅一方有数值，或单位不同）",
        "points": "个百分点",
        "and": "；",
    },
}
_QUALIFIER = {
    "en": {"about": "左右 (about)", "at_least": "以上 (or more)", "at_most": "以内 (at most)"},
    "zh": {"about": "左右", "at_least": "以上", "at_most": "以内"},
}
_COMPARATOR_ZH = {"exact": "无", "range": "区间", "in_step": "同步", "qualitative": "定性"}


def qualifier_change(a: Target, b: Target, lang: str = "en") -> str | None:
    """How the qualifier moved: 8%左右 -> 7% gives 'the 左右 (about) was dropped'."""
    if a.comparator == b.comparator:
        return None
    words, qualifier = _CHANGE[lang], _QUALIFIER[lang]
    if b.comparator == "exact" and a.comparator in qualifier:
        return words["dropped"].format(qualifier[a.comparator])
    if a.comparator == "exact" and b.comparator in qualifier:
        return words["added"].format(qualifier[b.comparator])
    if lang == "zh":
        names = {**_COMPARATOR_ZH, **qualifier}
        return words["qualifier"].format(names[a.comparator], names[b.comparator])
    return words["qualifier"].format(a.comparator, b.comparator)


def delta_phrase(delta: float, unit: str | None, lang: str = "en") -> str:
    """+1 pp for percentages (points, not percent), +500人 for counts."""
    arrow = "↑" if delta > 0 else "↓" if delta < 0 else "→"
    signed = f"{'+' if delta > 0 else '−' if delta < 0 else '±'}{number(round(abs(delta), 4))}"
    if unit == "%":
        return f"{arrow} {signed}{_CHANGE[lang]['points']}"
    return f"{arrow} {signed}{unit or ''}"


def delta_of(a: Target, b: Target) -> float | None:
    """b - a, where both are numbers in the same unit."""
    if a.value is not None and b.value is not None and a.unit == b.unit:
        return round(b.value - a.value, 6)
    return None


def change_words(
    a: Target | None, b: Target | None, a_label: str, b_label: str, lang: str = "en"
) -> str:
    """The change from a to b in words: '↓ −1 pp; the 左右 (about) was dropped'."""
    words = _CHANGE[lang]
    if a is None or b is None:
        return words["only"].format(b_label if a is None else a_label)
    delta = delta_of(a, b)
    if delta is not None:
        parts = [delta_phrase(delta, a.unit, lang)]
    elif a.value is None and b.value is None:
        parts = [words["same"] if a.text == b.text else words["reworded"]]
    else:
        parts = [words["incomparable"]]
    qualifier = qualifier_change(a, b, lang)
    return words["and"].join([*parts, *([qualifier] if qualifier else [])])


def compare_rows(a: Target | None, b: Target | None, a_label: str, b_label: str) -> ComparedRow:
    """One aligned row of a comparison, with its delta and the change in words."""
    some = a or b
    assert some is not None
    return ComparedRow(
        key=some.key,
        name=some.name,
        en=some.en,
        tier=some.tier,
        a=a,
        b=b,
        a_display=value_phrase(a) if a else None,
        b_display=value_phrase(b) if b else None,
        delta=delta_of(a, b) if a and b else None,
        change=change_words(a, b, a_label, b_label),
    )


def compare(index: Index, a_text: str, b_text: str, kind: str = "target") -> Comparison:
    """Rows of A and B aligned by indicator key, A's order first, B-only rows after."""
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
        sides.append({_identity(r): r for r in rows})
    a_rows, b_rows = sides
    order = list(a_rows) + [k for k in b_rows if k not in a_rows]
    comparison = Comparison(a, b, kind)
    a_label, b_label = comparison.labels()
    compared = [compare_rows(a_rows.get(k), b_rows.get(k), a_label, b_label) for k in order]
    compared.sort(key=lambda r: r.tier != "headline")
    comparison.rows = compared
    return comparison


# -- one indicator over the years --------------------------------------------------------


@record
class TrendPoint(Record):
    year: int
    target: Target | None
    actual: Target | None
    target_display: str | None
    actual_display: str | None
    status: str | None


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
    from difflib import get_close_matches

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
        points.append(
            TrendPoint(
                year,
                target,
                actual,
                value_phrase(target) if target else None,
                value_phrase(actual) if actual else None,
                status(target, actual) if target else None,
            )
        )
    first = (rows or spans)[0]
    return Trend(key, first.name, first.en, place.name, points, spans)
