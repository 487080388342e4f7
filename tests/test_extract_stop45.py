"""Classes of fault found in stop 45 (batches 272-274 and later unseen batches), each
reproduced by a test before it was mended.  Every expected row is written by hand from the
sentence in the test."""

from __future__ import annotations

from extract_rows import rows

from jfq.authoring.extract import extract

# 同安区 2026 (batch 272, a news page): the plan's years are said in the sentence before
# the cue's, which names none of its own.
TONGAN = (
    "未來五年,同安區將建設要素匯聚、功能全面、特色鮮明、宜居宜業的廈門北部現代化新城區。"
    "經濟社會發展主要目標是,地區生產總值達1220億元,年均增長6.5%,規上工業總產值超2400億元,"
    "人均預期壽命85歲。\n"
)


def test_a_plans_years_said_in_the_sentence_before_its_cue() -> None:
    # The targets had been drafted for 2026, the report's year, not for 2030, the end of
    # 未來五年 in a report of 2026.
    got = rows(TONGAN, 2026)
    assert ("target", 2030, "地區生產總值", 1220, "億元", "exact") in got
    assert ("target", 2030, "規上工業總產值", 2400, "億元", "over") in got
    assert ("target", 2030, "人均預期壽命", 85, "歲", "exact") in got
    assert not any(row[1] == 2026 for row in got)


def test_the_plans_list_may_name_the_year_it_reaches() -> None:
    text = TONGAN.replace("地區生產總值達", "到2035年地區生產總值達")
    got = rows(text, 2026)
    assert ("target", 2035, "地區生產總值", 1220, "億元", "exact") in got


def test_a_cue_of_the_years_own_after_a_plans_sentence_is_the_years() -> None:
    # Guards: the year's own targets after a sentence on the plan's years stay the year's.
    for lead in ("今年經濟社會發展主要預期目標是,", "2026年經濟社會發展主要預期目標是,"):
        got = rows(TONGAN.replace("經濟社會發展主要目標是,", lead), 2026)
        assert ("target", 2026, "地區生產總值", 1220, "億元", "exact") in got
    # and a sentence before that sets figures of its own opens no plan for the next
    text = "未來五年,同安區將建設新城區,人口達到100萬人。" + TONGAN.split("。", 1)[1]
    assert ("target", 2026, "地區生產總值", 1220, "億元", "exact") in rows(text, 2026)


def test_a_plans_end_before_a_name_dates_the_figure_and_a_speaker_is_no_name() -> None:
    # 江苏 2016 (batch 276, a news page): the name had kept 江苏提出“十三五”期末, and the
    # target had been drafted for 2016, not 2020.  (The place stays until the region is
    # known: 江蘇 is the report's own here, 江苏省's.)
    text = (
        "在“經濟強”方面,江蘇提出“十三五”期末地區生產總值達到10萬億元左右、全員勞動生產率18.5萬元。"
    )
    got = [(r.year, r.name, r.value) for r in extract(text, region="江苏省", year=2016).targets]
    assert got == [(2020, "地區生產總值", 10), (2020, "全員勞動生產率", 18.5)]
    got = rows("报告提出地区生产总值达到10万亿元左右。", 2016)
    assert [row[2] for row in got] == ["地区生产总值"]


def test_a_plans_end_compared_with_is_a_base_not_a_date_nor_a_name() -> None:
    # 天水 2005 (batch 277): 比“九五”末 had been a name (九五, 1996-2000, has no 十).
    got = rows("2005年,我市生產總值達到146.2億元,比“九五”末增長了68.1%,年均增長10.9%。", 2006)
    assert ("actual", 2005, "生產總值", 68.1, "%", "exact") in got
    assert not any("九五" in row[2] for row in got)


def test_how_a_figure_is_counted_and_more_so_are_no_part_of_a_name() -> None:
    # 庄河 2020 and 迁安 2020 (batch 278): 按可比口径计算 (a PDF's space inside it) had
    # been the name of a growth rate; 人均GDP更是 kept its adverb.
    got = rows("2020年,一般公共预算收入57.2亿元,按可比 口径计算增长1 6 %。", 2021)
    assert ("actual", 2020, "一般公共预算收入", 16, "%", "exact") in got
    got = rows("2020年,人均生产总值按常住人口计算达到8万元,人均GDP更是达到2万美元。", 2021)
    assert ("actual", 2020, "人均生产总值", 8, "万元", "exact") in got
    assert ("actual", 2020, "人均GDP", 2, "万美元", "exact") in got


def test_other_governments_rates_set_beside_a_figure_are_no_rows() -> None:
    # 龙湖区 2014 (batch 275): the nation's, the province's and the city's growth had each
    # been drafted as the district's GDP growth.
    got = rows("2014年,全区实现GDP255亿元,增长9.3%,高于全国7.4%、全省7.8%和全市9%的增速;"
               "公共财政预算收入12.3亿元,增长15.1%,高于全市10.6%的增速。", 2015)  # fmt: skip
    assert [row[3] for row in got] == [255, 9.3, 12.3, 15.1]
    got = rows("2014年,全区GDP增长9.3%,高于全国(7.4%)、全省(7.8%)的增速。", 2015)
    assert [row[3] for row in got] == [9.3]
    # a margin over the mean is the region's own
    assert rows("2014年,人均GDP高于全市平均水平39.6%。", 2015) == [
        ("actual", 2014, "人均GDP", 39.6, "%", "exact")
    ]


def test_twin_words_after_a_shared_modifier_share_the_last_ones_head() -> None:
    # 榕城 2013 (batch 275): 各项存款、贷款余额 had given 各项存款 and 贷款余额.
    got = rows("2013年,各项存款、贷款余额分别增长5.48%、9.8%。", 2014)
    assert [row[2] for row in got] == ["各项存款余额", "各项贷款余额"]
    got = rows("2013年,货物进口、出口总额分别增长5%、9%。", 2014)
    assert [row[2] for row in got] == ["货物进口总额", "货物出口总额"]
    # (a name of its own after the second word is no shared head)
    got = rows("2013年,城镇新增就业、失业人员再就业人数分别为5000人、3000人。", 2014)
    assert [row[2] for row in got] == ["城镇新增就业", "失业人员再就业人数"]


def test_a_mark_left_between_a_figure_and_its_percent_is_dropped() -> None:
    # 顺德 2011 (batch 275): 增长13.1?% (a character lost in a page's conversion) gave no row.
    got = rows("2011年,全社会固定资产投资418.4亿元,增长13.1?%;社会消费品零售总额618.0亿元,"
               "增长18.2%。", 2012)  # fmt: skip
    assert ("actual", 2011, "全社会固定资产投资", 13.1, "%", "exact") in got
    assert ("actual", 2011, "全社会固定资产投资", 13.1, "%", "exact") in rows(
        "2011年,全社会固定资产投资增长13.1\ufffd%。", 2012
    )


def test_a_plans_comparatives_with_no_figure_are_no_targets() -> None:
    # 镇安 2022 (batch 276): 经济发展更高质量、更有效率、更可持续 had given three qualitative
    # targets, one of them named 更.
    text = (
        "今后五年,镇安将奋力谱写高质量发展新篇章。\n——经济发展迈上新台阶。到2026年,"
        "生产总值达到139亿元,年均增长7%以上,经济发展更高质量、更有效率、更可持续。\n"
    )
    got = rows(text, 2022)
    assert ("target", 2026, "生产总值", 139, "亿元", "exact") in got
    assert not any(row[5] == "qualitative" for row in got)
    # 更加 names a state a target sets (松原 2024 in the corpus), and the comparative after it
    got = rows("2024年主要预期目标是地区生产总值增长6%,人民群众幸福感、获得感更加殷实、"
               "更有保障。", 2024)  # fmt: skip
    assert ("target", 2024, "人民群众幸福感", None, None, "qualitative") in got


def test_the_level_a_target_starts_from_is_no_target() -> None:
    # 三门峡 2022 (batch 276): 从目前的14.4万元增加到20万元左右 had given 14.4万元 as a target
    # of the plan's last year too, and 从107家增加到500家以上 its 107家.
    got = rows("今后五年的主要目标是:全员劳动生产率从目前的14.4万元增加到20万元左右,"
               "高新企业数量从107家增加到500家以上。", 2022)  # fmt: skip
    assert got == [
        ("target", 2026, "全员劳动生产率", 20, "万元", "about"),
        ("target", 2026, "高新企业数量", 500, "家", "at_least"),
    ]


def test_zhi_after_a_clause_and_a_comma_is_said_not_a_definition() -> None:
    # 广东 2016 (batch 282, a Macau paper): the clause before ,指 had been drafted as a
    # glossary term, and the review it reported was lost with it.
    text = ("廣東省省長朱小丹在會上作政府工作報告。朱小丹首先回顧「十二五」時期的工作,指五年來,"
            "全省地區生產總值從2010年的4.60萬億元增加到2015年的7.28萬億元。")  # fmt: skip
    draft = extract(text, region="广东省", year=2016)
    assert draft.terms == []
    assert any(r.value == 7.28 and r.year == 2015 for r in draft.targets)
    # (a quoted term glossed after a comma is still one)
    draft = extract("“三保”,指保基本民生、保工资、保运转。", region="某县", year=2016)
    assert [t.term for t in draft.terms] == ["“三保”"]


def test_how_a_figure_is_priced_is_no_part_of_its_name() -> None:
    # a county's plan-execution report of 2007 (batch 283): 现价 had stayed in ten names, at
    # their start (现价地区生产总值) and inside them (一产业现价增加值), as 可比价 had not.
    got = rows("2006年,现价地区生产总值完成50亿元,一产业现价增加值10亿元。", 2007)
    assert [row[2] for row in got] == ["地区生产总值", "一产业增加值"]


def test_a_taiwan_pages_conversion_into_its_dollars_is_no_row() -> None:
    # 浙江 2017 (batch 282, a Taiwan page): (約新台幣5.74兆元) restates the figure before it
    # and had been drafted as a row named 約新台幣.
    got = rows("去年浙江「三新」經濟增加值預計達到人民幣1.25兆元(約新台幣5.74兆元),"
               "實際利用外資824億美元(約新台幣2.4兆元)。", 2018)  # fmt: skip
    assert [row[3] for row in got] == [1.25, 824]


def test_a_plans_years_opening_its_sentence_with_no_comma_date_its_figures() -> None:
    # 市南区 2022 (batch 286): 未来五年 kept in the name, and 今后五年地区生产总值年均增长6%
    # drafted as the year before's result.
    got = rows("今后五年地区生产总值年均增长6%。", 2022)
    assert [row[:3] for row in got] == [("target", 2026, "地区生产总值")]


def test_an_aim_in_another_unit_is_a_figure_of_its_own() -> None:
    # 市南区 2022 (batch 286): 力争突破2000亿元 after 年均增长7%以上 had been read as an aim of
    # 2000 on the 7 % row, and dropped as a row.
    got = rows("未来五年实现地区生产总值年均增长7%以上,力争突破2000亿元。", 2022)
    assert ("target", 2026, "地区生产总值", 2000, "亿元", "over") in got
    # (an aim in the same unit stays the figure's aim)
    draft = extract(
        "2024年主要预期目标是:地区生产总值增长7%以上,力争8%。", region="某县", year=2024
    )
    assert [(r.value, r.aim) for r in draft.targets] == [(7, 8)]


def test_a_days_date_after_who_holds_the_figure_is_none_of_its_name() -> None:
    # 益农镇 2020 (batch 287): the name had kept 2020年12月底 (who holds the figure stays: it
    # may be another region, which sides.py reads; 航空港实验区去年GDP keeps its 去年, as a
    # read of the stop's change found cutting it cut the place too)
    got = rows("截至2020年底,农商银行益农支行2020年12月底各项存款余额35.6亿元。", 2021)
    assert got == [("actual", 2020, "农商银行益农支行各项存款余额", 35.6, "亿元", "exact")]
    got = rows("2023年,郑州市截至2023年12月底金融机构存款余额3万亿元。", 2024)
    assert got[0][2].endswith("金融机构存款余额") and "截至" not in got[0][2]


def test_a_digests_headings_over_their_paragraphs_are_no_glossary() -> None:
    # 源南乡 2021 (batch 287): a township's review under headings of how each thing went,
    # each drafted as a term glossed by its paragraph, whose figures were lost with it.
    text = (
        "招商引资有力度\n\n全年共外出招商24次,接待客商47批次,重点跟进了16个在谈项目。\n\n"
        "项目建设有速度\n\n萍安塑业、华林电器等16个项目建成投产,齐灵锻造正在建设中。\n"
    )
    draft = extract(text, region="源南乡", year=2021)
    assert draft.terms == []
    assert {r.value for r in draft.targets} >= {24, 47, 16}


def test_verbs_that_open_with_geng_are_no_comparatives() -> None:
    # (a read of the comparatives' rule: 更换 and 更名 are verbs, and their clauses targets)
    for clause, name in (
        ("老旧管网全部完成更换", "老旧管网"),
        ("村名规范更名全面完成", "村名规范更名"),
    ):
        got = rows(f"2024年主要预期目标是:地区生产总值增长6%,{clause}。", 2024)
        assert ("target", 2024, name, None, None, "qualitative") in got


# -- a read of the stop's change (findings reproduced before they were mended) --------------


def test_who_holds_a_figure_stays_when_its_date_or_a_verb_of_saying_goes() -> None:
    # 5f6a6b1 and 9d749df cut the place with the year or the verb after it, so another
    # government's figures became the report's (郑州市去年GDP for 中牟县), and people's
    # incomes lost whose they were (城镇居民去年人均可支配收入); and the first mend cut a
    # place with the body after it (郑州市政府提出…).
    got = rows("城镇居民去年人均可支配收入30000元,农村居民去年人均可支配收入15000元。", 2024)
    assert [row[2][:4] for row in got] == ["城镇居民", "农村居民"]
    assert rows("工业投资恢复到去年水平的95%。", 2024)[0][2] == "工业投资恢复到去年水平"
    draft = extract("据统计,郑州市去年GDP达到1.36万亿元。", region="中牟县", year=2024,
                    known_regions={"郑州市": "郑州市", "中牟县": "中牟县"})  # fmt: skip
    assert [(r.region, r.name) for r in draft.targets] == [("郑州市", "GDP")]  # (as written)
    draft = extract("江苏省提出地区生产总值增长7.5%左右。", region="南京市", year=2016,
                    known_regions={"江苏省": "江苏省", "南京市": "南京市"})  # fmt: skip
    assert [r.region for r in draft.targets] == ["江苏省"]
    for speaker in ("郑州市政府", "郑州市“十四五”规划", "鄭州市政府"):
        draft = extract(f"{speaker}提出地区生产总值增长6%。", region="中牟县", year=2024,
                        known_regions={"郑州市": "郑州市", "中牟县": "中牟县"})  # fmt: skip
        assert [r.region for r in draft.targets] == ["郑州市"], speaker
    assert rows("省委全会提出地区生产总值增长6%。", 2024)[0][2] == "地区生产总值"


def test_a_bilingual_reports_lists_are_no_glossary() -> None:
    # glossary_bilingual took a report's targets, its task headings and a page's links
    report = (
        "1. 城镇新增就业1200万人以上\nover 12 million new urban jobs\n"
        "2. 大力推进现代化产业体系建设\nVigorously working to modernize the industrial system\n"
        "We will promote the high-quality development of the manufacturing sector.\n"
        "3. 政府工作报告解读\nhttp://www.gov.cn/zhengce/2024-03/05/content.htm\n"
    )
    draft = extract(report, region="北京市", year=2024)
    assert draft.terms == []
    assert [r.value for r in draft.targets] == [1200]


def test_a_quoted_name_glossed_after_a_verb_of_saying_is_a_term() -> None:
    # 31b9084's "said" rule had dropped these; and the line it was made for, standing as a
    # paragraph of its own, still gave a term and lost its review
    for text, term in (("市长在报告中强调“三保”,指保基本民生、保工资、保运转。", "“三保”"),
                       ("报告中说到的“双碳”,指碳达峰、碳中和。", "“双碳”")):  # fmt: skip
        assert [t.term for t in extract(text, region="某县", year=2024).terms] == [term]
    text = ("廣東省省長朱小丹在會上作政府工作報告。\n朱小丹首先回顧「十二五」時期的工作,指五年來,"
            "全省地區生產總值從2010年的4.60萬億元增加到2015年的7.28萬億元。\n")  # fmt: skip
    draft = extract(text, region="广东省", year=2016)
    assert draft.terms == []
    assert any(r.value == 7.28 for r in draft.targets)


def test_counted_and_priced_words_are_cut_only_where_they_are_whole() -> None:
    # 按…计算 began at a name's first 按 (住房按揭贷款按年计算: 住房); 现价 was cut out of 体现价值
    assert rows("2023年,住房按揭贷款按年计算增长10%。", 2024)[0][2] == "住房按揭贷款"
    got = rows("2023年,生态系统体现价值总量达到500亿元。", 2024)
    assert got[0][2] == "生态系统体现价值总量"


def test_the_years_own_cue_after_a_plans_sentence_is_the_years() -> None:
    # 961368b dated a 主要预期目标 after 今后五年,… to the plan's end
    text = ("今后五年,我们要坚定不移推进高质量发展。综合考虑各方面因素,主要预期目标是:"
            "地区生产总值增长6%以上。")  # fmt: skip
    assert rows(text, 2021) == [("target", 2021, "地区生产总值", 6, "%", "at_least")]


def test_one_comparative_is_a_qualitative_target() -> None:
    # 9253057 dropped any clause with 更 and no 更加
    got = rows("2024年主要预期目标是:地区生产总值增长6%,居民收入增长更快,粮食产量保持稳定。", 2024)
    assert ("target", 2024, "居民收入", None, None, "qualitative") in got


def test_a_figure_read_past_a_lost_character_is_noted() -> None:
    # 3094914 read 13.1?% as 13.1% with no word: the mark may be a lost digit
    draft = extract("2011年,全社会固定资产投资增长13.1?%。", region="某县", year=2012)
    assert any("13.1?%" in note and "check" in note for note in draft.notes)


def test_said_after_a_quoted_name_when_figures_follow() -> None:
    # a second read: 回顾“十三五”,指五年来…突破100万亿元 still gave a term and lost its figure
    draft = extract(
        "李克强总理回顾“十三五”,指五年来全国经济总量突破100万亿元。", region="全国", year=2021
    )
    assert draft.terms == []
    assert [t.term for t in extract("市长在报告中强调“三保”工作,指保基本民生、保工资。",
                                    region="某县", year=2024).terms] == ["“三保”工作"]  # fmt: skip


def test_a_bilingual_lists_terms_may_hold_a_number_that_names_them() -> None:
    # a second read: the tightened reader refused 2035年远景目标
    text = (
        "1. 2035年远景目标\nLong-Range Objectives Through the Year 2035\n"
        "2. 三大攻坚战\nthe three critical battles\n"
    )
    terms = extract(text, region="北京市", year=2021).terms
    assert [t.term for t in terms] == ["2035年远景目标", "三大攻坚战"]


def test_a_plans_yearly_average_after_its_sentence_keeps_the_plans_year() -> None:
    # a second read: 主要预期目标 after 今后五年,… was the year's even with 年均 in its list
    text = ("今后五年,我们要全面建设新城区。经济社会发展主要预期目标是:地区生产总值年均增长6%以上,"
            "城镇化率达到65%。")  # fmt: skip
    assert {row[1] for row in rows(text, 2021)} == {2025}


def test_a_comparative_phrase_is_no_target_and_one_at_a_clauses_end_is() -> None:
    # a second read: 迈上更高水平 and 让群众得到更多实惠 came back as targets
    got = rows(
        "2024年主要预期目标是:地区生产总值增长6%,居民收入增长更快,让群众得到更多实惠。", 2024
    )
    assert [row[2] for row in got] == ["地区生产总值", "居民收入"]


def test_a_bilingual_reports_targets_and_headings_stay_out_of_the_glossary() -> None:
    # a third read: a target with a unit the reader did not know (30微克), one in words (同步)
    # and headings rendered as sentences ("We will….") had become terms again
    text = (
        "1. PM2.5平均浓度降至30微克/立方米\nAverage PM2.5 density down to 30 micrograms\n"
        "2. 居民收入增长和经济增长同步\nPersonal income growth in step with economic growth\n"
        "(1)加快建设现代化产业体系\nWe will accelerate the modernization of industry.\n"
        "(2)着力扩大国内需求\nWe will expand domestic demand.\n"
    )
    draft = extract(text, region="北京市", year=2024)
    assert draft.terms == []
    assert [r.name for r in draft.targets] == ["PM2.5平均浓度", "居民收入"]


def test_a_speaker_that_is_an_office_or_a_kind_of_place_goes() -> None:
    # a third read: 中央城市工作会议, 省辖市政府 and 高新区管委会 were kept as places, and
    # 市统计局, 县发改委 and 国家统计局 stayed in the names
    for speaker in ("中央城市工作会议", "省辖市政府", "高新区管委会", "市统计局", "国家统计局"):
        got = rows(f"{speaker}提出地区生产总值增长6%。", 2024)
        assert [row[2] for row in got] == ["地区生产总值"], speaker


def test_a_gloss_of_a_quoted_name_may_state_figures() -> None:
    # a third read: “两个确保”,指确保地区生产总值增长8%… had been read as "said"
    text = "市长在报告中强调“两个确保”,指确保地区生产总值增长8%、确保财政收入增长10%。"
    assert [t.term for t in extract(text, region="某县", year=2024).terms] == ["“两个确保”"]


def test_a_years_list_after_a_plans_sentence_is_the_years_unless_it_opens_on_yearly() -> None:
    # a third read: 年均 anywhere in the next 80 characters had dated the year's list
    text = ("今后五年,我们要全面建设新城区。综合考虑各方面因素,主要预期目标是:"
            "地区生产总值增长6%以上,固定资产投资增长8%,研发经费投入年均增长7%以上。")  # fmt: skip
    assert {row[1] for row in rows(text, 2021)} == {2021}


def test_dates_with_a_day_and_prices_after_any_word_are_cut() -> None:
    # a third read: 截至2023年12月31日 left 31日 in the name; 发展现价增加值 kept 现价
    assert rows("全县截至2023年12月31日各项存款余额300亿元。", 2024)[0][2] == "各项存款余额"
    assert rows("2023年,工业发展现价增加值10亿元。", 2024)[0][2] == "工业发展增加值"


def test_a_speakers_place_stays_before_its_body_and_the_nearest_place_is_its() -> None:
    # a fourth read: 郑州高新区管委会 and 洛阳发改委 lost their place (the figures went to the
    # report's region), and 河南省郑州市 kept only 河南省
    known = {name: name for name in ("郑州市", "洛阳市", "河南省", "中牟县", "焦作市", "解放区")}
    known |= {"郑州": "郑州市", "洛阳": "洛阳市", "河南": "河南省"}
    for text, region in (("郑州高新区管委会提出地区生产总值增长8%。", "郑州市"),
                         ("洛阳发改委提出固定资产投资增长10%。", "洛阳市"),
                         ("河南省郑州市提出地区生产总值增长8%。", "郑州市"),
                         ("焦作市解放区提出地区生产总值增长6%。", "解放区")):  # fmt: skip
        draft = extract(text, region="中牟县", year=2024, known_regions=known)
        assert [r.region for r in draft.targets] == [region], text
    assert rows("中央城市工作会议提出城镇化率达到70%。", 2024)[0][2] == "城镇化率"


def test_a_narrated_period_with_figures_after_it_is_said_of() -> None:
    # a fourth read: 回顾“十三五”,指全省… (no 五年来) gave a term and lost its figures again
    draft = extract("省长回顾“十三五”,指全省地区生产总值突破7万亿元,年均增长6.5%。",
                    region="某省", year=2021)  # fmt: skip
    assert draft.terms == []
    assert [r.value for r in draft.targets] == [7, 6.5]


def test_a_plans_list_may_open_on_a_clause_without_a_figure() -> None:
    # a fourth read: 主要预期目标是:经济发展取得新成效,地区生产总值年均增长6%… lost the plan's year
    text = ("今后五年,我们要全面建设现代化新城区。主要预期目标是:经济发展取得新成效,"
            "地区生产总值年均增长6%左右,一般公共预算收入年均增长5%。")  # fmt: skip
    assert {row[1] for row in rows(text, 2024)} == {2028}


def test_a_bilingual_lists_qualitative_targets_are_no_terms() -> None:
    # a fourth read: 国际收支基本平衡 / a basic equilibrium… became a glossary term
    text = ("1. 国际收支基本平衡\na basic equilibrium in the balance of payments\n"
            "2. 生态环境质量持续改善\ncontinued improvement in the environment\n")  # fmt: skip
    assert extract(text, region="全国", year=2024).terms == []


def test_a_comparative_of_a_state_is_kept_one_reached_for_is_not() -> None:
    # a fourth read: 城乡区域发展更趋协调 (a target's state) had been dropped as a vision
    got = rows(
        "2024年主要预期目标是:地区生产总值增长6%,城乡区域发展更趋协调,让群众得到更多实惠。", 2024
    )
    assert len(got) == 2 and got[1][5] == "qualitative"
