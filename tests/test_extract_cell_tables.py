"""Tables of targets and outcomes set one cell to a line (cell_tables.py): a plan report's
"2017年目标 / 2017年实绩" table as a converted page keeps it.  The expected rows are written
by hand from the tables in each test (长兴县 2017, batch 218; 桐乡市 2024 in the corpus)."""

from __future__ import annotations

from extract_rows import rows

CHANGXING = """一、2017年国民经济和社会发展计划执行情况
2017年计划执行总体顺利。具体完成情况详见下表:

2017年国民经济和社会发展主要目标完成情况

序号

指标名称

2017年目标

2017年实绩

完成情况评价

比上年增长(%)

总量

比上年增长(%)

1

地区生产总值△

8

553.2亿元

8.1

超额完成

2

财政总收入

7

87.0亿元

10.1

超额完成
"""


def test_a_table_of_targets_and_outcomes_one_cell_to_a_line() -> None:
    # before cell_tables.py: no row at all (no sentence holds a name and its figures)
    assert rows(CHANGXING, 2018) == [
        ("target", 2017, "地区生产总值", 8, "%", "exact"),
        ("actual", 2017, "地区生产总值", 553.2, "亿元", "exact"),
        ("actual", 2017, "地区生产总值", 8.1, "%", "exact"),
        ("target", 2017, "财政总收入", 7, "%", "exact"),
        ("actual", 2017, "财政总收入", 87, "亿元", "exact"),
        ("actual", 2017, "财政总收入", 10.1, "%", "exact"),
    ]


TONGXIANG = """1:2024年桐乡市国民经济和社会发展主要指标完成情况

指标名称

预期目标

实际完成

备注

一、综合发展

1.地区生产总值

增长6.5%左右

增长4.8%

1347.1亿元

2.一般公共预算收入

增长5%

下降4.6%

102.1亿元
"""


def test_values_that_say_their_own_change_and_a_remark_with_the_years_total() -> None:
    # the header names no year: the targets and outcomes are the year reviewed's; a cell
    # says its change (增长6.5%左右: about; 下降4.6%: a fall), and the remark holds the total
    assert rows(TONGXIANG, 2025) == [
        ("target", 2024, "地区生产总值", 6.5, "%", "about"),
        ("actual", 2024, "地区生产总值", 4.8, "%", "exact"),
        ("actual", 2024, "地区生产总值", 1347.1, "亿元", "exact"),
        ("target", 2024, "一般公共预算收入", 5, "%", "exact"),
        ("actual", 2024, "一般公共预算收入", 4.6, "%", "exact"),
        ("actual", 2024, "一般公共预算收入", 102.1, "亿元", "exact"),
    ]


def test_a_header_without_an_outcome_column_opens_no_table() -> None:
    # a list of indicators with their targets only is the targets block's to read
    text = "指标名称\n\n2025年目标\n\n地区生产总值\n\n6\n\n财政总收入\n\n5\n"
    assert [r for r in rows(text, 2025) if r[0] == "actual"] == []
    # and a line 项目 in prose is no header
    text = "项目\n过去一年,全区地区生产总值增长6.1%。"
    assert rows(text, 2025) == [("actual", 2024, "地区生产总值", 6.1, "%", "exact")]
