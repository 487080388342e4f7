"""Classes of fault found in stop 31, each reproduced by a test before it was mended.  Every
expected row is written by hand from the sentence in the test."""

from __future__ import annotations

from typing import Any

import pytest

from jfq.authoring.extract import extract
from jfq.authoring.extract.numerals import arabic
from jfq.authoring.extract.text import Text


def rows(text: str, year: int = 2024) -> list[tuple[Any, ...]]:
    draft = extract(text, region="某县", year=year)
    return [(r.kind, r.year, r.name, r.value, r.unit, r.comparator) for r in draft.targets]


def quotes(text: str, year: int = 2024) -> list[str]:
    return [r.text for r in extract(text, region="某县", year=year).targets]


def test_a_rate_in_chinese_numerals_is_a_figure() -> None:
    # 增長目標為百分之十六 gave no row: only Arabic digits were read (a Taiwan page of the
    # corpus, guowuyuan-2011-merittimes-trad, writes its targets so)
    assert rows("今年廣義貨幣增長目標為百分之十六。") == [
        ("target", 2024, "廣義貨幣", 16.0, "%", "exact")
    ]
    assert rows("今年人口自然增长率控制在千分之四点五以内。") == [
        ("target", 2024, "人口自然增长率", 4.5, "‰", "at_most")
    ]
    assert rows("今年地区生产总值增长百分之七点五左右。") == [
        ("target", 2024, "地区生产总值", 7.5, "%", "about")
    ]


def test_an_amount_in_chinese_numerals_keeps_its_unit_as_written() -> None:
    assert rows("去年,全区生产总值突破两千亿元,达到2086.9亿元。") == [
        ("actual", 2023, "生产总值", 2000.0, "亿元", "over"),
        ("actual", 2023, "生产总值", 2086.9, "亿元", "exact"),
    ]
    # a Hong Kong page's digits between the places: 9萬7千3百多億元 is 97300 億元, over
    assert rows("廣東省去年生產總值達到9萬7千3百多億元人民幣。")[0][3:] == (97300.0, "億元", "over")
    assert rows("去年全县居民人均可支配收入突破兩萬元。")[0][3:] == (2.0, "萬元", "over")


def test_a_quote_ends_after_the_numeral_as_written() -> None:
    # the normalised 16% stands for 百分之十六: a span that ends on it ends after 六
    text = Text("增長目標為百分之十六。")
    at = text.norm.index("%") + 1
    assert text.norm == "增长目标为16%。"
    assert text.cut(0, at) == "增長目標為百分之十六"
    assert quotes("今年廣義貨幣增長目標為百分之十六。") == ["廣義貨幣增長目標為百分之十六"]


@pytest.mark.parametrize(
    "text",
    [
        "一是稳增长,二是调结构,全面推进城乡二元结构改革。",
        "去年,全区生产总值突破千亿元大关。",  # a magnitude with no digit: a milestone's words
        "今年,全县实行一人一策帮扶,编制第十四个五年规划。",
        "三千多位代表出席会议,统一元旦假期安排。",
    ],
)
def test_numeral_words_that_state_no_figure_stay_words(text: str) -> None:
    assert rows(text) == []
    assert not any(char.isdigit() for char in Text(text).norm)


def test_a_numeral_is_counted_in_its_units_magnitude() -> None:
    assert arabic("两千") == "2000"
    assert arabic("一百零五") == "105"
    assert arabic("十二") == "12"
    assert arabic("四点五") == "4.5"
    assert arabic("9萬7千3百", "億") == "97300"
    assert arabic("一亿二千", "万") == "12000"  # 一亿二千万元 is 12000 万元
    assert Text("二〇三五年远景目标").norm == "2035年远景目标"


def test_the_object_of_ba_is_the_name() -> None:
    # 政府將努力把通膨水平控制在百分之四以內 was named 政府將努力把通膨水平
    assert [r[2] for r in rows("今年政府将努力把通胀水平控制在4%以内。")] == ["通胀水平"]
    assert [r[2] for r in rows("今年要把城镇登记失业率控制在4.5%以内。")] == ["城镇登记失业率"]
