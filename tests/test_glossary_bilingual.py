"""A bilingual list of key words (batch 281: 北京 2021's, printed for translators): each
Chinese term on its line, its English rendering under it.  Written by hand from the page's
layout; the English had been dropped as no definition (it holds no Chinese)."""

from __future__ import annotations

from jfq.authoring.extract import extract

LIST = (
    "(一) 指导思想与政府自身建设\n"
    "1. 三大攻坚战\n"
    "three critical challenges\n"
    "(i.e. the challenge to forestall and defuse major risks; the battle against pollution)\n"
    "2. 全面从严治党\n"
    "full and rigorous governance over the Party\n"
    "3. 力戒形式主义、官僚主义\n"
    "the removal of unnecessary formalities and bureaucracy\n"
)


def test_each_term_takes_the_english_under_it_as_its_rendering() -> None:
    terms = extract(LIST, region="北京市", year=2021).terms
    assert [t.term for t in terms] == ["三大攻坚战", "全面从严治党", "力戒形式主义、官僚主义"]
    first = terms[0]
    assert first.en == "three critical challenges"
    assert first.definition == (
        "three critical challenges\n"
        "(i.e. the challenge to forestall and defuse major risks; the battle against pollution)"
    )
    assert terms[1].en == "full and rigorous governance over the Party"


def test_a_bilingual_reports_items_and_headings_are_no_terms() -> None:
    # a report's numbered target with its translation, and a chapter's heading with its own
    report = (
        "一、过去一年工作回顾\n"
        "I. Review of Our Work in 2020\n"
        "(1) 国内生产总值增长6%左右\n"
        "GDP growth of around 6 percent\n"
    )
    assert extract(report, region="北京市", year=2021).terms == []
