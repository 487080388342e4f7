"""Classes of fault found in stop 46's unseen batches (288-294), each reproduced by a test
before it was mended.  Every expected row is written by hand from the sentence in the test."""

from __future__ import annotations

from extract_rows import rows


def test_a_climb_to_a_level_is_a_predicate() -> None:
    # 商州 2015 (batch 292, a traditional page): the name had kept 攀 (全社會消費品零售總額攀).
    got = rows("全社會消費品零售總額攀升至38億元,年均增長14.3%。", 2016)
    assert [(row[2], row[3], row[4]) for row in got] == [
        ("全社會消費品零售總額", 38, "億元"),
        ("全社會消費品零售總額", 14.3, "%"),
    ]


def test_to_keep_a_figure_at_a_level_opens_no_name() -> None:
    # 屯昌 2021 (batch 292): 保持…在80%以上 had named 屯昌将保持财政民生支出比重.
    got = rows("主要预期目标是:保持财政民生支出比重在80%以上,城镇登记失业率控制在4%以内。", 2021)
    assert ("target", 2021, "财政民生支出比重", 80, "%", "at_least") in got
    assert ("target", 2021, "城镇登记失业率", 4, "%", "at_most") in got
    # (保持了, as a review writes it)
    got = rows("过去一年,保持了城镇登记失业率在4%以内。", 2021)
    assert [row[2] for row in got] == ["城镇登记失业率"]


def test_for_example_opens_no_name() -> None:
    # 吉州 2020 (batch 292, an interview): 比如城南市场建成面积.
    got = rows("服务业和农业也实现了大发展,比如城南市场建成面积突破165万平方米。", 2021)
    assert [(row[2], row[3], row[4], row[5]) for row in got] == [
        ("城南市场建成面积", 165, "万平方米", "over")
    ]


def test_a_yearly_increase_said_the_old_way_is_a_predicate() -> None:
    # 路桥 2006 (batch 291, a 十一五 plan): 年均递增 and 年均递减 had stayed in the names.
    text = (
        "到2010年,外商直接投资实际到位金额年均递增 8%,达到 1.01 亿美元。"
        "城乡低收入家庭恩格尔系数年均递减1.6个百分点,达到33.1%。"
    )
    got = rows(text, 2006)
    assert [(row[1], row[2], row[3], row[4]) for row in got] == [
        (2010, "外商直接投资实际到位金额", 8, "%"),
        (2010, "外商直接投资实际到位金额", 1.01, "亿美元"),
        (2010, "城乡低收入家庭恩格尔系数", 1.6, "个百分点"),
        (2010, "城乡低收入家庭恩格尔系数", 33.1, "%"),
    ]


def test_indicators_that_grew_in_step_are_a_review_not_a_targets_cue() -> None:
    # 天津和平区 2025 (batch 294): 主要指标均衡增长 had opened a targets block, and the
    # year reviewed's results were drafted as 2025's targets.
    text = (
        "一、2024年工作回顾\n"
        "——这一年,我们圆满完成区第十八届人民代表大会第四次会议确定的目标任务。主要指标均衡增长、"
        "持续向好,预计全年地区生产总值增长5%以上、位居全市前列,一般公共预算收入增长13.4%。\n"
    )
    got = rows(text, 2025)
    assert ("actual", 2024, "一般公共预算收入", 13.4, "%", "exact") in got
    assert not [row for row in got if row[0] == "target"]
