"""Pinyin however it is typed: with tone marks (sìqū), tone numbers (si4qu1), ü or v, or
none, finds the entry, the region and the search hits that toneless pinyin finds.

A tester's sweep found 84 of 193 entries missed by their own tone-marked pinyin, 27 of them
answered with a different entry and exit 0: NFKC leaves ā and ì in place, so the query fell
through to English words (sìqū read as 's' and 'q': "quality", 新质生产力).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import Run

from jfq.data.model import Glossary
from jfq.search.fulltext import SearchHit, search
from jfq.search.index import Index
from jfq.search.lookup import TermNotFound, find_term
from jfq.search.normalize import pinyin_key
from jfq.targets.regions import resolve_region

pypinyin = pytest.importorskip("pypinyin", reason="a test dependency: pip install '.[test]'")


def _typed(name: str, style: object) -> list[str]:
    """The syllables of ``name`` in a pypinyin style, as a reader would type them: the name's
    own digits, Latin letters and + kept, marks dropped (as scripts/gen_pinyin.py does)."""
    chunks = pypinyin.lazy_pinyin(name, style=style, errors="default")
    kept = ("".join(c for c in chunk if c.isalnum() or c == "+") for chunk in chunks)
    return [chunk for chunk in kept if chunk]


def spellings(name: str, pinyin: str) -> list[str]:
    """Every way the sweep types an entry's pinyin: with tone marks, with tone numbers (ü as
    v, as pypinyin writes it), and without tones, each spaced and run together."""
    marked = _typed(name, pypinyin.Style.TONE)
    numbered = _typed(name, pypinyin.Style.TONE3)
    toneless = pinyin.split()
    return [joiner.join(words) for words in (marked, numbered, toneless) for joiner in (" ", "")]


def test_the_sweep_types_what_pypinyin_writes() -> None:
    # The spellings are built from pypinyin, not from jfq: read, not copied from a result.
    assert spellings("四区四中心", "si qu si zhong xin") == [
        "sì qū sì zhōng xīn",
        "sìqūsìzhōngxīn",
        "si4 qu1 si4 zhong1 xin1",
        "si4qu1si4zhong1xin1",
        "si qu si zhong xin",
        "siqusizhongxin",
    ]
    assert spellings("334楼院", "334 lou yuan")[:3] == [
        "334 lóu yuàn",
        "334lóuyuàn",
        "334 lou2 yuan4",
    ]


def test_every_entry_is_found_by_its_own_pinyin_typed_every_way(
    index: Index, data_files: tuple[Glossary, object]
) -> None:
    glossary, _ = data_files
    missed = []
    for term in glossary.terms:
        for typed in spellings(term.term, term.pinyin):
            try:
                found = find_term(index, typed)
            except TermNotFound:
                missed.append((typed, term.term, None))
                continue
            if found.entry.term != term.term:
                missed.append((typed, term.term, found.entry.term))
    assert len(glossary.terms) > 150  # the bundled glossary, not a fixture
    assert missed == []


@pytest.mark.parametrize(
    ("typed", "term"),
    [
        ("sìqū", "四区四中心"),
        ("qīwěn", "七稳"),
        ("sì zǎo", "四早"),
        ("tiānyì", "添翼计划"),
        ("sānshì", "三室经济"),
        ("SÌQŪ", "四区四中心"),  # capitals with tone marks
        ("si4qu1", "四区四中心"),
        ("si\u0300qu\u0304", "四区四中心"),  # the marks as combining characters (NFD)
    ],
)
def test_the_testers_queries_find_their_entry(index: Index, typed: str, term: str) -> None:
    found = find_term(index, typed)
    assert (found.entry.term, found.match) == (term, "pinyin")


@pytest.mark.parametrize("typed", ["lǜ", "lü", "lv", "lu:", "LǙ"])
def test_u_umlaut_is_written_v_with_or_without_its_tone(typed: str) -> None:
    assert pinyin_key(typed) == "lv"


@pytest.mark.parametrize("typed", ["sì zǎo", "xǐzǎo", "qīwěn shēngchǎn", "rén", "ān", "tè", "pín"])
def test_pinyin_with_tones_is_never_taken_for_english(index: Index, typed: str) -> None:
    # 'sì zǎo' had been 零输入 ('s', 'z'...: English words beginning so), exit 0; without its
    # marks, rén is the start of "renewal" and ān of "and", never what a reader of pinyin meant.
    try:
        found = find_term(index, typed)
    except TermNotFound:
        return
    assert found.match != "english", (typed, found.entry.term)


@pytest.mark.parametrize(("typed", "region"), [("Shìfànqū", "示范区"), ("jiěfàngqū", "解放区"),
                                               ("shi4fan4qu1", "示范区")])  # fmt: skip
def test_a_region_is_found_by_its_pinyin_with_tones(index: Index, typed: str, region: str) -> None:
    assert resolve_region(index, typed).name == region


def test_targets_take_a_region_in_pinyin_with_tones(jfq: Callable[..., Run]) -> None:
    toned = jfq("targets", "--region", "Shìfànqū", "--year", "2022", "-f", "json")
    plain = jfq("targets", "--region", "shifanqu", "--year", "2022", "-f", "json")
    assert (toned.code, toned.stderr) == (0, "")
    assert toned.stdout == plain.stdout


@pytest.mark.parametrize("typed", ["sānshì", "san1shi4", "sanshi"])
def test_search_finds_pinyin_with_tones_or_tone_numbers(index: Index, typed: str) -> None:
    terms = [h.term for h in search(index, typed).hits if isinstance(h, SearchHit)]
    assert "三室经济" in terms
