"""Faults an adversarial review found in stop 39's rules, each reproduced by a test before
it was mended.  Every expected row is written by hand from the sentence in the test."""

from __future__ import annotations

from extract_rows import rows

from jfq.authoring.extract import extract

REVIEW_THEN_TARGETS = (
    "过去一年,全县地区生产总值增长6.5%。\n"
    "今年主要预期目标是:地区生产总值增长6%左右,一般公共预算收入增长5%。\n"
)


def kinds(text: str, year: int) -> list[tuple[str, int, float | None]]:
    return [(kind, y, value) for kind, y, _, value, _, _ in rows(text, year)]


def test_a_task_paragraph_that_names_the_past_in_passing_sets_tasks() -> None:
    # （一）…。去年以来,我县深入开展…。全年实施重点项目120个 had become 2023's results: a
    # paragraph that names the past in passing is no paragraph that opens on it
    text = REVIEW_THEN_TARGETS + (
        "三、2024年重点工作\n（一）坚持项目为王。去年以来,我县深入开展项目建设攻坚年活动。"
        "全年实施重点项目120个,完成投资150亿元。\n"
    )
    assert kinds(text, 2024)[2:4] == [("target", 2024, 120), ("target", 2024, 150)]


def test_a_sentence_of_a_later_year_after_the_past_stays_its_years() -> None:
    text = REVIEW_THEN_TARGETS + (
        "（二）优化营商环境。我县营商环境评价连续三年位居全市第一。到2025年,全县市场主体达到10万户。\n"
    )
    assert ("target", 2025, 10) in kinds(text, 2024)


def test_a_news_pages_scorecard_after_its_targets_is_the_past() -> None:
    # 今年目标 ⏎ … ⏎ 去年成绩单 ⏎ …: the scorecard's figures had been the year's targets
    text = (
        "今年目标\n地区生产总值增长6%左右,一般公共预算收入增长5%。\n\n"
        "去年成绩单\n地区生产总值增长6.5%,一般公共预算收入完成10.2亿元。\n"
    )
    assert kinds(text, 2024) == [
        ("target", 2024, 6),
        ("target", 2024, 5),
        ("actual", 2023, 6.5),
        ("actual", 2023, 10.2),
    ]


def test_what_a_news_page_says_the_report_shows_is_its_review() -> None:
    text = (
        "今年目标\n\n生产总值增长13%\n\n"
        "本报讯 (记者张小刚)昨日上午,西安市第十五届人民代表大会第一次会议开幕。"
        "报告显示,全市生产总值达到3862亿元,增长13.8%。\n"
    )
    assert kinds(text, 2012) == [("target", 2012, 13), ("actual", 2011, 3862),
                                 ("actual", 2011, 13.8)]  # fmt: skip


def test_the_years_work_headed_after_a_review_heading_is_the_plan() -> None:
    # 一、2020年工作回顾 then 二、今年重点工作: the tasks had been lost (the year 2020 carried)
    text = (
        "要点包括回顾全年国内生产总值增长2.3%,也对今年主要目标设定国内生产总值增长6%以上。\n"
        "一、2020年工作回顾:\n全年国内生产总值增长2.3%\n二、今年重点工作:\n"
        "城镇新增就业1100万人以上\n新建改造老旧小区5.3万个\n"
    )
    assert kinds(text, 2021) == [
        ("target", 2021, 6),
        ("target", 2021, 1100),
        ("target", 2021, 5.3),
        ("actual", 2020, 2.3),
    ]


def test_a_review_heading_numbered_in_digits_heads_the_review() -> None:
    text = (
        "要点包括回顾全年国内生产总值增长2.3%,也对今年主要目标设定国内生产总值增长6%以上。\n"
        "1.去年工作回顾:\n全年国内生产总值增长2.3%\n城镇新增就业1186万人\n"
    )
    assert kinds(text, 2021) == [("target", 2021, 6), ("actual", 2020, 2.3),
                                 ("actual", 2020, 1186)]  # fmt: skip


def test_words_that_begin_with_a_negation_are_no_negation() -> None:
    # 未来社区1个 had been read as "not even one" (its 1 lost, the 3 named 省级未来社区1个)
    text = "成功创建省级未来社区1个、未来乡村3个。全年无偿献血1万人次,救助困境未成年人1万人次。"
    got = rows(text, 2024)
    assert [value for _, _, _, value, _, _ in got] == [1, 3, 1, 1]
    assert [name for _, _, name, *_ in got][:2] == ["省级未来社区", "未来乡村"]


def test_the_five_years_ahead_are_no_span_of_the_past() -> None:
    # 今后五年内,…: a plan's years, not the five years reviewed (its figure had been marked
    # a total of them)
    draft = extract("今后五年内,全县新增城镇就业2.5万人。", region="某县", year=2024)
    assert [(r.value, r.measure) for r in draft.targets] == [(2.5, None)]


def test_years_of_a_campaign_make_no_growth_cumulative() -> None:
    # 经过三年攻坚,…: the figures after it are the year's (经过N年 opens no span)
    draft = extract("经过三年攻坚,我县如期完成脱贫攻坚任务。一般公共预算收入增长6%。",
                    region="某县", year=2021)  # fmt: skip
    assert [(r.value, r.measure) for r in draft.targets] == [(6, None)]


def test_a_deadline_strived_for_is_no_report_year() -> None:
    # with no --year, 2024年 and 力争2025年底 were a tie, and the later year won
    text = (
        "2024年是全面贯彻落实党的二十大精神的关键之年。今年主要预期目标是:地区生产总值增长6%左右。"
        "力争2025年底建成通车。"
    )
    assert [r.year for r in extract(text, region="某县").targets] == [2024]


def test_a_measure_from_a_month_keeps_its_year() -> None:
    for start in ("自2022年7月份起", "自2022年下半年起", "自2022年开始"):
        text = f"{start},城乡低保标准提高到每人每月700元。"
        assert [y for _, y, *_ in rows(text, 2024)] == [2022], start
