"""jfq source: a document of sources/, who cites it, and a quote marked in its passage."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, Run, copy_data

from jfq.data.model import Glossary, TargetTable
from jfq.data.quotes import parts
from jfq.documents import marked_in

Jfq = Callable[..., Run]
REPORT = "004_bddc84386e9e697e"


def cited(doc: str) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """Entries and rows quoting ``doc``, each with how many quotes: read from the files."""
    glossary = yaml.safe_load((ROOT / "glossary.yaml").read_text(encoding="utf-8"))
    targets = yaml.safe_load((ROOT / "targets.yaml").read_text(encoding="utf-8"))
    entries = [(t["term"], sum(s["doc"] == doc for s in t["sources"])) for t in glossary["terms"]]
    rows = [
        (f"{r['region']} {r['year']} {r['kind']} {r.get('key') or r['name']}",
         sum(s["doc"] == doc for s in r["sources"]))
        for r in targets["targets"]
    ]  # fmt: skip
    return [e for e in entries if e[1]], [r for r in rows if r[1]]


def test_the_metadata_and_who_cites_it(jfq: Jfq) -> None:
    run = jfq("source", REPORT, "-f", "json")
    assert run.code == 0, run
    shown = json.loads(run.stdout)
    stored = yaml.safe_load((ROOT / "sources" / f"{REPORT}.yaml").read_text(encoding="utf-8"))
    stated = {k: v for k, v in shown["document"].items() if v is not None}
    assert stated == {k: v for k, v in stored.items() if k != "passages"}
    assert shown["passages"] == len(stored["passages"])
    assert shown["characters"] == sum(len(p["text"]) for p in stored["passages"])
    entries, rows = cited(REPORT)
    assert [(c["name"], c["quotes"]) for c in shown["cited_by"]["entries"]] == entries
    assert [(c["name"], c["quotes"]) for c in shown["cited_by"]["rows"]] == rows


def test_the_short_id_the_screens_show(jfq: Jfq) -> None:
    assert "[004] 2022年焦作市解放区政府工作报告" in jfq("term", "三零").stdout
    text = jfq("source", "004").stdout
    assert text.startswith("[004] 2022年焦作市解放区政府工作报告  2022-06-01\n")
    entries, rows = cited(REPORT)
    summary = (f"Cited by {len(entries)} entries ({sum(n for _, n in entries)} quotes) and "
               f"{len(rows)} target rows ({sum(n for _, n in rows)} quotes)")  # fmt: skip
    assert summary in " ".join(text.split())
    stored = yaml.safe_load((ROOT / "sources" / f"{REPORT}.yaml").read_text(encoding="utf-8"))
    assert f"{len(stored['passages'])} passages (" in text


def test_around_marks_the_quote_in_its_passage(jfq: Jfq) -> None:
    run = jfq("source", "004", "--around", "零上访、零事故、零案件")
    assert run.code == 0
    assert run.stdout.splitlines()[1].strip() == "8.三零:【零上访、零事故、零案件】。"
    assert "sources/004_bddc84386e9e697e.yaml" in run.stdout
    markdown = jfq("source", "004", "--around", "零上访、零事故、零案件", "-f", "markdown").stdout
    assert "8.三零:**零上访、零事故、零案件**。" in markdown
    shown = json.loads(jfq("source", "004", "--around", "零事故", "-f", "json").stdout)
    (around,) = shown["around"]
    passage = around["passage"]
    start, end = around["marks"][0]
    assert passage["text"][start:end] == "零事故"
    full = (ROOT / "sources" / f"{REPORT}.yaml").read_text(encoding="utf-8")
    assert passage["text"] in full


def test_around_marks_each_part_of_a_quote_with_an_omission(jfq: Jfq) -> None:
    run = jfq("source", "004", "--around", "零上访…零案件")
    assert run.code == 0
    assert "【零上访】、零事故、【零案件】" in run.stdout


def test_around_is_bold_on_a_terminal(jfq: Jfq) -> None:
    run = jfq("source", "004", "--around", "零事故", env={"NO_COLOR": None, "FORCE_COLOR": "1"})
    assert "\x1b[1m零事故\x1b[0m" in run.stdout
    assert "【" not in run.stdout


def test_a_quote_not_in_the_passages(jfq: Jfq) -> None:
    run = jfq("source", "004", "--around", "零上访、零事故、零伤亡")
    assert (run.code, run.stdout) == (1, "")
    assert run.stderr.startswith("jfq: the quote is not in the passages of 004_bddc84386e9e697e")


@pytest.mark.parametrize(("query", "close"), [("04", "004"), ("web-china-9", "web-china-1")])
def test_an_unknown_id_names_the_closest(jfq: Jfq, query: str, close: str) -> None:
    run = jfq("source", query)
    assert run.code == 1
    assert run.stderr.startswith(f"jfq: no document {query!r}")
    assert close in run.stderr.splitlines()[1]
    shown = json.loads(jfq("source", query, "-f", "json").stdout)
    assert close in shown["suggestions"]


@pytest.mark.parametrize("fmt", ["text", "json", "yaml", "csv", "markdown"])
def test_every_format(jfq: Jfq, fmt: str) -> None:
    for args in (["national-2024-chinanews"], ["web-china-2", "--around", "四个意识"]):
        run = jfq("source", *args, "-f", fmt)
        assert run.code == 0 and run.stdout and run.stderr == "", (fmt, args, run)


def test_a_cited_document_without_its_file_is_a_broken_folder(jfq: Jfq, tmp_path: Path) -> None:
    data = copy_data(tmp_path / "data")
    assert jfq("source", "web-scut-1", "--data-dir", str(data)).code == 0
    (data / "sources" / "web-scut-1.yaml").unlink()
    run = jfq("source", "web-people-1", "--data-dir", str(data))
    assert run.code == 3
    assert "source doc 'web-scut-1' is not a document" in run.stderr


def test_a_url_is_one_line_however_narrow_the_screen(jfq: Jfq) -> None:
    """A URL cut across two lines cannot be copied: it was wrapped at the screen's width."""
    url = "https://quyushuju.com/forum.php?extra=page%3D1&mod=viewthread&tid=68878"
    text = jfq("source", "004", env={"COLUMNS": "60"}).stdout
    assert f"  url         {url}\n" in text


def test_every_quote_of_the_data_is_shown_around(data_files: tuple[Glossary, TargetTable]) -> None:
    """--around refused 135 of the data's quotes: a heading and its line joined by '…' lie
    in two passages, which validate accepts and --around looked for in one."""
    glossary, table = data_files
    documents = {d.id: d for d in glossary.documents}
    cited = [s for item in [*glossary.terms, *table.targets, *table.regions] for s in item.sources]
    for source in cited:
        assert source.doc is not None
        marked = marked_in(documents[source.doc], source.quote)
        shown = [m.passage.text[a:b] for m in marked for a, b in m.marks]
        assert "…".join(shown) == "…".join(parts(source.quote)), source.quote


def test_around_names_no_quote(jfq: Jfq) -> None:
    run = jfq("source", "004", "--around", "…")
    assert (run.code, run.stdout) == (2, "")
    assert run.stderr.startswith("jfq: --around needs the words of a quote\n")


def test_an_unknown_id_is_not_repeated_whole(jfq: Jfq) -> None:
    run = jfq("source", "x" * 5000)
    assert run.code == 1 and len(run.stderr) < 400


def test_around_finds_a_quote_a_line_break_cuts() -> None:
    # stop 43's fault hunt: a passage from a PDF's copy breaks its lines mid-word
    # (规模以上工业增加值增⏎长8.5%以上); `source --around 增长8.5%以上` said it was not there,
    # while `search` found it.
    from jfq.data.model import Document, Passage

    text = (
        "2022年经济社会发展的预期目标是:规模以上工业增加值增\n"
        "    长8.5%以上;固定资产投资增长10%以上。"
    )
    passages = [Passage(at=40, text=text)]
    document = Document(id="wrapped", title="示例区2022年政府工作报告", en="a report",
                        date="2022", region="示例区", passages=passages)  # fmt: skip
    (marked,) = marked_in(document, "规模以上工业增加值增长8.5%以上")
    ((start, end),) = marked.marks
    assert text[start:end] == "规模以上工业增加值增\n    长8.5%以上"
    with pytest.raises(Exception, match="not in the passages"):
        marked_in(document, "规模以上工业增加值增长9%以上")  # (a figure not stated is no find)
