"""Reading the reader's words for a year, a region and a side of a comparison."""

from __future__ import annotations

import re
from difflib import get_close_matches

from jfq.data.model import MAX_YEAR, MIN_YEAR, Region
from jfq.data.records import Record, record
from jfq.errors import NotFound, UsageError
from jfq.search.index import Index
from jfq.search.lookup import refuse_long
from jfq.search.normalize import fold, pinyin_key

DEFAULT_REGION = "解放区"


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
    merged with jfq merge), the first region with figures."""
    with_data = index.regions_with_data()
    if DEFAULT_REGION in with_data or not with_data:
        return DEFAULT_REGION
    return with_data[0]


def resolve_region(index: Index, text: str) -> Region:
    """The region named in Chinese, pinyin or English: 示范区, shifanqu, demonstration zone."""
    if not fold(text):
        raise UsageError("the region is empty: name one, e.g. 示范区")
    refuse_long(text, "the region", "a region's name")
    for key in (fold(text), pinyin_key(text)):
        if key:
            region = index.region_named(key)
            if region is not None:
                return region
    raise NotFound(f"unknown region {text!r}", hint=_regions_hint(index, text))


def _regions_hint(index: Index, text: str) -> str:
    """The regions a mistyped name is closest to, else the regions with figures: a list
    of every province and city would fill the screen."""
    regions = index.regions()
    spellings = {s: r for r in regions for s in (r.name, *r.aliases)}
    close = get_close_matches(text, list(spellings), n=5, cutoff=0.5)
    named = list(dict.fromkeys(spellings[s].name for s in close))
    if named:
        return "closest: " + ", ".join(f"{n}" for n in named)
    with_data = index.regions_with_data()
    shown = ", ".join(with_data[:8]) + (
        f", … ({len(with_data)} in all)" if len(with_data) > 8 else ""
    )
    return f"regions with figures: {shown}"


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
    if not colon and re.search(r"[\u4e00-\u9fff]", text):  # 河南省: a region, no year
        raise UsageError(f"{text!r} is not a side: write a year (2023) or REGION:YEAR "
                         "(河南省:2023)")  # fmt: skip
    region = resolve_region(index, region_text).name if colon else default_region(index)
    return Side(region, parse_year(year_text))


def too_few_sides(sides: list[str]) -> None:
    """UsageError unless there are two sides or more to compare."""
    if len(sides) < 2:
        raise UsageError("compare needs two sides or more: e.g. jfq compare 2022 2023")


def each_once(sides: list[Side]) -> list[Side]:
    """The sides, or UsageError for one given twice (2022 and 解放区:2022 are one side): a
    comparison with itself says nothing, and its CSV had two columns of one name."""
    for place, side in enumerate(sides):
        if side in sides[:place]:
            raise UsageError(
                f"{side} is given twice: compare each side once",
                hint="try: jfq compare 2022 2023, or 全国:2023 河南省:2023",
            )
    return sides
