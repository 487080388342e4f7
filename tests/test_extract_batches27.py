"""Faults that stop 27 found: in the seed 004 drafted whole (解放区's 2022 report, a
five-year review and a year's) and in the corpus's misses, each reproduced before it was
fixed.  Every expected row is written by hand from the sentence in the test; the passage
it comes from is named in each comment."""

from __future__ import annotations

from typing import Any

from jfq.authoring.extract import extract


def rows(text: str, year: int = 2022) -> list[tuple[Any, ...]]:
    draft = extract(text, region="某市", year=year)
    return [(r.name, r.value, r.unit, r.measure, r.since) for r in draft.targets]


def test_a_paragraph_that_opens_on_five_years_counts_them_together() -> None:
    # seed 004 (这五年,是解放区量质并进的五年。全区共引进省外境内资金270亿元…) and the
    # corpus's chaozhou-2020, chenxi-2025, deyang-2020-review: what was brought in, built or
    # added over the five years was drafted as the last year's, with no measure
    text = (
        "这五年,是解放区量质并进的五年。全区共引进省外境内资金270亿元,落地知名企业592家。"
        "城镇居民人均可支配收入增加11500元,居全市首位。\n"
    )
    assert rows(text) == [
        # (引进 and 落地 stay in a name since stop 33, as the corpus's readers keep them)
        ("引进省外境内资金", 270, "亿元", "cumulative", 2017),
        ("落地知名企业", 592, "家", "cumulative", 2017),
        ("城镇居民人均可支配收入", 11500, "元", "cumulative", 2017),
        # (居全市首位: a rank, read since stop 28; the year's, as a rank is not summed)
        ("城镇居民人均可支配收入", 1, "位", "rank", None),
    ]


def test_in_a_five_years_paragraph_a_level_reached_and_a_named_year_stay_the_years() -> None:
    # corpus chaozhou-2020 (城乡居民人均可支配收入2.33万元: the level) and anhua-2021 (过去五年,
    # …。2021年,全县完成地区生产总值263.5亿元): a level and a year's own figure keep no measure
    text = (
        "过去五年,经济总量完成历史性跨越。全县地区生产总值突破150亿元,常住人口城镇化率达"
        "65.8%,城乡居民人均可支配收入2.33万元。2021年,新增城镇就业5200人。\n"
    )
    assert rows(text) == [
        ("地区生产总值", 150, "亿元", None, None),
        ("常住人口城镇化率", 65.8, "%", None, None),
        ("城乡居民人均可支配收入", 2.33, "万元", None, None),
        ("新增城镇就业", 5200, "人", None, None),
    ]


def test_a_paragraph_that_does_not_open_on_years_is_the_years_own() -> None:
    # guard: a year's review whose later sentence recalls the years (…五年来首次) counts nothing
    # together, and a paragraph after a five-years one is its own
    text = "这五年,是量质并进的五年。引进项目470个。\n2021年,全县引进项目52个,为五年来最多。\n"
    assert rows(text) == [
        ("引进项目", 470, "个", "cumulative", 2017),
        ("引进项目", 52, "个", None, None),
    ]


def test_a_level_the_years_began_from_is_the_first_named_years() -> None:
    # seed 004: 2017年到2021年,…从129.6亿元增加到181.8亿元 drafted 129.6 as 2020's (the year
    # before the one reviewed); targets.yaml, curated by hand, has it as 2017's with a note.
    # The 年均 figure of a paragraph that opens on five years is of those years.
    text = (
        "这五年,是解放区跨越赶超的五年。2017年到2021年,全区地区生产总值年均增长10亿元以上,"
        "从129.6亿元增加到181.8亿元。\n"
    )
    draft = extract(text, region="某市", year=2022)
    assert [(r.year, r.since, r.value, r.measure) for r in draft.targets] == [
        (2021, 2017, 10, "average"),
        (2017, None, 129.6, None),
        (2021, None, 181.8, None),
    ]


def names(text: str) -> list[tuple[Any, ...]]:
    return [(r.name, r.value, r.unit) for r in extract(text, region="某市", year=2022).targets]


def test_levels_of_government_joined_by_a_pause_are_one_noun() -> None:
    # seed 004: 17个省、市重点项目年度完成投资64.45亿元 was named 17个省 (the 、 read as a
    # list's), and 114个区重点项目年度完成投资 counted 区重点项目年度 (年度 is the verb's time).
    # The investment is the projects' (省、市重点项目投资, as targets.yaml names it), as
    # tests/corpus/README.md says of a measure said right after a count of things (stop 55).
    text = "2021年,17个省、市重点项目年度完成投资64.45亿元;114个区重点项目年度完成投资134.1亿元。"
    assert names(text) == [
        ("省、市重点项目", 17, "个"),
        ("省、市重点项目投资", 64.45, "亿元"),
        ("区重点项目", 114, "个"),
        ("区重点项目投资", 134.1, "亿元"),
    ]


def test_a_verb_inside_quotation_marks_is_the_counted_nouns() -> None:
    # seed 004: 开展2场“云签约”活动 was named “云 (签约 read as the count's predicate)
    assert names("2021年,开展2场“云签约”活动,累计对接项目875个。") == [
        ("“云签约”活动", 2, "场"),
        ("对接项目", 875, "个"),
    ]


def test_a_count_or_a_scope_opening_a_name_is_none_of_it() -> None:
    # seed 004: 3个城市集中式饮用水水源水质达标率均为100% kept 3个, and 在全市率先完成6条河道
    # 黑臭水体整治任务 was named 在全市河道黑臭水体; corpus lanzhou-2013: 在全省的首位度
    text = (
        "2021年,3个城市集中式饮用水水源水质达标率均为100%。在全市率先完成6条河道黑臭水体整治任务。"
        "全市实现生产总值1776.83亿元,在全省的首位度为28.2%。"
    )
    assert names(text) == [
        ("城市集中式饮用水水源水质达标率", 100, "%"),
        ("河道黑臭水体", 6, "条"),
        ("生产总值", 1776.83, "亿元"),
        ("首位度", 28.2, "%"),
    ]


def test_funds_said_before_what_they_were_spent_on_are_a_figure_of_their_own() -> None:
    # seed 004: 投资4300万元完成年度71个老旧小区改造任务 lost the 4300 and named the count
    # 投资4300万元年度老旧小区; 投资3100万元改扩建…5条道路 lost the 3100.  corpus dean-2022:
    # 投入5.7亿元实施水环境综合治理项目 is named 投入 (the project is the purpose).
    text = (
        "2021年,投资4300万元完成年度71个老旧小区改造任务;投资3100万元改扩建孟州路、政一街等"
        "5条道路;投入5.7亿元实施水环境综合治理项目。"
    )
    assert names(text) == [
        ("投资", 4300, "万元"),
        ("老旧小区", 71, "个"),
        ("投资", 3100, "万元"),
        ("道路", 5, "条"),
        ("投入", 5.7, "亿元"),
    ]


def test_a_regions_name_inside_a_proper_name_makes_no_row_of_that_region() -> None:
    # seed 004 drafted whole: 引进河南理工大学…重点实验室2个 became 河南省's row named
    # 理工大学…, and 焦作·百年矿业遗址公园 in a list made the count 焦作市's
    text = (
        "2021年,引进河南理工大学煤矿仿真和新型材料重点实验室2个。焦电文化艺术创意产业园、"
        "焦作·百年矿业遗址公园、山的礼物·猫岔乡野度假民宿3个文旅项目成功签约。"
    )
    known = {"河南": "河南省", "河南省": "河南省", "焦作": "焦作市", "焦作市": "焦作市"}
    draft = extract(text, region="解放区", year=2022, known_regions=known)
    assert [(r.region, r.name, r.value) for r in draft.targets] == [
        # (引进 stays since stop 33: the corpus's readers keep it in 59 names of 66)
        ("解放区", "引进河南理工大学煤矿仿真和新型材料重点实验室", 2),
        # (names listed before a count with no 等 are examples, as with 等; 成功 is how the
        # verb went, no part of the noun)
        ("解放区", "文旅项目", 3),
    ]


def test_names_listed_after_a_verb_are_examples_but_not_before_money_or_a_de() -> None:
    # seed 004: 投资3100万元改扩建孟州路、政一街等5条道路 (with 等) and, with no 等, 新建孟州路、
    # 政一街2条道路 was named 孟州路道路.  Guards, from the corpus: changle-2022-trad (全市首个、
    # 总投资近50亿元的EOD项目: money) and qinan-2015-trad (解决刘坪、中山等乡镇4万人的…: 的)
    text = (
        "2021年,全市首个、总投资近50亿元的EOD项目获批。新建孟州路、政一街2条道路。"
        "解决刘坪、中山等乡镇4万人的饮水不安全问题。"
    )
    assert names(text) == [
        ("首个的EOD项目", 50, "亿元"),
        ("道路", 2, "条"),
        ("乡镇的饮水不安全问题", 4, "万人"),
    ]


def test_the_investment_of_projects_counted_by_example_is_a_figure() -> None:
    # seed 004: 确保总投资108亿元的南太行森林公园等23个在建项目尽快投产达效 lost the 108
    # (tests/corpus/README.md: 总投资570亿元的36个项目 gives 总投资 and the count)
    text = "2021年,总投资108亿元的南太行森林公园等23个在建项目尽快投产达效。"
    assert names(text) == [("总投资", 108, "亿元"), ("在建项目", 23, "个")]


KNOWN = {"全国": "全国", "中国": "全国", "湖北": "湖北省", "示范区": "示范区", "北京": "北京市"}


def regions(text: str, region: str, year: int = 2024) -> list[tuple[Any, ...]]:
    draft = extract(text, region=region, year=year, known_regions=KNOWN)
    return [(r.region, r.name, r.value) for r in draft.targets]


def test_a_lead_in_names_a_region_only_when_the_data_knows_it() -> None:
    # corpus weihai-2017, with --region 威海市: every row was drafted for a region named
    # 年全市 (context.lead_region read 2017年全市经济… with a pattern); 40 passages had
    # such rows (报告确定了我区, 建议今年全市, 年长春市 …)
    text = "2017年全市经济社会发展主要预期目标为:生产总值增长8%左右,一般公共预算收入增长9%左右。"
    assert regions(text, "威海市", 2017) == [
        ("威海市", "生产总值", 8), ("威海市", "一般公共预算收入", 9)]  # fmt: skip


def test_regions_named_in_a_sentences_course_make_no_side_by_side_page() -> None:
    # corpus xianfeng-2024: …考察湖北重要讲话精神…推进中国式现代化…“两山”实践创新示范区…,
    # 实现地区生产总值130亿元 was drafted three times, for 全国, 湖北省 and 示范区
    text = (
        "一年来,我们深入学习贯彻习近平总书记考察湖北重要讲话精神,紧扣推进中国式现代化这个"
        "主题,围绕建设“两山”实践创新示范区,实现地区生产总值130亿元、增长6.5%。"
    )
    assert regions(text, "咸丰县", 2025) == [
        ("咸丰县", "地区生产总值", 130), ("咸丰县", "地区生产总值", 6.5)]  # fmt: skip


def test_the_nation_in_a_local_reports_ranks_and_a_verbs_object_are_no_subjects() -> None:
    # corpus tianxin-2020 and pingshan-2023-review: 全国综合竞争力百强城区排名…位居第64位
    # was the nation's rank; tianjin-hebei-2025: 引进北京新设机构55家 was 北京市's row
    text = "2023年,全国综合竞争力百强城区排名再次跃升7个位次,位居第64位。引进北京新设机构55家。"
    draft = extract(text, region="天心区", year=2024, known_regions=KNOWN)
    # (the list keeps 全国, as the corpus's tianxin-2020 names it: since stop 47; the name
    # had lost it as a scope word)
    assert [(r.region, r.name, r.value, r.unit, r.measure) for r in draft.targets] == [
        ("天心区", "全国综合竞争力百强城区排名", 7, "个位次", "rank"),
        ("天心区", "全国综合竞争力百强城区排名", 64, "位", "rank"),
        ("天心区", "引进北京新设机构", 55, "家", None),  # (引进 stays since stop 33)
    ]


def test_a_run_of_counts_shares_the_noun_said_after_its_last() -> None:
    # seed 004 (2022 targets): 高规格做好41个、1744户老旧小区改造 was named 高规格做好 (41) and
    # 老旧小区 (1744); 新建5所、扩建3所学校 gave a row named 新建.  A noun of its own after
    # the pause (失业人员再就业3000人) is no count of the run.
    text = (
        "2022年,高规格做好41个、1744户老旧小区改造。新建5所、扩建3所学校。"
        "新增就业5000人、失业人员再就业3000人。"
    )
    assert names(text) == [
        ("老旧小区", 41, "个"),
        ("老旧小区", 1744, "户"),
        ("学校", 5, "所"),
        ("学校", 3, "所"),
        ("新增就业", 5000, "人"),
        ("新增失业人员再就业", 3000, "人"),
    ]


def test_counts_joined_by_he_and_a_predicate_inside_the_counted_noun() -> None:
    # seed 004: 400个楼院视频监控系统和200个楼院智慧门禁安装完成 lost the 400 (和 was read
    # as part of the noun), 推动41个问题楼盘进入化解程序 was named 问题楼盘进入, and 推进
    # 棚户区改造项目13个 was named 项目 (棚户区 read as a government's name before 改造); and
    # (stop 34) 推进 is the clause's verb, as targets.yaml has it: 棚户区改造项目
    text = (
        "2021年,400个楼院视频监控系统和200个楼院智慧门禁安装完成,推动41个问题楼盘进入化解程序,"
        "推进棚户区改造项目13个。"
    )
    assert [(n, v) for n, v, _ in names(text)] == [
        ("楼院视频监控系统", 400),
        ("楼院智慧门禁安装", 200),
        ("问题楼盘", 41),
        ("棚户区改造项目", 13),
    ]


def test_an_investment_said_of_what_comes_after_takes_no_name_from_before() -> None:
    # seed 004: …等23个在建项目尽快投产达效;总投资260亿元的电厂文化创意产业园等23个新建项目
    # 年内开工启动: the 260 was named 在建项目总投资, after the clause before
    text = (
        "2022年,确保总投资108亿元的南太行森林公园等23个在建项目尽快投产达效;"
        "总投资260亿元的电厂文化创意产业园等23个新建项目年内开工启动。"
    )
    assert names(text) == [
        ("总投资", 108, "亿元"), ("在建项目", 23, "个"),
        ("总投资", 260, "亿元"), ("新建项目", 23, "个")]  # fmt: skip


def test_the_sizes_of_one_named_project_are_none_of_the_years_figures() -> None:
    # seed 004: 占地面积150亩、总投资12亿元的龙佰国际康养城项目建设正式启动 drafted 占地面积
    # 150亩 (tests/corpus/README.md leaves out the size of one named project; the 12亿元 was
    # left out already).  A figure of its own before such a size stays (corpus qingyang-2023).
    text = (
        "2021年,占地面积150亩、总投资12亿元的龙佰国际康养城项目建设正式启动;"
        "全年生产原油1040万吨、占地1.7万亩的产业园全面铺开。"
    )
    assert [(n, v) for n, v, _ in names(text)][:1] == [("原油", 1040)]


def test_a_comma_before_three_digits_ends_a_clause_unless_it_follows_a_digit() -> None:
    # seed 004: 4292名党员群众积极投身抗疫一线,530支抢险突击队奔赴一线 lost the 4292 (the
    # comma before 530 was read as a thousands' mark, 1,234); corpus alashan-youqi-2025 too
    text = "2021年,4292名党员群众积极投身抗疫一线,530支抢险突击队奔赴一线,税收收入1,234万元。"
    assert names(text) == [
        ("党员群众", 4292, "名"),
        ("抢险突击队", 530, "支"),
        ("税收收入", 1234, "万元"),
    ]


def test_a_class_of_size_and_the_speed_of_a_named_line_are_no_figures() -> None:
    # corpus jiangning-2024 (极星科技…等4个50亿级项目落户江宁) and yulin-2024 (时速350公里的
    # 南珠高铁南玉段建成通车), read once the comma before 255 and 740 ended a clause
    # (the corpus drafts no row for the 4 either: the count of a noun holding a size class is
    # left out, a gap the README records)
    text = (
        "2024年,4个50亿级项目落户江宁,255个亿元以上项目签约入驻。"
        "时速350公里的南珠高铁南玉段建成通车。"
    )
    assert [(n, v) for n, v, _ in names(text)] == [("亿元以上项目", 255)]


def test_deposits_and_loans_with_no_head_and_both_of_them() -> None:
    # corpus hainan-2009-trad (金融機構存、貸款分別增長35%和40.1%: no 余额 after them) and
    # zhangjiakou-2023-review (存贷款余额双双突破5000亿元: 双双, both, as 均)
    text = "2023年,金融機構存、貸款分別增長35%和40.1%。金融机构本外币存贷款余额双双突破5000亿元。"
    assert names(text) == [
        ("金融機構存款", 35, "%"),
        ("金融機構貸款", 40.1, "%"),
        ("金融机构本外币存款余额", 5000, "亿元"),
        ("金融机构本外币贷款余额", 5000, "亿元"),
    ]


def test_a_level_back_to_a_share_of_the_year_before_is_named_by_its_indicator() -> None:
    # corpus zhongxiang-2020 (the covid year): 地区生产总值511亿元,相比2019年恢复90%;一般公共
    # 预算收入13.79亿元,恢复66.7% named the 90 and the 66.7 恢复 (tests/corpus/README: each a
    # row on its indicator, no direction)
    text = "2020年,全市地区生产总值511亿元,相比2019年恢复90%;一般公共预算收入13.79亿元,恢复66.7%。"
    assert names(text) == [
        ("地区生产总值", 511, "亿元"),
        ("地区生产总值", 90, "%"),
        ("一般公共预算收入", 13.79, "亿元"),
        ("一般公共预算收入", 66.7, "%"),
    ]


def test_incomes_matched_to_the_economy_are_in_step() -> None:
    # corpus wuhu-2025 (居民人均可支配收入与经济增长相匹配), mianyang-2023 (增长与经济发展的
    # 新趋势基本一致) and qionglai-2023 (不低于经济增速) were drafted qualitative
    text = (
        "2025年主要预期目标是:地区生产总值增长6%以上;居民人均可支配收入与经济增长相匹配;"
        "地方一般公共预算收入增长与经济发展的新趋势基本一致;农村居民人均可支配收入不低于经济增速。"
    )
    draft = extract(text, region="某市", year=2025)
    assert [(r.name, r.comparator) for r in draft.targets] == [
        ("地区生产总值", "at_least"),
        ("居民人均可支配收入", "in_step"),
        ("地方一般公共预算收入", "in_step"),
        ("农村居民人均可支配收入", "in_step"),
    ]


def test_a_mean_of_years_in_another_clause_leaves_a_change_of_the_five_years() -> None:
    # batch 75 (牡丹江市东安区, 2022): 五年来,…。全区地区生产总值累计完成288.2亿元,年均增长
    # 4.1%,规模以上工业总产值增长41% drafted the 41 with no measure (the 年均 of the clause
    # before was read as its own); corpus anyue-2021 (…年均增长9.7%,城乡居民人均可支配收入
    # 分别增长31.4%、41.9%) the same.  Its own mean after it still makes a level the year's.
    text = (
        "五年来,我们始终坚持稳中求进。全区地区生产总值累计完成288.2亿元,年均增长4.1%,"
        "规模以上工业总产值增长41%,全市占比显著提高;固定资产投资250.3亿元,年均增长10.3%。\n"
    )
    assert rows(text) == [
        ("地区生产总值", 288.2, "亿元", "cumulative", 2017),
        ("地区生产总值", 4.1, "%", "average", 2017),
        ("规模以上工业总产值", 41, "%", "cumulative", 2017),
        ("固定资产投资", 250.3, "亿元", None, None),
        ("固定资产投资", 10.3, "%", "average", 2017),
    ]


def test_examples_before_a_numbered_group_and_an_adverb_open_no_name() -> None:
    # batch 75 (巢湖市 2016): 建材等五大主导产业实现产值300亿元 was named 建材等五大主导产业
    # 产值; (徐闻县 2020): 率先设立3个集中医学观察点 was named 率先集中医学观察点
    text = "2015年,建材等五大主导产业实现产值300亿元,增长6%。率先设立3个集中医学观察点。"
    assert names(text) == [
        ("五大主导产业产值", 300, "亿元"),
        ("五大主导产业产值", 6, "%"),
        ("集中医学观察点", 3, "个"),
    ]


def test_a_plans_list_that_names_its_plans_end_is_for_that_year() -> None:
    # corpus dongkou-2020 (洞口县, a news summary the corpus files as 2020): 今后五年,该县…的
    # 主要目标是:到“十三五”末,地区生产总值达到214.9亿元 was drafted for the report's year plus
    # four (2024 when read as 2020's), not for the plan's end
    text = (
        "今后五年,该县经济社会发展的主要目标是:到“十三五”末,地区生产总值达到214.9亿元,年均增长10%。"
    )
    draft = extract(text, region="洞口县", year=2018)
    assert [(r.year, r.value) for r in draft.targets] == [(2020, 214.9), (2020, 10)]


def test_a_rank_among_a_named_citys_counties_is_a_rank() -> None:
    # corpus hengzhou-2025 (横州市): 总量稳居南宁市县域第一 and 排南宁市县域第一 were no ranks
    text = "2024年,全市地区生产总值完成423.46亿元,总量稳居南宁市县域第一、全区县域前列,增长5.4%。"
    draft = extract(text, region="横州市", year=2025)
    assert [(r.name, r.value, r.measure) for r in draft.targets] == [
        ("地区生产总值", 423.46, None),
        ("地区生产总值", 1, "rank"),
        ("地区生产总值", 5.4, None),
    ]


def test_bulleted_paragraphs_go_on_from_the_paragraph_that_opened_on_years() -> None:
    # corpus nanning-2021 and pingliang-2021: 过去五年,…。 then ——脱贫攻坚全面胜利。实现…421个
    # 贫困村全部出列 drafted the 421 as the last year's; a bullet that names its year stays its own
    text = (
        "过去五年,是南宁发展历史上具有里程碑意义的五年。\n"
        "——脱贫攻坚全面胜利。421个贫困村全部出列。\n"
        "——经济实力提升进位。2020年,全市地区生产总值完成4726.3亿元。\n"
        "二、2021年工作安排\n"
        "——新增城镇就业5万人。\n"
    )
    draft = extract(text, region="某市", year=2021)
    assert [(r.kind, r.name, r.value, r.measure, r.since) for r in draft.targets] == [
        ("target", "新增城镇就业", 5, None, None),  # (the year's plan: no bullet of the five years)
        ("actual", "贫困村", 421, "cumulative", 2016),
        ("actual", "地区生产总值", 4726.3, None, None),
    ]


def test_a_run_of_margins_over_a_list_of_benchmarks_is_the_figure_befores() -> None:
    # corpus qinyang-2022: 规上工业增加值同比增长7.7%,分别高于全国、全省、焦作市平均增速4.1、2.6、
    # 1.1个百分点 lost the 4.1 (a run of three values shares its unit), named the others 高于全国
    # and 全省 (a list of benchmarks), and marked them averages (平均 is the benchmark's)
    text = (
        "2021年,规上工业增加值同比增长7.7%,"
        "分别高于全国、全省、焦作市平均增速4.1、2.6、1.1个百分点。"
    )
    assert rows(text) == [
        ("规上工业增加值", 7.7, "%", None, None),
        ("规上工业增加值", 4.1, "个百分点", None, None),
        ("规上工业增加值", 2.6, "个百分点", None, None),
        ("规上工业增加值", 1.1, "个百分点", None, None),
    ]


def test_a_percentage_glued_to_the_next_name_ends_its_clause() -> None:
    # batch 77 (遵义市播州区 2024): 完成地区生产总值增长5%农林牧渔业总产值增长4.2%…城乡居民人均
    # 可支配收入分别增长4.7%、6.6% (a page that lost its separators) gave every value to the
    # incomes of the 分别 at its end
    text = (
        "2024年,完成地区生产总值增长5%农林牧渔业总产值增长4.2%规模工业增加值增长7.1%"
        "城乡居民人均可支配收入分别增长4.7%、6.6%。增长20%的企业达到30家。"
    )
    assert [(n, v) for n, v, _ in names(text)] == [
        ("地区生产总值", 5),
        ("农林牧渔业总产值", 4.2),
        ("规模工业增加值", 7.1),
        ("城镇居民人均可支配收入", 4.7),
        ("农村居民人均可支配收入", 6.6),
        ("增长20%的企业", 30),
    ]


def test_reported_and_running_totals_are_no_part_of_a_name() -> None:
    # batch 77 (红花岗区 2023): 城镇、农村常住居民人均可支配收入分别上报完成47975元 was named
    # …分别上报; (辽东湾新区 2018): 港口累计吞吐量完成3700万吨 was named 港口累计吞吐量
    text = (
        "2023年,城镇、农村常住居民人均可支配收入分别上报完成47975元、22137元。"
        "港口累计吞吐量完成3700万吨,同比增长9%。"
    )
    assert [(n, v) for n, v, _ in names(text)] == [
        ("城镇常住居民人均可支配收入", 47975),
        ("农村常住居民人均可支配收入", 22137),
        ("港口吞吐量", 3700),
        ("港口吞吐量", 9),
    ]


def test_a_capacity_that_names_a_project_is_no_figure() -> None:
    # batch 77 (播州区 2024): 6万吨电解锰、22万吨省储粮…等重大项目陆续开工建设, 年产30万吨
    # 基均质料项目即将试生产 drafted the capacities; money said the same way stays a figure
    text = (
        "2024年,6万吨电解锰、22万吨省储粮、两万套铝材模具生产线等重大项目陆续开工建设,"
        "年产30万吨基均质料项目即将试生产。投入5.7亿元实施水环境综合治理项目。"
    )
    assert names(text) == [("投入", 5.7, "亿元")]


def test_a_margin_over_the_expected_target_is_the_figure_befores() -> None:
    # batch 76 (遂宁市 2019, a plan-execution report): 全社会固定资产投资增长12%,高于预期目标2个
    # 百分点 named the margin 高于 (预期目标 read as a cue), and 进出口总额实现36.2亿元,超预期
    # 目标9.7亿元 opened a targets block that made the items after it the next year's targets
    text = (
        "2019年,全社会固定资产投资增长12%,高于预期目标2个百分点,增速居全省第11位。\n"
        "进出口总额实现36.2亿元,超预期目标9.7亿元。\n"
        "城镇居民人均可支配收入增长9.5%,高于预期目标1.1个百分点。\n"
    )
    draft = extract(text, region="某市", year=2020)
    assert [(r.kind, r.name, r.value, r.unit) for r in draft.targets] == [
        ("actual", "全社会固定资产投资", 12, "%"),
        ("actual", "全社会固定资产投资", 2, "个百分点"),
        ("actual", "全社会固定资产投资增速", 11, "位"),
        ("actual", "进出口总额", 36.2, "亿元"),
        ("actual", "进出口总额", 9.7, "亿元"),
        ("actual", "城镇居民人均可支配收入", 9.5, "%"),
        ("actual", "城镇居民人均可支配收入", 1.1, "个百分点"),
    ]
