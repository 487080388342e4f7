"""Faults the adversarial reviews of stop 32's rules found, each reproduced by a test
before it was mended.  Every expected row is written by hand from the sentence in the test."""

from __future__ import annotations

from typing import Any

from jfq.authoring.extract import extract


def rows(text: str, year: int = 2024) -> list[tuple[Any, ...]]:
    draft = extract(text, region="某县", year=year)
    return [
        (r.kind, r.year, r.name, r.value, r.unit, r.comparator, r.measure) for r in draft.targets
    ]


def terms(text: str) -> list[str]:
    return [t.term for t in extract(text, region="某县", year=2024).terms]


# -- first review: years counted ----------------------------------------------------------------


def test_a_count_before_the_years_leaves_the_span_as_it_was() -> None:
    # spans._FIGURE_BEFORE: 在全省14个市州中,过去五年… made the five years' totals one year's
    text = "在全省14个市州中,过去五年我市新增城镇就业28万人,建成棚改安置房5万套。"
    assert [r[6] for r in rows(text, 2023)] == ["cumulative", "cumulative"]


def test_years_counted_mid_paragraph_are_the_sentences_own() -> None:
    # spans._OPENS_ON_YEARS with 累计|共: a 五年累计 sentence in a paragraph on 2016 made the
    # year's later growth rates five-year totals
    text = (
        "过去五年,全州经济社会发展取得显著成就。2016年,全州地区生产总值180.6亿元,"
        "比上年增长10.6%。五年累计实施重点项目1344个。社会消费品零售总额45.9亿元,增长10.6%。"
    )
    assert [(r[2], r[6]) for r in rows(text, 2017)][-2:] == [
        ("社会消费品零售总额", None), ("社会消费品零售总额", None)
    ]  # fmt: skip
    # and a sentence 五年共 opens counts its own clauses only
    text = "脱贫攻坚成果持续巩固,五年共投入衔接资金12亿元。农村居民人均可支配收入增长8.2%。"
    assert [r[6] for r in rows(text, 2017)] == ["cumulative", None]


def test_a_heading_of_new_ones_over_years_spans_nothing_under_it() -> None:
    # cues.SPAN with 新增: a subheading 五年新增就业12万人 made the year's figures totals
    text = (
        "民生保障\n五年新增就业12万人\n"
        "城镇新增就业2.5万人,城镇登记失业率3.2%。新建保障性住房3000套。"
    )
    assert [r[6] for r in rows(text)][1:] == [None, None, None]


def test_one_years_new_ones_are_no_total() -> None:
    # spans._YEARS_COUNTED with 新增: 一年新增市场主体1.5万户 was marked a total of years
    assert rows("去年,全县市场活力迸发,一年新增市场主体1.5万户。")[0][6] is None
