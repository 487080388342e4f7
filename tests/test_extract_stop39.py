"""Classes of fault found in stop 39 (the README's walk-through, unseen batches 222-), each
reproduced by a test before it was mended.  Every expected row is written by hand from the
sentence in the test."""

from __future__ import annotations

from extract_rows import rows

from jfq.authoring.extract import extract

# henan.sina.com.cn, 2018-01-23 (tests/corpus/targets/erqi-2018.yaml): a news page's summary
# of 郑州市二七区's 2018 report, which names 2017 once and 2018 once.
ERQI = (
    "初步预计,2017年全年二七区生产总值完成567亿元,增长9%;一般公共预算收入完成29.4亿元,"
    "增长8.5%。\n"
    "2018年,二七区给自己定下了小目标:地区生产总值增长8%以上,一般公共预算收入增长5%以上。"
)


def test_a_year_named_as_often_as_the_one_before_is_the_reports() -> None:
    # Guessed as 2017 (the first of two years named once each), the year's review became
    # that year's targets: 生产总值完成567亿元 drafted as a 2017 target.
    draft = extract(ERQI, region="二七区")
    got = [(r.kind, r.year, r.name, r.value) for r in draft.targets]
    assert got == [
        ("target", 2018, "地区生产总值", 8),
        ("target", 2018, "一般公共预算收入", 5),
        ("actual", 2017, "生产总值", 567),
        ("actual", 2017, "生产总值", 9),
        ("actual", 2017, "一般公共预算收入", 29.4),
        ("actual", 2017, "一般公共预算收入", 8.5),
    ]
    assert "year 2018: guessed" in " ".join(draft.notes)


def test_a_review_headed_after_the_headline_targets_is_the_review() -> None:
    # (国务院 2021, a news page's points, batch 225) the lead sets the year's target, then
    # 一、去年工作回顾: heads the review: its lines had run on as the targets block's
    text = (
        "要点包括回顾全年国内生产总值增长2.3%,也对今年主要目标设定国内生产总值增长6%以上。\n"
        "一、去年工作回顾:\n全年国内生产总值增长2.3%\n城镇新增就业1186万人\n"
    )
    reviewed = [
        ("target", 2021, "国内生产总值", 6, "%", "at_least"),
        ("actual", 2020, "国内生产总值", 2.3, "%", "exact"),
        ("actual", 2020, "城镇新增就业", 1186, "万人", "exact"),
    ]
    assert rows(text, 2021) == reviewed
    assert rows(text.replace("去年工作回顾", "2020年工作回顾"), 2021) == reviewed
    # a heading of the year's work heads its tasks: they stay the year's
    planned = rows(text.replace("一、去年工作回顾", "二、2021年主要工作"), 2021)
    assert [(kind, y) for kind, y, *_ in planned] == [("target", 2021)] * 3


def test_years_a_review_opens_with_in_count_their_total() -> None:
    # (石渠县 2021, a five-year review, batch 223) 五年内,新增企业193家: the five years' total,
    # as 五年来 is; 年内 of 五年内 had been read as "within the year"
    def measured(text: str) -> list[tuple[str, float | None, str | None]]:
        draft = extract(text, region="某县", year=2021)
        return [(r.name, r.value, r.measure) for r in draft.targets if r.kind == "actual"]

    assert measured("五年内,新增企业193家,新增注册资本17.4亿元。") == [
        ("新增企业", 193, "cumulative"),
        ("新增注册资本", 17.4, "cumulative"),
    ]
    assert measured("年内,新增企业193家。") == [("新增企业", 193, None)]  # the year's


def test_not_even_one_is_no_figure() -> None:
    # (凤县 2023, batch 225) 全县没有出现1例本土病例: none, drafted as 1 例 of 没有出现本土病例
    text = "全县没有出现1例本土病例,未发生1起重大安全事故,新增就业3000人,引进项目1个。"
    assert rows(text, 2023) == [
        ("actual", 2022, "新增就业", 3000, "人", "exact"),
        ("actual", 2022, "引进项目", 1, "个", "exact"),
    ]


def test_a_terms_start_dates_no_figure_and_five_years_net_count_them() -> None:
    # (肥城市 2007 and 宁国市 2010, batch 229) 本届政府自2003年1月履行职责 had dated the
    # review's figures 2003 (自 starts a span, as 从 does); 五年净增 counts five years as
    # 五年新增 does
    term = (
        "本届政府自2003年1月履行职责,任期已近五年。\n"
        "综合经济实力大幅提升。实现地方财政收入12.8亿元。"
    )
    assert rows(term, 2008) == [("actual", 2007, "地方财政收入", 12.8, "亿元", "exact")]
    draft = extract("全市经济结构持续优化。五年净增规模以上企业211家。", region="某县", year=2011)
    assert [(r.name, r.value, r.measure) for r in draft.targets] == [
        ("净增规模以上企业", 211, "cumulative")
    ]


def test_this_years_targets_as_a_news_pages_heading() -> None:
    # (西安市 2012, a news page, batch 227) 今年目标 on a line of its own heads the targets
    # (none was drafted), and the line after them, an amount in words, is no glossary term
    text = (
        "今年目标\n\n生产总值增长13%城镇居民人均可支配收入达3万元\n\n农村居民人均纯收入突破万元\n\n"
        "本报讯 (记者张小刚)昨日上午,西安市第十五届人民代表大会第一次会议开幕。"
    )
    assert rows(text, 2012) == [
        ("target", 2012, "生产总值", 13, "%", "exact"),
        ("target", 2012, "城镇居民人均可支配收入", 3, "万元", "exact"),
    ]
    assert extract(text, region="某县", year=2012).terms == []


def test_a_paragraph_about_the_past_goes_on_about_it_after_the_targets() -> None:
    # (西安市 2012, batch 227) after the targets, 五年来,…累计达1078.8亿元。 then 城镇居民人均
    # 可支配收入从10905元增加到25981元 (no word of the past of its own) had been a 2012 target
    text = (
        "今年目标\n\n生产总值增长13%\n\n"
        "五年来,西安市财政投入民生领域的资金累计达1078.8亿元。"
        "城镇居民人均可支配收入从10905元增加到25981元。\n"
    )
    got = [(kind, y, v) for kind, y, _, v, _, _ in rows(text, 2012)]
    assert got == [("target", 2012, 13), ("actual", 2011, 1078.8), ("actual", 2006, 10905),
                   ("actual", 2011, 25981)]  # fmt: skip


def test_a_reviews_headings_in_pairs_with_their_paragraphs_are_no_glossary() -> None:
    # (恩施州 2021, a news page, batch 223) 战疫 / 战洪 / 战贫, each over its paragraph, had
    # been drafted as three glossary terms; a review's heading stands above them
    text = (
        "回顾2020年成绩\n三场硬仗取得决定性战果\n战疫\n"
        "狠抓阻隔和救治两个关键环节,确诊病例在全省率先清零,为全省、全国疫情防控作出了恩施贡献。\n"
        "战洪\n发动近5万名干部奔赴一线,紧急转移安置13.14万人,有效应对特大洪灾。\n"
        "战贫\n探索建立稳定脱贫工作模式,109万人整体脱贫,绝对贫困得到历史性解决。\n"
    )
    assert extract(text, region="某县", year=2021).terms == []


def test_a_harvest_names_the_total_output_after_it() -> None:
    # (湖南省 2024, batch 228) 粮食再获丰收,总产达613.6亿斤: 总产 alone, as 总产量 is, takes
    # the crop the clause before names; 获丰收 is that clause's predicate
    assert rows("粮食再获丰收,总产达613.6亿斤。", 2024) == [
        ("actual", 2023, "粮食总产", 613.6, "亿斤", "exact")
    ]
    assert rows("粮食播种面积1000万亩,总产达613.6亿斤。", 2024)[1][2] == "粮食总产"
    # a yield is no crop: 总产 after 单产 stays as written
    assert rows("单产380公斤,总产68.4万吨。", 2024)[1][2] == "总产"


def test_farmers_disposable_income_is_the_rural_residents() -> None:
    # (the README's walk-through, 二七区 2018) 农民人均可支配收入增长8.3% had the key of all
    # residents' income growth (income_growth)
    draft = extract(
        "城镇居民人均可支配收入增长8.6%,农民人均可支配收入增长8.3%。", region="某县", year=2018
    )
    assert [r.key for r in draft.targets] == [
        "urban_disposable_income_growth",
        "rural_disposable_income_growth",
    ]


def test_a_numbered_heading_of_how_the_work_went_is_no_glossary_term() -> None:
    # (乐东县 2024, 一图读懂 in traditional characters, batch 230) 3.招商引資持續深化 over
    # its lines had been a glossary entry
    text = (
        "綜合實力穩步提升\n"
        "1.經濟運行穩中向好\n"
        "地方一般公共預算收入預計完成9.21億元,同比增長61.7%\n"
        "貨物進出口額3241萬元,同比增長45.9%,創歷史新高\n"
        "工業投資20.73億元,同比增長117%\n"
        "2.項目建設克難推進\n"
        "全省建設規模最大的鶯歌海鹽場納潮湖光伏項目竣工\n"
        "環熱帶雨林國家公園旅游公路抱由至毛陽段改造、佛黃線等一批基礎設施項目穩步推進\n"
        "3.招商引資持續深化\n"
        "實施精準招商,赴10個省份開展招商活動,與中礦、衛華等企業簽約一批產業項目\n"
        "成功舉辦海洋漁業、農產品加工等招商推介會,招引落地企業14家\n"
        "發展優勢更加明顯\n"
    )
    assert extract(text, region="某县", year=2024).terms == []


def test_a_name_opened_by_how_it_is_measured_drops_it() -> None:
    # (常熟市 2023 and 海门区 2022, batch 231) 同口径一般公共预算收入增长…: 同口径 is how the
    # figure is measured, no part of its name (tests/corpus/README.md)
    text = "同口径一般公共预算收入增长5%。按可比价计算地区生产总值增长6%。"
    assert [name for _, _, name, *_ in rows(text, 2023)] == ["一般公共预算收入", "地区生产总值"]


def test_a_time_before_a_change_is_compared_with_no_part_of_a_name() -> None:
    # (郸城县 2022, batch 234) 较医改前下降5.3%, 从医改前的3.5%提高到25.6%: the base had
    # stayed in the names (住院患者次均费用较医改前, 居民健康素养从医改前)
    text = "住院患者次均费用较医改前下降5.3%,居民健康素养从医改前的3.5%提高到25.6%。"
    assert [(name, value) for _, _, name, value, _, _ in rows(text, 2023)] == [
        ("住院患者次均费用", 5.3),
        ("居民健康素养", 3.5),
        ("居民健康素养", 25.6),
    ]
