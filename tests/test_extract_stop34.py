"""Classes of fault found in stop 34 (and left as found in stop 33), each reproduced by a
test before it was mended.  Every expected row is written by hand from the sentence in the
test."""

from __future__ import annotations

from extract_rows import rows

from jfq.authoring.extract import extract


def test_a_target_said_met_in_a_review_is_the_years_target() -> None:
    # (舒城县棠树乡 2019, the guide's reading) 超额完成…2500万元目标任务 states the target the
    # year was set, not a second result: it was drafted as an actual named 目标任务
    text = (
        "2024年,全乡完成财政收入2882万元,比上年增长44.68%,"
        "超额完成县政府年初下达的2500万元目标任务。"
    )
    assert rows(text) == [
        ("actual", 2024, "财政收入", 2882.0, "万元", "exact"),
        ("actual", 2024, "财政收入", 44.68, "%", "exact"),
        ("target", 2024, "财政收入", 2500.0, "万元", "exact"),
    ]
    # with 的目标 after a rate the clause parses to nothing: the 8.5% is at least no result
    found = rows("2024年,全县地区生产总值增长8.6%,实现并超过年初确定的增长8.5%的目标。")
    assert ("actual", 2024, "地区生产总值", 8.6, "%", "exact") in found
    assert not [r for r in found if r[3] == 8.5 and r[0] == "actual"]


def test_a_figure_of_the_target_reached_is_no_target() -> None:
    # 完成年度目标的102% is how much of the target was done: no target's value
    found = rows("2024年,全县完成一般公共预算收入12.5亿元,完成年度目标的102%。")
    assert [r[0] for r in found] == ["actual", "actual"]


def test_a_trailing_word_of_having_is_no_part_of_a_name() -> None:
    # (batch 158) 企业总共有156家 was named 规上企业总共有
    assert rows("2024年,全县规上企业总共有156家。") == [
        ("actual", 2024, "规上企业", 156.0, "家", "exact")
    ]
    assert rows("2024年,全县规上企业共有156家。") == [
        ("actual", 2024, "规上企业", 156.0, "家", "exact")
    ]


def test_a_place_and_the_year_it_set_targets_in_are_no_part_of_a_name() -> None:
    # (广州市白云区 2025, batch 162) a news page's 广州白云在2025年设定… was read into the name
    text = "广州白云在2025年设定地区生产总值增长5.5%左右的目标。"
    assert rows(text) == [("target", 2025, "地区生产总值", 5.5, "%", "about")]


def test_a_wrapped_line_that_goes_on_with_a_numeral_is_joined() -> None:
    # (湖南省 2018, batch 166) a PDF's column broke 新增|四上企业: a line that opens on 四 was
    # taken for a heading's (四、), and the count lost its 新增
    prose = "坚决贯彻党中央国务院决策部署,大力实施创新引领开放崛起战略,致力推动高质量发展," * 3
    said = (
        "装备制造、农产品加工、材料成为万亿产业,千亿工业产业达到11个;"
        "新增四上企业6500多家,其中规模以上工业企业近2000家。"
    )
    column = "2018年,全省" + prose + said
    at = column.index("四上")
    start = at % 37  # the column's width: 37 characters, and a break right before 四上
    lines = [column[:start]] + [column[i : i + 37] for i in range(start, len(column), 37)]
    assert any(line.startswith("四上") for line in lines)
    found = rows("\n".join(lines), 2019)
    assert ("actual", 2018, "新增四上企业", 6500.0, "家", "over") in found


def test_the_months_a_figure_is_of_open_no_name() -> None:
    # (松台街道 2012, batch 169) 1-12月份服务业增加值 kept its months in the name
    assert rows("2024年,1-12月份服务业增加值15.25亿元。1—11月地税收入19543万元。") == [
        ("actual", 2024, "服务业增加值", 15.25, "亿元", "exact"),
        ("actual", 2024, "地税收入", 19543.0, "万元", "exact"),
    ]


def test_the_work_of_pushing_a_thing_on_opens_no_name() -> None:
    # (山西省 2021, batch 166; 炮台街道 2022, batch 169) 全力推进省级重点工程120项 was named
    # 全力推进省级重点工程
    assert rows("2024年,全力推进省级重点工程120项。") == [
        ("actual", 2024, "省级重点工程", 120.0, "项", "exact")
    ]


def test_words_of_kind_and_manner_are_no_part_of_a_name() -> None:
    # (batches 166, 169) 各类在建项目, 进出口逆势增长, 空气质量综合指数同比改善 kept 各类,
    # 逆势 and 同比改善; 并网项目 lost its 并, read as "and"
    found = rows(
        "2024年,各类在建项目达到56个。进出口逆势增长8.8%。空气质量综合指数同比改善11.5%。"
        "并网项目11个。"
    )
    assert [r[2] for r in found] == ["在建项目", "进出口", "空气质量综合指数", "并网项目"]


def test_a_plan_that_opens_on_its_year_and_will_goes_on_in_its_parts() -> None:
    # (嘉善县罗星街道 2023, batch 169) a street's plan opened 2023年,…将…,全年地区生产总值增长
    # 8%以上, then set its tasks in numbered parts with no year: they were read as the
    # results of 2022, and a plan's 累计 as the past's
    text = (
        "2023年,某街道将坚持“干”字为要,全年地区生产总值增长8%以上,财政收入增长8%以上。\n\n"
        "一、敢扛领跑旗,赛出三产发展最高速\n\n"
        "充分发挥服务业主阵地作用,全力夺取开门红,累计培育税收亿元以上楼宇5幢。"
        "做强人力资源产业园,新建零碳科技产业园,新引进限上汽车品牌3家以上,新进规企业10家以上。"
    )
    assert [r[:3] for r in rows(text, 2023)] == [
        ("target", 2023, "地区生产总值"),
        ("target", 2023, "财政收入"),
        ("target", 2023, "税收亿元以上楼宇"),
        ("target", 2023, "新引进限上汽车品牌"),
        ("target", 2023, "新进规企业"),
    ]
    # a paragraph that opens on the past is the review again
    review = text + "\n\n2022年,全街道新进规企业12家,累计培育税收亿元以上楼宇20幢。"
    assert [r[:2] for r in rows(review, 2023)[-2:]] == [("actual", 2022), ("actual", 2022)]


def test_a_zones_report_names_itself_by_its_kind() -> None:
    # (天津高新区 2015, 西安高新区 2022, batch 169) 园区规模以上工业总产值 and 高新区国内生产
    # 总值 kept the zone's own word, as 全区 or the region's name would not be kept
    text = "2024年,园区规模以上工业总产值1500亿元。高新区国内生产总值增长8%。"
    found = extract(text, region="西安高新区", year=2025).targets
    assert [r.name for r in found] == ["规模以上工业总产值", "国内生产总值"]
    # another government's report keeps them: a park or a zone is a place of its own there
    found = extract(text, region="某县", year=2025).targets
    assert [r.name for r in found] == ["园区规模以上工业总产值", "高新区国内生产总值"]


def test_an_amount_after_a_list_with_no_each_is_the_lists_total() -> None:
    # (克什克腾旗 2013, batch 171) 新增节水和有效灌溉4万亩 gave 4万亩 to each, as a count
    # after a list would not be (stop 33 left 工业、农业农村投资35亿元 as 工业农村投资 and
    # 农业农村投资, 35亿元 each)
    assert rows("2013年,新增节水和有效灌溉4万亩。完成工业、农业农村投资35亿元。", 2014) == [
        ("actual", 2013, "新增节水和有效灌溉", 4.0, "万亩", "exact"),
        ("actual", 2013, "工业、农业农村投资", 35.0, "亿元", "exact"),
    ]
    # a level each has, and a list with 分别, stay one row each
    found = rows(
        "2013年,城镇和农村居民人均可支配收入3万元。工业和农业投资分别为20亿元和15亿元。", 2014
    )
    assert [r[2] for r in found] == [
        "城镇居民人均可支配收入",
        "农村居民人均可支配收入",
        "工业投资",
        "农业投资",
    ]
    # places listed are no total of one amount (眉山市 2013: each county's revenue)
    found = rows("2013年,东坡区、仁寿县地方财政收入20亿元。", 2014)
    assert "东坡区、仁寿县地方财政收入" not in [r[2] for r in found]


def test_parallel_changes_after_a_base_year_share_it_and_a_multiple_is_over_the_years() -> None:
    # (迪庆藏族自治州 2011, batch 170) 从2005年的…增加到2011年的…,增长3.4倍,人均生产总值从
    # 7738元增加到24715元,增长3.2倍: the second base was dated 2010 (增长3.2倍 read as a
    # year's change), and a multiple with no span word was no total over the years
    text = (
        "地区生产总值从2005年的28.02亿元增加到2011年的95.2亿元,增长3.4倍,"
        "人均生产总值从7738元增加到24715元,增长3.2倍。"
    )
    draft = extract(text, region="某州", year=2012)
    assert [(r.year, r.name, r.value, r.measure) for r in draft.targets] == [
        (2005, "地区生产总值", 28.02, None),
        (2011, "地区生产总值", 95.2, None),
        (2011, "地区生产总值", 3.4, "cumulative"),
        (2005, "人均生产总值", 7738.0, None),
        (2011, "人均生产总值", 24715.0, None),
        (2011, "人均生产总值", 3.2, "cumulative"),
    ]
    # a year's change stays the year's (由2亿元增加到4.4亿元,增长1.2倍)
    draft = extract("2011年,进出口由2亿元增加到4.4亿元,增长1.2倍。", region="某州", year=2012)
    assert [(r.year, r.measure) for r in draft.targets] == [
        (2010, None),
        (2011, None),
        (2011, None),
    ]


def test_a_news_lead_that_says_this_year_will_sets_targets() -> None:
    # (太仓市城厢镇 2022, batch 169) 记者…获悉,今年城厢镇将力争实现…增长6%以上;…15%以上,
    # before the page's list of other targets: read as a review, its 6% dropped as looking
    # ahead and its 15% drafted as last year's
    text = (
        "记者从昨天召开的城厢镇人民代表大会上获悉,今年城厢镇将力争实现一般公共预算收入增长6%以上;"
        "固定资产投资增长15%以上。\n"
        "城厢镇的其他主要指标还包括工业投资增长10%以上;规上工业产值增长8%以上。"
    )
    draft = extract(text, region="城厢镇", year=2022)  # (its own name before 将: no name's part)
    assert sorted((r.kind, r.year, r.name) for r in draft.targets) == sorted(
        [
            ("target", 2022, "一般公共预算收入"),
            ("target", 2022, "固定资产投资"),
            ("target", 2022, "工业投资"),
            ("target", 2022, "规上工业产值"),
        ]
    )


def test_terms_and_dashes_that_open_lines_one_after_another_are_a_glossary() -> None:
    # (国务院 2019, batch 164) a news page's glossary with no heading and no numbers, each
    # line 携号转网——“…”携号转网是指…: read as running text, its term 携号转网——“…”携号转网
    text = (
        "今年政府工作报告中提到了不少概念,如携号转网、证照分离等。\n\n"
        "  携号转网——“在全国实行‘携号转网’,规范套餐设置。”携号转网是指,手机用户在不更换号码的"
        "情况下,更换不同的基础信运营商。\n  \n"
        "  厕所革命——“推进‘厕所革命’、垃圾污水治理。”所谓“厕所革命”,就是改造厕所,使其更加卫生。\n"
    )
    found = extract(text, region="全国", year=2019).terms
    assert [(t.term, t.definition[:12]) for t in found] == [
        ("携号转网", "“在全国实行‘携号转网’"),
        ("厕所革命", "“推进‘厕所革命’、垃圾"),
    ]
    # one such line alone is no glossary: a review's line may open so
    one = "经济发展——全年地区生产总值增长6%,一般公共预算收入增长5%。"
    assert extract(one, region="某县", year=2025).terms == []


def test_terms_on_lines_of_their_own_that_end_on_a_colon_are_a_glossary() -> None:
    # (国务院 2020, batch 149) an explainer glossed each of the 六保 under a line of its own
    # (保居民就业:⏎保障居民就业是…), with no heading: extract read none
    text = (
        "“六保”是指保居民就业、保基本民生、保市场主体。具体内容包括:\n\n保居民就业:\n\n"
        "保障居民就业是维护经济发展和社会稳定的需要。\n\n保基本民生:\n\n"
        "包括加大基本民生和兜底力度,保障贫困人口的基本生活。\n"
    )
    found = extract(text, region="全国", year=2020).terms  # (and “六保” itself, first)
    assert [(t.term, t.definition) for t in found][-2:] == [
        ("保居民就业", "保障居民就业是维护经济发展和社会稳定的需要。"),
        ("保基本民生", "包括加大基本民生和兜底力度,保障贫困人口的基本生活。"),
    ]
    # a digest's headings over its figures are no glossary: the figures stay results
    digest = "经济运行:\n\n全年地区生产总值增长6%。\n\n财政收支:\n\n一般公共预算收入完成12.5亿元。"
    draft = extract(digest, region="某县", year=2025)
    assert draft.terms == [] and len(draft.targets) == 2


def test_a_figure_as_it_stood_on_a_day_is_no_target() -> None:
    # (洛阳市 2017, batch 176) 截至2018年8月,…存款余额5557.8亿元 in a report of 2018 was a target
    # of 2018, and 截至2025年1月底,全县市场主体达到5.2万户 after the targets went on the block
    text = "2025年主要预期目标是:地区生产总值增长6%。截至2025年1月底,全县市场主体达到5.2万户。"
    assert [r[:3] for r in rows(text)] == [
        ("target", 2025, "地区生产总值"),
        ("actual", 2024, "市场主体"),
    ]
    found = rows("过去五年,全市经济持续增长。截至2017年8月,全市金融机构存款余额5557.8亿元。", 2018)
    assert [r[:2] for r in found] == [("actual", 2017)]
    # (a day later in the report's own year is a deadline, the fifth review found: 截止2024年6月
    # 底,完成… is a task; so the page's own 截至2018年8月 in a report of 2018 reads as one too)
    # a plan for that day stays a plan
    found = rows("2025年主要预期目标是:地区生产总值增长6%。截至2025年底,全县将建成5G基站1200个。")
    assert [r[0] for r in found] == ["target", "target"]
