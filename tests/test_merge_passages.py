"""A report merged in two reviews: the second draft cites passages of a document that the
first merge stored already (stop 42's fault hunt: merge refused the new rows, listing the
document's missing passage as a conflict, so a report could never be added to in parts).

The document's file gains the new passages, in the order of their offsets, and keeps what
the first merge or a person wrote in it; a passage that disagrees with the stored text is a
conflict, and the rows that cite it are refused with it."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import Run

from jfq.authoring.merge_items import new_documents

Jfq = Callable[..., Run]

REPORT = (
    "示例县2024年政府工作报告\n\n"
    "过去一年,全县地区生产总值完成120.5亿元,增长6.1%;一般公共预算收入完成8.2亿元,增长5.3%。\n\n"
    "今年经济社会发展的主要预期目标是:地区生产总值增长6%左右,一般公共预算收入增长5%以上。\n"
)
REVIEW = "过去一年,全县地区生产总值完成120.5亿元,增长6.1%;一般公共预算收入完成8.2亿元,增长5.3%。"
TARGETS = "今年经济社会发展的主要预期目标是:地区生产总值增长6%左右,一般公共预算收入增长5%以上。"


def _drafted(jfq: Jfq, tmp_path: Path) -> dict[str, Any]:
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    run = jfq("extract", str(report), "--region", "示例县", "--year", "2024")
    assert run.code == 0, run.stderr
    draft: dict[str, Any] = yaml.safe_load(run.stdout)
    draft["regions"][0]["en"] = "Shili County"
    return draft


def _write(draft: dict[str, Any], path: Path) -> Path:
    path.write_text(yaml.safe_dump(draft, allow_unicode=True), encoding="utf-8")
    return path


def _kinds(draft: dict[str, Any], kind: str) -> dict[str, Any]:
    return {**draft, "targets": [row for row in draft["targets"] if row["kind"] == kind]}


def _targets_merged(jfq: Jfq, tmp_path: Path) -> tuple[dict[str, Any], Path]:
    """The draft of REPORT, its targets merged into a new data folder (the first review)."""
    draft = _drafted(jfq, tmp_path)
    data = tmp_path / "data"
    data.mkdir()
    first = _write(_kinds(draft, "target"), tmp_path / "targets-draft.yaml")
    assert jfq("merge", str(first), "--data-dir", str(data)).code == 0
    stored = yaml.safe_load((data / "sources" / "report.yaml").read_text(encoding="utf-8"))
    assert [p["text"] for p in stored["passages"]] == [TARGETS]  # the first review's only
    return draft, data


def _merge_results(jfq: Jfq, tmp_path: Path, draft: dict[str, Any], data: Path) -> Any:
    second = _write(_kinds(draft, "actual"), tmp_path / "results-draft.yaml")
    return jfq("merge", str(second), "--data-dir", str(data), "-f", "json")


def _merge_targets_then_results(jfq: Jfq, tmp_path: Path) -> tuple[Path, Any]:
    draft, data = _targets_merged(jfq, tmp_path)
    return data, _merge_results(jfq, tmp_path, draft, data)


def test_a_second_review_adds_its_passages_to_the_stored_document(jfq: Jfq, tmp_path: Path) -> None:
    data, run = _merge_targets_then_results(jfq, tmp_path)
    assert run.code == 0, run.stdout + run.stderr
    report = json.loads(run.stdout)
    assert report["conflicts"] == []
    assert report["passages"] == {"report": 1}
    assert report["documents"] == []  # (none new: the stored one gained a passage)
    stored = yaml.safe_load((data / "sources" / "report.yaml").read_text(encoding="utf-8"))
    # in the order of their offsets: the review (at 16) comes before the targets (at 71)
    assert [(p["at"], p["text"]) for p in stored["passages"]] == [(16, REVIEW), (71, TARGETS)]
    assert jfq("validate", "--data-dir", str(data)).code == 0
    table = json.loads(jfq("targets", "-y", "2023", "-r", "示例县", "-f", "json",
                           "--data-dir", str(data)).stdout)  # fmt: skip
    assert ("地区生产总值", 120.5, "亿元") in [(r["name"], r["value"], r["unit"]) for r in table]


def test_the_stored_documents_comments_stay_where_a_person_wrote_them(
    jfq: Jfq, tmp_path: Path
) -> None:
    draft, data = _targets_merged(jfq, tmp_path)
    path = data / "sources" / "report.yaml"
    text = path.read_text(encoding="utf-8")
    commented = text.replace("passages:\n", "passages:  # checked against the printed copy\n")
    commented = commented.replace("  - at: 71", "  # the year's targets\n  - at: 71")
    commented += "# read again on 2026-12-06\n"
    path.write_text(commented, encoding="utf-8")
    assert _merge_results(jfq, tmp_path, draft, data).code == 0
    after = path.read_text(encoding="utf-8")
    assert "passages:  # checked against the printed copy\n" in after
    assert after.endswith("# read again on 2026-12-06\n")
    # (the passage at 16 goes above the comment over the one at 71: it stays with its own)
    assert after.index(REVIEW) < after.index("# the year's targets\n  - at: 71")
    assert jfq("validate", "--data-dir", str(data)).code == 0


@pytest.mark.parametrize(
    "layout",
    [
        # a dash on its own line, the item's mapping under it (YAML allows it; validate too)
        lambda text: text.replace("  - at: 71\n    text:", "  -\n    at: 71\n    text:"),
        # the whole file in YAML's flow style, which begins as JSON does
        lambda text: yaml.safe_dump(
            yaml.safe_load(text), allow_unicode=True, default_flow_style=True
        ),
    ],
    ids=["dash-alone", "flow-style"],
)
def test_a_stored_file_in_another_layout_gains_its_passage_or_is_left_as_it_was(
    jfq: Jfq, tmp_path: Path, layout: Any
) -> None:
    # The dash alone had the passage written between the dash and its item (every run after
    # said "key 'at' is given twice"), and the flow style crashed merge (exit 70).
    draft, data = _targets_merged(jfq, tmp_path)
    path = data / "sources" / "report.yaml"
    path.write_text(layout(path.read_text(encoding="utf-8")), encoding="utf-8")
    assert jfq("validate", "--data-dir", str(data)).code == 0
    before = path.read_text(encoding="utf-8")
    run = _merge_results(jfq, tmp_path, draft, data)
    assert run.code in (0, 3), run.stdout + run.stderr  # (written, or refused: no crash)
    if run.code == 0:
        stored = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert [p["at"] for p in stored["passages"]] == [16, 71]
    else:
        assert "block list" in run.stdout + run.stderr
        assert path.read_text(encoding="utf-8") == before
    assert jfq("validate", "--data-dir", str(data)).code == 0


def test_a_passage_that_differs_from_the_stored_text_is_a_conflict(
    jfq: Jfq, tmp_path: Path
) -> None:
    draft, data = _targets_merged(jfq, tmp_path)
    path = data / "sources" / "report.yaml"
    before = path.read_text(encoding="utf-8")
    # The reviewer's copy of the review overlaps the stored targets paragraph, and says
    # another thing where the two meet: the two copies disagree, and neither wins.
    results = _kinds(draft, "actual")
    (passage,) = [p for p in results["documents"][0]["passages"] if p["at"] == 16]
    passage["text"] = REVIEW + "\n\n今年经济社会发展的主要预期目标是:地区生产总值增长7%左右"
    run = jfq("merge", str(_write(results, tmp_path / "b.yaml")), "--data-dir", str(data),
              "-f", "json")  # fmt: skip
    # (as the README says: the document gains none of the draft's passages, its rows then
    # fail validate's check of their quotes, and nothing is written)
    assert run.code == 3
    report = json.loads(run.stdout)
    assert [c for c in report["conflicts"] if c.startswith("document report:")] == [
        "document report: passages at 16: the stored passage at 71 says another thing where "
        "the two meet"
    ]
    assert report["problems"] and not report["written"]
    assert all("quote not in the passages" in p["message"] for p in report["problems"])
    assert path.read_text(encoding="utf-8") == before


def _document(*passages: tuple[int, str]) -> dict[str, Any]:
    header = {"id": "report", "title": "示例县2024年政府工作报告", "en": "a report"}
    return {**header, "date": "2024", "region": "示例县",
            "passages": [{"at": at, "text": text} for at, text in passages]}  # fmt: skip


def _citing(quote: str) -> dict[str, Any]:
    return {"sources": [{"quote": quote, "doc": "report"}]}


def test_a_passage_the_stored_one_holds_whole_adds_nothing() -> None:
    stored = _document((16, REVIEW))
    inside = REVIEW[5:20]  # the draft's passage is a window of the stored paragraph
    drafted = _document((21, inside))
    got = new_documents([stored], [drafted], [_citing(inside)], extendable={"report"})
    assert (got.added, got.passages, got.conflicts, got.unchanged) == ([], {}, [], 1)


def test_a_document_kept_in_glossary_yaml_gains_no_passage_but_says_so() -> None:
    # (glossary.yaml's own documents, from before sources/: a merge writes no passage there)
    stored, drafted = _document((71, TARGETS)), _document((16, REVIEW), (71, TARGETS))
    got = new_documents([stored], [drafted], [_citing(REVIEW), _citing(TARGETS)], extendable=set())
    assert got.passages == {}
    assert got.conflicts == [
        f"document report: passages at 16: stored as nothing, the draft says {REVIEW!r}"
    ]
