"""Regions' administrative division codes (GB/T 2260): each one quoted from a page that
states it, and each within its parent's."""

from __future__ import annotations

import dataclasses

from jfq.data.integrity import check_targets
from jfq.data.model import Glossary, Region, TargetTable
from jfq.data.passages import in_passages


def region(table: TargetTable, name: str) -> Region:
    (found,) = [r for r in table.regions if r.name == name]
    return found


def test_the_ladder_and_the_provinces_have_codes_from_their_pages(
    data_files: tuple[Glossary, TargetTable],
) -> None:
    glossary, table = data_files
    documents = {d.id: d for d in glossary.documents}
    # Read off the pages: 區劃代碼:410802000000, 焦作市(行政区划代码410800), 410000: '河南省'.
    assert [region(table, n).code for n in ("解放区", "焦作市", "河南省")] == [
        "410802", "410800", "410000"
    ]  # fmt: skip
    coded = [r for r in table.regions if r.code is not None]
    assert len(coded) == 2 + 31  # 解放区, 焦作市 and every province
    for r in coded:
        (source,) = r.sources
        assert r.code in source.quote
        assert in_passages(source.quote, documents[source.doc].passages), r.name
    # No stored page gave the other Henan cities' codes, nor a zone's: none is guessed.
    assert region(table, "郑州市").code is None and region(table, "示范区").code is None


def with_region(table: TargetTable, name: str, **changes: object) -> TargetTable:
    regions = [dataclasses.replace(r, **changes) if r.name == name else r for r in table.regions]
    return dataclasses.replace(table, regions=regions)


def messages(table: TargetTable, glossary: Glossary) -> list[str]:
    return [p.message for p in check_targets(table, [d.id for d in glossary.documents])]


def test_a_code_without_a_quote_that_states_it_is_an_error(
    data_files: tuple[Glossary, TargetTable],
) -> None:
    glossary, table = data_files
    assert messages(with_region(table, "焦作市", sources=[]), glossary) == [
        "code 410800 needs a source whose quote states it"
    ]


def test_a_code_outside_its_parents_is_an_error(data_files: tuple[Glossary, TargetTable]) -> None:
    glossary, table = data_files
    quote = dataclasses.replace(region(table, "解放区").sources[0], quote="區劃代碼:410902000000")
    wrong = with_region(table, "解放区", code="410902", sources=[quote])
    assert messages(wrong, glossary) == ["code 410902 is not within 焦作市's 410800"]


def test_a_code_inside_a_longer_number_is_not_stated(
    data_files: tuple[Glossary, TargetTable],
) -> None:
    """108020 is inside 410802000000 but is no code it states."""
    glossary, table = data_files
    assert messages(with_region(table, "解放区", code="108020"), glossary)[0] == (
        "code 108020 needs a source whose quote states it"
    )
