"""Classes of fault found in stop 47's unseen batches (301-306), each reproduced by a test
before it was mended.  Every expected row is written by hand from the sentence in the
test."""

from __future__ import annotations

from extract_rows import fields, rows

from jfq.authoring.extract import extract


def test_a_review_that_falls_short_of_its_targets_opens_no_block() -> None:
    # 湘潭 2015 (batch 303): 部分指标离预期目标有些差距 had opened a targets block, and the
    # review after it was drafted as 2015's targets.
    text = (
        "一、2014年工作回顾\n"
        "过去一年,实现地区生产总值1570.6亿元,同比增长10.7%。尽管部分指标离预期目标有些差距,"
        "但经济社会总体保持平稳健康发展。\n"
        "着力稳增长。全年新增银行贷款168.6亿元。全年接待游客突破3000万人次。"
    )
    got = rows(text, 2015)
    assert [(row[0], row[1], row[2], row[3]) for row in got] == [
        ("actual", 2014, "地区生产总值", 1570.6),
        ("actual", 2014, "地区生产总值", 10.7),
        ("actual", 2014, "新增银行贷款", 168.6),
        ("actual", 2014, "接待游客", 3000),
    ]
    # (and from afar: 距离…预期目标还有差距)
    got = rows(
        "过去一年,全区地区生产总值增长5%,距离年初预期目标还有一定差距。全年接待游客3000万人次。",
        2015,
    )
    assert {row[0] for row in got} == {"actual"}


def test_revenue_less_than_a_year_before_is_a_fall_of_the_subject() -> None:
    # 番禺 2022 (batch 306, a budget report): 比2021年减收34,086万元 was named 比2021年减收.
    text = (
        "2022年全区一般公共预算收入1,042,625万元,比2021年减收34,086万元。"
        "其中:税收收入720,801万元,同比减收92,021万元。"
    )
    draft = extract(text, region="某县", year=2023)
    assert [(r.name, r.value, r.direction) for r in draft.targets] == [
        ("一般公共预算收入", 1042625, None),
        ("一般公共预算收入", 34086, "down"),
        ("税收收入", 720801, None),
        ("税收收入", 92021, "down"),
    ]


def test_a_share_of_the_summed_or_yearly_budget_is_the_subjects() -> None:
    # 山东 2014 (batch 306): 完成汇总预算的101.0% was named 汇总预算.
    text = "2014年全省地方一般公共预算收入达到5026.71亿元,完成汇总预算的101.0%,比上年增长10.2%。"
    draft = extract(text, region="某县", year=2015)
    assert [(r.name, r.value, r.measure) for r in draft.targets] == [
        ("地方一般公共预算收入", 5026.71, None),
        ("地方一般公共预算收入", 101.0, "share"),
        ("地方一般公共预算收入", 10.2, None),
    ]


def test_a_character_a_pdf_left_on_its_own_line_joins_its_word() -> None:
    # 平湖 2020 (batch 301, a PDF's text): 规⏎上工业产值 was named 上工业产值.
    text = (
        "过去的五年,是综合实力显著增强的五年。\n地区生产总值从\n497.8\n亿元增加到\n779\n亿元,年均增长\n7.3%\n。\n"
        "规\n上工业产值从\n1236\n亿元增加到\n1935.8\n亿元,年均增长\n9.4%\n。\n"
    )
    got = rows(text, 2021)
    assert [(row[1], row[2], row[3]) for row in got] == [
        (2015, "地区生产总值", 497.8),
        (2020, "地区生产总值", 779),
        (2020, "地区生产总值", 7.3),
        (2015, "规上工业产值", 1236),
        (2020, "规上工业产值", 1935.8),
        (2020, "规上工业产值", 9.4),
    ]
    # (a numeral alone keeps its line: a heading's, 一⏎经济运行…)
    assert rows("一\n经济运行\n全年地区生产总值增长6%。", 2021)[0][2] == "地区生产总值"


def test_a_line_that_names_the_years_it_sums_up_heads_the_lines_after() -> None:
    # 平湖 2020 (batch 301): under 过去的五年,是综合实力显著增强的五年。 the level changed
    # from was the year before the report's (2019), not the five years' base (2015).
    text = (
        "一、“十三五”发展成就和2020年工作回顾\n过去的五年,是综合实力显著增强的五年。\n"
        "地区生产总值从497.8亿元增加到779亿元,年均增长7.3%。引进百亿项目4个。"
    )
    draft = extract(text, region="某县", year=2021)
    assert [(r.year, r.name, r.value, r.measure) for r in draft.targets] == [
        (2015, "地区生产总值", 497.8, None),
        (2020, "地区生产总值", 779, None),
        (2020, "地区生产总值", 7.3, "average"),
        (2020, "引进百亿项目", 4, "cumulative"),
    ]
    # (not a paragraph's first sentence: its line goes on after it)
    text = (
        "“十三五”时期,是我旗发展进程中开拓进取的五年。五年来,全旗上下团结奋斗。\n"
        "累计投入扶贫资金1.2亿元,165户实现稳定脱贫。"
    )
    draft = extract(text, region="某县", year=2021)
    assert [(r.value, r.measure) for r in draft.targets] == [
        (1.2, "cumulative"),
        (165, "cumulative"),
    ]


def test_a_quoted_term_after_a_done_verb_is_glossed_without_its_count_and_kind() -> None:
    # 国务院 2020 (batch 305, a commentary): the term was 提出了“两新一重”三大投资方向.
    text = (
        "今年的报告中,提出了“两新一重”三大投资方向,即新型基础设施、新型城镇化和交通、水利等"
        "重大工程。这是贯彻新发展理念的重大方略举措。"
    )
    draft = extract(text, region="国务院", year=2020)
    assert [(t.term, t.definition) for t in draft.terms] == [
        ("“两新一重”", "即新型基础设施、新型城镇化和交通、水利等重大工程。")
    ]


def test_a_word_that_begins_with_ji_is_no_copula() -> None:
    # 国务院 2020 (batch 305, 新乡's reprint): 拉动即期消费 had glossed 拉动 as 期消费.
    text = "一是有利于立足当前扩大内需,拉动即期消费,拉动就业,改善民生。"
    assert extract(text, region="国务院", year=2020).terms == []
    # (nor the place: 推动即墨区加快发展 had glossed 支持青岛市推动)
    assert (
        extract("支持青岛市推动即墨区加快发展,建设现代化城区。", region="青岛市", year=2020).terms
        == []
    )


def test_a_division_of_industries_is_one_name() -> None:
    # 国务院 2025 (batch 305): 互联网和相关服务业投资 was cut in two (互联网务业投资, 相关
    # 服务业投资), each given the one figure; so were the other divisions of the national
    # classification a bulletin names.
    text = (
        "过去一年,计算机、通信和其他电子设备制造业增加值增长10.1%,电气机械和器材制造业增长8%,"
        "黑色金属冶炼和压延加工业下降2%。互联网和相关服务业投资增长23.8%;"
        "多式联运和运输代理业投资增长22.9%。"
    )
    assert [(row[2], row[3]) for row in rows(text, 2026)] == [
        ("计算机、通信和其他电子设备制造业增加值", 10.1),
        ("电气机械和器材制造业", 8),
        ("黑色金属冶炼和压延加工业", 2),
        ("互联网和相关服务业投资", 23.8),
        ("多式联运和运输代理业投资", 22.9),
    ]
    # (分别 still parts them, each whole)
    text = (
        "过去一年,计算机、通信和其他电子设备制造业、电气机械和器材制造业增加值分别增长10.1%、8%。"
    )
    assert [(row[2], row[3]) for row in rows(text, 2026)] == [
        ("计算机、通信和其他电子设备制造业增加值", 10.1),
        ("电气机械和器材制造业增加值", 8),
    ]


def test_a_rate_that_quickened_or_slowed_is_the_subjects_rate() -> None:
    # 国务院 2025 (batch 305): 增速比1—11月份加快19.2个百分点 was named 增速比1—11月份加快.
    text = (
        "2025年,管道运输业投资比上年增长36.0%,增速比1—11月份加快19.2个百分点;"
        "规上工业增加值增长5%,增速放缓1.2个百分点。"
    )
    draft = extract(text, region="某县", year=2026)
    assert [(r.name, r.value, r.unit, r.direction) for r in draft.targets] == [
        ("管道运输业投资", 36.0, "%", None),
        ("管道运输业投资增速", 19.2, "个百分点", None),
        ("规上工业增加值", 5, "%", None),
        ("规上工业增加值增速", 1.2, "个百分点", "down"),
    ]
    # (a task that quickened is none: 产业园项目加快建设 keeps its words out of the name)
    got = rows("全年实施重点项目205个,产业园项目加快建设,完成投资80亿元。", 2025)
    assert "产业园项目加快建设" not in [row[2] for row in got]


def test_a_year_before_which_things_were_built_dates_no_figure() -> None:
    # 杭州 2025 (batch 307): after 实现2000年以前建成老旧小区“应改尽改”, the paragraph's
    # figures were dated 2000.
    text = (
        "完成城中村改造1.2万户,实现2000年以前建成老旧小区“应改尽改”,推出公租房1.4万套。\n"
        "新增上市公司13家。城镇新增就业31.4万人。"
    )
    assert {row[1] for row in rows(text, 2026)} == {2025}


def test_a_dash_typed_as_yi_between_two_figures_is_a_range() -> None:
    # 杭州 2026 (batch 307): 5%一5.5% was 5% exact and a row named 一; 5%一6% read 一6 as 16.
    draft = extract(
        "主要预期目标是:地区生产总值增长5%一5.5%,一般公共预算收入增长5%一6%。",
        region="某县",
        year=2026,
    )
    assert [(r.name, r.value, r.value_max, r.comparator) for r in draft.targets] == [
        ("地区生产总值", 5, 5.5, "range"),
        ("一般公共预算收入", 5, 6, "range"),
    ]
    # (a numeral written in words still reads: 百分之十六, 两千亿元, 九萬7千3百)
    text = "主要预期目标是:地区生产总值增长百分之十六,一般公共预算收入突破两千亿元。"
    assert [(row[3], row[4]) for row in rows(text, 2026)] == [(16, "%"), (2000, "亿元")]


def test_a_heading_that_looks_ahead_to_a_bare_year_heads_its_targets() -> None:
    # 湖里 2026 (batch 307, a digest): under 2026展望 the year's figures were 2025's results.
    for heading in ("2026展望", "展望2026"):
        text = (
            f"二〇二五年回顾\n全年地区生产总值增长5%。\n{heading}\n"
            "抓有效投资。力促固定资产投资超640亿元。举办文体旅活动超2000场。"
        )
        assert [(row[0], row[1], row[3]) for row in rows(text, 2026)] == [
            ("target", 2026, 640),
            ("target", 2026, 2000),
            ("actual", 2025, 5),
        ]


def test_a_yearbooks_label_opens_no_name() -> None:
    # 阿鲁科尔沁旗 2016 (batch 309, a yearbook): 【農業】農業增加值 kept its label.
    text = "【农业】 农业增加值19.65亿元,比上年增长3.7%。\n【工业】规模以上工业增加值增长8%。"
    assert [row[2] for row in rows(text, 2017)] == [
        "农业增加值",
        "农业增加值",
        "规模以上工业增加值",
    ]


def test_a_zone_the_governments_name_opens_keeps_it() -> None:
    # 张掖 2025 (batch 310, a budget report): 张掖经开区一般公共预算收入 lost 张掖, and a
    # share of the budget as adjusted and changed (占调整及变动预算的84.1%) was no share.
    text = (
        "全市一般公共预算支出完成194.4亿元,占调整及变动预算的84.1%,同口径增长3%。"
        "张掖经开区一般公共预算收入完成9996万元,占预算的101.9%。张掖地区生产总值增长5%。"
    )
    draft = extract(text, region="张掖市", year=2026)
    assert [(r.name, r.value, r.measure) for r in draft.targets] == [
        ("一般公共预算支出", 194.4, None),
        ("一般公共预算支出", 84.1, "share"),
        ("一般公共预算支出", 3, None),
        ("张掖经开区一般公共预算收入", 9996, None),
        ("张掖经开区一般公共预算收入", 101.9, "share"),
        ("地区生产总值", 5, None),
    ]


def test_a_meeting_that_set_the_targets_is_no_part_of_their_names() -> None:
    # 信阳 2010 (batch 306, a local paper): the first target was named
    # 市委经济工作会议还确定了地方财政一般预算收入.
    text = (
        "为实现13%的增长目标,市委经济工作会议还确定了地方财政一般预算收入增长10%、"
        "全社会固定资产投资增长20%等一揽子目标计划。"
    )
    assert [(row[0], row[2], row[3]) for row in rows(text, 2010)] == [
        ("target", "地方财政一般预算收入", 10),
        ("target", "全社会固定资产投资", 20),
    ]


def test_works_already_done_are_the_years_results() -> None:
    # 句容 2025 (batch 301, a news page): 10项民生实事均已完成年度目标,56项重点工作序时推进
    # was drafted as 2026's targets, the second named 重点工作序时推进.
    text = "过去一年来,我们以人为本、民生优先。10项民生实事均已完成年度目标,56项重点工作序时推进。"
    assert [(row[0], row[1], row[2], row[3]) for row in rows(text, 2026)] == [
        ("actual", 2025, "民生实事", 10),
        ("actual", 2025, "重点工作", 56),
    ]


def test_a_ranking_list_of_the_nation_keeps_its_name_and_is_the_reports_own() -> None:
    # 海宁 2019 (batch 301): 列全国综合实力百强县市第22位 was named 列全国综合实力百强县市,
    # and 全国 was cut from the lists' names (27 of the corpus's ranks were named so).
    text = "一般公共预算收入增长12.9%。列全国综合实力百强县市第22位。位列全国创新百强区第8位。"
    draft = extract(text, region="某县", year=2020)
    assert [(r.name, r.value, r.measure, r.region) for r in draft.targets] == [
        ("一般公共预算收入", 12.9, None, "某县"),
        ("全国综合实力百强县市", 22, "rank", "某县"),
        ("全国创新百强区", 8, "rank", "某县"),
    ]
    # (and a place on the list with no 第 is the report's, not the nation's)
    draft = extract("过去一年,我市位列全国工业百强县56位。", region="某县", year=2020)
    assert [(r.name, r.region) for r in draft.targets] == [("全国工业百强县", "某县")]


def test_a_conversion_at_the_exchange_rate_is_how_a_figure_is_counted() -> None:
    # 江苏 2009 (batch 312, traditional): 人均GDP按當年匯率折算超過6400美元 kept the
    # conversion in its name (and two bulletins of the corpus named a row 按年平均匯率折算).
    got = rows("过去一年,全省人均GDP按当年汇率折算超过6400美元,按可比价格计算增长8%。", 2010)
    assert [(row[2], row[3], row[4]) for row in got] == [
        ("人均GDP", 6400, "美元"),
        ("人均GDP", 8, "%"),
    ]


def test_a_period_before_a_list_of_names_is_each_names() -> None:
    # 进贤 2022 (batch 314): 前三季度城镇和农村居民人均可支配收入分别增长7.2%、6.8% named the
    # first 前三季度城镇; the period is each name's, as 上半年GDP keeps it.
    text = (
        "过去一年,前三季度城镇和农村居民人均可支配收入分别增长7.2%、6.8%。"
        "一季度、上半年GDP分别增长6.2%、6.7%。"
    )
    assert [(row[2], row[3]) for row in rows(text, 2023)] == [
        ("前三季度城镇居民人均可支配收入", 7.2),
        ("前三季度农村居民人均可支配收入", 6.8),
        ("一季度GDP", 6.2),
        ("上半年GDP", 6.7),
    ]


_TABLE_OF_THE_YEAR = (
    "2021年主要指标完成情况\n\n指标\n\n单位\n\n全年目标\n\n完成情况\n\n"
    "地区生产总值\n\n%\n\n8左右\n\n8.2\n\n"
    "2021年单位地区生产总值能耗降低目标\n\n%\n\n3.4\n\n5.38\n\n"
    "每万人发明专利拥有量\n\n135\n\n160\n\nPM2.5平均浓度\n\n微克/立方米\n\n26\n\n23\n"
)


def test_a_table_whose_outcome_column_is_headed_as_done_is_read() -> None:
    # 黄埔 2021 (batch 311, a plan report's table, a cell to a line): 完成情况 was read as a
    # verdict's column, so the table had no outcome and none of its 30 figures was drafted.
    draft = extract(_TABLE_OF_THE_YEAR, region="某区", year=2022)
    assert [(r.kind, r.year, r.name, r.value, r.unit, r.direction) for r in draft.targets] == [
        ("target", 2021, "地区生产总值", 8, "%", None),
        ("actual", 2021, "地区生产总值", 8.2, "%", None),
        ("target", 2021, "单位地区生产总值能耗", 3.4, "%", "down"),
        ("actual", 2021, "单位地区生产总值能耗", 5.38, "%", "down"),
        # (每万人发明专利拥有量 has no unit's cell: no 160 in a unit of 135; the next row is
        # read from the name the misaligned row took for a value)
        ("target", 2021, "PM2.5平均浓度", 26, "微克/立方米", None),
        ("actual", 2021, "PM2.5平均浓度", 23, "微克/立方米", None),
    ]


def test_a_year_a_span_began_in_dates_no_figure_after_it() -> None:
    # 增城 2021 (batch 311): after 2020年2月以来无新增本土确诊病例 the review's figures were
    # dated 2020.
    text = (
        "一、2021年工作回顾\n过去一年,我们坚持稳中求进。\n"
        "— — 疫情防控形势总体稳定。2020年2月以来无新增本土确诊病例。\n"
        "— — 经济运行稳中有进。预计全年地区生产总值增长10%左右。规上工业产值1609.16亿元。"
    )
    assert {(row[0], row[1]) for row in rows(text, 2022)} == {("actual", 2021)}


def test_a_target_said_as_the_aim_to_reach_opens_no_name() -> None:
    # 禅城 2022 (batch 311, a news page): 目标实现地区生产总值增长6.2%左右 was named
    # 目标地区生产总值.
    text = (
        "报告提出,2022年,将坚持打造高品质禅城,"
        "目标实现地区生产总值增长6.2%左右,规模以上工业增加值增长6.5%。"
    )
    assert [(row[0], row[2], row[3]) for row in rows(text, 2022)] == [
        ("target", "地区生产总值", 6.2),
        ("target", "规模以上工业增加值", 6.5),
    ]


def test_a_target_met_early_is_a_review_of_it() -> None:
    # 洪山 2014 (batch 313): 公共财政总收入突破100亿元大关,提前一年完成“十二五”规划提出的
    # 目标 was drafted as 2015's target: 目标 and 提出 outweighed the one word of the past.
    text = (
        "一、2014年工作回顾\n\n一年来,我们较好地完成了各项任务。"
        "公共财政总收入突破100亿元大关,提前一年完成“十二五”规划提出的目标。"
    )
    assert [(row[0], row[1], row[3]) for row in rows(text, 2015)] == [("actual", 2014, 100)]


def test_a_figure_in_step_with_another_is_named_without_it() -> None:
    # 广东 2009 (batch 312, traditional): 珠三角地區各市人均GDP力爭與本地GDP同步增長 was
    # named with its partner (…人均GDP力爭與本地GDP).
    text = "今年主要预期目标是:人均GDP增长8%,其中珠三角地区各市人均GDP力争与本地GDP同步增长。"
    assert [(row[2], row[5]) for row in rows(text, 2009)] == [
        ("人均GDP", "exact"),
        ("珠三角地区各市人均GDP", "in_step"),
    ]


def test_a_news_sentence_that_turns_from_last_year_to_this_years_plan() -> None:
    # 南山 2023 (batch 311): …展示了2022年南山取得的丰硕成果;提出今年将…,本地生产总值预期
    # 增长7%左右 was lost: the sentence named 2022 only.
    text = (
        "政府工作报告用一组组数据展示了2022年南山取得的丰硕成果;"
        "提出今年将在“六大方面”推进高质量发展,本地生产总值预期增长7%左右。"
    )
    assert [(row[0], row[1], row[2], row[3]) for row in rows(text, 2023)] == [
        ("target", 2023, "本地生产总值", 7)
    ]
    # (not a review that says 今年 of its own year: 今年继续保持较快增长势头)
    text = "地区生产总值在2021年突破千亿元关口后,今年继续保持较快增长势头,全年预计增长6%。"
    assert {row[0] for row in rows(text, 2022)} == {"actual"}


def test_glosses_of_a_news_commentary() -> None:
    # 国务院 2016 and 2025 (batch 305): “新經濟”一詞,是…首次提到的,意為… was missed; a dash's
    # 即 ran on into the sentence's own predicate (…的產品,是背道而馳的); a gloss outside a
    # glossary ran on into the next sentence on the term (“两重”之重,分量千钧).
    text = (
        "“新經濟”一詞,是李克強去年在亞洲博鰲論壇開幕儀式的主旨演說中首次提到的,"
        "意為利用環保能源和互聯網,提高效率和變化速度的經濟系統。"
        "這和中國經濟“供給側改革核心”——即打造具有競爭力的產品,是背道而馳的。\n\n"
        "“两重”建设,即国家重大战略实施和重点领域安全能力建设。“两重”之重,分量千钧。"
    )
    draft = extract(text, region="国务院", year=2016)
    assert sorted((t.term, t.definition) for t in draft.terms) == sorted(
        [
            ("“新經濟”", "意為利用環保能源和互聯網,提高效率和變化速度的經濟系統。"),
            ("“供給側改革核心”", "即打造具有競爭力的產品"),
            ("“两重”建设", "即国家重大战略实施和重点领域安全能力建设。"),
        ]
    )


def test_a_read_of_stop_47s_change_found_these() -> None:
    # Two reads of the stop's change (at 9a8ac22 and fcf92c8) found each of these; each
    # assertion but the guard fails at fcf92c8.
    def got(text: str, year: int = 2024) -> list[tuple[object, ...]]:
        return fields(text, year, "kind", "year", "name", "value", "direction")

    # a lead's bare year beside 展望 is no heading: its figures stay the year's past
    text = "回首2025,展望2026,全区上下干劲十足。\n全年地区生产总值增长5%,新增城镇就业1.2万人。"
    assert {row[:2] for row in got(text, 2026)} == {("actual", 2025)}
    # a remark that closes a paragraph (走过了…的三年) heads no years' section: the level a
    # change started from is the year before's, and the year's counts are no totals of years
    text = (
        "一、2022年工作回顾\n2022年,全县地区生产总值增长5%。\n"
        "面对疫情冲击,我们众志成城,走过了极不平凡的三年。\n"
        "一般公共预算收入从20亿元增加到22亿元,新建农村公路50公里。"
    )
    draft = extract(text, region="某县", year=2023)
    assert [(r.year, r.value, r.measure) for r in draft.targets][1:] == [
        (2021, 20, None),
        (2022, 22, None),
        (2022, 50, None),
    ]
    # a line's tail that a page's width cut is no word's start (…转型升⏎级⏎规上…)
    text = "（二）推动工业经济转型升\n级\n规上工业增加值增长8%,工业投资增长\n12%\n。\n"
    assert [row[2] for row in got(text, 2023)] == ["规上工业增加值", "工业投资"]
    # 2020年底以来 is a span's start, as 2020年2月以来 is
    text = (
        "一、2021年工作回顾\n过去一年,我们坚持稳中求进。\n"
        "2020年底以来无新增本土确诊病例。全年地区生产总值增长10%左右。"
    )
    assert {row[:2] for row in got(text, 2022)} == {("actual", 2021)}
    # a rate quickened or slowed against a part of the year
    text = "全县规上工业增加值增长8%,增速比上半年加快0.3个百分点,比前三季度放缓0.2个百分点。"
    assert [row[2:] for row in got(text, 2023)] == [
        ("规上工业增加值", 8, None),
        ("规上工业增加值增速", 0.3, None),
        ("规上工业增加值增速", 0.2, "down"),
    ]
    # what a policy cost (减收) is no fall of the policy
    assert got("全年落实减税降费政策减收12亿元。", 2023)[0][2:] == ("减税降费政策减收", 12, None)
    assert got("税收收入比上年减收5亿元。", 2023)[0][2:] == ("税收收入", 5, "down")  # (a guard)
    # a plan to finish early, and a project already built in a plan, are the year's targets
    text = (
        "今年是“十四五”规划的关键之年。"
        "我们要力争提前一年完成“十四五”规划目标,地区生产总值突破500亿元。"
    )
    assert ("target", 2024, "地区生产总值", 500, None) in got(text)
    text = (
        "二、2024年工作安排\n今年政府工作的主要预期目标是:地区生产总值增长6%左右。\n"
        "(一)抓工业强县。推动已建成项目尽快达产,规上工业增加值增长7%,新增规上工业企业20家。"
    )
    assert {row[:2] for row in got(text)} == {("target", 2024)}
    # a news page's turn to this year's plan (…2023年工作,今年将力争…) is kept
    text = "会议总结了2023年工作,今年将力争地区生产总值增长6%左右,新增城镇就业1.5万人。"
    assert {row[:2] for row in got(text)} == {("target", 2024)}
    # in step: 同 inside a word is no partner's
    text = "今年主要预期目标是:地区生产总值增长6%,技术合同成交额同步增长。"
    assert got(text)[1][2] == "技术合同成交额"
    # a period before a list drops the scope after it
    text = "过去一年,上半年全市规上工业增加值、固定资产投资分别增长8%、10%。"
    assert [row[2] for row in got(text)] == ["上半年规上工业增加值", "上半年固定资产投资"]
    # a division shares its kind with a short conjunct before it
    text = "过去一年,汽车、电气机械和器材制造业增加值分别增长15%、9%。"
    assert [row[2] for row in got(text)] == ["汽车制造业增加值", "电气机械和器材制造业增加值"]
    # 修订和制定了: a coordinated verb, no speaker's
    assert got("全年修订和制定了规章制度30项。")[0][2] == "修订和制定了规章制度"


def test_a_completion_rate_under_a_done_column_is_a_share() -> None:
    # a read of the change: 完成情况 holding 105% beside a target of 300亿元 was drafted as
    # the outcome, 105 %.
    text = "指标\n\n单位\n\n全年目标\n\n完成情况\n\n固定资产投资\n\n亿元\n\n300\n\n105%\n"
    draft = extract(text, region="某县", year=2025)
    assert [(r.kind, r.value, r.unit, r.measure) for r in draft.targets] == [
        ("target", 300, "亿元", None),
        ("actual", 105, "%", "share"),
    ]


def test_a_third_read_of_stop_47s_mends_found_these() -> None:
    # A third read (at 868fec1) found faults in 96e3c87's mends; each assertion but the
    # guards fails there.
    def got(text: str, year: int = 2024) -> list[tuple[object, ...]]:
        return fields(text, year, "kind", "year", "name", "value", "direction", "measure")

    # a table keeps its rows around one whose name opens on a span's start
    table = (
        "指标\n\n单位\n\n全年目标\n\n完成情况\n\n地区生产总值\n\n亿元\n\n500\n\n510\n\n"
        "2020年以来累计新增城镇就业\n\n万人\n\n4\n\n4.3\n\n一般公共预算收入\n\n亿元\n\n30\n\n31\n"
    )
    assert [row[3] for row in got(table, 2025)] == [500, 510, 4, 4.3, 30, 31]
    # a growth in a row counted in 亿元 is no share of the plan (a bare 105% is)
    table = (
        "指标\n\n单位\n\n全年目标\n\n完成情况\n\n地区生产总值\n\n亿元\n\n增长6%左右\n\n增长6.2%\n"
    )
    assert [row[5] for row in got(table, 2025)] == [None, None]
    # 展望2026 in a sentence sets its own figures' year, where no heading's line stands
    text = (
        "一、2025年工作回顾\n全县地区生产总值增长5%。\n"
        "展望2026,全县地区生产总值预期增长6%左右,新增城镇就业1.2万人。"
    )
    assert [row[:2] for row in got(text, 2026)] == [
        ("target", 2026),
        ("target", 2026),
        ("actual", 2025),
    ]
    # a bracket-numbered heading that sums up its years heads the lines after
    text = (
        "一、2022年工作回顾\n(一)综合实力大幅提升、发展质量持续向好的五年\n"
        "地区生产总值从497.8亿元增加到600亿元,新建农村公路500公里。"
    )
    assert [(row[1], row[5]) for row in got(text, 2023)] == [
        (2017, None),
        (2022, None),
        (2022, "cumulative"),
    ]
    # …这是极不平凡、极为艰辛的三年。 heads none
    text = (
        "一、2022年工作回顾\n面对疫情冲击,我们众志成城,这是极不平凡、极为艰辛的三年。\n"
        "一般公共预算收入从20亿元增加到22亿元,新建农村公路50公里。"
    )
    assert [(row[1], row[5]) for row in got(text, 2023)] == [
        (2021, None),
        (2022, None),
        (2022, None),
    ]
    # a lone 规 after a line that ended on a full-width comma joins its word
    text = "过去一年,一般公共预算收入增长百分之八，\n规\n上工业增加值增长8%,工业投资增长\n12%\n。\n"
    assert [row[2] for row in got(text, 2023)] == ["一般公共预算收入", "规上工业增加值", "工业投资"]
    # a revenue's own 减收 is its fall
    text = "受留抵退税影响,全县税收收入减收2.3亿元,下降12%。"
    assert [(row[2], row[4]) for row in got(text, 2023)] == [
        ("税收收入", "down"),
        ("税收收入", "down"),
    ]
    # 全县已建成项目45个 is a review's (推动已建成项目 is a plan's)
    assert {row[:2] for row in got("全县已建成项目45个,总投资120亿元。")} == {("actual", 2023)}
    # in step with another revenue: named without it
    text = "今年主要预期目标是:地区生产总值增长6%,城乡居民收入与财政收入同步增长。"
    assert got(text)[1][2] == "城乡居民收入"
    # 全市场 is a word, no scope (a guard)
    text = "过去一年,上半年全市场交易额、成交量分别增长5%、6%。"
    assert [row[2] for row in got(text)] == ["上半年全市场交易额", "上半年成交量"]


def test_a_ranking_of_the_nations_places_stays_the_nations() -> None:
    # a read of the change: with 排名 as a list's word, 全国财政收入排名靠前的省份增长6% had been
    # given to the report's own region.
    known = {"全国": "全国", "浙江省": "浙江省", "海宁市": "海宁市"}
    text = "过去一年,全国财政收入排名靠前的省份增长6%,我省一般公共预算收入增长5%。"
    draft = extract(text, region="海宁市", year=2024, known_regions=known)
    assert draft.targets[0].region == "全国"


def test_a_fourth_read_of_stop_47s_mends_found_these() -> None:
    # A fourth read (at 4f8a75e) found these; each assertion but the guards fails there.
    def got(text: str, year: int = 2025) -> list[tuple[object, ...]]:
        return fields(text, year, "kind", "year", "name", "value", "unit", "direction", "measure")

    # a table with 完成情况 and a growth column crashed (zip of unequal lengths); the growth,
    # said bare, is in %, not the row's 亿元
    table = (
        "指标\n\n单位\n\n全年目标\n\n完成情况\n\n增长\n\n"
        "地区生产总值\n\n亿元\n\n500\n\n510\n\n6.5\n"
    )
    assert [(row[0], row[3], row[4]) for row in got(table)] == [
        ("target", 500, "亿元"),
        ("actual", 510, "亿元"),
        ("actual", 6.5, "%"),
    ]
    # a lead's line with two years carries neither (回首2024,展望2025)
    text = "回首2024,展望2025\n全年地区生产总值增长5.5%,规上工业增加值增长8%。"
    assert {row[:2] for row in got(text)} == {("actual", 2024)}
    # a 展望 year inside a name is none of the sentence's (举办“展望2025”经济形势报告会)
    text = "一、2024年工作回顾\n全县经济平稳。\n举办“展望2025”经济形势报告会,现场签约项目45个。"
    assert {row[:2] for row in got(text)} == {("actual", 2024)}
    # 加快推进已建成项目尽快达产 is a plan's
    text = (
        "二、2024年工作安排\n今年主要预期目标是:地区生产总值增长6%左右。\n"
        "(一)抓工业强县。加快推进已建成项目尽快达产,规上工业增加值增长7%。"
    )
    assert {row[:2] for row in got(text, 2024)} == {("target", 2024)}
    # a table's one-character unit cell after a figure joins no name
    text = "指标\n完成\n单位\n规上工业企业\n120\n家\n新建农村公路\n50\n公里\n"
    assert "规上工业企业新建农村公路" not in [row[2] for row in got(text)]
    # 与 inside a name is no partner's
    text = "今年主要预期目标是:地区生产总值增长6%,全社会研究与试验发展经费投入同步增长。"
    assert got(text)[1][2] == "全社会研究与试验发展经费投入"
    # (a shortfall against the budget is no change on the year: left as written, a guard)
    rows_ = got("一般公共预算收入完成25亿元,比年初预算增长5%。")
    assert ("一般公共预算收入", 5) not in [(row[2], row[3]) for row in rows_]
    # a sector before a processing division shares no kind (钢铁, not 钢铁加工业)
    text = "过去一年,钢铁、有色金属冶炼和压延加工业增加值分别增长15%、9%。"
    assert got(text)[0][2] != "钢铁加工业增加值"
    # a rate set and met in a row of 亿元 is no share; a row since a year is over years
    table = (
        "指标\n\n单位\n\n全年目标\n\n完成情况\n\n规上工业增加值\n\n亿元\n\n8%\n\n8.3%\n\n"
        "2021年以来累计新增城镇就业\n\n万人\n\n4\n\n4.3\n"
    )
    assert [(row[3], row[6]) for row in got(table)] == [
        (8, None),
        (8.3, None),
        (4, "cumulative"),
        (4.3, "cumulative"),
    ]


def test_a_fifth_read_of_stop_47s_mends_found_these() -> None:
    # A fifth read (at 0c93cfe) found these; each assertion but the guard fails there.
    def got(text: str, year: int = 2025) -> list[tuple[object, ...]]:
        return fields(text, year, "kind", "year", "name", "value", "unit", "measure")

    # 累计 in a row's name is no span of years; a rate set beside a rate met is no share
    table = (
        "指标\n\n单位\n\n全年目标\n\n完成情况\n\n累计新增城镇就业\n\n万人\n\n1.2\n\n1.35\n\n"
        "固定资产投资\n\n亿元\n\n8%左右\n\n8.3%\n"
    )
    assert [row[5] for row in got(table)] == [None, None, None, None]
    # a budget's own 减收 is no fall of it
    assert got("过去一年,受政策性减税影响,一般公共预算减收2.3亿元。")[0][2] == "一般公共预算减收"
    # a magnitude a PDF left alone after its figure joins its unit (1.2⏎万⏎人: 万人)
    text = "过去一年,新增城镇就业\n1.2\n万\n人,地区生产总值达到\n120\n亿\n元,增长8%。"
    assert [(row[3], row[4]) for row in got(text)] == [(1.2, "万人"), (120, "亿元"), (8, "%")]
    # 已完成 with a figure after it in a plan's section is a review's; 推进已建成… a plan's
    text = (
        "二、2025年工作安排\n今年主要预期目标是:地区生产总值增长6%左右。\n"
        "目前,全县已完成安置房建设,安置群众1200户。盘活已建成闲置厂房10万平方米。"
    )
    assert [(row[0], row[3]) for row in got(text)] == [
        ("target", 6),
        ("target", 10),
        ("actual", 1200),
    ]
    # an event the 展望 year names opens no year (展望2025经济论坛)
    text = "一、2024年工作回顾\n全县经济平稳。展望2025经济论坛在我县成功举办,现场签约项目45个。"
    assert {row[:2] for row in got(text)} == {("actual", 2024)}
    # 合同 and a sector's revenue are no partner's
    text = (
        "今年主要预期目标是:地区生产总值增长6%,建筑业合同收入同步增长,"
        "住宿与餐饮业营业收入同步增长。"
    )
    assert [row[2] for row in got(text)][1:] == ["建筑业合同收入", "住宿与餐饮业营业收入"]
