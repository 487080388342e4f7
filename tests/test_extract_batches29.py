"""Faults that stop 29's unseen batches (90-97) found, each reproduced before it was fixed.
Every expected row is written by hand from the sentence in the test; the passage it comes
from is named in each comment."""

from __future__ import annotations

from typing import Any

from jfq.authoring.extract import extract


def rows(text: str, year: int) -> list[tuple[Any, ...]]:
    draft = extract(text, region="某区", year=year)
    return [(r.name, r.value, r.unit, r.measure) for r in draft.targets]


def test_margins_over_a_list_of_benchmarks_are_the_figures_before() -> None:
    # batch 97, 广安经开区 2023: 比全省、全市分别高2、1.4个百分点 are two margins of the GDP's
    # growth; they were named 比全省别高 and 全市分别高
    text = "地区生产总值增长8%,比全省、全市分别高2、1.4个百分点。"
    assert rows(text, 2024) == [
        ("地区生产总值", 8, "%", None),
        ("地区生产总值", 2, "个百分点", None),
        ("地区生产总值", 1.4, "个百分点", None),
    ]


def test_kinds_listed_and_counted_share_the_head_after_the_count() -> None:
    # batch 97, 慈湖高新区 2023: 通信通讯、节能环保两大产业集群产值…分别增长 is each kind's
    # 产业集群产值; it drafted 通信通讯 and 节能环保两大产业集群产值
    text = "通信通讯、节能环保两大产业集群产值预计全年分别增长29.5%、24%。"
    assert rows(text, 2024) == [
        ("通信通讯产业集群产值", 29.5, "%", None),
        ("节能环保产业集群产值", 24, "%", None),
    ]


def test_kinds_counted_with_one_value_are_one_total() -> None:
    # corpus zhijiang-2024-trad: with no 分别 the two industries' output is one figure
    text = "化工新材料和生命健康两大主导产业产值突破600亿元。"
    assert rows(text, 2025) == [("化工新材料和生命健康两大主导产业产值", 600, "亿元", None)]


def test_a_count_s_verb_takes_its_adverb_with_it() -> None:
    # batch 97, 慈湖高新区 2023: 连续举办9场亲清政企恳谈会 counts the meetings; the name
    # kept the adverb (连续亲清政企恳谈会)
    assert rows("连续举办9场亲清政企恳谈会。", 2024) == [("亲清政企恳谈会", 9, "场", None)]


def test_a_rank_in_a_named_evaluation_is_named_by_it() -> None:
    # batch 97, 芜湖经开区 2022 and corpus xianxian-2014: the rank is on the evaluation, named
    # without its year, scope and the count of those ranked; the first kept all of them and
    # the second drafted nothing
    text = (
        "经开区在2021年度全国217家国家级开发区综合考评中位列第13位,"
        "在全省126家省级以上开发区综合考评中位列第3位。"
        "在全省133个县市工业转型升级目标责任考核中位居全省第三位。"
    )
    assert rows(text, 2023) == [
        ("国家级开发区综合考评", 13, "位", "rank"),
        ("省级以上开发区综合考评", 3, "位", "rank"),
        ("工业转型升级目标责任考核", 3, "位", "rank"),
    ]


def test_a_target_responsibility_evaluation_is_no_word_of_a_plan() -> None:
    # corpus xianxian-2014: 目标责任考核 is an evaluation's name; its 目标 made the review's
    # clause a plan, and the rank was dropped
    text = "过去一年,全县在全省工业转型升级目标责任考核中位居全省第三位,地区生产总值增长5%。"
    draft = extract(text, region="某区", year=2023)
    assert [(r.kind, r.year, r.name, r.value) for r in draft.targets] == [
        ("actual", 2022, "工业转型升级目标责任考核", 3),
        ("actual", 2022, "地区生产总值", 5),
    ]


def test_ranks_in_two_evaluations_at_once_are_each_evaluation_s() -> None:
    # corpus tianchang-2015: 在皖江示范区和省级开发区两项考核中均排名第一 ranks first in each;
    # it drafted 在皖江示范区 and 省级开发区两项考核中
    text = "过去一年,全县在皖江示范区和省级开发区两项考核中均排名第一。"
    assert rows(text, 2013) == [
        ("皖江示范区考核", 1, None, "rank"),
        ("省级开发区考核", 1, None, "rank"),
    ]


def test_places_counted_are_still_the_places() -> None:
    # the count's head 两个城市 names the places listed, not a head they share
    known = {"开封": "开封市", "郑州": "郑州市"}
    text = "开封、郑州两个城市均为6%左右。"
    draft = extract(text, region="河南省", year=2024, known_regions=known)
    assert [r.region for r in draft.targets] == ["开封市", "郑州市"]


def dated(text: str, year: int, region: str = "某区") -> list[tuple[Any, ...]]:
    draft = extract(text, region=region, year=year)
    return [(r.name, r.value, r.unit, r.year, r.measure) for r in draft.targets]


def test_a_news_page_s_data_say_names_nothing() -> None:
    # batch 96, 国务院 2012 (BBC): 他引数据称中国国内生产总值在过去五年中从…增加到… named
    # the figures 他引数据称中国国内生产总值在过去五年中 (the nation's report: in a
    # district's, 中国国内生产总值 is the nation's, and keeps 中国: test_extract_stop43.py)
    text = "他引数据称中国国内生产总值在过去五年中从26.6万亿元增加到51.9万亿元。"
    assert [r[0] for r in dated(text, 2012, "全国")] == ["国内生产总值", "国内生产总值"]


def test_adverbs_before_from_and_before_a_verb_leave_the_name() -> None:
    # batch 96, 国务院 2012: 公共财政收入也从…, 中国还新增城镇就业… kept 也 and 还
    text = "去年,公共财政收入也从5.1万亿元增加到11.7万亿元。中国还新增城镇就业5870万人。"
    got = [r[0] for r in dated(text, 2012, "全国")]
    assert got == ["公共财政收入", "公共财政收入", "新增城镇就业"]


def test_levels_a_five_year_change_runs_between_are_no_totals() -> None:
    # batch 96, 国务院 2012: 五年来中国公共财政收入从5.1万亿元增加到11.7万亿元 marked the
    # level begun from as a five-year total; 五年来…增加到11.7万亿元 marked the level reached
    assert [r[4] for r in dated("五年来中国公共财政收入从5.1万亿元增加到11.7万亿元。", 2012)] == [
        None,
        None,
    ]
    assert [r[4] for r in dated("五年来公共财政收入增加到11.7万亿元。", 2012)] == [None]


def test_a_clause_without_a_figure_that_names_an_indicator_is_what_follows_is_of() -> None:
    # batch 96, 湖南 2015: …完成固定资产投资2.6万亿元;一般公共预算收入比2010年翻一番,达
    # 4008.1亿元: the 4008.1亿元 was drafted as the investment's
    text = "去年,完成固定资产投资2.6万亿元;一般公共预算收入比2010年翻一番,达4008.1亿元。"
    assert [(r[0], r[1]) for r in dated(text, 2016)] == [
        ("固定资产投资", 2.6),
        ("一般公共预算收入", 4008.1),
    ]


def test_ranks_said_in_turn_are_the_figures_before() -> None:
    # batch 96, 宁波 2011: …分别居世界第5位和第6位 ranks the two throughputs before it; the
    # ranks were named 居世界. After growths, the ranks are the growths' (增速)
    text = (
        "五年来,港口货物吞吐量从3.1亿吨增加到4.3亿吨,"
        "港口集装箱吞吐量从706.8万标箱增加到1451.2万标箱,分别居世界第5位和第6位。"
    )
    assert [(r[0], r[1]) for r in dated(text, 2011) if r[4] == "rank"] == [
        ("港口货物吞吐量", 5),
        ("港口集装箱吞吐量", 6),
    ]
    text = "去年,地区生产总值增长8%,一般公共预算收入增长9%,分别居全省第3位和第5位。"
    assert [(r[0], r[1]) for r in dated(text, 2011) if r[4] == "rank"] == [
        ("地区生产总值增速", 3),
        ("一般公共预算收入增速", 5),
    ]


def test_a_plan_s_period_in_brackets_dates_nothing() -> None:
    # batch 95, 厦门 2025: 国土空间总体规划(2021—2035年)获批实施 dated the review's figures
    # after it as targets for 2035
    text = "2025年,国土空间总体规划(2021—2035年)获批实施,地区生产总值增长5.7%。"
    draft = extract(text, region="某区", year=2026)
    assert [(r.kind, r.year, r.value) for r in draft.targets] == [("actual", 2025, 5.7)]


def test_the_targets_a_report_proposes_as_each_of_them_are_a_block() -> None:
    # batch 95, 珠海 2024: 报告又提出今(2024)年经济社会发展的各项预期目标,包括…: 各项 was read
    # as a step back (完成…各项预期目标), and the targets as the year before's results
    text = (
        "报告又提出今(2024)年经济社会发展的各项预期目标,包括预期今年GDP增长6%,"
        "规模以上工业增加值增长8%等。"
    )
    draft = extract(text, region="某区", year=2024)
    assert [(r.kind, r.year, r.name, r.value) for r in draft.targets] == [
        ("target", 2024, "GDP", 6),
        ("target", 2024, "规模以上工业增加值", 8),
    ]
    met = "全年较好地完成全年各项任务和“十一五”规划的各项预期目标。全年实现地区生产总值307.4亿元。"
    assert [r.kind for r in extract(met, region="某区", year=2011).targets] == ["actual"]


def test_because_and_only_leave_the_name() -> None:
    # batch 95, 东莞 2014: 由于2012年…GDP增速仅为6.1% named the figure 由于2012年…GDP增速仅
    draft = extract("由于2012年GDP增速仅为6.1%,低于预期。", region="某区", year=2014)
    assert [(r.name, r.value) for r in draft.targets] == [("GDP", 6.1)]


def test_hong_kong_news_words_read_as_the_mainland_s() -> None:
    # batch 93, 上海 2026 (udn): 年增5.4% is 同比增长; 達人民幣5.67兆元 names the currency
    # between the predicate and the figure; the names were 生產總值達人民幣 and 年增
    text = "2025年,全市生產總值達人民幣5.67兆元,年增5.4%。"
    assert [(r[0], r[1], r[2]) for r in dated(text, 2026)] == [
        ("生產總值", 5.67, "兆元"),
        ("生產總值", 5.4, "%"),
    ]


def test_a_news_page_s_paragraph_of_an_earlier_year_goes_on_after_the_targets() -> None:
    # batch 93, 上海 2026: after the targets, 龔正指,2025年…。地方一般公共預算收入達8,500億元…
    # : the second sentence, naming no year, was dropped
    text = (
        "建議今年全市經濟社會發展的主要預期目標為:全市生產總值增長5%左右,"
        "地方一般公共預算收入增長2%。\n\n"
        "龔正指,2025年上海經濟運行穩中有進,全市生產總值年增5.4%。"
        "地方一般公共預算收入達8,500億元,年增1.5%。"
    )
    draft = extract(text, region="某区", year=2026)
    assert [(r.kind, r.year, r.value) for r in draft.targets if r.kind == "actual"] == [
        ("actual", 2025, 5.4),
        ("actual", 2025, 8500),
        ("actual", 2025, 1.5),
    ]


def test_zhi_as_said_leaves_the_name_and_zhishu_stays() -> None:
    # batch 93, 北京 2025 (crntt): …發表政府工作報告,指全市地區生產總值超過5萬億元 named the
    # figure 指全市地區生產總值
    text = "2025年,殷勇發表報告,指全市地區生產總值超過5萬億元。居民消费价格指数上涨0.1%。"
    assert [r[0] for r in dated(text, 2026)] == ["地區生產總值", "居民消费价格指数"]


def test_research_and_experimental_development_is_one_name() -> None:
    # batch 90, 宁海 2015: 研究和试验发展经费支出占GDP比重 was split in two at its 和
    text = "今年,研究和试验发展经费支出占GDP比重达到2.5%。"
    assert [r[0] for r in dated(text, 2015)] == ["研究和试验发展经费支出占GDP比重"]


def terms(text: str) -> list[tuple[str, str]]:
    draft = extract(text, region="某区", year=2019)
    return [(t.term, t.definition or "") for t in draft.terms]


def test_a_quoted_term_glossed_after_a_long_lead_in() -> None:
    # batch 94, 国务院 2019 (香港01): 值得注意的是前兩年的工作報告均提到要實施「中國製造2025」,
    # 即… gave no entry: the words before the quoted term were more than 8 characters
    text = (
        "值得注意的是前兩年的工作報告均提到要實施「中國製造2025」,"
        "即中國實施「製造強國」戰略的第一個10年行動綱領。"
    )
    assert terms(text) == [("「中國製造2025」", "即中國實施「製造強國」戰略的第一個10年行動綱領。")]


def test_a_long_numbered_item_with_its_copula_glued_to_the_term() -> None:
    # batch 94, 国务院 2018 (426z): 1、三大攻坚战是指…,是在十九大报告中首次提出的新表述。 was
    # taken for prose (over 40 characters, no colon)
    text = (
        "1、三大攻坚战是指防范化解重大风险、精准脱贫、污染防治,是在十九大报告中首次提出的新表述。"
    )
    assert terms(text) == [
        (
            "三大攻坚战",
            "是指防范化解重大风险、精准脱贫、污染防治,是在十九大报告中首次提出的新表述。",
        )
    ]


def test_put_first_among_named_things_is_a_priority_not_a_rank() -> None:
    # batch 94, 国务院 2020 (看看新闻): 而“稳就业”仍放在“六稳”第一位 was a rank of 1
    text = "2018年,调查失业率创下新低,而“稳就业”仍放在“六稳”第一位。"
    assert [r for r in rows(text, 2019) if r[3] == "rank"] == []


def test_a_rank_placed_with_pai_zai_names_what_it_ranks() -> None:
    # the rank's verb 排在 was kept in the name (县域经济排); after a list entered, the
    # rank is on the list (corpus gangbei-2022)
    assert rows("去年,县域经济排在第65位。", 2019) == [("县域经济", 65, "位", "rank")]
    text = "港北区进入2022中国西部百强区,排在第65位。"
    assert rows(text, 2023) == [("中国西部百强区", 65, "位", "rank")]


def test_leasing_and_business_services_is_one_industry() -> None:
    # batch 92, 罗湖 2014: 租赁和商务服务业营业收入 was split at its 和
    text = "去年,租赁和商务服务业营业收入增长35%。"
    assert [r[0] for r in rows(text, 2015)] == ["租赁和商务服务业营业收入"]


def test_gengjia_opens_a_qualitative_target_s_predicate() -> None:
    # batch 96, 贵阳 2017: 生态环境更加优化 was named 生态环境更加, and 创新发展更加强劲 kept its
    # predicate whole
    text = "今后五年的主要目标是:创新发展更加强劲、生态环境更加优化。全市生产总值年均增长11%左右。"
    assert [r[0] for r in rows(text, 2017)] == ["创新发展", "生态环境", "生产总值"]


def test_the_governments_that_set_a_target_are_one_attributive() -> None:
    # batch 91, 青岛 2022: 全面完成國家、省下達的…約束性指標和環境質量改善目標 drafted a target
    # named 國家, the 、 read as a cut between two clauses
    text = (
        "主要预期目标是:生产总值增长6%以上,"
        "全面完成国家、省下达的年度节能减排降碳约束性指标和环境质量改善目标。"
    )
    assert [r[0] for r in rows(text, 2022)] == ["生产总值", "节能减排降碳", "环境质量改善"]


def test_reasonable_growth_and_steadying_are_predicates() -> None:
    # batch 91, 济南 2025 and 山东 2023: 固定资产投资合理增长 was named 固定资产投资合理, and
    # 外贸外资促稳提质 外贸外资促稳
    text = "主要预期目标是:固定资产投资合理增长;外贸外资促稳提质。"
    assert [r[0] for r in rows(text, 2025)] == ["固定资产投资", "外贸外资"]


def test_a_report_s_heading_and_a_title_s_line_are_no_terms() -> None:
    # batch 90, 宁海 2015: 今年政府工作总体要求 / 认真贯彻… was drafted as a term and its
    # explanation; batch 95, 泉州 2013: a title's second line (在更高層面上推動…發展) too
    heading = (
        "去年主要目标任务圆满完成\n实现地区生产总值406亿元,增长6%。\n今年政府工作总体要求\n"
        "认真贯彻落实党的十八大和十八届三中、四中全会精神,坚持稳中求进工作总基调。\n"
        "今年经济社会发展预期目标\n地区生产总值增长7.5%;财政总收入增长7%。\n"
    )
    title = (  # (the page's pinyin debris kept: without it, the pair was no glossary)
        "2014年泉州市《政府工作報(bào)告》全文:\n穩(wěn)中求進(jìn) 改革創(chuàng)新\n"
        "在更高層面上推動(dòng)泉州轉(zhuǎn)型升級(jí)長(zhǎng)遠(yuǎn)發(fā)展\n"
        "鄭新聰市長(zhǎng)在市第十五屆人大四次會(huì)議上的《政府工作報(bào)告》(摘登)\n"
        "2013年政府工作回顧\n2013年,在省委、省政府和市委的堅(jiān)強(qiáng)領(lǐng)導(dǎo)下,我市各級(jí)政府"
        "深入貫徹落實(shí)科學(xué)發(fā)展觀,較好地完成市十五屆人大二次會(huì)議確定的目標(biāo)任務(wù)。\n"
    )
    assert terms(heading) == []
    assert terms(title) == []


def test_a_goal_aimed_at_past_a_long_quoted_name_opens_no_block() -> None:
    # batch 102, 官渡区 2021: 紧盯“四个争当、三个助推”中远期发展目标,拓格局… opened a targets
    # block: the words from 紧盯 to the cue were more than 12 characters
    text = (
        "2017年以来,官渡区紧盯“四个争当、三个助推”中远期发展目标,拓格局、立产业、抓管理、"
        "优生态、重民生,成为全省、全市经济增长的重要引擎,昆明城市新中心、综合枢纽重要承载区、"
        "开放发展引领区“三大功能定位”建设取得阶段性成效。五年来,全区地区生产总值年均增长5.8%。"
    )
    draft = extract(text, region="某区", year=2022)
    assert [r.kind for r in draft.targets] == ["actual"]


def test_an_estimate_reached_and_a_mean_s_rate_name_the_subject() -> None:
    # batch 102, 官渡区 2021: 从1002.16亿元提高到预计的1420亿元 named the second level
    # 提高到预计, and 年均增速5.8% the mean 年均
    text = "五年来,全区地区生产总值从1002.16亿元提高到预计的1420亿元,年均增速5.8%。"
    assert [r[0] for r in dated(text, 2022)] == ["地区生产总值"] * 3


def test_a_news_page_s_proposing_verbs_and_estimates_leave_names() -> None:
    # batch 100: 其中提出今年GDP目标增长6%以上 (广东 2021), 2014年确定GDP增速为10% (广州
    # 2015), 刚刚过去的该省地区生产总值预计增长6.9% (吉林 2017); batch 101: 全体居民人均可支配
    # 收入初步测算… (珠海 2014): each name kept the verb, the place or the note
    text = (
        "刚刚过去的该省地区生产总值预计增长6.9%。其中提出今年GDP目标增长6%以上。"
        "全体居民人均可支配收入初步测算达到40000元。"
    )
    assert sorted(r[0] for r in rows(text, 2017)) == [
        "GDP",
        "全体居民人均可支配收入",
        "地区生产总值",
    ]
    assert [r[0] for r in rows("2014年确定GDP增速为10%。", 2015)] == ["GDP"]


def test_a_sector_a_sentence_opens_on_is_the_bare_head_s() -> None:
    # batch 100, 台州 2016 (and corpus daqing-2014): 农业保持全省领先,增加值增长4.4% named the
    # figure 增加值; the rank after it too
    text = "农业保持全省领先,增加值增长4.4%。工业回暖明显,增加值增长8.6%,增速居全省第二。"
    assert rows(text, 2017) == [
        ("农业增加值", 4.4, "%", None),
        ("工业增加值", 8.6, "%", None),
        ("工业增加值增速", 2, None, "rank"),
    ]


def test_a_rank_among_a_region_s_cities_and_a_shared_rate_word() -> None:
    # batch 101, 珠海 2014: GDP和预算收入增速均居珠三角第一 drafted no rank (珠三角 was no
    # scope), and corpus lueyang-2022's 地区生产总值、规上工业总产值、固定资产投资增速居全市
    # 第二位 named the first two without their 增速
    text = "去年,GDP和预算收入增速均居珠三角第一。地区生产总值、固定资产投资增速居全市第二位。"
    assert rows(text, 2015) == [
        ("GDP增速", 1, None, "rank"),
        ("预算收入增速", 1, None, "rank"),
        ("地区生产总值增速", 2, "位", "rank"),
        ("固定资产投资增速", 2, "位", "rank"),
    ]
    text = "主要预期目标是:投资增长10%,城镇、农村居民人均可支配收入增速高于全市平均水平。"
    assert [r[0] for r in rows(text, 2023)][1:] == [  # (城镇, a short form, is no name)
        "城镇居民人均可支配收入增速",
        "农村居民人均可支配收入增速",
    ]


def test_a_year_carried_from_lines_before_makes_no_body_sentence_a_result() -> None:
    # the rule for a news page's paragraph of an earlier year (above) first read the years
    # carried over single-newline lines: a report's body after its targets (…我市于2023年获批
    # 国家级园区。/ 新建5G基站1000个…) gave its tasks to 2023 as results
    text = (
        "2023年,全市地区生产总值增长6%。\n"
        "今年主要预期目标是:地区生产总值增长6%左右,一般公共预算收入增长5%。\n"
        "一、加快产业升级。我市于2023年获批国家级园区。\n"
        "新建5G基站1000个,新增规模以上工业企业50家。\n"
    )
    draft = extract(text, region="某区", year=2024)
    assert [(r.kind, r.year, r.value) for r in draft.targets if r.kind == "actual"] == [
        ("actual", 2023, 6)
    ]


def test_a_plan_s_sentence_after_the_year_s_targets_is_the_plan_s() -> None:
    # the note's "five-year targets on news pages": after 今年…主要预期目标是:…, a sentence that
    # opens on “十四五”期间 and says 到2025年达到500亿元 was dated as the year's target
    text = (
        "今年全区主要预期目标是:地区生产总值增长6%左右。"
        "“十四五”期间,全区将力争地区生产总值年均增长7%,到2025年达到500亿元。"
    )
    draft = extract(text, region="某区", year=2021)
    assert [(r.year, r.since, r.value) for r in draft.targets] == [
        (2021, None, 6),
        (2025, 2021, 7),  # (a mean over the plan's years)
        (2025, None, 500),
    ]


def test_the_main_indicators_standing_in_a_review_opens_no_block() -> None:
    # batches 99 and 101 (保定 2013, 襄阳 2014): 主要指标在全省位次前移,实现稳中有进、稳中向好 and
    # 主要指标占比继续提高 opened a targets block (主要指标 is a cue) and drafted the review's
    # words as next year's qualitative targets
    text = (
        "刚刚过去的2013年,是本届政府的开局之年。全市生产总值完成2650.6亿元、增长9%。"
        "主要指标在全省位次前移,实现稳中有进、稳中向好。"
    )
    draft = extract(text, region="某区", year=2014)
    assert [r.kind for r in draft.targets] == ["actual", "actual"]


def test_the_growth_a_cue_is_of_leaves_the_name() -> None:
    # batch 100, 重庆 2018 (新华社): 地区生产总值增长预期目标设定为8.5%左右 was named
    # 地区生产总值增长
    text = "记者获悉,2018年地区生产总值增长预期目标设定为8.5%左右。"
    assert [r[0] for r in rows(text, 2018)] == ["地区生产总值"]


def test_a_ratio_said_without_its_one_is_a_figure() -> None:
    # batches 95 and 96 (芜湖 2022, 德州 2016): 城鄉收入比降至1.79 and 城乡居民收入比由1.93缩小
    # 到1.86 drafted nothing: a number with no unit was no figure
    text = "去年,城乡收入比降至1.79。城乡居民收入比由1.93缩小到1.86。"
    assert [(r[0], r[1], r[2]) for r in rows(text, 2023)] == [
        ("城乡收入比", 1.79, None),
        ("城乡居民收入比", 1.93, None),
        ("城乡居民收入比", 1.86, None),
    ]
