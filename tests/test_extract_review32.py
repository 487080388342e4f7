"""Faults the adversarial reviews of stop 32's rules found, each reproduced by a test
before it was mended.  Every expected row is written by hand from the sentence in the test."""

from __future__ import annotations

from typing import Any

from jfq.authoring.extract import extract


def rows(text: str, year: int = 2024) -> list[tuple[Any, ...]]:
    draft = extract(text, region="某县", year=year)
    return [
        (r.kind, r.year, r.name, r.value, r.unit, r.comparator, r.measure) for r in draft.targets
    ]


def terms(text: str) -> list[str]:
    return [t.term for t in extract(text, region="某县", year=2024).terms]


# -- first review: years counted ----------------------------------------------------------------


def test_a_count_before_the_years_leaves_the_span_as_it_was() -> None:
    # spans._FIGURE_BEFORE: 在全省14个市州中,过去五年… made the five years' totals one year's
    text = "在全省14个市州中,过去五年我市新增城镇就业28万人,建成棚改安置房5万套。"
    assert [r[6] for r in rows(text, 2023)] == ["cumulative", "cumulative"]


def test_years_counted_mid_paragraph_are_the_sentences_own() -> None:
    # spans._OPENS_ON_YEARS with 累计|共: a 五年累计 sentence in a paragraph on 2016 made the
    # year's later growth rates five-year totals
    text = (
        "过去五年,全州经济社会发展取得显著成就。2016年,全州地区生产总值180.6亿元,"
        "比上年增长10.6%。五年累计实施重点项目1344个。社会消费品零售总额45.9亿元,增长10.6%。"
    )
    assert [(r[2], r[6]) for r in rows(text, 2017)][-2:] == [
        ("社会消费品零售总额", None), ("社会消费品零售总额", None)
    ]  # fmt: skip
    # and a sentence 五年共 opens counts its own clauses only
    text = "脱贫攻坚成果持续巩固,五年共投入衔接资金12亿元。农村居民人均可支配收入增长8.2%。"
    assert [r[6] for r in rows(text, 2017)] == ["cumulative", None]


def test_a_heading_of_new_ones_over_years_spans_nothing_under_it() -> None:
    # cues.SPAN with 新增: a subheading 五年新增就业12万人 made the year's figures totals
    text = (
        "民生保障\n五年新增就业12万人\n"
        "城镇新增就业2.5万人,城镇登记失业率3.2%。新建保障性住房3000套。"
    )
    assert [r[6] for r in rows(text)][1:] == [None, None, None]


def test_one_years_new_ones_are_no_total() -> None:
    # spans._YEARS_COUNTED with 新增: 一年新增市场主体1.5万户 was marked a total of years
    assert rows("去年,全县市场活力迸发,一年新增市场主体1.5万户。")[0][6] is None


# -- first review: ranges and the levels of a change ---------------------------------------------


def test_a_range_after_a_from_inside_a_word_stays_a_range() -> None:
    # values._from_one_to_another took any 从/由 before the figure: 从业人员3000至5000人,
    # 从严压减3%至5%, 由80元至120元不等 and a size class 从1亿元到10亿元的项目 were split in two
    text = "今年的主要预期目标是:地区生产总值增长6.5%左右;培训农村电商从业人员3000至5000人。"
    assert rows(text)[1][3:6] == (3000.0, "人", "range")
    text = "今年的主要预期目标是:城镇登记失业率4%;党政机关一般性支出从严压减3%至5%。"
    assert rows(text)[1][5] == "range"
    assert rows("去年,农户每亩补贴由80元至120元不等。")[0][5] == "range"
    assert [r[2:5] for r in rows("去年,全市引进投资从1亿元到10亿元的项目45个。")] == [
        ("项目", 45.0, "个")
    ]
    # and the level reached before 的跨越 is read (实现从3万亿元到4万亿元的跨越)
    text = "五年来,全省生产总值实现从3万亿元到4万亿元的跨越。"
    assert [r[3] for r in rows(text)] == [3.0, 4.0]


def test_a_done_far_before_the_cue_on_another_phrase_ends_nothing() -> None:
    # block_leads._PAST_LEAD: 实现了 up to 30 characters before the cue, across a space and
    # 今年, made a targets list no list (去年…实现了6.5%的增长 今年主要预期目标:…)
    text = (
        "去年地区生产总值实现了6.5%的增长 今年主要预期目标:地区生产总值增长6%左右,"
        "城镇新增就业8000人。"
    )
    assert ("target", 2024, "地区生产总值", 6.0, "%", "about", None) in rows(text)


# -- first review: glossary ----------------------------------------------------------------------


def test_a_glossarys_last_item_over_a_line_of_figures_is_kept() -> None:
    # glossary_running.a_headline: 3.“六保”:保居民就业… was dropped because the line after it
    # stated figures; and a quoted list after 提到“新三样”: the same
    text = (
        "相关链接\n1.“两新一重”:新型基础设施、新型城镇化和重大工程\n"
        "2.“六稳”:稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期\n"
        "3.“六保”:保居民就业、保基本民生、保市场主体\n"
        "今年全市完成“两新一重”投资320亿元,增长15%。"
    )
    assert terms(text) == ["“两新一重”", "“六稳”", "“六保”"]
    text = (
        "记者注意到,报告多次提到“新三样”:电动载人汽车、锂电池、太阳能电池\n"
        "去年,全市“新三样”产品出口额增长35%。"
    )
    assert terms(text) == ["“新三样”"]
    # but a keyword over counts is still none (2.民生“暖”:… / 全年新建学校5所…)
    assert terms("2.民生“暖”:办好十件民生实事\n全年新建学校5所、新增学位3000个。") == []


def test_so_called_and_its_de_are_no_part_of_a_term() -> None:
    # stripped(): 所谓的零基预算 kept 的, and 所谓双碳 (four characters) kept 所谓
    assert terms(
        "一、关于零基预算\n所谓的零基预算,是指不考虑过去的预算项目和收支水平编制的预算。"
    ) == ["零基预算"]
    assert terms("一、关于双碳\n所谓双碳,即碳达峰与碳中和的简称。") == ["双碳"]


# -- first review: names -------------------------------------------------------------------------


def names(text: str) -> list[str]:
    return [r[2] for r in rows(text)]


def test_a_head_after_de_is_shared_by_sectors_only() -> None:
    # shared_heads.distributed: 粮食产量和农民的收入 gave 粮食产量收入, 城镇和农村居民的收入
    # 城镇收入, 工业投资、…基础设施的投资 工业投资投资, …对经济增长的贡献率 第一贡献率
    assert names("去年,全县粮食产量和农民的收入分别增长3%、8%。")[0] == "粮食产量"
    assert names("去年,城镇和农村居民的收入分别增长6.5%、8.2%。")[0] == "城镇居民的收入"
    assert names("去年,工业投资、民间投资和基础设施的投资分别增长12%、8%和15%。")[0] == "工业投资"
    text = "去年,第一、第二、第三产业对经济增长的贡献率分别为5.1%、38.6%和56.3%。"
    assert names(text)[0] == "第一产业对经济增长的贡献率"


def test_a_total_alone_after_a_yield_is_no_yields() -> None:
    # ellipsis: 单产380公斤,总产量68.4万吨 gave 单产总产量
    text = "去年,全年粮食播种面积180万亩,单产380公斤,总产量68.4万吨。"
    assert "单产总产量" not in names(text)


def test_what_passed_a_review_is_no_means() -> None:
    # name_openings._BY_MEANS: 通过省级认定的科技创新平台和孵化平台 lost its first name
    text = "去年,通过省级认定的科技创新平台和孵化平台分别达到45个、12个。"
    assert names(text) == ["科技创新平台", "孵化平台"]


def test_ranks_of_two_totals_said_in_turn_go_to_each() -> None:
    # ranks.name_bare_ranks: 总量全市第二、第三 after two incomes gave both to the last
    text = (
        "去年,城镇、农村居民人均可支配收入分别达到39098元、16340元,增长4.7%、5.1%,"
        "总量全市第二、第三。"
    )
    assert names(text)[4:] == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]


def test_a_superlative_in_the_world_is_no_rank_and_a_worlds_rank_is_the_totals() -> None:
    # RANK with 世界/全球: 全球第二大芯片代工企业, 世界第一高桥 made ranks; 增长3.6%,稳居世界第一
    # ranked the growth
    assert [r[6] for r in rows("去年,引进全球第二大芯片代工企业,新增投资120亿元。")] == [None]
    assert [r[6] for r in rows("去年,建成世界第一高桥北盘江大桥,通车里程100公里。")] == [None]
    text = "去年,盐田港集装箱吞吐量达1315.96万标箱,增长3.6%,稳居世界第一。"
    assert rows(text)[2][2] == "盐田港集装箱吞吐量"


def test_sectors_given_each_its_value_are_each_named() -> None:
    # list_heads.ONE_NAME: 农、林、牧、渔业产值分别增长… gave one name four times
    text = "去年,全县农、林、牧、渔业产值分别增长4.2%、6.1%、3.8%、5.5%。"
    assert len(set(names(text))) == 4


def test_a_first_time_ends_an_object_only_before_a_mark_passed() -> None:
    # qualitative: 实现全县首次进入全国百强县 was named 全县
    text = "今年经济社会发展的主要预期目标是:地区生产总值增长6%左右;实现全县首次进入全国百强县。"
    assert names(text)[1] == "全县首次进入全国百强县"


def test_a_measure_per_unit_keeps_the_scope_the_first_has() -> None:
    # shared_heads._own_measure: 规模以上工业能耗和单位增加值能耗 lost 规模以上工业
    text = "去年,规模以上工业能耗和单位增加值能耗分别下降3%、5%。"
    assert names(text) == ["规模以上工业能耗", "规模以上工业单位增加值能耗"]
    assert names("去年,单位GDP能耗和单位工业增加值能耗分别下降3%、5%。")[1] == "单位工业增加值能耗"


def test_a_zone_and_a_sources_words_stay_out_of_an_estimates_subject() -> None:
    # name_openings._estimated_by: 开发区预计完成… kept 开发区; 据初步统计…产业预计… kept prose
    assert names("过去一年,开发区预计完成工业总产值800亿元。")[0] == "工业总产值"
    assert names("去年,据初步统计全县文旅产业预计实现综合收入80亿元。")[0] == "综合收入"


def test_the_sectors_keep_the_di_the_text_writes_and_a_traditional_share_its_each() -> None:
    # list_heads: 第一、二、三次产业 lost 第; grammar._EACH_SHARE: 分別佔 kept 分別
    assert names("去年,第一、二、三次产业增加值分别增长3.5%、6.2%、7.8%。")[0] == "第一次产业增加值"
    text = "去年,第二產業和第三產業增加值分別佔地區生產總值的25%和75%。"
    assert names(text) == ["第二產業增加值佔地區生產總值", "第三產業增加值佔地區生產總值"]


# -- second reviews (of the first review's mends and batches 142-146's rules) --------------------


def test_a_quoted_slogan_said_to_be_a_strategy_is_no_term_and_keeps_its_figures() -> None:
    # glossary_words.QUOTED_DEFINED: a kind word anywhere in 200 characters made “强县富民”是…
    # a term and swallowed the sentence's figures; sayings became terms
    text = (
        "过去一年,我们坚定不移推进“强县富民”。“强县富民”是县委确定的发展战略,"
        "全县地区生产总值完成286亿元,增长6.8%,产业体系更加完善。"
    )
    assert terms(text) == [] and [r[3] for r in rows(text)] == [286.0, 6.8]
    assert (
        terms("“双碳”是一场广泛而深刻的经济社会系统性变革,要加快构建绿色低碳循环发展的经济体系。")
        == []
    )
    text = "去年,“专精特新”是中小企业走专业化发展道路的一种模式,全县已累计培育专精特新企业35家。"
    assert terms(text) == [] and [r[3] for r in rows(text)] == [35.0]


def test_a_keyword_headline_is_one_character_quoted_beside_a_word() -> None:
    # glossary_running.a_headline: 1.“稳”字当头:… was a term; 民生“暖”:教育、医疗… too; and a
    # glossary's 乡村“五美”:山美水美… and 提到“两重”:… were dropped over a line of counts
    text = (
        "1.“稳”字当头:经济运行稳中有进\n\n"
        "预计全年地区生产总值增长6.5%左右,一般公共预算收入28.6亿元。"
    )
    assert terms(text) == []
    text = "2.民生“暖”:教育、医疗、养老全面提升\n全年新建学校5所、新增学位3000个。"
    assert terms(text) == []
    text = (
        "相关链接\n1.“两新一重”:新型基础设施、新型城镇化和重大工程\n"
        "2.乡村“五美”:山美水美田美村美人美\n今年全县创建美丽乡村示范村12个。"
    )
    assert terms(text) == ["“两新一重”", "乡村“五美”"]
    text = (
        "报告提到“两重”:国家重大战略实施和重点领域安全能力建设\n去年,全市谋划储备“两重”项目38个。"
    )
    assert terms(text) == ["“两重”"]


def test_the_years_figure_before_years_counted_keeps_the_sentence_the_years() -> None:
    # spans._opens_on_years: 规上工业增加值增长9.1%,五年来年均增长8.6%;… made the year's figures
    # five-year totals once the figure before no longer counted
    text = "工业经济提质增效。规上工业增加值增长9.1%,五年来年均增长8.6%;新增规上工业企业42家。"
    assert [r[6] for r in rows(text)] == [None, "average", None]


def test_the_parts_of_years_counted_said_after_qi_zhong_are_counted_too() -> None:
    # cues.COUNTED_AT_ITS_START: 其中,建成投产工业项目286个 after 五年累计… lost its span
    text = "五年累计实施重点项目1344个,完成投资1039亿元。其中,建成投产工业项目286个。"
    assert [r[6] for r in rows(text, 2017)] == ["cumulative", "cumulative", "cumulative"]


def test_two_levels_and_a_range_sized_by_what_follows() -> None:
    # values._A_RANGE_AFTER: 从1000亿元到2000亿元的跨越仅用5年时间 read as a range (and
    # 给予从50万元到200万元的奖励,… is still two levels: the third review's mend, left)
    text = "五年来,全市地区生产总值实现从1000亿元到2000亿元的跨越仅用5年时间。"
    assert [r[3] for r in rows(text)] == [1000.0, 2000.0]
    # and a milestone reached is over (实现1亿美元的历史性突破)
    assert rows("去年,全县外贸进出口总额实现1亿美元的历史性突破,增长35%。")[0][5] == "over"


def test_ranks_in_turn_skip_margins_and_go_to_each_growth_or_total_said() -> None:
    # ranks.name_each_rank counted 高于全市平均2.1个百分点 as a figure stated, and 增速分居/
    # 总量分居 gave both ranks to the last indicator
    text = (
        "去年,全县一般公共预算收入完成10.2亿元,增长8.5%,高于全市平均2.1个百分点,"
        "分居全市第3、第1位。"
    )
    assert [r[2:4] for r in rows(text)[3:]] == [
        ("一般公共预算收入", 3.0),
        ("一般公共预算收入增速", 1.0),
    ]
    text = "去年,全市地区生产总值增长7.2%,一般公共预算收入增长8.1%,增速分居全省第2位和第1位。"
    assert [r[2] for r in rows(text)[2:]] == ["地区生产总值增速", "一般公共预算收入增速"]
    text = "去年,全县一般公共预算收入完成10.2亿元,税收收入8.1亿元,总量分居全市第3、第4位。"
    assert [r[2] for r in rows(text)[2:]] == ["一般公共预算收入", "税收收入"]


def test_sector_names_with_he_stay_whole_and_a_sectors_de_head_is_shared() -> None:
    # coordination: under 分别, 研究与试验发展 and 批发和零售业 were split;
    # 工业和建筑业的增加值 gave 工业业的增加值; 农、林、牧、渔业 gave 农村业产值
    text = (
        "今年主要预期目标是:研究与试验发展经费投入强度、高新技术产业增加值占比分别达到2.5%和45%。"
    )
    assert [r[2] for r in rows(text)] == ["研究与试验发展经费投入强度", "高新技术产业增加值占比"]
    assert names("去年,全市工业和建筑业的增加值分别增长8.1%和5.2%。") == [
        "工业增加值",
        "建筑业增加值",
    ]
    assert names("去年,全县农、林、牧、渔业产值分别增长4.2%、6.1%、3.8%、5.5%。")[0] == "农业产值"


def test_three_industries_of_its_own_are_no_nations_sectors_and_a_pull_together_is_one() -> None:
    # list_heads._THREE_SECTORS: 电子信息、装备制造、生物医药三大主导产业,三大产业产值… became
    # 第一/二/三产业; ellipsis: 拉动GDP增长6.8个百分点 alone was copied to each sector
    text = (
        "去年,我市聚焦电子信息、装备制造、生物医药三大主导产业,三大产业产值分别增长12%、15%和8%。"
    )
    assert "第一产业产值" not in names(text)
    text = "去年,第二、三产业对经济增长的贡献率分别为35.1%、53.0%,拉动GDP增长6.8个百分点。"
    assert [r[3] for r in rows(text)] == [35.1, 53.0, 6.8]


def test_an_estimates_subject_keeps_a_park_and_a_big_data_firm() -> None:
    # name_openings: 据 inside 数据 ended the subject; 工业园区 was dropped with the zones
    assert names("去年,全市大数据企业预计实现营业收入120亿元。") == ["大数据企业营业收入"]
    text = "去年,全县规上工业产值完成360亿元。工业园区预计实现规上工业产值200亿元。"
    assert names(text)[1] == "工业园区规上工业产值"
    assert names("去年,通过电商平台销售农产品3.2亿元。") == ["销售农产品"]


# -- third review (of the second mends) ----------------------------------------------------------


def test_a_move_between_two_levels_keeps_its_clause() -> None:
    # values._A_RANGE_AFTER read 从300亿元到500亿元的提升, as a range sized by 提升 and lost the
    # clause with its growth; a size class counted in 笔 made last year's level
    text = "去年,全区经济总量实现从300亿元到500亿元的提升,增长8.2%。"
    assert [(r[1], r[3]) for r in rows(text)] == [(2022, 300.0), (2023, 500.0), (2023, 8.2)]
    assert [r[3] for r in rows("去年,全县发放额度从1万元到5万元的创业担保贷款1.2万笔。")] == [1.2]


def test_a_figure_before_five_years_keeps_the_sentence_and_paragraph_the_years() -> None:
    # spans._opens_on_years: the third review's mend (a figure before 五年来 only with 年均
    # after) made later sentences five-year totals (fourth review); the figure before makes
    # the sentence open on no years again, and what 五年来 itself opens is still a total
    text = (
        "全县地区生产总值突破300亿元,五年来新建高速公路120公里。一般公共预算收入完成25亿元,增长8%。"
    )
    assert [r[6] for r in rows(text)] == [None, "cumulative", None, None]
    assert [r[6] for r in rows("规上工业增加值增长9.1%,近五年来年均增长8.6%。")] == [
        None,
        "average",
    ]


def test_a_list_of_links_is_no_glossary() -> None:
    # cues.GLOSSARY_HEADING with 相关链接: 回眸2023:全县地区生产总值增长6.5% became a term
    text = "相关链接\n回眸2023:全县地区生产总值增长6.5%\n权威发布:某县2024年政府工作报告全文"
    assert terms(text) == [] and [r[3] for r in rows(text)] == [6.5]


def test_a_rank_target_takes_no_key() -> None:
    # extract: a rank target with no measure was given the indicator's key (GDP = 2)
    draft = extract(
        "今年主要预期目标:地区生产总值增长6%以上,总量保持全市第二。", region="某县", year=2024
    )
    assert [(r.value, r.key) for r in draft.targets][1] == (2.0, None)


def test_one_indicators_ranks_in_two_places_stay_its_own() -> None:
    # said_before in turn: 增速分别居全省第8位、全市第1位 gave the first to the revenue before
    text = (
        "去年,全县一般公共预算收入完成10.2亿元,增长8.5%;地区生产总值增长7.2%,"
        "增速分别居全省第8位、全市第1位。"
    )
    assert [r[2] for r in rows(text)][3:] == ["地区生产总值增速", "地区生产总值增速"]


def test_pulls_in_a_run_without_fen_bie_are_each_sectors() -> None:
    text = (
        "去年,第一、二、三产业对经济增长的贡献率分别为5.1%、38.6%和56.3%,"
        "拉动经济增长0.3、2.4和3.4个百分点。"
    )
    assert names(text)[3:] == [
        "第一产业拉动经济增长",
        "第二产业拉动经济增长",
        "第三产业拉动经济增长",
    ]


def test_words_of_scale_and_scope_stay_out_of_units_and_names() -> None:
    # 个亿级 read as the unit 个亿; 首次迈入全国百强县 lost its object at 百; 三大产业投资 stopped
    # splitting; 统计数据显示…预计 kept its source; 全园区 kept in a name; 通过省级评价的… a means
    assert rows("去年,全县实施10个亿级工业项目,总投资86个亿。")[0][3:5] == (10.0, "个")
    text = "今年主要预期目标:地区生产总值增长6%;实现全县首次迈入全国百强县行列。"
    assert names(text)[1] == "全县首次迈入全国百强县行列"
    assert names("统计数据显示全县文旅产业预计实现综合收入80亿元。") == ["综合收入"]
    assert names("全园区预计实现规上工业总产值500亿元。") == ["规上工业总产值"]
    assert (
        names("去年,通过省级评价的科技创新平台和孵化平台分别达到45个、12个。")[0] == "科技创新平台"
    )


def test_a_gloss_of_a_kind_is_read_without_de_and_its_figures_are_left_out() -> None:
    # QUOTED_DEFINED needed 的 before its kind (“飞地经济”是一种跨区域合作模式 gave nothing)
    assert terms("“飞地经济”是一种跨区域合作模式。") == ["“飞地经济”"]
    draft = extract(
        "“揭榜挂帅”是一种科研项目组织机制,单个项目最高支持500万元。", region="某县", year=2024
    )
    assert [t.definition for t in draft.terms] == ["是一种科研项目组织机制"]


# -- fourth review (of the third mends) ----------------------------------------------------------


def test_a_quoted_slogan_over_a_reviews_figures_is_no_gloss_and_keeps_them() -> None:
    # QUOTED_DEFINED without 的 crossed commas to a 机制 at the sentence's end; and a gloss cut
    # before its figures still swallowed them
    text = "“项目为王”是我县发展的鲜明导向,全年实施重点项目120个,完成投资85亿元,创新项目推进机制。"
    assert terms(text) == [] and [r[3] for r in rows(text)] == [120.0, 85.0]
    text = "“专精特新”是企业高质量发展的一种模式,全县已累计培育专精特新企业35家。"
    assert terms(text) == ["“专精特新”"] and [r[3] for r in rows(text)] == [35.0]


def test_a_years_word_before_an_entity_keeps_the_entity() -> None:
    # _estimated_by: any opener (全年, 其中) before the entity dropped it
    assert names("全年规上工业企业预计实现利润85亿元。") == ["规上工业企业利润"]
    text = "去年,全县规上工业总产值完成360亿元,各园区预计实现规上工业总产值280亿元。"
    assert names(text)[1] == "各园区规上工业总产值"


def test_grants_sized_by_a_range_and_levels_before_a_duration() -> None:
    # values._A_RANGE_AFTER: 给予从50万元到200万元的奖励 became two levels; 的跃升仅用时3年 a range
    assert (
        rows("去年,按照投资额给予从50万元到200万元的奖励,共兑现奖励资金1800万元。")[0][5] == "range"
    )
    text = "去年,全县地区生产总值实现从300亿元到500亿元的跃升仅用时3年。"
    assert [r[3] for r in rows(text)] == [300.0, 500.0]


def test_a_share_target_keeps_its_key() -> None:
    # extract: the rank targets' mend dropped the key of a share target too
    text = "今年主要预期目标:地区生产总值增长6%,研发经费投入强度(占地区生产总值比重)达到2.3%。"
    draft = extract(text, region="某县", year=2024)
    assert [r.key for r in draft.targets][1] == "rd_intensity"


def test_a_sections_name_needs_its_ye_and_a_means_its_verb() -> None:
    # ONE_NAME matched 文化、体育和娱乐活动; _BY_MEANS kept 通过…评价平台 as passed a review
    assert (
        names("去年,全县文化、体育和娱乐活动分别开展120场、86场和45场。")[0]
        != "文化、体育和娱乐活动分别开展"
    )
    assert names("去年,通过“以赛代评”技能评价平台新增高技能人才3200人。") == ["新增高技能人才"]


def test_last_said_keeps_each_name_where_it_was_last_said() -> None:
    # figures.last_said, which three places wrote each their own way before the read of the
    # whole change: the names values said in turn are of
    from jfq.authoring.extract.figures import last_said

    assert last_said(["A", "B", "A", "C"], 2) == ["A", "C"]
    assert last_said(["A", "B", "A", "C"], 3) == ["B", "A", "C"]
    assert last_said(["A"], 2) == ["A"]
