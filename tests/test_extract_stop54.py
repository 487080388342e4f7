"""Stop 54: what the unseen batches 450 and later found, and the misses left from stop 53's,
each fault reproduced by a test that fails on the commit before its mend (the tests named as
guards hold before and after)."""

from __future__ import annotations

from extract_rows import bundled_regions, fields

from jfq.authoring.extract import extract


def test_a_count_of_the_indicators_a_plan_sets_is_no_target() -> None:
    # 国务院 2026 (batch 434), the 十五五 outline: 围绕增长、结构、效率提出3项指标 was drafted
    # as a target 围绕增长指标 = 3项; a plan's count of its indicators is no target of its own.
    text = (
        "2026年主要预期目标：围绕增长、结构、效率提出3项指标，地区生产总值增长5%左右；"
        "7项约束性指标全部完成。\n"
    )
    assert fields(text, 2026, "kind", "name", "value", "unit") == [
        ("target", "地区生产总值", 5, "%"),
    ]
    # (the guard: a review's count of them is a result, as the corpus reads it)
    text = "过去一年，全县7项约束性指标全部完成，地区生产总值增长6.1%。\n"
    assert fields(text, 2026, "kind", "name", "value", "unit") == [
        ("actual", "约束性指标", 7, "项"),
        ("actual", "地区生产总值", 6.1, "%"),
    ]


def test_the_months_own_whole_year_total_is_no_whole_years_review() -> None:
    # 武陵源 2022 (batch 454), a 1—6月 summary that opens on 今年以来: 核心景区一次进山人数全年
    # 累计36.21万人, said in a sentence that opens on 上半年, was read as a whole year's figure,
    # and every figure of the page was drafted as 2021's.
    text = (
        "今年以来,全区经济经受住了考验。\n\n"
        "一、经济增长较为稳定。上半年,我区实现地区生产总值238017万元,同比增长1.3%。\n\n"
        "二、旅游恢复较为缓慢。上半年,我区共接待旅游人次180.4万人次;"
        "核心景区一次进山人数全年累计36.21万人。\n"
    )
    assert fields(text, 2022, "year", "name", "value") == [
        (2022, "地区生产总值", 238017),
        (2022, "地区生产总值", 1.3),
        (2022, "接待旅游人次", 180.4),
        (2022, "核心景区一次进山人数", 36.21),
    ]


def test_a_years_review_that_goes_from_the_half_year_to_the_whole() -> None:
    # Stop 54's review: with 全年累计 read as the months' own wherever a sentence opened on
    # them, an undated review's 上半年集中开工项目45个,全年累计实施重点项目186个 dated all its
    # rows to the report's year, and a target for the whole year after a half-year's figure
    # (全年累计完成造林面积2万亩的目标) was read as done: the rule holds only in a text that
    # opens on 今年以来, and no longer for what is planned after the months.
    text = (
        "项目建设提速增效。上半年集中开工项目45个,全年累计实施重点项目186个,完成投资210亿元。"
        "农村居民人均可支配收入增长6.8%。\n"
    )
    assert {row[0] for row in fields(text, 2025, "year")} == {2024}
    text = "2025年上半年,全县植树造林1.2万亩。\n全年累计完成造林面积2万亩的目标。\n"
    assert ("target", 2) in fields(text, 2025, "kind", "value")


def test_a_sentence_that_looks_back_on_the_months() -> None:
    # 金华开发区 2025 (batch 454), a half-year meeting's news: 回顾上半年,开发区…:GDP同比增长
    # 6.9% was drafted as 2024's.
    text = (
        "近日,金华开发区召开半年度工作交流会,总结上半年工作,部署下半年任务。\n"
        "回顾上半年,开发区交出了亮眼成绩单:GDP同比增长6.9%;规上工业增加值74.75亿元。\n"
    )
    assert fields(text, 2025, "year", "name", "value") == [
        (2025, "GDP", 6.9),
        (2025, "规上工业增加值", 74.75),
    ]


def test_a_growth_rate_that_picked_up() -> None:
    # 汉滨 2020 and 武陵源 2022 (batch 454): 增速较一季度回升4.8个百分点 and 较一季度分别回升
    # 2.3和5.7个百分点 were named 较一季度回升: 回升 was no predicate, as 回落 is.
    text = (
        "上半年全区实现生产总值173.52亿元,同比下降7.2%,增速较一季度回升4.8个百分点;"
        "城乡居民人均可支配收入分别增长2.6%、4.4%,较一季度分别回升2.3和5.7个百分点。\n"
    )
    assert fields(text, 2020, "name", "value") == [
        ("生产总值", 173.52),
        ("生产总值", 7.2),
        ("生产总值增速", 4.8),
        ("城镇居民人均可支配收入", 2.6),
        ("农村居民人均可支配收入", 4.4),
        ("城镇居民人均可支配收入", 2.3),
        ("农村居民人均可支配收入", 5.7),
    ]


def test_what_there_is_and_what_it_totals() -> None:
    # 武陵源 2022 and 钟楼 2024 (batch 454): 全区现有40个在库项目 was named 现有在库项目, and
    # 亏损企业亏损额共计2.3亿元 kept 共计 in its name.
    text = "过去一年,全区现有40个在库项目;亏损企业亏损额共计2.3亿元。\n"
    assert fields(text, 2023, "name", "value", "unit") == [
        ("在库项目", 40, "个"),
        ("亏损企业亏损额", 2.3, "亿元"),
    ]


def test_a_ratio_of_incomes_said_with_no_unit() -> None:
    # 钱塘 2024 (batch 450): 收入倍差缩小至1.42、全市第一 drafted only the rank; a ratio of
    # incomes (倍差) is said bare, as 收入比 and 系数 are.
    text = "2024年,城乡居民收入倍差缩小至1.42、全市第一。\n"
    assert fields(text, 2025, "name", "value", "unit", "measure") == [
        ("城乡居民收入倍差", 1.42, None, None),
        ("城乡居民收入倍差", 1, None, "rank"),
    ]
    # (the guard, from stop 54's review: a change of the ratio, 缩小0.05, is no ratio of 0.05)
    assert fields("过去一年,城乡居民收入倍差缩小0.05。\n", 2025, "value") == []


def test_a_news_pages_headline_that_its_paragraph_retells_is_no_term() -> None:
    # 连州 2020 (batch 456), a news page of the report: its headlines over their paragraphs
    # (医共体信息化建设经验全国推广⏎…医共体信息化建设经验在全国和全省推广应用…) were drafted
    # as glossary entries, a term on its line and its explanation under it.
    text = (
        "连州市长唐庆卫向大会作政府工作报告。\n"
        "医共体信息化建设经验全国推广\n"
        "市人民医院感染楼建成启用,医共体信息化建设经验在全国和全省推广应用,清远市北部区域"
        "医疗中心辐射作用更加凸显。\n"
        "农业农村部表扬\n"
        "畜禽养殖废弃物资源化利用率达94.73%,得到农业农村部肯定表扬。\n"
    )
    assert extract(text, region="连州市", year=2020).terms == []
    # (the guard: a glossary's terms so laid out, defined, not retold)
    text = (
        "政府性基金预算\n"
        "是对依照法律、行政法规的规定在一定期限内向特定对象征收的资金,专项用于特定公共事业"
        "发展的收支预算。\n"
        "塑料污染防治“十大行动”\n"
        "部分塑料制品禁产、禁售行动;部分塑料制品禁用、限用行动;塑料替代产品应用推广行动。\n"
    )
    text += (
        "国有资本经营预算\n"
        "对国有资本收益作出支出安排的收支预算,是政府预算的重要组成部分。\n"
        "专精特新企业\n"
        "一般指具备专业化、精细化、特色化、新颖化优势的中小企业,专精特新企业是中小企业中的"
        "佼佼者。\n"
    )
    assert [t.term for t in extract(text, region="某县", year=2025).terms] == [
        "政府性基金预算",
        "塑料污染防治“十大行动”",
        "国有资本经营预算",
        "专精特新企业",
    ]


def test_macaos_first_three_quarters_and_its_pataca() -> None:
    # 澳门 2025 (batch 453): 2025年首三季度,…本地生产总值初值为3013.3亿澳门元,按年实质增长
    # 4.2% was named 三季度…, in 亿 with 澳门元 in its name, and 按年实质 named the growth.
    text = "2025年首三季度,本地生产总值为3013.3亿澳门元,按年实质增长4.2%。\n"
    assert fields(text, 2025, "year", "name", "value", "unit") == [
        (2025, "本地生产总值", 3013.3, "亿澳门元"),
        (2025, "本地生产总值", 4.2, "%"),
    ]


def test_a_page_that_opens_since_the_start_of_its_year() -> None:
    # 包头稀土高新区 2022 (batch 459), a page of October: 2022年以来,…组织实施投资亿元以上重大
    # 项目125个 was drafted as 2021's, read with 2022: since the start of the report's own
    # year is its months so far, as 今年1至6月 is.
    text = "2022年以来,全区组织实施投资亿元以上重大项目125个,总投资678亿元。\n"
    assert fields(text, 2022, "kind", "year", "value") == [
        ("actual", 2022, 125),
        ("actual", 2022, 678),
    ]
    # (the guard: read with the year after, 2022 is the year reviewed, as before)
    assert fields(text, 2023, "kind", "year", "value") == [
        ("actual", 2022, 125),
        ("actual", 2022, 678),
    ]


def test_a_zone_named_short_for_its_city_is_its_own() -> None:
    # 郑州航空港经济综合实验区 2020 (batch 459): 郑州航空港实验区地区生产总值…达1041亿元 gave its
    # rows to 郑州市, the city its short name opens on.
    text = "2020年,郑州航空港实验区地区生产总值首破1000亿元,达1041亿元,同比增长7.8%。\n"
    draft = extract(text, region="郑州航空港经济综合实验区", year=2021,
                    known_regions=bundled_regions())  # fmt: skip
    assert [(r.region, r.name, r.value) for r in draft.targets] == [
        ("郑州航空港经济综合实验区", "地区生产总值", 1000),
        ("郑州航空港经济综合实验区", "地区生产总值", 1041),
        ("郑州航空港经济综合实验区", "地区生产总值", 7.8),
    ]


def test_a_figure_parted_from_its_unit_by_a_line_break() -> None:
    # 新乡 2019 (batch 460), a newspaper's page copied line by line with blank lines between:
    # 高于全省平均水平3.3⏎⏎个百分点 left 3.3 without its unit, and the rows after it each took
    # the figure of the row before.
    text = (
        "过去一年,固定资产投资增长11.3%,高于全省平均水平3.3\n\n"
        "个百分点;社会消费品零售总额增长10.8%。\n"
    )
    assert fields(text, 2020, "name", "value", "unit") == [
        ("固定资产投资", 11.3, "%"),
        ("固定资产投资", 3.3, "个百分点"),
        ("社会消费品零售总额", 10.8, "%"),
    ]
    # (the guard: a year parted from its 年 is no figure and its unit)
    text = "过去一年,全县2019\n年以来累计完成投资12亿元。\n"
    assert [row[1] for row in fields(text, 2020, "name", "value")] == [12]


def test_a_bulletins_tables_as_copied() -> None:
    # 庐阳 2016 and 泾源 2018 (batch 467), statistics bulletins: a table whose header spaces its
    # letters (指 标 | 总量(亿元) | 增长(%)), and one copied with single spaces between its cells,
    # were read as no table (their rows lost), and a part's 其中: stayed in its name.
    text = (
        "2016年全区生产总值及增长速度\n"
        "指 标 | 总量(亿元) | 增长(%) |\n"
        "生产总值 | 684.84 | 10.5 |\n"
        "其中:工业 | 55.64 | 1.8 |\n"
    )
    assert fields(text, 2017, "year", "name", "value", "unit") == [
        (2016, "生产总值", 684.84, "亿元"),
        (2016, "生产总值", 10.5, "%"),
        (2016, "工业", 55.64, "亿元"),
        (2016, "工业", 1.8, "%"),
    ]
    text = (
        "表1:2018年泾源县地区生产总值及其增长速度\n"
        "  指标 绝对值(万元) 比上年增长(%)\n"
        "  农林牧渔业 37554 4.0\n"
        "  工业 8848 -45.1\n"
        "\n人口:据人口抽样调查,年末全县常住总户数为27309户。\n"
    )
    assert fields(text, 2019, "name", "value", "unit") == [
        ("农林牧渔业", 37554, "万元"),
        ("农林牧渔业", 4.0, "%"),
        ("工业", 8848, "万元"),
        ("工业", -45.1, "%"),
        ("常住总户数", 27309, "户"),
    ]


def test_the_price_index_classes_are_one_name_each() -> None:
    # 东宝 2020 (batch 467), a bulletin: 交通和通信下降3.7%,教育文化和娱乐上涨3.6% gave rows
    # for 交通, 通信, 教育文化 and 娱乐: the index's classes hold 和 as one name, with no 类.
    text = (
        "过去一年,分类别看,食品烟酒上涨9.1%,交通和通信下降3.7%,教育文化和娱乐上涨3.6%,"
        "其他用品和服务上涨5.8%。\n"
    )
    assert fields(text, 2021, "name", "value") == [
        ("食品烟酒", 9.1),
        ("交通和通信", 3.7),
        ("教育文化和娱乐", 3.6),
        ("其他用品和服务", 5.8),
    ]


def test_a_news_page_that_opens_on_this_year_before_its_months() -> None:
    # 绵阳 2009 (batch 466), a news page of April 2010: 2009年…。今年全市经济形势继续向好发展。
    # 一季度全市实现地区生产总值214.8亿元 dated the quarter's figures to 2009.
    text = (
        "2009年绵阳实现地区生产总值820.2亿元、增长14.4%。今年全市经济形势继续向好发展。"
        "一季度全市实现地区生产总值214.8亿元、增长17.9%。\n"
    )
    assert fields(text, 2010, "year", "value") == [
        (2009, 820.2),
        (2009, 14.4),
        (2010, 214.8),
        (2010, 17.9),
    ]


def test_a_page_of_the_months_up_to_november() -> None:
    # 杨凌 2023 and 西工 2024 (batch 475), pages of 1-10月 and 1-11月 given within the year:
    # their figures were drafted as the year before's, as only the months up to September
    # were read as a year's so far.  A line that opens on the later months, the text's first
    # or second or any after a 今年以来 opening, dates them.
    text = (
        "今年以来,全区经济总体运行平稳。\n"
        "(一)工业生产持续下降\n"
        "1-11月,全区完成规模以上工业增加值577049万元,同比增长-17.5%。\n"
        "(二)消费品市场稳步恢复\n"
        "1-11月,全区实现社会消费品零售总额3222662万元,同比增长6.1%。\n"
    )
    assert {row[0] for row in fields(text, 2024, "year")} == {2024}
    text = (
        "10月份,示范区规模以上工业经济继续领跑全省。\n"
        "一、规模以上工业经济继续领跑全省\n"
        "1-10月,示范区规上工业增加值增长14.3%,比1-9月回落1.6个百分点。\n"
    )
    assert {row[0] for row in fields(text, 2023, "year")} == {2023}
    # (the guard: a year's summary that cites them after its heading, given in December and
    # read with the year after, keeps them the year reviewed's: 瑞安飞云 2023)
    text = (
        "(一)项目招引、积蓄动能,经济质态发展稳步前行 一是重点指标稳中有进。1-10月规上工业"
        "产值48.78亿元,同比增长6.15%;完成固定资产投资26.98亿元。\n"
    )
    assert {row[0] for row in fields(text, 2024, "year")} == {2023}


def test_the_second_review_of_stop_54s_change() -> None:
    # A helper's read of the bulletins', the months' and the line breaks' rules on text they
    # were not written for: each of these was worse than before them.
    # (a year's summary of 2023, read with 2024, that names its year before its 1-11月 line)
    text = (
        "2023年,全县上下坚持稳中求进工作总基调,经济社会保持平稳健康发展。\n"
        "1-11月,全县规模以上工业增加值同比增长8.2%,固定资产投资完成56.3亿元。\n"
    )
    assert {row[0] for row in fields(text, 2024, "year")} == {2023}
    # (a summary's 今年 before its 前三季度, under a title of the year's work)
    text = (
        "某镇2023年工作总结\n一、主要工作成效\n"
        "今年,全镇上下坚持稳中求进,经济运行稳中向好。前三季度,全镇实现工业总产值45.6亿元。\n"
    )
    assert {row[0] for row in fields(text, 2024, "year")} == {2023}
    # (交通和通信 in a list that 分别 gives each its value is two of the list's three)
    text = "全年基础设施投资增长12.5%,其中能源、交通和通信分别增长15.2%、9.8%、6.1%。\n"
    assert [row[0] for row in fields(text, 2024, "name")][1:] == ["能源", "交通", "通信"]
    # (a list's bare count before a line that opens on a word a unit opens: 20⏎家庭医生…)
    text = (
        "2024年主要预期目标\n地区生产总值增长6%左右\n新增高新技术企业20\n"
        "家庭医生签约服务覆盖率达到75%\n"
    )
    assert ("家庭医生签约服务覆盖率", 75) in fields(text, 2024, "name", "value")


def test_a_bulletins_table_set_a_cell_to_a_line() -> None:
    # 寿县 2021 (batch 467): a bulletin's table of measures only, one cell to a line with
    # blank lines between, its header's letters spaced (指         标) and its growth's unit
    # bare (比上年增长%), was read as no table; and 下降2.14个千分点 was no unit.
    text = "\n\n".join([
        "2021年全县生产总值", "指         标", "绝对数(万元)", "比上年增长%",
        "全县生产总值", "2437875", "8.9", "第一产业", "588125", "7.1",
    ]) + "\n\n二、农业\n\n全年人口出生率6.39‰,比上年下降2.14个千分点。\n"  # fmt: skip
    assert fields(text, 2022, "year", "name", "value", "unit") == [
        (2021, "全县生产总值", 2437875, "万元"),
        (2021, "全县生产总值", 8.9, "%"),
        (2021, "第一产业", 588125, "万元"),
        (2021, "第一产业", 7.1, "%"),
        (2021, "人口出生率", 6.39, "‰"),
        (2021, "人口出生率", 2.14, "个千分点"),
    ]


def test_a_levels_total_is_its_name() -> None:
    # 郏县 2025 (batch 475): 全县地区生产总值总量为52.22亿元 was named 地区生产总值总量; 总量
    # after a total's own name (生产总值, 产值, 总额) says nothing more (经济总量 keeps it).
    text = "今年以来,全县地区生产总值总量为52.22亿元,同比增长4.0%。全县经济总量居全市第三。\n"
    assert [row[0] for row in fields(text, 2025, "name")] == [
        "地区生产总值",
        "地区生产总值",
        "经济总量",
    ]


def test_the_third_review_of_stop_54s_change() -> None:
    # A helper's read of the tables' and the line breaks' rules on text they were not
    # written for: a figure parted from its unit before a full-width mark or a qualifier
    # (156.3⏎亿元，; 5.5⏎%以内) was left without its unit, or lost; and a table of measures
    # only under a plan's or the months' title (主要预期目标⏎指标⏎增长(%)) read as the year
    # reviewed's outcomes.
    text = (
        "过去一年,全县地区生产总值156.3\n亿元，同比增长5.8%；新增市场主体1200\n户，"
        "城镇调查失业率5.5\n%以内。\n"
    )
    assert fields(text, 2024, "value", "unit") == [
        (156.3, "亿元"),
        (5.8, "%"),
        (1200, "户"),
        (5.5, "%"),
    ]
    text = "\n".join(["2024年全县主要预期目标", "指标", "增长(%)", "地区生产总值", "6.5",
                      "一般公共预算收入", "5"]) + "\n"  # fmt: skip
    assert ("actual", 2023) not in fields(text, 2024, "kind", "year")
