"""Stop 52: what the unseen batches 400-407 found, each fault reproduced by a test that fails
on the commit before its mend (the tests named as guards hold before and after)."""

from __future__ import annotations

from extract_rows import fields


def test_the_months_review_goes_on_in_its_paragraph() -> None:
    # 西平 2015 (batch 401), a half-year report: after 今年上半年,预计全县完成…, the next
    # sentence of the paragraph (城镇居民人均可支配收入9467元,同比增长8.5%), which names no
    # months, was drafted as the year's targets.
    text = (
        "今年以来,全县保持了经济持续较快发展的良好态势。今年上半年,预计全县完成生产总值76.7亿元,"
        "同比增长7.5%。城镇居民人均可支配收入9467元,同比增长8.5%。主要表现在以下五个方面:\n"
        "(一)招商引资项目建设扎实推进。上半年,全县共新引进招商引资项目43个。"
        "开工亿元以上项目10个,总投资62.16亿元。\n"
    )
    assert fields(text, 2015, "kind", "year", "name", "value") == [
        ("actual", 2015, "生产总值", 76.7),
        ("actual", 2015, "生产总值", 7.5),
        ("actual", 2015, "城镇居民人均可支配收入", 9467),
        ("actual", 2015, "城镇居民人均可支配收入", 8.5),
        ("actual", 2015, "新引进招商引资项目", 43),
        ("actual", 2015, "开工亿元以上项目", 10),
        ("actual", 2015, "开工亿元以上项目总投资", 62.16),
    ]
    # (the guard: a plan's sentence after the months is the year's: 下半年…力争…)
    text = "今年上半年,全县完成生产总值76.7亿元,同比增长7.5%。全年力争实现生产总值增长8%。\n"
    assert fields(text, 2015, "kind", "year", "name", "value") == [
        ("target", 2015, "生产总值", 8),
        ("actual", 2015, "生产总值", 76.7),
        ("actual", 2015, "生产总值", 7.5),
    ]
