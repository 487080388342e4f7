"""Classes of fault found in stop 40 (unseen batches 236-237), each reproduced by a test
before it was mended.  Every expected row is written by hand from the sentence in the
test."""

from __future__ import annotations

from extract_rows import rows

# 兰州晚报 via gscn.com.cn, 2026-01-21 (batch 236): a news page's lead on the 2026 report, then
# the plan's targets block.  The lead says what will be done (将) in 2026 and by 2030.
LANZHOU_LEAD = (
    "1月20日,市长在兰州市第十七届人民代表大会第六次会议上作政府工作报告,明确提出聚力抓好"
    "十三项重点任务,到2030年经济总量将达到5000亿元以上。2026开局之年,兰州将聚焦七大重点"
    "领域,通过实施新增营业收入亿元以上楼宇10幢、盘活低效用地1.3万亩、完成营造林51万亩、"
    "新增学位8000个以上等一系列可量化、可考核的具体举措,全力推动高质量发展。\n"
    "报告提出,“十五五”时期经济社会发展主要预期目标包括:地区生产总值年均增长5.5%左右,"
    "森林覆盖率达到13%以上。\n"
)


def test_a_lead_that_says_what_will_be_done_sets_targets_not_results() -> None:
    # Before the plan's block, every figure had been read as the review's: 营造林51万亩 was
    # drafted as done in 2025.
    got = rows(LANZHOU_LEAD, 2026)
    assert [r for r in got if r[0] == "actual"] == []
    assert ("target", 2026, "营造林", 51, "万亩", "exact") in got
    assert ("target", 2026, "新增学位", 8000, "个", "at_least") in got


def test_a_year_reviewed_that_will_be_named_stays_the_reviews() -> None:
    # 将 after the year reviewed is no plan: 2025年,全市将… does not occur in a review, but
    # 2025年全市…将近 (nearly) does, and an earlier year's sentence stays a result
    text = (
        "2025年,全市地区生产总值将近3000亿元,增长5%。\n"
        "今年主要预期目标是:地区生产总值增长5%左右。\n"
    )
    got = rows(text, 2026)
    assert ("actual", 2025, "地区生产总值", 3000, "亿元", "nearly") in got
    assert ("target", 2026, "地区生产总值", 5, "%", "about") in got


def test_the_means_a_thing_is_done_by_is_none_of_its_name() -> None:
    # 通过实施新增营业收入亿元以上楼宇10幢 (兰州 2026, batch 236) had kept 通过实施; 通过 of a
    # test passed is the figure's own
    text = "2025年,全县通过实施新增营业收入亿元以上楼宇10幢,通过绿色食品认证2个。"
    assert [r[2] for r in rows(text, 2025)] == ["新增营业收入亿元以上楼宇", "通过绿色食品认证"]
