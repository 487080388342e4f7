"""Figures that are not the year's level or rate, and must never stand as it: a part of the
year's (一季度, 上半年, 前三季度: the period stays in the name, and the name gets no key), a
rank or a share (no key), a figure over several years (its span, and only its own), a
five-year plan's target (a task for the plan's last year).
Each test is a fault an unseen batch or a review found, reproduced before it was fixed."""

from __future__ import annotations

from typing import Any

from jfq.authoring.extract import extract


def drafted(text: str, year: int = 2024) -> list[tuple[Any, ...]]:
    draft = extract(text, region="示例市", year=year)
    return [(r.kind, r.name, r.value) for r in draft.targets]


def test_a_quarters_growth_is_not_read_as_the_years() -> None:
    # stop 22's third review: 四季度增长12% was drafted as the year's 地区生产总值 growth,
    # beside the year's own 5.2 %: two growth figures for one year
    text = "2023年,全县地区生产总值完成120亿元,增长5.2%,特别是四季度增长12%。"
    assert drafted(text) == [
        ("actual", "地区生产总值", 120), ("actual", "地区生产总值", 5.2),
        ("actual", "四季度地区生产总值", 12)]  # fmt: skip


def test_a_period_before_a_name_stays_in_it() -> None:
    text = "过去一年,上半年地区生产总值增长6.1%,全年增长5.5%。"
    assert drafted(text) == [
        ("actual", "上半年地区生产总值", 6.1), ("actual", "地区生产总值", 5.5)]  # fmt: skip


def test_periods_listed_before_one_indicator_each_name_it() -> None:
    # 崇左市 2024 (corpus results/chongzuo-2024): the four figures were all named GDP
    text = "一季度、上半年、前三季度、全年全市GDP分别增长6.7%、6.6%、6.2%、6.0%。"
    assert drafted(text) == [
        ("actual", "一季度GDP", 6.7), ("actual", "上半年GDP", 6.6),
        ("actual", "前三季度GDP", 6.2), ("actual", "GDP", 6.0)]  # fmt: skip


def test_a_part_of_the_years_figure_gets_no_headline_key() -> None:
    # with the key of the year's GDP, 一季度GDP's 2nd rank clashed with the year's rows and
    # the quarter's figure stood as the year's: a rank was lost (corpus chongzuo-2024)
    text = ("一季度、上半年、前三季度、全年GDP分别增长6.7%、6.6%、6.2%、6.0%,"
            "分别排全区第2、第1、第2、第3位。")  # fmt: skip
    rows = extract(text, region="示例市", year=2025).targets
    assert [(r.name, r.value, r.unit, r.key) for r in rows] == [
        ("一季度GDP", 6.7, "%", None), ("上半年GDP", 6.6, "%", None),
        ("前三季度GDP", 6.2, "%", None), ("GDP", 6.0, "%", "gdp_growth"),
        ("一季度GDP", 2, "位", None), ("上半年GDP", 1, "位", None),
        ("前三季度GDP", 2, "位", None), ("GDP", 3, "位", None)]  # fmt: skip


def test_ranks_listed_with_each_go_to_their_names_in_turn() -> None:
    # every rank of 分别排全市第2、第3、第5位 was drafted for every name (nine rows for three)
    text = ("规上工业增加值、固定资产投资、社会消费品零售总额分别增长8%、9%、7%,"
            "分别排全市第2、第3、第5位。")  # fmt: skip
    ranks = [(r.name, r.value, r.unit) for r in extract(text, region="示例市", year=2025).targets
             if r.measure == "rank"]  # fmt: skip
    assert ranks == [("规上工业增加值", 2, "位"), ("固定资产投资", 3, "位"),
                     ("社会消费品零售总额", 5, "位")]  # fmt: skip


def rows(text: str, year: int = 2024) -> list[tuple[Any, ...]]:
    draft = extract(text, region="某县", year=year)
    return [(r.name, r.value, r.unit, r.key, r.measure, r.since) for r in draft.targets]


def test_a_rank_does_not_take_the_key_of_the_indicator_it_ranks() -> None:
    # the rank took key gdp, and the year's GDP of 500亿元 lost it: jfq targets would show
    # GDP as "3 位"
    assert rows("过去一年,全县地区生产总值居全市第3位,总量达到500亿元,增长6%。") == [
        ("地区生产总值", 3, "位", None, "rank", None),
        ("地区生产总值", 500, "亿元", "gdp", None, None),
        ("地区生产总值", 6, "%", "gdp_growth", None, None)]  # fmt: skip


def test_a_figure_after_an_average_over_years_is_its_own_years() -> None:
    # 年均 before the subject was read as every later figure's: 2023's 500亿元 and 6 % were
    # drafted as figures since 2019
    assert rows("过去五年,地区生产总值年均增长7%,2023年达到500亿元,增长6%。") == [
        ("地区生产总值", 7, "%", "gdp_growth", "average", 2019),
        ("地区生产总值", 500, "亿元", "gdp", None, None),
        ("地区生产总值", 6, "%", "gdp_growth", None, None)]  # fmt: skip


def test_a_plans_targets_are_tasks_for_its_last_year() -> None:
    # targets/dongkou-2020 and harbin-2021: a plan's list was left out whole, though readers
    # list its targets; “十四五”时期 alone is when, not a target, and 与同期GDP增速保持同步 is
    # in step with the economy
    text = ("“十四五”时期总体把握和主要目标\n一、“十四五”时期,地区生产总值年均增长5.5%-6%,"
            "城乡居民人均可支配收入与同期GDP增速保持同步。")  # fmt: skip
    draft = extract(text, region="某市", year=2021)
    assert [(r.year, r.since, r.tier, r.name, r.value, r.comparator, r.measure)
            for r in draft.targets] == [
        (2025, 2021, "task", "地区生产总值", 5.5, "range", "average"),
        (2025, None, "task", "城乡居民人均可支配收入", None, "in_step", None)]  # fmt: skip


def test_a_plans_progress_said_in_a_review_is_no_list_of_targets() -> None:
    # results/shuangbai-2019: “十三五”规划主要指标进度符合预期 opened a plan's list
    text = ("一年来,“十三五”规划主要指标进度符合预期,全面建成小康社会取得新的重大进展。"
            "据统计,2019年,全县实现地区生产总值53.11亿元,增长11.3%。")  # fmt: skip
    assert [(r.kind, r.name, r.value) for r in extract(text, region="某县", year=2020).targets] == [
        ("actual", "地区生产总值", 53.11), ("actual", "地区生产总值", 11.3)]  # fmt: skip


def test_the_growth_alone_after_a_list_ranks_each_of_its_names() -> None:
    # results/huadu-2025-trad, nancheng-2020: 增速位居全市第四、第三、第二 after three names
    # was named 增速, of nothing
    text = ("其中,固定资产投资、工业投资、工业技术改造投资分别增长6.2%、19.3%、35.8%,"
            "增速位居全市第四、第三、第二。")  # fmt: skip
    ranks = [(r.name, r.value) for r in extract(text, region="示例市", year=2025).targets
             if r.measure == "rank"]  # fmt: skip
    assert ranks == [("固定资产投资增速", 4), ("工业投资增速", 3), ("工业技术改造投资增速", 2)]


def test_a_one_year_reviews_running_total_is_the_years_own() -> None:
    # 五华区 2022 (held-out batch 52): 固定资产投资累计完成341.61亿元 in a review of one
    # year was kept apart as a figure of several years; 年均 in the sentence says it is one
    one_year = rows("过去一年,全区地区生产总值增长2.3%;固定资产投资累计完成341.61亿元,下降3.5%。")
    assert ("固定资产投资", 341.61, "亿元", "fixed_asset_investment", None, None) in one_year
    years = rows("过去五年,地区生产总值年均增长6.9%,累计完成工业投资358.7亿元。")
    assert [m for *_, m, _ in years] == ["average", "cumulative"]


def test_more_than_said_between_the_multiplier_and_the_measure_word() -> None:
    # 1.8万余名 (corpus results/taihu-2019) and 73万余人 (xingqing-2020) were lost: the 余
    # after 万 ended the figure, and the rest of the clause took it for a name
    text = "2023年,全市新增城镇就业1.8万余人,转移农村劳动力3.2萬餘人。"
    rows = extract(text, region="示例市", year=2024).targets
    assert [(r.name, r.value, r.unit, r.comparator) for r in rows] == [
        ("新增城镇就业", 1.8, "万人", "over"), ("转移农村劳动力", 3.2, "萬人", "over")]  # fmt: skip


def test_a_qualifier_is_not_shared_across_two_units_with_no_mark_between() -> None:
    # corpus results/xingqing-2020: 37万户 took the 余 of 73万余人 and was drafted "over 37万户"
    text = "2020年,入户核查37万户73万余人,隔离2.4万户5.4万人。"
    rows = extract(text, region="示例市", year=2021).targets
    assert [(r.value, r.unit, r.comparator) for r in rows] == [
        (37, "万户", "exact"), (73, "万人", "over"),
        (2.4, "万户", "exact"), (5.4, "万人", "exact")]  # fmt: skip
