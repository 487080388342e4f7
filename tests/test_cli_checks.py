"""jfq validate and jfq mentions end to end."""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Callable
from pathlib import Path

from conftest import Run

Jfq = Callable[..., Run]
MINI = Path(__file__).parent / "fixtures" / "mini"


def test_validate_the_bundled_data(jfq: Jfq) -> None:
    run = jfq("validate")
    assert run.code == 0
    assert run.stdout.splitlines()[-1].startswith("193 entries, 223 target rows: no errors, 1 note")


def test_validate_against_the_seeds(jfq: Jfq, seeds: Path) -> None:
    run = jfq("validate", "--corpus", str(seeds), "-f", "json")
    report = json.loads(run.stdout)
    assert (run.code, report["errors"], report["corpus"]) == (0, 0, str(seeds))
    assert [p["severity"] for p in report["problems"]] == ["note"]


def test_validate_reports_a_changed_quote(jfq: Jfq, tmp_path: Path, seeds: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    glossary = data / "glossary.yaml"
    glossary.write_text(glossary.read_text(encoding="utf-8").replace(
        "坚持“六稳”“六保”主线", "坚持“六稳”“六保”的主线"), encoding="utf-8")  # fmt: skip
    run = jfq("validate", "--corpus", str(seeds), "--data-dir", str(data))
    assert run.code == 3
    assert run.stdout.splitlines()[-1].endswith(": 1 error")
    report = json.loads(jfq("validate", "--corpus", str(seeds), "--data-dir", str(data),
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


def test_mentions_of_an_entry_use_all_its_spellings(jfq: Jfq, seeds: Path) -> None:
    found = json.loads(jfq("mentions", "334", "--corpus", str(seeds), "-f", "json").stdout)
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
    jfq: Jfq, seeds: Path, golden: Callable[[str, str], None]
) -> None:
    output = jfq("mentions", "三零", "--corpus", str(seeds)).stdout
    golden("mentions_sanling.txt", output.replace(str(seeds), "<seeds>"))


def test_validate_names_each_missing_document_once(jfq: Jfq, tmp_path: Path, seeds: Path) -> None:
    # With only one of the five documents in the folder, validate printed 582 lines, one
    # per quote it could not check; now one per missing document, and a summary.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(seeds / "000_59a781d6f6ab856a.txt", corpus)
    run = jfq("validate", "--corpus", str(corpus))
    assert run.code == 3
    errors = [line for line in run.stdout.splitlines() if line.startswith("error: ")]
    missing = ["001_c84d16bfa9c2ec5e", "002_9c6a4ed528f1d3ce", "003_e44daa3c93eabb5b",
               "004_bddc84386e9e697e"]  # fmt: skip
    assert [line.split(": ")[2] for line in errors] == missing
    assert all(line.endswith("quotes unchecked)") for line in errors)
    assert "4 errors (4 documents not in the corpus), 1 note" in " ".join(run.stdout.split())
    report = json.loads(jfq("validate", "--corpus", str(corpus), "-f", "json").stdout)
    assert report["missing_documents"] == missing
