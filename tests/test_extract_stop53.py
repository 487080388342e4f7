"""Stop 53: what the unseen batches 414-417 and later ones found, each fault reproduced by a
test that fails on the commit before its mend (the tests named as guards hold before and
after)."""

from __future__ import annotations

import pytest
from extract_rows import bundled_regions, fields

from jfq.authoring.extract import extract


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


def test_a_page_of_the_first_three_quarters_is_of_the_year_so_far() -> None:
    # 涪陵 2025 and 东港 2021 (batch 418), 西山 2023 (batch 418), 珠海高新区 2020 (batch 421):
    # pages of October that open a sentence on 前三季度 (or say it after 今年以来) with its
    # figures, in a text that sets no targets; they were drafted as the year before's, as
    # only the months up to August dated themselves so.
    text = (
        "根据地区生产总值统一核算结果,前三季度,全区实现地区生产总值1291.92亿元,同比增长6.2%。\n"
        "二、工业\n前三季度全区规模以上工业增加值同比增长8.1%。\n"
    )
    assert fields(text, 2025, "year", "name", "value") == [
        (2025, "地区生产总值", 1291.92),
        (2025, "地区生产总值", 6.2),
        (2025, "规模以上工业增加值", 8.1),
    ]
    text = "今年以来,全区经济延续稳定增长态势。前三季度,全区实现生产总值423.19亿元,同比增长14.8%。"
    assert fields(text, 2021, "year", "value") == [(2021, 423.19), (2021, 14.8)]
    # (the guard: in a text that sets the year's targets, given at the year's end, they are
    # the year reviewed's)
    text = (
        "今年以来,全县经济稳中向好。前三季度,全县实现地区生产总值120亿元。\n"
        "2023年主要预期目标是:地区生产总值增长6%。"
    )
    assert fields(text, 2023, "kind", "year", "value") == [
        ("target", 2023, 6),
        ("actual", 2022, 120),
    ]


@pytest.mark.xfail(
    strict=True,
    reason="前三季度 after 今年以来, in an excerpt of a report given at the year's end that "
    "sets no targets, reads as the months so far of the year it is read with: a page of "
    "those months given in October is the commoner (eight in batches 418-425, one such "
    "excerpt in the corpus, 武威 2022)",
)
def test_a_year_end_excerpt_of_the_first_three_quarters() -> None:
    text = (
        "今年以来,武威市推动经济运行逆势而进。上半年获省政府高质量发展重点工作“进步奖”。"
        "前三季度,全市实现生产总值461.8亿元,增长5.6%。"
    )
    assert fields(text, 2023, "kind", "year", "value") == [
        ("actual", 2022, 461.8),
        ("actual", 2022, 5.6),
    ]


def test_a_text_whose_second_line_opens_on_the_months_is_their_review() -> None:
    # 东港 2021 (batch 418): 本报讯 今年以来,…⏎前三季度,全区实现生产总值…; the lines after,
    # which name no months (全区规模以上工业企业实现总产值49.71亿元), were drafted as 2020's:
    # only a text whose first sentence named the months had its lines read as theirs.
    text = (
        "本报讯 今年以来,东港区扎实推动经济高质量发展。\n"
        "前三季度,全区实现生产总值423.19亿元,同比增长14.8%。\n"
        "全区规模以上工业企业实现总产值49.71亿元,同比增长7.7%。\n"
    )
    assert fields(text, 2021, "year", "name", "value") == [
        (2021, "生产总值", 423.19),
        (2021, "生产总值", 14.8),
        (2021, "规模以上工业企业总产值", 49.71),
        (2021, "规模以上工业企业总产值", 7.7),
    ]
    # (the guard: a third line is no opening, 2019年…⏎…⏎上半年,…)
    text = "2019年工作回顾。\n全区经济平稳。\n上半年,全区实现生产总值200亿元。\n"
    assert fields(text, 2020, "year", "value") == [(2019, 200)]


def test_a_share_of_the_years_target_is_no_plan_after_the_months() -> None:
    # 外冈 2017 (the corpus) read with the line above: in a text that opened on the months,
    # 上半年,共拆除违法建筑90.7万平方米,完成全年目标任务152% was read as planning the year.
    text = (
        "上半年,镇政府基本完成上半年各项目标任务。\n"
        "上半年,共拆除违法建筑90.7万平方米,完成全年目标任务152%。\n"
        "全年,全镇力争拆除违法建筑120万平方米。\n"
    )
    assert fields(text, 2017, "kind", "year", "value") == [
        ("target", 2017, 120),
        ("actual", 2017, 90.7),
        ("actual", 2017, 152),
    ]


def test_later_months_go_on_in_a_text_that_opened_on_the_months() -> None:
    # 滨州 2015 (batch 414), a page of December that sets no targets: 今年以来,…。前三季度,
    # …1728亿元…。1—11月份,完成一般公共预算收入184.4亿元; its 1—11月份 are the year so far's
    # too, as are the lines after them.
    text = (
        "今年以来,滨州市经济社会保持了健康发展的良好态势。其中,经济运行平稳向好,前三季度,"
        "全市实现地区生产总值1728亿元、增长6.7%。1—11月份,完成一般公共预算收入184.4亿元、"
        "增长9.7%。\n农业实现丰产增收,粮食总产313万吨。\n"
    )
    assert fields(text, 2015, "year", "name", "value") == [
        (2015, "地区生产总值", 1728),
        (2015, "地区生产总值", 6.7),
        (2015, "一般公共预算收入", 184.4),
        (2015, "一般公共预算收入", 9.7),
        (2015, "粮食总产", 313),
    ]


def test_this_year_so_far_dates_the_months_said_with_no_figure() -> None:
    # 龙华 2023 (batch 426), a page of April: 今年以来,…,一季度经济运行总体平稳。实现地区生产
    # 总值664.3亿元…; the months' sentence has no figure of its own, so nothing dated them and
    # the figures after were drafted as 2022's.
    text = (
        "今年以来,全区上下全面贯彻落实党的二十大和中央经济工作会议精神,认真落实中央、省、市部署"
        "要求,坚持稳中求进工作总基调,持续推动经济稳增长,一季度经济运行总体平稳。"
        "实现地区生产总值664.3亿元,增长5.5%。\n"
    )
    assert fields(text, 2023, "year", "name", "value") == [
        (2023, "地区生产总值", 664.3),
        (2023, "地区生产总值", 5.5),
    ]
    # (the guard: in a text that sets the year's targets, given at the year's end, they stay
    # the year reviewed's)
    text += "2024年主要预期目标是:地区生产总值增长6%。"
    assert fields(text, 2024, "kind", "year", "value") == [
        ("target", 2024, 6),
        ("actual", 2023, 664.3),
        ("actual", 2023, 5.5),
    ]


def test_an_idiom_that_ends_on_its_pointing_word_glosses_nothing() -> None:
    # 舟山 2020 (batch 422): 国内首屈一指的鱼山大型石化基地即将全面建成 was drafted as the term
    # 国内首屈一, glossed 指的鱼山…; 首屈一指 is "second to none", no 指 "means".
    text = "干成一批大事要事,甬舟铁路顺利开工,国内首屈一指的鱼山大型石化基地即将全面建成。"
    assert [t.term for t in extract(text, region="舟山市", year=2021).terms] == []
    # (the guard: 指 after a term still glosses it)
    text = "“三区”指城区、园区、景区。"
    assert [t.term for t in extract(text, region="某县", year=2021).terms] == ["“三区”"]


def test_what_a_slogan_is_said_to_be_after_its_quote_is_no_part_of_its_name() -> None:
    # 崇阳经济开发区 2014 (batch 421): 取得了“一扩、二稳、三增长”的良好成效,即:… named the term
    # with 的良好成效; the quoted slogan is the term, as 三大投资方向 after a quote is cut.
    text = (
        "园区取得了“一扩、二稳、三增长”的良好成效,即:园区企业数量和面积不断扩大,"
        "企业和社会得到了稳定发展,园区生产总值、工业增加值、税收保持良性增长。"
    )
    terms = extract(text, region="崇阳县", year=2015).terms
    assert [(t.term, t.definition[:5]) for t in terms] == [("“一扩、二稳、三增长”", "即:园区企")]


def test_january_to_a_month_said_with_zhi_opens_no_name() -> None:
    # 云南 2018 (batch 425) and 安海 2025 (batch 415): 1至7月全省工业投资增长10.8% was named
    # 至7月全省工业投资 (its 至 read as a level's verb, its 1 taken), and 1月至7月实施重点项目44个
    # 至7月实施重点项目; 元至7月 (January to July) opened a name too.
    text = "1至7月全省工业投资增长10.8%。1月至7月实施重点项目44个。元至7月引进项目12个。"
    assert fields(text, 2018, "name", "value") == [
        ("全省工业投资", 10.8),
        ("实施重点项目", 44),
        ("引进项目", 12),
    ]


def test_foremost_is_no_plans_must() -> None:
    # 岱山 2025 (batch 418): 今年以来,…以高质量发展为首要任务,…,上半年全县经济实现稳定增长 read
    # 首要's 要 as a plan's "must", so the sentence dated no months and the half year's
    # figures were drafted as 2024's.
    text = (
        "今年以来,全县上下凝心聚力、奋勇争先,全力抓产业、扩消费、促发展,以高质量发展为首要任务,"
        "有效应对内外风险,上半年全县经济实现稳定增长。\n上半年,全县实现GDP总量400.61亿元。\n"
    )
    assert fields(text, 2025, "year", "value") == [(2025, 400.61)]
    # (the guard: 要 as "must" still plans: 上半年要…, a January report's)
    text = "今年以来,全县上下凝心聚力,上半年要实现“双过半”。\n上半年,全县实现GDP总量400.61亿元。\n"
    assert fields(text, 2025, "year", "value") == [(2024, 400.61)]


def test_yuan_to_a_month_is_january_to_it() -> None:
    # 贞丰 2010 (batch 418): 元至7月 (元月至7月, January to July) was no months so far, and a page
    # of August was read as the year before's.
    text = (
        "今年以来,贞丰县克服了百年不遇的特重旱灾等自然灾害影响,实现了经济平稳较快发展。据统计,"
        "元至7月,全县生产总值达到16.84亿元,比上年同期增长21.6%。"
    )
    assert fields(text, 2010, "year", "value") == [(2010, 16.84), (2010, 21.6)]


def test_indicators_recovering_are_no_targets_block() -> None:
    # 马鞍山 2022 (batch 436), a report given in December: ——发展质量稳步提升。…主要指标稳定恢复、
    # 逐季好转,预计GDP突破2600亿元… opened a block of the next year's targets on 主要指标.
    text = (
        "即将过去的一年,极具考验。\n——发展质量稳步提升。主要指标稳定恢复、逐季好转,"
        "预计GDP突破2600亿元、增长4.6%,固定资产投资增长15%。"
    )
    assert fields(text, 2023, "kind", "year", "value") == [
        ("actual", 2022, 2600),
        ("actual", 2022, 4.6),
        ("actual", 2022, 15),
    ]


def test_indicators_growing_fast_are_no_targets_block() -> None:
    # 天桥 2022 (batch 434), a review of January-October: 一是主要指标快速增长。… opened a block
    # of targets on 主要指标, and the projects' figures after were drafted as targets.
    text = (
        "今年以来,全区保持了经济社会发展整体向上的态势。\n一是主要指标快速增长。生产总值增幅保持全市第1。\n"
        "二是项目投资支撑有力。1-10月份,8个省级重点项目完成投资10.55亿元。"
    )
    assert fields(text, 2022, "kind", "value") == [("actual", 1), ("actual", 8), ("actual", 10.55)]


def test_a_grade_a_city_awards_is_no_figure_of_that_city() -> None:
    # 孟州 2021 (batch 443): 焦作市级园林单位(小区)4个, in a county-level city's review, was
    # drafted as 焦作市's row 级园林单位: 焦作市级 is a grade the city awards.
    text = "完成省级园林单位(小区)6个、焦作市级园林单位(小区)4个。"
    draft = extract(text, region="孟州市", year=2022, known_regions=bundled_regions())
    assert [(r.region, r.name, r.value) for r in draft.targets] == [
        ("孟州市", "省级园林单位", 6),
        ("孟州市", "焦作市级园林单位", 4),
    ]
    # (the guard: the city's own figure stays its own)
    draft = extract(
        "焦作市地区生产总值增长6%。", region="孟州市", year=2022, known_regions=bundled_regions()
    )
    assert [(r.region, r.value) for r in draft.targets] == [("焦作市", 6)]


def test_within_two_years_then_is_no_gloss() -> None:
    # 古蔺 2024 (batch 444): 古蔺不到两年即跻身西部百强县 was drafted as the term 古蔺不到两年
    # glossed 即跻身…: 即 after a span of years is "then", as after 一年 or 三年 it was.
    text = "2020年脱贫摘帽后,古蔺不到两年即跻身西部百强县,2024年跃升至第86位。"
    assert [t.term for t in extract(text, region="古蔺县", year=2025).terms] == []
