"""Reading texts, the faults of stop 43's review: a UTF-8 byte-order mark before a text in
another encoding, and the stray files of a --corpus folder.  The report is
test_reading_reports' REPORT (a review's results, then the year's targets)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from conftest import without_sources
from test_reading_reports import REPORT, TARGETS, drafted, figures

Jfq = Any
BOM = b"\xef\xbb\xbf"


# -- 1. a byte-order mark is measured as any text is ----------------------------------------


def test_a_gbk_text_behind_a_utf8_mark_is_read_as_gbk(jfq: Jfq, tmp_path: Path) -> None:
    # It was read "as utf-8 (with BOM)", 116 bytes as \ufffd, rows named ���� (exit 0).
    path = tmp_path / "report.txt"
    path.write_bytes(BOM + REPORT.encode("gbk"))
    run, draft = drafted(jfq, path)
    assert run.code == 0, run
    assert figures(draft, "target") == TARGETS
    read = draft["read"][0]
    assert read["encoding"] == "gb18030"
    assert "\ufffd" not in run.stdout
    assert any("byte-order mark" in note for note in read["notes"]), read["notes"]


def test_a_big5_text_behind_a_utf8_mark_is_refused(jfq: Jfq, tmp_path: Path) -> None:
    big5 = "2025年焦作市解放區政府工作報告\n地區生產總值增長6%左右;一般公共預算收入增長5%。\n"
    path = tmp_path / "big5.txt"
    path.write_bytes(BOM + big5.encode("big5"))
    run, draft = drafted(jfq, path, "-r", "解放区", "-y", "2025")
    assert run.code == 2, run
    assert run.stderr.startswith(f"jfq: {path}: not a text in an encoding jfq reads")
    assert "targets" not in draft


def test_a_utf8_text_with_its_mark_still_reads_as_utf8(jfq: Jfq, tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(BOM + REPORT.encode())
    run, draft = drafted(jfq, path)
    assert run.code == 0, run
    assert figures(draft, "target") == TARGETS
    assert draft["read"][0]["encoding"] == "utf-8 (with BOM)"


# -- 2. a --corpus folder's stray files --------------------------------------------------------

MINI = Path(__file__).parent / "fixtures" / "mini"
NOTE = b"Notes on these texts. Copyright \xa9 2025\n"  # English, and a Latin-1 (c)
BIG5 = "2025年焦作市解放區政府工作報告\n地區生產總值增長6%左右。\n".encode("big5")


def test_a_mostly_ascii_text_with_a_stray_byte_reads_as_utf8() -> None:
    # "1 of its 1 bytes past ASCII do not decode": no share of one byte is 5%.
    from jfq.data.encodings import decoded

    text, encoding, notes = decoded(NOTE, "note.txt")
    assert (text, encoding) == ("Notes on these texts. Copyright \ufffd 2025\n", "utf-8")
    assert notes == ["1 byte that is not utf-8 read as \ufffd, on line 1; the rest is utf-8"]


def test_mentions_reads_a_folder_past_a_text_it_cannot_read(jfq: Jfq, tmp_path: Path) -> None:
    # One stray file failed the folder: exit 2, no mention found (the version before ran).
    corpus = tmp_path / "corp"
    corpus.mkdir()
    (corpus / "a_report.txt").write_bytes(REPORT.encode())
    (corpus / "b_note.txt").write_bytes(NOTE)
    (corpus / "c_big5.txt").write_bytes(BIG5)
    run = jfq("mentions", "地区生产总值", "--corpus", str(corpus), "-f", "json")
    assert run.code == 0, run
    assert [(m["doc"], m["line"]) for m in json.loads(run.stdout)["mentions"]] == [
        ("a_report", 5), ("a_report", 7)]  # fmt: skip
    assert run.stderr.startswith(
        f"jfq: skipped {corpus / 'c_big5.txt'}: not a text in an encoding jfq reads: "
    )
    assert len(run.stderr.splitlines()) == 1  # (the note reads, as UTF-8)


def test_a_folder_of_texts_none_of_which_reads_is_refused(jfq: Jfq, tmp_path: Path) -> None:
    corpus = tmp_path / "corp"
    corpus.mkdir()
    (corpus / "c_big5.txt").write_bytes(BIG5)
    run = jfq("mentions", "地区生产总值", "--corpus", str(corpus))
    assert run.code == 2
    assert run.stderr.startswith(f"jfq: {corpus}: none of its 1 texts could be read\n")
    assert f"  {corpus / 'c_big5.txt'}: not a text in an encoding jfq reads" in run.stderr


def _mini_corpus(tmp_path: Path, corpus: Path) -> Path:
    """A folder of texts for the mini data: 004's readable, 001's in Big5, two stray files."""
    folder = tmp_path / "corp"
    folder.mkdir()
    shutil.copy(corpus / "004_bddc84386e9e697e.txt", folder)
    (folder / "001_c84d16bfa9c2ec5e.txt").write_bytes(BIG5)
    (folder / "b_note.txt").write_bytes(NOTE)
    (folder / "c_big5.txt").write_bytes(BIG5)
    return folder


def test_validate_checks_no_quote_against_a_text_it_could_not_read(
    jfq: Jfq, tmp_path: Path, corpus: Path
) -> None:
    folder = _mini_corpus(tmp_path, corpus)
    run = jfq("validate", "--corpus", str(folder), "--data-dir", str(MINI), "-f", "json")
    assert run.code == 0, run
    report = json.loads(run.stdout)
    notes = [(p["severity"], p["file"], p["where"], p["message"]) for p in report["problems"]]
    unread = "not a text in an encoding jfq reads"
    assert [(s, f, w) for s, f, w, _ in notes] == [("note", str(folder), "not read")] * 2
    assert [m.split(": ")[0] for *_, m in notes] == [
        str(folder / "001_c84d16bfa9c2ec5e.txt"), str(folder / "c_big5.txt")]  # fmt: skip
    assert all(unread in m for *_, m in notes)
    # 001's quotes are checked against its passages in sources/ (the mini data has them)
    assert (report["quotes"], report["documents"], report["errors"]) == (9, 2, 0)


def test_validate_counts_a_cited_text_it_could_not_read_as_no_text(
    jfq: Jfq, tmp_path: Path, corpus: Path
) -> None:
    # The data without passages (before sources/): 001's only text is one no encoding reads.
    legacy = without_sources(MINI, tmp_path / "legacy")
    folder = _mini_corpus(tmp_path, corpus)
    run = jfq("validate", "--corpus", str(folder), "--data-dir", str(legacy), "-f", "json")
    assert run.code == 3, run
    report = json.loads(run.stdout)
    assert report["missing_documents"] == ["001_c84d16bfa9c2ec5e"]
    assert report["documents"] == 1  # 004, against its text


# -- 3. what the help says they read ---------------------------------------------------------


def test_the_help_names_every_encoding_jfq_reads(jfq: Jfq) -> None:
    # annotate's FILE and --corpus named UTF-8, GB18030 and UTF-16, not UTF-32 (the README did)
    for command in ("annotate", "validate", "mentions"):
        said = " ".join(jfq(command, "-h").stdout.split())
        assert "UTF-8, GB18030/GBK, UTF-16 or UTF-32" in said, (command, said)


def test_a_folder_none_of_whose_reports_reads_beside_one_that_does_is_noted(
    jfq: Jfq, tmp_path: Path
) -> None:
    # (as the README now says: only when no report of the folders reads does extract fail)
    good, bad = tmp_path / "good", tmp_path / "bad"
    good.mkdir()
    bad.mkdir()
    (good / "report.txt").write_bytes(REPORT.encode())
    (bad / "big5.txt").write_bytes(BIG5)
    run = jfq("extract", str(good), str(bad), "-f", "jsonl")
    assert run.code == 0, run
    assert [json.loads(line)["source"] for line in run.stdout.splitlines()] == [
        str(good / "report.txt")]  # fmt: skip
    assert f"jfq: skipped {bad / 'big5.txt'}: not a text in an encoding jfq reads" in run.stderr
