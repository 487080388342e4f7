"""The ladder of governments, peers and three-sided comparisons, on a small made-up ladder.

The figures here are test data, not facts: a nation, a province, two cities and two
districts, written out below so that each expected margin and rank can be read off.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from jfq.data.files import DataFiles
from jfq.data.model import Target
from jfq.errors import NotFound, UsageError
from jfq.search.cache import build_in_memory
from jfq.search.index import Index
from jfq.targets.compare import change_of, line_up
from jfq.targets.ladder import Margin, chain_of, ladder, margin
from jfq.targets.peers import peers
from jfq.targets.regions import resolve_region

REGIONS = [
    {"name": "全国", "pinyin": "quan guo", "en": "China", "level": "国家"},
    {"name": "甲省", "pinyin": "jia sheng", "en": "Jia Province", "level": "省", "parent": "全国",
     "aliases": ["甲"]},
    {"name": "乙市", "pinyin": "yi shi", "en": "Yi City", "level": "市", "parent": "甲省"},
    {"name": "丙市", "pinyin": "bing shi", "en": "Bing City", "level": "市", "parent": "甲省"},
    {"name": "丁市", "pinyin": "ding shi", "en": "Ding City", "level": "市", "parent": "甲省"},
    {"name": "戊市", "pinyin": "wu shi", "en": "Wu City", "level": "市", "parent": "甲省"},
    {"name": "解放区", "pinyin": "jie fang qu", "en": "Jiefang District", "level": "区县",
     "parent": "乙市"},
]  # fmt: skip


def row(region: str, kind: str, value: float | None, comparator: str = "exact", **more: Any
        ) -> dict[str, Any]:  # fmt: skip
    unit = more.pop("unit", "%")
    return {
        "region": region, "year": more.pop("year", 2023), "kind": kind, "tier": "headline",
        "key": more.pop("key", "gdp_growth"), "name": "地区生产总值", "en": "GDP growth",
        "value": value, "unit": None if value is None else unit, "comparator": comparator,
        "text": more.pop("text", f"增长{value}%"), "sources": [{"doc": "d", "quote": "q"}], **more,
    }  # fmt: skip


ROWS = [
    row("全国", "target", 5, "about"),
    row("全国", "actual", 5.2),
    row("甲省", "target", 6),
    row("甲省", "actual", 4.1),
    row("乙市", "target", 7),
    row("解放区", "target", 7.5, "at_least"),
    row("解放区", "target", 8, key="industry", text="工业增长8%"),
    row("甲省", "target", 8.5, key="industry", text="工业增长8.5%"),
    row("丙市", "target", 7.5, "about"),
    row("丁市", "target", 7, "range", value_max=7.5),
    row("戊市", "target", None, "in_step", text="与全省同步"),
]


def make_index(tmp_path: Path, rows: list[dict[str, Any]] = ROWS) -> Index:
    glossary = {"documents": [{"id": "d", "title": "t", "en": "e", "date": "2023",
                               "region": "全国"}], "terms": []}  # fmt: skip
    (tmp_path / "glossary.yaml").write_text(yaml.safe_dump(glossary, allow_unicode=True))
    table = {"regions": REGIONS, "targets": rows}
    (tmp_path / "targets.yaml").write_text(yaml.safe_dump(table, allow_unicode=True))
    return build_in_memory(DataFiles(tmp_path / "glossary.yaml", tmp_path / "targets.yaml"))


def target(value: float | None, comparator: str = "exact", value_max: float | None = None,
           unit: str | None = "%") -> Target:  # fmt: skip
    shown = unit if value is not None else None
    return Target(region="r", year=2023, kind="target", tier="headline", key="k", name="n",
                  en="e", value=value, value_max=value_max, unit=shown, comparator=comparator,
                  text="t", sources=[])  # type: ignore[arg-type]  # fmt: skip


@pytest.mark.parametrize(
    ("lower", "upper", "expected"),
    [
        (target(7), target(5, "about"), Margin(2, 2)),  # 7% over 5%左右: +2 pp
        (target(6, "at_least"), target(5, "about"), Margin(1, 1)),  # the floor's margin
        (target(7), target(4.5, "range", 5), Margin(2, 2.5)),  # over a range: a range
        # a range over a range: low against low, high against high, as compare moves it
        # (stop 43: an identical 4.5-5% was "−0.5–0.5 pp over" the nation's, compare said ±0)
        (target(6, "range", 6.5), target(6, "range", 6.5), Margin(0, 0)),
        (target(5, "range", 6), target(4.5, "range", 5), Margin(0.5, 1)),  # 新疆 over 全国
        (target(6, "range", 7), target(6.5), Margin(-0.5, 0.5)),  # a range over a point
        (target(5), target(5.5, "at_least"), Margin(-0.5, -0.5)),  # under the level above
        (target(None, "in_step"), target(5, "about"), "no_number"),
        (target(7), target(None, "qualitative"), "no_number"),
        (target(200, unit="亿元"), target(5), "not_a_rate"),  # a level has no margin
    ],
)
def test_the_margin_over_the_level_above_for_every_pair_of_qualifiers(
    lower: Target, upper: Target, expected: object
) -> None:
    assert margin(lower, upper) == expected


@pytest.mark.parametrize(
    ("lower", "upper"),
    [
        (target(6, "range", 6.5), target(6, "range", 6.5)),
        (target(5, "range", 6), target(4.5, "range", 5)),
        (target(7), target(4.5, "range", 5)),
        (target(6, "range", 7), target(6.5)),
        (target(5), target(5.5, "at_least")),
    ],
)
def test_a_margin_is_the_change_compare_gives_from_the_level_above(
    lower: Target, upper: Target
) -> None:
    found = margin(lower, upper)
    change = change_of(upper, lower)
    assert change.delta is not None and isinstance(found, Margin)
    ends = [change.delta] if change.delta_max is None else [change.delta, change.delta_max]
    assert (found.low, found.high) == (min(ends), max(ends))


def test_the_chain_runs_up_by_parent_and_names_are_found_by_short_name(tmp_path: Path) -> None:
    index = make_index(tmp_path)
    chain = chain_of(index, resolve_region(index, "解放区"))
    assert [r.name for r in chain] == ["解放区", "乙市", "甲省", "全国"]
    assert [r.level for r in chain] == ["区县", "市", "省", "国家"]
    assert resolve_region(index, "甲").name == "甲省"  # a short name, as an alias
    assert resolve_region(index, "jia province").name == "甲省"


def test_the_ladder_shows_every_level_with_its_margin_and_result(tmp_path: Path) -> None:
    found = ladder(make_index(tmp_path), "解放区", 2023)
    assert [r.name for r in found.chain] == ["解放区", "乙市", "甲省", "全国"]
    gdp = found.rows[0]
    assert gdp.key == "gdp_growth"  # first, whatever the order of the data
    got = [(r.region.name, r.target and r.target.value, r.margin, r.why_none) for r in gdp.rungs]
    assert got == [
        ("解放区", 7.5, Margin(0.5, 0.5), None),  # 7.5%以上 over 乙市's 7%
        ("乙市", 7, Margin(1, 1), None),
        ("甲省", 6, Margin(1, 1), None),  # over 全国's 5%左右
        ("全国", 5, None, "top"),
    ]
    assert [r.status for r in gdp.rungs] == ["no data", "no data", "not met", "met"]


def test_a_margin_skips_a_level_without_the_target(tmp_path: Path) -> None:
    found = ladder(make_index(tmp_path), "解放区", 2023)
    industry = next(r for r in found.rows if r.key == "industry")
    district, city, province, _ = industry.rungs
    assert (city.target, city.why_none) == (None, "no_target")
    assert district.margin == Margin(-0.5, -0.5)  # 8% against the province's 8.5%
    assert district.above is not None and district.above.region == "甲省"
    assert province.why_none == "none_above"


def test_a_ladder_without_headline_targets_that_year_says_which_years_have_them(
    tmp_path: Path,
) -> None:
    with pytest.raises(NotFound) as raised:
        ladder(make_index(tmp_path), "解放区", 2021)
    assert raised.value.hint == "years with them: 2023"


def test_peers_are_ranked_by_the_stated_figure_and_what_has_no_number_is_not(
    tmp_path: Path,
) -> None:
    found = peers(make_index(tmp_path), 2023, "市", "甲省", focus="乙市")
    ranked = [(p.rank, p.region.name, p.figure and p.figure.value) for p in found.ranked]
    # 丙市 7.5左右 first; 乙市 7 and 丁市 7-7.5 (a range by its lower end) share rank 2
    assert ranked == [(1, "丙市", 7.5), (2, "乙市", 7), (2, "丁市", 7)]
    assert [p.region.name for p in found.unranked] == ["戊市"]  # 与全省同步: no number
    assert found.median == 7
    assert found.focus == "乙市"


def test_peers_name_the_ones_without_a_figure(tmp_path: Path) -> None:
    rows = [r for r in ROWS if r["region"] != "丙市"]
    found = peers(make_index(tmp_path, rows), 2023, "市", "全国")  # any depth below
    assert [r.name for r in found.missing] == ["丙市"]


def test_peers_of_a_level_that_has_none_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="no regions of level '区县' within 丙市"):
        peers(make_index(tmp_path), 2023, "区县", "丙市")


def test_three_sides_line_up_with_their_spread(tmp_path: Path) -> None:
    found = line_up(make_index(tmp_path), ["全国:2023", "甲省:2023", "乙市:2023", "解放区:2023"])
    gdp = found.rows[0]
    assert [f and f.value for f in gdp.figures] == [5, 6, 7, 7.5]
    assert gdp.spread == 2.5
    industry = next(r for r in found.rows if r.key == "industry")
    assert industry.spread is None  # not every side states it


def test_a_comparison_needs_two_sides() -> None:
    from jfq.targets.regions import too_few_sides

    with pytest.raises(UsageError, match="two sides or more"):
        too_few_sides(["2023"])


def test_peers_of_a_rate_held_down_rank_the_tightest_first(tmp_path: Path) -> None:
    rows = [row(city, "target", value, "about", key="cpi_growth", text=f"涨幅{value}%左右")
            for city, value in (("乙市", 3), ("丙市", 2.5), ("丁市", 3.5))]  # fmt: skip
    found = peers(make_index(tmp_path, rows), 2023, "市", "甲省", key_text="cpi_growth")
    assert [(p.rank, p.region.name) for p in found.ranked] == [
        (1, "丙市"),
        (2, "乙市"),
        (3, "丁市"),
    ]


def test_a_ceiling_that_is_a_range_is_its_upper_end() -> None:
    from jfq.targets.status import status

    cpi = target(2, "range", 3)
    cpi.key = "cpi_growth"
    actual = target(2.5)
    actual.kind = "actual"
    assert status(cpi, actual) == "met"  # under 3%, though above the range's lower end
