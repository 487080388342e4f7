"""Stop 53's read of its own change: a helper ran the stop's rules for the months so far, the
plan's words, names and glossary terms on report text they were not written for (January
reports' reviews, December reports, half-year pages with the year's targets).  Each fault it
found is a test here that fails on the commit before its mend (edb8aa1)."""

from __future__ import annotations

from extract_rows import fields

from jfq.authoring.extract import extract


def test_a_january_datelines_months_are_the_year_reviewed() -> None:
    # A news page of a congress held in January: its 前三季度 cannot be the report's year's.
    text = (
        "1月8日上午,某县第十八届人民代表大会第四次会议隆重开幕。县长代表县人民政府作政府工作报告。\n"
        "报告显示,前三季度,全县实现地区生产总值156.3亿元,同比增长5.9%。\n"
    )
    assert fields(text, 2024, "year", "value") == [(2023, 156.3), (2023, 5.9)]


def test_a_whole_years_figure_makes_the_months_the_year_reviewed() -> None:
    # A January report's review: the half year, the three quarters, then the whole year.
    text = (
        "面对复杂严峻的外部环境,上半年全县地区生产总值增长2.1%,前三季度增长3.5%。"
        "在全县上下共同努力下,地区生产总值全年增长4.2%。"
    )
    assert [year for (year,) in fields(text, 2023, "year")] == [2022, 2022, 2022]
    text = (
        "上半年,全县地区生产总值增长2.1%,前三季度增长3.5%。\n"
        "2022年全年,全县地区生产总值增长4.2%,一般公共预算收入完成10.2亿元。"
    )
    assert [year for (year,) in fields(text, 2023, "year")] == [2022, 2022, 2022, 2022]
    # (and the quarters one by one: 经济运行逐季向好)
    text = (
        "这是极不平凡的一年。\n上半年,受疫情冲击,全县地区生产总值下降3.1%,前三季度回升至增长"
        "1.2%,经济运行逐季向好。"
    )
    assert {year for (year,) in fields(text, 2023, "year")} == {2022}
    # (the guard: a plan's whole year is no review's, 确保全年完成…248亿元, 新竣工项目全年新增…)
    text = (
        "今年以来,全镇经济保持良好态势。1—6月份,完成工业开票销售125.2亿元。"
        "下一阶段,确保全年完成工业开票销售248亿元,新竣工项目全年新增开票销售20亿元。"
    )
    assert fields(text, 2017, "year", "value")[-1] == (2017, 125.2)


def test_the_years_targets_after_the_months_stay_targets() -> None:
    # A half-year page that opens on the months, then gives the year's targets: they were
    # lost, or read as the months' results.
    text = (
        "上半年,全县实现地区生产总值100亿元,同比增长6%。\n"
        "今年全县地区生产总值目标增长7%,规上工业增加值目标增长8%。"
    )
    assert fields(text, 2024, "kind", "year", "value") == [
        ("target", 2024, 7),
        ("target", 2024, 8),
        ("actual", 2024, 100),
        ("actual", 2024, 6),
    ]
    text = (
        "上半年,全县实现地区生产总值125.6亿元,同比增长6.8%。\n"
        "按照年初确定的目标,今年全县地区生产总值增长7%,一般公共预算收入增长6%。"
    )
    assert fields(text, 2024, "kind", "value") == [
        ("target", 7),
        ("target", 6),
        ("actual", 125.6),
        ("actual", 6.8),
    ]


def test_the_half_year_past_is_this_years() -> None:
    text = (
        "过去的半年,全区上下攻坚克难、砥砺前行。\n上半年,全区经济运行总体平稳,主要指标好于预期。"
        "全区实现地区生产总值100亿元,同比增长6%。"
    )
    assert fields(text, 2024, "year", "value") == [(2024, 100), (2024, 6)]


def test_jiang_as_ba_plans_nothing_before_the_months() -> None:
    text = (
        "上半年,区委区政府坚持将招商引资作为“一号工程”,招商引资成效明显。\n"
        "在各方面共同努力下,上半年全区经济运行总体平稳。全区实现地区生产总值100亿元,同比增长6%。"
    )
    assert fields(text, 2024, "year", "value") == [(2024, 100), (2024, 6)]


def test_up_to_a_months_end_leaves_no_end_in_a_name() -> None:
    # 至6月末各项存款余额 was cut to 末各项存款余额 by the stop's 至7月 rule.
    text = "全县金融机构存款稳步增长,至6月末各项存款余额达500亿元,较年初增加40亿元。"
    assert not any(name.startswith(("末", "底")) for (name,) in fields(text, 2024, "name"))
    text = "到6月底全县金融机构各项存款余额达500亿元。"
    assert not any(name.startswith(("末", "底")) for (name,) in fields(text, 2024, "name"))


def test_a_quote_that_only_qualifies_its_noun_keeps_it_in_the_term() -> None:
    # “十四五”的奋斗目标,即… was cut to the term “十四五” by the stop's 的良好成效 rule.
    text = "全会提出了“十四五”的奋斗目标,即经济总量迈上新台阶、创新能力显著增强、生态环境明显改善。"
    terms = extract(text, region="某县", year=2021).terms
    assert [t.term for t in terms] == ["“十四五”的奋斗目标"]
