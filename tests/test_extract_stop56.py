"""Stop 56: what the unseen batches 511 and later found, each fault reproduced by a test that
fails on the commit before its mend (the tests named as guards hold before and after)."""

from __future__ import annotations

from extract_rows import fields


def test_the_main_indicators_as_a_sentences_subject_open_no_targets() -> None:
    # 宿迁 2013 (batch 512): 过去的一年,…主要指标再上新台阶,预计实现地区生产总值1705亿元 was
    # drafted as the next year's targets: 主要指标 read as the cue of a list
    text = (
        "过去的一年,经济社会实现了平稳健康发展。主要指标再上新台阶,"
        "预计实现地区生产总值1705亿元、增长12.5%,财政总收入381.9亿元、增长14.6%。"
    )
    assert fields(text, 2014, "kind", "year", "name", "value") == [
        ("actual", 2013, "地区生产总值", 1705),
        ("actual", 2013, "地区生产总值", 12.5),
        ("actual", 2013, "财政总收入", 381.9),
        ("actual", 2013, "财政总收入", 14.6),
    ]


def test_the_main_indicators_that_open_a_list_still_do() -> None:
    # the guard: 主要指标安排如下: and 主要指标, with the list after them
    for cue in ("今年主要指标安排如下:", "今年主要指标是:", "今年主要指标,"):
        text = f"{cue}地区生产总值增长6%左右,一般公共预算收入增长5%。"
        assert fields(text, 2024, "kind", "name", "value") == [
            ("target", "地区生产总值", 6),
            ("target", "一般公共预算收入", 5),
        ], cue


def test_a_months_page_s_later_paragraphs_are_of_the_year_it_named_first() -> None:
    # 广东 2019年1-10月 (batch 515): the paragraphs after the first, 1-10月,全省…, named no year
    # and were dated the year before, as a report given in November says 1-10月 of the year
    # it reviews
    text = (
        "2019年1-10月,广东规模以上工业企业累计完成增加值26892.15亿元,同比增长4.3%。\n\n"
        "重工业贡献率超八成。1-10月,全省规模以上工业企业中重工业实现增加值18108.35亿元,"
        "同比增长5.4%。"
    )
    assert fields(text, 2019, "year", "value") == [
        (2019, 26892.15),
        (2019, 4.3),
        (2019, 18108.35),
        (2019, 5.4),
    ]


def test_months_named_alone_are_still_the_year_reviewed_s() -> None:
    # the guard: a report given in December 2019 (read as 2020's) says 1-10月 of 2019
    text = (
        "一、2019年工作回顾\n1-10月,全市规模以上工业增加值增长5.4%。\n"
        "二、2020年工作安排\n2020年主要预期目标:地区生产总值增长6%左右。"
    )
    assert fields(text, 2020, "kind", "year", "value") == [
        ("target", 2020, 6),
        ("actual", 2019, 5.4),
    ]
