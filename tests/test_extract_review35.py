"""Faults that stop 35's adversarial reviews found in its own rules, each reproduced by a
test before it was mended.  Every expected row is written by hand from the sentence in the
test."""

from __future__ import annotations

from typing import Any

from jfq.authoring.extract import extract


def rows(text: str, year: int = 2024) -> list[tuple[Any, ...]]:
    draft = extract(text, region="某县", year=year)
    return [(r.kind, r.year, r.name, r.value, r.unit, r.comparator) for r in draft.targets]


def names(text: str, year: int = 2024) -> list[str]:
    return [r[2] for r in rows(text, year)]


# -- the review of figures and counts (c) ---------------------------------------------------


def test_a_count_verbs_particle_takes_no_noun_from_the_clauses_before() -> None:
    # 增长了 alone became a bare verb, and so did 落地了: it took the earlier counts' nouns
    text = "2023年,全县招引了5个工业项目,落地了3个服务业项目,签约了2个农业项目。"
    assert names(text) == ["工业项目", "服务业项目", "农业项目"]


def test_a_count_after_broke_through_is_no_more_than() -> None:
    # 突破了30项关键核心技术 read as "over 30": 了 is only the qualifier's before an amount
    found = rows("2023年,全市突破了30项关键核心技术,财税总收入突破了5000亿元。")
    assert [r[5] for r in found] == ["exact", "over"]


def test_counts_of_levels_keep_the_verb_that_names_new_ones() -> None:
    # 新增2个国家级、5个省级… lost 新增 on the first count's name
    text = "2018年,全市新增2个国家级、5个省级农业产业化龙头企业。"
    assert names(text, 2019)[0] == "新增国家级农业产业化龙头企业"


def test_a_word_that_ends_in_upgrade_is_no_level() -> None:
    # 23个村庄提档升级、5个市级… read 升级 as a level and shared the next noun
    text = "2018年,全县完成23个村庄提档升级、5个市级美丽乡村示范村创建。"
    assert names(text, 2019)[0] == "村庄提档升级"


def test_a_shared_head_leaves_the_predicates_adverb() -> None:
    # 12个省级、35个市级重点项目预计完成… named the first 省级重点项目预计
    text = "2018年,12个省级、35个市级重点项目预计完成投资215亿元。"
    assert names(text, 2019)[:2] == ["省级重点项目", "市级重点项目"]


def test_words_that_end_in_have_keep_it() -> None:
    # 大约有, 尚有, 建有 lost their 有 and left 大约, 尚, 建 in the name
    assert names("2023年,全县外出务工人员大约有3.2万人。")[0] == "外出务工人员大约有"
    assert names("2023年,全县5G基站累计建有1260个。")[0] != "5G基站累计建"


def test_the_count_of_peers_before_a_first_or_a_rank_is_no_figure() -> None:
    # 居全省13个设区市之首 and 居全省13个设区市第3位 gave the 13 a row
    text = "2019年,规模以上工业增加值增长16.1%,增速居全省13个设区市第3位。"
    assert rows(text, 2020) == [
        ("actual", 2019, "规模以上工业增加值", 16.1, "%", "exact"),
        ("actual", 2019, "规模以上工业增加值增速", 3.0, "位", "exact"),
    ]
    text = "2019年,规模以上工业增加值增长16.1%,居全省13个设区市之首。"
    assert len(rows(text, 2020)) == 1


def test_the_months_so_far_before_the_years_aim_stay_a_plan() -> None:
    # 2024年1—5月,…,全年要实现增长10%以上: the aim became a result of 2024
    text = "2024年1—5月,全县规上工业增加值增长8.2%,全年要实现增长10%以上。"
    assert ("target", 2024, "规上工业增加值", 10.0, "%", "at_least") in rows(text)
