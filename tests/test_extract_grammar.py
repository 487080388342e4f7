"""jfq extract reads the genre, not its samples: each phenomenon of issue #13, one test.

Every expected row is written by hand from the sentence above it: what a careful reader
would draft (tests/corpus/README.md says how names, units and comparators are read).
"""

from __future__ import annotations

from typing import Any

import pytest

from jfq.authoring.extract import extract
from jfq.authoring.extract.text import Text


def figures(text: str, kind: str = "target", year: int = 2024) -> list[tuple[Any, ...]]:
    """(name, value, value_max, unit, comparator) of the rows of one kind."""
    draft = extract(text, region="示例市", year=year)
    return [(r.name, r.value, r.value_max, r.unit, r.comparator)
            for r in draft.targets if r.kind == kind]  # fmt: skip


def entries(text: str) -> list[tuple[str, str | None]]:
    return [(t.term, t.definition) for t in extract(text, region="示例市", year=2024).terms]


# -- the targets block ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lead_in",
    ["主要预期目标是:", "预期目标为:", "主要预期目标建议为", "发展预期目标:", "主要预期目标是,",
     "今年经济社会发展的主要预期目标是"],
)  # fmt: skip
def test_every_kind_of_lead_in(lead_in: str) -> None:
    text = f"{lead_in}地区生产总值增长6%左右,一般公共预算收入增长5%。"
    assert figures(text) == [("地区生产总值", 6, None, "%", "about"),
                             ("一般公共预算收入", 5, None, "%", "exact")]  # fmt: skip


def test_a_heading_on_its_own_line_and_any_list_marker() -> None:
    text = (
        "2024年主要预期目标\n■地区生产总值增长6%\n◆规模以上工业增加值增长7%\n"
        "★固定资产投资增长8%\n●社会消费品零售总额增长5%\n①进出口总额增长3%\n"
        "(1)城镇新增就业3万人\n一是居民收入增长6%\n——城镇调查失业率5.5%以内\n"
    )
    assert [name for name, *_ in figures(text)] == [
        "地区生产总值", "规模以上工业增加值", "固定资产投资", "社会消费品零售总额", "进出口总额",
        "城镇新增就业", "居民收入", "城镇调查失业率",
    ]  # fmt: skip


def test_the_block_runs_over_sentences_and_ends_by_content() -> None:
    text = ("主要预期目标是:地区生产总值增长6%左右。一般公共预算收入增长5%以上;城镇新增就业2万人。"
            "今年是全面贯彻党的二十大精神的开局之年,去年地区生产总值增长4.8%。")  # fmt: skip
    assert [(n, v) for n, v, *_ in figures(text)] == [
        ("地区生产总值", 6),
        ("一般公共预算收入", 5),
        ("城镇新增就业", 2),
    ]


def test_an_ocr_full_stop_between_digits_is_a_decimal_point() -> None:
    assert figures("主要预期目标是:地区生产总值增长4。6%左右。") == [
        ("地区生产总值", 4.6, None, "%", "about")
    ]


def test_every_character_is_folded_for_matching_in_and_past_the_common_plane() -> None:
    # full-width, traditional (in the plane), traditional past it (𪟖 is 𠛾 simplified), ℅
    read = Text("ＧＤＰ增長６℅,𪟖字")
    assert read.norm == "GDP增长6%,𠛾字"
    assert read.cut(0, 3) == "ＧＤＰ"  # and every offset still leads back to the original


def test_small_semicolons_split_clauses() -> None:
    text = "主要预期目标是:地区生产总值增长6%﹔一般公共预算收入增长5%。"
    assert [n for n, *_ in figures(text)] == ["地区生产总值", "一般公共预算收入"]


# -- a clause ------------------------------------------------------------------------------------


def test_a_name_keeps_no_adverb_and_no_predicate() -> None:
    text = ("主要预期目标是:全年地区生产总值继续增长6%,一般公共预算收入同口径增长5%,"
            "规模以上工业增加值按可比价格计算增长7%,城乡居民收入基本同步增长。")  # fmt: skip
    assert [n for n, *_ in figures(text)] == [
        "地区生产总值",
        "一般公共预算收入",
        "规模以上工业增加值",
        "城乡居民收入",
    ]


def test_a_name_is_never_cut_inside_a_word() -> None:
    text = "主要预期目标是:人口自然增长率控制在5‰以内,居民消费价格涨幅3%左右。"
    assert figures(text) == [("人口自然增长率", 5, None, "‰", "at_most"),
                             ("居民消费价格涨幅", 3, None, "%", "about")]  # fmt: skip


def test_coordinated_subjects_share_one_predicate() -> None:
    text = "主要预期目标是:居民收入和经济增长同步,城镇、农村居民人均可支配收入与经济增长同步。"
    assert figures(text) == [
        ("居民收入", None, None, None, "in_step"),
        ("城镇居民人均可支配收入", None, None, None, "in_step"),
        ("农村居民人均可支配收入", None, None, None, "in_step"),
    ]


def test_in_step_with_the_region_above() -> None:
    # 徐汇区 2025 (corpus targets/xuhui-2025) and 阿拉善右旗 2025 (held-out batch 59): growth
    # tied to the city's or the league's was read as a qualitative 地区生产总值, or as a name
    # that kept the region (居民收入与全省)
    text = "主要预期目标是:地区生产总值增长与全市保持同步,居民收入与全盟同步增长。"
    assert figures(text) == [
        ("地区生产总值", None, None, None, "in_step"),
        ("居民收入", None, None, None, "in_step")]  # fmt: skip


def test_respectively_gives_one_row_per_value_with_its_subject() -> None:
    text = "主要预期目标是:城乡居民人均可支配收入分别增长7%、8%。"
    assert figures(text) == [("城镇居民人均可支配收入", 7, None, "%", "exact"),
                             ("农村居民人均可支配收入", 8, None, "%", "exact")]  # fmt: skip
    shared = "主要预期目标是:城镇和农村居民人均可支配收入分别增长8%和8.5%左右。"
    assert [c for *_, c in figures(shared)] == ["about", "about"]


def test_a_clause_that_starts_with_its_verb_names_its_object() -> None:
    text = "主要预期目标是:地区生产总值增长6%,完成省下达的节能减排任务。"
    assert figures(text)[1] == ("节能减排", None, None, None, "qualitative")


def test_a_clause_without_a_number_is_a_qualitative_target_and_riders_are_none() -> None:
    text = ("主要预期目标是:地区生产总值增长6%左右,在实际工作中努力争取更好结果;进出口回稳向好,"
            "国际收支基本平衡,生态环境质量稳定改善,粮食产量与上年持平。")  # fmt: skip
    assert figures(text) == [
        ("地区生产总值", 6, None, "%", "about"),
        ("进出口", None, None, None, "qualitative"),
        ("国际收支", None, None, None, "qualitative"),
        ("生态环境质量", None, None, None, "qualitative"),
        ("粮食产量", None, None, None, "qualitative"),
    ]


def test_units_are_read_by_rule_in_the_texts_own_characters() -> None:
    text = (
        "主要预期目标是:粮食产量1.3万亿斤以上,新增发电装机容量200万千瓦,"
        "城镇新增就业1200万人左右,煤炭產量5000萬噸,研发投入强度提高0.2个百分点。"
    )
    assert [(v, u) for _, v, _, u, _ in figures(text)] == [
        (1.3, "万亿斤"),
        (200, "万千瓦"),
        (1200, "万人"),
        (5000, "萬噸"),
        (0.2, "个百分点"),
    ]


def test_traditional_text_keeps_its_characters_in_name_unit_and_quote() -> None:
    draft = extract("主要預期目標是:地區生產總值增長6%左右。", region="示例縣", year=2024)
    (row,) = draft.targets
    assert (row.name, row.unit, row.text) == ("地區生產總值", "%", "地區生產總值增長6%左右")
    assert row.sources[0].quote == "主要預期目標是:地區生產總值增長6%左右。"


# -- ranges and qualifiers -----------------------------------------------------------------------


@pytest.mark.parametrize("written", ["6%-6.5%", "6%至6.5%", "6%－6.5%", "6-6.5%", "6%~6.5%"])
def test_ranges(written: str) -> None:
    assert figures(f"主要预期目标是:地区生产总值增长{written}。") == [
        ("地区生产总值", 6, 6.5, "%", "range")
    ]


@pytest.mark.parametrize(
    ("written", "comparator"),
    [("6%左右", "about"), ("6%以上", "at_least"), ("3%以内", "at_most"), ("不低于6%", "at_least"),
     ("近6%", "nearly"), ("6%", "exact"), ("不超过3%", "at_most"), ("突破6%", "over")],
)  # fmt: skip
def test_qualifiers_keep_their_meaning(written: str, comparator: str) -> None:
    (row,) = figures(f"主要预期目标是:地区生产总值增长{written}。")
    assert row[-1] == comparator


def test_strive_for_is_the_aim_of_the_target_before_it() -> None:
    draft = extract("主要预期目标是:地区生产总值增长7%以上,力争8%。", region="示例市", year=2024)
    (row,) = draft.targets
    assert (row.value, row.comparator, row.aim) == (7, "at_least", 8)


# -- results of the previous year ----------------------------------------------------------------


def test_results_are_read_with_the_same_grammar() -> None:
    text = (
        "过去一年,规模以上工业增加值增长7.4%;一般公共预算收入完成15.2亿元、增长6.1%;"
        "新增城镇就业4502人;城镇居民人均可支配收入达到39607元;"
        "单位生产总值能耗下降3.2%。"
    )
    assert figures(text, "actual") == [
        ("规模以上工业增加值", 7.4, None, "%", "exact"),
        ("一般公共预算收入", 15.2, None, "亿元", "exact"),
        ("一般公共预算收入", 6.1, None, "%", "exact"),
        ("新增城镇就业", 4502, None, "人", "exact"),
        ("城镇居民人均可支配收入", 39607, None, "元", "exact"),
        ("单位生产总值能耗", 3.2, None, "%", "exact"),
    ]


def test_a_decrease_is_a_positive_value_with_its_direction() -> None:
    draft = extract("过去一年,单位生产总值能耗下降3.2%。", region="示例市", year=2024)
    (row,) = draft.targets
    assert (row.kind, row.year, row.value, row.direction) == ("actual", 2023, 3.2, "down")


def test_ranks_shares_and_totals_are_marked() -> None:
    draft = extract(
        "一年来,进出口总额2.2亿元、全市第2;先进产能占比达到78%;五年来累计完成投资1000亿元。",
        region="示例市",
        year=2024,
    )
    measured = [(r.name, r.value, r.measure) for r in draft.targets]
    assert ("进出口总额", 2, "rank") in measured
    assert ("先进产能占比", 78, "share") in measured
    assert ("投资", 1000, "cumulative") in measured


def test_a_target_sentence_without_a_cue_is_a_target() -> None:
    text = "会议提出,2024年地区生产总值增长6%左右,固定资产投资增长8%左右。"
    assert [k for k in ("target", "actual") if figures(text, k)] == ["target"]


# -- the glossary --------------------------------------------------------------------------------


def test_glossary_items_numbered_any_way_or_not_at_all() -> None:
    text = (
        "名词解释\n1.三零:零上访、零事故、零案件。\n2、四转:个转企、企升规、规改股、股上市。\n"
        "(3)双轮驱动:指科技创新和制度创新。\n"
        "“五星”支部:指党建星、产业星、文明星、生态星、平安星。\n"
    )
    assert [t for t, _ in entries(text)] == ["三零", "四转", "双轮驱动", "“五星”支部"]
    assert entries(text)[2][1] == "指科技创新和制度创新。"


def test_a_term_on_its_own_line_with_its_explanation_below() -> None:
    text = "“瞪羚”企业\n\n名词解释:指成长性好,具有跳跃式发展态势的高新技术企业。\n"
    assert entries(text) == [("“瞪羚”企业", "指成长性好,具有跳跃式发展态势的高新技术企业。")]


def test_a_numbered_heading_that_names_a_year_is_no_term() -> None:
    # 南城县 2020 (held-out batch 42): a page's watermark after the heading, then ---
    text = "一、2020年及“十三五”时期发展回顾N6h县情资料网---有深度、有态度的县域县情站点\n"
    assert entries(text) == []


def test_a_glossarys_term_may_name_a_year() -> None:
    text = ("名词解释\n1.2030年前碳达峰行动:指国务院印发的行动方案。\n"
            "2.“2035年远景目标”:指到2035年基本实现现代化。\n")  # fmt: skip
    assert [t for t, _ in entries(text)] == ["2030年前碳达峰行动", "“2035年远景目标”"]


def test_a_reports_own_heading_over_its_paragraph_is_no_term() -> None:
    # 孝感 2009 (held-out batch 40): 总体思路 and 主要目标 on lines of their own
    text = ("总体思路\n全面贯彻党的十七届三中全会精神,深入学习实践科学发展观。\n"
            "主要目标\n生产总值增长13%,全社会固定资产投资增长30%。\n")  # fmt: skip
    assert entries(text) == []


@pytest.mark.parametrize(
    ("text", "term", "definition"),
    [
        ("推进“四转”,即个转企、企升规。", "“四转”", "即个转企、企升规。"),
        ("放管服,是指简政放权、放管结合。", "放管服", "是指简政放权、放管结合。"),
        ("“瞪羚企业”指高成长型企业。", "“瞪羚企业”", "指高成长型企业。"),
        ("所谓“上接天线”,就是全面贯彻党中央的决策部署。", "“上接天线”",
         "就是全面贯彻党中央的决策部署。"),
    ],
)  # fmt: skip
def test_running_text_definitions(text: str, term: str, definition: str) -> None:
    assert entries(text) == [(term, definition)]


def test_several_definitions_on_one_line_split_by_semicolons() -> None:
    text = "含义“四区”——青岛西海岸、烟台东部;“三园”——青岛中德生态园、日照国际海洋城。\n"
    assert [t for t, _ in entries(text)] == ["“四区”", "“三园”"]
    whole = "“两重、两新”:“两重”指重大战略;“两新”指设备更新。\n"
    assert [t for t, _ in entries(whole)] == ["“两重、两新”"]


def test_footnotes_opened_by_circled_numbers_on_one_line() -> None:
    # a news page's notes under an article, all on one line: ② was lost and ① kept
    text = "注:①“三个一批”:指谋划一批、签约一批、开工一批。②“三保”:保基本民生、保工资、保运转。\n"
    assert entries(text) == [("“三个一批”", "指谋划一批、签约一批、开工一批。"),
                             ("“三保”", "保基本民生、保工资、保运转。")]  # fmt: skip


def test_a_glossary_laid_out_as_a_table() -> None:
    # a PDF's or a spreadsheet's columns: normalising drops the tab, and the rows were lost
    text = ("名词解释\n放管服\t简政放权、放管结合、优化服务\n"
            "1. 双碳\u3000\u3000碳达峰、碳中和\n"
            "(2)四上企业    规模以上工业等法人单位的统称。\n")  # fmt: skip
    assert entries(text) == [("放管服", "简政放权、放管结合、优化服务"),
                             ("双碳", "碳达峰、碳中和"),
                             ("四上企业", "规模以上工业等法人单位的统称。")]  # fmt: skip
    assert entries("放管服\t简政放权、放管结合、优化服务\n") == []  # a table needs its heading


def test_a_glossary_needs_no_year() -> None:
    draft = extract("名词解释\n1.三零:零上访、零事故、零案件。\n", region="示例区")
    assert [t.term for t in draft.terms] == ["三零"]


def test_an_aside_with_a_comma_is_no_break_in_a_list_of_names() -> None:
    # 泉州 2011 (tests/corpus/results/quanzhou-2011): (预计,下同) sits inside the first name
    text = "五年来,我市生产总值(预计,下同)、财政总收入年均分别增长14.1%、22.1%。"
    draft = extract(text, region="泉州市", year=2011)
    assert [(r.name, r.value) for r in draft.targets] == [("生产总值", 14.1), ("财政总收入", 22.1)]


def test_a_rates_year_average_is_the_years_figure_and_jiangdao_is_a_predicate() -> None:
    # national 2022 review: 城镇调查失业率平均为5.1%; 城镇调查失业率降到5.5%
    draft = extract("过去一年,城镇调查失业率平均为5.1%。", region="全国", year=2022)
    (row,) = draft.targets
    assert (row.name, row.value, row.measure) == ("城镇调查失业率", 5.1, None)
    (row,) = extract("过去一年,城镇调查失业率降到5.5%。", region="全国", year=2022).targets
    assert (row.name, row.value) == ("城镇调查失业率", 5.5)


def test_an_average_in_the_name_is_no_average_over_years() -> None:
    # 河北 2019 (tests/corpus/targets/hebei-2019): PM2.5平均浓度 is what is measured; the
    # target is the year's fall, not a yearly mean over a plan
    text = "2019年主要预期目标是:PM2.5平均浓度下降5%以上,PM10年均浓度控制在61微克/立方米以内。"
    draft = extract(text, region="河北省", year=2019)
    assert [(r.name, r.measure) for r in draft.targets] == [
        ("PM2.5平均浓度", None), ("PM10年均浓度", None)]  # fmt: skip
    text = "过去五年,地区生产总值年均增长6.5%,一般公共预算收入平均增长8%。"
    draft = extract(text, region="河北省", year=2019)
    assert [(r.name, r.measure) for r in draft.targets] == [
        ("地区生产总值", "average"), ("一般公共预算收入", "average")]  # fmt: skip


def test_a_head_of_measure_on_the_last_name_is_every_names() -> None:
    # 芙蓉区 2019 and 河北 2019 (tests/corpus/targets): the pollutants share the last one's
    # measure (年均浓度, 减排); names that have their own head keep it
    text = ("今年主要预期目标是:PM2.5、PM10年均浓度分别低于47μg/m3、61μg/m3,"
            "化学需氧量、二氧化硫、氨氮减排完成国家下达的目标任务,"
            "单位生产总值能耗、二氧化碳排放量均下降3%。")  # fmt: skip
    assert figures(text) == [
        ("PM2.5年均浓度", 47, None, "μg/m3", "at_most"),
        ("PM10年均浓度", 61, None, "μg/m3", "at_most"),
        ("化学需氧量减排", None, None, None, "qualitative"),
        ("二氧化硫减排", None, None, None, "qualitative"),
        ("氨氮减排", None, None, None, "qualitative"),
        ("单位生产总值能耗", 3, None, "%", "exact"),
        ("单位生产总值二氧化碳排放量", 3, None, "%", "exact"),
    ]


def test_indicators_left_to_the_nations_requirements_are_qualitative_targets() -> None:
    # 北京 2022 (tests/corpus/targets/beijing-2022-*): a sentence of its own after the list
    text = (
        "北京市今年主要预期目标是:地区生产总值增长5%以上,居民收入稳定增长,"
        "努力在实际工作中争取更好结果。生态环境质量、能源、水资源等指标按国家要求落实。"
    )
    assert figures(text) == [
        ("地区生产总值", 5, None, "%", "at_least"),
        ("居民收入", None, None, None, "qualitative"),
        ("生态环境质量", None, None, None, "qualitative"),
        ("能源", None, None, None, "qualitative"),
        ("水资源", None, None, None, "qualitative"),
    ]


def test_a_run_of_values_after_one_name_of_town_and_country_is_each_ones() -> None:
    # 平利县 2015 report (a converted page): 城乡居民收入27306元、8929元,分别增长8.8%和9.6%
    text = "一年来,城乡居民收入27306元、8929元,分别增长8.8%和9.6%。"
    assert figures(text, kind="actual", year=2016) == [
        ("城镇居民收入", 27306, None, "元", "exact"),
        ("农村居民收入", 8929, None, "元", "exact"),
        ("城镇居民收入", 8.8, None, "%", "exact"),
        ("农村居民收入", 9.6, None, "%", "exact"),
    ]


def test_a_measure_per_unit_of_output_is_every_conjuncts() -> None:
    # 深圳罗湖区 2021: 万元GDP建设用地、水耗、电耗分别下降…; 万元GDP能耗和水耗完成市下达目标任务
    text = ("2021年主要预期目标是:万元GDP建设用地、水耗、电耗分别下降1.5%、10.6%和6.4%,"
            "万元GDP能耗和水耗完成市下达目标任务。")  # fmt: skip
    assert figures(text) == [
        ("万元GDP建设用地", 1.5, None, "%", "exact"),
        ("万元GDP水耗", 10.6, None, "%", "exact"),
        ("万元GDP电耗", 6.4, None, "%", "exact"),
        ("万元GDP能耗", None, None, None, "qualitative"),
        ("万元GDP水耗", None, None, None, "qualitative"),
    ]


def test_the_words_that_close_a_list_go_in_traditional_text_too() -> None:
    # 北京 2022, a traditional copy (tests/corpus/targets/beijing-2022-trad)
    text = (
        "今年主要預期目標是:地區生產總值增長5%以上。"
        "生態環境質量、能源、水資源等指標按國家要求落實。"
    )
    assert [name for name, *_ in figures(text)] == [
        "地區生產總值",
        "生態環境質量",
        "能源",
        "水資源",
    ]


def test_respectively_after_two_clauses_gives_each_clauses_name_its_value() -> None:
    # 宜章县 2015 report: two subjects, each in its own clause, then 分别 with two values
    text = ("2015年,预计实现财政总收入15.68亿元,其中地方财政收入11.68亿元,分别下降7.78%、2.78%;"
            "实际利用外资1.2亿美元,实际到位内资33.7亿元,分别增长15.2%、23.7%。")  # fmt: skip
    assert [(n, v) for n, v, *_ in figures(text, kind="actual", year=2016)] == [
        ("财政总收入", 15.68), ("地方财政收入", 11.68),
        ("财政总收入", 7.78), ("地方财政收入", 2.78),
        ("实际利用外资", 1.2), ("实际到位内资", 33.7),
        ("实际利用外资", 15.2), ("实际到位内资", 23.7),
    ]  # fmt: skip


def test_a_scope_before_the_verb_stays_with_the_indicator_after_it() -> None:
    # 兴山县 2017 (a news page): 飞地经济实现税收9518万元 is 飞地经济's tax revenue
    text = "过去一年,飞地经济实现税收9518万元,规模以上工业实现增加值120亿元。"
    assert [(n, v) for n, v, *_ in figures(text, kind="actual", year=2018)] == [
        ("飞地经济税收", 9518), ("规模以上工业增加值", 120)]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # 宜章县 2015, 四川 2021, 江苏 2024 (a traditional copy)
        ("全县130个主要建设项目完成投资127.6亿元",
         [("主要建设项目", 130, "个"), ("主要建设项目投资", 127.6, "亿元")]),
        ("67个合作共建重大项目开工65个",
         [("合作共建重大项目", 67, "个"), ("开工合作共建重大项目", 65, "个")]),
        ("实施192个帮扶项目", [("帮扶项目", 192, "个")]),
    ],
)  # fmt: skip
def test_a_count_before_its_noun_counts_the_subject_of_what_follows(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    rows = extract(f"过去一年,{text}。", region="示例市", year=2024).targets
    assert [(r.name, r.value, r.unit) for r in rows] == expected


@pytest.mark.parametrize(
    "text",
    [  # 云南 2012, 贵州 2024 (traditional news pages), 资阳 2015, 国务院 2023
        "2012年,云南將力爭GDP增长12%以上,完善促進消費持續增長。",
        "2024年,貴州將推動數字經濟實現質的突破,數字經濟占比達到45%以上。",
        "今年主要预期目标是:地区生产总值增长7%,突出稳增长,坚定不移转方式调结构。",
    ],
)
def test_a_policy_is_no_qualitative_target(text: str) -> None:
    names = [name for name, _, _, _, comparator in figures(text) if comparator == "qualitative"]
    assert names == []


def test_two_qualitative_clauses_joined_by_a_pause_mark_are_two_targets() -> None:
    # 江苏 2024 (a news page): 外贸进出口总额实现正增长、实际使用外资稳中提质
    text = "今年主要预期目标:地区生产总值增长5%以上,外贸进出口总额实现正增长、实际使用外资稳中提质"
    assert [(n, c) for n, _, _, _, c in figures(text)] == [
        ("地区生产总值", "at_least"), ("外贸进出口总额", "qualitative"),
        ("实际使用外资", "qualitative")]  # fmt: skip


def test_a_figure_inside_a_name_stays_and_the_nations_name_goes() -> None:
    # 江西 2012 (a traditional copy): 500萬元以上固定資産投資; 国务院 2026: 中國國內生產總值
    text = "过去一年,全省500万元以上固定资产投资完成1234亿元;中国国内生产总值增长5%。"
    assert [(n, v) for n, v, *_ in figures(text, kind="actual", year=2013)] == [
        ("500万元以上固定资产投资", 1234), ("中国国内生产总值", 5)]  # fmt: skip
    # (the nation's name goes in the nation's own report; in a city's, the figure is the
    # nation's and keeps it: test_extract_stop43.py)
    nations = extract("过去一年,中国国内生产总值增长5%。", region="全国", year=2013)
    assert [row.name for row in nations.targets] == ["国内生产总值"]


@pytest.mark.parametrize(
    ("text", "names"),
    [  # 上海 2019 (tests/corpus/targets/shanghai-2019)
        ("城镇调查失业率和登记失业率稳定在4.3%左右", ["城镇调查失业率", "城镇登记失业率"]),
        ("进出口和利用外资保持稳定", ["进出口", "利用外资"]),
    ],
)
def test_names_joined_by_he_share_their_predicate(text: str, names: list[str]) -> None:
    rows = figures(f"今年主要预期目标是:地区生产总值增长6%左右,{text}。")
    assert [name for name, *_ in rows][1:] == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # 汉滨区 2024 and 潞城区 2023 reports (tests/corpus/results)
        ("实际使用内资30.2亿元、外资381万美元",
         [("实际使用内资", 30.2), ("实际使用外资", 381)]),
        ("新增一般债券2.3亿元、专项债券6.4亿元",
         [("新增一般债券", 2.3), ("新增专项债券", 6.4)]),
        ("发展大葱、高粱、香菇、旱地西红柿等特色种植10万亩", [("特色种植", 10)]),
        ("拜访目标企业150家", [("拜访目标企业", 150)]),  # (as hanbin-2024 annotates it)
        ("新谋划重点项目630个、总投资1280亿元",
         [("新谋划重点项目", 630), ("新谋划重点项目总投资", 1280)]),
    ],
)  # fmt: skip
def test_what_a_review_clause_shares_between_its_figures(
    text: str, expected: list[tuple[str, float]]
) -> None:
    rows = figures(f"2024年,{text}。", kind="actual", year=2025)
    assert [(name, value) for name, value, *_ in rows] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [  # 陕西 2021 report, a traditional news digest (tests/corpus/results/shaanxi-2020-trad)
        ("18.34万剩余贫困人口全部脱贫", ("剩余贫困人口", 18.34, "万")),
        ("288万农村贫困人口实现脱贫", ("农村贫困人口", 288, "万")),
    ],
)
def test_a_number_at_a_lines_start_is_no_list_marker_and_counts_its_noun(
    line: str, expected: tuple[str, float, str]
) -> None:
    text = f"2020年成就:\n城镇新增就业43.2万人\n{line}\n"
    rows = extract(text, region="陕西省", year=2021).targets
    assert [(r.name, r.value, r.unit) for r in rows][1:] == [expected]


def test_several_definitions_in_one_paragraph_are_split_at_each_new_term() -> None:
    # the "several definitions in one paragraph, split by ；/﹔", in running text
    text = ("报告中提到的“三个一批”，即签约一批、开工一批、投产一批；“双碳”，指碳达峰、碳中和﹔"
            "“一老一小”是指老年人和儿童。")  # fmt: skip
    assert [t for t, _ in entries(text)] == ["“三个一批”", "“双碳”", "“一老一小”"]
    assert [d for _, d in entries(text)][1] is not None
    assert "碳达峰" not in (entries(text)[0][1] or "")


def test_circled_numbers_and_a_first_bullet_after_the_cue_are_list_markers() -> None:
    # the markers ① and 一是, in a list that runs on from its cue
    text = ("2024年主要预期目标\n①地区生产总值增长5%以上,②居民人均可支配收入和经济增长同步,"
            "③一般公共预算收入增长4.5%－5%")  # fmt: skip
    assert figures(text) == [
        ("地区生产总值", 5, None, "%", "at_least"),
        ("居民人均可支配收入", None, None, None, "in_step"),
        ("一般公共预算收入", 4.5, 5, "%", "range"),
    ]
    text = "主要预期目标是:一是地区生产总值增长6%-6.5%;二是城镇新增就业近4万人。"
    assert figures(text) == [("地区生产总值", 6, 6.5, "%", "range"),
                             ("城镇新增就业", 4, None, "万人", "nearly")]  # fmt: skip


def test_a_change_alone_ranks_the_subject_befores_change() -> None:
    # 兴山县 2017 (a news page): 规模工业增加值增长4.3%,增幅位居全市第一
    text = (
        "过去一年,规模工业增加值增长4.3%,增幅位居全市第一;地区生产总值186.5亿元,增速居全市第2位。"
    )
    draft = extract(text, region="兴山县", year=2018)
    ranks = [(r.name, r.value) for r in draft.targets if r.measure == "rank"]
    assert ranks == [("规模工业增加值增幅", 1), ("地区生产总值增速", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # 福建 2023, 新疆 2023, 杭州 2020 (a traditional copy), 上海 2019 (tests/corpus/targets)
        ("城镇居民、农村居民人均可支配收入分别增长7%、7.5%",
         [("城镇居民人均可支配收入", 7), ("农村居民人均可支配收入", 7.5)]),
        ("力争全区肉、奶、禽蛋产量分别增长10%、9%、2%",
         [("肉产量", 10), ("奶产量", 9), ("禽蛋产量", 2)]),
        ("GDP增長目標為增長6.5%左右,這是杭州市近年首次將這一數字下調至7%以下", [("GDP", 6.5)]),
        ("地区生产总值增长6%,居民消费价格指数与国家价格调控目标保持衔接",
         [("地区生产总值", 6), ("居民消费价格指数", None)]),
    ],
)  # fmt: skip
def test_names_of_a_targets_list_as_a_reader_gives_them(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    rows = figures(f"2023年主要预期目标是:{text}。", year=2023)
    assert [(name, value) for name, value, *_ in rows] == expected


def test_a_part_of_a_whole_is_a_share() -> None:
    # 惠州 2011 and 宜章县 2015 reviews: 民生支出占财政支出的61%, 占年度计划的91.2%
    text = "过去一年,民生支出占财政支出的61%;主要建设项目完成投资127.6亿元,占年度计划的91.2%。"
    draft = extract(text, region="惠州市", year=2012)
    shares = [(r.value, r.measure) for r in draft.targets if r.unit == "%"]
    assert shares == [(61, "share"), (91.2, "share")]


def test_running_definitions_after_a_colon_each_end_where_the_next_begins() -> None:
    # 黑龙江 2006, a news page (东北网): 名词注解上看到:A,是指…;B,是指…;“C”,是指…。
    text = ("记者在代表手中的名词注解上看到:粮食企业“三老”问题,是指老人、老账、老粮;两免一补,"
            "是指对农村义务教育阶段家庭困难的学生免除杂费;“双高普九”,是指高水平、高质量普及九年"
            "义务教育。还有“两江一湖”等词语也被解释得通俗易懂。")  # fmt: skip
    assert [t for t, _ in entries(text)] == ["粮食企业“三老”问题", "两免一补", "“双高普九”"]
    assert entries(text)[2][1] == "是指高水平、高质量普及九年义务教育。"


def test_figures_said_of_years_together_are_marked_so() -> None:
    # 国务院 2023 (a news digest, tests/corpus/results/national-2022): 十年增加近70万亿元;
    # 粮食产量连年稳定在1.3万亿斤以上
    text = (
        "过去五年,国内生产总值增加到121万亿元,十年增加近70万亿元。粮食产量连年稳定在1.3万亿斤以上。"
    )
    draft = extract(text, region="全国", year=2023)
    assert [(r.name, r.value, r.measure) for r in draft.targets] == [
        ("国内生产总值", 121, None), ("国内生产总值", 70, "cumulative"),
        ("粮食产量", 1.3, "cumulative")]  # fmt: skip


def test_a_leap_and_all_of_them_belong_to_the_predicate() -> None:
    # 晋中 2024 (a traditional copy) and 四川 2021 reviews
    text = (
        "过去一年,全市经济总量跃升至全省第4位、达到2458.8亿元。"
        "七大区域中心城市经济总量全部突破2000亿元。"
    )
    draft = extract(text, region="晋中市", year=2025)
    assert [r.name for r in draft.targets] == ["经济总量", "经济总量", "七大区域中心城市经济总量"]


def test_the_verb_between_a_scope_and_its_count_goes() -> None:
    # 江苏 2025 report, a traditional copy (tests/corpus/results/jiangsu-2024-trad)
    text = "过去一年,年度南北合作实施192个帮扶项目。"
    assert [(n, v) for n, v, *_ in figures(text, kind="actual", year=2025)] == [
        ("南北合作帮扶项目", 192)]  # fmt: skip


def test_where_a_figure_stands_in_the_country_is_no_part_of_its_name() -> None:
    # 内蒙古 2025 report, a traditional copy (tests/corpus/results/neimenggu-2024-trad)
    text = "过去一年,新能源装机在全国率先破亿、达到1.35亿千瓦,工业增加值全国排名上升3位、居第14位。"
    draft = extract(text, region="内蒙古自治区", year=2025)
    assert [(r.name, r.value, r.measure) for r in draft.targets] == [
        ("新能源装机", 1.35, None),
        ("工业增加值全国排名", 3, "rank"),
        ("工业增加值全国排名", 14, "rank"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # county reviews of the third held-out batch (tests/corpus/results)
        ("规上工业总产值增长30亿元以上,增加值增长13.5%",
         [("规上工业总产值", 30), ("规上工业增加值", 13.5)]),
        ("一般公共预算收入完成10.75亿元,历史首次突破10亿元大关",
         [("一般公共预算收入", 10.75), ("一般公共预算收入", 10)]),
        ("地区生产总值达到417亿元,同比(下同)增长9.4%",
         [("地区生产总值", 417), ("地区生产总值", 9.4)]),
        ("高新技术企业数量由38家增加到89家", [("高新技术企业数量", 38), ("高新技术企业数量", 89)]),
        ("过去的一年实现地区生产总值415亿元", [("地区生产总值", 415)]),
    ],
)  # fmt: skip
def test_what_a_county_review_writes_around_its_names(
    text: str, expected: list[tuple[str, float]]
) -> None:
    rows = figures(f"一年来,{text}。", kind="actual", year=2025)
    assert [(name, value) for name, value, *_ in rows] == expected


def test_main_indicators_steady_and_rising_open_no_targets_block() -> None:
    # 中宁县 2026 report, reviewing 2025: 主要指标稳中有进。全年完成地区生产总值181.8亿元…
    text = "一、经济运行量质齐升\n主要指标稳中有进。全年完成地区生产总值181.8亿元,同比增长7%。"
    draft = extract(text, region="中宁县", year=2026)
    assert [(r.kind, r.name, r.value) for r in draft.targets] == [
        ("actual", "地区生产总值", 181.8), ("actual", "地区生产总值", 7)]  # fmt: skip


def test_years_running_and_success_are_no_part_of_a_name() -> None:
    # 固阳县 2025 report, a traditional copy: 规上工业总产值连续三年每年增长30亿元以上;
    # 成功争取基金项目2个
    text = "一年来,规上工业总产值连续三年每年增长30亿元以上;成功争取基金项目2个。"
    assert [(n, v) for n, v, *_ in figures(text, kind="actual", year=2025)] == [
        ("规上工业总产值", 30), ("基金项目", 2)]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [  # 道真县 2023 (traditional), 舟曲县 2022, 沂源县 2012: deposits and loans in one name
        "一年来,金融机构存、贷款余额分别为138.87亿元、118.21亿元。",
        "一年来,金融机构存贷款余额分别为138.87亿元、118.21亿元。",
    ],
)
def test_deposits_and_loans_written_as_one_name_are_two(text: str) -> None:
    assert [(n, v) for n, v, *_ in figures(text, kind="actual", year=2023)] == [
        ("金融机构存款余额", 138.87), ("金融机构贷款余额", 118.21)]  # fmt: skip


def test_a_run_of_counts_counts_one_noun() -> None:
    # 舟曲县 2022 and 闽清县 2018 reports: 消除返贫风险445户1910人; 新培育农民合作社52家
    # (新培育 stays since stop 52, as 新增 does: the new ones, not the stock)
    text = "一年来,消除返贫风险445户1910人,新培育农民合作社52家,补充耕地800亩。"
    assert [(n, v) for n, v, *_ in figures(text, kind="actual", year=2023)] == [
        ("返贫风险", 445), ("返贫风险", 1910), ("新培育农民合作社", 52), ("耕地", 800)]  # fmt: skip


def test_a_pages_labels_are_no_terms_and_an_items_closing_mark_is_no_part_of_it() -> None:
    # 融安县 2025, a 名词解释 page on the county's site (tests/corpus/glossary/rongan-2025)
    text = (
        "“七个一批”名词解释\n来源:融安县投资促进中心  发布日期:2025-07-11 11:50\n"
        "一、谋划项目,指一个项目概念的提出;\n"
        "二、洽谈项目,指与项目业主进行磋商阶段的项目;\n"
    )
    assert entries(text) == [("谋划项目", "指一个项目概念的提出"),
                             ("洽谈项目", "指与项目业主进行磋商阶段的项目")]  # fmt: skip


def test_a_number_shares_the_unit_of_the_one_after_it_and_a_care_of_sign_is_a_percent() -> None:
    # 崇阳县 2019: 分别达到29698、15892元; 三穗县 2010 (a page writing every % as ℅)
    text = (
        "2019年,城镇和农村常住居民人均可支配收入分别达到29698、15892元,"
        "同比分别增长9.17%和9.76%;全县生产总值实现131487万元,同比增长15℅。"
    )
    assert [(n, v, u) for n, v, _, u, _ in figures(text, kind="actual", year=2020)] == [
        ("城镇常住居民人均可支配收入", 29698, "元"), ("农村常住居民人均可支配收入", 15892, "元"),
        ("城镇常住居民人均可支配收入", 9.17, "%"), ("农村常住居民人均可支配收入", 9.76, "%"),
        ("生产总值", 131487, "万元"), ("生产总值", 15, "%")]  # fmt: skip


def test_a_running_definition_ends_at_the_next_quoted_item() -> None:
    # 国务院 2015 (held-out batch 58): “三稳”即…;“四进”体现在… ran on into the next item,
    # and “三稳四进”:“三稳”即… made the colon's opening a term of its own
    text = ("得分高主要体现在“三稳四进”:“三稳”即增速稳、价格稳、就业稳;"
            "“四进”体现在经济机构新优化,发展质量新提升。")  # fmt: skip
    draft = extract(text, region="国务院", year=2015)
    assert [(t.term, t.definition) for t in draft.terms] == [("“三稳”", "即增速稳、价格稳、就业稳")]


def test_running_definitions_after_a_comma_each_end_where_the_next_quoted_term_begins() -> None:
    # stop 23's left list: “一核”是指…,“两翼”是指… gave one entry, “一核”, whose definition
    # ran on over “两翼”'s and any after it
    text = "“一核”是指中心城区,“两翼”指东部新城和西部新区,“三区”即三个功能区。"
    assert entries(text) == [
        ("“一核”", "是指中心城区"), ("“两翼”", "指东部新城和西部新区"),
        ("“三区”", "即三个功能区。")]  # fmt: skip


def test_a_quoted_name_after_a_comma_inside_a_definition_does_not_end_it() -> None:
    text = "“两山”是指绿水青山就是金山银山,“两山”理念已深入人心。"
    assert entries(text) == [("“两山”", "是指绿水青山就是金山银山,“两山”理念已深入人心。")]
