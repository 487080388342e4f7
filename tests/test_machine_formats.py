"""The machine formats carry every fact the tables show (stop 43's fault hunt): a result's
own source, a fall's direction, the aim of 保8%、争9%, each side's documents, and sides that
can be told apart.  The README: "The CSV and Markdown of targets, compare and trend carry
each figure's key, documents and quotes"."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import Run
from test_ladder import make_index, row

Jfq = Callable[..., Run]


def csv_rows(run: Run) -> list[dict[str, str]]:
    assert run.code == 0, run.stderr
    return list(csv.DictReader(io.StringIO(run.stdout)))


# -- a result's own source ---------------------------------------------------------------------


def test_a_targets_csv_row_carries_its_results_source_too(jfq: Jfq) -> None:
    # 2022's 新增技能人才2400人 (004) met by 6611人, which the 2023 report (001) states
    rows = csv_rows(jfq("targets", "--year", "2022", "-f", "csv"))
    skilled = next(r for r in rows if r["key"] == "new_skilled_workers" and r["kind"] == "target")
    assert (skilled["actual"], skilled["status"], skilled["doc"]) == (
        "6611人", "met", "004_bddc84386e9e697e")  # fmt: skip
    assert skilled["quote"].endswith("新增技能人才2400人")
    assert skilled["result_doc"] == "001_c84d16bfa9c2ec5e\n001_c84d16bfa9c2ec5e"
    assert skilled["result_quote"].split("\n") == [
        "扎实推进“人人持证、技能河南”工作，推进情况纳入区政府民生实事考核范畴，并实行周调度制度，"
        "实现新增技能人才6611人，完成市定目标的275%。",
        "技能培训完成市定目标的275%",
    ]
    alone = next(r for r in rows if r["kind"] == "target" and not r["actual"])
    assert (alone["result_doc"], alone["result_quote"]) == ("", "")


# -- a fall --------------------------------------------------------------------------------------


def test_a_targets_csv_row_says_a_fall_is_one(jfq: Jfq) -> None:
    # 单位国内生产总值能耗降低2.5%左右: value 2.5 as in the data, and its direction beside it
    rows = csv_rows(jfq("targets", "--region", "全国", "--year", "2024", "-f", "csv"))
    energy = next(r for r in rows if r["key"] == "energy_intensity")
    assert (energy["value"], energy["direction"], energy["display"]) == ("2.5", "down", "≈−2.5%")
    gdp = next(r for r in rows if r["key"] == "gdp_growth")
    assert gdp["direction"] == ""


def test_the_ladder_and_peers_csv_say_a_fall_is_one(tmp_path: Path, jfq: Jfq) -> None:
    cut = {"key": "energy_intensity", "direction": "down"}
    make_index(tmp_path, [row("全国", "target", 2.5, "about", **cut),
                          row("甲省", "target", 3, **cut), row("甲省", "actual", 3.2, **cut),
                          row("乙市", "target", 3, **cut)])  # fmt: skip
    ladder = csv_rows(jfq("ladder", "乙市", "-y", "2023", "-f", "csv", "--data-dir", str(tmp_path)))
    province = next(r for r in ladder if r["region"] == "甲省")
    assert (province["target_value"], province["target_direction"], province["result_value"],
            province["result_direction"]) == ("3", "down", "3.2", "down")  # fmt: skip
    assert province["margin"] == "−0.5 pp under ≈−2.5%"  # a cut half a point deeper
    peers = csv_rows(jfq("peers", "-y", "2023", "--level", "市", "--within", "甲省", "--indicator",
                         "energy_intensity", "-f", "csv", "--data-dir", str(tmp_path)))  # fmt: skip
    assert [(r["region"], r["value"], r["direction"]) for r in peers] == [("乙市", "3", "down")]


# -- the aim of 保8%、争9% -----------------------------------------------------------------------

# 南阳市 2023: “保8%、争9%” (the 2023 digest of Henan's cities): value 8, aim 9
AIMED = "8% (→9%)"


@pytest.mark.parametrize(
    "args",
    [
        ["targets", "--region", "南阳市", "--year", "2023"],
        ["targets", "--region", "南阳市", "--year", "2023", "-f", "markdown"],
        ["targets", "--region", "南阳市", "--year", "2023", "--lang", "en"],
        ["compare", "河南省:2023", "南阳市:2023"],
        ["compare", "河南省:2023", "南阳市:2023", "-f", "markdown"],
        ["compare", "河南省:2023", "南阳市:2023", "-f", "csv"],
        ["compare", "全国:2023", "河南省:2023", "南阳市:2023"],
        ["compare", "全国:2023", "河南省:2023", "南阳市:2023", "-f", "csv"],
        ["ladder", "南阳市", "--year", "2023"],
        ["ladder", "南阳市", "--year", "2023", "-f", "markdown"],
        ["ladder", "南阳市", "--year", "2023", "-f", "csv"],
        ["peers", "--year", "2023", "--within", "河南省", "--level", "市"],
        ["trend", "gdp_growth", "--region", "南阳市"],
        ["trend", "gdp_growth", "--region", "南阳市", "-f", "csv"],
    ],
)
def test_the_aim_is_shown_wherever_the_target_is(jfq: Jfq, args: list[str]) -> None:
    run = jfq(*args, env={"COLUMNS": "200"})
    assert run.code == 0, run.stderr
    assert run.stdout.count(AIMED) >= 1
    assert "(→9)" not in run.stdout  # one way of showing it, with its unit, everywhere


def test_the_aim_is_carried_in_every_format(jfq: Jfq) -> None:
    rows = csv_rows(jfq("targets", "--region", "南阳市", "--year", "2023", "-f", "csv"))
    gdp = next(r for r in rows if r["key"] == "gdp_growth")
    assert (gdp["value"], gdp["aim"], gdp["display"]) == ("8", "9", AIMED)
    as_json = json.loads(
        jfq("targets", "--region", "南阳市", "--year", "2023", "-f", "json").stdout
    )
    gdp_json = next(r for r in as_json if r["key"] == "gdp_growth")
    assert (gdp_json["aim"], gdp_json["display"]) == (9, AIMED)
    ladder = csv_rows(jfq("ladder", "南阳市", "--year", "2023", "-f", "csv"))
    nanyang = next(r for r in ladder if r["key"] == "gdp_growth" and r["region"] == "南阳市")
    assert (nanyang["target"], nanyang["target_value"], nanyang["aim"]) == (AIMED, "8", "9")
    compared = json.loads(jfq("compare", "河南省:2023", "南阳市:2023", "-f", "json").stdout)
    row_json = next(r for r in compared["rows"] if r["key"] == "gdp_growth")
    assert (row_json["b"]["aim"], row_json["b_display"]) == (9, AIMED)


# -- three sides or more: each side's documents -------------------------------------------------


def test_a_lineup_csv_carries_each_sides_documents(jfq: Jfq) -> None:
    sides = ["全国:2023", "河南省:2023", "焦作市:2023"]
    rows = csv_rows(jfq("compare", *sides, "-f", "csv"))
    gdp = next(r for r in rows if r["key"] == "gdp_growth")
    # as two sides give a_doc beside a_quote: each side's document beside its quote
    assert [gdp[f"{side} doc"] for side in sides] == [
        "national-2023-scholarmate",
        "provinces-2023-chinanews",
        "cities-2023-henan\ncities-2023-17car",
    ]  # fmt: skip (焦作's 7% from two pages)
    assert gdp["焦作市:2023 quote"].startswith("单从GDP增长目标来看")
    assert list(rows[0]).index("全国:2023 doc") == list(rows[0]).index("全国:2023 quote") - 1


def test_the_ladder_csv_carries_every_document_of_a_figure(jfq: Jfq) -> None:
    # 焦作's 7% is quoted from two pages; the ladder's Src marks both, its CSV gave one
    rows = csv_rows(jfq("ladder", "--year", "2023", "-f", "csv"))
    jiaozuo = next(r for r in rows if r["key"] == "gdp_growth" and r["region"] == "焦作市")
    assert jiaozuo["target_doc"] == "cities-2023-henan\ncities-2023-17car"
    assert len(jiaozuo["target_quote"].split("\n")) == 2


# -- a side given twice --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sides",
    [["2022", "2022"], ["2022", "解放区:2022"], ["2022", "2023", "jiefangqu:2022"]],
)
def test_a_side_given_twice_is_refused(jfq: Jfq, sides: list[str]) -> None:
    run = jfq("compare", *sides, "-f", "csv")
    assert (run.code, run.stdout) == (2, "")
    assert run.stderr.startswith("jfq: 解放区:2022 is given twice: compare each side once\n")
