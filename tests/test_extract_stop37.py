"""Classes of fault found in stop 37's unseen batches (203-212), each reproduced by a test
before it was mended.  Every expected row is written by hand from the sentence in the
test."""

from __future__ import annotations

from extract_rows import rows

from jfq.authoring.extract import extract


def test_a_report_given_in_december_reviews_the_year_it_calls_this_one() -> None:
    # (厦门市同安区 2023, batch 203) a congress on 12月27日 reviews 2023 as 今年: its figures
    # were drafted as 2024's targets
    text = (
        "12月27日,同安区第十八届人民代表大会第三次会议开幕,代区长周桂良作《政府工作报告》。\n"
        "今年,全区高技术产业增加值同比增长20%以上,核心生产企业达34家。"
    )
    assert rows(text, 2024) == [
        ("actual", 2023, "高技术产业增加值", 20, "%", "at_least"),
        ("actual", 2023, "核心生产企业", 34, "家", "exact"),
    ]
    # and 明年 is the year its targets are for
    text = (
        "——2022年12月28日在舟曲县第十八届人民代表大会第三次会议上\n"
        "今年,全县地区生产总值增长5.1%。明年,全县地区生产总值增长6%左右。"
    )
    assert rows(text, 2023) == [
        ("target", 2023, "地区生产总值", 6, "%", "about"),
        ("actual", 2022, "地区生产总值", 5.1, "%", "exact"),
    ]


def test_a_late_date_line_gives_the_next_year_as_the_reports() -> None:
    # with no --year: the targets of a report given on 2022年12月28日 are 2023's
    text = (
        "——2022年12月28日在舟曲县第十八届人民代表大会第三次会议上\n"
        "今年,全县地区生产总值增长5.1%。明年,全县地区生产总值增长6%左右。"
    )
    draft = extract(text, region="舟曲县")
    assert [(r.kind, r.year, r.value) for r in draft.targets] == [
        ("target", 2023, 6),
        ("actual", 2022, 5.1),
    ]
    # and so are targets that name no year
    plain = text.replace("明年,", "主要预期目标是:")
    draft = extract(plain, region="舟曲县")
    assert [(r.kind, r.year, r.value) for r in draft.targets] == [
        ("target", 2023, 6),
        ("actual", 2022, 5.1),
    ]
    # --year as the date line's own year (the year it was given in) reads it the same,
    # and the note says so
    draft = extract(text, region="舟曲县", year=2022)
    assert [(r.kind, r.year, r.value) for r in draft.targets] == [
        ("target", 2023, 6),
        ("actual", 2022, 5.1),
    ]
    assert any(
        note.startswith("year 2023: the report was given in 2022年12月") for note in draft.notes
    )


def test_only_the_reports_own_session_dates_it() -> None:
    # a session in January: 今年 is the targets' year
    text = "1月8日,某县第十八届人民代表大会第三次会议开幕。\n今年,全县地区生产总值增长6%左右。"
    assert rows(text, 2024) == [("target", 2024, "地区生产总值", 6, "%", "about")]
    # a standing committee's December meeting, and a December session the review recalls
    for opening in (
        "12月26日,县人大常委会召开第十五次会议,听取县政府报告。\n",
        "过去一年,我们认真执行县人大决议。去年12月,县第十八届人民代表大会第二次会议召开。\n",
    ):
        assert rows(opening + "今年,全县地区生产总值增长6%左右。", 2024) == [
            ("target", 2024, "地区生产总值", 6, "%", "about")
        ]


def test_a_plans_total_over_its_years_goes_on_in_its_block() -> None:
    # (湖南省 2006, batch 205) 5年累计完成固定资产投资16500亿元 is the 十一五 plan's total: its
    # 累计 looked back, and the plan's list ended before the sentence (every figure after it a
    # result of 2005)
    text = (
        "湖南省“十一五”经济社会发展的主要目标是:\n"
        "1.经济增长。GDP年均增长10%左右,到2010年,总量突破1万亿元。"
        "财政总收入达到1300亿元,5年累计完成固定资产投资16500亿元,"
        "城镇登记失业率控制在4.5%。"
    )
    found = rows(text, 2006)
    assert [(kind, year, name) for kind, year, name, *_ in found[2:]] == [
        ("target", 2010, "财政总收入"),
        ("target", 2010, "固定资产投资"),
        ("target", 2010, "城镇登记失业率"),
    ]
    # a list of the year's targets still ends where the past begins
    text = (
        "今年主要预期目标是:地区生产总值增长6%左右。"
        "五年来累计完成固定资产投资1650亿元,财政总收入达到130亿元。"
    )
    assert [row[0] for row in rows(text, 2021)] == ["target", "actual", "actual"]


def test_a_structure_set_as_a_ratio_goes_on_in_its_block() -> None:
    # (湖南省 2006, batch 205) 三次产业结构调整为14:44.5:41.5 states no figure of the kinds a
    # row holds: the list ended there, and every target after it was drafted as a result
    text = (
        "湖南省“十一五”经济社会发展的主要目标是:\n"
        "1.经济增长。GDP年均增长10%左右,到2010年,总量突破1万亿元。\n"
        "2.经济结构。三次产业结构调整为14:44.5:41.5。城镇化率达到45%左右。"
    )
    assert rows(text, 2006)[2:] == [("target", 2010, "城镇化率", 45, "%", "about")]
    # a review's ratio still ends a list of targets (城镇化率 is not the year's target)
    text = (
        "今年主要预期目标是:地区生产总值增长6%左右。"
        "去年三次产业结构调整为14:44.5:41.5。城镇化率达到45%左右。"
    )
    assert rows(text, 2021) == [("target", 2021, "地区生产总值", 6, "%", "about")]


def test_a_word_that_holds_deng_lists_no_examples() -> None:
    # (湖南省 2006, batch 205) 高中和高等教育毛入学率: 等 of 高等 was read as "and others"
    # (高中教育毛入学率, 高教育毛入学率)
    text = "主要目标是:高中和高等教育毛入学率分别达到75%和27%左右。"
    assert [row[2] for row in rows(text, 2006)] == ["高中教育毛入学率", "高等教育毛入学率"]
    # 等 after a list still closes it: each item takes the category's head
    text = "主要目标是:医疗器械、电子信息等行业产值分别增长8%和9%。"
    assert [row[2] for row in rows(text, 2006)] == ["医疗器械行业产值", "电子信息行业产值"]


def test_a_numeral_reads_across_the_glosses_a_converted_page_puts_in_it() -> None:
    # (上海市 2007, batch 205) 百分之二點(diǎn)六: the gloss inside the numeral cut it at 二 (2%)
    text = (
        "今年主要指標安排是:研究與發展經費支出占全市生產總值的比例達到百分之二點(diǎn)六左右,"
        "城鎮登記失業(yè)率控制在百分之四點(diǎn)五以內(nèi)。"
    )
    found = rows(text, 2007)
    assert [(value, unit, comparator) for *_, value, unit, comparator in found] == [
        (2.6, "%", "about"),
        (4.5, "%", "at_most"),
    ]
    # and the quote is the page's, glosses and all
    draft = extract(text, region="某县", year=2007)
    assert "百分之二點(diǎn)六左右" in draft.targets[0].sources[0].quote


def test_a_cue_with_anpai_shi_is_none_of_the_name() -> None:
    # (上海市 2007, batch 205) 主要指标安排是生产总值增长…: 是 stayed in the name (是生产总值)
    text = "今年主要指标安排是生产总值增长9%以上。"
    assert rows(text, 2007) == [("target", 2007, "生产总值", 9, "%", "at_least")]


def test_a_wrapped_line_that_goes_on_with_a_spaced_decimal_is_joined() -> None:
    # (廊坊开发区 2003, batch 204) an OCR'd column broke …固定资产投资|24. 3 亿元: the line was
    # taken for an item's (24.), and the investment and every growth after it were lost
    lines = [  # (the page's own lines, its width 36 characters)
        "2003 年,在市委、市政府的正确领导和市直各有关部门的大力支持下,应",
        "坊开发区工委、管委坚持以邓小平理论和“三个代表”重要思想为指导,以开展",
        "“树讲求、全力推进两个率先”主题教育活动为总揽,以“二次创业”为中心,",
        "以实施项目建设、基础设施建设、农村城市化和维护稳定“四项工程”为重点,",
        "全面深化观念创新、思路创新、体制创新、机制创新、优势创新和举措创新,全",
        "力提升投资环境优势,扩大对外对内开放,推进全区“三大文明”建设,实现了",
        "环境建设、招商引资和经济发展的新突破。全年实现国内生产总值 42 亿元,工业销售",
        "收入 62 亿元,财政收入 6 亿元,完成出口额 10000 万美元,固定资产投资",
        "24. 3 亿元,比上年分别增长 36. 8、25%、33. 3%、19. 9%和 19. 6%,其中",
        "财政收入 6 亿元的目标圆满完成。",
    ]
    found = rows("\n".join(lines), 2004)
    assert ("actual", 2003, "固定资产投资", 24.3, "亿元", "exact") in found
    assert ("actual", 2003, "固定资产投资", 19.6, "%", "exact") in found


def test_the_years_a_mark_was_passed_in_are_none_of_its_name() -> None:
    # (厦门市集美区 2021, batch 203) 地區生產總值五年內連跨600億元、700億元…: 连跨 stayed in the
    # name, and the years a review's figure took go too (五年间).  The page's own 五年內 still
    # stays: in a plan it is the horizon (力争三年内新增上市企业5家, review 37's b4), and the name
    # is read before the predicate that would tell them apart (README: what is left).
    text = "过去五年,地区生产总值五年间连跨600亿元、700亿元大关。"
    assert [(name, value, comparator) for _, _, name, value, _, comparator in rows(text)] == [
        ("地区生产总值", 600, "over"),
        ("地区生产总值", 700, "over"),
    ]


def test_a_rate_of_completion_alone_is_the_figure_befores() -> None:
    # (瑞安市飞云街道 2023, batch 204) 完成固定资产投资26.98亿元,完成率59.97%: named 完成率
    text = (
        "2023年1-10月,完成固定资产投资26.98亿元,完成率59.97%;完成人才技能认定864人,完成率超100%。"
    )
    assert [(name, value) for _, _, name, value, *_ in rows(text, 2024)] == [
        ("固定资产投资", 26.98),
        ("固定资产投资完成率", 59.97),
        ("人才技能认定", 864),
        ("人才技能认定完成率", 100),
    ]
    # a name that is the rate already keeps it once; and the new ones' rate keeps 新增
    text = "2023年,产业投资完成率154.16%,完成率排名全省第三;新增人才1200人,完成率120%。"
    assert [name for _, _, name, *_ in rows(text, 2024)] == [
        "产业投资完成率",
        "产业投资完成率",
        "新增人才",
        "新增人才完成率",
    ]


def test_a_change_against_a_year_said_with_xiangbi_is_over_the_years_since() -> None:
    # (东莞市望牛墩镇 2016, batch 209) 与2010年相比,2015年…分别同比增长了54.5%、50.8%: growth
    # over five years, drafted as 2015's own; and 与2010年相比 stayed in a name
    text = "与2010年相比,2015年全镇生产总值、财政总收入分别同比增长了54.5%、50.8%。"
    assert [
        (r.name, r.value, r.measure) for r in extract(text, region="某镇", year=2016).targets
    ] == [
        ("生产总值", 54.5, "cumulative"),
        ("财政总收入", 50.8, "cumulative"),
    ]
    text = "2015年全镇生产总值与2010年相比增长54.5%,一般公共预算收入与上年相比增长5.5%。"
    assert [(r.name, r.measure) for r in extract(text, region="某镇", year=2016).targets] == [
        ("生产总值", "cumulative"),
        ("一般公共预算收入", None),
    ]


def test_a_heading_that_names_the_five_years_counts_the_lines_under_it_over_them() -> None:
    # (周口市 2017, batch 208) 社会民生明显改善的五年⏎●农村劳动力转移就业新增54.3万人: the
    # bullets under it were drafted as the year's own
    text = (
        "社会民生明显改善的五年\n"
        "●农村劳动力转移就业新增54.3万人,城镇就业新增46.5万人。\n"
        "●居民存款余额1952.2亿元,是2011年的2.2倍。\n"  # (a year compared with: still the five)
        "●新建村卫生室959个。\n"
    )
    draft = extract(text, region="周口市", year=2017)
    assert [(r.year, r.value, r.measure) for r in draft.targets if r.unit != "亿元"] == [
        (2016, 54.3, "cumulative"),
        (2016, 46.5, "cumulative"),
        (2016, 2.2, "cumulative"),
        (2016, 959, "cumulative"),
    ]
    # a sentence that calls the year 一年 counts no span
    text = "2016年是全市发展极不平凡的一年。\n●新建村卫生室959个。\n"
    assert [r.measure for r in extract(text, region="周口市", year=2017).targets] == [None]


def test_a_cue_that_says_how_the_indicators_went_opens_no_list() -> None:
    # (南阳市 2024, batch 208) a digest's heading 主要指标稳定攀升 opened a block: every result
    # after it was drafted as a target of 2024
    text = "主要指标稳定攀升\n\n生产总值增长4.8%,高于全省0.7个百分点。"
    assert [row[:2] for row in rows(text, 2024)] == [("actual", 2023), ("actual", 2023)]


def test_a_digests_headings_of_how_things_went_are_no_terms() -> None:
    # (南阳市 2024, batch 208) a digest's heading over its line (项目建设成效显著⏎实施省市重点
    # 项目1402个…) was drafted as a glossary entry, five times
    text = (
        "项目建设成效显著\n\n实施省市重点项目1402个,省重点项目综合考评全省第三。\n\n"
        "研发平台建设得到新加强\n\n新建成院士工作站1家、总量达到6家、全省第二。\n\n"
        "消费市场逐步恢复\n\n限额以上法人批发业、零售业分别增长15.5%、9.7%。\n"
    )
    assert extract(text, region="南阳市", year=2024).terms == []
    # a glossary's term line and its explanation still make an entry
    text = "名词解释\n\n专精特新企业\n\n指具有专业化、精细化、特色化、新颖化特征的中小企业。\n"
    assert [t.term for t in extract(text, region="南阳市", year=2024).terms] == ["专精特新企业"]


def test_a_bullet_whose_figures_follow_its_tasks_goes_on_in_its_list() -> None:
    # (周口市 2017, batch 208) ●推进健康周口建设,健全分级诊疗机制,完善公共卫生服务体系,人均…
    # 经费标准100元以上: the figure after two clauses of tasks ended the list, and was drafted
    # as a result
    text = (
        "未来5年政府工作的总体要求是:坚持稳中求进工作总基调,确保如期全面建成小康社会。\n\n"
        "民生福祉不断改善,社会大局更加和谐\n\n"
        "●实现城镇新增就业35万人以上,登记失业率控制在4%以内。\n\n"
        "●办好人民满意的教育,入托难、上学难、大班额等问题进一步得到缓解。\n\n"
        "●继续实施中心城区教育振兴计划,全面提升中心城区教育质量。\n\n"
        "●推进健康周口建设,健全分级诊疗机制,完善公共卫生服务体系,人均基本公共卫生服务经费"
        "标准100元以上,实现每万名居民有2名至3名全科医生,每千名老人有35张专业养老床位。\n"
    )
    assert [(kind, year, value) for kind, year, _, value, *_ in rows(text, 2017)][-3:] == [
        ("target", 2021, 100),
        ("target", 2021, 2),
        ("target", 2021, 35),
    ]


def test_a_paragraph_headed_by_a_task_with_a_plans_qualifier_is_a_plan() -> None:
    # (成都市 2023, batch 207) the year's work, quoted with no targets cue: 提升城市文明程度。
    # …创建“美丽街区”30个,改造提升路灯5万盏以上 was drafted as 2022's results
    text = (
        "提升城市文明程度。深化背街小巷环境治理,创建“美丽街区”30个,改造路灯5万盏以上,"
        "让城市更整洁、更靓丽、更暖心。"
    )
    assert rows(text, 2023) == [
        ("target", 2023, "“美丽街区”", 30, "个", "exact"),
        ("target", 2023, "路灯", 5, "万盏", "at_least"),
    ]
    # a review's paragraph so headed states its figures exactly, or qualifies a kind
    for said in (
        "创建“美丽街区”30个,改造路灯5万盏。",
        "创建“美丽街区”30个,实施1亿元以上项目12个。",
    ):
        assert {row[0] for row in rows("提升城市文明程度。" + said, 2023)} == {"actual"}


def test_a_digests_figure_and_its_caption_are_no_glossary_entry() -> None:
    # (景谷县 2026, batch 211) 167.83亿元——经济总量稳步提升: 167. was read as an item's number
    # and 83亿元 as a term, the caption its definition
    text = (
        "167.83亿元——经济总量稳步提升\n\n全年实现地区生产总值167.83亿元,增长5%。\n\n"
        "5.52亿元——财政收支平稳运行\n\n地方一般公共预算收入5.52亿元,增长3.6%。\n"
    )
    assert extract(text, region="景谷傣族彝族自治县", year=2026).terms == []
    # a numbered item still is one
    text = "名词解释\n1.“四上”企业:指规模以上工业企业、资质等级建筑业企业等四类企业。\n"
    assert [t.term for t in extract(text, region="某县", year=2026).terms] == ["“四上”企业"]
    # nor is a part's heading with a colon (二、“十四五”·足迹:五年成就再回首)
    text = (
        "二、“十四五”·足迹:五年成就再回首\n\n4.8%——综合实力稳步提升\n\n地区生产总值年均增长4.8%。\n"
    )
    assert extract(text, region="景谷傣族彝族自治县", year=2026).terms == []


def test_a_target_said_in_brackets_after_a_result_is_the_years_reviewed() -> None:
    # (东安县 2022, batch 212) …排名全市第1位(预期目标为8.5%以上);规模工业增加值增长9.5%…: the
    # bracket's cue opened a list, and every result after it was drafted as a 2023 target
    text = (
        "全年实现地区生产总值增长5.9%,排名全市第1位(预期目标为8.5%以上);"
        "规模工业增加值增长9.5%,高于全市1.2个百分点(预期目标为10%以上);"
        "固定资产投资(不含农户)增长8%。"
    )
    assert rows(text, 2023) == [
        ("actual", 2022, "地区生产总值", 5.9, "%", "exact"),
        ("actual", 2022, "地区生产总值增速", 1, "位", "exact"),
        ("target", 2022, "地区生产总值", 8.5, "%", "at_least"),
        ("actual", 2022, "规模工业增加值", 9.5, "%", "exact"),
        ("actual", 2022, "规模工业增加值", 1.2, "个百分点", "exact"),
        ("target", 2022, "规模工业增加值", 10, "%", "at_least"),
        ("actual", 2022, "固定资产投资", 8, "%", "exact"),
    ]


def test_a_targets_change_on_the_year_before_does_not_look_back() -> None:
    # (蓝山县 2024, batch 212) a budget's list under two headings: 较上年增加6570万元 read as the
    # past, and every figure after the first was drafted as 2023's result
    text = (
        "2024年财政收支预算的主要指标安排如下:\n二、一般公共预算收支安排情况\n1.收入安排情况\n"
        "(1)根据县委经济工作会议安排,地方一般公共预算收入116059万元,较上年增加6570万元,"
        "增长6%,其中税收收入82539万元,较上年增加4674万元,增长6%;非税收入33520万元,"
        "较上年增加1896万元,增长6%。"
    )
    assert {(kind, year) for kind, year, *_ in rows(text, 2024)} == {("target", 2024)}
    # a sentence after it that speaks of the past still ends it
    text += "去年,全县税收收入完成82539万元,比上年增长6%。"
    assert rows(text, 2024)[-2:] == [
        ("actual", 2023, "税收收入", 82539, "万元", "exact"),
        ("actual", 2023, "税收收入", 6, "%", "exact"),
    ]


def test_a_plans_report_on_the_year_reviews_it() -> None:
    # (莆田市荔城区 2022, batch 212) under 一、2022年国民经济和社会发展计划执行情况, a bracket's
    # 未达预期目标 opened a block, and the year's results were drafted as 2023's targets
    text = (
        "一、2022年国民经济和社会发展计划执行情况\n"
        "初步预计,全区地区生产总值635亿元(主要是二产、三产未达预期目标),增长2.0%。"
    )
    assert rows(text, 2023) == [
        ("actual", 2022, "地区生产总值", 635, "亿元", "exact"),
        ("actual", 2022, "地区生产总值", 2.0, "%", "exact"),
    ]


def test_a_budgets_plus_opens_no_name() -> None:
    # (柯桥区 2021, batch 212) a budget's sum: 加上转移性收入33.8亿元 kept 加上 in the name
    text = "2021年,全区一般公共预算收入63.4亿元,加上转移性收入33.8亿元。"
    assert [name for _, _, name, *_ in rows(text, 2022)] == ["一般公共预算收入", "转移性收入"]


def test_one_figure_of_places_listed_together_is_the_reports_own() -> None:
    # (平湖市林埭镇 2023, batch 209) 上海、深圳域外孵化器引进数字经济类科创企业不少于5家 was
    # drafted for 上海市, named 、深圳域外孵化器…: one count of the two places' incubators
    text = "主要目标是:上海、深圳域外孵化器引进数字经济类科创企业不少于5家。"
    known = {"上海": "上海市", "上海市": "上海市", "深圳": "深圳市", "深圳市": "深圳市"}
    draft = extract(text, region="平湖市林埭镇", year=2023, known_regions=known)
    assert [(r.region, r.value) for r in draft.targets] == [("平湖市林埭镇", 5)]
    # figures each place's, with 分别, are still each place's
    text = "主要目标是:上海、深圳地区生产总值分别增长5%、6%。"
    draft = extract(text, region="平湖市林埭镇", year=2023, known_regions=known)
    assert [(r.region, r.value) for r in draft.targets] == [("上海市", 5), ("深圳市", 6)]


def test_a_sum_of_the_years_parts_is_no_total_over_years() -> None:
    # (柯桥区 2021, batch 212) 收入合计97.2亿元, the sum of a budget's parts, was marked a
    # total over several years
    text = "2021年,全区一般公共预算收入63.4亿元,加上转移性收入33.8亿元,收入合计97.2亿元。"
    draft = extract(text, region="某县", year=2022)
    assert [(r.name, r.measure) for r in draft.targets][-1] == ("收入合计", None)
