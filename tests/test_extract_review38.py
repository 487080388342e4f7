"""Faults two adversarial reviews found in stop 38's rules, each reproduced by a test
before it was mended.  Every expected row is written by hand from the text in the test."""

from __future__ import annotations

from extract_rows import rows


def test_a_word_that_holds_deng_is_no_example() -> None:
    # coordination._without_examples cut 资质等级 at 等 (级建筑业企业), and 甲等, 优等
    text = "2024年,新增资质等级建筑业企业5家,新增二级甲等医院1家,产品优等品率达到95%。"
    assert [r[2] for r in rows(text, 2025)] == [
        "新增资质等级建筑业企业",
        "新增二级甲等医院",
        "产品优等品率",
    ]


def test_the_verb_before_an_example_stays_and_a_purpose_is_no_example() -> None:
    # 新增比亚迪等规上工业企业35家 lost 新增 (the count of new ones read as the stock);
    # 促进民营经济发展等专项资金 is the funds' purpose (corpus shantou-2018-rd)
    text = (
        "2024年,新增比亚迪等规上工业企业35家,净增小米等高新技术企业20家,"
        "竣工投产中材锂膜等重点项目30个,投入促进民营经济发展等专项资金12亿元。"
    )
    assert [r[2] for r in rows(text, 2025)] == [
        "新增规上工业企业",
        "净增高新技术企业",
        "竣工投产重点项目",
        "促进民营经济发展等专项资金",
    ]


def test_shares_in_turn_take_no_owner_before() -> None:
    # measures.share_owner gave both shares 女性人口 (corpus jinyun-2023)
    text = "2024年,男性人口23.85万人,女性人口22.61万人,分别占总人口的51.3%和48.7%。"
    assert [r[2] for r in rows(text, 2025)][2:] == ["占总人口", "占总人口"]
    # but a count's share is the count's (corpus zhuzhouxian-2010: 机械制造企业)
    text = "2010年,机械制造企业已达23家,占总产能的80%。"
    assert rows(text, 2011)[-1][2:4] == ("机械制造企业", 80)


def test_a_ranks_peers_and_verb_after_a_whole_region_only() -> None:
    # ranks.RANK's placed group began inside 焦作市县区 and 主城区 and lost or cut the rank
    text = "2024年,地区生产总值增长6%,增速焦作市县区排名第一。"
    assert rows(text, 2025)[1][2:4] == ("增速焦作市县区", 1)
    text = "2024年,地区生产总值增长6%,增速主城区排名第一。"
    assert rows(text, 2025)[1][2:4] == ("增速主城区", 1)
    # a list entered, then its place among peers (在全国县市排名第80位) was dropped
    text = "我县成功进入全国百强县,在全国县市排名第80位。"
    assert rows(text, 2025) == [("actual", 2024, "全国百强县", 80, "位", "exact")]
    # 前10位 after the verb is among the first ten; 县域 is a field's peers
    text = "2024年,地区生产总值增长7.1%,增速全省排名前10位。科技创新指数全省县域排名第10位。"
    assert rows(text, 2025)[1:] == [
        ("actual", 2024, "地区生产总值增速", 10, "位", "at_most"),
        ("actual", 2024, "科技创新指数", 10, "位", "exact"),
    ]
    # a rank that rose to a place (全省排名上升至第8位) is the figure before's
    text = "2024年,地区生产总值增长7.1%,全省排名上升至第8位。"
    assert rows(text, 2025)[1] == ("actual", 2024, "地区生产总值", 8, "位", "exact")


def test_months_a_figure_and_months_that_are_none() -> None:
    # 连续10个月无新增病例 is a span the corpus's readers keep (tianxin-2020); 3个月内 is a
    # deadline; 由6个月压减至1.5个月 a change to a level; 环比连降 a fall
    text = (
        "2024年,连续10个月无新增病例。签约后3个月内开工建设。"
        "工程建设项目审批时间由6个月压减至1.5个月。房地产库存面积环比连降10个月。"
    )
    assert [r[2:5] for r in rows(text, 2025)] == [
        ("无新增病例", 10, "个月"),
        ("工程建设项目审批时间", 6, "个月"),
        ("工程建设项目审批时间", 1.5, "个月"),
        ("房地产库存面积", 10, "个月"),
    ]


def test_a_capacity_in_volt_amperes_is_a_figure() -> None:
    # values._VOLTAGE took 伏安 for a voltage class and dropped 50兆伏安
    text = "2024年,新增配变容量50兆伏安。"
    assert rows(text, 2025) == [("actual", 2024, "新增配变容量", 50, "兆伏安", "exact")]


# A third review's faults (of the mends), each reproduced before it was mended.


def test_more_words_that_hold_deng_and_a_purpose_after_a_verb() -> None:
    text = "2024年,火电机组等效可用系数达到93.5%,新增支持科技创新等专项资金5亿元。"
    assert [r[2] for r in rows(text, 2025)] == [
        "火电机组等效可用系数",
        "新增支持科技创新等专项资金",
    ]


def test_shares_in_turn_after_levels_said_in_turn() -> None:
    # 分别 in the clause before, the shares' run after: no one owner for both
    text = "2024年末,全县男性人口和女性人口分别为23.85万人和22.61万人,占总人口的51.3%和48.7%。"
    assert [r[2] for r in rows(text, 2025)][2:] == ["占总人口", "占总人口"]
