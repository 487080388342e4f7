"""Classes of fault found in stop 48's unseen batches (315-322) and in what stop 47 left,
each reproduced by a test before it was mended.  Every expected row is written by hand from
the sentence in the test."""

from __future__ import annotations

from extract_rows import fields


def test_a_traditional_magnitude_a_pdf_left_alone_joins_its_unit() -> None:
    # Stop 47 joined 1.2⏎万⏎人 but matched the magnitude against the original text, so a
    # traditional report's 1.2⏎萬⏎人 stayed cut and lost its unit.
    text = "過去一年,新增城鎮就業\n1.2\n萬\n人,地區生產總值達到\n120\n億\n元,增長8%。"
    got = fields(text, 2025, "value", "unit")
    assert got == [(1.2, "萬人"), (120, "億元"), (8, "%")]
