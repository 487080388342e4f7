"""The glossary against its sources: every quote verbatim, every appendix entry present,
the parts adding up to the numbers in the names, pinyin generated and current."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from jfq.data.integrity import check_all
from jfq.data.model import Glossary, TargetTable, walk
from jfq.data.texts import read_corpus
from jfq.data.validate import check_quotes
from jfq.search.index import Index
from jfq.search.lookup import find_term
from jfq.search.normalize import fold

ROOT = Path(__file__).resolve().parents[1]
REPORT_2022 = "004_bddc84386e9e697e"
# Gaps in the sources, each recorded in the entry's notes (the rule reports them as notes).
KNOWN_GAPS = {"十问"}


@pytest.fixture(scope="module")
def glossary(data_files: tuple[Glossary, TargetTable]) -> Glossary:
    return data_files[0]


def test_integrity_rules_hold(data_files: tuple[Glossary, TargetTable]) -> None:
    problems = check_all(*data_files)
    assert [str(p) for p in problems if p.severity == "error"] == []
    assert {p.where.split(" ", 1)[1] for p in problems if p.severity == "note"} == KNOWN_GAPS


def test_every_quote_is_in_its_documents_passages(data_files: tuple[Glossary, TargetTable]) -> None:
    glossary, table = data_files
    problems, quotes, documents = check_quotes(glossary, table)
    assert [str(p) for p in problems] == []
    cited = [s for item in [*glossary.terms, *table.targets, *table.regions] for s in item.sources]
    assert (quotes, documents) == (len(cited), len({s.doc for s in cited}))
    assert all(s.doc is not None for s in cited)  # every source names its document


def test_every_quote_is_verbatim_in_the_full_texts(
    corpus: Path, data_files: tuple[Glossary, TargetTable]
) -> None:
    texts, unread = read_corpus(corpus)
    assert unread == []  # (a text skipped would check none of its quotes)
    assert [str(p) for p in check_quotes(*data_files, texts)[0]] == []


def appendix(seeds: Path) -> list[tuple[str, str]]:
    """(name, explanation) of each item of the report's 部分词语解释, read from the source."""
    text = (seeds / f"{REPORT_2022}.txt").read_text(encoding="utf-8")
    section = text.split("《政府工作报告》部分词语解释", 1)[1]
    return re.findall(r"^\s*\d+\.(.+?):(.+)$", section, flags=re.MULTILINE)


def test_all_fifteen_appendix_entries_are_defined_by_their_appendix_line(
    full_seeds: Path, index: Index
) -> None:
    items = appendix(full_seeds)
    assert len(items) == 15
    for name, explanation in items:
        entry = find_term(index, name).entry
        assert entry.defined, name
        assert entry.definition == explanation.strip(), name
        assert any(s.doc == REPORT_2022 and explanation.strip() in s.quote for s in entry.sources)


def test_appendix_entries_list_their_parts(glossary: Glossary) -> None:
    by_name = {t.term: t for t in glossary.terms}
    assert [c.text for c in by_name["三零"].components] == ["零上访", "零事故", "零案件"]
    assert [c.label for c in by_name["334楼院协商治理模式"].components] == ["3", "3", "4"]
    assert [c.text for c in by_name["三室经济"].components] == ["实验室", "办公室", "工作室"]
    four = by_name["四区四中心"].components
    assert [len(group.items) for group in four] == [4, 4]


@pytest.mark.parametrize(
    "name",
    [
        "六大体系",
        "三重压力",
        "四治融合",
        "两降一升",
        "十大民生实事",
        "三十工程",
        "七稳",
        "六好",
        "十问",
        "四转",
        "五场战役",
        "一项目一方案一专班一台账",
        "六个方面工作（2023年）",
        "六个方面工作（2022年）",
        "五个解放",
        "上规、上市、上云、上榜",
        "解放精神",
    ],
)
def test_running_text_lists_are_entries_with_parts(name: str, index: Index) -> None:
    entry = find_term(index, name).entry
    assert entry.defined and entry.components, name


@pytest.mark.parametrize(
    "name",
    [
        "六稳六保",
        "万人助万企",
        "放管服",
        "25311",
        "四上企业",
        "三管三必须",
        "十大战略",
        "四大片区",
        "二次创业",
    ],
)
def test_terms_used_without_explanation_are_entries(name: str, index: Index) -> None:
    entry = find_term(index, name).entry
    if entry.defined:  # only with a cited public source: a document with its address
        published = {document.id for document in index.documents() if document.url}
        assert any(s.doc in published for s in entry.sources), name
    else:
        assert entry.definition is None and entry.sources, name


def test_ten_livelihood_projects_of_2023_carry_their_numbers(
    corpus: Path, glossary: Glossary
) -> None:
    entry = next(t for t in glossary.terms if t.term == "十大民生实事（2023年）")
    assert [c.label for c in entry.components] == [f"实事{n}" for n in "一二三四五六七八九十"]
    text = (corpus / "001_c84d16bfa9c2ec5e.txt").read_text(encoding="utf-8")
    for component in entry.components:
        assert component.detail and component.detail in text
    details = " ".join(c.detail or "" for c in entry.components)
    for figure in ("16个老旧小区", "228个楼院", "3000人次", "2400人", "4310人", "8300户"):
        assert figure in details


def test_garbled_sources_are_noted(glossary: Glossary) -> None:
    by_name = {t.term: t for t in glossary.terms}
    assert by_name["十问"].notes and len(by_name["十问"].components) == 7
    assert by_name["七稳"].notes


def test_components_nest_where_the_slogan_has_groups(glossary: Glossary) -> None:
    entry = next(t for t in glossary.terms if t.term == "334楼院协商治理模式")
    assert len(list(walk(entry.components))) > len(entry.components)


def script(name: str):  # type: ignore[no-untyped-def]
    """One of scripts/*.py, imported as a module."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        return __import__(name)
    finally:
        sys.path.pop(0)


def test_pinyin_is_generated_and_current() -> None:
    pytest.importorskip("pypinyin", reason="pypinyin is a test dependency: pip install '.[test]'")
    gen_pinyin = script("gen_pinyin")
    for name in ("glossary.yaml", "targets.yaml"):
        text = (ROOT / name).read_text(encoding="utf-8")
        assert gen_pinyin.update(text) == text, f"run python scripts/gen_pinyin.py ({name})"
    assert gen_pinyin.pinyin_of("三室经济") == "san shi jing ji"
    assert gen_pinyin.pinyin_of("“2+N”产业体系") == "2+N chan ye ti xi"
    syllables = gen_pinyin.SYLLABLES.read_text(encoding="utf-8")
    assert syllables == gen_pinyin.syllables_source(), "run python scripts/gen_pinyin.py"


def test_traditional_character_table_is_current() -> None:
    pytest.importorskip("opencc", reason="opencc-python-reimplemented is a test dependency")
    table = ROOT / "src" / "jfq" / "search" / "t2s.py"
    assert table.read_text(encoding="utf-8") == script("gen_t2s").table_source()


def test_every_pinyin_of_the_data_splits_into_syllables(glossary: Glossary) -> None:
    from jfq.search.normalize import is_spaced_pinyin

    for term in glossary.terms:
        letters = " ".join(w for w in term.pinyin.split() if w.isalpha() and w.islower())
        if len(letters.split()) > 1:
            assert is_spaced_pinyin(letters), term.pinyin


def test_names_and_aliases_are_unique_after_folding(glossary: Glossary) -> None:
    keys = [fold(n) for t in glossary.terms for n in (t.term, *t.aliases)]
    assert len(keys) == len(set(keys))


def test_public_sources_name_their_address(glossary: Glossary) -> None:
    for term in glossary.terms:
        for source in term.sources:
            if source.url:
                assert source.url.startswith("http") and source.title, term.term


# -- issue 15, "Data that the sources support better" -------------------------------------------


def entry(glossary: Glossary, name: str):  # type: ignore[no-untyped-def]
    return next(t for t in glossary.terms if t.term == name)


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("时时强化", ["危机感", "紧迫感", "使命感"]),  # 000, three senses
        ("优化服务组合拳", ["清", "明", "实"]),  # 000, 打好优化服务“组合拳”
    ],
)
def test_the_missing_slogan_sets_are_entries(
    glossary: Glossary, name: str, parts: list[str]
) -> None:
    found = entry(glossary, name)
    assert found.defined and [c.label for c in found.components] == parts
    assert all(c.en for c in found.components)


def test_the_four_demands_of_001_are_an_entry(glossary: Glossary) -> None:
    found = entry(glossary, "高举党的旗帜、牢记职责使命、坚守为民情怀、发扬拼抢精神")
    demands = ["高举党的旗帜", "牢记职责使命", "坚守为民情怀", "发扬拼抢精神"]
    assert [next(d for d in demands if d in c.text) for c in found.components] == demands
    assert all(c.detail for c in found.components)  # each with the commentary's paragraph


def test_the_six_areas_of_2023_keep_their_parts(glossary: Glossary) -> None:
    areas = entry(glossary, "六个方面工作（2023年）").components
    assert [len(area.items) for area in areas] == [3, 4, 3, 3, 3, 3]
    assert areas[0].items[0].text == "拼项目抢开局，点燃加速引擎"


def test_the_three_tens_programme_has_its_four_reasons(glossary: Glossary) -> None:
    reasons = "必然要求、现实需要、应有之义、关键之举（三十工程）"
    assert reasons in entry(glossary, "三十工程").related
    parts = [c.text for c in entry(glossary, reasons).components]
    assert [p[-4:] for p in parts] == ["必然要求", "现实需要", "应有之义", "关键之举"]


def test_glosses_say_what_the_sources_say(glossary: Glossary, data_files) -> None:  # type: ignore[no-untyped-def]
    _, table = data_files
    scorecard = entry(glossary, "数读成绩单").components
    assert "obtained" in next(c.en for c in scorecard if "争取贷款" in c.text)
    loans = [row for row in table.targets if row.name.startswith("争取贷款")]
    assert loans and all("obtained" in r.en and "sought" not in r.en + r.key for r in loans)
    assert "ecological corridor" in entry(glossary, "十字区域").en
    systems = {c.text: c.en for c in entry(glossary, "六大体系").components}
    assert "safe-development system" in systems["全面系统的安全发展体系"]
    zones = {c.text: c.en for c in walk(entry(glossary, "四区四中心").components)}
    assert zones["区域商贸中心区"].endswith("zone")
    new_firms = [r for r in table.targets if r.key == "new_high_tech_enterprises"]
    zone_target = next(r for r in new_firms if r.region == "示范区")
    assert zone_target.name.startswith("新增") and zone_target.en.startswith("New")


def test_jiefang_spirit_follows_001_which_names_it(glossary: Glossary) -> None:
    spirit = entry(glossary, "解放精神")
    named = spirit.sources[0]
    assert named.doc == "001_c84d16bfa9c2ec5e" and "解放精神" in named.quote
    assert spirit.definition is not None and spirit.definition in named.quote
    assert [c.text for c in spirit.components][2] == "敢拼敢争"  # 001's wording, not 004's


def test_what_gao_stands_for_is_said_only_where_a_source_says_it(glossary: Glossary) -> None:
    found = entry(glossary, "微成长、小升高、高变强")
    english = " ".join([found.en, *(c.en or "" for c in found.components)])
    assert "high" not in english.casefold() and "高" in english


def test_a_web_definition_comes_from_one_page(glossary: Glossary) -> None:
    # 四上企业 took its groups from one page and their items from another.
    for term in glossary.terms:
        pages: dict[str, list[str]] = {}
        for source in term.sources:
            if source.url:
                pages.setdefault(source.url, []).append(source.quote)
        if not term.defined or not pages:
            continue
        texts = [term.definition or "", *(c.text for c in walk(term.components))]
        parts = [part for text in texts for part in text.split("…") if part]
        seeds = [s.quote for s in term.sources if s.doc]
        own = [part for part in parts if not any(part in quote for quote in seeds)]
        if own:
            assert any(
                all(any(p in q for q in quotes) for p in own) for quotes in pages.values()
            ), term.term


def test_a_henan_term_is_not_defined_by_another_province(glossary: Glossary) -> None:
    sanhua = entry(glossary, "三化三制")
    assert not sanhua.defined and sanhua.definition is None and not sanhua.components
    assert "thepaper.cn" not in " ".join(s.url or "" for s in sanhua.sources)  # 临汾, Shanxi


def test_a_simplified_page_is_quoted_where_one_exists(glossary: Glossary) -> None:
    from jfq.search.normalize import simplified

    river = entry(glossary, "河长制")
    assert river.definition is not None and simplified(river.definition) == river.definition
