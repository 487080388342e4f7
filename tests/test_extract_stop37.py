"""Classes of fault found in stop 37's unseen batches (203-206), each reproduced by a test
before it was mended.  Every expected row is written by hand from the sentence in the
test."""

from __future__ import annotations

from extract_rows import rows

from jfq.authoring.extract import extract


def test_a_report_given_in_december_reviews_the_year_it_calls_this_one() -> None:
    # (厦门市同安区 2023, batch 203) a congress on 12月27日 reviews 2023 as 今年: its figures
    # were drafted as 2024's targets
    text = (
        "12月27日,同安区第十八届人民代表大会第三次会议开幕,代区长周桂良作《政府工作报告》。\n"
        "今年,全区高技术产业增加值同比增长20%以上,核心生产企业达34家。"
    )
    assert rows(text, 2024) == [
        ("actual", 2023, "高技术产业增加值", 20, "%", "at_least"),
        ("actual", 2023, "核心生产企业", 34, "家", "exact"),
    ]
    # and 明年 is the year its targets are for
    text = (
        "——2022年12月28日在舟曲县第十八届人民代表大会第三次会议上\n"
        "今年,全县地区生产总值增长5.1%。明年,全县地区生产总值增长6%左右。"
    )
    assert rows(text, 2023) == [
        ("target", 2023, "地区生产总值", 6, "%", "about"),
        ("actual", 2022, "地区生产总值", 5.1, "%", "exact"),
    ]


def test_a_late_date_line_gives_the_next_year_as_the_reports() -> None:
    # with no --year: the targets of a report given on 2022年12月28日 are 2023's
    text = (
        "——2022年12月28日在舟曲县第十八届人民代表大会第三次会议上\n"
        "今年,全县地区生产总值增长5.1%。明年,全县地区生产总值增长6%左右。"
    )
    draft = extract(text, region="舟曲县")
    assert [(r.kind, r.year, r.value) for r in draft.targets] == [
        ("target", 2023, 6),
        ("actual", 2022, 5.1),
    ]
    # and so are targets that name no year
    plain = text.replace("明年,", "主要预期目标是:")
    draft = extract(plain, region="舟曲县")
    assert [(r.kind, r.year, r.value) for r in draft.targets] == [
        ("target", 2023, 6),
        ("actual", 2022, 5.1),
    ]
    # --year as the date line's own year (the year it was given in) reads it the same,
    # and the note says so
    draft = extract(text, region="舟曲县", year=2022)
    assert [(r.kind, r.year, r.value) for r in draft.targets] == [
        ("target", 2023, 6),
        ("actual", 2022, 5.1),
    ]
    assert any(
        note.startswith("year 2023: the report was given in 2022年12月") for note in draft.notes
    )


def test_only_the_reports_own_session_dates_it() -> None:
    # a session in January: 今年 is the targets' year
    text = "1月8日,某县第十八届人民代表大会第三次会议开幕。\n今年,全县地区生产总值增长6%左右。"
    assert rows(text, 2024) == [("target", 2024, "地区生产总值", 6, "%", "about")]
    # a standing committee's December meeting, and a December session the review recalls
    for opening in (
        "12月26日,县人大常委会召开第十五次会议,听取县政府报告。\n",
        "过去一年,我们认真执行县人大决议。去年12月,县第十八届人民代表大会第二次会议召开。\n",
    ):
        assert rows(opening + "今年,全县地区生产总值增长6%左右。", 2024) == [
            ("target", 2024, "地区生产总值", 6, "%", "about")
        ]
