"""Classes of fault found in stop 36's unseen batches (189-196), each reproduced by a test
before it was mended.  Every expected row is written by hand from the sentence in the
test."""

from __future__ import annotations

from typing import Any

from jfq.authoring.extract import extract


def rows(text: str, year: int = 2025) -> list[tuple[Any, ...]]:
    draft = extract(text, region="某县", year=year)
    return [(r.kind, r.year, r.name, r.value, r.unit, r.comparator) for r in draft.targets]


def test_a_qualifier_inside_a_run_of_values_is_its_own_values() -> None:
    # (北京市 2016, batch 193) 分别下降3.5%、3%左右和4%: 左右 was given to all three
    text = "主要预期目标是:能耗、水耗和二氧化碳排放分别下降3.5%、3%左右和4%。"
    assert [row[-1] for row in rows(text, 2016)] == ["exact", "about", "exact"]
    # 左右 after the first value only is the first's: 7%左右、8%
    text = "主要预期目标是:城镇和农村居民人均可支配收入分别增长7%左右、8%。"
    assert [row[-1] for row in rows(text, 2016)] == ["about", "exact"]
    # after the last, the run's: 7%、8%左右; before the first, the run's: 不少于A和B
    text = "主要预期目标是:城镇和农村居民人均可支配收入分别增长7%、8%左右。"
    assert [row[-1] for row in rows(text, 2016)] == ["about", "about"]
    text = "主要预期目标是:出口和进口分别不少于3850万美元和4000万美元。"
    assert [row[-1] for row in rows(text, 2016)] == ["at_least", "at_least"]


def test_a_starting_year_dates_only_the_level_it_starts_from() -> None:
    # (重庆市 2023, batch 193) 从2017年的2.01万亿元增加到2.9万亿元以上、年均增长5.3%左右:
    # 左右 made the sentence look ahead, and 2017 dated all three figures
    text = "全市地区生产总值从2017年的2.01万亿元增加到2.9万亿元、年均增长5.3%左右。"
    found = rows(text, 2023)
    assert found[:2] == [
        ("actual", 2017, "地区生产总值", 2.01, "万亿元", "exact"),
        ("actual", 2022, "地区生产总值", 2.9, "万亿元", "exact"),
    ]
    assert found[2][:2] == ("actual", 2022)


def test_what_a_target_leaves_room_for_is_no_target() -> None:
    # (河北省 2018, batch 193) …增长6.5%左右,既与“十三五”规划目标相衔接,又为调整优化经济结构、
    # 实现高质量发展留出空间: 又为调整 was drafted as a qualitative target
    text = (
        "2018年全省生产总值增长6.5%左右,既与“十三五”规划目标相衔接,"
        "又为调整优化经济结构、实现高质量发展留出空间。"
    )
    assert rows(text, 2018) == [("target", 2018, "生产总值", 6.5, "%", "about")]
