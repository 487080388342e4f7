"""Stop 57: what the unseen batches 536 and later found, each fault reproduced by a test that
fails on the commit before its mend (the tests named as guards hold before and after)."""

from __future__ import annotations

from extract_rows import fields


def test_the_main_indicators_expected_done_list_the_year_s_results() -> None:
    # 罗湖 2019 (batch 538): a plan report's 经济社会主要指标预计完成情况:⏎----… was drafted
    # as the next year's targets: 主要指标 read as the cue of a list
    text = (
        "一、2019年国民经济和社会发展计划执行情况\n"
        "基本完成七届人大五次会议确定的目标任务。经济社会主要指标预计完成情况:\n"
        "----地区生产总值同比增长7.0%左右;\n----固定资产投资达到332亿元;\n"
    )
    assert fields(text, 2020, "kind", "year", "name", "value") == [
        ("actual", 2019, "地区生产总值", 7),
        ("actual", 2019, "固定资产投资", 332),
    ]


def test_a_plan_s_kinds_of_indicator_under_a_heading_of_what_was_done() -> None:
    # 大鹏 2024 (batch 538): 1.预期性指标 and 2.约束性指标 under 经济社会发展指标完成情况 were
    # drafted as the next year's targets
    text = (
        "经济社会发展指标完成情况\n\n1.预期性指标\n\n——地区生产总值增长4.8%;\n\n"
        "——一般公共预算收入增长17.9%。\n\n2.约束性指标\n\n——促进就业再就业人数361人;\n"
    )
    assert fields(text, 2025, "kind", "year", "value") == [
        ("actual", 2024, 4.8),
        ("actual", 2024, 17.9),
        ("actual", 2024, 361),
    ]


def test_a_plan_s_kinds_of_indicator_under_the_plan_s_heading_are_its_targets() -> None:
    # the guard: the same lists under the next year's plan, or a title that names both
    for heading in (
        "二、2025年国民经济和社会发展计划",
        "关于2024年计划执行情况与2025年计划草案的报告",
    ):
        lists = "1.预期性指标\n——地区生产总值增长5%左右;\n2.约束性指标\n——单位GDP能耗下降3%。\n"
        text = f"{heading}\n{lists}"
        assert fields(text, 2025, "kind", "value") == [("target", 5), ("target", 3)], heading


def test_incomes_in_step_after_a_paragraph_s_estimate_are_a_result() -> None:
    # 番禺 2021 (batch 538): 预计全年GDP增长8%以上。…一般公共预算收支分别增长4.4%、6.1%;城乡居民
    # 收入与经济基本同步增长 was drafted as the next year's targets: 同步, a plan's word
    text = (
        "经济运行持续较快增长。预计全年GDP增长8%以上。"
        "一般公共预算收支分别增长4.4%、6.1%;城乡居民收入与经济基本同步增长。"
    )
    assert fields(text, 2022, "kind", "year", "value") == [
        ("actual", 2021, 8),
        ("actual", 2021, 4.4),
        ("actual", 2021, 6.1),
        ("actual", 2021, None),
    ]


def test_a_year_of_another_s_level_overtaken_dates_no_figure() -> None:
    # 陆丰 2021 (batch 538): 实现地区生产总值418.52亿元,赶超江门开平市2020年的经济总量 dated the
    # year's figures, and the next sentence's, 2020
    text = (
        "2021年工作回顾\n经济指标保持中高速增长,实现地区生产总值418.52亿元,"
        "赶超江门开平市2020年的经济总量,增长13.9%。全社会固定资产投资额314.1亿元。"
    )
    assert fields(text, 2022, "year", "value") == [(2021, 418.52), (2021, 13.9), (2021, 314.1)]


def test_a_qualifier_after_a_result_on_its_line_sets_no_target() -> None:
    # 广东 2024 (batch 540): …进出口总额突破9万亿元、增长9.8%。规模以上工业增加值增长4.2%,规模以上
    # 工业企业约7.4万家 was drafted as the next year's targets, by its 约 alone
    text = "进出口总额突破9万亿元、增长9.8%。规模以上工业增加值增长4.2%,规模以上工业企业约7.4万家。"
    assert fields(text, 2025, "kind", "year", "value") == [
        ("actual", 2024, 9),
        ("actual", 2024, 9.8),
        ("actual", 2024, 4.2),
        ("actual", 2024, 7.4),
    ]


def test_a_qualifier_alone_on_a_line_of_its_own_still_sets_a_target() -> None:
    # the guard: with no result before it on its line, 左右 is a plan's
    text = "经济运行稳中向好。\n地区生产总值增长6%左右。"
    assert fields(text, 2025, "kind", "value") == [("target", 6)]


def test_a_count_after_a_verb_and_its_le_keeps_no_le() -> None:
    # 包头 2020 (batch 537): 实现了全市11例确诊病例、4例疑似病例“双清零” named the first
    # 了全市确诊病例
    text = "一、2020年工作回顾\n实现了全市11例确诊病例清零。完成了全市5个村改造。"
    assert fields(text, 2021, "name", "value") == [("确诊病例清零", 11), ("村改造", 5)]


def test_the_last_figure_before_the_cue_that_names_them_is_a_target() -> None:
    # 东疏 2017 (batch 541): …;农村人均可支配收入增长12%左右的主要预期目标 lost its figure: only
    # 的预期目标 and 的目标 ended a figure, and 的主要… read as the noun 12% belonged to
    for cue in ("主要预期目标", "主要目标", "发展目标"):
        text = f"东疏镇提出了2017年生产总值增长9.5%左右;农村人均可支配收入增长12%左右的{cue}。"
        assert fields(text, 2017, "kind", "name", "value") == [
            ("target", "生产总值", 9.5),
            ("target", "农村人均可支配收入", 12),
        ], cue


def test_a_rate_kept_at_a_level_is_named_without_its_verb() -> None:
    # 广东 2024 (batch 540): 将城镇调查失业率维持在5.5%左右 named 城镇调查失业率维持
    text = "2024年主要预期目标:城镇新增就业人数达到110万人以上,城镇调查失业率维持在5.5%左右。"
    assert fields(text, 2024, "name", "value") == [
        ("城镇新增就业人数", 110),
        ("城镇调查失业率", 5.5),
    ]


def test_projects_counted_then_sped_up_are_named_without_the_predicate() -> None:
    # 美兰 2024 (batch 538): 131个续建项目加速推进 named 续建项目加速推进
    text = "2024年,推动30个项目竣工;保障春晖园安置房等131个续建项目加速推进。"
    assert ("续建项目", 131) in fields(text, 2024, "name", "value")


def test_the_body_that_sets_the_targets_is_no_part_of_their_names() -> None:
    # 东疏 2017 (batch 541), read without its list: 东疏镇提出了2017年生产总值增长9.5%左右 named
    # 东疏镇2017年生产总值, the town that proposed it kept and its verb dropped
    for lead in ("东疏镇提出了", "开发区提出", "市政府明确"):
        text = f"{lead}2017年生产总值增长9.5%左右。"
        assert fields(text, 2017, "kind", "name", "value") == [("target", "生产总值", 9.5)], lead


def test_the_budget_a_share_is_of_is_the_year_s_target() -> None:
    # 留坝 2024 and 平坝 2022 (batch 547): 完成财政总收入4348万元,占年初预算10065万元的43.2%
    # drafted the result and its share, and dropped the budget: the year's target for it
    text = (
        "一、2023年财政预算执行情况\n全县完成财政总收入4348万元,占年初预算10065万元的43.2%,"
        "同比下降6.5%。一般公共预算支出57271万元,为调整预算数74261万元的77.1%。"
    )
    assert fields(text, 2024, "kind", "year", "name", "value", "unit") == [
        ("target", 2023, "财政总收入", 10065, "万元"),
        ("target", 2023, "一般公共预算支出", 74261, "万元"),
        ("actual", 2023, "财政总收入", 4348, "万元"),
        ("actual", 2023, "财政总收入", 43.2, "%"),
        ("actual", 2023, "财政总收入", 6.5, "%"),
        ("actual", 2023, "一般公共预算支出", 57271, "万元"),
        ("actual", 2023, "一般公共预算支出", 77.1, "%"),
    ]


def test_a_share_of_a_thing_or_of_a_budget_with_no_amount_sets_no_target() -> None:
    # the guard: 占全县财政收入的70%, 完成预算的100.1%: no amount of a budget named
    text = (
        "一、2023年工作回顾\n税收收入21307万元,占全县财政收入的70%;"
        "一般公共预算收入37.05亿元,完成预算的100.1%。"
    )
    assert [k for (k,) in fields(text, 2024, "kind")] == ["actual"] * 4


def test_a_table_s_target_and_outcome_given_as_growths() -> None:
    # 杭州 2019 (batch 549): 指标名称 / 2019年目标增长(%) / 2019年实际增长(%) / 指标属性, a cell
    # to a line, read as no header: 目标增长 was no header's word, and the (%) of a growth
    # made 实际增长(%) a rate of the plan
    text = (
        "表1:2019年主要预期目标完成情况\n指标名称\n2019年目标增长(%)\n2019年实际增长(%)\n"
        "指标属性\n地区生产总值\n7左右\n6.8\n预期性\n一般公共预算收入\n7.5\n7.7\n预期性\n"
    )
    assert fields(text, 2020, "kind", "year", "name", "value", "comparator") == [
        ("target", 2019, "地区生产总值", 7, "about"),
        ("actual", 2019, "地区生产总值", 6.8, "exact"),
        ("target", 2019, "一般公共预算收入", 7.5, "exact"),
        ("actual", 2019, "一般公共预算收入", 7.7, "exact"),
    ]


def test_a_table_whose_merged_cell_a_second_header_line_parts() -> None:
    # 嘉定 2023 (batch 549): 指标名称 | 年度目标 | 上半年完成情况 | | ⏎ 绝对值 | 增幅 | ||: the
    # second line was read as the first row, and the table as none
    text = (
        "表1 2023年上半年嘉定区国民经济和社会发展主要目标完成情况\n"
        "指标名称 | 年度目标 | 上半年完成情况 | |\n绝对值 | 增幅 | ||\n"
        "1.增加值 | 5.5%以上 | 1248.3亿元 | 9.1% |\n"
        "7.城乡登记失业人数 | 5600人以内 | 5457人 | |\n"
    )
    assert fields(text, 2023, "kind", "year", "name", "value", "comparator") == [
        ("target", 2023, "增加值", 5.5, "at_least"),
        ("actual", 2023, "增加值", 1248.3, "exact"),
        ("actual", 2023, "增加值", 9.1, "exact"),
        ("target", 2023, "城乡登记失业人数", 5600, "at_most"),
        ("actual", 2023, "城乡登记失业人数", 5457, "exact"),
    ]


def test_a_table_s_row_opened_by_its_group_s_merged_cell() -> None:
    # 温州 2022 (batch 549): 经济发展 | 1 | 地区生产总值 | 亿元 | 增长7%左右 | 8029.8 | 3.7 | |,
    # the group's merged cell before the row's number, under 序号 | 指标名称 | 单位 | 2022年
    # 计划目标 | 2022年实绩 | ||| ⏎ 绝对值 | 增速(%) | ||||||
    text = (
        "序号 | 指标名称 | 单位 | 2022年计划目标 | 2022年实绩 | |||\n绝对值 | 增速(%) | ||||||\n"
        "经济发展 | 1 | 地区生产总值 | 亿元 | 增长7%左右 | 8029.8 | 3.7 | |\n"
        "2 | 一般公共预算收入 | 亿元 | 增长8% | 573.9 | 2.6 | |\n"
    )
    assert fields(text, 2023, "kind", "name", "value", "unit") == [
        ("target", "地区生产总值", 7, "%"),
        ("actual", "地区生产总值", 8029.8, "亿元"),
        ("actual", "地区生产总值", 3.7, "%"),
        ("target", "一般公共预算收入", 8, "%"),
        ("actual", "一般公共预算收入", 573.9, "亿元"),
        ("actual", "一般公共预算收入", 2.6, "%"),
    ]


def test_a_review_s_part_titled_by_what_it_achieved_heads_results() -> None:
    # 黄石 2020 (batch 544): under 一、决胜全面建成小康社会取得决定性成就, 全力以赴抓好…防汛救灾,
    # 及时转移安置群众2.88万人次 was drafted as the next year's target, named 时转移安置群众
    text = (
        "一、决胜全面建成小康社会取得决定性成就\n\n(一)以战时机制打好两场硬仗。"
        "全力以赴抓好防汛救灾,及时转移安置群众2.88万人次,改种补种农作物10.4万亩。\n"
    )
    assert fields(text, 2021, "kind", "year", "name", "value") == [
        ("actual", 2020, "及时转移安置群众", 2.88),
        ("actual", 2020, "改种补种农作物", 10.4),
    ]


def test_the_requirements_a_review_went_by_open_no_list_and_name_nothing() -> None:
    # 黄石 2020 (batch 544): 按照“坚定信心、同舟共济、科学防治、精准施策”总体要求,… opened a
    # block of requirements, and its quoted words became the names of the figures after it
    text = (
        "一、2020年工作回顾\n按照“坚定信心、同舟共济、科学防治、精准施策”总体要求,"
        "全力阻断传播链,新建方舱医院3座。"
    )
    assert fields(text, 2021, "kind", "year", "name", "value") == [
        ("actual", 2020, "新建方舱医院", 3),
    ]


def test_a_part_of_the_plan_that_strives_for_achievements_heads_no_review() -> None:
    # the guard: 三、推动乡村振兴取得新成效 is a plan's heading (its verb), not a review's
    text = "三、推动乡村振兴取得新成效\n力争粮食产量达到50万吨。"
    assert fields(text, 2021, "kind", "value") == [("target", 50)]


def test_the_year_s_task_or_planned_investment_a_share_is_of() -> None:
    # 靖边 2018 (batch 550): 完成全年固投任务152亿元的40.1% and 完成全年计划投资165.5亿元的
    # 41.6% named shares 固投任务152亿元 and 计划投资165.5亿元, dropped the tasks, and the 全年
    # they say made the months' figures the year before's
    text = (
        "据了解,今年上半年,上半年实现地区生产总值162.22亿元,同比增长7.5%;"
        "1-7月份,预计完成固定资产投资61亿元,完成全年固投任务152亿元的40.1%;"
        "55个重点建设项目进展顺利,完成投资68.8亿元,完成全年计划投资165.5亿元的41.6%。"
    )
    rows = fields(text, 2018, "kind", "year", "value", "measure")
    assert rows[:2] == [("target", 2018, 152, None), ("target", 2018, 165.5, None)]
    assert ("actual", 2018, 40.1, "share") in rows and ("actual", 2018, 41.6, "share") in rows
    assert ("actual", 2018, 162.22, None) in rows


def test_a_full_stop_before_a_year_is_no_decimal_point() -> None:
    # 红河 2025 (batch 555): 位列…高质量发展前10。2025年前3季度全州经济增长5.5% read 10。2025 as
    # 10.2025, one sentence of the two
    from jfq.authoring.extract.text import Text

    text = Text("2个市位列全省高质量发展前10。2025年前3季度全州经济增长5.5%。地区生产总值4。6%")
    assert "前10。2025年" in text.norm and text.norm.endswith("4.6%")


def test_the_first_three_quarters_in_digits_are_the_months_so_far() -> None:
    # 红河 2025 (batch 555): 2025年前3季度全州经济增长5.5%, in a report of 2025, was drafted as
    # that year's target: 前3季度 was no months' word, only 前三季度
    text = "2025年前3季度地区生产总值增长5.5%。"
    assert fields(text, 2025, "kind", "year", "name", "value") == [
        ("actual", 2025, "地区生产总值", 5.5),
    ]


# The review of the stop's change found these (each failed on its code before the mend):


def test_a_news_page_s_list_of_the_year_after_its_review_stays_targets() -> None:
    # 去年成绩单 ⏎ ●… ⏎ 主要目标 ⏎ ●…: the review's heading reached past the bullets to 主要目标,
    # and the year's list became results (only the plan's kinds of indicator are looked up)
    for cue in ("主要目标", "今年目标"):
        listed = "●地区生产总值增长6%左右\n●一般公共预算收入增长5%\n"
        text = f"去年成绩单\n●地区生产总值增长5.2%\n{cue}\n{listed}"
        assert fields(text, 2024, "kind", "year", "value") == [
            ("target", 2024, 6),
            ("target", 2024, 5),
            ("actual", 2023, 5.2),
        ], cue


def test_a_plan_s_part_that_aims_at_new_results_heads_no_review() -> None:
    # 一、在稳增长上取得新成效, 一、经济发展取得新成效 (a goals block's parts): a plan's idiom
    text = "2024年工作安排\n一、在稳增长上取得新成效\n地区生产总值增长6%左右,固定资产投资增长8%。"
    assert fields(text, 2024, "kind", "year", "value") == [("target", 2024, 6), ("target", 2024, 8)]
    text = "今年的主要目标是:\n一、经济发展取得新成效\n二、民生改善取得新成效\n新增就业5000人以上。"
    assert ("target", 2024, 5000) in fields(text, 2024, "kind", "year", "value")


def test_a_milestone_share_of_the_plan_a_plan_sets_stays_its_target() -> None:
    # 2024年,…计划投资280亿元,上半年完成计划投资的50%: read as a share done, the year's plan
    text = "2024年,全县重点项目计划投资280亿元,上半年完成计划投资的50%。"
    assert [k for (k,) in fields(text, 2024, "kind")] == ["target", "target"]


def test_no_budget_target_of_a_project_s_plan_another_s_budget_or_a_second_budget() -> None:
    text = "一、2023年工作回顾\n产业园项目累计完成投资15亿元,完成计划投资50亿元的30%。"
    assert [k for (k,) in fields(text, 2024, "kind")] == ["actual", "actual"]
    text = "一、2023年工作回顾\n教育支出5亿元,占一般公共预算支出预算数50亿元的10%。"
    assert [k for (k,) in fields(text, 2024, "kind")] == ["actual", "actual"]
    text = (
        "一、2023年工作回顾\n一般公共预算收入12.5亿元,为年初预算11.8亿元的105.9%,"
        "为调整预算12亿元的104.2%。"
    )
    assert [r for r in fields(text, 2024, "kind", "value") if r[0] == "target"] == [
        ("target", 11.8)
    ]


def test_a_plan_table_s_bare_outcome_column_is_the_year_before_s() -> None:
    # 表1 2024年主要预期目标 ⏎ 指标名称 | 单位 | 完成 | 目标增长(%): the title's year is the
    # targets', not the outcomes' (a table of what was done, 表1 2023年…完成情况, gives both)
    text = (
        "表1 2024年主要预期目标\n指标名称 | 单位 | 完成 | 目标增长(%) |\n"
        "地区生产总值 | 亿元 | 515 | 6左右 |\n"
    )
    assert fields(text, 2024, "kind", "year", "value") == [
        ("actual", 2023, 515),
        ("target", 2024, 6),
    ]


def test_a_level_reached_and_what_was_pointed_out_name_nothing() -> None:
    # 上海 2002 (batch 548): 将达到7500美元的水准 named 人均国内生产总值的水准, and 指出今年上海
    # 全社会固定资产投资总额将超过… named 出今年上海…: 指 taken off as a lead, 出 left
    text = (
        "人均国内生产总值将达到7500美元的水准。报告指出今年全社会固定资产投资总额将超过2200亿元。"
    )
    assert sorted(fields(text, 2003, "name", "value")) == [
        ("人均国内生产总值", 7500),
        ("全社会固定资产投资总额", 2200),
    ]


def test_a_counted_name_glossed_with_ji_is_named_without_the_verb_before_it() -> None:
    # 海拉尔 2016 (batch 559): 海拉尔区将强力推进三个基地即现代商贸物流基地、… drafted the term
    # 海拉尔区将强力推进三个基地: the verb and its subject, kept as the quoted names' are not
    from jfq.authoring.extract import extract

    text = (
        "今后五年,海拉尔区将强力推进三个基地即现代商贸物流基地、旅游集散基地、绿色农畜产品基地建设;"
        "认真做好五篇文章即“一产做优、二产做大、三产做强、城市做美、民生做实”。"
    )
    terms = [t.term for t in extract(text, region="海拉尔区", year=2016).terms]
    assert terms == ["三个基地", "五篇文章"]
