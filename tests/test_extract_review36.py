"""Faults the adversarial review of stop 36's first round found in its new rules, each
reproduced by a test before it was mended.  Every expected row is written by hand from the
sentence in the test."""

from __future__ import annotations

from typing import Any

from jfq.authoring.extract import extract


def rows(text: str, year: int = 2025) -> list[tuple[Any, ...]]:
    draft = extract(text, region="某县", year=year)
    return [(r.kind, r.year, r.name, r.value, r.unit, r.comparator) for r in draft.targets]


def test_a_sentence_that_counts_the_reports_parts_may_still_open_its_targets() -> None:
    # block_leads._PARTS: 报告共分四个部分,明确了…主要预期目标: made the targets results
    text = (
        "报告共分四个部分,明确了今年全市经济社会发展的主要预期目标:\n"
        "1.地区生产总值增长6%左右;\n2.规模以上工业增加值增长8%;\n3.一般公共预算收入增长5%。"
    )
    assert [row[:3] for row in rows(text, 2024)] == [
        ("target", 2024, "地区生产总值"),
        ("target", 2024, "规模以上工业增加值"),
        ("target", 2024, "一般公共预算收入"),
    ]


def test_a_fraction_is_no_count_of_peers() -> None:
    # rank_peers._ONE_OF: 占全市新增总量的四分之一 lost the figure before it
    text = "2023年,全县新增市场主体5200户、占全市新增总量的四分之一,其中企业1300户。"
    assert rows(text, 2024)[0] == ("actual", 2023, "新增市场主体", 5200.0, "户", "exact")
    text = "2023年,全县粮食总产量达到52.3万吨占全市的五分之一。"
    assert rows(text, 2024)[0][3:5] == (52.3, "万吨")


def test_a_requirement_met_in_a_targets_paragraph_is_still_a_plans_word() -> None:
    # cues.AHEAD: 生态环境质量达到考核要求 beside 80%以上 made the targets last year's results
    text = (
        "魏集镇党委书记卢力:今年全镇地区生产总值增长7%左右,一般公共预算收入超7800万元。"
        "生态环境质量达到考核要求,空气优良天数比例达到80%以上,安全生产平稳可控。"
    )
    found = rows(text, 2022)
    assert ("target", 2022, "空气优良天数比例", 80.0, "%", "at_least") in found


def test_the_past_year_praised_then_the_year_ahead_dates_no_targets_as_past() -> None:
    # paragraph_years: 过去一年很不平凡,新的一年要… made the figures after it 2025's
    text = (
        "韦韬说,过去一年很不平凡,新的一年要咬定目标不放松。"
        "全区地区生产总值增长5.5%左右,一般公共预算收入增长4%。"
    )
    assert [row[:2] for row in rows(text, 2026)] == [("target", 2026), ("target", 2026)]


def test_a_level_said_alone_replaces_the_level_or_the_nation_before() -> None:
    # ellipsis._a_part: 国家重点实验室2个、省级14个 gave 省级国家重点实验室
    text = "2023年,全市建成国家重点实验室2个、省级14个、市级35个。"
    assert [row[2] for row in rows(text, 2024)] == [
        "国家重点实验室", "省级重点实验室", "市级重点实验室",
    ]  # fmt: skip
    text = "2023年,全市争取中央预算内投资8.6亿元,省级3.2亿元。"
    assert [row[2] for row in rows(text, 2024)] == ["中央预算内投资", "省级预算内投资"]
    # and the verb of a total stays first: 新增…12家,其中国家级1家
    text = "2023年,全市新增农业产业化龙头企业12家,其中国家级1家、省级4家。"
    assert [row[2] for row in rows(text, 2024)][1:] == [
        "新增国家级农业产业化龙头企业", "新增省级农业产业化龙头企业",
    ]  # fmt: skip


def test_new_lead_and_predicate_words_cut_no_longer_word() -> None:
    # lexicon: 该乡 cut 该乡镇 (镇农民人均纯收入), 高达 cut 最高达 (景区单日接待量最)
    assert rows("2023年,该乡镇农民人均纯收入达到1.86万元。", 2024)[0][2] == "农民人均纯收入"
    text = "2023年,景区单日接待量最高达6.2万人次。"
    assert rows(text, 2024)[0][2:4] == ("景区单日接待量", 6.2)


def test_a_plans_glossed_slogan_leaves_no_qualitative_target() -> None:
    # 全县要实现“三个突破”,即… gave a qualitative target named 全县 (and 奋力)
    text = "今年,全县要实现“三个突破”,即地区生产总值突破500亿元、一般公共预算收入突破40亿元。"
    assert [row[2] for row in rows(text, 2024)] == ["地区生产总值", "一般公共预算收入"]
    text = "2024年,我们将奋力实现“三个突破”,即地区生产总值突破500亿元。"
    assert [row[2] for row in rows(text, 2024)] == ["地区生产总值"]


def test_a_parallel_change_shares_the_sentences_base_year() -> None:
    # base_years: 从10亿元 in the clause after 从2015年的150亿元 was dated 2019
    text = (
        "全县地区生产总值从2015年的150亿元增加到250亿元左右,"
        "一般公共预算收入从10亿元增加到15亿元左右。"
    )
    assert [(row[1], row[3]) for row in rows(text, 2021)] == [
        (2015, 150.0), (2020, 250.0), (2015, 10.0), (2020, 15.0),
    ]  # fmt: skip
