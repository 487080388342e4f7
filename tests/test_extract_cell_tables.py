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


def _cells(*cells: str) -> str:
    """A table as a converted page keeps it: one cell to a line, a blank line between."""
    return "\n\n".join(cells) + "\n"


# Faults an adversarial review of cell_tables.py found, each reproduced before it was mended:
# value cells with no digit were read as row names, and cells matched to columns by guessing.


def test_an_attribute_column_and_a_unit_column_take_their_places() -> None:
    text = _cells("序号", "指标名称", "指标属性", "2024年目标", "2024年完成",
                  "1", "地区生产总值", "预期性", "增长6%左右", "增长5.2%",
                  "2", "单位地区生产总值能耗", "约束性", "下降3%", "下降3.4%")  # fmt: skip
    assert [r[2:] for r in rows(text, 2025)] == [
        ("地区生产总值", 6, "%", "about"),
        ("地区生产总值", 5.2, "%", "exact"),
        ("单位地区生产总值能耗", 3, "%", "exact"),
        ("单位地区生产总值能耗", 3.4, "%", "exact"),
    ]
    # a bare number takes its row's unit; 2024年完成 and 2025年目标 date their columns
    text = _cells("序号", "指标名称", "单位", "2024年完成", "2025年目标",
                  "1", "地区生产总值", "亿元", "512.6", "540左右")  # fmt: skip
    assert rows(text, 2025) == [
        ("actual", 2024, "地区生产总值", 512.6, "亿元", "exact"),
        ("target", 2025, "地区生产总值", 540, "亿元", "about"),
    ]


def test_a_dash_keeps_its_place_and_a_base_years_column_is_no_target() -> None:
    text = _cells("序号", "指标名称", "2024年目标", "2024年完成", "2025年目标",
                  "1", "数字经济核心产业增加值", "—", "增长8.2%", "增长9%")  # fmt: skip
    assert rows(text, 2025) == [
        ("actual", 2024, "数字经济核心产业增加值", 8.2, "%", "exact"),
        ("target", 2025, "数字经济核心产业增加值", 9, "%", "exact"),
    ]
    text = _cells("序号", "指标名称", "2023年", "2024年目标", "2024年实际",
                  "1", "地区生产总值", "480.2亿元", "510亿元", "506.3亿元")  # fmt: skip
    assert rows(text, 2025) == [
        ("target", 2024, "地区生产总值", 510, "亿元", "exact"),
        ("actual", 2024, "地区生产总值", 506.3, "亿元", "exact"),
    ]


def test_a_rate_of_the_plan_and_relative_years() -> None:
    # 完成计划(%) is no outcome; 上年完成 and 今年目标 are the year before's and this year's
    text = _cells("序号", "指标名称", "年度计划", "1-12月完成", "完成计划(%)",
                  "1", "固定资产投资", "120亿元", "126.5亿元", "105.4")  # fmt: skip
    assert [r[:4] for r in rows(text, 2025)] == [
        ("target", 2024, "固定资产投资", 120),
        ("actual", 2024, "固定资产投资", 126.5),
    ]
    text = _cells("序号", "指标名称", "上年完成", "今年目标",
                  "1", "地区生产总值", "增长5.2%", "增长6%左右")  # fmt: skip
    assert [r[:4] for r in rows(text, 2025)] == [
        ("actual", 2024, "地区生产总值", 5.2),
        ("target", 2025, "地区生产总值", 6),
    ]


def test_the_table_ends_where_a_list_begins() -> None:
    # the list after the table was taken into its last row and drafted nothing
    text = _cells("序号", "指标名称", "2024年目标", "2024年完成",
                  "1", "地区生产总值", "增长6%左右", "增长5.2%",
                  "二、2024年重点工作完成情况", "1.新增规上工业企业35家;",
                  "2.新开工亿元以上项目42个。")  # fmt: skip
    assert [r[2:4] for r in rows(text, 2025)] == [
        ("地区生产总值", 6),
        ("地区生产总值", 5.2),
        ("新增规上工业企业", 35),
        ("新开工亿元以上项目", 42),
    ]


def test_numbered_names_a_unit_in_a_name_and_no_table_of_projects() -> None:
    # rows with no 序号, named 1.…, 2.PM2.5平均浓度 (a digit in the name), an empty remark
    text = _cells("指标名称", "预期目标", "实际完成", "备注", "一、生态环境",
                  "1.空气质量优良天数比例", "85%以上", "88.2%",
                  "2.PM2.5平均浓度", "35微克/立方米以下", "29微克/立方米")  # fmt: skip
    assert [r[2:] for r in rows(text, 2025)] == [
        ("空气质量优良天数比例", 85, "%", "at_least"),
        ("空气质量优良天数比例", 88.2, "%", "exact"),
        ("PM2.5平均浓度", 35, "微克/立方米", "at_most"),
        ("PM2.5平均浓度", 29, "微克/立方米", "exact"),
    ]
    # a unit in brackets after the name (地区生产总值增长(%)) is the row's, no part of it
    text = _cells("序号", "指标名称", "2024年完成", "2025年目标",
                  "1", "地区生产总值增长(%)", "5.2", "6左右")  # fmt: skip
    assert [r[2:] for r in rows(text, 2025)] == [
        ("地区生产总值", 5.2, "%", "exact"),
        ("地区生产总值", 6, "%", "about"),
    ]
    # a table of projects (项目名称 | 总投资 | 完成投资) is no table of indicators
    text = _cells("序号", "项目名称", "总投资", "年度计划投资", "完成投资",
                  "1", "城东污水处理厂二期", "3.2亿元", "1.5亿元", "1.6亿元")  # fmt: skip
    assert [r for r in rows(text, 2025) if r[0] == "target"] == []


# A second review's faults, each reproduced before it was mended.


def test_a_sub_column_between_groups_is_the_group_befores() -> None:
    # 增长(%) after 2024年预计完成 is the outcome's growth, not the target's (…540 as %)
    text = _cells("序号", "指标名称", "单位", "2024年预计完成", "增长(%)", "2025年目标", "增长(%)",
                  "1", "地区生产总值", "亿元", "512.6", "5.2", "540", "6")  # fmt: skip
    assert rows(text, 2025) == [
        ("actual", 2024, "地区生产总值", 512.6, "亿元", "exact"),
        ("actual", 2024, "地区生产总值", 5.2, "%", "exact"),
        ("target", 2025, "地区生产总值", 540, "亿元", "exact"),
        ("target", 2025, "地区生产总值", 6, "%", "exact"),
    ]
    # and a growth after a rate of the plan is no target's (120 as %)
    text = _cells("序号", "指标名称", "单位", "2024年计划", "2024年完成", "完成计划(%)",
                  "比上年增长(%)", "1", "固定资产投资", "亿元", "120", "126.5", "105.4",
                  "8.2")  # fmt: skip
    assert [r[:5] for r in rows(text, 2025)] == [
        ("target", 2024, "固定资产投资", 120, "亿元"),
        ("actual", 2024, "固定资产投资", 126.5, "亿元"),
    ]


def test_a_digests_lines_are_no_header_and_a_cells_own_subject_stays() -> None:
    # 主要指标 over lines that state figures is no table's header: they are read as before
    text = "主要指标\n地区生产总值增长6.2%\n一般公共预算收入增长8.1%\n重点项目\n新开工项目45个\n"
    assert [r[2:4] for r in rows(text, 2025)] == [
        ("地区生产总值", 6.2),
        ("一般公共预算收入", 8.1),
        ("新开工项目", 45),
    ]
    # a remark that names its own figure (其中税收收入9.8亿元) keeps its name
    text = _cells("序号", "指标名称", "2024年目标", "2024年完成", "备注",
                  "1", "一般公共预算收入", "增长5%", "增长3.1%", "其中税收收入9.8亿元")  # fmt: skip
    assert rows(text, 2025)[-1] == ("actual", 2024, "税收收入", 9.8, "亿元", "exact")


def test_an_empty_cell_keeps_its_place_and_a_name_over_two_cells_is_no_row() -> None:
    # the page's longer run of line breaks is the empty target: 8.2 % is the outcome
    empty = "\n\n"  # (one more break between cells than the page puts there)
    text = _cells("序号", "指标名称", "2024年目标", "2024年完成", "备注",
                  "1", "数字经济核心产业增加值") + empty + _cells("增长8.2%", "65亿元")  # fmt: skip
    assert [r[:5] for r in rows(text, 2025)] == [
        ("actual", 2024, "数字经济核心产业增加值", 8.2, "%"),
        ("actual", 2024, "数字经济核心产业增加值", 65, "亿元"),
    ]
    # 规模以上工业 / 增加值 / 增长8% / 增长9.1%: not 8 % as 规模以上工业's outcome
    text = _cells("序号", "指标名称", "2024年目标", "2024年完成",
                  "1", "规模以上工业", "增加值", "增长8%", "增长9.1%")  # fmt: skip
    assert [r for r in rows(text, 2025) if r[2] == "规模以上工业"] == []


def test_a_bound_said_with_a_sign_and_a_bare_range() -> None:
    text = _cells("指标名称", "单位", "2025年目标", "2024年完成",
                  "PM2.5平均浓度", "微克/立方米", "≤35", "32",
                  "人均可支配收入增速", "%", "6-6.5", "5.8")  # fmt: skip
    assert rows(text, 2025) == [
        ("target", 2025, "PM2.5平均浓度", 35, "微克/立方米", "at_most"),
        ("actual", 2024, "PM2.5平均浓度", 32, "微克/立方米", "exact"),
        ("target", 2025, "人均可支配收入", 6, "%", "range"),
        ("actual", 2024, "人均可支配收入", 5.8, "%", "exact"),
    ]
