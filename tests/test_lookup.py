"""Every way a reader types a term finds it (issue: exact, alias, folded, width, traditional,
case, part of a name, pinyin, initials, tone numbers, English), and misses fail helpfully."""

from __future__ import annotations

import pytest

from jfq.errors import UsageError
from jfq.search.fulltext import search
from jfq.search.index import Index
from jfq.search.lookup import TermNotFound, find_term


@pytest.mark.parametrize(
    ("typed", "term", "match"),
    [
        ("三室经济", "三室经济", "exact"),
        ("334", "334楼院协商治理模式", "alias"),
        ("334模式", "334楼院协商治理模式", "alias"),
        ("“334”", "334楼院协商治理模式", "normalized"),
        ("《三室经济》", "三室经济", "normalized"),
        ("(三零)", "三零", "normalized"),
        ("三 室 经 济", "三室经济", "normalized"),
        ("３３４", "334楼院协商治理模式", "normalized"),
        ("３＋１０", "3+10重大项目推进机制", "normalized"),
        ("三室經濟", "三室经济", "normalized"),
        ("2+n", "2+N产业体系", "normalized"),
        ("三室", "三室经济", "substring"),
        ("添翼", "添翼计划", "substring"),
        ("sanshi jingji", "三室经济", "pinyin"),
        ("sanshijingji", "三室经济", "pinyin"),
        ("SanShi JingJi", "三室经济", "pinyin"),
        ("ssjj", "三室经济", "pinyin"),
        ("jyxxh20", "教育信息化2.0", "pinyin"),  # initials keep the name's own digits
        ("334lyxszlms", "334楼院协商治理模式", "pinyin"),
        ("san1shi4", "三室经济", "pinyin"),
        ("san1 shi4 jing1 ji4", "三室经济", "pinyin"),
        ("three-room economy", "三室经济", "english"),
        ("laboratory", "三室经济", "english"),
        ("Laboratories", "三室经济", "english"),
        ("四区四中心", "四区四中心", "exact"),
        ("零上访", "三零", "component"),
        ("三式经济", "三室经济", "fuzzy"),
    ],
)
def test_ways_of_typing(index: Index, typed: str, term: str, match: str) -> None:
    result = find_term(index, typed)
    assert (result.entry.term, result.match) == (term, match)


def test_several_fits_are_ranked(index: Index) -> None:
    result = find_term(index, "六个方面")
    assert result.match == "substring"
    assert {result.entry.term, *(c.term for c in result.alternatives)} >= {
        "六个方面工作（2022年）",
        "六个方面工作（2023年）",
    }


def test_a_partial_pinyin_ranks_the_closest_whole_name_first(index: Index) -> None:
    result = find_term(index, "san1shi4")
    assert result.entry.term == "三室经济"
    assert "三十工程" in [c.term for c in result.alternatives]


def test_no_match_suggests_close_names(index: Index) -> None:
    with pytest.raises(TermNotFound) as caught:
        find_term(index, "四区五中心")
    assert caught.value.message == "no entry for '四区五中心'"
    assert caught.value.details["suggestions"][0] == "四区四中心"
    assert caught.value.hint is not None and caught.value.hint.startswith(
        "did you mean: 四区四中心"
    )


def test_nothing_close_points_to_search(index: Index) -> None:
    with pytest.raises(TermNotFound) as caught:
        find_term(index, "xyzzy")
    assert caught.value.details["suggestions"] == []
    assert (
        caught.value.hint == "try: jfq search xyzzy  (full text), or jfq terms for the whole list"
    )


@pytest.mark.parametrize("typed", ["", "   ", "“”", "《》"])
def test_empty_queries_are_usage_errors(index: Index, typed: str) -> None:
    with pytest.raises(UsageError):
        find_term(index, typed)


def test_search_ranks_names_above_mentions(index: Index) -> None:
    hits = search(index, "养老").hits
    assert hits, "养老 is in several entries"
    assert hits[0].term == "15分钟居家养老服务圈"
    assert all(h.score >= hits[-1].score for h in hits)


def test_search_needs_every_word(index: Index) -> None:
    both = {h.term for h in search(index, "楼院 治理").hits}
    assert "334楼院协商治理模式" in both
    assert both <= {h.term for h in search(index, "楼院").hits}


def test_search_snippet_quotes_the_original_wording(index: Index) -> None:
    hit = next(h for h in search(index, "laboratory").hits if h.term == "三室经济")
    assert hit.field in ("en", "component") and "laboratory" in hit.snippet
    traditional = search(index, "實驗室").hits
    assert any("实验室" in h.snippet for h in traditional)
