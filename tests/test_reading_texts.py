"""Reading texts, the faults of stop 43's review: a UTF-8 byte-order mark before a text in
another encoding, and the stray files of a --corpus folder.  The report is
test_reading_reports' REPORT (a review's results, then the year's targets)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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
