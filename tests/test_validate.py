"""Integrity rules: numbers in names, quotes with omissions, and the data-level checks."""

from __future__ import annotations

import pytest

from jfq.data.convert import convert
from jfq.data.integrity import check_glossary
from jfq.data.model import Component, Glossary
from jfq.data.numerals import count_problems, stated_counts
from jfq.data.quotes import quote_in_text


@pytest.mark.parametrize(
    ("name", "counts"),
    [
        ("三零", [{3}]),
        ("四早", [{4}]),
        ("334楼院协商治理模式", [{3}, {3}, {4}]),
        ("四区四中心", [{4}, {4}]),
        ("两降一升", [{2}, {1}]),
        ("三个一批", [{3}]),
        ("三个一", [{3}]),
        ("“3+10”重大项目推进机制", [{3}, {10}]),
        ("“2+N”产业体系", [{2}, None]),
        ("一轴一带一廊四区五街多点", [{1}, {1}, {1}, {4}, {5}, None]),
        ("三十工程", [{30, 3}]),
        ("十大民生实事（2023年）", [{10}]),
        ("添翼计划", []),
    ],
)
def test_stated_counts(name: str, counts: list[set[int] | None]) -> None:
    assert stated_counts(name) == counts


def parts(*texts: str) -> list[Component]:
    return [Component(text=t) for t in texts]


def test_count_matches() -> None:
    assert count_problems("三零", parts("零上访", "零事故", "零案件")) == []


def test_count_mismatch_is_reported() -> None:
    assert count_problems("三零", parts("零上访", "零事故")) == [
        "'三零' states 3 parts, components list 2"
    ]


def test_groups_are_counted_one_by_one() -> None:
    groups = [
        Component(text="四区", items=parts("a", "b", "c", "d")),
        Component(text="四中心", items=parts("a", "b", "c")),
    ]
    assert count_problems("四区四中心", groups) == [
        "group '四中心' of '四区四中心' should have 4 parts, has 3",
        "'四中心' states 4 parts, components list 3",
    ]


@pytest.mark.parametrize("label", ["一是", "二是", "第三", "关键词一"])
def test_an_ordinal_label_counts_nothing(label: str) -> None:
    # 六个方面工作's 一是 numbers its area; the area's three parts are not "one".
    area = Component(text="集中精力扩内需", label=label, items=parts("a", "b", "c"))
    assert count_problems("两个方面工作", [area, Component(text="x")]) == []
    assert count_problems("三零", [Component(text="a", label="三", items=parts("a"))] * 3) != []


def test_quote_with_omission() -> None:
    text = "一是构建科技引领的创新发展体系。深入实施。二是构建集群发展的现代产业体系。"
    assert quote_in_text("一是构建科技引领的创新发展体系。…二是构建集群发展的现代产业体系。", text)
    assert not quote_in_text("二是构建集群发展的现代产业体系。…一是构建科技引领", text)
    assert not quote_in_text("三是", text)


def glossary(**term: object) -> Glossary:
    base = {
        "term": "三零",
        "pinyin": "san ling",
        "en": "three zeros",
        "scope": "区",
        "category": "安全",
        "definition": "零上访、零事故、零案件。",
        "components": [{"text": "零上访"}, {"text": "零事故"}, {"text": "零案件"}],
        "sources": [{"doc": "004", "quote": "8.三零:零上访、零事故、零案件。"}],
    }
    doc = {"id": "004", "title": "t", "en": "e", "date": "2022", "region": "解放区"}
    return convert({"documents": [doc], "terms": [{**base, **term}]}, Glossary)


def messages(g: Glossary) -> list[str]:
    return [p.message for p in check_glossary(g)]


def test_a_sound_entry_has_no_problems() -> None:
    assert messages(glossary()) == []


def test_definition_must_be_quoted() -> None:
    assert messages(glossary(definition="零上访和零事故")) == [
        "definition is not within the entry's quotes"
    ]


def test_component_must_be_quoted() -> None:
    bad = [{"text": "零上访"}, {"text": "零事故"}, {"text": "零伤亡"}]
    assert messages(glossary(components=bad)) == [
        "component text '零伤亡' is not within the entry's quotes"
    ]


def test_undefined_entries_carry_no_definition() -> None:
    assert messages(glossary(defined=False)) == [
        "an entry with defined: false must not carry a definition"
    ]


def test_alias_may_not_repeat_the_name_after_folding() -> None:
    assert messages(glossary(aliases=["“三零”"])) == [
        "'“三零”' repeats a name or alias of the same entry"
    ]


def test_related_must_exist_and_sources_must_name_a_document() -> None:
    g = glossary(
        related=["四治融合"], sources=[{"doc": "999", "quote": "8.三零:零上访、零事故、零案件。"}]
    )
    assert messages(g) == [
        "related entry '四治融合' does not exist",
        "source doc '999' is not a document",
    ]


def test_a_noted_gap_turns_a_count_mismatch_into_a_note() -> None:
    g = glossary(components=[{"text": "零上访"}], notes=["the source lists one part only"])
    assert [(p.severity, p.message) for p in check_glossary(g)] == [
        ("note", "'三零' states 3 parts, components list 1")
    ]


def test_a_definition_must_say_more_than_the_name() -> None:
    g = glossary(definition="“三零”", sources=[{"doc": "004", "quote": "深入实施“三零”创建"}],
                 components=[])  # fmt: skip
    assert messages(g) == [
        "the definition only repeats the name: leave it out and let the parts speak"
    ]


def test_a_list_spelled_out_needs_no_definition() -> None:
    assert messages(glossary(definition=None)) == []
    assert messages(glossary(definition=None, components=[])) == [
        "defined entries need a definition or parts (or set defined: false)"
    ]


@pytest.mark.parametrize(
    ("value", "shown"),
    # :g showed 66632.79 as 66632.8: a figure that the source does not state
    [(66632.79, "66632.79"), (2234.78, "2234.78"), (0.1 + 0.2, "0.3"), (6611.0, "6611"),
     (1.45, "1.45")],
)  # fmt: skip
def test_a_number_is_shown_with_every_digit_its_source_writes(value: float, shown: str) -> None:
    from jfq.data.model import number

    assert number(value) == shown


@pytest.mark.parametrize(
    ("value", "text", "stated"),
    [
        (66632.79, "河南地区生产总值(GDP)达66632.79亿元", True),
        (24926.8, "第二产业24926.80亿元", True),  # a trailing zero
        (1267, "城鎮新增就業 1,267 萬人", True),  # a thousands separator
        (6.5, "增长66.5%", False),
        (66632.8, "达66632.79亿元", False),
    ],
)
def test_a_value_is_stated_as_the_source_writes_it(value: float, text: str, stated: bool) -> None:
    from jfq.data.numerals import number_stated

    assert number_stated(value, text) is stated


def test_a_key_may_change_its_multiplier_but_not_what_it_measures() -> None:
    from jfq.data.integrity import measure_of

    assert {measure_of(u) for u in ("万人", "人", "萬人")} == {"人"}
    assert {measure_of(u) for u in ("亿元", "万亿元", "億元")} == {"元"}
    assert measure_of("万") == "万" and measure_of("%") == "%"
