"""A fall (下降7%: value 7, direction down) is a negative change everywhere a figure is
judged, compared or ranked, and is shown as one.  Found by stop 42's fault hunt: a district
whose GDP fell 7% was shown as 7% and marked "met" against a 6% growth target."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import copy_data, run_jfq

from jfq.data.model import Source, Target, signed
from jfq.render.wording import in_words, value_phrase
from jfq.targets.compare import change_of
from jfq.targets.status import status


def row(value: float | None, comparator: str = "exact", **kw: Any) -> Target:
    fields: dict[str, Any] = {
        "region": "解放区", "year": 2024, "kind": "actual", "tier": "headline",
        "key": "gdp_growth", "name": "地区生产总值", "en": "GDP growth", "value": value,
        "unit": "%", "comparator": comparator, "text": "t",
        "sources": [Source(doc="004", quote="t")],
    }  # fmt: skip
    fields.update(kw)
    return Target(**fields)


def fall(value: float, comparator: str = "exact", **kw: Any) -> Target:
    return row(value, comparator, direction="down", **kw)


def test_a_fall_does_not_meet_a_growth_target() -> None:
    growth_target = row(6, "about", kind="target")
    assert status(growth_target, fall(7)) == "not met"
    assert status(row(5, "at_least", kind="target"), fall(6)) == "not met"
    assert status(growth_target, row(7)) == "met"  # (a rise of 7% still meets it)


def test_a_target_to_cut_is_met_by_a_fall_as_deep_and_not_by_a_rise() -> None:
    cut = fall(3, "about", kind="target", key="energy_intensity", name="单位生产总值能耗")
    assert status(cut, fall(3.5, key="energy_intensity")) == "met"
    assert status(cut, fall(2, key="energy_intensity")) == "not met"
    assert status(cut, row(1, key="energy_intensity")) == "not met"


def test_a_ceiling_is_kept_by_a_fall() -> None:
    ceiling = row(3, "about", kind="target", key="cpi_growth", name="居民消费价格")
    assert status(ceiling, fall(0.3, key="cpi_growth")) == "met"


def test_signed_values_flip_a_falls_range() -> None:
    assert signed(fall(7)) == (-7, None)
    assert signed(fall(2, "range", value_max=3)) == (-3, -2)
    assert signed(row(2, "range", value_max=3)) == (2, 3)
    assert signed(row(None, "qualitative")) == (None, None)


@pytest.mark.parametrize(
    ("figure", "phrase", "words"),
    [
        (fall(7), "−7%", "a fall of 7%"),
        (fall(3, "about"), "≈−3%", "a fall of about 3%"),
        (fall(5, "at_least"), "≤−5%", "a fall of at least 5%"),  # 下降5%以上: −5 or lower
        (fall(2, "range", value_max=3), "−3–−2%", "a fall of 2–3%"),
        (fall(9000, "over", unit="万元"), "<−9000万元", "a fall of over 9000万元"),
        (fall(3, aim=4), "−3% (→−4%)", "a fall of 3% (→4%)"),  # 下降3%、力争下降4%
    ],
)
def test_a_fall_is_shown_as_one(figure: Target, phrase: str, words: str) -> None:
    assert value_phrase(figure) == phrase
    assert in_words(figure) == words


def test_a_change_between_a_rise_and_a_fall_counts_the_fall_as_negative() -> None:
    # ≥11% then 下降3%: −14 pp, not −8
    change = change_of(row(11, "at_least", kind="target"), fall(3, kind="target"))
    assert change.delta == -14


def test_a_fall_merged_from_a_report_is_shown_and_judged_as_one(tmp_path: Path) -> None:
    # the fault hunt's steps: two reports extracted and merged, then the year's table
    data = copy_data(tmp_path / "data")
    reports = {
        2024: "2024年全区主要预期目标是:地区生产总值增长6%,固定资产投资增长5%以上。\n",
        2025: "2024年,全区地区生产总值同比下降7%,固定资产投资同比下降6%。\n"
        "2025年全区经济社会发展的主要预期目标是:地区生产总值增长6%。\n",
    }
    for year, text in reports.items():
        report, draft = tmp_path / f"r{year}.txt", tmp_path / f"d{year}.yaml"
        report.write_text(text, encoding="utf-8")
        extracted = run_jfq("extract", str(report), "-r", "解放区", "-y", str(year))
        draft.write_text(extracted.stdout, encoding="utf-8")
        assert run_jfq("merge", str(draft), "--data-dir", str(data)).code == 0
    shown = run_jfq("targets", "--year", "2024", "--data-dir", str(data), "-f", "csv")
    assert shown.code == 0
    lines = [line for line in shown.stdout.splitlines() if ",gdp_growth," in line
             or ",fixed_asset_investment_growth," in line]  # fmt: skip
    assert len(lines) == 2
    assert all(",−7%,not met," in line or ",−6%,not met," in line for line in lines), lines
