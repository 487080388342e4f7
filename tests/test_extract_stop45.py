"""Classes of fault found in stop 45 (batches 272-274 and later unseen batches), each
reproduced by a test before it was mended.  Every expected row is written by hand from the
sentence in the test."""

from __future__ import annotations

from extract_rows import rows

# 同安区 2026 (batch 272, a news page): the plan's years are said in the sentence before
# the cue's, which names none of its own.
TONGAN = (
    "未來五年,同安區將建設要素匯聚、功能全面、特色鮮明、宜居宜業的廈門北部現代化新城區。"
    "經濟社會發展主要目標是,地區生產總值達1220億元,年均增長6.5%,規上工業總產值超2400億元,"
    "人均預期壽命85歲。\n"
)


def test_a_plans_years_said_in_the_sentence_before_its_cue() -> None:
    # The targets had been drafted for 2026, the report's year, not for 2030, the end of
    # 未來五年 in a report of 2026.
    got = rows(TONGAN, 2026)
    assert ("target", 2030, "地區生產總值", 1220, "億元", "exact") in got
    assert ("target", 2030, "規上工業總產值", 2400, "億元", "over") in got
    assert ("target", 2030, "人均預期壽命", 85, "歲", "exact") in got
    assert not any(row[1] == 2026 for row in got)


def test_the_plans_list_may_name_the_year_it_reaches() -> None:
    text = TONGAN.replace("地區生產總值達", "到2035年地區生產總值達")
    got = rows(text, 2026)
    assert ("target", 2035, "地區生產總值", 1220, "億元", "exact") in got


def test_a_cue_of_the_years_own_after_a_plans_sentence_is_the_years() -> None:
    # Guards: the year's own targets after a sentence on the plan's years stay the year's.
    for lead in ("今年經濟社會發展主要預期目標是,", "2026年經濟社會發展主要預期目標是,"):
        got = rows(TONGAN.replace("經濟社會發展主要目標是,", lead), 2026)
        assert ("target", 2026, "地區生產總值", 1220, "億元", "exact") in got
    # and a sentence before that sets figures of its own opens no plan for the next
    text = "未來五年,同安區將建設新城區,人口達到100萬人。" + TONGAN.split("。", 1)[1]
    assert ("target", 2026, "地區生產總值", 1220, "億元", "exact") in rows(text, 2026)
