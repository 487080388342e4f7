"""targets.yaml against its sources: the figures the issue names, read from the seeds,
keys that line up across years and regions, and targets paired with their results."""

from __future__ import annotations

from pathlib import Path

import pytest

from jfq.data.integrity import check_targets
from jfq.data.model import Glossary, Target, TargetTable

SEED_2023 = "000_59a781d6f6ab856a"
SEED_2022 = "004_bddc84386e9e697e"
HEADLINE = {
    "gdp_growth",
    "industrial_value_added_growth",
    "fixed_asset_investment_growth",
    "retail_sales_growth",
    "public_budget_revenue_growth",
    "income_growth",
}


@pytest.fixture(scope="module")
def rows(data_files: tuple[Glossary, TargetTable]) -> list[Target]:
    return data_files[1].targets


def pick(rows: list[Target], region: str, year: int, kind: str, key: str) -> Target:
    (row,) = [
        r
        for r in rows
        if (r.region, r.year, r.kind, r.key, r.since) == (region, year, kind, key, None)
    ]
    return row


def test_rows_pass_every_rule(data_files: tuple[Glossary, TargetTable]) -> None:
    glossary, table = data_files
    assert [str(p) for p in check_targets(table, [d.id for d in glossary.documents])] == []


def test_2023_headline_targets_are_the_bullet_list_of_000(corpus: Path, rows: list[Target]) -> None:
    text = (corpus / f"{SEED_2023}.txt").read_text(encoding="utf-8")
    bullets = [line[2:] for line in text.splitlines() if line.startswith("- ")]
    targets = [
        r
        for r in rows
        if (r.region, r.year, r.kind, r.tier) == ("解放区", 2023, "target", "headline")
    ]
    assert [r.text for r in targets] == bullets
    assert {r.key for r in targets} == HEADLINE


def test_2022_headline_targets_are_the_sentence_of_004(corpus: Path, rows: list[Target]) -> None:
    text = (corpus / f"{SEED_2022}.txt").read_text(encoding="utf-8")
    sentence = text.split("2022年经济社会发展的预期目标是:")[1].split("。")[0]
    targets = [
        r
        for r in rows
        if (r.region, r.year, r.kind, r.tier) == ("解放区", 2022, "target", "headline")
    ]
    assert [r.text for r in targets] == sentence.split(";")
    assert {r.key for r in targets} == HEADLINE


@pytest.mark.parametrize(
    ("year", "key", "value", "comparator"),
    [
        (2022, "gdp_growth", 8, "about"),
        (2023, "gdp_growth", 7, "exact"),
        (2022, "fixed_asset_investment_growth", 10, "at_least"),
        (2023, "fixed_asset_investment_growth", 11, "at_least"),
        (2022, "retail_sales_growth", 8.5, "exact"),
        (2022, "income_growth", None, "in_step"),
    ],
)
def test_headline_figures(
    rows: list[Target], year: int, key: str, value: float | None, comparator: str
) -> None:
    row = pick(rows, "解放区", year, "target", key)
    assert (row.value, row.comparator) == (value, comparator)


def test_2021_results_level_and_growth(rows: list[Target]) -> None:
    gdp = pick(rows, "解放区", 2021, "actual", "gdp")
    growth = pick(rows, "解放区", 2021, "actual", "gdp_growth")
    assert (gdp.value, gdp.unit, growth.value, growth.unit) == (181.8, "亿元", 5.3, "%")
    assert "地区生产总值完成181.8亿元,同比增长5.3%" in gdp.sources[0].quote
    assert pick(rows, "解放区", 2017, "actual", "gdp").value == 129.6


def test_target_and_result_line_up(rows: list[Target]) -> None:
    target = pick(rows, "解放区", 2022, "target", "new_skilled_workers")
    result = pick(rows, "解放区", 2022, "actual", "new_skilled_workers")
    assert (target.value, result.value, result.share_of_target) == (2400, 6611, 275)
    assert target.sources[0].doc == SEED_2022
    assert result.sources[0].doc == "001_c84d16bfa9c2ec5e"


def test_the_zone_s_targets_are_for_2022(rows: list[Target]) -> None:
    zone = [r for r in rows if r.region == "示范区" and r.tier == "headline"]
    assert {r.year for r in zone} == {2022}
    assert pick(rows, "示范区", 2022, "target", "rd_intensity").value == 2.5


def test_headline_keys_line_up_across_years_and_regions(rows: list[Target]) -> None:
    for region, year in (("解放区", 2022), ("解放区", 2023), ("示范区", 2022)):
        keys = {
            r.key
            for r in rows
            if (r.region, r.year, r.kind, r.tier) == (region, year, "target", "headline")
        }
        assert keys >= HEADLINE - ({"retail_sales_growth"} if region == "示范区" else set()), region


def test_five_year_figures_say_so(rows: list[Target]) -> None:
    five_year = [r for r in rows if r.sources[0].doc == SEED_2022 and r.since is not None]
    assert len(five_year) > 10
    assert all((r.since, r.year) == (2017, 2021) for r in five_year)
