"""Stop 54: what the unseen batches 450 and later found, and the misses left from stop 53's,
each fault reproduced by a test that fails on the commit before its mend (the tests named as
guards hold before and after)."""

from __future__ import annotations

from extract_rows import fields


def test_a_count_of_the_indicators_a_plan_sets_is_no_target() -> None:
    # 国务院 2026 (batch 434), the 十五五 outline: 围绕增长、结构、效率提出3项指标 was drafted
    # as a target 围绕增长指标 = 3项; a plan's count of its indicators is no target of its own.
    text = (
        "2026年主要预期目标：围绕增长、结构、效率提出3项指标，地区生产总值增长5%左右；"
        "7项约束性指标全部完成。\n"
    )
    assert fields(text, 2026, "kind", "name", "value", "unit") == [
        ("target", "地区生产总值", 5, "%"),
    ]
    # (the guard: a review's count of them is a result, as the corpus reads it)
    text = "过去一年，全县7项约束性指标全部完成，地区生产总值增长6.1%。\n"
    assert fields(text, 2026, "kind", "name", "value", "unit") == [
        ("actual", "约束性指标", 7, "项"),
        ("actual", "地区生产总值", 6.1, "%"),
    ]
