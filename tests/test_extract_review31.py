"""Faults the review of stop 31's rules found, each reproduced by a test before it was
mended.  Every expected row is written by hand from the sentence in the test."""

from __future__ import annotations

from typing import Any

from jfq.authoring.extract import extract


def rows(text: str, year: int = 2024, region: str = "某县") -> list[tuple[Any, ...]]:
    draft = extract(text, region=region, year=year)
    return [
        (r.kind, r.year, r.name, r.value, r.value_max, r.unit, r.comparator, r.measure, r.key)
        for r in draft.targets
    ]


def test_a_dateline_in_numerals_dates_no_figure() -> None:
    # ——二〇二四年一月十八日在…会议上 made the review after it this year's targets
    text = (
        "政府工作报告\n——二〇二四年一月十八日在某县第十八届人民代表大会第四次会议上\n"
        "各位代表：\n过去一年，全县地区生产总值增长6.2%，一般公共预算收入增长8.5%。"
    )
    assert [r[:3] for r in rows(text)] == [
        ("actual", 2023, "地区生产总值"),
        ("actual", 2023, "一般公共预算收入"),
    ]


def test_a_change_alone_after_a_rate_is_no_level_of_it() -> None:
    # 地区生产总值增长6.2%,新增38亿元: GDP was 38亿元 (key gdp); 森林覆盖率…,新增2.1万亩
    found = rows("过去一年，全市地区生产总值增长6.2%，新增38亿元。")
    assert [(r[2], r[3], r[8]) for r in found] == [
        ("地区生产总值", 6.2, "gdp_growth"),
        ("新增", 38.0, None),
    ]
    found = rows("过去一年，全县森林覆盖率达到45.6%，新增2.1万亩。")
    assert [r[2] for r in found] == ["森林覆盖率", "新增"]


def test_a_census_day_a_stock_day_and_a_deadline_keep_their_year() -> None:
    text = "以2020年11月1日零时为标准时点，全市常住人口为386.2万人，城镇化率为62.1%。"
    assert [r[:2] for r in rows(text, 2022)] == [("actual", 2020), ("actual", 2020)]
    text = "截至2022年12月31日，全市常住人口达到386.2万人。"
    assert [r[:2] for r in rows(text)] == [("actual", 2022)]
    text = "到2025年6月30日前，全面完成老旧小区改造1200户。"
    assert [r[:2] for r in rows(text)] == [("target", 2025)]


def test_a_headline_before_a_distributed_list_or_naming_no_indicator_names_nothing() -> None:
    # 一是城乡居民收入稳步增长。分别达到…: four rows named 城乡居民收入, the first keyed;
    # （一）经济运行稳中向好。首次突破500亿元: rows named 经济运行
    text = "过去一年,一是城乡居民收入稳步增长。分别达到4.2万元和2.1万元，增长5.1%和7.2%。"
    assert rows(text) == []
    assert (
        rows("过去一年,我们完成了全年任务。（一）经济运行稳中向好。首次突破500亿元，增长6.2%。")
        == []
    )


def test_another_citys_announcement_is_no_figure_of_the_region() -> None:
    # a news page on 江苏's report: 南通市官宣GDP突破一万亿元 was 江苏's
    text = (
        "2020年,江苏地区生产总值达10.27万亿元。2021年1月19日,江苏连续传来两个大消息,"
        "上午,南通市官宣GDP突破一万亿元;下午,苏州市发布该市GDP在省内首破两万亿元大关。"
    )
    assert [(r[2], r[3]) for r in rows(text, 2021, "江苏省")] == [("地区生产总值", 10.27)]


def test_an_exact_figure_keeps_the_key_a_mark_passed_before_it_took() -> None:
    # 突破两千亿元,达到2086.93亿元: the key went to 2000 (over)
    found = rows("去年,全区地区生产总值突破两千亿元,达到2086.93亿元。")
    assert [(r[3], r[6], r[8]) for r in found] == [
        (2000.0, "over", None),
        (2086.93, "exact", "gdp"),
    ]


def test_words_of_numerals_that_count_nothing() -> None:
    # 百千万人才工程 was 1100万人; 千千万万人民群众 2000万; 两三千人 3000人; 五六百户 600户
    for text in (
        "过去一年，深入实施百千万人才工程，新引进各类人才2300人。",
        "过去一年，我们依靠千千万万人民群众，战胜了罕见洪灾。",
        "过去一年，全县有两三千人返乡创业，每年有一两万人外出务工。",
        "过去一年，我们为五六百户困难家庭解决了住房问题。",
    ):
        assert [r[3] for r in rows(text) if r[3] != 2300.0] == [], text


def test_a_range_in_numerals_with_its_unit_on_the_upper_bound() -> None:
    # 四點五至五%: an exact 5% named GDP增速為四點五至
    found = rows(
        "今年主要預期目標包括，GDP增速為四點五至五%，常住人口城镇化率提高一至两个百分点。", 2026
    )
    assert [(r[2], r[3], r[4], r[6]) for r in found] == [
        ("GDP增速", 4.5, 5.0, "range"),
        ("常住人口城镇化率", 1.0, 2.0, "range"),
    ]


def test_flat_on_the_year_before_cuts_no_word() -> None:
    # 技术合同成交额与上年持平 was named 技术合 (与 matched 同 in 合同)
    text = "今年主要预期目标是：技术合同成交额与上年持平，民间投资参与率与上年基本持平。"
    assert [r[2] for r in rows(text)] == ["技术合同成交额", "民间投资参与率"]


def test_a_mean_of_good_days_over_the_years_is_an_average() -> None:
    # 过去五年,…年均优良天数达到320天 lost its measure
    found = rows("过去五年，全市空气质量年均优良天数达到320天。", 2021)
    assert [r[7] for r in found] == ["average"]


def test_a_plans_title_names_no_year_of_the_targets() -> None:
    # 落实《…规划和二〇三五年远景目标纲要》,地区生产总值增长7%左右: targets of 2035
    for horizon in ("2035年", "二〇三五年"):
        text = (
            "今年是“十四五”开局之年，我们将全面落实《某市国民经济和社会发展第十四个五年规划"
            f"和{horizon}远景目标纲要》，地区生产总值增长7%左右。"
        )
        assert [r[:2] for r in rows(text, 2021)] == [("target", 2021)], horizon


def test_heads_said_alone_do_not_stack() -> None:
    # 粮食播种面积稳定在120万亩,总产达到52万吨,单产提高3.2%: named 粮食总产单产
    found = rows("过去一年，全县粮食播种面积稳定在120万亩，总产达到52万吨，单产提高3.2%。")
    assert "粮食总产单产" not in [r[2] for r in found]


def test_a_doubled_dash_between_two_numbers_is_a_range() -> None:
    # 增长6——7%: the row was lost (a dash after a figure ended its clause)
    found = rows("今年主要预期目标是：地区生产总值增长6——7%，城镇调查失业率控制在5.5%以内。")
    assert (found[0][2], found[0][3], found[0][4], found[0][6]) == (
        "地区生产总值",
        6.0,
        7.0,
        "range",
    )


def test_a_visions_year_is_no_year_of_the_targets() -> None:
    # …二〇三五年“九个新”目标远景。今后五年,地区生产总值年均增长8%: targets of 2035
    text = (
        "二、“十四五”时期主要目标任务\n"
        "我们明确了今后五年“十个新的更大”目标任务和二〇三五年“九个新”目标远景。"
        "今后五年,地区生产总值年均增长8%,力争突破4000亿元;创新能力保持全省第一方阵。"
    )
    assert 2035 not in [r[1] for r in rows(text, 2021)]


# -- the second review, of the mends above ------------------------------------------------


def terms(text: str) -> list[str]:
    return [t.term for t in extract(text, region="某县", year=2024).terms]


def test_a_quoted_label_before_a_dash_and_figures_is_no_term() -> None:
    # 交出了一份“成绩单”——地区生产总值达到312.5亿元,…: one term, and no result
    text = "2023年,全县交出了一份“成绩单”——地区生产总值达到312.5亿元,增长6.1%。"
    assert terms(text) == []
    assert [(r[2], r[3]) for r in rows(text)] == [("地区生产总值", 312.5), ("地区生产总值", 6.1)]
    # (nor a target quoted, then 是…)
    assert terms("“地区生产总值增长6%左右”,是综合考虑发展需要和现实可能后确定的。") == []


def test_a_dateline_with_a_first_month_or_a_space_dates_no_figure() -> None:
    for dateline in ("二〇二四年元月十八日", "二〇二四年 一月十八日"):
        text = (
            f"政府工作报告\n——{dateline}在某县人民代表大会上\n"
            "各位代表：\n过去一年，全县地区生产总值增长6.2%。"
        )
        assert [r[:2] for r in rows(text)] == [("actual", 2023)], dateline
    # (a year in numerals before a month with no day is a year: 到二〇二五年六月底前)
    assert [r[:2] for r in rows("到二〇二五年六月底前，全面完成老旧小区改造1200户。")] == [
        ("target", 2025)
    ]


def test_a_visions_own_list_is_for_its_year() -> None:
    # 2035年远景目标:全市地区生产总值突破1万亿元: 2021's (the vision's year was dropped)
    text = "2035年远景目标：全市地区生产总值突破1万亿元，人均地区生产总值达到20万元。"
    assert {r[1] for r in rows(text, 2021, "某市")} == {2035}


def test_a_part_keeps_no_key_from_the_whole() -> None:
    # 固定资产投资超过300亿元,其中民间固定资产投资达到168亿元: the key went to 168
    found = rows("过去一年，全县固定资产投资超过300亿元，其中民间固定资产投资达到168亿元。")
    assert [(r[3], r[8]) for r in found] == [(300.0, "fixed_asset_investment"), (168.0, None)]


def test_a_start_a_deadline_and_a_mark_passed_keep_their_day_and_year() -> None:
    text = "自2025年1月1日起，城乡居民基础养老金最低标准提高到每人每月200元。"
    assert [r[:2] for r in rows(text)] == [("target", 2025)]
    assert [r[:2] for r in rows("在2025年2月28日前，全县新建5G基站500个。")] == [("target", 2025)]
    text = "过去五年，我们砥砺奋进。2019年1月18日，全市地区生产总值首次突破2000亿元。"
    assert [r[:2] for r in rows(text, 2021)] == [("actual", 2019)]


def test_a_city_telling_the_regions_own_figure_keeps_it() -> None:
    # 泰州市公布我县地区生产总值增长6.5%: dropped as another city's
    found = rows("过去一年，泰州市公布我县地区生产总值增长6.5%。")
    assert [(r[3], r[8]) for r in found] == [(6.5, "gdp_growth")]


def test_ranges_in_numerals_with_magnitudes_and_rates() -> None:
    text = "今年主要预期目标：新增城镇就业一万至一点二万人，地区生产总值增长百分之六至七。"
    assert [(r[3], r[4], r[6]) for r in rows(text)] == [(1.0, 1.2, "range"), (6.0, 7.0, "range")]


def test_a_plans_since_heading_counts_no_five_years() -> None:
    # 一、“十四五”以来工作回顾 ⏎ 新增城镇就业3.6万人: since 2019, a total of five years
    found = rows("一、“十四五”以来工作回顾\n新增城镇就业3.6万人，建成高标准农田20万亩。")
    assert [r[7] for r in found] == [None, None]
    found = rows("一、过去五年工作回顾\n新冠肺炎疫情发生以来，全市新增城镇就业1.2万人。", 2021)
    assert [r[7] for r in found] == [None]


def test_a_doubled_dash_after_a_unit_is_no_range() -> None:
    # 增长6.1%——2022年仅增长3.2%: a range of 6.1 to 2022
    found = rows("过去一年，全县地区生产总值增长6.1%——2022年仅增长3.2%。")
    assert [(r[2], r[3], r[4]) for r in found] == [
        ("地区生产总值", 6.1, None),
        ("地区生产总值", 3.2, None),
    ]


def test_a_decimal_in_numerals_is_no_estimate() -> None:
    # 一百二十三點四五億元: 四五 side by side read as "four or five"
    found = rows("財政收入達到一百二十三點四五億元，失業率為三點二五%。", 2013)
    assert [r[3] for r in found] == [123.45, 3.25]


def test_flat_on_a_target_or_a_mean_names_what_is_flat() -> None:
    text = "今年主要预期目标是：居民消费价格涨幅与省定目标持平。"
    assert [(r[2], r[8]) for r in rows(text)] == [("居民消费价格涨幅", "cpi_growth")]


def test_a_ratio_of_good_days_is_the_years_own() -> None:
    # the second review asked 过去五年,…平均优良天数比例达到85% to be an average of years; the
    # third showed the mend made a year's target (今年…平均优良天数比例稳定在90%以上) an average
    # too.  平均 there is the mean over the cities or the days, the year's ratio: no measure.
    found = rows("今年主要预期目标：城市空气质量平均优良天数比例稳定在90%以上。")
    assert [r[7] for r in found] == [None]


def test_points_are_no_places_and_a_share_is_no_level_said_again() -> None:
    # 覆盖45个点: 45 个点 (points); 312亿元,约合全市的15%: the GDP's growth key on 15%
    assert [r[3] for r in rows("过去一年，全县新建公共充电桩200个，覆盖45个点。")] == [200.0]
    found = rows("去年，全县地区生产总值达到312亿元，约合全市的15%。")
    assert [r[8] for r in found if r[3] == 15.0] == [None]


def test_an_aside_after_a_dash_is_no_target() -> None:
    text = "地区生产总值增长6.5%左右——这与全省目标保持一致,城镇调查失业率控制在5.5%以内。"
    assert [r[2] for r in rows(text)] == ["地区生产总值", "城镇调查失业率"]


# -- the third review, of the second's mends ------------------------------------------------


def test_a_rate_range_that_says_per_cent_twice() -> None:
    # 百分之六至百分之七: the upper bound read 百 as 100
    found = rows("今年主要预期目标：地区生产总值增长百分之六至百分之七。")
    assert [(r[3], r[4], r[6]) for r in found] == [(6.0, 7.0, "range")]


def test_a_span_of_its_own_in_a_sentence_ends_no_section_count() -> None:
    # 是建市以来发展最快的时期 ended the five years' count for every sentence after it
    text = (
        "一、过去五年工作回顾\n地区生产总值突破500亿元，是建市以来发展最快的时期。"
        "新增城镇就业5.2万人，新建改建农村公路1200公里。"
    )
    assert [r[7] for r in rows(text, 2021, "某市")][1:] == ["cumulative", "cumulative"]
    # (a plan's since, once the plan has ended, is its five years)
    text = "一、“十三五”以来工作回顾\n新增城镇就业5.2万人，新建改建农村公路1200公里。"
    assert [r[7] for r in rows(text, 2021, "某市")] == ["cumulative", "cumulative"]


def test_a_report_given_on_a_day_dates_no_figure() -> None:
    # 2024年1月18日,县长…在…会议上作政府工作报告时说,…增长6.2%: 2024's targets
    text = (
        "2024年1月18日，县长张三在某县十八届人大四次会议上作政府工作报告时说，"
        "全县地区生产总值增长6.2%，一般公共预算收入达到21.5亿元。"
    )
    assert [r[:2] for r in rows(text)] == [("actual", 2023), ("actual", 2023)]
    text = "县统计局于2024年2月6日发布：全县地区生产总值增长6.2%。"
    assert [r[:2] for r in rows(text)] == [("actual", 2023)]
    # (a day something was declared keeps its year)
    text = (
        "过去五年，我们砥砺奋进。2019年3月28日，省政府宣布我县退出贫困县序列，"
        "当年减少贫困人口1.2万人。"
    )
    assert [r[:2] for r in rows(text, 2021)] == [("actual", 2019)]


def test_a_dash_after_a_period_a_place_or_an_indicator_keeps_it() -> None:
    # 一季度——地区生产总值增长5.2%,全年增长6.1%: the quarter's 5.2 took the year's key
    found = rows("过去一年，全县经济运行稳中向好。一季度——地区生产总值增长5.2%，全年增长6.1%。")
    assert [(r[3], r[8]) for r in found] == [(5.2, None), (6.1, "gdp_growth")]


def test_a_visions_heading_and_a_vision_referred_to() -> None:
    found = rows(
        "二、2035年远景目标\n全市地区生产总值突破1万亿元，人均地区生产总值达到20万元。",
        2021,
        "某市",
    )
    assert {r[:2] for r in found} == {("target", 2035)}
    text = "今年是关键一年，对标2035年远景目标，全市地区生产总值增长6%左右。"
    assert [r[:2] for r in rows(text, 2024, "某市")] == [("target", 2024)]


def test_a_range_of_percentages_with_a_doubled_dash() -> None:
    found = rows("今年主要预期目标：地区生产总值增长6%——7%，城镇调查失业率控制在5.5%以内。")
    assert (found[0][3], found[0][4], found[0][6]) == (6.0, 7.0, "range")


def test_ranges_in_numerals_count_in_one_unit() -> None:
    # 五千至一万人 was 5000 to 1 万人; 一万人至一万二千人 1 to 12000 万人
    found = rows("今年主要预期目标：新增城镇就业五千至一万人。")
    assert [(r[3], r[4], r[5]) for r in found] == [(0.5, 1.0, "万人")]
    found = rows("今年主要预期目标：新增城镇就业一万人至一万二千人。")
    assert [(r[3], r[4], r[5]) for r in found] == [(1.0, 1.2, "万人")]


def test_a_city_telling_its_own_or_its_provinces_figure_on_a_districts_page() -> None:
    # 泰州市公布我市地区生产总值…: the city's 6700亿元 was the district's GDP
    text = (
        "过去一年，全区地区生产总值增长6.2%。"
        "1月26日，泰州市公布我市地区生产总值增长5.9%，总量突破6700亿元。"
    )
    assert [r[3] for r in rows(text, 2024, "姜堰区")] == [6.2]


def test_the_exact_figure_keeps_the_key_whatever_the_marks_name() -> None:
    found = rows("过去一年，全县经济总量突破300亿元，地区生产总值达到312.5亿元，增长6.1%。")
    assert [(r[3], r[8]) for r in found][:2] == [(300.0, None), (312.5, "gdp")]


def test_glosses_with_years_at_a_lines_end_and_with_digits_in_the_term() -> None:
    text = "全县将推进碳达峰碳中和。“双碳”——2030年前实现碳达峰、2060年前实现碳中和。"
    assert terms(text) == ["“双碳”"]
    assert terms("“5G”、“工业互联网”,都是新型基础设施建设的重点领域。") == ["“5G”", "“工业互联网”"]
    # (a label before a colon and figures is a review's: “成绩单”:地区生产总值…)
    text = "2023年，全县交出了一份亮眼的“成绩单”：地区生产总值达到312.5亿元，增长6.1%。"
    assert terms(text) == []
    assert [r[3] for r in rows(text)] == [312.5, 6.1]


def test_a_deadline_in_numerals_and_an_estimate_in_a_rate() -> None:
    text = "到二〇二四年十二月三十一日前，全县完成老旧小区改造一千二百户。"
    assert [r[:2] for r in rows(text)] == [("target", 2024)]
    found = rows("今年主要预期目标：农村居民人均可支配收入增长百分之六七。")
    assert [r[3] for r in found] == [None]


def test_nagqu_is_a_place() -> None:
    # 那 was made a demonstrative: 那曲城乡居民收入与经济增长同步 was dropped
    text = "今年主要预期目标：地区生产总值增长8%左右；那曲城乡居民收入与经济增长同步。"
    assert len(rows(text, 2024, "那曲市")) == 2


# -- the fourth review, of the third's mends ------------------------------------------------


def test_a_range_shares_its_magnitude_unless_its_lower_bound_reads_larger() -> None:
    # 三至五万人 was 0.0003 to 5 万人 (the lower bound divided by the upper's magnitude)
    found = rows("今年主要预期目标：新增城镇就业三至五万人，招商引资到位资金两千至三千万元。")
    assert [(r[3], r[4], r[5]) for r in found] == [(3.0, 5.0, "万人"), (2000.0, 3000.0, "万元")]
    found = rows("今年主要预期目标：新增城镇就业八千至一万二千人。")
    assert [(r[3], r[4], r[5]) for r in found] == [(0.8, 1.2, "万人")]


def test_a_part_a_zone_or_a_margin_takes_no_key_from_the_whole() -> None:
    text = "过去一年，全县社会消费品零售总额突破150亿元，其中限额以上社会消费品零售额达到45.6亿元。"
    assert [r[8] for r in rows(text)] == ["retail_sales", None]
    text = "2023年，全市地区生产总值突破500亿元大关，同比增长5.5%，高于全省0.7个百分点。"
    first = rows(text, 2024, "某市")[0]
    assert (first[3], first[8]) == (500.0, "gdp")


def test_a_rates_decimals_are_no_estimate() -> None:
    found = rows("今年主要预期目标：一般公共预算收入增长百分之五点二五。")
    assert [r[3] for r in found] == [5.25]


def test_an_event_day_in_a_review_keeps_its_year() -> None:
    text = (
        "过去五年，我们砥砺奋进。2019年2月26日，全国农村人居环境整治现场会议在我县召开，"
        "当年完成农村改厕1.2万户。"
    )
    assert [r[:2] for r in rows(text, 2021)] == [("actual", 2019)]
    text = (
        "在2024年1月18日召开的某县第十八届人民代表大会第四次会议上，县长作政府工作报告时说，"
        "全县地区生产总值增长6.2%。"
    )
    assert [r[:2] for r in rows(text)] == [("actual", 2023)]


def test_a_quoted_target_or_label_before_counts_is_no_term() -> None:
    text = (
        "今年，我们将办好民生实事。“新建5G基站1200个”、“改造老旧小区86个”，都是群众最关心的实事。"
    )
    assert terms(text) == []
    text = "过去一年，全县项目建设交出“高分答卷”——新开工项目126个，建成投产项目58个。"
    assert terms(text) == []
    assert [r[3] for r in rows(text)] == [126.0, 58.0]


def test_a_vision_referred_to_before_a_dash_or_as_a_guide() -> None:
    for lead in ("锚定2035年远景目标——", "以2035年远景目标为引领，"):
        text = f"今年是关键之年。{lead}全市地区生产总值增长6%左右，一般公共预算收入增长5%。"
        assert {r[:2] for r in rows(text, 2023, "某市")} == {("target", 2023)}, lead


def test_a_headline_before_a_dash_is_no_part_of_the_name() -> None:
    text = "过去一年，全县经济实力显著增强——地区生产总值达到312.5亿元，增长6.1%。"
    assert [r[2] for r in rows(text)] == ["地区生产总值", "地区生产总值"]


def test_a_plans_since_and_a_plans_years() -> None:
    # “十四五”以来 under a five years' heading was five years; “十四五”时期 in a 2025 report
    # counted 2020-2024; “十三五”以来 in 2022 counted five years, not six
    text = "一、过去五年工作回顾\n“十四五”以来，全县新增城镇就业1.2万人。"
    assert [r[7] for r in rows(text, 2023)] == [None]
    text = "“十四五”时期工作回顾\n• 新增铁路里程989公里\n• 机场年度旅客吞吐量近5000万人次\n"
    found = extract(text, region="云南省", year=2025).targets
    assert [(r.since, r.measure) for r in found] == [(2021, "cumulative"), (None, None)]
    text = "一、“十三五”以来工作回顾\n新增城镇就业5.2万人。"
    assert [r.since for r in extract(text, region="某市", year=2022).targets] == [2016]


def test_last_year_since_ends_a_sections_count() -> None:
    text = (
        "过去五年工作回顾\n五年来，我们砥砺奋进。\n\n"
        "据了解，去年以来，全区产业集群完成总产值超3800亿元。新增规上工业企业超100家。"
    )
    assert [r[7] for r in rows(text, 2023, "某区")] == [None, None]


def test_a_year_with_a_circle_and_a_day_inside_a_sentence() -> None:
    assert [r[:2] for r in rows("到二○二五年，全市地區生產總值達到1.5萬億元。", 2021, "某市")] == [
        ("target", 2025)
    ]
    text = (
        "过去五年，我们砥砺奋进。二〇一九年三月二十八日，省政府批准我县退出贫困县序列，"
        "当年减少贫困人口1.2万人。"
    )
    assert [r[:2] for r in rows(text, 2021)] == [("actual", 2019)]


def test_that_is_no_indicator() -> None:
    text = (
        "今年主要预期目标：地区生产总值增长6.5%左右——那是与全省目标相衔接的，"
        "一般公共预算收入增长5%。"
    )
    assert [r[2] for r in rows(text)] == ["地区生产总值", "一般公共预算收入"]
