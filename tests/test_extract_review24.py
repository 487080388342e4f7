"""Faults the review of stop 24's change found in that stop's rules, each reproduced first
(the review ran each rule on text it was not written for, and compared with the code
before the stop).  One test per fault; the rule each guards is named in its comment."""

from __future__ import annotations

from typing import Any

from jfq.authoring.extract import extract


def rows(text: str, year: int = 2024) -> list[tuple[Any, ...]]:
    draft = extract(text, region="某县", year=year)
    return [(r.name, r.value, r.unit, r.measure) for r in draft.targets]


def test_a_rate_after_a_share_in_a_list_is_no_share() -> None:
    # measures.list_measure: every % after a share and 、 became a share, and lost its key
    text = "过去一年,全县服务业增加值占GDP比重达到52%、城镇调查失业率5.1%、居民消费价格涨幅1.8%。"
    assert rows(text) == [
        ("服务业增加值占GDP比重", 52, "%", "share"), ("城镇调查失业率", 5.1, "%", None),
        ("居民消费价格涨幅", 1.8, "%", None)]  # fmt: skip
    # but a place that goes on from the share is the share's (示范区总数…占全省47%、全国10.6%)
    shares = rows("2023年,示范区总数达到18个,占全省47%、全国10.6%。")
    assert [(v, m) for _, v, _, m in shares] == [(18, None), (47, "share"), (10.6, "share")]


def test_a_share_is_renamed_only_after_one_amount_it_is_of() -> None:
    # measures.share_owner: one owner for every name of a list (油料 lost, 分别 kept), a head
    # alone taken for a total (a share of the count of firms), a share of a share (任务),
    # and 占全市森林面积的 read as a share of the region
    listed = rows("2023年,全县粮食、油料产量分别占全市的30%和25%。")
    # (分别 is the predicate's adverb, no part of the names: dropped since stop 32)
    assert [n for n, *_ in listed] == ["粮食产量占全市", "油料产量占全市"]
    assert [n for n, *_ in rows("2023年,规模以上工业企业达到1200家,产值占全省12%。")] == [
        "规模以上工业企业", "产值占全省"]  # fmt: skip
    of_a_share = rows("2023年,新增城镇就业8000人,完成全年任务的120%,占全市的15%。")
    assert [n for n, v, *_ in of_a_share if v == 15] == ["占全市"]  # (as before the stop)
    forest = rows("2023年,森林覆盖率达到60%,占全市森林面积的25%。")
    assert [n for n, v, *_ in forest if v == 25] == ["占全市森林面积"]


def test_kou_is_a_measure_word_only_where_no_noun_goes_on() -> None:
    # lexicon: 口 as a measure word took the 口 of 口罩 and 口径; 眼 (for wells) was none
    assert rows("2020年,发放100万口罩。") == [("口罩", 100, "万", None)]
    assert [n for n, *_ in rows("2020年,累计调运5万口罩支援湖北。")] == ["调运口罩支援湖北"]
    wells = rows("2023年,新打机电井150眼、大口井20口。")
    assert [(n, v, u) for n, v, u, _ in wells] == [("新打机电井", 150, "眼"), ("大口井", 20, "口")]


def test_only_a_products_own_measures_take_its_name() -> None:
    # coordination._OF_A_PRODUCT: 原煤产量、发电量 gave 原煤发电量 (any 量 of two characters)
    text = "2023年,原煤产量、发电量、外调电量分别增长5%、8%和10%。"
    assert [n for n, *_ in rows(text)] == ["原煤产量", "发电量", "外调电量"]


def test_a_page_number_joins_only_a_clause_that_goes_on_and_is_no_part_of_a_name() -> None:
    # page_layout.page_numbers: a dropped page number came back in names (Text.name cut them from
    # the original: 一般公共预算12收入), and a footer joined a list's items, a glossary's
    # entries and a heading (the GDP target lost; 两山's definition ran into 三区三线's)
    assert rows("过去一年,全县一般公共预算收入完成\n12\n8.2亿元。") == [
        ("一般公共预算收入", 8.2, "亿元", None)]  # fmt: skip
    listed = ("今年经济社会发展的主要预期目标\n地区生产总值增长6%左右\n— 9 —\n"
              "一般公共预算收入增长5%\n城镇新增就业5000人")  # fmt: skip
    assert [(n, v) for n, v, *_ in rows(listed)] == [
        ("地区生产总值", 6), ("一般公共预算收入", 5), ("城镇新增就业", 5000)]  # fmt: skip
    glossary = "名词解释\n“两山”:绿水青山就是金山银山\n— 12 —\n“三区三线”:指城镇、农业、生态空间"
    terms = extract(glossary, region="某县", year=2024).terms
    assert [(t.term, t.definition) for t in terms] == [
        ("“两山”", "绿水青山就是金山银山"), ("“三区三线”", "指城镇、农业、生态空间")]  # fmt: skip
