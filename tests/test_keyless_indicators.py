"""Rows merged without a key (extract drafts one only for the indicators it knows) are
found by their name, as Target.indicator says, in trend, its list and search.

Before: `jfq trend` listing them failed with an internal error (exit 70), `jfq trend
茶叶产量` showed the figures of the region's first row whatever its name (花卉种植面积's 6%
as 茶叶产量's), and search pointed at `jfq trend 长 ·  · ` with no region and no year."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from conftest import Run, run_jfq

Jfq = Callable[..., Run]

REPORT = (
    "示例县2024年政府工作报告\n\n今年的主要预期目标是:花卉种植面积增长6%左右,茶叶产量增长9%以上。\n"
)


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("keyless")
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    run = run_jfq("extract", str(folder / "report.txt"), "--region", "示例县", "--year", "2024")
    draft = yaml.safe_load(run.stdout)
    assert [(t["name"], t.get("key")) for t in draft["targets"]] == [
        ("花卉种植面积", None), ("茶叶产量", None)]  # fmt: skip
    draft["regions"][0]["en"] = "Shili County"
    (folder / "draft.yaml").write_text(yaml.safe_dump(draft, allow_unicode=True), "utf-8")
    (folder / "data").mkdir()
    merged = run_jfq("merge", str(folder / "draft.yaml"), "--data-dir", str(folder / "data"))
    assert merged.code == 0, merged.stderr
    return folder / "data"


def test_trend_of_a_name_shows_that_rows_figures(jfq: Jfq, data: Path) -> None:
    run = jfq("trend", "茶叶产量", "--data-dir", str(data), "-f", "json")
    assert run.code == 0, run.stderr
    trend = json.loads(run.stdout)
    assert trend["name"] == "茶叶产量"
    assert [p["target"]["value"] for p in trend["points"]] == [9]


def test_trend_lists_rows_without_a_key_by_name(jfq: Jfq, data: Path) -> None:
    run = jfq("trend", "--data-dir", str(data), "-f", "csv")
    assert run.code == 0, run.stderr
    assert run.stdout.splitlines()[1:] == [
        "花卉种植面积,花卉种植面积,(to translate) 花卉种植面积,示例县,2024",
        "茶叶产量,茶叶产量,(to translate) 茶叶产量,示例县,2024",
    ]
    text = jfq("trend", "--data-dir", str(data))
    assert text.code == 0 and text.stdout.count("茶叶产量") == 2  # name and English, once each


def test_search_says_where_a_row_without_a_key_is(jfq: Jfq, data: Path) -> None:
    run = jfq("search", "茶叶", "--data-dir", str(data), "-f", "json")
    hits = json.loads(run.stdout)  # 花卉种植面积 too: its quote says 茶叶
    assert [(h["key"], h["regions"], h["years"]) for h in hits] == [
        ("茶叶产量", ["示例县"], [2024]), ("花卉种植面积", ["示例县"], [2024])]  # fmt: skip
