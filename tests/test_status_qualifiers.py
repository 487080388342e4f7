"""Whether a target was met, for every qualifier at its boundary, as the README reads them:
左右 about (≈), 以上 at least (≥), 以内 at most (≤), 近 nearly (≲: below it, by an amount
unsaid), 余/多/突破/超过 over (>: above it, by an amount unsaid).

Stop 43's fault hunt: 城镇新增就业超过5000人 was "met" by 5000人 (a figure that is not over
5000), and 地区生产总值增长近7% "not met" by 6.9%, although "nearly 7" leaves unsaid how far
below 7 the target lies.  Where the words leave it open, the status says so: unrated.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import copy_data, run_jfq

from jfq.data.model import Source, Target
from jfq.targets.status import status


def figure(value: float, comparator: str = "exact", *, kind: str = "actual", **kw: Any) -> Target:
    fields: dict[str, Any] = {
        "region": "解放区", "year": 2032, "kind": kind, "tier": "headline",
        "key": "new_urban_jobs", "name": "城镇新增就业", "en": "New urban jobs",
        "value": value, "unit": "人", "comparator": comparator, "text": "t",
        "sources": [Source(doc="004", quote="t")],
    }  # fmt: skip
    fields.update(kw)
    return Target(**fields)


def goal(value: float, comparator: str = "exact", **kw: Any) -> Target:
    return figure(value, comparator, kind="target", **kw)


CPI = {"key": "cpi_growth", "unit": "%"}  # a rate held down: a ceiling whatever its words
CUT = {"direction": "down", "unit": "%"}  # 下降3%: met by a fall as deep


@pytest.mark.parametrize(
    ("target", "results"),
    [
        # a plain figure, about, at least: met from the figure on, "about 8%" not by 7.9%
        (goal(5000), {4999: "not met", 5000: "met", 5001: "met"}),
        (goal(5000, "about"), {4999: "not met", 5000: "met", 5001: "met"}),
        (goal(5000, "at_least"), {4999: "not met", 5000: "met", 5001: "met"}),
        # over 5000 (超过5000人): 5000 is not over it
        (goal(5000, "over"), {4999: "not met", 5000: "not met", 5001: "met"}),
        # nearly 7 (近7%): somewhere below 7, how far unsaid; 7 or more reaches it wherever
        # it lies, 6.9 may or may not
        (goal(7, "nearly", unit="%"), {6.9: "unrated", 7: "met", 7.1: "met"}),
        # at most 3 (3%以内): met up to 3
        (goal(3, "at_most", unit="%"), {2.9: "met", 3: "met", 3.1: "not met"}),
        # a range is reached at its lower end
        (goal(6, "range", unit="%", value_max=6.5), {5.9: "not met", 6: "met", 6.6: "met"}),
        # ceilings: about 3, 2-3 (its upper end), nearly 3 (below 3, how far unsaid), over 3
        (goal(3, "about", **CPI), {2.9: "met", 3: "met", 3.1: "not met"}),
        (goal(2, "range", value_max=3, **CPI), {2.5: "met", 3: "met", 3.1: "not met"}),
        (goal(3, "nearly", **CPI), {2.9: "unrated", 3: "not met", 3.1: "not met"}),
        (goal(3, "over", **CPI), {2.9: "met", 3: "met", 3.1: "unrated"}),
    ],
)  # fmt: skip
def test_every_qualifier_of_a_target_at_its_boundary(
    target: Target, results: dict[float, str]
) -> None:
    unit = target.unit
    got = {value: status(target, figure(value, unit=unit, key=target.key)) for value in results}
    assert got == results


@pytest.mark.parametrize(
    ("target", "depths"),
    [
        # a cut, read as the depth of the fall: the same rules
        (goal(3, "over", **CUT), {3: "not met", 3.5: "met"}),  # 下降超过3%
        (goal(3, "nearly", **CUT), {2.9: "unrated", 3: "met"}),  # 下降近3%
        (goal(3, "at_least", **CUT), {2.9: "not met", 3: "met"}),  # 下降3%以上
    ],
)
def test_a_cut_is_judged_by_the_depth_of_the_fall(target: Target, depths: dict[float, str]) -> None:
    got = {depth: status(target, figure(depth, direction="down", unit="%")) for depth in depths}
    assert got == depths


@pytest.mark.parametrize(
    ("target", "result", "expected"),
    [
        # a result stated with a qualifier, at the target's figure: 5000余人 is over 5000,
        # 近5000人 below it, 5000人以上 5000 or more
        (goal(5000, "over"), figure(5000, "over"), "met"),
        (goal(5000, "over"), figure(5000, "at_least"), "unrated"),  # 5000 itself, or more
        (goal(5000, "over"), figure(5000, "nearly"), "not met"),
        (goal(5000), figure(5000, "nearly"), "not met"),  # below 5000, however near
        (goal(5000), figure(5000, "over"), "met"),
        (goal(5000, "at_most"), figure(5000, "nearly"), "met"),
        (goal(5000, "at_most"), figure(5000, "over"), "not met"),
        (goal(5000, "at_most"), figure(5000, "at_least"), "unrated"),
        (goal(7, "nearly"), figure(7, "nearly"), "unrated"),
        (goal(7, "nearly"), figure(7, "at_least"), "met"),
    ],
)
def test_a_result_with_a_qualifier_at_the_boundary(
    target: Target, result: Target, expected: str
) -> None:
    assert status(target, result) == expected


def _add_rows(data: Path, rows: list[dict[str, Any]]) -> None:
    path = data / "targets.yaml"
    table = yaml.safe_load(path.read_text(encoding="utf-8"))
    table["targets"] += rows
    path.write_text(yaml.safe_dump(table, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_the_table_of_the_fault_hunt_counts_over_5000_not_met_by_5000(tmp_path: Path) -> None:
    # the tester's 2032 report: 城镇新增就业超过5000人 …, its results in the 2033 report
    data = copy_data(tmp_path / "data")
    quote = {"doc": "004_bddc84386e9e697e", "quote": "地区生产总值"}
    rows = [
        {"region": "解放区", "year": 2032, "kind": kind, "tier": "headline", "key": key,
         "name": name, "en": en, "value": value, "unit": unit, "comparator": comparator,
         "text": text, "sources": [dict(quote)]}
        for key, name, en, unit, value, kinds in (
            ("new_urban_jobs", "城镇新增就业", "New urban jobs", "人", 5000,
             (("over", "超过5000人"), ("exact", "5000人"))),
            ("gdp_growth", "地区生产总值", "GDP growth", "%", 7,
             (("nearly", "增长近7%"), ("exact", "增长6.9%"))),
        )
        for kind, (comparator, text) in zip(("target", "actual"), kinds, strict=True)
    ]  # fmt: skip
    rows[3]["value"] = 6.9
    _add_rows(data, rows)
    run = run_jfq("targets", "--year", "2032", "--data-dir", str(data), "--lang", "en")
    assert run.code == 0, run.stderr
    assert "met 0, not met 1, no data 0, unrated 1" in run.stdout
