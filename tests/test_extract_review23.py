"""Faults the first review of stop 23 found in that stop's rules, each reproduced first (the
review tried each rule on text it was not written for, and compared with the code before
the stop).  One test per fault; the rule each guards is named in its comment."""

from __future__ import annotations

from typing import Any

from jfq.authoring.extract import extract
from jfq.authoring.extract.text import Text


def rows(text: str, year: int = 2024) -> list[tuple[Any, ...]]:
    draft = extract(text, region="某县", year=year)
    return [(r.kind, r.year, r.name, r.value, r.comparator) for r in draft.targets]


def keyed(text: str, year: int = 2024) -> list[tuple[Any, ...]]:
    draft = extract(text, region="某县", year=year)
    return [(r.year, r.since, r.name, r.value, r.measure, r.key) for r in draft.targets]


def test_jiang_as_ba_opens_no_plan() -> None:
    # lexicon.AHEAD's 将 at a clause's start: 将稳增长摆在突出位置 (将 as 把) made a review's
    # headline figures the next year's targets
    text = ("一年来,全县上下攻坚克难。将稳增长摆在突出位置,地区生产总值增长6.5%,"
            "一般公共预算收入增长8%。")  # fmt: skip
    assert {(k, y) for k, y, *_ in rows(text)} == {("actual", 2023)}
    ahead = "将引进一批高能级国际组织落地,新增跨国公司地区总部和贸易型总部10家。"
    assert {(k, y) for k, y, *_ in rows(ahead, 2026)} == {("target", 2026)}


def test_marks_passed_respectively_are_each_names() -> None:
    # values.EARLIER_MARKS (withdrawn in stop 36, when every mark passed became a row):
    # 分别突破500亿元、50亿元大关 lost 500 and 一般公共预算收入
    text = "2023年,地区生产总值、一般公共预算收入分别突破500亿元、50亿元大关。"
    assert [(n, v, c) for _, _, n, v, c in rows(text)] == [
        ("地区生产总值", 500, "over"), ("一般公共预算收入", 50, "over")]  # fmt: skip


def test_not_more_and_not_less_than() -> None:
    # lexicon.BEFORE's 小于/大于 reversed 不大于 and 不小于, and left 不 in the name
    text = "今年主要预期目标是:城镇调查失业率不大于5.5%,森林覆盖率不小于45%。"
    assert [(n, v, c) for _, _, n, v, c in rows(text, 2025)] == [
        ("城镇调查失业率", 5.5, "at_most"), ("森林覆盖率", 45, "at_least")]  # fmt: skip


def test_this_years_targets_measured_against_a_plan_are_this_years() -> None:
    # block_leads.a_plans with plans drafted: 对照“十四五”规划目标,2024年主要预期目标是… were
    # drafted as tasks for 2025
    text = "对照“十四五”规划目标,2024年主要预期目标是:地区生产总值增长6%,一般公共预算收入增长5%。"
    assert [(y, n) for _, y, n, _, _ in rows(text)] == [
        (2024, "地区生产总值"), (2024, "一般公共预算收入")]  # fmt: skip


def test_a_plans_year_is_its_end_not_a_base_year_in_its_list() -> None:
    # years.plans_horizon read 在2020年基础上 as the plan's year; 到2025年达到800亿元 was
    # named 到2025年; 人均地区生产总值 took the key of GDP
    text = ("“十四五”时期主要目标是:地区生产总值在2020年基础上增长40%以上,年均增长7%,"
            "到2025年达到800亿元;人均地区生产总值达到10万元。")  # fmt: skip
    assert keyed(text, 2021) == [
        (2025, None, "地区生产总值", 40, "cumulative", None),
        (2025, 2021, "地区生产总值", 7, "average", "gdp_growth"),
        (2025, None, "地区生产总值", 800, None, "gdp"),
        (2025, None, "人均地区生产总值", 10, None, None)]  # fmt: skip


def test_a_running_total_of_a_paragraph_of_years_is_of_those_years() -> None:
    # spans.the_years_own_total: 2019年至2023年…累计 and a paragraph opened by 五年来 lost
    # their several years
    assert [m for *_, m, _ in keyed("2019年至2023年,累计完成固定资产投资1500亿元。")] == [
        "cumulative"]  # fmt: skip
    text = "本届政府五年来,地区生产总值由180亿元增加到260亿元。全县累计完成固定资产投资980亿元。"
    # (since stop 27 the paragraph's opening gives the years: 2019-2023 of a 2024 report)
    assert keyed(text)[-1] == (
        2023, 2019, "固定资产投资", 980, "cumulative", "fixed_asset_investment")  # fmt: skip


def test_a_targets_sentence_with_about_after_a_past_opening_is_a_target() -> None:
    # looking_ahead.looks_ahead's paragraph rule (then reviews._looks_ahead): 建议…增长6%左右
    # after 过去一年 became results
    text = ("过去一年,全县上下团结奋斗,地区生产总值增长6.5%。综合考虑各方面因素,"
            "建议地区生产总值增长6%左右,一般公共预算收入增长5%左右。")  # fmt: skip
    assert sorted((k, y, v) for k, y, _, v, _ in rows(text)) == [
        ("actual", 2023, 6.5), ("target", 2024, 5), ("target", 2024, 6)]  # fmt: skip


def test_the_years_plan_and_what_was_actually_done() -> None:
    # lexicon.AHEAD's 全年计划: 全年计划实现…,实际完成225亿元 drafted 225 as a target
    text = "全年计划实现工业总产值220亿元,实际完成225亿元。"
    # (stop 48: the plan is the year's target, beside what was done, where it had been a
    # result named 计划工业总产值)
    assert [(k, n, v) for k, _, n, v, _ in rows(text)] == [
        ("target", "工业总产值", 220), ("actual", "工业总产值", 225)]  # fmt: skip


def test_a_five_year_reviews_later_clauses_are_of_the_five_years() -> None:
    # spans.over_years' clause break: 完成投资3000亿元 after 累计实施… lost its five years
    text = "过去五年,全县累计实施重点项目1200个,完成投资3000亿元。"
    assert [s for _, s, *_ in keyed(text)] == [2019, 2019]


def test_a_scope_after_a_period_is_none_of_the_name() -> None:
    # lexicon.WHEN keeping 上半年: 上半年全县地区生产总值 kept 全县
    text = "上半年全县地区生产总值增长5.2%,全年增长6.1%。"
    assert [(n, k) for _, _, n, _, _, k in keyed(text)] == [
        ("上半年地区生产总值", None), ("地区生产总值", "gdp_growth")]  # fmt: skip


def test_a_target_that_completes_this_years_task_stays_in_its_block() -> None:
    # blocks._SERVES_THE_TARGETS: 完成今年省下达的节能减排任务 ended the block
    text = ("今年经济社会发展的主要预期目标是:地区生产总值增长6%左右。一般公共预算收入增长4%。"
            "完成今年省下达的节能减排任务。城镇调查失业率控制在5.5%以内。")  # fmt: skip
    draft = extract(text, region="某县", year=2025)
    assert [(r.name, r.tier) for r in draft.targets] == [
        ("地区生产总值", "headline"), ("一般公共预算收入", "headline"),
        ("节能减排", "headline"), ("城镇调查失业率", "headline")]  # fmt: skip


def test_a_terms_colon_after_a_number_is_its_separator() -> None:
    # glossary_words' ratio colon: 四个100:100个重点项目… lost its term
    text = "名词解释\n1.双百工程:指百个项目、百家企业。\n2.四个100:100个重点项目、100家重点企业。\n"
    draft = extract(text, region="某县", year=2024)
    assert [t.term for t in draft.terms] == ["双百工程", "四个100"]
    assert draft.targets == []


def test_a_part_of_the_year_in_its_own_clause_or_after_the_name_is_still_its() -> None:
    # lexicon.PART_OF_YEAR's reach (left by the stop's first rule): 2023年前三季度,全市GDP…
    # and 地区生产总值上半年增长… gave the quarter's figures the year's key
    assert keyed("2023年前三季度,全市GDP增长5.2%。") == [
        (2023, None, "前三季度GDP", 5.2, None, None)]  # fmt: skip
    assert [(n, k) for *_, n, _, _, k in keyed("地区生产总值上半年增长5.2%、全年增长6.1%。")] == [
        ("上半年地区生产总值", None), ("地区生产总值", "gdp_growth")]  # fmt: skip


def test_a_level_a_change_started_from_is_the_years_before_and_keys_no_other() -> None:
    # the base of 由…增加到… was dated to the year reviewed, with the key, and the level
    # reached lost its key; 人均地区生产总值 and a planned figure took the indicator's key
    assert keyed("五年来,地区生产总值由180亿元增加到260亿元。") == [
        (2018, None, "地区生产总值", 180, None, "gdp"),
        (2023, None, "地区生产总值", 260, None, "gdp")]  # fmt: skip
    assert [k for *_, k in keyed("2023年,全县人均地区生产总值达到8.2万元。")] == [None]
    # (stop 48: the planned figure is the year's target, so its key is no result's)
    planned = extract(
        "全县全年计划完成固定资产投资80亿元,实际完成85.2亿元。", region="某县", year=2024
    )
    assert [(r.kind, r.name, r.value, r.key) for r in planned.targets] == [
        ("target", "固定资产投资", 80, "fixed_asset_investment"),
        ("actual", "固定资产投资", 85.2, "fixed_asset_investment"),
    ]


def test_numbers_on_lines_of_their_own_join_their_sentence() -> None:
    # 太湖县 2019 (held-out batch 56): a PDF's text broke at every figure (地区生产总值增长\n
    # 8%;\n财政收入增长\n10%;): nothing at all was drafted
    text = ("一、2019年工作回顾\n2019\n年,全县经济平稳。预计,地区生产总值增长\n8%;\n"
            "财政收入增长\n10%\n。\n脱贫攻坚取得决定性成果,\n17\n个贫困村顺利出列。")  # fmt: skip
    assert [(n, v) for _, _, n, v, _ in rows(text, 2020)] == [
        ("地区生产总值", 8), ("财政收入", 10), ("贫困村", 17)]  # fmt: skip


# -- the stop's second review --------------------------------------------------------------------


def test_a_figureless_sentence_on_last_year_leaves_a_targets_paragraph_alone() -> None:
    # paragraph_years.ParagraphYears.heard: 去年,习近平总书记亲临我县视察 made the targets after it
    # last year's results
    text = ("今年是全面贯彻党的二十大精神的关键之年。去年,习近平总书记亲临我县视察,寄予殷切期望。"
            "全县地区生产总值增长6%左右,一般公共预算收入增长5%。")  # fmt: skip
    assert {(k, y) for k, y, *_ in rows(text)} == {("target", 2024)}


def test_a_page_number_or_a_list_marker_on_its_own_line_joins_nothing() -> None:
    # page_layout.numbers_on_lines_of_their_own: a page number (3) was glued onto the next figure
    # (312.3亿元) or name (地区生产总值3), and 1、 2、 markers made rows of their own;
    # then (stop 24) the figure after a page number was lost: the number is now dropped
    split = "全县一般公共预算收入完成\n3\n12.3亿元,增长6.1%。"
    assert [(n, v) for _, _, n, v, _ in rows(split)] == [
        ("一般公共预算收入", 12.3), ("一般公共预算收入", 6.1)]  # fmt: skip
    paged = "全县地区生产总值\n3\n增长6.5%,一般公共预算收入完成12.3亿元。"
    assert [(n, v) for _, _, n, v, _ in rows(paged)] == [
        ("地区生产总值", 6.5), ("一般公共预算收入", 12.3)]  # fmt: skip
    listed = ("2024年主要预期目标\n1、\n地区生产总值增长6%左右\n2、\n一般公共预算收入增长5%\n3、\n"
              "城镇调查失业率控制在5.5%以内")  # fmt: skip
    assert [(n, v) for _, _, n, v, _ in rows(listed)] == [
        ("地区生产总值", 6), ("一般公共预算收入", 5), ("城镇调查失业率", 5.5)]  # fmt: skip


def test_a_plans_end_inside_a_reviews_sentence_is_no_horizon() -> None:
    # years._BY_A_PLANS_END: 锚定到“十四五”末实现…目标 dated the review's figure 2025
    text = "过去一年,全县上下锚定到“十四五”末实现“工业倍增”目标,规模以上工业增加值增长9.1%。"
    assert [(k, y, n) for k, y, n, _, _ in rows(text)] == [("actual", 2023, "规模以上工业增加值")]


def test_quoted_parts_of_one_definition_stay_in_it() -> None:
    # glossary_words.NEXT_GLOSS: “三个一批”是指:“签约一批”,…;“开工一批”,… was cut at ;“
    text = ("大力实施“三个一批”工程。“三个一批”是指:“签约一批”,着力招引优质项目;"
            "“开工一批”,推动项目早开工;“投产一批”,推动项目早达效。")  # fmt: skip
    (term,) = extract(text, region="某县", year=2024).terms
    assert term.definition.endswith("推动项目早达效。")


def test_built_before_a_region_or_a_level_is_a_verb() -> None:
    # names: the 建成区 check kept 建成 in 建成区域医疗中心
    assert [n for _, _, n, _, _ in rows("全年建成区域医疗中心2个。")] == ["区域医疗中心"]


def test_a_base_year_is_no_year_of_the_figure() -> None:
    # years._named: 在2020年基础上增长40% was dated 2020 (an older fault)
    assert keyed("2023年,全县地区生产总值在2020年基础上增长40%。") == [
        (2023, None, "地区生产总值", 40, "cumulative", None)]  # fmt: skip


def test_a_page_number_between_dashes_is_no_part_of_the_text() -> None:
    # stop 23's left list: a PDF's page footer (— 3 —) inside a sentence lost its figure
    text = "全县地区生产总值增长\n— 3 —\n6.5%,一般公共预算收入\n- 4 -\n完成8.2亿元。"
    assert [(n, v) for _, _, n, v, _ in rows(text)] == [
        ("地区生产总值", 6.5), ("一般公共预算收入", 8.2)]  # fmt: skip
    between = "全县地区生产总值增长6.5%。\n— 3 —\n一般公共预算收入完成8.2亿元。"
    assert [(n, v) for _, _, n, v, _ in rows(between)] == [
        ("地区生产总值", 6.5), ("一般公共预算收入", 8.2)]  # fmt: skip
    assert "3" not in Text(between).norm and "\n" in Text(between).norm
