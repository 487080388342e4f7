"""Every way a reader types a term finds it (issue: exact, alias, folded, width, traditional,
case, part of a name, pinyin, initials, tone numbers, English), and misses fail helpfully."""

from __future__ import annotations

import pytest

from jfq.errors import UsageError
from jfq.search.fulltext import FigureHit, SearchHit, search
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
    assert isinstance(hits[0], SearchHit) and hits[0].term == "15分钟居家养老服务圈"
    assert all(h.score >= hits[-1].score for h in hits)


def names(hits: list[SearchHit | FigureHit]) -> set[str]:
    return {h.term if isinstance(h, SearchHit) else h.key for h in hits}


def test_search_needs_every_word(index: Index) -> None:
    both = names(search(index, "楼院 治理").hits)
    assert "334楼院协商治理模式" in both
    assert both <= names(search(index, "楼院").hits)


def test_search_snippet_quotes_the_original_wording(index: Index) -> None:
    hit = next(h for h in search(index, "laboratory").hits
               if isinstance(h, SearchHit) and h.term == "三室经济")  # fmt: skip
    assert hit.field in ("en", "component") and "laboratory" in hit.snippet
    traditional = search(index, "實驗室").hits
    assert any("实验室" in h.snippet for h in traditional)


# -- numbers either way, digits kept, spaced pinyin (issue 15, "Finding things") ------------


@pytest.mark.parametrize(
    ("typed", "term"),
    [
        ("三三四", "334楼院协商治理模式"),
        ("4区4中心", "四区四中心"),
        ("7稳", "七稳"),
        ("6好", "六好"),
        ("3零", "三零"),
        ("10问", "十问"),
        ("2学1做", "两学一做"),
    ],
)
def test_numbers_are_found_written_either_way(index: Index, typed: str, term: str) -> None:
    result = find_term(index, typed)
    assert (result.entry.term, result.match) == (term, "numerals")


def test_a_different_number_is_still_another_slogan(index: Index) -> None:
    with pytest.raises(TermNotFound):
        find_term(index, "4区5中心")


@pytest.mark.parametrize(
    ("typed", "term"),
    [("334 louyuan", "334楼院协商治理模式"), ("334 lou yuan xie shang", "334楼院协商治理模式"),
     ("liu ge fang mian gong zuo 2023 nian", "六个方面工作（2023年）")],
)  # fmt: skip
def test_a_query_mixing_digits_and_pinyin_keeps_its_digits(
    index: Index, typed: str, term: str
) -> None:
    result = find_term(index, typed)
    assert result.entry.term == term
    assert "楼院自治金" not in [c.term for c in result.alternatives]  # louyuan alone


def test_digits_no_name_carries_find_nothing_by_pinyin_alone(index: Index) -> None:
    with pytest.raises(TermNotFound):
        find_term(index, "999 louyuan")


@pytest.mark.parametrize(
    ("typed", "terms"),
    [
        ("si qu", {"四区四中心"}),
        ("ren ren", {"人人持证、技能河南"}),
        ("si ge", {"四个口袋", "四个意识", "四个自信"}),
    ],
)
def test_pinyin_with_spaces_never_matches_english_word_prefixes(
    index: Index, typed: str, terms: set[str]
) -> None:
    # si qu was "size, qualified" (四上企业); ren ren "renewal" (六大片区).
    result = find_term(index, typed)
    assert (result.entry.term, result.match) in {(term, "pinyin") for term in terms}


def test_english_words_with_spaces_still_find_their_entry(index: Index) -> None:
    assert find_term(index, "three room").entry.term == "三室经济"


def test_search_finds_numbers_written_either_way(index: Index) -> None:
    assert "七稳" in names(search(index, "7稳").hits)
    assert "334楼院协商治理模式" in names(search(index, "三三四").hits)


# -- search covers the figures of the target tables --------------------------------------------


def test_search_covers_the_figures(index: Index) -> None:
    # jfq term GDP suggests jfq search GDP, which said nothing mentions GDP.
    hits = search(index, "GDP").hits
    figures = [h for h in hits if isinstance(h, FigureHit)]
    assert {"gdp", "gdp_growth"} <= {h.key for h in figures}
    growth = next(h for h in figures if h.key == "gdp_growth")
    assert (growth.kind, growth.name, growth.en) == ("figure", "地区生产总值", "GDP growth")
    assert {"解放区", "示范区", "全国", "河南省"} <= set(growth.regions) and 2022 in growth.years


@pytest.mark.parametrize(
    ("query", "key", "field"),
    [
        ("urban_disposable_income", "urban_disposable_income", "key"),  # a key
        ("新增技能人才", "new_skilled_workers", "name"),  # a Chinese name
        ("skilled workers", "new_skilled_workers", "en"),  # English words
        ("智慧金服平台", "platform_loans", "quote"),  # a word of a quote only
    ],
)
def test_search_finds_a_figure_by_key_name_english_or_quote(
    index: Index, query: str, key: str, field: str
) -> None:
    hit = next(h for h in search(index, query).hits if isinstance(h, FigureHit) and h.key == key)
    assert hit.field == field


def test_figures_are_ranked_with_the_entries(index: Index) -> None:
    hits = search(index, "贷款").hits
    kinds = {h.kind for h in hits}
    assert kinds == {"entry", "figure"}
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    # A figure named by the word ranks above an entry that only quotes it.
    assert isinstance(hits[0], FigureHit) and hits[0].field == "name"


def test_a_snippet_never_cuts_an_english_word(index: Index) -> None:
    # "…rage annual increase in GDP" read as a typo.
    hit = next(h for h in search(index, "GDP").hits
               if isinstance(h, FigureHit) and h.key == "gdp_avg_annual_increase")  # fmt: skip
    assert hit.snippet == "…annual increase in GDP"
    lab = next(h for h in search(index, "laboratory").hits if h.snippet.endswith("…"))
    assert lab.snippet.rstrip("…")[-1:] != " "


# -- English: an entry's own English wins; plurals meet their singular (tester's faults) -------


@pytest.mark.parametrize(
    ("typed", "term"),
    [
        # The exact en of 四上企业 had shown 上规、上市、上云、上榜 (whose English is
        # shorter once its parts' English is counted), 四上企业 only an alternative.
        ('"Four-above" enterprises', "四上企业"),
        ("four-above enterprises", "四上企业"),
        ("“Four-above” Enterprise", "四上企业"),  # curly quotes, singular: still its English
        # "skies" had been made "sky", which never begins the indexed word "skies".
        ("blue skies", "蓝天、碧水、净土保卫战"),
        ("blue sky", "蓝天、碧水、净土保卫战"),
        ("Battles to defend blue skies, clear waters and clean land", "蓝天、碧水、净土保卫战"),
        ("clear waters", "蓝天、碧水、净土保卫战"),
    ],
)
def test_english_finds_its_entry(index: Index, typed: str, term: str) -> None:
    result = find_term(index, typed)
    assert (result.entry.term, result.match) == (term, "english")


def test_every_entry_is_found_by_its_own_english(index: Index, data_files) -> None:  # type: ignore[no-untyped-def]
    glossary, _ = data_files
    missed = []
    for term in glossary.terms:
        try:
            found = find_term(index, term.en)
        except TermNotFound:
            missed.append((term.en, term.term, None))
            continue
        if (found.entry.term, found.match) != (term.term, "english"):
            missed.append((term.en, term.term, found.entry.term))
    assert len(glossary.terms) > 150
    assert missed == []


def test_search_meets_a_plural_in_the_english_by_its_singular(index: Index) -> None:
    # The index keeps "skies" and adds "sky", as the query singularises: both find it.
    for typed in ("skies", "sky"):
        assert "蓝天、碧水、净土保卫战" in names(search(index, typed).hits), typed
