"""jfq ladder, jfq peers and three-sided compare on the bundled data: the issue's "done
when", read against the stored pages each figure is quoted from (sources/ and the
targets.yaml quotes)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

from conftest import Run

Jfq = Callable[..., Run]


def test_the_ladder_of_2023_shows_every_level_with_its_margin(jfq: Jfq) -> None:
    run = jfq("ladder", "解放区", "--year", "2023", "-f", "json")
    assert run.code == 0
    ladder = json.loads(run.stdout)
    assert [r["name"] for r in ladder["chain"]] == ["解放区", "焦作市", "河南省", "全国"]
    gdp = [r for r in ladder["rows"] if r["key"] == "gdp_growth"]
    got = [(r["region"], r["target"], r["margin_low"], r["over"]) for r in gdp]
    # 中新网: 河南 6%; he-nan.com.cn and 17car: 焦作 7%; 000: 解放区 7%; the national 5%左右
    assert got == [
        ("解放区", "7%", 0, "7%"),
        ("焦作市", "7%", 1, "6%"),
        ("河南省", "6%", 1, "≈5%"),
        ("全国", "≈5%", None, None),
    ]
    assert [r["status"] for r in gdp] == ["no data", "no data", "not met", "met"]  # 4.1%, 5.2%


def test_the_ladder_tells_why_a_level_has_no_margin(jfq: Jfq) -> None:
    rows = json.loads(jfq("ladder", "--year", "2023", "-f", "json").stdout)["rows"]
    income = {r["region"]: r["margin"] for r in rows if r["key"] == "income_growth"}
    assert income["解放区"] == "no target above"  # 与经济增长同步: nothing to stand over
    fai = next(r for r in rows if r["key"] == "fixed_asset_investment_growth"
               and r["region"] == "解放区")  # fmt: skip
    # ≥11% against 焦作's 11%; the 2024 report gives the result: 5.8%, not met
    assert (fai["target"], fai["margin"], fai["result"], fai["status"]) == (
        "≥11%", "±0 pp over 11%", "5.8%", "not met")  # fmt: skip


def test_the_ladder_as_csv_is_one_row_per_indicator_and_level(jfq: Jfq) -> None:
    rows = list(csv.DictReader(io.StringIO(jfq("ladder", "-y", "2023", "-f", "csv").stdout)))
    first = rows[0]
    assert (first["key"], first["region"], first["target_value"], first["target_doc"]) == (
        "gdp_growth", "解放区", "7", "000_59a781d6f6ab856a")  # fmt: skip
    assert first["target_quote"] == "地区生产总值增长7%"


def test_the_ladder_picture_names_all_four_levels(jfq: Jfq) -> None:
    text = jfq("ladder", "--year", "2023", env={"COLUMNS": "100"}).stdout
    header = next(line for line in text.splitlines() if "Indicator" in line)
    assert [n for n in ("全国", "河南省", "焦作市", "解放区") if n in header] == [
        "全国", "河南省", "焦作市", "解放区"]  # fmt: skip
    assert text.count("+1 pp") == 2  # 焦作 over 河南, 河南 over the nation (cells wrap)


def test_peers_list_every_henan_city_a_page_gives(jfq: Jfq) -> None:
    run = jfq("peers", "--year", "2023", "--level", "市", "--within", "河南省", "-f", "json")
    peers = json.loads(run.stdout)
    ranked = {p["region"]: (p["rank"], p["figure"]) for p in peers["ranked"]}
    assert len(ranked) == 18  # he-nan.com.cn lists 18 (济源 too); 17car 17
    assert ranked["南阳市"] == (1, "8% (→9%)")  # 保8%、争9%: ranked by its 8, aim shown
    assert ranked["安阳市"] == (18, "6.5%")
    assert ranked["焦作市"][1] == "7%" and peers["focus"] == "焦作市"
    assert peers["median"] == 7 and peers["unranked"] == []


def test_peers_refuse_to_rank_what_has_no_number(jfq: Jfq) -> None:
    # 郑州's 2023 list sets 进出口总额保持正增长: a target with no number
    run = jfq("peers", "-y", "2023", "--indicator", "import_export_growth", "-f", "json")
    peers = json.loads(run.stdout)
    assert peers["ranked"] == []
    assert [p["region"] for p in peers["unranked"]] == ["郑州市"]


def test_compare_lines_up_four_levels(jfq: Jfq) -> None:
    run = jfq("compare", "全国:2023", "河南省:2023", "焦作市:2023", "解放区:2023", "-f", "json")
    lineup = json.loads(run.stdout)
    gdp = next(r for r in lineup["rows"] if r["key"] == "gdp_growth")
    assert gdp["displays"] == ["≈5%", "6%", "7%", "7%"] and gdp["spread"] == 2


def test_trend_for_the_nation(jfq: Jfq) -> None:
    points = json.loads(jfq("trend", "gdp_growth", "-r", "全国", "-f", "json").stdout)["points"]
    assert [(p["year"], p["target_display"], p["actual_display"]) for p in points] == [
        (2021, "≥6%", "8.1%"), (2022, "≈5.5%", "3%"), (2023, "≈5%", "5.2%"),
        (2024, "≈5%", "5%"), (2025, "≈5%", "5%"), (2026, "4.5–5%", None),
    ]  # fmt: skip


def test_ladder_and_peers_say_what_is_wrong(jfq: Jfq) -> None:
    run = jfq("peers", "-y", "2023", "--region", "湖北省")
    first = (
        "jfq: 湖北省 is not among these peers (焦作市、郑州市、开封市、洛阳市、平顶山市、安阳市…)"
    )
    assert (run.code, run.stderr.splitlines()[0]) == (2, first)
    run = jfq("peers", "-y", "2019")
    assert (run.code, run.stderr.splitlines()[1]) == (1, "  years with them: 2023, 2025")
    run = jfq("compare", "全国:2023", "河南省", "焦作市:2023")
    assert run.stderr == (
        "jfq: '河南省' is not a side: write a year (2023) or REGION:YEAR (河南省:2023)\n"
    )
    assert jfq("ladder", "--year", "2026").stderr.splitlines()[1] == "  years with them: 2022, 2023"


def test_the_markdown_of_a_ladder_is_a_table_with_its_quotes(jfq: Jfq) -> None:
    text = jfq("ladder", "-y", "2023", "-f", "markdown").stdout
    assert text.startswith("### 解放区 2023 · targets up the ladder of governments (层层加码)\n")
    assert (
        "| indicator | 全国 (国家) | 河南省 (省) | 焦作市 (市) | 解放区 (区县) | source |" in text
    )
    assert "| 6%; +1 pp over ≈5%; result 4.1% (not met) |" in text
    assert "1. **[national-2023-scholarmate]**" in text


def test_the_home_screen_groups_the_peers_and_the_pages_about_them(jfq: Jfq) -> None:
    text = jfq(env={"COLUMNS": "100"}).stdout
    assert "  17 more 市 within 河南省  jfq peers --level 市 --within 河南省\n" in text
    assert "  30 more 省 within 全国  jfq peers --level 省 --within 全国\n" in text
    assert "郑州市" not in text  # one line for the cities, not eighteen
    assert "[004] 2022年焦作市解放区政府工作报告" in text
    listed = 7  # the five seeds, the 2024 report and the 2022 bulletin have lines of their own
    others = len(list((Path(__file__).parents[1] / "sources").glob("*.yaml"))) - listed
    assert others == 42
    assert f"and {others} other pages jfq quotes (jfq overview -f json lists them all)" in text


def test_a_range_over_the_same_range_stands_level_as_in_compare(jfq: Jfq) -> None:
    # 广东 4.5%-5% as the nation's 4.5%-5% (jiemian, stheadline); 新疆 5%-6%: stop 43's
    # fault hunt found "−0.5–0.5 pp over" and "±0–1.5 pp over" where compare said ±0 and
    # +0.5 to +1
    for region, ends, words in (("广东省", (0, 0), "±0 pp over 4.5–5%"),
                                ("新疆", (0.5, 1), "+0.5–1 pp over 4.5–5%")):  # fmt: skip
        rows = list(csv.DictReader(io.StringIO(
            jfq("ladder", region, "-y", "2026", "-f", "csv").stdout)))  # fmt: skip
        gdp = next(r for r in rows if r["key"] == "gdp_growth" and r["level"] == "省")
        assert (float(gdp["margin_low"]), float(gdp["margin_high"]), gdp["margin"]) == (
            *ends, words)  # fmt: skip
        compared = json.loads(jfq("compare", "全国:2026", f"{region}:2026", "-f", "json").stdout)
        row = next(r for r in compared["rows"] if r["key"] == "gdp_growth")
        assert sorted({row["delta"], row["delta_max"] or row["delta"]}) == sorted(set(ends))
