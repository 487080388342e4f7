"""jfq targets, compare and trend end to end: the commands of the issue's "done when",
every format, and the errors for bad years, unknown regions and missing arguments."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from conftest import Run, copy_data

Jfq = Callable[..., Run]
Golden = Callable[[str, str], None]
ROOT = Path(__file__).resolve().parents[1]
YEARS = "  years with figures for 解放区: 2017, 2021, 2022, 2023, 2026\n"


@pytest.mark.parametrize(
    ("args", "golden_name"),
    [
        (["targets", "--year", "2023"], "targets_2023.txt"),
        (["targets", "--year", "2022", "--region", "示范区"], "targets_2022_zone.txt"),
        (["targets", "--year", "2021", "--kind", "actual"], "targets_2021_actual.txt"),
        (["compare", "2022", "2023"], "compare_2022_2023.txt"),
        (["compare", "解放区:2022", "示范区:2022", "--chart"], "compare_regions.txt"),
        (["trend", "gdp_growth"], "trend_gdp_growth.txt"),
    ],
)
def test_done_when_commands(jfq: Jfq, golden: Golden, args: list[str], golden_name: str) -> None:
    run = jfq(*args)
    assert (run.code, run.stderr) == (0, "")
    golden(golden_name, run.stdout)


def test_targets_json_rows(jfq: Jfq) -> None:
    rows = json.loads(jfq("targets", "--year", "2022", "-f", "json").stdout)
    gdp = next(r for r in rows if r["key"] == "gdp_growth")
    assert (gdp["value"], gdp["comparator"], gdp["display"], gdp["status"]) == (
        8,
        "about",
        "≈8%",
        "no data",
    )
    skilled = next(r for r in rows if r["key"] == "new_skilled_workers" and r["kind"] == "target")
    assert (skilled["value"], skilled["actual"]["value"], skilled["status"]) == (2400, 6611, "met")
    assert skilled["actual"]["share_of_target"] == 275
    assert all(r["region"] == "解放区" and r["year"] == 2022 for r in rows)
    # A result that answers a target is shown with it, not again on its own.
    assert [r["key"] for r in rows if r["kind"] == "actual"].count("new_skilled_workers") == 0


def test_targets_default_is_the_latest_year_with_headline_targets(jfq: Jfq) -> None:
    rows = json.loads(jfq("targets", "-f", "json").stdout)
    assert {(r["region"], r["year"]) for r in rows} == {("解放区", 2023)}  # not the lone 2026 goal
    zone = json.loads(jfq("targets", "-r", "示范区", "-f", "json").stdout)
    assert {r["year"] for r in zone} == {2022}


def test_actual_results_include_those_a_target_answers(jfq: Jfq, data_files) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(jfq("targets", "-y", "2022", "--kind", "actual", "-f", "json").stdout)
    expected = [
        t for t in data_files[1].targets if (t.region, t.year, t.kind) == ("解放区", 2022, "actual")
    ]
    assert len(rows) == len(expected) == 29
    assert "new_skilled_workers" in {r["key"] for r in rows}


def test_targets_filters(jfq: Jfq) -> None:
    rows = json.loads(
        jfq("targets", "-y", "2022", "--kind", "target", "--tier", "headline", "-f", "json").stdout
    )
    assert [r["key"] for r in rows] == [
        "gdp_growth",
        "income_growth",
        "industrial_value_added_growth",
        "fixed_asset_investment_growth",
        "retail_sales_growth",
        "public_budget_revenue_growth",
    ]


def test_targets_csv_and_yaml_agree(jfq: Jfq) -> None:
    rows = list(csv.DictReader(io.StringIO(jfq("targets", "-y", "2023", "-f", "csv").stdout)))
    as_yaml = yaml.safe_load(jfq("targets", "-y", "2023", "-f", "yaml").stdout)
    assert [r["key"] for r in rows] == [r["key"] for r in as_yaml]
    first = rows[0]
    assert (first["display"], first["doc"]) == ("7%", "000_59a781d6f6ab856a")
    assert first["quote"] == "地区生产总值增长7%"


def test_targets_markdown_has_footnoted_sources(jfq: Jfq) -> None:
    text = jfq("targets", "-y", "2023", "--tier", "headline", "-f", "markdown").stdout
    assert text.startswith(
        "### 解放区 2023\n\nmet 0, not met 1, no data 5, unrated 0\n\n"
        "| key | indicator | target | result | status | source |"
    )
    assert "| gdp_growth | 地区生产总值 (GDP growth) | 7% | — | no data | 1 |" in text
    assert "source 10;11,12: the target from source 10, the result from sources 11" in text
    assert "1. **[000]** 目标确定 把握关键" in text


@pytest.mark.parametrize(
    "region", ["示范区", "shifanqu", "Demonstration Zone", "焦作城乡一体化示范区"]
)
def test_regions_by_any_name(jfq: Jfq, region: str) -> None:
    rows = json.loads(jfq("targets", "-y", "2022", "-r", region, "-f", "json").stdout)
    assert {r["region"] for r in rows} == {"示范区"}


def test_compare_json(jfq: Jfq) -> None:
    data = json.loads(jfq("compare", "2022", "2023", "-f", "json").stdout)
    assert (data["a"], data["b"]) == (
        {"region": "解放区", "year": 2022},
        {"region": "解放区", "year": 2023},
    )
    rows = {r["key"]: r for r in data["rows"]}
    assert (rows["gdp_growth"]["delta"], rows["gdp_growth"]["change"]) == (
        -1,
        "↓ −1 pp; the 左右 (about) was dropped",
    )
    assert rows["fixed_asset_investment_growth"]["change"] == "↑ +1 pp"
    one_side = [r for r in data["rows"] if r["a"] is None or r["b"] is None]
    assert one_side and all(r["delta"] is None for r in one_side)
    assert {"key", "name", "a", "b", "delta", "change"} <= set(data["rows"][0])


def test_compare_regions_labels_sides(jfq: Jfq) -> None:
    data = json.loads(jfq("compare", "解放区:2022", "shifanqu:2022", "-f", "json").stdout)
    row = next(r for r in data["rows"] if r["key"] == "industrial_value_added_growth")
    assert (row["a_display"], row["b_display"], row["change"]) == (
        "≥8.5%",
        "9.5%",
        "↑ +1 pp; the 以上 (or more) was dropped",
    )


def test_compare_actuals(jfq: Jfq) -> None:
    data = json.loads(jfq("compare", "2021", "2022", "--kind", "actual", "-f", "json").stdout)
    row = next(r for r in data["rows"] if r["key"] == "old_compounds_renovated")
    assert (row["a_display"], row["b_display"]) == ("71个", "41个")


def test_trend_json(jfq: Jfq) -> None:
    data = json.loads(jfq("trend", "new_skilled_workers", "-f", "json").stdout)
    assert [
        (p["year"], p["target_display"], p["actual_display"], p["status"]) for p in data["points"]
    ] == [(2022, "2400人", "6611人", "met"), (2023, "2400人", None, "no data")]


def test_trend_shows_figures_over_several_years_apart_from_the_years(jfq: Jfq) -> None:
    # 004: "累计实施老旧小区改造389个" is the 2017-2021 total, not a result of 2021.
    data = json.loads(jfq("trend", "old_compounds_renovated", "-f", "json").stdout)
    assert [p["year"] for p in data["points"]] == [2021, 2022, 2023]
    assert [(s["since"], s["year"], s["value"]) for s in data["spans"]] == [(2017, 2021, 389)]
    shown = jfq("trend", "old_compounds_renovated").stdout
    assert "Over several years\n  2017–2021  389个  老旧小区改造 [6]\n" in shown
    rows = list(
        csv.DictReader(io.StringIO(jfq("trend", "old_compounds_renovated", "-f", "csv").stdout))
    )
    assert [(r["year"], r["since"], r["actual"]) for r in rows] == [
        ("2021", "", "71个"),
        ("2022", "", "41个"),
        ("2023", "", ""),
        ("2021", "2017", "389个"),
    ]


def test_trend_of_a_figure_stated_only_over_several_years(jfq: Jfq) -> None:
    # 004: "全区地区生产总值年均增长10亿元以上" (2017-2021) has no single-year figure.
    run = jfq("trend", "gdp_avg_annual_increase", "--lang", "en")
    assert run.code == 0, run
    assert "  2017–2021  at least 10亿元  Average annual increase in GDP [1]\n" in run.stdout
    assert "Units: 亿元 = 100 million yuan" in run.stdout
    assert "│ Year" not in run.stdout  # no empty table of years


def test_trend_by_name(jfq: Jfq) -> None:
    run = jfq("trend", "新增技能人才", "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(run.stdout)))
    assert list(rows[0].values())[:6] == [
        "2022",
        "",
        "2400人",
        "6611人",
        "met",
        "new_skilled_workers",
    ]


@pytest.mark.parametrize(
    ("args", "code", "stderr"),
    [
        (
            ["targets", "--year", "20x3"],
            2,
            "jfq: '20x3' is not a year (write four digits, e.g. 2023)\n",
        ),
        (["targets", "--year", "1899"], 2, "jfq: year 1899 is out of range (1949-2100)\n"),
        (
            ["targets", "--year", "1999"],
            1,
            "jfq: no figures for 解放区 in 1999\n" + YEARS,
        ),
        (
            ["targets", "--region", "海淀区"],
            1,
            "jfq: unknown region '海淀区'\n  regions with figures: 解放区, 示范区, 焦作市, 全国, "
            "河南省, 湖北省, 海南省, 西藏自治区, … (52 in all)\n",
        ),
        (
            ["compare", "2022", "20x3"],
            2,
            "jfq: '20x3' is not a year (write four digits, e.g. 2023)\n",
        ),
        (
            ["compare", "2022", "1999"],
            1,
            "jfq: no target figures for 解放区 in 1999\n"
            "  years with target figures for 解放区: 2022, 2023, 2026\n",
        ),
        (
            ["trend", "public_budget_revenue_growth", "-r", "焦作市"],
            1,
            "jfq: no public_budget_revenue_growth figures for 焦作市\n"
            "  regions with public_budget_revenue_growth: 解放区, 示范区, 郑州市\n",
        ),
        (
            ["trend", "地区生产总值"],
            1,
            "jfq: '地区生产总值' names several indicators\n  keys: gdp, gdp_growth\n",
        ),
    ],
)
def test_errors(jfq: Jfq, args: list[str], code: int, stderr: str) -> None:
    run = jfq(*args)
    assert (run.code, run.stdout, run.stderr) == (code, "", stderr)


@pytest.mark.parametrize(
    ("options", "year"),
    [
        ([], 2023),
        (["--tier", "task"], 2023),  # not 2026, which holds one lone goal
        (["--kind", "actual"], 2023),  # the latest with headline results: the 2024 report's
        (["-r", "示范区", "--kind", "actual"], 2022),
    ],
)
def test_the_default_year_follows_the_kind_and_tier(
    jfq: Jfq, options: list[str], year: int
) -> None:
    rows = json.loads(jfq("targets", *options, "-f", "json").stdout)
    assert rows and {r["year"] for r in rows} == {year}


def test_a_year_without_that_kind_says_which_years_have_it(jfq: Jfq) -> None:
    run = jfq("targets", "--year", "2021", "--kind", "target")
    assert (run.code, run.stdout) == (1, "")
    assert run.stderr == (
        "jfq: no targets for 解放区 in 2021\n  years with targets for 解放区: 2022, 2023, 2026\n"
    )


def test_compare_needs_two_sides(jfq: Jfq) -> None:
    run = jfq("compare", "2022")
    assert run.code == 2
    assert run.stderr == "jfq: compare needs two sides or more: e.g. jfq compare 2022 2023\n"


def test_unknown_indicator_suggests_close_keys(jfq: Jfq) -> None:
    run = jfq("trend", "gdp_grwth")
    assert run.code == 1
    assert run.stderr.startswith("jfq: unknown indicator 'gdp_grwth'\n  closest keys: gdp_growth")


# -- exports keep the provenance ----------------------------------------------------------------


def test_compare_csv_carries_each_sides_documents_and_quotes(jfq: Jfq) -> None:
    rows = list(csv.DictReader(io.StringIO(jfq("compare", "2022", "2023", "-f", "csv").stdout)))
    gdp = next(r for r in rows if r["key"] == "gdp_growth")
    # 004 sets 2022's target in its target sentence; 000 states 2023's on its own.
    assert gdp["a_doc"] == "004_bddc84386e9e697e"
    assert gdp["a_quote"].startswith("2022年经济社会发展的预期目标是:地区生产总值增长8%左右")
    assert (gdp["b_doc"], gdp["b_quote"]) == ("000_59a781d6f6ab856a", "地区生产总值增长7%")
    only_2022 = next(r for r in rows if r["key"] == "major_projects_in_progress")
    assert only_2022["a_quote"] and (only_2022["b_doc"], only_2022["b_quote"]) == ("", "")


def test_compare_markdown_puts_the_quotes_in_footnotes(jfq: Jfq) -> None:
    text = jfq("compare", "2022", "2023", "-f", "markdown").stdout
    assert text.startswith("### 解放区:2022 → 解放区:2023 (targets)\n\n| key | indicator |")
    assert "| gdp_growth | 地区生产总值 (GDP growth) | ≈8% | 7% |" in text
    assert "| 1;2 |\n" in text
    assert "source 10;11,12: 解放区:2022 from source 10, 解放区:2023 from sources 11" in text
    assert "2. **[000]** 目标确定 把握关键" in text
    assert "\n  > 地区生产总值增长7%\n" in text


def test_trend_csv_and_markdown_carry_key_documents_and_quotes(jfq: Jfq) -> None:
    rows = list(csv.DictReader(io.StringIO(jfq("trend", "gdp_growth", "-f", "csv").stdout)))
    first = rows[0]
    assert (first["year"], first["key"], first["actual_doc"]) == (
        "2021",
        "gdp_growth",
        "004_bddc84386e9e697e",
    )
    assert first["actual_quote"] == "地区生产总值完成181.8亿元,同比增长5.3%"
    assert (first["target_doc"], first["target_quote"]) == ("", "")
    text = jfq("trend", "gdp_growth", "-f", "markdown").stdout
    assert text.startswith("### 地区生产总值 · 解放区 (GDP growth, `gdp_growth`)\n")
    assert "| 2021 | — | 5.3% |  | 1 |" in text
    assert "\n  > 地区生产总值完成181.8亿元,同比增长5.3%\n" in text


def test_the_src_notation_is_explained_under_the_table(jfq: Jfq) -> None:
    text = jfq("compare", "2022", "2023").stdout
    assert "Src 10;11,12: 解放区:2022 from source 10, 解放区:2023 from sources 11" in text
    assert "出处 10;11,12：目标出自来源10" in jfq("targets", "-y", "2023", "-l", "zh").stdout


# -- a target table says how it went ----------------------------------------------------------


def test_a_target_table_starts_with_how_its_targets_went(jfq: Jfq) -> None:
    lines = jfq("targets", "--year", "2022").stdout.splitlines()
    assert lines[:2] == ["解放区 2022  Jiefang District", "met 2, not met 0, no data 28, unrated 0"]
    zh = jfq("targets", "--year", "2022", "--lang", "zh").stdout.splitlines()
    assert zh[1] == "完成 2，未完成 0，无数据 28，无法比较 0"


def test_a_table_of_results_alone_has_no_count(jfq: Jfq) -> None:
    assert jfq("targets", "--year", "2021").stdout.splitlines()[1] == ""


@pytest.mark.parametrize(
    ("status", "count"), [("met", 2), ("no-data", 28), ("MET", 2), ("No-Data", 28)]
)
def test_status_chooses_the_targets_shown(jfq: Jfq, status: str, count: int) -> None:
    rows = json.loads(jfq("targets", "-y", "2022", "--status", status, "-f", "json").stdout)
    assert len(rows) == count
    assert {r["status"] for r in rows} == {status.lower().replace("-", " ")}
    shown = jfq("targets", "-y", "2022", "--status", status).stdout.splitlines()[1]
    assert shown.endswith(f"(shown: {status.lower().replace('-', ' ')})")


def test_status_with_no_such_targets_says_how_they_went(jfq: Jfq) -> None:
    message = "jfq: no targets not met for 解放区 in 2022\n"
    counts = "  met 2, not met 0, no data 28, unrated 0\n"
    run = jfq("targets", "-y", "2022", "--status", "not-met")
    assert (run.code, run.stdout, run.stderr) == (1, "", message + counts)


def test_status_is_for_targets_not_results(jfq: Jfq) -> None:
    run = jfq("targets", "-y", "2021", "--kind", "actual", "--status", "met")
    assert run.code == 2 and "not with --kind actual" in run.stderr
    assert jfq("targets", "--status", "done").code == 2


# -- trend without a key, and an unknown key -----------------------------------------------------


def test_trend_without_a_key_lists_the_indicators(jfq: Jfq) -> None:
    run = jfq("trend")
    assert run.code == 0
    assert run.stdout.splitlines()[-1] == "183 indicators; jfq trend KEY shows one"
    listed = json.loads(jfq("trend", "-f", "json").stdout)
    assert len(listed) == 183 and listed[0]["key"] == "gdp"  # headline indicators first
    growth = next(i for i in listed if i["key"] == "gdp_growth")
    assert (growth["name"], growth["en"]) == ("地区生产总值", "GDP growth")
    assert growth["regions"][:4] == ["解放区", "示范区", "全国", "河南省"]  # the data's order
    assert len(growth["regions"]) == 52 and growth["years"] == [2021, 2022, 2023, 2024, 2025, 2026]
    zone = json.loads(jfq("trend", "-r", "示范区", "-f", "json").stdout)
    assert {tuple(i["regions"]) for i in zone} == {("示范区",)} and len(zone) < len(listed)


@pytest.mark.parametrize(
    ("typed", "closest"),
    [("gdp_grwth", "gdp_growth"), ("new_skiled_workers", "new_skilled_workers"),
     ("retal_sales_grouth", "retail_sales_growth")],
)  # fmt: skip
def test_an_unknown_key_gets_the_closest_keys(jfq: Jfq, typed: str, closest: str) -> None:
    # It got the first 8 of 180 keys in alphabetical order.
    run = jfq("trend", typed)
    assert run.code == 1
    hint = run.stderr.splitlines()[1]
    assert hint.startswith("  closest keys: ") and closest in hint
    assert "agricultural_recovery_funds" not in hint


def test_a_key_close_to_none_points_to_the_list(jfq: Jfq) -> None:
    run = jfq("trend", "xyzzy")
    assert run.stderr == "jfq: unknown indicator 'xyzzy'\n  try: jfq trend alone lists all 183\n"


def test_a_range_moves_as_a_range_in_every_format(jfq: Jfq, tmp_path: Path) -> None:
    # 8% -> 6-6.5% was "↓ −2 pp": the lower end's move, as if the target were 6%.
    data = copy_data(tmp_path / "data")
    targets = data / "targets.yaml"
    text = targets.read_text(encoding="utf-8")
    seven = "    value: 7\n    unit: '%'\n    comparator: exact\n    text: 地区生产总值增长7%\n"
    assert text.count(seven) == 1
    range_ = "    value: 6\n    value_max: 6.5\n    unit: '%'\n    comparator: range\n"
    targets.write_text(text.replace(seven, range_ + "    text: 地区生产总值增长6%-6.5%\n"), "utf-8")
    shown = jfq("compare", "2022", "2023", "--data-dir", str(data), env={"COLUMNS": "200"})
    gdp = next(line for line in shown.stdout.splitlines() if "地区生产总值" in line)
    # (2022's ≈8% loses its 左右 in the range, and the change says so: stop 43)
    assert "↓ −1.5 to −2 pp; the 左右 (about) was dropped" in gdp and "6–6.5%" in gdp
    data_json = json.loads(
        jfq("compare", "2022", "2023", "--data-dir", str(data), "-f", "json").stdout
    )
    row = next(r for r in data_json["rows"] if r["key"] == "gdp_growth")
    assert (row["delta"], row["delta_max"], row["change"]) == (
        -2, -1.5, "↓ −1.5 to −2 pp; the 左右 (about) was dropped")  # fmt: skip
    table = jfq("compare", "2022", "2023", "--data-dir", str(data), "-f", "csv").stdout
    row = next(r for r in csv.DictReader(io.StringIO(table)) if r["key"] == "gdp_growth")
    assert (row["delta"], row["delta_max"]) == ("-2", "-1.5")


# -- an argument longer than any name is refused at once (tester: a minute per indicator) ----

LONG = "a" * 130_000


@pytest.mark.parametrize(
    ("args", "what"),
    [
        (["trend", LONG], "the indicator"),
        (["peers", "--year", "2023", "--indicator", LONG], "the indicator"),
        (["trend", "gdp_growth", "--region", LONG], "the region"),
        (["targets", "--region", LONG], "the region"),
        (["ladder", LONG], "the region"),
        (["compare", f"{LONG}:2023", "2022"], "the region"),
        (["peers", "--year", "2023", "--within", LONG], "the region"),
    ],
)
def test_an_indicator_or_region_longer_than_any_name_is_a_usage_error(
    jfq: Jfq, args: list[str], what: str
) -> None:
    run = jfq(*args)
    # (55 s and 51 s for trend and peers before, each ending in "unknown indicator", exit 1:
    # refused now before any matching, which the usage error's code and words show; no test
    # times it, as the brief keeps timings to benchmarks/)
    assert (run.code, run.stdout) == (2, "")
    assert run.stderr.startswith(f"jfq: {what} is 130000 characters long;"), run.stderr[:200]
    assert len(run.stderr) < 400  # the argument itself is not echoed


def test_the_longest_indicator_and_region_names_are_still_taken(jfq: Jfq) -> None:
    targets = yaml.safe_load((ROOT / "targets.yaml").read_text(encoding="utf-8"))
    row = max(targets["targets"], key=lambda t: len(t["en"]))
    assert jfq("trend", row["en"], "--region", row["region"]).code == 0
    region = max(targets["regions"], key=lambda r: len(r["en"]))
    assert jfq("targets", "--region", region["en"]).code in (0, 1)  # 1: no figures there
    assert "characters long" not in jfq("targets", "--region", region["en"]).stderr
