"""Reading a report's file: its encoding, its line ends, the folder it is in, its name.

The faults of stop 43's hunt (input): a UTF-8 report with one stray byte was read whole as
GB18030 and drafted as mojibake beside real figures; Big5 and UTF-32 were read as garbage;
a classic-Mac report lost nearly every row; a closed stderr cost the draft; a Chinese file
name and two files of one name gave ids merge refused; a folder was read all or nothing.
The report is a short one, of the genre (a review's results, then the year's targets).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

Jfq = Any

REPORT = (
    "2025年焦作市解放区政府工作报告\n"
    "——2025年1月12日在解放区第十五届人民代表大会第五次会议上\n"
    "各位代表:\n"
    "一、2024年工作回顾\n"
    "2024年,全区地区生产总值完成212.0亿元,增长6.2%;一般公共预算收入完成16.1亿元,增长5.9%;"
    "固定资产投资下降3.0%;社会消费品零售总额增长6.5%。\n"
    "二、2025年主要预期目标\n"
    "2025年经济社会发展的主要预期目标是:地区生产总值增长6%左右;一般公共预算收入增长5%;"
    "固定资产投资增长5%以上;社会消费品零售总额增长6%;粮食产量稳定在1.2亿斤以上。\n"
)  # 7 lines
# The targets as a reader reads them in REPORT's last line, and the results in its fifth.
TARGETS = [("地区生产总值", 6.0), ("一般公共预算收入", 5.0), ("固定资产投资", 5.0),
           ("社会消费品零售总额", 6.0), ("粮食产量", 1.2)]  # fmt: skip
RESULTS = [("地区生产总值", 212.0), ("地区生产总值", 6.2), ("一般公共预算收入", 16.1),
           ("一般公共预算收入", 5.9), ("固定资产投资", 3.0),
           ("社会消费品零售总额", 6.5)]  # fmt: skip


def drafted(jfq: Jfq, path: Path, *options: str) -> tuple[Any, dict[str, Any]]:
    run = jfq("extract", str(path), "-f", "json", *options)
    return run, (json.loads(run.stdout) if run.stdout else {})


def figures(draft: dict[str, Any], kind: str) -> list[tuple[str, float]]:
    return [(t["name"], t["value"]) for t in draft["targets"] if t["kind"] == kind]


def read_as_the_utf8_report(jfq: Jfq, path: Path) -> dict[str, Any]:
    """The draft of ``path``, which must have the rows that REPORT states."""
    run, draft = drafted(jfq, path)
    assert run.code == 0, run
    assert figures(draft, "target") == TARGETS
    assert sorted(figures(draft, "actual")) == sorted(RESULTS)
    return draft


def test_the_report_reads_as_written(jfq: Jfq, tmp_path: Path) -> None:
    # (what the other tests compare with: REPORT's rows, as TARGETS and RESULTS list them)
    path = tmp_path / "report.txt"
    path.write_bytes(REPORT.encode("utf-8"))
    draft = read_as_the_utf8_report(jfq, path)
    assert draft["read"][0]["encoding"] == "utf-8"


# -- 1. an encoding decided by measuring ---------------------------------------------------


@pytest.mark.parametrize(
    ("damaged", "count", "line"),
    [(REPORT.encode() + b"Copyright \xa9 2025\n", "1 byte that is", 8),  # a Latin-1 (c)
     (REPORT.encode() + "（完）".encode()[:-1], "2 bytes that are", 8)],  # cut inside ）
)  # fmt: skip
def test_a_utf8_report_with_a_few_bad_bytes_is_read_as_utf8(
    jfq: Jfq, tmp_path: Path, damaged: bytes, count: str, line: int
) -> None:
    # It was read whole as GB18030: "names no year", or with -y, mojibake names (涓�鑸…).
    path = tmp_path / "report.txt"
    path.write_bytes(damaged)
    draft = read_as_the_utf8_report(jfq, path)
    read = draft["read"][0]
    assert read["encoding"] == "utf-8"
    assert f"{count} not utf-8 read as \ufffd, on line {line}; the rest is utf-8" in read["notes"]


def test_a_text_no_encoding_reads_is_refused_with_what_was_tried(jfq: Jfq, tmp_path: Path) -> None:
    # Big5 decodes in GB18030 without an error, as rare characters: 18 garbage rows, exit 0.
    big5 = ("2025年焦作市解放區政府工作報告\n二、2025年主要預期目標\n2025年經濟社會發展的"
            "主要預期目標是:地區生產總值增長6%左右;一般公共預算收入增長5%;"
            "固定資產投資增長5%以上。\n")  # fmt: skip
    path = tmp_path / "big5.txt"
    path.write_bytes(big5.encode("big5"))
    run, draft = drafted(jfq, path, "-r", "解放区", "-y", "2025")
    assert run.code == 2, run
    message, hint = run.stderr.splitlines()
    assert message.startswith(f"jfq: {path}: not a text in an encoding jfq reads: as UTF-8, ")
    assert "as GB18030, " in message
    assert hint == "  it reads as Big5: convert it first: iconv -f BIG5 -t UTF-8 FILE > report.txt"
    assert draft["error"]["kind"] == "usage" and "targets" not in draft


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [(REPORT.encode("utf-32"), "utf-32"), (REPORT.encode("utf-16"), "utf-16"),
     (REPORT.encode("utf-16-le"), "utf-16-le (no BOM)"),  # was "binary data (NUL bytes)"
     (REPORT.encode("utf-16-be"), "utf-16-be (no BOM)"),
     (REPORT.encode("gb18030"), "gb18030")],
)  # fmt: skip
def test_wide_encodings_and_gb18030_read_as_the_utf8_report(
    jfq: Jfq, tmp_path: Path, encoded: bytes, encoding: str
) -> None:
    # UTF-32 was read as UTF-16 (a title full of \x00); UTF-16 without its byte-order mark
    # was refused as binary data, though its NULs stand beside ASCII, every other byte.
    path = tmp_path / "report.txt"
    path.write_bytes(encoded)
    assert read_as_the_utf8_report(jfq, path)["read"][0]["encoding"] == encoding


def test_utf16_without_its_mark_from_standard_input() -> None:
    done = subprocess.run([sys.executable, "-m", "jfq", "extract", "-", "-f", "json"],
                          input=REPORT.encode("utf-16-le"), capture_output=True, timeout=60,
                          check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr.decode()
    draft = json.loads(done.stdout)
    assert figures(draft, "target") == TARGETS
    assert draft["read"][0]["encoding"] == "utf-16-le (no BOM)"


def test_annotate_reads_a_utf8_text_with_a_stray_byte_as_utf8(jfq: Jfq, tmp_path: Path) -> None:
    # it "used 4 terms" of the mojibake, where the clean text uses 101
    path = tmp_path / "text.txt"
    path.write_bytes("深化“三零”创建。\n发展三室经济。\n".encode() + b"\xa9 2023\n")
    run = jfq("annotate", str(path), "-f", "json")
    assert run.code == 0, run
    result = json.loads(run.stdout)
    assert result["encoding"] == "utf-8"
    assert [t["term"] for t in result["terms"]] == ["三零", "三室经济"]
    assert run.stderr == (f"jfq: read {path} as utf-8: 1 byte that is not utf-8 read as "
                          "\ufffd, on line 3; the rest is utf-8\n")  # fmt: skip


# -- 2. line ends -----------------------------------------------------------------------------


@pytest.mark.parametrize("line_end", ["\r", "\u2028", "\u2029", "\r\n"])
def test_every_line_end_reads_as_lf_does(jfq: Jfq, tmp_path: Path, line_end: str) -> None:
    # CR alone (classic Mac OS) was no line end: 6 rows of a report's 132, and a glossary
    # entry whose definition was the whole report.  U+2028 and U+2029 did the same.
    (tmp_path / "lf").mkdir()
    (tmp_path / "lf" / "report.txt").write_bytes(REPORT.encode())
    lf = read_as_the_utf8_report(jfq, tmp_path / "lf" / "report.txt")
    written = REPORT.replace("\n", line_end)
    path = tmp_path / "report.txt"
    path.write_bytes(written.encode())
    draft = read_as_the_utf8_report(jfq, path)
    if line_end == "\r\n":  # (the grammar knows CRLF: its offsets count each CR)
        assert draft["read"][0]["notes"] == lf["read"][0]["notes"]
    else:  # one character for one: the rows, quotes and offsets of the LF text
        assert draft["targets"] == lf["targets"]
        assert draft["documents"][0]["passages"] == lf["documents"][0]["passages"]
        name = {"\r": "CR alone", "\u2028": "U+2028", "\u2029": "U+2029"}[line_end]
        assert draft["read"][0]["notes"][0] == (
            f"7 line ends ({name}) read as line breaks: quoted as \\n, at the file's own offsets"
        )
    for row in draft["targets"]:  # each quote where its offsets say, in the file's text
        source = row["sources"][0]
        cut = written[source["start"] : source["end"]]
        assert cut.replace(line_end, "\n") == source["quote"].replace(line_end, "\n")


# -- 7. what a file is, said as it is ------------------------------------------------------------


def test_an_rtf_file_is_refused_as_what_it_is(jfq: Jfq, tmp_path: Path) -> None:
    # It was "a draft (YAML or JSON) … jfq merge report.rtf", which then gave a YAML error.
    path = tmp_path / "report.rtf"
    path.write_text("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0 SimSun;}}\\f0 2024"
                    "\\u24180?\\u35299?\\par}\n", encoding="ascii")  # fmt: skip
    run = jfq("extract", str(path))
    assert run.code == 2
    assert run.stderr.splitlines() == [
        f"jfq: {path}: an RTF document, not a text",
        "  save it as plain text (.txt, UTF-8) first: textutil -convert txt, or soffice "
        "--headless --convert-to txt",
    ]


_BLANK = "it holds no text, only white space"


@pytest.mark.parametrize(("content", "said"), [(b"", "it is empty"), (b" \n\r\n\t\n", _BLANK),
                                               ("\u3000\n".encode("utf-16"), _BLANK)])  # fmt: skip
def test_an_empty_text_is_refused(jfq: Jfq, tmp_path: Path, content: bytes, said: str) -> None:
    # It was "the text names no region"; with -r and -y an "untitled" document was drafted,
    # and merge added sources/empty.yaml.
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    for options in ([], ["-r", "解放区", "-y", "2025"]):
        run, draft = drafted(jfq, path, *options)
        assert run.code == 2, run
        assert run.stderr == f"jfq: {path}: {said}\n"
        assert "documents" not in draft
    stdin = subprocess.run([sys.executable, "-m", "jfq", "extract", "-", "-r", "解放区"],
                           input=content, capture_output=True, timeout=60, check=False)  # fmt: skip
    assert (stdin.returncode, stdin.stderr.decode().splitlines()[0]) == (
        2, f"jfq: standard input: {said}")  # fmt: skip


# -- 3. a note that cannot be said costs nothing ------------------------------------------------


def test_a_closed_stderr_never_costs_the_draft(tmp_path: Path) -> None:
    # Nobody reads stderr (jfq extract r.txt 2>&1 >draft.yaml | head -1, once head is gone):
    # the first note raised EPIPE, click exited 1 and the draft was never written.
    path = tmp_path / "report.txt"
    path.write_bytes(REPORT.encode())
    read, write = os.pipe()
    os.close(read)
    try:
        command = [sys.executable, "-m", "jfq", "extract", str(path), "-f", "json"]
        done = subprocess.run(command, stdout=subprocess.PIPE, stderr=write, timeout=60,
                              check=False)  # fmt: skip
    finally:
        os.close(write)
    assert done.returncode == 0
    assert figures(json.loads(done.stdout), "target") == TARGETS


# -- 4, 5. the document ids a draft gives ------------------------------------------------------

ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")  # what merge takes (docs/data.md: documents.id)


def merged(jfq: Jfq, tmp_path: Path, *reports: Path) -> tuple[list[str], list[str]]:
    """The ids a draft of ``reports`` gives its documents, and its notes; merged into an
    empty data folder, which must take it."""
    draft = tmp_path / "draft.yaml"
    run = jfq("extract", *map(str, reports))
    assert run.code == 0, run
    draft.write_text(run.stdout, encoding="utf-8")
    data = tmp_path / "data"
    data.mkdir()
    done = jfq("merge", str(draft), "--data-dir", str(data))
    assert done.code == 0, done
    read = yaml.safe_load(run.stdout)
    notes = [line for line in run.stdout.splitlines() if line.startswith("#   ")]
    return [d["id"] for d in read["documents"]], notes


def test_a_chinese_file_name_gives_an_id_merge_takes(jfq: Jfq, tmp_path: Path) -> None:
    # extract wrote the id 2025年政府工作报告, and merge refused it: "expected letters, …"
    path = tmp_path / "2025年政府工作报告.txt"
    path.write_bytes(REPORT.encode())
    (got,), notes = merged(jfq, tmp_path, path)
    assert ID.fullmatch(got) and got.startswith("2025_"), got
    assert f"#   document id {got}: the file's name, 2025年政府工作报告, is not one (letters, " \
        "digits, _ . -): choose one with --doc ID" in notes  # fmt: skip
    again = tmp_path / "again"  # the same name, the same id: a draft made again matches
    again.mkdir()
    (again / path.name).write_bytes(REPORT.encode())
    assert yaml.safe_load(jfq("extract", str(again / path.name)).stdout)["documents"][0]["id"] \
        == got  # fmt: skip


def test_an_ascii_file_name_keeps_its_id(jfq: Jfq, tmp_path: Path) -> None:
    path = tmp_path / "report 2025 (final).txt"
    path.write_bytes(REPORT.encode())
    ids, notes = merged(jfq, tmp_path, path)
    assert ids == ["report_2025_final_"]
    assert not [note for note in notes if "document id" in note]


def test_an_id_merge_would_refuse_is_refused_at_once(jfq: Jfq, tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(REPORT.encode())
    run = jfq("extract", str(path), "--doc", "政府工作报告")
    assert run.code == 2
    assert run.stderr == (
        "jfq: --doc '政府工作报告': a document id is letters, digits, _ . - (a file name), "
        "from a letter or digit\n"
    )


def test_two_reports_of_one_name_get_two_ids(jfq: Jfq, tmp_path: Path) -> None:
    # Both were "report": merge refused 22 quotes "not in the passages" and found
    # conflicts with the draft itself.
    for year in (2025, 2026):
        (tmp_path / f"y{year}").mkdir()
        text = REPORT.replace("2025", "2026").replace("2024", "2025") if year == 2026 else REPORT
        (tmp_path / f"y{year}" / "report.txt").write_bytes(text.encode())
    (tmp_path / "report-2.txt").write_bytes(REPORT.replace("2025", "2027").encode())
    reports = [tmp_path / "y2025" / "report.txt", tmp_path / "y2026" / "report.txt"]
    ids, notes = merged(jfq, tmp_path, *reports)
    assert ids == ["report", "report-2"]
    assert (f"#   document id report-2: report is the id of {reports[0]} in this draft; "
            "extract each report alone with --doc ID to choose") in notes  # fmt: skip
    run = jfq("extract", *map(str, [*reports, tmp_path / "report-2.txt"]), "-f", "jsonl")
    assert [json.loads(line)["documents"][0]["id"] for line in run.stdout.splitlines()] == [
        "report", "report-3", "report-2"]  # fmt: skip


# -- 6. a folder of reports ------------------------------------------------------------------


def test_a_folder_reads_its_reports_and_names_each_file_it_skips(jfq: Jfq, tmp_path: Path) -> None:
    # A macOS ._ file (binary) failed the whole folder with 0 lines; an empty file said "the
    # text names no region" without naming the file; a PDF was skipped without a word, and
    # a hidden file was read.
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a_2025.txt").write_bytes(REPORT.encode())
    (folder / "._a_2025.txt").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ")
    (folder / ".hidden.txt").write_bytes(REPORT.encode())
    (folder / "b_empty.txt").write_bytes(b"")
    (folder / "c_bare.txt").write_bytes("地区生产总值增长7%。\n".encode())
    (folder / "d.pdf").write_bytes(b"%PDF-1.7\n")
    (folder / "e.png").write_bytes(b"\x89PNG\r\n")
    (folder / "sub").mkdir()
    run = jfq("extract", str(folder), "-f", "jsonl")
    assert run.code == 0, run
    assert [json.loads(line)["source"] for line in run.stdout.splitlines()] == [
        str(folder / "a_2025.txt")]  # fmt: skip
    skipped = [line for line in run.stderr.splitlines() if line.startswith("jfq: skipped")]
    assert skipped == [
        f"jfq: skipped {folder / 'd.pdf'}: a PDF, not a text (convert it to text first: "
        "pdftotext -layout FILE report.txt)",
        f"jfq: skipped in {folder}: 2 hidden files (._a_2025.txt, .hidden.txt), 1 folder "
        "(sub), 1 file that is no .txt or .html (e.png)",
        f"jfq: skipped {folder / 'b_empty.txt'}: it is empty",
        f"jfq: skipped {folder / 'c_bare.txt'}: the text names no year: give the report's "
        "year with --year",
    ]
    yaml_draft = jfq("extract", str(folder)).stdout  # the draft says so too
    assert f"# jfq extract: skipped {folder / 'b_empty.txt'}: it is empty" in yaml_draft


def test_a_folder_of_which_nothing_reads_is_refused_naming_its_files(
    jfq: Jfq, tmp_path: Path
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "b_empty.txt").write_bytes(b"")
    (folder / "c_bare.txt").write_bytes("地区生产总值增长7%。\n".encode())
    run = jfq("extract", str(folder))
    assert run.code == 2
    assert run.stderr.splitlines() == [
        f"jfq: {folder}: none of its 2 reports could be read",
        f"  skipped {folder / 'b_empty.txt'}: it is empty; skipped {folder / 'c_bare.txt'}: the "
        "text names no year: give the report's year with --year",
    ]


def test_a_report_named_among_several_is_named_in_its_error(jfq: Jfq, tmp_path: Path) -> None:
    # Files given by name are read all or none, as before; the error says which one failed.
    good, bare = tmp_path / "a.txt", tmp_path / "bare.txt"
    good.write_bytes(REPORT.encode())
    bare.write_bytes("地区生产总值增长7%。\n".encode())
    run = jfq("extract", str(good), str(bare), "-f", "json")
    message = f"{bare}: the text names no year: give the report's year with --year"
    assert (run.code, run.stderr) == (2, f"jfq: {message}\n")
    assert json.loads(run.stdout)["error"]["message"] == message  # (and no draft)


# -- 8. mentions in a CRLF text -----------------------------------------------------------------


def test_mentions_in_a_crlf_text_end_their_context_at_the_line(jfq: Jfq, tmp_path: Path) -> None:
    # Each context ended with a literal \x0d, in text and in CSV.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "report.txt").write_bytes("深化“三零”创建。\r\n持续推进三零平安创建。\r\n".encode())
    rows = list(csv.DictReader(io.StringIO(jfq("mentions", "三零", "--corpus", str(corpus),
                                               "-f", "csv").stdout)))  # fmt: skip
    assert [(r["line"], r["before"], r["match"], r["after"]) for r in rows] == [
        ("1", "深化“", "三零", "”创建。"), ("2", "持续推进", "三零平安创建", "。")]  # fmt: skip
    text = jfq("mentions", "三零", "--corpus", str(corpus)).stdout
    assert "\\x0d" not in text and "\r" not in text
    assert "1:4  深化“三零”创建。\n2:5  持续推进三零平安创建。\n" in text


def test_a_utf16_text_shorter_than_a_utf32_character() -> None:
    # (its head, cut to four bytes, was empty, and an empty text read as UTF-32)
    from jfq.data.texts import decode

    assert decode(b"7\x00") == ("7", "utf-16-le (no BOM)")
    assert decode(b"\x007") == ("7", "utf-16-be (no BOM)")
