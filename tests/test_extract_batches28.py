"""Faults that stop 28 found: in the row's year, which the corpus now measures, and in
the unseen batches 79-82, each reproduced before it was fixed.  Every expected row is
written by hand from the sentence in the test; the passage it comes from is named in
each comment."""

from __future__ import annotations

from typing import Any

from jfq.authoring.extract import extract


def dated(text: str, year: int) -> list[tuple[Any, ...]]:
    draft = extract(text, region="某区", year=year)
    return [(r.name, r.value, r.unit, r.year, r.since) for r in draft.targets]


def test_in_a_paragraph_on_five_years_a_level_begun_from_is_the_base_years() -> None:
    # corpus guangyang-2015-trad, diqing-2015, wenzhou-2020: the paragraph opens on the five
    # years, and 从109.5亿元增至237.2亿元 begins from the year before them (2010 for a
    # review of 2011-2015), not from the year before the last (2014)
    text = (
        "过去五年,是经济发展扩总量、提质量的五年。全区地区生产总值从109.5亿元增至237.2亿元,"
        "年均增长9.1%。\n"
    )
    assert dated(text, 2016) == [
        ("地区生产总值", 109.5, "亿元", 2010, None),
        ("地区生产总值", 237.2, "亿元", 2015, None),
        ("地区生产总值", 9.1, "%", 2015, 2011),
    ]


def test_a_year_a_figure_is_likened_to_dates_nothing() -> None:
    # corpus jilinshi-2010: 相当于2005年的3倍 compares with 2005; it dated every figure of the
    # review, and the next paragraph's (去年,…地区生产总值达到1855亿元), as 2005's
    text = (
        "过去五年是我市发展历程上极不平凡的五年。地区生产总值年均增长24%,相当于2005年的3倍。\n"
        "去年,我市遭受了特大洪涝灾害。地区生产总值达到1855亿元,同比增长23.6%。\n"
    )
    assert dated(text, 2011) == [
        ("地区生产总值", 24, "%", 2010, 2006),
        ("地区生产总值", 3, "倍", 2010, 2006),
        ("地区生产总值", 1855, "亿元", 2010, None),
        ("地区生产总值", 23.6, "%", 2010, None),
    ]


def test_a_level_begun_from_said_with_yuji_is_the_base_years() -> None:
    # corpus yiliang-2021: 从179.92亿元预计增加到245亿元 (预计 before the verb) was no level
    # begun from, and was drafted as 2021's.  (Its bullet, ——五年奋勇争先, opened the five years
    # for a while; a second review found ——三年大变样 read the same way, and the rule went.)
    text = (
        "过去五年,我们综合实力交出了一份成绩优异的答卷。地区生产总值从179.92亿元预计"
        "增加到245亿元,年均增长5%。\n"
    )
    assert dated(text, 2022) == [
        ("地区生产总值", 179.92, "亿元", 2016, None),
        ("地区生产总值", 245, "亿元", 2021, None),
        ("地区生产总值", 5, "%", 2021, 2017),
    ]


def test_a_base_year_named_once_holds_for_the_sentences_later_clauses() -> None:
    # corpus yixian-2016-trad: 由2011年的18.9亿元提高到2016年的28.4亿元,年均增长8.4%;
    # 财政收入由2.3亿元提高到4.3亿元: 2.3 is 2011's too (it was drafted as 2015's), and each
    # mean runs over 2012-2016 (it had no first year)
    text = (
        "全县地区生产总值由2011年的18.9亿元提高到2016年的28.4亿元,年均增长8.4%;"
        "财政收入由2.3亿元提高到4.3亿元,年均增长13.2%。\n"
    )
    assert dated(text, 2017) == [
        ("地区生产总值", 18.9, "亿元", 2011, None),
        ("地区生产总值", 28.4, "亿元", 2016, None),
        ("地区生产总值", 8.4, "%", 2016, 2012),
        ("财政收入", 2.3, "亿元", 2011, None),
        ("财政收入", 4.3, "亿元", 2016, None),
        ("财政收入", 13.2, "%", 2016, 2012),
    ]


def test_a_base_year_named_once_holds_for_the_paragraphs_later_sentences() -> None:
    # corpus helingeer-2010: 地区生产总值由2005年的61.88亿元…。规模以上工业增加值由32亿元预计
    # 增加到68亿元: parallel sentences share their base; 32 was drafted as 2009's
    text = (
        "全县地区生产总值由2005年的61.88亿元预计增加到2010年的130亿元。"
        "规模以上工业增加值由32亿元预计增加到68亿元,五年翻了一番多,年均增长16.3%。\n"
    )  # (a change over the years: review28 holds one of a year, 由1.82万元增加到…,增长7.7%)
    assert dated(text, 2011) == [
        ("地区生产总值", 61.88, "亿元", 2005, None),
        ("地区生产总值", 130, "亿元", 2010, None),
        ("规模以上工业增加值", 32, "亿元", 2005, None),
        ("规模以上工业增加值", 68, "亿元", 2010, None),
        # (the mean's first year, 2006, is not read from the sentence before: left unsaid)
        ("规模以上工业增加值", 16.3, "%", 2010, None),
    ]


def kinds(text: str, year: int) -> list[tuple[Any, ...]]:
    draft = extract(text, region="某区", year=year)
    return [(r.kind, r.name, r.value, r.unit, r.year) for r in draft.targets]


def test_a_review_that_hopes_to_meet_its_targets_sets_none() -> None:
    # batch 80, xifeng-2021-zfbgw: a review of the first three quarters that ends
    # 主要经济指标年底均可实现预期目标 was drafted as the next year's targets
    text = (
        "一年来,我们全力以赴抓项目。前三季度,固定资产投资41.9亿元,增长9.4%,"
        "主要经济指标年底均可实现预期目标。\n"
    )
    assert kinds(text, 2022) == [
        ("actual", "前三季度固定资产投资", 41.9, "亿元", 2021),  # (the part of the year, as
        ("actual", "前三季度固定资产投资", 9.4, "%", 2021),  # ellipsis.py names it)
    ]


def test_a_level_the_year_began_from_is_no_part_of_the_name() -> None:
    # batch 80, haidong-2019-smeqh-zhaideng: 贫困发生率由年初的1.83%下降到0.03% was named
    # 贫困发生率由年初, and 1.83% (the level at the year's start) dated as the year's own
    text = "贫困发生率由年初的1.83%下降到0.03%。不良贷款率由上年的1.2%降至0.5%。\n"
    assert dated(text, 2020) == [
        ("贫困发生率", 1.83, "%", 2018, None),
        ("贫困发生率", 0.03, "%", 2019, None),
        ("不良贷款率", 1.2, "%", 2018, None),
        ("不良贷款率", 0.5, "%", 2019, None),
    ]


def test_a_cue_that_describes_the_year_reviewed_opens_no_targets() -> None:
    # batch 82, xianggelila-2023-gov: 2023年,是…省委“3815”战略发展目标“三年上台阶”的第一年
    # named a goal to describe the year; the review after it was drafted as targets
    text = (
        "2023年,是省委“3815”战略发展目标“三年上台阶”的第一年。经济持续恢复向好。"
        "2023年,实现地区生产总值186.2亿元,增长1.2%。\n"
    )
    assert kinds(text, 2024) == [
        ("actual", "地区生产总值", 186.2, "亿元", 2023),
        ("actual", "地区生产总值", 1.2, "%", 2023),
    ]


def test_the_year_a_report_is_named_by_dates_none_of_its_figures() -> None:
    # batch 82, ganyu-2024-chaxiaohao: 赣榆区2025年工作报告显示,该区预计实现地区生产总值800
    # 亿元以上: the 2025 report's review of 2024, drafted as 2025's targets
    text = "赣榆区2025年工作报告显示,该区预计实现地区生产总值800亿元以上、增长7%。\n"
    assert kinds(text, 2025) == [
        ("actual", "地区生产总值", 800, "亿元", 2024),
        ("actual", "地区生产总值", 7, "%", 2024),
    ]


def test_a_quotation_mark_on_its_own_line_is_no_term() -> None:
    # batch 81, huli-2020-bullets-trad (as the page has it): the review opens with “ on a
    # line of its own; it was drafted as a glossary term defined by the paragraph after it
    text = (
        "“\n2020年,面對突如其來且仍在全球肆虐的新冠肺炎疫情 ,我們堅持以習近平新時代中國特色社會"
        "主義思想為指導,全面落實市委、市政府和區(qū)委決策部署,統(tǒng)籌推進疫情防控和經濟社會發(fā)展。"
        "一年來的主要工作和成效是:疫情防控工作取得顯著成效;六穩(wěn)六保工作得到高效落實。\n”\n"
        "? 23個工作專班到一線駐點,做到“外防輸入、內防擴散”;\n\n\n"
        "? 提前兌現(xiàn)惠企政策資金1.7億元,減免企業(yè)稅費近60億元;\n"
    )
    assert [t.term for t in extract(text, region="某区", year=2021).terms] == []


def test_the_adverb_zai_is_no_part_of_a_name() -> None:
    # batch 82, shehong-2023-snshxw: 地区生产总值再迈上新的百亿台阶、增长8.1% kept the adverb
    # 再 in the name.  (为规模工业解决实际问题 lost its 为 phrase for a while; a second review
    # found 向社会资本推介项目签约金额 and 为民生项目投入资金 cut the same way, and the rule went.)
    text = "地区生产总值再迈上新的百亿台阶、增长8.1%。\n"
    assert [r[0] for r in dated(text, 2024)] == ["地区生产总值"]


def test_a_thing_put_first_is_a_priority_not_a_rank() -> None:
    # batch 81, huli-2020-bullets-trad, and the corpus's shimian-2021, xingqing-2020:
    # 坚持把人民生命安全和身体健康放在第一位 gave two ranks of 1 (人民生命安全, 身体健康放);
    # 排在第65位 still places the district
    text = (
        "坚持把人民生命安全和身体健康放在第一位,全面落实决策部署。"
        "港北区进入中国西部百强区,排在第65位。\n"
    )
    draft = extract(text, region="港北区", year=2023)
    assert [(r.value, r.measure) for r in draft.targets] == [(65, "rank")]


def test_a_rank_with_no_subject_is_on_the_list_the_clause_before_entered() -> None:
    # corpus gangbei-2022: 港北区进入2022中国西部百强区,排在第65位 was drafted as a rank of
    # 居民人均可支配收入 (the sentence before's) for 全国 (the 中国 of the list's name), and
    # 在广西21个主城区中排在第2位 as a rank of 在广西21个主城区中排
    text = (
        "居民人均可支配收入增长3.1%。港北区进入2022中国西部百强区,排在第65位;荣获“2021年度"
        "广西高质量发展先进城区”称号,在广西21个主城区中排在第2位。\n"
    )
    draft = extract(text, region="港北区", year=2023)
    assert [(r.region, r.name, r.value, r.measure) for r in draft.targets] == [
        ("港北区", "居民人均可支配收入", 3.1, None),
        ("港北区", "中国西部百强区", 65, "rank"),
        ("港北区", "广西高质量发展先进城区", 2, "rank"),
    ]


def test_the_years_since_a_year_or_a_plans_start_run_to_the_year_reviewed() -> None:
    # stop 27's note, left: “十四五”以来,累计完成固定资产投资580亿元 had no first year (with
    # the marks) or the plan's five (without them: 2019-2023 in a review of 2023)
    text = (
        "“十四五”以来,全县累计完成固定资产投资580亿元,年均增长8.5%。"
        "十四五以来,累计引进项目120个。2018年以来,累计新增城镇就业5.2万人。\n"
    )
    assert dated(text, 2024) == [
        ("固定资产投资", 580, "亿元", 2023, 2021),
        ("固定资产投资", 8.5, "%", 2023, 2021),
        ("引进项目", 120, "个", 2023, 2021),
        ("新增城镇就业", 5.2, "万人", 2023, 2018),
    ]


def measured(text: str, year: int) -> list[tuple[Any, ...]]:
    draft = extract(text, region="某区", year=year)
    return [(r.name, r.value, r.unit, r.measure, r.direction) for r in draft.targets]


def test_prizes_won_flags_and_the_first_place_are_read() -> None:
    # batch 84, penglai-2023: 夺得“羚羊奖”5个 was named 夺得“羚羊奖”, “流动红旗”6面 (面 no unit)
    # and 荣誉数量位居全市首位 (a rank with no numeral) were missed; futian-2018's 位于全市首位
    # was named 位于.  首位度 (a primacy) and 把就业摆在首位 are no ranks.
    text = (
        "在百日攻坚擂台赛中,夺得“羚羊奖”5个、“流动红旗”6面,荣誉数量位居全市首位。"
        "社会消费品零售总额1780亿元,位于全市首位。首位度提高到28%。始终把就业摆在首位。\n"
    )
    assert measured(text, 2024) == [
        ("“羚羊奖”", 5, "个", None, None),
        ("“流动红旗”", 6, "面", None, None),
        ("荣誉数量", 1, "位", "rank", None),
        ("社会消费品零售总额", 1780, "亿元", None, None),
        ("社会消费品零售总额", 1, "位", "rank", None),
        ("首位度", 28, "%", None, None),
    ]


def test_emissions_cut_fall_and_share_the_last_ones_measure() -> None:
    # batch 84, ouhai-2014: 化学需氧量、氨氮、二氧化硫、氮氧化物排放量分别削减1.7%、…: 削减 was no
    # predicate, so the last name was 氮氧化物排放量分别削减 and none of them fell
    text = "化学需氧量、氨氮、二氧化硫、氮氧化物排放量分别削减1.7%、2.5%、3%、4.8%。\n"
    assert measured(text, 2015) == [
        ("化学需氧量排放量", 1.7, "%", None, "down"),
        ("氨氮排放量", 2.5, "%", None, "down"),
        ("二氧化硫排放量", 3, "%", None, "down"),
        ("氮氧化物排放量", 4.8, "%", None, "down"),
    ]


def test_a_change_by_an_amount_is_no_level_of_its_indicator() -> None:
    # batch 83, liuzhou-2007-sina (2007年经济工作的目标为“1123”,即…地区生产总值净增100亿元以上):
    # no targets were drafted (经济工作的目标为 was no cue); and a change by an amount took
    # the level's key, so 城镇居民人均可支配收入增加1500元 would stand in the table as the
    # year's income of 1500元 and 净增100亿元 as a GDP of 100亿元
    text = (
        "全会建议2007年经济工作的目标为“1123”,即在2006年的基础上,地区生产总值净增100亿元以上;"
        "财政收入净增20亿元以上。\n"
    )
    draft = extract(text, region="柳州市", year=2007)
    assert [(r.kind, r.name, r.value, r.key) for r in draft.targets] == [
        ("target", "地区生产总值", 100, None),
        ("target", "财政收入", 20, None),
    ]
    review = "去年,城镇居民人均可支配收入增加1500元;地区生产总值达到500亿元,增长7%。\n"
    draft = extract(review, region="某区", year=2024)
    assert [(r.value, r.key) for r in draft.targets] == [
        (1500, None),
        (500, "gdp"),
        (7, "gdp_growth"),
    ]


def test_a_sentence_on_five_years_is_of_the_years_reviewed_not_the_last_named() -> None:
    # batch 85, tianfu-xinqu-2022-trad: a work conference's page (会议对2023年工作提出了总体
    # 要求,…安排部署2023年工作) then 五年来,…连续跨越2个千亿级台阶、预计增长至4450亿元: the
    # level was drafted as a target of 2023 named …连续跨越2个千亿级台阶
    text = (
        "会议对2023年工作提出了总体要求,回顾总结2022年工作,安排部署2023年工作。\n"
        "五年来,地区生产总值连续跨越2个千亿级台阶、预计增长至4450亿元。\n"
    )
    assert kinds(text, 2023) == [("actual", "地区生产总值", 4450, "亿元", 2022)]


def test_deposits_and_loans_with_a_value_each_are_two_rows() -> None:
    # batch 85, youyang-2021: 存贷款余额285亿元、240亿元,分别是2016年的1.4倍、2.4倍 at a
    # name's start kept one name for both (存贷款余额 285 and 240)
    text = "存贷款余额285亿元、240亿元,分别是2016年的1.4倍、2.4倍。\n"
    draft = extract(text, region="某区", year=2022)
    assert [(r.name, r.value) for r in draft.targets][:4] == [
        ("存款余额", 285),
        ("贷款余额", 240),
        ("存款余额", 1.4),
        ("贷款余额", 2.4),
    ]


def test_a_news_pages_chrome_is_no_glossary_term() -> None:
    # batch 85, guian-xinqu-2019 (its opening, as the page has it): 打开网易新闻 查看精彩图片
    # between paragraphs was drafted as a term defined by the paragraph after it
    text = (
        "5月16日,贵安新区2020年工作会议在东盟国际会议中心召开,会议对新区2019年工作进行总结,"
        "就2020年工作做安排。\n\n打开网易新闻 查看精彩图片\n\n一年来,贵安新区坚持以习近平新时代"
        "中国特色社会主义思想为指导,全面贯彻党的十九大、十九届二中、三中、四中全会精神和习近平"
        "总书记对贵州工作、对贵安新区发展的重要指示精神,增强“四个意识”、坚定“四个自信”、做到"
        "“两个维护”,坚持高端化、绿色化、集约化主攻方向,坚守发展和生态两条底线,坚决打好三大攻坚战,"
        "扎实推进三大战略行动。\n\n打开网易新闻 查看精彩图片\n\n"
        "2019年,贵安新区直管区地区生产总值完成126.24亿元、增长6.6%。\n"
    )
    assert extract(text, region="贵安新区", year=2020).terms == []


def test_a_task_striven_for_before_the_targets_list_is_a_target() -> None:
    # batch 85, harbin-xinqu-2024: a news page's 展望2024 (力争全年招商引资项目数量突破100个,
    # 确保新开工省市重点项目达到100个以上) came before its list of 预期目标, and so stood in
    # the review: it was drafted as nothing
    text = (
        "2024年,新区将聚精会神抓好三件大事。\n\n"
        "力争全年招商引资项目数量突破100个,确保新开工省市重点项目达到100个以上;\n\n"
        "经济社会发展预期目标\n\n●地区生产总值增长6.5%左右\n"
    )
    assert kinds(text, 2024) == [
        ("target", "地区生产总值", 6.5, "%", 2024),
        ("target", "招商引资项目数量", 100, "个", 2024),
        # (新开工 stays since stop 33, as 新建 does: the corpus's harbin-xinqu-2024 reads so)
        ("target", "新开工省市重点项目", 100, "个", 2024),
    ]


def test_a_numbered_slogan_that_names_the_targets_is_the_term_and_they_are_targets() -> None:
    # batch 87, quwo-2009-ydshl-trad: 今年曲沃经济工作的奋斗目标“535511”,即全县地区生产总值
    # 达到56亿元… under 总体要求是: the term was the whole lead-in (今年…奋斗目标“535511”),
    # and the first target was named 即全县地区生产总值
    text = (
        "2009年,曲沃县经济工作的总体要求是:以科学发展观统领全县经济社会发展全局。\n"
        "今年曲沃经济工作的奋斗目标“535511”,即全县地区生产总值达到56亿元,增长10%;"
        "规模以上工业增加值达到33亿元,增长12%。\n"
    )
    draft = extract(text, region="曲沃县", year=2009)
    assert [t.term for t in draft.terms] == ["“535511”"]
    assert [(r.kind, r.name, r.value) for r in draft.targets] == [
        ("target", "地区生产总值", 56),
        ("target", "地区生产总值", 10),
        ("target", "规模以上工业增加值", 33),
        ("target", "规模以上工业增加值", 12),
    ]


def test_a_plan_said_in_a_lead_in_sets_targets_for_its_last_year() -> None:
    # batch 89, fuzhou-2022-xinhua: 报告明确了今后五年福州发展蓝图:地区生产总值增速保持7.6%
    # 左右… (no cue, no year): the targets were drafted as 2022's, not the plan's 2026
    text = "报告明确了今后五年福州发展蓝图:地区生产总值增速保持7.6%左右、总量突破1.7万亿元。\n"
    assert kinds(text, 2022) == [
        ("target", "地区生产总值", 7.6, "%", 2026),
        ("target", "地区生产总值", 1.7, "万亿元", 2026),
    ]


def test_a_share_after_a_growth_is_of_the_growing_thing() -> None:
    # batch 88, futian-2008-news: GDP达1498.24亿元,同比增长10.2%,占全市19.2% named the
    # share 占全市 (a share after a rate was taken for a share of a share)
    text = "去年全年GDP达1498.24亿元,同比增长10.2%,占全市19.2%。\n"
    assert measured(text, 2009) == [
        ("GDP", 1498.24, "亿元", None, None),
        ("GDP", 10.2, "%", None, None),
        ("GDP", 19.2, "%", "share", None),
    ]
