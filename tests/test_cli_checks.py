"""jfq validate and jfq mentions end to end."""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import yaml
from conftest import ROOT, Run, copy_data, without_sources

Jfq = Callable[..., Run]
MINI = Path(__file__).parent / "fixtures" / "mini"


def test_validate_the_bundled_data(jfq: Jfq) -> None:
    # Every quote is checked against its document's passages in sources/, and counted.
    glossary = yaml.safe_load((ROOT / "glossary.yaml").read_text(encoding="utf-8"))
    targets = yaml.safe_load((ROOT / "targets.yaml").read_text(encoding="utf-8"))
    sources = [s for item in glossary["terms"] + targets["targets"] for s in item["sources"]]
    sources += [s for region in targets["regions"] for s in region.get("sources", [])]  # codes
    documents = {s["doc"] for s in sources}
    assert documents == {path.stem for path in (ROOT / "sources").glob("*.yaml")}
    run = jfq("validate")
    assert run.code == 0
    summary = " ".join(run.stdout.split())
    assert summary.endswith(
        f"{len(glossary['terms'])} entries, {len(targets['targets'])} target rows; "
        f"{len(sources)} quotes checked against {len(documents)} documents (sources/): "
        "no errors, 1 note"
    )
    report = json.loads(jfq("validate", "-f", "json").stdout)
    assert (report["quotes"], report["documents"]) == (len(sources), len(documents))


def test_validate_against_the_full_texts(jfq: Jfq, corpus: Path) -> None:
    run = jfq("validate", "--corpus", str(corpus), "-f", "json")
    report = json.loads(run.stdout)
    assert (run.code, report["errors"], report["corpus"]) == (0, 0, str(corpus))
    assert [p["severity"] for p in report["problems"]] == ["note"]


def test_validate_reports_a_quote_not_in_its_passages(jfq: Jfq, tmp_path: Path) -> None:
    data = copy_data(tmp_path / "data")
    glossary = data / "glossary.yaml"
    glossary.write_text(glossary.read_text(encoding="utf-8").replace(
        "深入实施“三零”创建", "深入实施“三零”的创建"), encoding="utf-8")  # fmt: skip
    report = json.loads(jfq("validate", "--data-dir", str(data), "-f", "json").stdout)
    (problem,) = [p for p in report["problems"] if p["severity"] == "error"]
    assert (problem["where"], problem["message"]) == (
        "terms[7] 三零",
        "quote not in the passages of sources/004_bddc84386e9e697e.yaml: "
        "'深入实施“三零”的创建,加强矛盾纠纷排查,化解信访积案98件'",
    )


def test_validate_reports_a_document_with_no_sources_file(jfq: Jfq, tmp_path: Path) -> None:
    data = copy_data(tmp_path / "data")
    (data / "sources" / "web-kankanews-1.yaml").unlink()
    run = jfq("validate", "--data-dir", str(data))
    assert run.code == 3
    errors = [line for line in run.stdout.splitlines() if line.startswith("error: ")]
    assert any("source doc 'web-kankanews-1' is not a document" in line for line in errors)


def test_validate_reports_a_changed_quote(jfq: Jfq, tmp_path: Path, corpus: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    glossary = data / "glossary.yaml"
    glossary.write_text(glossary.read_text(encoding="utf-8").replace(
        "坚持“六稳”“六保”主线", "坚持“六稳”“六保”的主线"), encoding="utf-8")  # fmt: skip
    run = jfq("validate", "--corpus", str(corpus), "--data-dir", str(data))
    assert run.code == 3
    assert run.stdout.splitlines()[-1].endswith(": 1 error")
    report = json.loads(jfq("validate", "--corpus", str(corpus), "--data-dir", str(data),
                            "-f", "json").stdout)  # fmt: skip
    (problem,) = report["problems"]
    assert (problem["where"], problem["message"]) == (
        "terms[2] 六稳六保",
        "quote not verbatim in 004_bddc84386e9e697e: '坚持“六稳”“六保”的主线'",
    )
    # The line is that of the source item which holds the quote.
    lines = glossary.read_text(encoding="utf-8").splitlines()
    quote_line = next(n for n, line in enumerate(lines, 1) if "“六保”的主线" in line)
    item_line = max(n for n in range(1, quote_line + 1) if lines[n - 1].lstrip().startswith("- "))
    assert problem["line"] == item_line


def test_validate_reports_broken_rules(jfq: Jfq, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    glossary = data / "glossary.yaml"
    text = glossary.read_text(encoding="utf-8")
    alias_line = next(n for n, line in enumerate(text.splitlines(), 1) if line.strip() == "- 六保")
    glossary.write_text(text.replace("- 六保", "- 三零创建"), encoding="utf-8")
    run = jfq("validate", "--data-dir", str(data), "-f", "csv")
    assert run.code == 3
    (row,) = [row for row in csv.reader(io.StringIO(run.stdout)) if "三零创建" in row[-1]]
    assert row == [
        "error",
        "glossary.yaml",
        str(alias_line),
        "terms[2] 六稳六保",
        "'三零创建' is also a name or alias of '三零'",
    ]


def test_validate_with_a_missing_corpus(jfq: Jfq, tmp_path: Path) -> None:
    run = jfq("validate", "--corpus", str(tmp_path / "none"))
    assert (run.code, run.stderr) == (
        2,
        f"jfq: {tmp_path / 'none'}: not a folder (given by --corpus)\n",
    )


def test_mentions_of_an_entry_use_all_its_spellings(jfq: Jfq, full_seeds: Path) -> None:
    found = json.loads(jfq("mentions", "334", "--corpus", str(full_seeds), "-f", "json").stdout)
    assert found["term"] == "334楼院协商治理模式"
    places = [(m["doc"][:3], m["line"]) for m in found["mentions"]]
    assert places == [("001", 189), ("004", 54), ("004", 62), ("004", 80), ("004", 98)]
    assert all(m["spelling"] in ("334", "334楼院协商治理模式") for m in found["mentions"])


def test_mentions_of_plain_text(jfq: Jfq, seeds: Path) -> None:
    run = jfq("mentions", "智慧楼宇", "--corpus", str(seeds))
    assert run.code == 0
    assert run.stdout.splitlines()[0].startswith("智慧楼宇  3 mentions in ")
    missing = jfq("mentions", "xyzzy", "--corpus", str(seeds))
    assert missing.code == 1 and missing.stderr.startswith("jfq: 'xyzzy' does not occur in ")


def test_mentions_text_shows_line_and_context(
    jfq: Jfq, full_seeds: Path, golden: Callable[[str, str], None]
) -> None:
    output = jfq("mentions", "三零", "--corpus", str(full_seeds)).stdout
    golden("mentions_sanling.txt", output.replace(str(full_seeds), "<seeds>"))


def test_validate_names_each_missing_document_once(jfq: Jfq, tmp_path: Path, corpus: Path) -> None:
    # Data written before sources/ (its documents in glossary.yaml, no passages) and one of
    # the texts (one the data does not cite): validate once printed a line per quote it
    # could not check (582 lines); now one per document with no text, and a summary.
    legacy = without_sources(MINI, tmp_path / "legacy")
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(corpus / "000_59a781d6f6ab856a.txt", folder)
    run = jfq("validate", "--corpus", str(folder), "--data-dir", str(legacy))
    assert run.code == 3
    errors = [line for line in run.stdout.splitlines() if line.startswith("error: ")]
    missing = ["001_c84d16bfa9c2ec5e", "004_bddc84386e9e697e"]  # the two that mini cites
    assert [line.split(": ")[2] for line in errors] == missing
    assert [line.split("(")[-1] for line in errors] == [
        "2 quotes unchecked)",
        "7 quotes unchecked)",
    ]
    assert "2 errors (2 documents with no text)" in " ".join(run.stdout.split())
    report = json.loads(jfq("validate", "--corpus", str(folder), "--data-dir", str(legacy),
                            "-f", "json").stdout)  # fmt: skip
    assert report["missing_documents"] == missing
