"""Stop 56: what the unseen batches 511 and later found, each fault reproduced by a test that
fails on the commit before its mend (the tests named as guards hold before and after)."""

from __future__ import annotations

from extract_rows import fields

from jfq.authoring.extract import cues


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


def test_a_time_alone_is_no_name_and_the_subject_before_carries() -> None:
    # 襄阳 2015 (batch 517): 地区生产总值跃上3000亿元台阶,预计年突破3400亿元 (全年, its 全
    # lost) named the second figure 年
    text = "一、2015年工作回顾\n地区生产总值跃上3000亿元台阶,预计年突破3400亿元。"
    assert fields(text, 2015, "name", "value", "comparator") == [
        ("地区生产总值", 3000, "over"),
        ("地区生产总值", 3400, "over"),
    ]


def test_should_before_a_predicate_is_no_part_of_the_name() -> None:
    # 合肥 2010 (batch 512): 出生率应控制在11‰以内 was named 出生率应; 应 ends words too
    text = (
        "2010年主要预期目标是:出生率应控制在11‰以内;人口自然增长率应当控制在6‰以内;电力供应增长5%。"
    )
    assert fields(text, 2010, "name", "value") == [
        ("出生率", 11),
        ("人口自然增长率", 6),
        ("电力供应", 5),
    ]


def test_about_said_before_is_kept_with_its_verb() -> None:
    # 合肥 2010 (batch 512): 居民消费价格指数约为103 gave no row, and 约为3% was exact
    text = "2010年主要预期目标是:居民消费价格指数约为103;城镇化率约为55%。"
    assert fields(text, 2010, "name", "value", "unit", "comparator") == [
        ("居民消费价格指数", 103, None, "about"),
        ("城镇化率", 55, "%", "about"),
    ]


def test_a_qualitative_target_of_two_long_names_gives_each_a_row() -> None:
    # 合肥 2010 (batch 512): 单位国内生产总值能耗下降率和主要污染物减排达到省控目标 was
    # dropped, the two names together over the length a name may have
    text = (
        "2010年主要预期目标是:地区生产总值增长12%;"
        "单位国内生产总值能耗下降率和主要污染物减排达到省控目标。"
    )
    assert fields(text, 2010, "name", "comparator") == [
        ("地区生产总值", "exact"),
        ("单位国内生产总值能耗下降率", "qualitative"),
        ("主要污染物减排", "qualitative"),
    ]


def test_a_ratio_of_several_parts_is_no_figure_but_a_ratio_to_one_is() -> None:
    # 佛冈 2024 (corpus): 三大产业比约为15:44:41 gave a row of 15, once 约为 was read as about
    text = "一、2024年工作回顾\n全县三大产业比约为15:44:41,城乡居民收入比由2.05:1缩小到2.02:1。"
    assert fields(text, 2024, "value", "unit") == [(2.05, ":1"), (2.02, ":1")]


def test_tasks_and_rules_joined_by_and_are_no_qualitative_targets() -> None:
    # the guard of the one above: 滨海 2014, 全国 2022 (corpus) join tasks and a rule by 和,
    # each part short enough to be a name once the parts are measured apart
    text = (
        "2014年主要预期目标是:地区生产总值增长17%;完成“进一步推进重点区域开发、"
        "进一步发展各项社会事业和进一步保障和改善民计民生”三项任务;"
        "新增可再生能源和原料用能不纳入能源消费总量控制。"
    )
    assert fields(text, 2014, "name") == [("地区生产总值",)]


def test_a_year_on_year_rise_or_fall_said_short() -> None:
    # 开发区 2013 前三季度 (batch 519): 同比增1.4% named its figure 同, read as 同 + 比增
    text = (
        "一、2013年工作回顾\n开发区实现规上工业销售产值1129.6亿元,同比增1.4%;"
        "完成社会消费品零售总额38.2亿元,同比降8.5%。"
    )
    assert fields(text, 2014, "name", "value", "direction") == [
        ("规上工业销售产值", 1129.6, None),
        ("规上工业销售产值", 1.4, None),
        ("社会消费品零售总额", 38.2, None),
        ("社会消费品零售总额", 8.5, "down"),
    ]


def test_already_before_a_name_is_no_part_of_it() -> None:
    # 平湖经开区 2017 (batch 519), and in the corpus 包头稀土高新区 2022, 乐东 2008: 已完成投资
    # was named 已完成投资, 已竣工项目 kept its 已
    text = "一、2017年工作回顾\n全年已完成工业生产性投入38.3亿元,已竣工项目26个。"
    assert fields(text, 2018, "name", "value") == [
        ("工业生产性投入", 38.3),
        ("竣工项目", 26),
    ]


def test_a_months_page_that_names_no_year_is_of_the_year_it_is_read_with() -> None:
    # 某旗 2017年1-7月 (batch 520), and in the corpus 沈阳 2005 上半年, 蔡甸 2024 前三季度: a
    # page of the months so far naming no year was dated the year before, as a review's
    # 上半年 is, once a sentence after its first read as another's
    text = (
        "1-7月份,全旗地区生产总值预计实现73.95亿元,同比增长6.5%;500万元以上固定资产投资项目"
        "开工161项,完成投资54.23亿元,完成目标任务的63.13%,同比增长12.91%。"
    )
    assert {row[0] for row in fields(text, 2017, "year")} == {2017}


def test_a_share_of_the_target_done_with_its_amount_is_no_plans_word() -> None:
    # 某旗 2017年1-7月 (batch 520): 完成目标任务148.7亿元的50%, a share of the target done,
    # was a plan's word (目标) in the months' sentence, as 完成目标任务的50% was not
    sentence = "1-7月份,全旗地区生产总值预计实现73.95亿元,完成目标任务148.7亿元的50%,同比增长6.5%;"
    assert not cues.says_a_plan(sentence)
    assert cues.says_a_plan("1-7月份,全旗地区生产总值预计实现73.95亿元,力争完成目标任务。")


def test_a_year_end_review_that_names_no_year_keeps_its_months_the_year_reviewed_s() -> None:
    # the guard: 黄浦 2024 (corpus), a review given at the year's end that says 前三季度 and
    # states the whole year's figures (全年完成…), naming no year
    text = (
        "(一)区域经济发展稳中有进\n经济运行向上向好。前三季度实现地区生产总值2379.80亿元,可比增长5.5%;"
        "全年完成区级一般公共预算收入299.40亿元,同比增长6.1%。"
    )
    assert {row[0] for row in fields(text, 2025, "year")} == {2024}


def test_respectively_is_said_with_is_too() -> None:
    # 泌阳 2010 (batch 520): 分别是26亿元和64亿元 named the second 全社会固定资产投资分别
    text = (
        "一、2010年工作回顾\n规模以上工业增加值、全社会固定资产投资分别是26亿元和64亿元,"
        "同比增长23.5%和21.3%。"
    )
    assert fields(text, 2011, "name", "value") == [
        ("规模以上工业增加值", 26),
        ("全社会固定资产投资", 64),
        ("规模以上工业增加值", 23.5),
        ("全社会固定资产投资", 21.3),
    ]


def test_a_magnitude_before_a_line_break_keeps_its_unit_after_it() -> None:
    # 洛川 2014 (batch 520): 地方财政收入完成1.3亿⏎元 was drafted in 亿, and its growth lost
    text = "一、2014年工作回顾\n其中地方财政收入完成1.3亿\n元,增长6%;固定资产投资完成32.8亿元。"
    assert fields(text, 2015, "name", "value", "unit") == [
        ("地方财政收入", 1.3, "亿元"),
        ("地方财政收入", 6, "%"),
        ("固定资产投资", 32.8, "亿元"),
    ]


def test_a_newspapers_jump_line_is_no_part_of_a_name() -> None:
    # 汝州 2020 (batch 522): (上接第1版)新建、改扩建幼儿园12所 kept the jump line in its name
    text = "一、2020年工作回顾\n(上接第1版)新建、改扩建幼儿园12所,（下转第3版）招聘教师560名。"
    assert fields(text, 2021, "name", "value") == [
        ("新建、改扩建幼儿园", 12),
        ("招聘教师", 560),
    ]


def test_the_verb_a_target_is_aimed_with_is_no_part_of_its_name() -> None:
    # 郑州 2024 (batch 522) and 芦淞 2020 (corpus): 围绕地区生产总值增长7%左右的目标 was named
    # 围绕地区生产总值, 紧盯密接对象 kept its 紧盯
    text = "2024年,全市将围绕地区生产总值增长7%左右的目标,全力抓开局。"
    assert fields(text, 2024, "kind", "name", "value") == [("target", "地区生产总值", 7)]


def test_a_span_of_years_or_a_base_alone_is_no_name() -> None:
    # 国家统计局 2021年1-2月 (batch 528): 两年平均增长3.2% was named 两年, 比2019年1-2月份增长
    # 6.4% named 比2019年1-2月份; each is the figure of the subject before
    text = (
        "1-2月份,社会消费品零售总额69737亿元,同比增长33.8%,比2019年1-2月份增长6.4%,"
        "两年平均增长3.2%。"
    )
    assert {name for (name,) in fields(text, 2021, "name")} == {"社会消费品零售总额"}


def test_a_head_the_middle_names_end_on_is_the_last_ones_own() -> None:
    # 国家统计局 2021 (batch 528): 超市、便利店、百货店、专业店和专卖店零售额 gave 超市店零售额
    # and 便利店店零售额: the head was cut after the first's two characters
    text = (
        "一、2021年工作回顾\n超市、便利店、百货店、专业店和专卖店零售额分别增长11.8%、5.7%、"
        "4.9%、12.8%和12.0%。"
    )
    assert [name for (name,) in fields(text, 2022, "name")] == [
        "超市零售额", "便利店零售额", "百货店零售额", "专业店零售额", "专卖店零售额",
    ]  # fmt: skip


def test_what_an_indicator_leaves_out_is_part_of_its_name() -> None:
    # 国家统计局 2021 (batch 528): 除汽车以外的消费品零售额 was named 消费品零售额
    text = "一、2021年工作回顾\n全国除汽车以外的消费品零售额397185亿元,增长12.9%。"
    assert {name for (name,) in fields(text, 2022, "name")} == {"除汽车以外的消费品零售额"}


def test_a_pages_label_is_no_part_of_a_name() -> None:
    # 国家统计局 2021 (batch 528): [国家统计局]2021年社会消费品零售总额… kept the label
    text = "[国家统计局]2021年社会消费品零售总额440823亿元,比上年增长12.5%。"
    assert {name for (name,) in fields(text, 2022, "name")} == {"社会消费品零售总额"}


def test_a_numbers_thousands_comma_is_no_break_before_a_name() -> None:
    # 牟定 2023年1-9月 (batch 526): 比上年同期35,285万元增收2,445万元 was named 285万元, cut at
    # the number's comma; and the base compared with, with its level, names nothing
    text = (
        "一、2023年工作回顾\n一般公共预算收入37,730万元,比上年同期35,285万元增收2,445万元,"
        "增长6.9%。"
    )
    assert fields(text, 2024, "name", "value") == [
        ("一般公共预算收入", 37730),
        ("一般公共预算收入", 2445),
        ("一般公共预算收入", 6.9),
    ]


def test_a_yearless_months_page_compared_with_the_year_before_is_still_its_years() -> None:
    # 濮阳 2024年5月 (batch 526): 5月份,… and 1—5月份,… on a page that names no year but 上年同期
    # were dated the year before
    text = (
        "一、财政收支完成情况\n5月份,我市财政总收入完成115329万元,增长11.7%。\n"
        "1—5月份,全市财政总收入完成731197万元,比上年同期增长0.7%。"
    )
    assert {year for (year,) in fields(text, 2024, "year")} == {2024}


def test_every_figure_of_a_yearless_months_page_is_of_its_year() -> None:
    # 衡阳 2020 前8月 (corpus), 某工业园区 2023年1-8月 (batch 519): the sentences after the page's
    # opening on its months name none and were dated the year before
    text = "前8月,我市新增341家“四上”企业\n新增的341家“四上”企业包括工业98家、建筑业47家。"
    assert {year for (year,) in fields(text, 2020, "year")} == {2020}


def test_the_main_indicators_before_where_the_list_is_or_a_plans_verb_still_open_it() -> None:
    # the review's faults: 主要指标中, 主要指标方面, 主要指标安排 were read as a sentence's subject
    # and the list after them as the year before's results
    for cue in ("主要指标中,", "主要指标方面,", "主要指标安排,"):
        text = f"{cue}地区生产总值增长6%,一般公共预算收入增长5%。"
        assert fields(text, 2024, "kind", "year") == [("target", 2024), ("target", 2024)], cue


def test_a_page_of_the_months_that_foresees_the_whole_year_is_a_year_ends() -> None:
    # the review's fault: 前三季度,…预计全年增长6.5%左右 (a December report's) dated both 2020
    # when read as 2020's; and a page that says 明年 plans the next year
    text = "前三季度,全县地区生产总值增长6.8%,预计全年增长6.5%左右。"
    assert {year for (year,) in fields(text, 2020, "year")} == {2019}
    text = "前三季度,全县地区生产总值增长6.5%。明年全县地区生产总值增长6%左右。"
    assert fields(text, 2020, "kind", "year") == [("target", 2021), ("actual", 2019)]


def test_nouns_that_open_on_already_keep_it() -> None:
    # the review's fault: 已 as a lead cut 已婚育龄妇女综合避孕率 to 婚育龄妇女综合避孕率
    text = "一、2023年工作回顾\n已婚育龄妇女综合避孕率达到90%,已批未供土地处置率达到80%。"
    assert [name for (name,) in fields(text, 2024, "name")] == [
        "已婚育龄妇女综合避孕率", "已批未供土地处置率",
    ]  # fmt: skip


def test_about_said_with_its_verb_is_not_read_inside_signed() -> None:
    # the review's fault: 招商引资项目签约为120亿元 gave 招商引资项目签, about, 签约 read as 约为
    text = "一、2023年工作回顾\n招商引资项目签约为120亿元。"
    assert fields(text, 2024, "name", "comparator") == [("招商引资项目签约", "exact")]


def test_a_phrase_of_its_own_joined_by_and_is_no_qualitative_target() -> None:
    # the review's fault: …获得感幸福感安全感和对美好生活的向往进一步得到满足 gave two rows
    text = (
        "2024年主要预期目标是:地区生产总值增长6%;"
        "人民群众的获得感幸福感安全感和对美好生活的向往进一步得到满足。"
    )
    assert fields(text, 2024, "name") == [("地区生产总值",)]


def test_a_heading_over_the_years_targets_shared_out_opens_them() -> None:
    # 铜川 2020 (batch 531): the report's tasks shared out to departments, under 一、确保年度目标,
    # were read as the year before's results but the first
    text = (
        "一、确保年度目标\n1. 生产总值增长5%左右。(市发展改革委负责)\n"
        "2. 规模以上工业增加值增长6%。(市工信局负责)\n"
        "3. 单位生产总值能耗完成省级下达指标任务。(市发展改革委负责)\n"
    )
    assert fields(text, 2020, "kind", "year", "name") == [
        ("target", 2020, "生产总值"),
        ("target", 2020, "规模以上工业增加值"),
        ("target", 2020, "单位生产总值能耗"),
    ]
