"""The year's work written as prose, with no cue and no year in the sentence that states
a figure (src/jfq/authoring/extract/plans.py): its figures are targets, not results.  And
the projects such work counts, named by what was done to them (names.done_first)."""

from __future__ import annotations

from typing import Any

from jfq.authoring.extract import extract


def drafted(text: str, year: int = 2025) -> list[tuple[Any, ...]]:
    draft = extract(text, region="示例县", year=year)
    return [(r.kind, r.year, r.name, r.value, r.comparator) for r in draft.targets]


def test_a_line_that_strives_and_never_looks_back_is_the_years_work() -> None:
    # tests/corpus/targets/jiangjin-2025.yaml (shortened): only the third sentence strives,
    # and the first two figures were drafted as last year's results.
    text = ("深化科技创新赋能,确保研发创新中心建成投用。"
            "推进“双倍增”行动,培育认定高新技术企业50户、科技型企业200户以上。"
            "加速科技成果转化应用,力争完成技术合同成交额20亿元。")  # fmt: skip
    assert drafted(text) == [
        ("target", 2025, "高新技术企业", 50, "exact"),
        ("target", 2025, "科技型企业", 200, "at_least"),
        ("target", 2025, "技术合同成交额", 20, "exact"),
    ]


def test_the_paragraphs_after_the_years_work_is_announced_are_its_plan() -> None:
    # tests/corpus/targets/wushan-2022-trad.yaml (simplified, shortened): the news page's
    # first paragraph announces seven parts of the year's work; no sentence after it says
    # 今年 or 力争.
    text = ("今年,是新一届县委、县政府开局之年。武山县将着力做好七方面工作。\n\n"
            "持续壮大蔬菜产业,全年新建改造设施蔬菜钢架大棚2200亩,新建产地市场5个。")  # fmt: skip
    assert [(k, y, v) for k, y, _, v, _ in drafted(text, 2022)] == [
        ("target", 2022, 2200), ("target", 2022, 5)]  # fmt: skip


def test_a_heading_of_the_years_work_announces_it() -> None:
    text = ("二、2025年工作安排\n"
            "推进产业升级,新培育规上工业企业30家,新建5G基站300个。")  # fmt: skip
    assert [(k, y, v) for k, y, _, v, _ in drafted(text)] == [
        ("target", 2025, 30), ("target", 2025, 300)]  # fmt: skip


def test_a_sentence_that_names_the_year_and_what_will_be_done_announces_it() -> None:
    # 张店区 2019, a news page (held-out batch 38): every figure was drafted as 2018's
    text = ("刚刚过去的2018年,张店区经济高质量发展全面起势。2019年,张店区将以新旧动能转换为"
            "引领,推动经济持续健康发展。\n\n  加快新旧动能转换\n\n"
            "年内引进外埠金融保险机构5家以上。")  # fmt: skip
    assert [(k, y, v) for k, y, _, v, _ in drafted(text, 2019)] == [("target", 2019, 5)]


def test_the_years_work_counted_as_it_is_announced_announces_it() -> None:
    # 甘谷县 2020, a news page (held-out batch 38): no year, 将 and fifteen things to do
    text = ("县政府将继续优先保障民生投入,重点抓好15件大事和民生实事。分别是: "
            "(8)新建行政村公共厕所120座。(10)城区新建便民市场5处。")  # fmt: skip
    assert [(k, v) for k, _, _, v, _ in drafted(text, 2020)] == [
        ("target", 120), ("target", 5)]  # fmt: skip


def test_a_paragraph_that_opens_on_the_past_is_the_review_again() -> None:
    text = ("今年,我县将着力做好五方面工作。\n"
            "过去一年,全县新建大棚2000亩。新培育规上工业企业30家。")  # fmt: skip
    assert [(k, y, v) for k, y, _, v, _ in drafted(text)] == [
        ("actual", 2024, 2000), ("actual", 2024, 30)]  # fmt: skip


def test_a_reviews_purpose_before_the_targets_block_plans_nothing() -> None:
    # a review of the plan rule: 确保 as a purpose in a review line, before the block
    text = ("过去一年,全县经济平稳向好。\n\n聚焦稳增长,确保经济运行在合理区间。地区生产总值增长6%。"
            "\n\n今年主要预期目标是:地区生产总值增长6.5%左右。")  # fmt: skip
    assert sorted((k, v) for k, _, _, v, _ in drafted(text, 2024)) == [
        ("actual", 6), ("target", 6.5)]  # fmt: skip


def test_a_news_title_naming_the_years_work_announces_nothing() -> None:
    text = "某县召开2024年重点工作部署会\n\n会议指出,全县地区生产总值增长6%,新增就业3200人。"
    assert [k for k, *_ in drafted(text, 2024)] == ["actual", "actual"]


def test_jiang_as_ba_is_no_will_and_a_count_beside_other_figures_is_read() -> None:
    text = ("过去一年,全县地区生产总值增长6%。\n\n我们将民生实事作为头等大事,全力办好10件民生"
            "实事。全县新增就业3200人。")  # fmt: skip
    assert [(k, v) for k, _, _, v, _ in drafted(text, 2024)] == [
        ("actual", 6), ("actual", 10), ("actual", 3200)]  # fmt: skip
    text = "今年,县政府将重点抓好15件民生实事,计划投资30亿元。"
    assert ("target", 2024, "计划投资", 30, "exact") in drafted(text, 2024)


def test_striving_marks_a_plan_in_its_own_line_only() -> None:
    # a review of the rule: a striving headline or review sentence made every paragraph
    # after it a plan, and a past word later in the line did not count (the rule was once
    # read over paragraphs, for 延津县 2024's plan of farming, held-out batch 42)
    headline = ("某县力争地区生产总值增长7%\n1月9日,县长作政府工作报告。报告显示,全县地区生产总值"
                "达到320亿元。")  # fmt: skip
    assert [(k, v) for k, _, _, v, _ in drafted(headline, 2024)] == [
        ("target", 7), ("actual", 320)]  # fmt: skip
    review = ("坚决扛稳粮食安全责任,确保全县粮食播种面积稳定在120万亩以上。\n\n"
              "新增城镇就业5000人。")  # fmt: skip
    assert [(k, v) for k, _, _, v, _ in drafted(review, 2024)][-1] == ("actual", 5000)
    later = "坚持民生优先,确保1.2万名困难群众温暖过冬。新增城镇就业5200人,比上年增加300人。"
    assert [k for k, _, _, v, _ in drafted(later, 2024) if v == 5200] == ["actual"]


def test_words_that_hold_li_zheng_or_que_bao_le_strive_for_nothing() -> None:
    text = "全力争取上级资金15.6亿元。新增城镇就业5200人。"
    assert [k for k, _, _, v, _ in drafted(text, 2024) if v == 5200] == ["actual"]
    text = "我们迎难而上,确保了全年目标任务圆满完成。地区生产总值增长6.5%。"
    assert [k for k, *_ in drafted(text, 2024)] == ["actual"]


def test_que_bao_a_thing_is_finished_strives() -> None:
    text = "全力以赴抓项目,确保重点项目如期竣工。新开工亿元以上项目30个。"
    assert [k for k, *_ in drafted(text, 2024)] == ["target"]


def test_a_purpose_said_with_que_bao_strives_for_nothing() -> None:
    text = "推出25项“免申即享”政策,确保惠企政策精准滴灌。新增市场主体5万户。"
    assert [k for k, *_ in drafted(text, 2024)] == ["actual", "actual"]


def test_a_sentence_that_strives_after_its_review_leaves_the_review() -> None:
    # tests/corpus/results/dalian-2022.yaml: the review's figure, then the year's aim
    text = "推出25项“免申即享”政策,确保惠企政策精准滴灌。今年力争新增市场主体5万户。"
    assert sorted((k, v) for k, _, _, v, _ in drafted(text, 2023)) == [
        ("actual", 25), ("target", 5)]  # fmt: skip


def test_a_line_that_strives_but_speaks_of_last_year_is_a_review() -> None:
    text = "去年,新培育高新技术企业50户。力争政策落地见效。"
    assert [(k, y, v) for k, y, _, v, _ in drafted(text)] == [("actual", 2024, 50)]


def test_a_line_that_strives_and_states_its_own_target_is_read_as_before() -> None:
    # tests/corpus/targets/xiangzhou-2021.yaml (shortened): its targets have no cue jfq
    # knows, and the qualitative one (保持正增长) must not be lost to the plan's prose rule.
    text = ("报告提出了今年政府工作目标任务:地区生产总值增长6%以上;固定资产投资保持正增长。"
            "香洲区将重点抓好六个方面工作,确保今年目标如期实现。")  # fmt: skip
    assert [(k, n, c) for k, _, n, _, c in drafted(text, 2021)] == [
        ("target", "地区生产总值", "at_least"),
        ("target", "固定资产投资", "qualitative"),
    ]


# -- projects counted by what was done to them ----------------------------------------------------


def test_a_verb_alone_after_a_count_of_projects_takes_their_noun() -> None:
    # tests/corpus/results/luzhou-2022.yaml: 开工248个 counts the projects said before
    text = "全年谋划实施项目382个,总投资1048亿元,开工248个,竣工投产141个。"
    assert [(n, v) for _, _, n, v, _ in drafted(text, 2023)] == [
        ("谋划实施项目", 382), ("谋划实施项目总投资", 1048), ("开工项目", 248),
        ("竣工投产项目", 141)]  # fmt: skip


def test_a_count_said_after_its_noun_is_named_verb_first_and_signed_is_no_about() -> None:
    # tests/corpus/targets/laocheng-2022.yaml: 签约8个 was read as 签 + "about 8"
    text = "力争全年产业项目签约8个、开工15个、投产8个。"
    assert [(n, v, c) for _, _, n, v, c in drafted(text, 2022)] == [
        ("签约产业项目", 8, "exact"), ("开工产业项目", 15, "exact"),
        ("投产产业项目", 8, "exact")]  # fmt: skip


def test_a_programmes_label_stays_first_and_a_predicate_is_no_verb_done() -> None:
    # tests/corpus/results/neixiang-2022.yaml; xingtai-2023 (完成 is the predicate of 投资)
    text = "“三个一批”项目开工98个、投产55个。"
    assert [(n, v) for _, _, n, v, _ in drafted(text, 2023)] == [
        ("“三个一批”开工项目", 98), ("“三个一批”投产项目", 55)]  # fmt: skip
    names = [n for _, _, n, _, _ in drafted("42个省重点项目投资完成148.47%。", 2023)]
    assert names and not any(n.startswith("完成") for n in names)


def test_about_in_a_paragraph_that_opened_on_the_past_is_a_result() -> None:
    # 呈贡区 2021 (held-out batch 52): 约132万平方米, with no word of a plan or the past in
    # its own sentence, made the five years' housing the next year's targets
    text = ("五年来,民生幸福指数直线上升。全力推进安置房建设,建成安置房12599套、"
            "约132万平方米,在建安置房237万平方米。")  # fmt: skip
    assert {k for k, *_ in drafted(text, 2022)} == {"actual"}


def test_the_work_that_serves_the_targets_ends_their_block() -> None:
    # 无锡市 2026 (held-out batch 54): 围绕实现上述目标,重点抓好以下八个方面工作 and the
    # headings of that work were drafted as qualitative targets (围绕, 巩固经济, …)
    text = ("今年经济社会发展的主要预期目标是:地区生产总值增长5%,粮食产量保持稳定。\n"
            "围绕实现上述目标,重点抓好以下八个方面工作:\n"
            "(一)强化内需拉动,巩固经济向好态势。坚持扩大内需这个战略基点,"
            "不断增强内需对经济增长的拉动力。")  # fmt: skip
    assert [n for _, _, n, _, _ in drafted(text, 2026)] == ["地区生产总值", "粮食产量"]


def test_a_clause_that_opens_on_will_looks_ahead() -> None:
    # 虹口区 2026 (batch 54): 将引进一批…,新增跨国公司地区总部和贸易型总部10家 was drafted
    # as a result
    text = "将引进一批高能级国际组织落地,新增跨国公司地区总部和贸易型总部10家。"
    assert drafted(text, 2026) == [
        ("target", 2026, "新增跨国公司地区总部和贸易型总部", 10, "exact")]  # fmt: skip


def test_a_news_pages_list_of_targets_set_and_counted_by_area() -> None:
    # batch 54: 设定 GDP 增长 5%…、未来产业规模达 1450 亿元的预期目标 named 设定GDP and
    # 未来产业规模的预期目标; 完成10方面46项为民办实事项目 named 方面为民办实事项目
    text = ("无锡市发改委发布 2026 年政府工作重点,设定 GDP 增长 5%、未来产业规模达 1450 亿元"
            "的预期目标。今年主要预期目标是:完成10方面46项为民办实事项目。")  # fmt: skip
    assert [n for _, _, n, v, _ in drafted(text, 2026) if v != 10] == [
        "GDP", "未来产业规模", "为民办实事项目"]  # fmt: skip


def test_the_years_plan_looks_ahead_and_what_was_actually_done_is_not_a_plan() -> None:
    # 舒城经济开发区 2021 (held-out batch 47): 全年计划实现工业总产值220亿元 was a result;
    # a review's 年初计划…,实际完成125亿元 named the result 年初计划地区生产总值
    plan = "一、树立大目标。全年计划实现工业总产值220亿元,实现税收8亿元。"
    assert drafted(plan, 2021) == [
        ("target", 2021, "工业总产值", 220, "exact"),
        ("target", 2021, "税收", 8, "exact")]  # fmt: skip
    # (stop 48: the plan's figure in a review is the year reviewed's target, as the corpus's
    # plan-execution reports have it, no result named by its plan)
    review = "全县年初计划实现地区生产总值120亿元,实际完成125亿元。"
    assert [(k, n, v) for k, _, n, v, _ in drafted(review, 2024)] == [
        ("target", "地区生产总值", 120), ("actual", "地区生产总值", 125)]  # fmt: skip


def test_the_year_before_said_in_words_after_a_contents_line_of_years() -> None:
    # 芦山县 2025 (held-out batch 55): a news page listed the report's parts (2025年和“十四五”
    # 工作回顾;…2026年工作要点), then 岑永杰说,过去一年,…。全年实现地区生产总值77.33亿元:
    # the figures took 2026 from the contents and were drafted as targets
    text = ("报告由四个部分组成:2025年和“十四五”工作回顾;“十五五”发展的主要考虑;"
            "2026年工作要点。岑永杰说,过去一年,县政府真抓实干、砥砺奋进。"
            "全年实现地区生产总值77.33亿元、增长6.0%。")  # fmt: skip
    assert {(k, y) for k, y, *_ in drafted(text, 2026)} == {("actual", 2025)}


def test_to_the_end_of_a_plan_is_a_horizon_and_its_targets_are_tasks() -> None:
    # 万源市 2021 (batch 55): 到“十四五”末,…地区生产总值要达到300亿元 was read as 2020's
    # result; 冲刺63.3亿元 named 增加值总量冲刺; 城区建成区面积 was named 区面积
    text = ("到“十四五”末,全市地区生产总值要达到300亿元。其中,一产业增加值总量冲刺63.3亿元。"
            "城区建成区面积达到20平方公里。")  # fmt: skip
    draft = extract(text, region="万源市", year=2021)
    assert [(r.kind, r.year, r.tier, r.name, r.value) for r in draft.targets][:2] == [
        ("target", 2025, "task", "地区生产总值", 300),
        ("target", 2025, "task", "一产业增加值总量", 63.3)]  # fmt: skip
    assert draft.targets[-1].name == "城区建成区面积"
