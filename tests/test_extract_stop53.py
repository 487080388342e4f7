"""Stop 53: what the unseen batches 414-417 and later ones found, each fault reproduced by a
test that fails on the commit before its mend (the tests named as guards hold before and
after)."""

from __future__ import annotations

from extract_rows import fields


def test_an_earlier_year_before_the_sentence_that_dates_the_months() -> None:
    # 泰安 2013 (batch 414), a half-year news summary: the paragraph states 2012's results,
    # then 今年以来…,1—6月实现生产总值1345.9亿元; the months' figures were drafted as 2012's, as
    # the paragraph had named an earlier year.
    text = (
        "2012年全市实现生产总值2547亿元,比上年增长10.7%。"
        "今年以来继续保持良好发展态势,1—6月实现生产总值1345.9亿元,同比增长10.5%;"
        "完成公共财政预算收入107.1亿元,增长0.9%。\n"
    )
    assert fields(text, 2013, "year", "name", "value") == [
        (2012, "生产总值", 2547),
        (2012, "生产总值", 10.7),
        (2013, "生产总值", 1345.9),
        (2013, "生产总值", 10.5),
        (2013, "公共财政预算收入", 107.1),
        (2013, "公共财政预算收入", 0.9),
    ]
    # (the guard: an earlier year in the sentence after them is its months': 2012年,…,上半年…)
    text = (
        "今年1—6月,全市实现生产总值1345.9亿元,同比增长10.5%。\n"
        "2012年,全市实现生产总值2547亿元,上半年固定资产投资增长20%。\n"
    )
    assert fields(text, 2013, "year", "name", "value") == [
        (2013, "生产总值", 1345.9),
        (2013, "生产总值", 10.5),
        (2012, "生产总值", 2547),
        (2012, "上半年固定资产投资", 20),
    ]


def test_a_sentence_with_figures_that_opens_on_the_midyear() -> None:
    # 烟台 2017 (batch 414), a half-year report of the year's work: 1-6月份,全市生产总值预计增长
    # 8%左右,… opens a sentence on the months, with figures; in a text that sets no targets
    # and names no earlier year, its figures were drafted as 2016's.
    text = (
        "根据烟政发〔2017〕3号文件部署,市政府办公室对1-6月份《政府工作报告》重点工作进展情况"
        "进行了调度督查。1-6月份,全市生产总值预计增长8%左右,一般公共预算收入增长6.1%,"
        "固定资产投资增长11.8%。\n"
    )
    assert fields(text, 2017, "kind", "year", "name", "value") == [
        ("actual", 2017, "生产总值", 8),
        ("actual", 2017, "一般公共预算收入", 6.1),
        ("actual", 2017, "固定资产投资", 11.8),
    ]
    # (the guards: after an earlier year, or in a text that sets the year's targets, the
    # months are the year reviewed's)
    text = "2016年全市经济平稳。1-6月份,全市生产总值增长8%。\n"
    assert fields(text, 2017, "year", "name", "value") == [(2016, "生产总值", 8)]
    # (a title's 下半年 plans nothing: after it the months still open a sentence, 灵秀 2023)
    text = (
        "会议听取灵秀镇2023年上半年财政预算执行情况和下半年财政预算报告。\n"
        "上半年,全镇完成规模以上工业总产值61.5亿元,限额以上商品销售额639.1亿元。\n"
    )
    assert fields(text, 2023, "kind", "year", "name", "value") == [
        ("actual", 2023, "规模以上工业总产值", 61.5),
        ("actual", 2023, "限额以上商品销售额", 639.1),
    ]
