"""Faults that the fifth to twenty-second held-out batches and a review of the change showed
(tests/corpus; each batch measured before any of its misses was read), each reproduced
first unless its comment says it is a guard.  Every expected row is written by hand
from the sentence above it, as tests/corpus/README.md says a reader would draft it."""

from __future__ import annotations

from typing import Any

from extract_rows import bundled_regions

from jfq.authoring.extract import extract


def drafted(text: str, year: int = 2025) -> list[tuple[Any, ...]]:
    draft = extract(text, region="示例县", year=year)
    return [(r.kind, r.year, r.name, r.value, r.unit) for r in draft.targets]


def test_a_plans_title_names_no_year_for_the_figures_after_it() -> None:
    # tests/corpus/results/xianfeng-2024.yaml: (2021-2035年) is the plan's horizon
    text = ("2024年,实现地区生产总值130亿元、增长6.5%。\n"
            "形成《咸丰县国土空间总体规划(2021-2035年)》成果。\n"
            "争取中省预算内、特别国债、专项债券项目42个,到位资金18.7亿元、增长21%。")  # fmt: skip
    assert [(k, y, v) for k, y, _, v, _ in drafted(text)] == [
        ("actual", 2024, 130), ("actual", 2024, 6.5), ("actual", 2024, 42),
        ("actual", 2024, 18.7), ("actual", 2024, 21)]  # fmt: skip


def test_one_amount_after_a_list_is_the_lists_total_and_a_rate_is_each_ones() -> None:
    # tests/corpus/results/chengcheng-2022.yaml; a growth after a list is each one's
    text = "2024年,举行重点项目集中开工、观摩活动13次,工业投资、技改投资增长12%。"
    assert [(n, v) for _, _, n, v, _ in drafted(text)] == [
        ("重点项目集中开工、观摩活动", 13), ("工业投资", 12), ("技改投资", 12)]  # fmt: skip


def test_an_ordinal_inside_a_name_is_no_rank_and_a_placed_one_is() -> None:
    # sources/004 (解放区 2022): 第一动力, 第一要务; tests/corpus/results/chengzhong-2023.yaml:
    # 位列五區第一; liulin-2022-trad: 總量全市第二、第三 (a run of ranks)
    assert drafted("把创新作为第一动力,以党建引领和保障发展“第一要务”。") == []
    ranks = drafted("2024年,地区生产总值增长5%,位列五区第一;农民收入总量全市第二、第三。")
    # (right after a growth, the rank is the growth's: test_extract_batches25)
    assert [(n, v) for _, _, n, v, _ in ranks if v in (1, 2, 3)] == [
        ("地区生产总值增速", 1), ("农民收入总量", 2), ("农民收入总量", 3)]  # fmt: skip


def test_a_leading_verb_goes_and_stays_where_the_object_needs_it() -> None:
    # tests/corpus/results/chengcheng-2022.yaml; sources/004 (解放区 2022)
    text = "2024年,聘任招商特使10名,积极申报争取中央预算内资金8466万元,引进项目38个。"
    assert [(n, v) for _, _, n, v, _ in drafted(text)] == [
        ("招商特使", 10), ("中央预算内资金", 8466), ("引进项目", 38)]  # fmt: skip


def test_a_ratio_a_measure_per_unit_and_a_figure_per_km2() -> None:
    # results/yuzhong-2025 (sixth batch) and ningbo-2018 (fifth batch): 地均 is per km² of
    # the subject before, like 人均; 收入比 is a noun, not a comparison
    text = ("2024年,地区生产总值实现1781.8亿元,人均突破31万元、地均迈上76亿元/平方公里新台阶,"
            "城乡居民收入比缩小到1.79:1。")  # fmt: skip
    assert [(n, v, u) for _, _, n, v, u in drafted(text)] == [
        ("地区生产总值", 1781.8, "亿元"), ("人均地区生产总值", 31, "万元"),
        ("地均地区生产总值", 76, "亿元/平方公里"), ("城乡居民收入比", 1.79, ":1")]  # fmt: skip


def test_each_said_at_a_clauses_start_is_each_not_per() -> None:
    # tests/corpus/results/jiaxing-2024.yaml: 均保持全省第三 ranks both incomes. A guard, not
    # a batch's fault: while 地均 was added, an empty look-behind briefly read this 均 as "per"
    text = "2024年,财政总收入、一般公共预算收入分别达到1073.6亿元和638.7亿元,均保持全省第三。"
    assert [(n, v) for _, _, n, v, _ in drafted(text)] == [
        ("财政总收入", 1073.6), ("一般公共预算收入", 638.7),
        ("财政总收入", 3), ("一般公共预算收入", 3)]  # fmt: skip


def test_deposits_and_loans_with_one_value_are_their_sum() -> None:
    # results/majiang-2019-trad (sixth batch); tests/corpus/results/zhouqu-2022.yaml (a run)
    one, run = (
        "2024年,金融机构存贷款余额完成103.42亿元。",
        "2024年,金融机构存贷款余额82.51亿元和45.06亿元。",
    )
    assert [(n, v) for _, _, n, v, _ in drafted(one)] == [("金融机构存贷款余额", 103.42)]
    assert [(n, v) for _, _, n, v, _ in drafted(run)] == [
        ("金融机构存款余额", 82.51), ("金融机构贷款余额", 45.06)]  # fmt: skip


def test_a_margin_over_a_benchmark_said_with_bi_and_a_per_head_before_the_value() -> None:
    # results/liupanshui-2018 (sixth batch): 比全省高 is a margin of the subject before,
    # and 每人 is the unit's denominator, not the name's
    text = ("2024年,人均地区生产总值5.18万元,比全省高1.18万元;"
            "全员劳动生产率每人9.6万元,比上年增加0.56万元。")  # fmt: skip
    assert [(n, v) for _, _, n, v, _ in drafted(text)] == [
        ("人均地区生产总值", 5.18), ("人均地区生产总值", 1.18),
        ("全员劳动生产率", 9.6), ("全员劳动生产率", 0.56)]  # fmt: skip


def test_a_counted_noun_ends_where_its_predicate_begins() -> None:
    # tests/corpus/results/zezhou-2022.yaml, jiaokou-2022.yaml; tumotezuoqi-2024 (fifth
    # batch): a roll call is no result; 引进亿元以上项目 keeps the verb its object needs
    text = ("本次大会应到代表215名,实到199名。2024年,8个重点项目进展顺利,"
            "引进亿元以上项目12个。")  # fmt: skip
    assert [(n, v) for _, _, n, v, _ in drafted(text)] == [
        ("重点项目", 8), ("引进亿元以上项目", 12)]  # fmt: skip


def test_figures_before_a_running_definition_are_results_and_two_quoted_terms_one_entry() -> None:
    # tests/corpus/glossary/henan-2019-trad.yaml (sixth batch), simplified
    text = ("2024年,一般公共预算收入增长7.3%;居民人均可支配收入增长8.6%左右,"
            "实现“三个同步”“三个高于”目标,即“城乡居民收入与地区生产总值同步增长”。")  # fmt: skip
    draft = extract(text, region="示例省", year=2025)
    assert [(r.kind, r.name, r.value) for r in draft.targets] == [
        ("actual", "一般公共预算收入", 7.3), ("actual", "居民人均可支配收入", 8.6)]  # fmt: skip
    assert [t.term for t in draft.terms] == ["“三个同步”“三个高于”目标"]


# -- the seventh and eighth batches ------------------------------------------------------------


def test_indicators_named_before_a_cue_word_open_no_targets_block() -> None:
    # results/loufan-2016-trad (seventh batch), simplified: 等主要指标止降回升 is a review
    text = ("2016年,地区生产总值、固定资产投资等主要指标止降回升。"
            "全年完成地区生产总值18.3亿元,增长33.3%。")  # fmt: skip
    assert [(k, n, v) for k, _, n, v, _ in drafted(text, 2017)] == [
        ("actual", "地区生产总值", 18.3), ("actual", "地区生产总值", 33.3)]  # fmt: skip


def test_a_task_is_no_qualitative_target_and_a_garbled_percent_still_a_figure() -> None:
    # targets/zhuhai-2019 and xian-2021-trad (eighth batch): 预期 is an adverb, 打造 and
    # 稳步推进 set tasks, and 以?xún)? is 以内 garbled by a page's converter
    text = ("2019年,地区生产总值预期增长7.5%,牢记初心稳步推进横琴建设,打造粤澳特别合作区;"
            "城镇登记失业率控制在4.5%以?。")  # fmt: skip
    assert [(n, v) for k, _, n, v, _ in drafted(text, 2019)] == [
        ("地区生产总值", 7.5), ("城镇登记失业率", 4.5)]  # fmt: skip


def test_the_years_task_is_no_indicator_and_a_share_of_a_sum_stays_a_share() -> None:
    # tests/corpus/results/wencheng-2012-trad.yaml and huizhou-2011.yaml. The share itself
    # (新增财力的70%用于民生) is not drafted: a miss the corpus records; what must not be
    # drafted is a row of 70% named 市级新增财力, or 年度 as a name.
    text = ("2024年,全年实现限额以上固定资产投资41亿元,超额完成年度任务,同比增长84.7%;"
            "坚持市级新增财力的70%用于民生。")  # fmt: skip
    assert [(n, v) for _, _, n, v, _ in drafted(text)] == [
        ("限额以上固定资产投资", 41), ("限额以上固定资产投资", 84.7)]  # fmt: skip


def test_a_five_year_review_that_beat_its_targets_is_read_as_a_review() -> None:
    # results/yantian-2011 (seventh batch): 超出预期目标 is a target beaten, a year between
    # a name and its verb says when, and 三次跨越千万标箱 names what the next clause gives
    text = ("本区生产总值预计2011年达到316亿元,比2006年增长85.7%;"
            "全社会固定资产投资五年累计完成406.5亿元,均较大幅度超出预期目标;"
            "节能减排目标全面完成。"
            "集装箱年吞吐量三次跨越千万标箱,2011年达1030万标箱。")  # fmt: skip
    assert [(k, y, n, v) for k, y, n, v, _ in drafted(text, 2012)] == [
        ("actual", 2011, "生产总值", 316), ("actual", 2011, "生产总值", 85.7),
        ("actual", 2011, "全社会固定资产投资", 406.5),
        ("actual", 2011, "集装箱年吞吐量", 1030)]  # fmt: skip


def test_a_list_of_counts_a_growth_with_a_minus_sign_and_a_first_estimate() -> None:
    # results/yanbian-2020, sanming-2020 and targets/zhuhai-2019 (eighth batch)
    text = ("初步统计2020年全市实现地区生产总值2966亿元;外贸出口106.6亿元,增长- 39.7%。"
            "7名确诊病例、1名无症状感染者、2名复阳患者全部治愈。")  # fmt: skip
    draft = extract(text, region="示例市", year=2021)
    assert [(r.name, r.value, r.unit, r.direction) for r in draft.targets] == [
        ("地区生产总值", 2966, "亿元", None), ("外贸出口", 106.6, "亿元", None),
        ("外贸出口", 39.7, "%", "down"), ("确诊病例", 7, "名", None),
        ("无症状感染者", 1, "名", None), ("复阳患者", 2, "名", None)]  # fmt: skip


def test_ji_jiang_is_soon_not_that_is() -> None:
    # results/qiandongnan-2019-trad (eighth batch), simplified: a digest's headline and its
    # paragraph, neither a definition
    text = ("——贫困发生率下降到1.19% ,即将撕掉绝对贫困标签。\n"
            "全年减少贫困人口23.53万人,黔东南即将彻底撕掉绝对贫困标签。")  # fmt: skip
    assert extract(text, region="示例州", year=2020).terms == []


def test_a_line_opening_with_ji_jiang_or_zhi_dao_is_no_glossed_term() -> None:
    # a review found 即 and 指 still plain in the item test: 即将 (soon) and 指导 (guide)
    # opened what it took for a definition, so any "label:" line became an entry
    for text in ("重点工作:即将开展城市更新行动。", "下一步:指导企业开展技术改造。"):
        assert extract(text, region="示例县", year=2023).terms == [], text
    glossed = extract("三个一批:即谋划一批、签约一批、开工一批。", region="示例县", year=2023)
    assert [t.term for t in glossed.terms] == ["三个一批"]


def test_the_field_a_rank_stands_among_is_neither_a_subject_nor_a_count() -> None:
    # results/zhenhai-2013 and tianchang-2015 (seventh batch)
    text = "2013年,全年空气质量优良率为75.3%,在全市8个国控站点中排名第三。"
    assert [(n, v, m) for _, _, n, v, m in drafted_with_measure(text, 2014)] == [
        ("空气质量优良率", 75.3, None), ("空气质量优良率", 3, "rank")]  # fmt: skip


def drafted_with_measure(text: str, year: int) -> list[tuple[Any, ...]]:
    draft = extract(text, region="示例县", year=year)
    return [(r.kind, r.year, r.name, r.value, r.measure) for r in draft.targets]


def test_a_news_pages_result_after_its_target_is_a_result() -> None:
    # tests/corpus/targets/hangzhou-2019-trad.yaml, simplified: words of the past and none
    # of a plan, after the block (the name is a metaphor a reader replaces; jfq keeps it).
    # The rows' year is not asserted: jfq gives a result the year before the report's, as a
    # report's review always is, and this page, written after its year, is the exception.
    text = ("2019年年初,杭州市政府工作报告提到的全市发展主要预期目标是地区生产总值增长7%左右。"
            "杭州最后交上的答卷为15373亿元,同比增长6.8%。")  # fmt: skip
    assert [(k, v) for k, _, _, v, _ in drafted(text, 2019)] == [
        ("target", 7), ("actual", 15373), ("actual", 6.8)]  # fmt: skip


def test_a_count_and_the_figure_of_what_it_counts_in_one_noun_phrase() -> None:
    # tests/corpus/results/minqing-2018.yaml: the count ends at its noun's head (企业), and
    # the name after it has a figure of its own
    text = "2018年,75家县级以上农业龙头企业年销售收入18.4亿元,60个3000万元以上工业项目开工。"
    assert [(n, v) for _, _, n, v, _ in drafted(text, 2019)] == [
        ("县级以上农业龙头企业", 75), ("年销售收入", 18.4),
        ("3000万元以上工业项目", 60)]  # fmt: skip


def test_a_footnotes_mark_and_the_word_for_ones_own_area_leave_a_name() -> None:
    # results/yaohai-2020 and yantian-2011 (seventh batch)
    text = "2020年,一般公共预算收入[1]完成15.2亿元,辖区税收收入总额48.6亿元。"
    assert [n for _, _, n, _, _ in drafted(text, 2021)] == ["一般公共预算收入", "税收收入总额"]


def test_a_rank_before_a_noun_of_its_own_is_read_without_a_fault() -> None:
    # targets/yueyang-2017-trad (ninth batch), simplified: the rank match has no unit, and
    # the test of a percentage after a figure had asked it for one (IndexError)
    text = "全市GDP迈上3000亿元台阶,保持了综合实力全省第二的位置。"
    assert (2.0, "rank") in [(v, m) for _, _, _, v, m in drafted_with_measure(text, 2017)]


# -- faults a review of the whole change found (each reproduced first) ---------------------------


def test_a_chinese_word_after_a_percentage_is_what_it_is_of() -> None:
    text = "2024年,森林覆盖率达到45%,90%村庄完成改厕,完成国有企业51%股权转让。"
    assert [(n, v) for _, _, n, v, _ in drafted(text)] == [("森林覆盖率", 45)]


def test_each_after_a_list_and_a_total_in_traditional_text() -> None:
    # 各 gives each name the count; a traditional page's unit is read as its simplified one
    text = "2024年,省級重點項目、市級重點項目各20個,建成國家級、省級示範社區5個。"
    assert [(n, v) for _, _, n, v, _ in drafted(text)] == [
        ("省級重點項目", 20), ("市級重點項目", 20), ("國家級、省級示範社區", 5)]  # fmt: skip


def test_a_shared_head_is_cut_where_the_first_modifier_ends() -> None:
    text = "2024年,国家级、省级示范社区分别达到5个和12个。"
    assert [(n, v) for _, _, n, v, _ in drafted(text)] == [
        ("国家级示范社区", 5), ("省级示范社区", 12)]  # fmt: skip


def test_a_ratio_from_one_level_to_another_and_the_sectors_ordinals() -> None:
    text = ("2024年,城乡居民收入比由2.1:1缩小到1.9:1。"
            "全市第二、第三产业增加值分别增长5%和7%。研发投入近三年年均增长20%。")  # fmt: skip
    assert [(n, v) for _, _, n, v, _ in drafted(text)] == [
        ("城乡居民收入比", 2.1), ("城乡居民收入比", 1.9), ("第二产业增加值", 5),
        ("第三产业增加值", 7), ("研发投入", 20)]  # fmt: skip


def test_a_verb_inside_a_counted_noun_and_a_state_after_an_adverb() -> None:
    assert [(n, v) for _, _, n, v, _ in drafted("2024年,累计开展6期政府消费券发放活动。")] == [
        ("政府消费券发放活动", 6)]  # fmt: skip
    text = "今年主要预期目标是:地区生产总值增长5%左右,乡村振兴全面推进。"
    assert [n for _, _, n, _, _ in drafted(text, 2024)] == ["地区生产总值", "乡村振兴"]


def test_li_ji_is_at_once_not_that_is() -> None:
    text = "对排查发现的问题立即整改,行政许可事项即办件占比由73.5%提升至84.1%。"
    assert extract(text, region="示例市", year=2024).terms == []


def test_a_region_in_a_rows_own_clause_keeps_the_row_and_its_name() -> None:
    text = "2024年主要目标:地区生产总值增长6%;郑州:新能源汽车产量增长30%。"
    draft = extract(text, region="河南省", year=2024, known_regions=bundled_regions())
    assert [(r.region, r.name) for r in draft.targets] == [
        ("河南省", "地区生产总值"), ("郑州市", "新能源汽车产量")]  # fmt: skip


def test_a_figure_in_the_years_work_after_its_targets_is_a_task() -> None:
    # sources/004 (解放区 2022), found by the review: these came back only while the report
    # was misread as a side-by-side page; the body's figures with no word of the past are
    # the year's tasks (to a named year, that year's)
    text = ("2022年经济社会发展的预期目标是:地区生产总值增长8%左右。\n"
            "(五)持续增进民生福祉。坚持以人民为中心的发展思想。\n"
            "高质量推进“人人持证、技能河南”建设,新增技能人才2400人。\n"
            "到2023年底,创建达标村(社区)、达标单位分别实现90%和95%以上的目标任务。\n"
            "去年全区新增就业8561人。")  # fmt: skip
    draft = extract(text, region="解放区", year=2022)
    assert [(r.year, r.tier, r.name, r.value) for r in draft.targets if r.kind == "target"] == [
        (2022, "headline", "地区生产总值", 8), (2022, "task", "新增技能人才", 2400),
        (2023, "task", "达标村", 90), (2023, "task", "达标单位", 95)]  # fmt: skip


def test_a_cue_word_that_is_a_clauses_subject_opens_no_block() -> None:
    # targets/zhushan-2024 (ninth batch): 主要约束性指标控制在… is a qualitative target at
    # the end of the targets sentence, not a cue that every figure before it leads up to
    text = ("2024年,该县力争实现地区生产总值增长10%以上,固定资产投资增长13%以上,"
            "主要约束性指标控制在省市规定范围以内。")  # fmt: skip
    assert [(n, v) for k, _, n, v, _ in drafted(text, 2024) if k == "target"] == [
        ("地区生产总值", 10), ("固定资产投资", 13), ("主要约束性指标", None)]  # fmt: skip


def test_a_narrow_pdf_column_is_joined_and_a_digest_of_short_items_is_not() -> None:
    # results/zhangjiakou-2018 (ninth batch): a column of about 25 characters, each line
    # broken mid-word (一|般公共预算收入, 规模|以上工业增加值); the lines of
    # tests/corpus/targets/shangluo-2018-trad.yaml, one item each, stay apart
    column = ("一、2018年工作回顾\n过去的一年,在习近平新时代中国特色社会主义思想\n"
              "指引下,我们坚决贯彻习近平总书记视察张家口重要指示\n"
              "精神,全面落实党中央、国务院和省委、省政府决策部署\n"
              "———经济发展稳中有进,总体向好。全市生产总值\n"
              "增长7.6%,全部财政收入增长18.5%、首次突破300亿元, 一\n"
              "般公共预算收入增长15.5%,固定资产投资增长7.4%,规模\n"
              "以上工业增加值增长13.8%,社会消费品零售总额增长\n"
              "8.9%,实际利用外资增长7.3%。\n")  # fmt: skip
    names = [n for _, _, n, _, _ in drafted(column, 2019)]
    assert "一般公共预算收入" in names and "规模以上工业增加值" in names
    digest = (
        "回顾2017年\n生产总值增长9.5%,规模以上工业增加值增长14.5%\n城乡居民收入分别增长8.6%和9.3%\n"
    )
    assert [n for _, _, n, _, _ in drafted(digest, 2018)][:2] == ["生产总值", "规模以上工业增加值"]


def test_items_of_a_category_each_with_a_value_and_a_growth_after_a_share() -> None:
    # results/jinxian-2018 and guiyang-2013-trad (ninth batch), simplified
    text = ("2018年,医疗器械、电子信息等行业产值分别增长7.9%、24%。"
            "全市生产总值达2085亿元,占全省比重提高到26%;增速达16%。")  # fmt: skip
    assert [(n, v) for _, _, n, v, _ in drafted(text, 2019)] == [
        ("医疗器械行业产值", 7.9), ("电子信息行业产值", 24), ("生产总值", 2085),
        ("生产总值", 26), ("生产总值", 16)]  # fmt: skip
    # (the share, 占全省比重提高到26%, is 生产总值's: the corpus's reader of guiyang-2013-trad
    # names it so; a share that names no owner is the figure before's since stop 38)


# -- the tenth batch, measured after the ninth's fixes --------------------------------------------


def test_under_a_review_heading_an_estimate_is_the_years_result() -> None:
    # results/nanchang-2017 (tenth batch): 增长9%左右 under 一、2017年工作回顾 is the year's
    # estimate, not a target without a cue
    text = ("一、2017年工作回顾\n\n——综合实力迈上新台阶。全年完成地区生产总值5003.2亿元,"
            "增长9%左右;规模以上工业增加值增长9.5%左右。\n")  # fmt: skip
    assert [(k, y, v) for k, y, _, v, _ in drafted(text, 2018)] == [
        ("actual", 2017, 5003.2), ("actual", 2017, 9), ("actual", 2017, 9.5)]  # fmt: skip


def test_a_pages_section_marks_and_a_dated_headline_are_no_glossary() -> None:
    # targets/longgang-2022 and xining-2020-trad (tenth batch)
    text = ("今年,龙岗区定下这些具体目标:\n经济◢\n全年完成固定资产投资超1400亿元\n"
            "产业◢\n新增规上工业企业超300家\n城市建设◢\n建成东部过境高速等道路35条\n"
            "2019“再回首”:西宁人更幸福、更自信\n")  # fmt: skip
    assert extract(text, region="示例区", year=2022).terms == []


def test_a_long_list_of_names_in_step_with_growth() -> None:
    # targets/xinxiang-2022 (tenth batch): three names, 21 characters with their 、
    text = ("主要预期目标是:地区生产总值增长10%以上,"
            "人均GDP、全员劳动生产率、人均可支配收入与经济增长协调同步。")  # fmt: skip
    assert [(n, c) for n, _, _, _, c in figures_of(text)] == [
        ("地区生产总值", "at_least"), ("人均GDP", "in_step"), ("全员劳动生产率", "in_step"),
        ("人均可支配收入", "in_step")]  # fmt: skip


def figures_of(text: str) -> list[tuple[Any, ...]]:
    draft = extract(text, region="示例市", year=2022)
    return [(r.name, r.value, r.value_max, r.unit, r.comparator) for r in draft.targets]


def test_an_aside_before_the_verb_and_a_subject_measured_another_way() -> None:
    # results/changshaxian-2022 and jianning-2022 (tenth batch)
    text = ("全年地区生产总值同比(下同)增长4.5%,地方一般公共预算收入3.5亿元,"
            "自然增幅2%,同口径完成3.67亿元,增幅6.1%。")  # fmt: skip
    assert [(n, v) for _, _, n, v, _ in drafted(text, 2023)] == [
        ("地区生产总值", 4.5), ("地方一般公共预算收入", 3.5), ("地方一般公共预算收入", 2),
        ("地方一般公共预算收入", 3.67), ("地方一般公共预算收入", 6.1)]  # fmt: skip


def test_from_a_years_level_to_this_years_and_a_margin_over_another_growth() -> None:
    # results/chenghua-2016 and longgang-2014 (tenth batch)
    text = ("2016年,全区路网密度由2012年的4.7千米/平方公里提升至6.25千米/平方公里。"
            "工业百强企业总产值3368.6亿元,高于规模以上工业企业增速5.3个百分点。")  # fmt: skip
    assert [(y, n, v) for _, y, n, v, _ in drafted(text, 2017)] == [
        (2012, "路网密度", 4.7), (2016, "路网密度", 6.25),
        (2016, "工业百强企业总产值", 3368.6), (2016, "工业百强企业总产值", 5.3)]  # fmt: skip


def test_a_growths_word_a_measures_basis_and_a_targets_own_word_for_itself() -> None:
    # tests/corpus/results/lixian-2017.yaml, nanchang-xihu-2015.yaml; targets/xiangzhou-2021
    text = ("2024年,规模以上工业增加值增速达到8.3%;完成财政总收入(市口径)80.52亿元,"
            "完成财政总收入(省口径)63.83亿元。")  # fmt: skip
    assert [n for _, _, n, _, _ in drafted(text)] == [
        "规模以上工业增加值", "财政总收入(市口径)", "财政总收入(省口径)"]  # fmt: skip
    assert [n for _, _, n, _, _ in drafted("今年主要目标是:全面完成节能指标。", 2024)] == ["节能"]


# -- faults a second review found in the fixes for batches 9 and 10 (each reproduced first) -------


def test_a_numbered_plan_heading_ends_the_review_and_a_title_turns_nothing() -> None:
    text = ("一、过去一年工作回顾\n全市地区生产总值增长5.5%。\n二、2024年主要工作\n"
            "今年全市地区生产总值增长6%左右,城镇新增就业1.2万人。")  # fmt: skip
    assert [(k, y, v) for k, y, _, v, _ in drafted(text, 2024)] == [
        ("target", 2024, 6), ("target", 2024, 1.2), ("actual", 2023, 5.5)]  # fmt: skip
    title = ("回顾过去一年 展望美好未来\n市长在报告中说,"
             "今年全市地区生产总值增长6%左右,力争一般公共预算收入增长5%。")  # fmt: skip
    assert [(k, v) for k, _, _, v, _ in drafted(title, 2024)] == [("target", 6), ("target", 5)]


def test_a_paragraph_of_an_earlier_year_after_the_targets_sets_no_task() -> None:
    text = ("某市2024年主要预期目标:地区生产总值增长6%左右。\n\n"
            "2023年,该市地区生产总值达到3050亿元,增长5.6%。"
            "规模以上工业增加值增长7.1%。")  # fmt: skip
    assert [k for k, _, _, _, _ in drafted(text, 2024)].count("target") == 1


def test_an_aside_before_a_name_and_a_shares_own_change_and_a_category_of_items() -> None:
    text = ("2023年,实现(预计)地区生产总值3000亿元,占全省比重26%,比上年提高1.2个百分点。"
            "粮食、油料等主要农产品产量分别达到50万吨、3万吨。")  # fmt: skip
    assert [(n, v) for _, _, n, v, _ in drafted(text, 2024)] == [
        ("地区生产总值", 3000), ("地区生产总值", 26), ("地区生产总值", 1.2),
        ("粮食产量", 50), ("油料产量", 3)]  # fmt: skip
    # (the share and its change are 地区生产总值's: a share that names no owner is the
    # figure before's since stop 38)


def test_a_digest_of_short_unpunctuated_items_is_not_joined_into_one_line() -> None:
    text = ("2023年全市十件民生实事完成情况\n"
            "新建改扩建城区中小学幼儿园12所新增学位8600个\n"
            "新增城镇就业岗位1.2万个帮扶困难人员实现就业\n"
            "改造城镇老旧小区86个惠及城区居民群众2.1万户\n"
            "新建社区嵌入式养老服务中心15个新增床位900张\n"
            "新建改造农村公路380公里完成农村危桥改造26座")  # fmt: skip
    assert len(drafted(text, 2024)) >= 4


def test_a_name_that_is_only_per_household_keeps_its_verb() -> None:
    # results/lucheng-2023 (带动种植户户均增收1000余元): 户均 alone names nothing; a
    # reader writes the income gained per household
    text = "2023年,带动种植户户均增收1000余元,脱贫人口人均增收800元。"
    assert [(n, v) for _, _, n, v, _ in drafted(text, 2024)] == [
        ("种植户户均增收", 1000), ("脱贫人口人均增收", 800)]  # fmt: skip


def test_a_multiple_of_an_earlier_year_is_read_with_its_subject_and_years() -> None:
    # results/leishan-2011-trad and ningxia-2007-trad: a review of five years states its
    # figures as multiples of the first year's (是2006年的2.6倍, 比2002年增长1.2倍); 倍 was
    # no unit, and the figures were lost. A multiple of last year's is the year's own.
    text = ("2011年,全县地区生产总值完成11亿元,是2006年的2.6倍,年均增长14.2%。"
            "工业增加值达348亿元,实现利润40亿元,分别比2002年增长1.2倍和6.6倍。"
            "一般公共预算收入是“十一五”末的近2倍。外贸出口增长1.1倍。")  # fmt: skip
    draft = extract(text, region="示例县", year=2012)
    assert [(r.name, r.value, r.unit, r.comparator, r.measure) for r in draft.targets] == [
        ("地区生产总值", 11, "亿元", "exact", None),
        ("地区生产总值", 2.6, "倍", "exact", "cumulative"),
        ("地区生产总值", 14.2, "%", "exact", "average"),
        ("工业增加值", 348, "亿元", "exact", None), ("利润", 40, "亿元", "exact", None),
        ("工业增加值", 1.2, "倍", "exact", "cumulative"),
        ("利润", 6.6, "倍", "exact", "cumulative"),
        ("一般公共预算收入", 2, "倍", "nearly", "cumulative"),
        ("外贸出口", 1.1, "倍", "exact", None)]  # fmt: skip


def test_a_review_states_incomes_in_step_with_the_economy_as_a_result() -> None:
    # results/beilin-2024 and dalian-2022 (eleventh batch): a review's in_step was dropped
    # for having no number; targets/daoli-2023: 与地区生产总值增幅同步 is in step too
    text = ("2024年,地区生产总值增长4%;城镇和农村常住居民人均可支配收入与经济增长同步。"
            "城乡居民收入与经济增长基本同步。")  # fmt: skip
    draft = extract(text, region="示例县", year=2025)
    assert [(r.kind, r.year, r.name, r.value, r.comparator) for r in draft.targets] == [
        ("actual", 2024, "地区生产总值", 4, "exact"),
        ("actual", 2024, "城镇常住居民人均可支配收入", None, "in_step"),
        ("actual", 2024, "农村常住居民人均可支配收入", None, "in_step"),
        ("actual", 2024, "城乡居民收入", None, "in_step")]  # fmt: skip
    target = ("2023年主要预期目标是:地区生产总值增长6%左右,"
              "城乡居民人均可支配收入与地区生产总值增幅同步。")  # fmt: skip
    drafted = extract(target, region="示例区", year=2023).targets
    assert [(r.name, r.comparator) for r in drafted] == [
        ("地区生产总值", "about"), ("城乡居民人均可支配收入", "in_step")]  # fmt: skip


def test_what_a_growth_is_measured_without_is_no_name() -> None:
    # results/dalian-2022, pingfang-2018, longxian-2019 (eleventh batch and corpus)
    text = ("2023年,一般公共预算收入完成10亿元,扣除减税降费因素增长14%;"
            "地方公共财政预算收入完成19.6亿元,可比口径增长4.6%。"
            "生产总值剔除秦源煤业闭井等不可比因素增长5%。")  # fmt: skip
    assert [(n, v) for _, _, n, v, _ in drafted(text, 2024)] == [
        ("一般公共预算收入", 10), ("一般公共预算收入", 14), ("地方公共财政预算收入", 19.6),
        ("地方公共财政预算收入", 4.6), ("生产总值", 5)]  # fmt: skip


def test_a_year_a_span_runs_from_is_neither_the_name_nor_the_figures_year() -> None:
    # results/tianjin-hexi-2021 (twelfth batch): 2018年以来 opens the span of a mean growth
    text = "2020年,地区生产总值2018年以来年均增长5.1%。"
    assert [(y, n, v) for _, y, n, v, _ in drafted(text, 2021)] == [(2020, "地区生产总值", 5.1)]


def test_reach_verbs_and_a_page_that_lost_its_semicolon() -> None:
    # results/beilin-2024, daqing-2014 (eleventh batch), taijiang-2019 (twelfth): 发展到 and
    # 稳产 are predicates; 增长8.5%地方…: a growth's percentage then the next name
    text = ("2023年,定制农业面积发展到12万亩,原油稳产4000万吨。"
            "一般公共预算总收入完成8亿元,增长8.5%"
            "地方一般公共预算收入完成5亿元,增长9%。")  # fmt: skip
    assert [(n, v) for _, _, n, v, _ in drafted(text, 2024)] == [
        ("定制农业面积", 12), ("原油", 4000), ("一般公共预算总收入", 8),
        ("一般公共预算总收入", 8.5), ("地方一般公共预算收入", 5),
        ("地方一般公共预算收入", 9)]  # fmt: skip


def test_a_districts_own_name_is_cut_as_the_text_writes_it() -> None:
    # results/pingfang-2018 (eleventh batch): the government is 哈尔滨市平房区, the text says
    # 平房区 and its other name in brackets
    text = "预计2018年平房区(哈经开区)地区生产总值同比增长6%左右。"
    draft = extract(text, region="哈尔滨市平房区", year=2019)
    assert [(r.name, r.value) for r in draft.targets] == [("地区生产总值", 6)]


def test_multiples_of_a_period_and_figures_before_an_estimate() -> None:
    # results/yiliang-2021 (eleventh batch), zhuji-2020 (twelfth): 累计 opens the whole list
    text = ("地区生产总值从179.92亿元预计增加到245亿元。"
            "固定资产投资累计完成538.08亿元,是前五年的1.25倍。"
            "五年累计完成社会消费品零售总额2131亿元、自营出口261.8亿美元,"
            "分别是“十二五”的1.5倍和1.1倍。")  # fmt: skip
    draft = extract(text, region="示例县", year=2021)
    assert [(r.name, r.value, r.unit, r.measure) for r in draft.targets] == [
        ("地区生产总值", 179.92, "亿元", None), ("地区生产总值", 245, "亿元", None),
        ("固定资产投资", 538.08, "亿元", "cumulative"), ("固定资产投资", 1.25, "倍", "cumulative"),
        ("社会消费品零售总额", 2131, "亿元", "cumulative"),
        ("自营出口", 261.8, "亿美元", "cumulative"),
        ("社会消费品零售总额", 1.5, "倍", "cumulative"),
        ("自营出口", 1.1, "倍", "cumulative")]  # fmt: skip


def test_a_subject_is_found_past_a_clause_that_names_none() -> None:
    # results/shantou-2014 (twelfth batch): 首次突破千亿元大关 names nothing, and took the
    # subject's place; targets/tunchang-2022: 将 (will) is no part of a name
    text = "固定资产投资延续高位增长态势,首次突破千亿元大关,完成1002.73亿元,增长35.1%。"
    assert [(n, v) for _, _, n, v, _ in drafted(text, 2015)] == [
        ("固定资产投资", 1002.73), ("固定资产投资", 35.1)]  # fmt: skip
    target = "2022年主要预期目标:地区生产总值将努力增长6%左右。"
    assert [(n, v) for _, _, n, v, _ in drafted(target, 2022)] == [("地区生产总值", 6)]


def test_a_plans_word_after_a_reviews_figure_is_its_purpose() -> None:
    # results/dalian-2022 (eleventh batch): a review with no targets block and no year
    text = ("(一)坚决稳住经济大盘。推出25项“免申即享”政策,确保惠企政策精准滴灌、直达快享。"
            "今年力争新增市场主体5万户。")  # fmt: skip
    kinds = sorted((k, v) for k, _, _, v, _ in drafted(text, 2023))
    assert kinds == [("actual", 25), ("target", 5)]


def test_a_governments_short_name_and_a_size_inside_a_noun() -> None:
    # targets/tunchang-2022 (twelfth batch): 屯昌将努力实现…; 500万以上的重点项目 is a size,
    # but 实现20%以上的增长 a figure (targets/yunnan-2012-trad)
    text = ("2022年,屯昌将努力实现地区生产总值增长9.5%左右。"
            "全力推动2022年总投资500万以上的重点项目建设。")  # fmt: skip
    draft = extract(text, region="屯昌县", year=2022)
    assert [(r.name, r.value) for r in draft.targets] == [("地区生产总值", 9.5)]
    growth = extract("2022年主要目标:固定资产投资实现20%以上的增长。", region="屯昌县", year=2022)
    assert [(r.name, r.value, r.comparator) for r in growth.targets] == [
        ("固定资产投资", 20, "at_least")]  # fmt: skip


def test_a_shared_head_that_opens_sooner_than_the_first_conjunct_ends() -> None:
    # targets/zhonglou-2024 (fourteenth batch): 大气、水环境质量 gave 大气境质量
    text = ("主要预期目标是:大气、水环境质量改善完成市下达任务;"
            "城镇居民、农村居民人均可支配收入分别增长6%、7%。")  # fmt: skip
    assert [n for _, _, n, _, _ in drafted(text, 2024)] == [
        "大气环境质量", "水环境质量",
        "城镇居民人均可支配收入", "农村居民人均可支配收入"]  # fmt: skip


def test_a_growths_change_in_points_is_named_for_the_growth() -> None:
    # results/xiangfen-2016-trad (thirteenth batch), huoqiu-2023 (fourteenth): 逼近 is nearly
    text = ("公共财政预算收入完成3.69亿元,同比下降7.7%,降幅较上年收窄38.7个百分点。"
            "地区生产总值同比增长7%左右,逼近300亿元大关,增速较上年提升1.8个百分点。"
            "财政总收入达到20亿元、增幅12%以上。")  # fmt: skip
    draft = extract(text, region="示例县", year=2017)
    assert [(r.name, r.value, r.unit, r.comparator) for r in draft.targets] == [
        ("公共财政预算收入", 3.69, "亿元", "exact"), ("公共财政预算收入", 7.7, "%", "exact"),
        ("公共财政预算收入降幅", 38.7, "个百分点", "exact"), ("地区生产总值", 7, "%", "about"),
        ("地区生产总值", 300, "亿元", "nearly"), ("地区生产总值增速", 1.8, "个百分点", "exact"),
        ("财政总收入", 20, "亿元", "exact"), ("财政总收入", 12, "%", "at_least")]  # fmt: skip


def test_a_guiding_word_is_no_definition_and_a_meeting_no_figure() -> None:
    # results/huangyuan-2024, dali-2014 (thirteenth batch): 殷殷嘱托指路领航 was taken for
    # a definition, and the review's figures after it in the sentence were lost with it
    text = ("过去的一年,习近平总书记再次亲临青海考察,殷殷嘱托指路领航,交出了满意答卷,"
            "地区生产总值增长7%;固定资产投资增长30.6%。200余名人大代表齐聚一堂。")  # fmt: skip
    draft = extract(text, region="示例县", year=2025)
    assert draft.terms == []
    assert [(r.name, r.value) for r in draft.targets] == [
        ("地区生产总值", 7),
        ("固定资产投资", 30.6),
    ]


def test_a_level_the_page_gave_without_its_unit() -> None:
    # targets/jincheng-2020 (thirteenth batch): its 9.2% went to the urban income
    text = ("城镇居民人均可支配收入完成34627元,增长7.7%;"
            "农村居民人均可支配收入完成14809,增长9.2%。完成2019,实现12。")  # fmt: skip
    assert [(n, v, u) for _, _, n, v, u in drafted(text, 2020)] == [
        ("城镇居民人均可支配收入", 34627, "元"), ("城镇居民人均可支配收入", 7.7, "%"),
        ("农村居民人均可支配收入", 14809, None), ("农村居民人均可支配收入", 9.2, "%")]  # fmt: skip


def test_tasks_after_the_targets_on_a_page_of_single_line_paragraphs() -> None:
    # targets/guannan-2021-trad (fourteenth batch): the year its first paragraph named
    # (2020年,…取得了…) ran on past the targets, and the tasks were dropped as 2020's
    text = ("2020年,灌南县取得了疫情防控和经济社会发展双胜利。\n"
            "今年灌南县发展的主要目标是:地区生产总值同比增长10%。\n"
            "围绕上述目标,重点做好以下工作:一是全力优化产业生态。"
            "全年引进落户超亿元项目60个以上、完成产业投资100亿元以上。")  # fmt: skip
    assert [(k, y, v) for k, y, _, v, _ in drafted(text, 2021)] == [
        ("target", 2021, 10), ("target", 2021, 60), ("target", 2021, 100)]  # fmt: skip


def test_this_years_targets_though_the_lead_in_names_the_plan_it_opens() -> None:
    # targets/bazhou-2021-trad (sixteenth batch): “十四五” made the list a plan's, left out
    text = ("今年,是“十四五”开局之年,霸州市明确主要预期目标:地区生产总值增长8%左右,"
            "一般公共预算收入增长8%左右。")  # fmt: skip
    assert [(k, v) for k, _, _, v, _ in drafted(text, 2021)] == [("target", 8), ("target", 8)]
    plan = "“十四五”时期主要目标是:地区生产总值年均增长6%左右。"  # a plan's: 2025's, a task
    assert drafted(plan, 2021) == [("target", 2025, "地区生产总值", 6, "%")]


def test_a_cue_inside_a_noun_opens_no_list() -> None:
    # results/cangnan-2018 (sixteenth batch): 坚定“1+5”发展目标定位不动摇 opened a block, and
    # the review's figures after it became the year's targets
    text = ("一、2018年工作回顾\n过去一年,我们坚定“1+5”发展目标定位不动摇,全县经济社会发展呈现良好"
            "态势。全年实现地区生产总值560.6亿元,增长7.2%。")  # fmt: skip
    assert [(k, y, v) for k, y, _, v, _ in drafted(text, 2019)] == [
        ("actual", 2018, 560.6), ("actual", 2018, 7.2)]  # fmt: skip


# -- faults a review of the change for batches 11 to 16 found, each reproduced first ----------


def rows_of(text: str, year: int = 2024) -> list[tuple[Any, ...]]:
    draft = extract(text, region="某县", year=year)
    return [(r.kind, r.name, r.value, r.unit, r.comparator, r.measure) for r in draft.targets]


def test_only_incomes_in_step_with_the_economy_are_a_reviews_results() -> None:
    assert rows_of("2023年,全县进出口同步增长。") == []
    assert rows_of("过去一年,我们坚持教育、卫生事业与经济发展同步推进。") == []
    assert rows_of("2023年,规上工业产值和利润同步增长,分别增长8%、10%。") == [
        ("actual", "规上工业产值", 8, "%", "exact", None),
        ("actual", "利润", 10, "%", "exact", None)]  # fmt: skip


def test_a_year_named_with_de_is_no_base_of_several_years() -> None:
    assert rows_of("2023年的地区生产总值增长6%。") == [
        ("actual", "地区生产总值", 6, "%", "exact", None)]  # fmt: skip
    assert rows_of("2023年是2018年以来发展最好的一年,地区生产总值增长6%。") == [
        ("actual", "地区生产总值", 6, "%", "exact", None)]  # fmt: skip
    assert [r[-1] for r in rows_of("2023年,全县外贸出口是2022年的1.2倍。")] == [None]
    assert [r[-1] for r in rows_of("2023年,全县外贸出口是2018年的1.2倍。")] == ["cumulative"]


def test_a_reviews_circled_list_is_no_glossary() -> None:
    text = ("过去一年,我们重点抓了三件事:①稳增长:地区生产总值增长6%;②惠民生:城镇新增就业"
            "5000人;③防风险:化解债务3亿元。")  # fmt: skip
    draft = extract(text, region="某县", year=2024)
    assert draft.terms == []
    assert [r.value for r in draft.targets] == [6, 5000, 3]


def test_figures_with_a_gap_under_a_glossary_heading_are_no_table() -> None:
    text = ("名词解释\n1.放管服:简政放权、放管结合、优化服务。\n\n"
            "2023年,全县地区生产总值  完成125亿元,增长6%。\n"
            "城镇居民人均可支配收入\u3000\u300038381元,增长4.9%。")  # fmt: skip
    draft = extract(text, region="某县", year=2024)
    assert [t.term for t in draft.terms] == ["放管服"]
    assert [r.value for r in draft.targets] == [125, 6, 38381, 4.9]


def test_the_governments_name_is_cut_and_no_more() -> None:
    for name in ("共享单车投放量", "使用外资", "要素市场规模", "并购重组企业", "将军乡旅游收入"):
        draft = extract(f"2023年,某县{name}达到5亿元。", region="某县", year=2024)
        assert [r.name for r in draft.targets] == [name], name


def test_a_growth_that_qualifies_a_noun_is_no_figure_of_its_own() -> None:
    assert [r[1:4] for r in rows_of("2023年,全县营业收入增长20%的企业达到30家。")] == [
        ("营业收入增长20%的企业", 30, "家")]  # fmt: skip


def test_cumulative_opens_a_list_of_amounts_not_their_growth() -> None:
    # (of five years: in a review of one year, 累计 is the year's running total)
    assert [r[-1] for r in rows_of("过去五年,全县累计完成固定资产投资50亿元、增长10%。")] == [
        "cumulative", None]  # fmt: skip


def test_a_plans_word_after_the_last_figure_still_sets_a_target() -> None:
    for text in ("全县地区生产总值增长6%,在实际工作中争取更好结果。",
                 "一般公共预算收入增长5%,确保完成市下达任务。"):  # fmt: skip
        assert [r[0] for r in rows_of(text)] == ["target"], text


def test_a_multiple_of_a_benchmark_is_named_for_its_indicator() -> None:
    assert [r[1:4] for r in rows_of("2023年,全县研发投入强度达到全省平均水平的1.2倍。")] == [
        ("研发投入强度", 1.2, "倍")]  # fmt: skip
    assert [r[1:4] for r in rows_of("2023年,城镇居民人均可支配收入是农村居民的2.3倍。")] == [
        ("城镇居民人均可支配收入", 2.3, "倍")]  # fmt: skip


def test_a_figure_stated_twice_is_drafted_once() -> None:
    text = "2024年主要预期目标:地区生产总值增长6%左右。全县生产总值增长6%左右。"
    assert len(rows_of(text)) == 1


def test_fa_zhan_and_tui_guang_open_nouns_too() -> None:
    assert [r[1] for r in rows_of("2023年,全县推广面积达到5万亩,发展速度保持在6%。")] == [
        "推广面积", "发展速度"]  # fmt: skip


def test_fujians_bi_zeng_and_an_aside_after_the_estimate_word() -> None:
    # results/fuqing-2019, haimen-2013, luxian-2017 (sixteenth batch)
    text = ("全年实现地区生产总值850亿元,比增8.1%;一般公共预算总收入60亿元,同口径比增5%,"
            "工业用电量比降2%。预计(下同)实现地区生产总值740亿元,增长12.1%。")  # fmt: skip
    draft = extract(text, region="示例市", year=2020)
    assert [(r.name, r.value, r.direction) for r in draft.targets] == [
        ("地区生产总值", 850, None), ("地区生产总值", 8.1, None), ("一般公共预算总收入", 60, None),
        ("一般公共预算总收入", 5, None), ("工业用电量", 2, "down"), ("地区生产总值", 740, None),
        ("地区生产总值", 12.1, None)]  # fmt: skip


def test_a_list_of_indicators_a_target_names_with_a_number_in_a_name() -> None:
    # targets/bazhou-2021-trad (sixteenth batch): PM2.5 made the clause one with a number,
    # and 达标 inside 优良天数达标比例 was taken for its predicate
    text = ("主要预期目标:地区生产总值增长8%左右,每万元生产总值能耗、二氧化碳排放量、"
            "PM2.5平均浓度、优良天数达标比例确保完成上级下达目标任务。")  # fmt: skip
    assert [(n, v) for _, _, n, v, _ in drafted(text, 2021)] == [
        # (二氧化碳排放量 per unit of output too, as the passage's hand parse has it)
        ("地区生产总值", 8), ("每万元生产总值能耗", None), ("每万元生产总值二氧化碳排放量", None),
        ("PM2.5平均浓度", None), ("优良天数达标比例", None)]  # fmt: skip


def test_a_saying_and_a_reviews_headings_are_no_glossary() -> None:
    # results/jiangning-2024, shengzhou-2019 (fifteenth and sixteenth batches): the
    # paragraphs under the headings were a definition each, and their figures were lost
    assert extract("抓项目就是抓发展,谋项目就是谋未来。", region="示例区", year=2025).terms == []
    text = ("营商环境持续改善\n全年新设市场主体1.2万户,增长15%。\n"
            "新旧动能加快转换\n高新技术产业增加值增长12%。")  # fmt: skip
    draft = extract(text, region="示例市", year=2020)
    assert draft.terms == []
    assert [r.value for r in draft.targets] == [1.2, 15, 12]
    quoted = extract("“两个健康”就是非公有制经济健康发展和非公有制经济人士健康成长。",
                     region="示例市", year=2020)  # fmt: skip
    assert [t.term for t in quoted.terms] == ["“两个健康”"]


def test_a_qualitative_clause_and_a_list_that_shares_the_next_predicate() -> None:
    # targets/jiangmen-2011-trad (fifteenth batch): 和 after 下降 joins two clauses
    text = ("主要预期目标是:单位生产总值能耗下降和二氧化硫、化学需氧量、氨氮减排完成国家、"
            "省下达的目标任务;居民消费价格涨幅控制在4%左右。")  # fmt: skip
    assert [n for _, _, n, _, _ in drafted(text, 2011)] == [
        "单位生产总值能耗", "二氧化硫减排", "化学需氧量减排", "氨氮减排",
        "居民消费价格涨幅"]  # fmt: skip


def test_a_rank_keeps_the_place_word_it_is_written_with() -> None:
    # results/hanzhong-2018, luzhou-2020, jiaocheng-2017-trad: 34 of the corpus's 48 ranks
    # written 第N位 carry 位 as their unit; and the total ranked after a growth's rank is
    # the indicator's, not its growth's
    text = "2023年,地区生产总值增长6%,增速居全省第3位,总量居全市第二。"
    draft = extract(text, region="示例县", year=2024)
    assert [(r.name, r.value, r.unit, r.measure) for r in draft.targets] == [
        ("地区生产总值", 6, "%", None), ("地区生产总值增速", 3, "位", "rank"),
        ("地区生产总值", 2, None, "rank")]  # fmt: skip


def test_multiples_and_changes_against_a_base_and_values_each_ranked() -> None:
    # results/nanshan-2022, panjin-2017 (fifteenth and sixteenth batches)
    text = ("2022年,每万人发明专利拥有量达521件,是全市的4.1倍。实现本地生产总值8036亿元,"
            "相较于2020年增长超1500亿元。城乡居民人均可支配收入分别以3.66万元、1.59万元"
            "稳居全省前列。")  # fmt: skip
    draft = extract(text, region="示例区", year=2023)
    assert [(r.year, r.name, r.value) for r in draft.targets] == [
        (2022, "每万人发明专利拥有量", 521), (2022, "每万人发明专利拥有量", 4.1),
        (2022, "本地生产总值", 8036), (2022, "本地生产总值", 1500),
        (2022, "城镇居民人均可支配收入", 3.66), (2022, "农村居民人均可支配收入", 1.59)]  # fmt: skip


def test_names_in_clauses_of_their_own_before_jun_share_its_figure() -> None:
    # targets/lishui-2020-trad: only the last of the four investments had its 12%; but a
    # per-head name (人均) is no 均, and 分别 is not shared
    text = ("2020年主要预期目标:固定资产投资增长10%以上,其中交通投资,高新技术产业投资,"
            "民间项目投资均增长12%以上;城镇登记失业率控制在4.3%以内,"
            "城镇居民人均可支配收入增长8%。")  # fmt: skip
    assert [(n, v) for _, _, n, v, _ in drafted(text, 2020)] == [
        ("固定资产投资", 10), ("交通投资", 12), ("高新技术产业投资", 12), ("民间项目投资", 12),
        ("城镇登记失业率", 4.3), ("城镇居民人均可支配收入", 8)]  # fmt: skip


def test_a_margin_after_a_full_stop_is_the_figure_befores() -> None:
    # results/shaoyang-2014 (seventeenth batch): 增长10.8%。高于上年0.6个百分点 - the page's
    # 。 is a comma, and the margins were dropped with no subject
    text = ("2014年,全市实现地区生产总值1261.6亿元,增长10.8%。"
            "高于上年0.6个百分点,高于全省1.3个百分点。")  # fmt: skip
    assert [(n, v, u) for _, _, n, v, u in drafted(text, 2015)] == [
        ("地区生产总值", 1261.6, "亿元"), ("地区生产总值", 10.8, "%"),
        ("地区生产总值", 0.6, "个百分点"), ("地区生产总值", 1.3, "个百分点")]  # fmt: skip


def test_a_plans_goals_by_another_name_and_the_work_that_serves_them() -> None:
    # targets/guancheng-2024 (eighteenth batch): 预期奋斗目标 opened no block, so the
    # paragraph of tasks after it was read as last year's review
    text = ("今年,管城区预期奋斗目标是:地区生产总值增长7%以上。\n\n"
            "围绕奋斗目标,管城区将持续发力。倾力打造高质量发展平台,"
            "谋划实施省市区重点项目390个,年度完成总投资640亿元以上。")  # fmt: skip
    assert [(k, y, v) for k, y, _, v, _ in drafted(text, 2024)] == [
        ("target", 2024, 7), ("target", 2024, 390), ("target", 2024, 640)]  # fmt: skip


def test_a_zones_short_name_a_verb_of_aiming_and_words_a_lead_opens() -> None:
    # targets/zhenjiang-gxq-2025-trad, zengdu-kfq-2013-trad, jinhua-2024 (eighteenth
    # batch); 全市使用外资 lost 使 (a lead of one character) before this change too
    text = ("2025年,镇江高新区将力争GDP增长6%,瞄准规模工业产值目标50亿元,"
            "主要经济指标增幅普遍高于全市。全市使用外资5亿元,共引进项目20个。")  # fmt: skip
    draft = extract(text, region="镇江高新技术产业开发区", year=2025)
    assert [r.name for r in draft.targets] == [
        "GDP", "规模工业产值", "主要经济指标增幅", "使用外资", "引进项目"]  # fmt: skip


def test_a_wrapped_column_breaks_before_a_number_and_a_margin_over_the_city() -> None:
    # results/haian-2020 (twentieth batch): the column broke 增长\n7% and 收入\n49997 元,
    # lines too short to look wrapped; fengqiu-2024: 高出全市; hanjiang-2020-trad: 按可比价
    column = (
        "刚刚过去的 2020 年,是极不平凡的一年。面对新冠肺\n"
        "炎疫情带来的严重影响和巨大考验,我们高举 习近平 新时代\n"
        "中国特色社会主义思想伟大旗帜,在南通市委、市政府和\n"
        "海安市委的正确领导下,在市人大、市政协的监督支持下\n"
        "紧紧团结和依靠全市人民,坚持稳中求进工作总基调,坚\n"
        "持新发展理念,落实高质量发展要求,不忘初心、牢记使\n"
        "命,凝心聚力、攻坚克难,统筹推进疫情防控和经济社会\n"
        "发展,扎实做好“六稳”工作,全面落实“六保”任务,有力有\n"
        "效对冲疫情影响,较好完成了市十六届人大四次会议确定\n"
        "的目标任务,高水平全面建成小康社会取得决定性成就,\n"
        "“十三五”规划圆满收官。预计实现地区生产总值 1218 亿元,\n"
        "增长 6.2%;在减税降费 17.8 亿元的基础上,一般公共预算\n"
        "收入 64.5 亿元,增长 3%;固定资产投资 519 亿元,增长\n"
        "7%,其中工业投资 313.3 亿元,增长 7.5%;社会消费品零\n"
        "售总额 346 亿元,稳中有升;城乡居民人均可支配收入\n"
        "49997 元、24987 元,分别增长 4.5%、7%\n"
        "。在南通市聚焦“三个全方位”、比学赶超争先锋发展指\n"
        "标月度评估中持续位居第一。被表彰为全省推进高质量发\n"
        "展先进县(市、区)。历经汗水浇灌,成功收获全国文明\n"
        "城市、国家卫生城市、全国无障碍环境示范城市等一批“国\n"
        "字号”荣誉。在全国县域经济综合竞争力百强榜、最具投资\n"
        "潜力中小城市百强榜、工业百强县市排名中分别列第 24 位、\n"
        "第7位、第 17 位。\n"
    )  # fmt: skip
    values = [r.value for r in extract(column, region="示例市", year=2021).targets]
    assert values[:14] == [1218, 6.2, 17.8, 64.5, 3, 519, 7, 313.3, 7.5, 346, 49997, 24987, 4.5, 7]
    text = ("2024年全县地区生产总值完成239.76亿元,同比增长6%,高出全市1.1个百分点。"
            "工业增加值按可比价增长3.5%。")  # fmt: skip
    assert [(n, v) for _, _, n, v, _ in drafted(text, 2025)] == [
        ("地区生产总值", 239.76), ("地区生产总值", 6), ("地区生产总值", 1.1),
        ("工业增加值", 3.5)]  # fmt: skip


# -- faults a second review (of the fixes for batches 15 to 18) found, each reproduced first --


def test_only_names_with_the_subjects_head_share_its_jun() -> None:
    assert rows_of("2024年主要预期目标:坚持稳中求进,推动高质量发展,"
                   "城乡居民人均可支配收入均增长7%。")[-2:] == [
        ("target", "城镇居民人均可支配收入", 7, "%", "exact", None),
        ("target", "农村居民人均可支配收入", 7, "%", "exact", None)]  # fmt: skip
    names = [r[1] for r in rows_of("2024年主要预期目标:固定资产投资增长10%,其中,"
                                   "工业投资和技改投资均增长12%。")]  # fmt: skip
    assert "" not in names and "其中" not in names
    # 人均 after clauses that only name something is no 均 (a guard)
    text = "2024年主要预期目标:交通投资,高新技术产业投资,城镇居民人均可支配收入增长8%。"
    assert [r[1] for r in rows_of(text)] == ["城镇居民人均可支配收入"]


def test_incomes_in_step_before_a_list_of_clauses_is_no_split_at_he() -> None:
    text = ("2024年主要预期目标是:地区生产总值增长6%,"
            "城乡居民收入增长和经济增长同步、就业形势保持稳定。")  # fmt: skip
    assert [(r[1], r[4]) for r in rows_of(text)] == [
        ("地区生产总值", "exact"), ("城乡居民收入", "in_step"),
        ("就业形势", "qualitative")]  # fmt: skip


def test_the_goals_of_the_next_five_years_are_a_plans() -> None:
    # for the year its list names (到2028年), not the report's
    text = "今后五年政府工作的主要奋斗目标是:地区生产总值年均增长7%,到2028年突破500亿元。"
    draft = extract(text, region="某县", year=2024)
    assert [(r.year, r.since, r.tier, r.value, r.measure) for r in draft.targets] == [
        (2028, 2024, "task", 7, "average"), (2028, None, "task", 500, None)]  # fmt: skip


def test_a_so_called_term_glossed_by_jiu_shi_is_kept() -> None:
    draft = extract("所谓河长制,就是由各级党政主要负责人担任河长,负责组织领导河湖的管理和保护。",
                    region="某县", year=2024)  # fmt: skip
    assert [t.term for t in draft.terms] == ["河长制"]


def test_a_glossary_tables_terms_may_open_with_an_adverb() -> None:
    text = ("名词解释\n1.全面从严治党\u3000\u3000坚持党要管党、全面从严治党。\n"
            "2.有序用电\u3000\u3000在电力供应不足时,通过行政措施安排用电。\n")  # fmt: skip
    assert [t.term for t in extract(text, region="某县", year=2024).terms] == [
        "全面从严治党", "有序用电"]  # fmt: skip


def test_a_noun_ending_in_qu_is_no_place() -> None:
    assert rows_of("2024年,全县老旧小区要改造120个。", 2024)[0][1].startswith("老旧小区")
    text = "2023年,国家级开发区要素保障资金达到5亿元。"
    assert [r[1] for r in rows_of(text)] == ["国家级开发区要素保障资金"]


def test_a_new_sentence_that_opens_with_a_comparison_is_its_own() -> None:
    text = "2023年,全县地区生产总值增长8%。低于2022年的是财政收入,下降3%。"
    draft = extract(text, region="某县", year=2024)
    assert ("地区生产总值", 3) not in [(r.name, r.value) for r in draft.targets]
    margin = extract("2023年,全县地区生产总值增长8%,高于2022年1.5个百分点。", region="某县",
                     year=2024)  # fmt: skip
    assert [r.year for r in margin.targets] == [2023, 2023]


def test_bi_zeng_is_a_growth_and_wen_ju_a_ranks_lead() -> None:
    # (the rank right after a growth is the growth's: test_extract_batches25)
    draft = extract("2023年,地区生产总值比增8.1%,稳居全市第2位。", region="某县", year=2024)
    assert [(r.name, r.value, r.measure) for r in draft.targets] == [
        ("地区生产总值", 8.1, None), ("地区生产总值增速", 2, "rank")]  # fmt: skip


def test_a_reviews_headings_over_paragraphs_of_figures_are_no_glossary() -> None:
    # results/caidian-2019 (twenty-second batch): each heading and the paragraph under it
    # were read as a term and its explanation, and the year's figures were lost with them
    text = ("经济运行稳中有进\n\n预计地区生产总值520亿元,增长7.5%左右。全社会固定资产投资"
            "370亿元以上,增长21%。\n\n二次产业质量提升\n\n预计完成规模以上工业总产值829亿元,"
            "增长8.6%。\n\n“三大攻坚战”取得实效\n\n政治大局平安稳定,风险总体可控。")  # fmt: skip
    draft = extract(text, region="示例区", year=2020)
    assert draft.terms == []
    assert [r.value for r in draft.targets] == [520, 7.5, 370, 21, 829, 8.6]


def test_a_goal_a_review_aims_at_is_no_targets_block() -> None:
    # results/linxiang-2024 (twenty-fourth batch): 锚定“3815”战略发展目标 in the review's
    # opening sentence made the year's results the next year's targets
    text = ("2024年,锚定“3815”战略发展目标,经济持续向优向新转变。全区完成地区生产总值222亿元,"
            "增长3.7%。完成固定资产投资107.3亿元;储备项目474个。")  # fmt: skip
    draft = extract(text, region="临翔区", year=2025)
    assert [(r.kind, r.year, r.name, r.value) for r in draft.targets] == [
        ("actual", 2024, "地区生产总值", 222), ("actual", 2024, "地区生产总值", 3.7),
        ("actual", 2024, "固定资产投资", 107.3), ("actual", 2024, "储备项目", 474)]  # fmt: skip


def test_a_number_that_is_all_a_quotation_holds_is_a_name() -> None:
    # results/yudu-2022 and sanya-2023 (twenty-fourth batch): policy packages named by
    # their number of articles, and a tax policy named by its rates
    text = ("2022年,出台助企纾困“36条”、稳经济“37条”及接续措施“31条”,兑现助企纾困资金6.5亿元。"
            "“两个15%”所得税政策效应持续扩大,新设外商投资企业236家。")  # fmt: skip
    assert [(n, v) for _, _, n, v, _ in drafted(text)] == [
        ("助企纾困资金", 6.5), ("新设外商投资企业", 236)]  # fmt: skip
    # a pledge named in a quotation (results/shengzhou-2019), but a target given in
    # quotation marks is still one (tests/test_extract_pages.py: “增长8%以上”的地市有…)
    pledge = drafted("2019年,一般企业投资项目审批“最多90天”实现率达到95%。")
    assert [(n, v) for _, _, n, v, _ in pledge] == [("一般企业投资项目审批“最多90天”实现率", 95)]
    assert [v for _, _, _, v, _ in drafted("2025年主要预期目标为“保8%”。")] == [8]


def test_the_verb_that_opens_a_list_is_each_bare_objects() -> None:
    # results/huimin-2019 and tianjin-hebei-2025 (twenty-third batch): projects of a size
    # say nothing without 引进 (tests/corpus/README.md), in a list as in a clause of their own
    text = ("2019年,引进过10亿元项目4个、过亿元项目22个,列入省优选库项目8个。"
            "引进北京新设机构55家、项目21个,兑现助企纾困资金6.5亿元。")  # fmt: skip
    assert [n for _, _, n, _, _ in drafted(text)] == [
        "引进过10亿元项目", "引进过亿元项目", "省优选库项目", "引进北京新设机构", "引进项目",
        "助企纾困资金"]  # fmt: skip


def test_a_review_of_last_year_right_after_a_cue_is_not_its_list() -> None:
    # targets/linyi-2014 (twenty-fifth batch): 对2014年…主要指标作出安排。 named the targets
    # without giving them; the block waited past the 去年 sentence and took its results
    text = ("近日,临沂市政府发布2014年计划,对2014年经济社会发展主要指标作出安排。\n"
            "去年,临沂实现生产总值3336.8亿元、增长11%,城镇化率达53.2%。\n"
            "《计划》提出,今年临沂GDP增长将保持10%的增幅,公共财政收入增长14%以上。")  # fmt: skip
    assert sorted((k, y, v) for k, y, _, v, _ in drafted(text, 2014)) == [
        ("actual", 2013, 11), ("actual", 2013, 53.2), ("actual", 2013, 3336.8),
        ("target", 2014, 10), ("target", 2014, 14)]  # fmt: skip


def test_a_frame_names_what_the_next_clause_gives_figures_of() -> None:
    # targets/linyi-2014 (twenty-fifth batch): 在…方面 names the subjects, and the sentence
    # after 《计划》还提出,今年… is this year's too
    text = ("《计划》还提出,今年居民消费价格涨幅控制在3%左右。\n"
            "在固定资产投资、社会消费品零售总额、进出口方面,"
            "分别保持增长20%、13%和14%以上。")  # fmt: skip
    assert [(k, y, n, v) for k, y, n, v, _ in drafted(text, 2014)] == [
        ("target", 2014, "居民消费价格涨幅", 3), ("target", 2014, "固定资产投资", 20),
        ("target", 2014, "社会消费品零售总额", 13), ("target", 2014, "进出口", 14)]  # fmt: skip


def test_a_target_reached_without_a_number_and_carbon_per_unit_of_output() -> None:
    # targets/langfang-2023 (twenty-third batch): 达到省定目标 states a qualitative target,
    # and 二氧化碳排放量 after 单位地区生产总值能耗 is per unit of output too
    text = ("今年主要预期目标是:地区生产总值增长6.5%左右,城镇新增就业5.73万人,"
            "单位地区生产总值能耗和二氧化碳排放量等达到省定目标。")  # fmt: skip
    assert [(n, v) for _, _, n, v, _ in drafted(text, 2023)] == [
        ("地区生产总值", 6.5), ("城镇新增就业", 5.73), ("单位地区生产总值能耗", None),
        ("单位地区生产总值二氧化碳排放量", None)]  # fmt: skip


def test_the_end_of_a_plans_period_is_when_not_what() -> None:
    # results/dongli-2015-trad (twenty-third batch)
    text = "“十二五”时期工作回顾。预计“十二五”末完成地区生产总值945亿元,年均增长13.1%。"
    assert [(k, y, n) for k, y, n, _, _ in drafted(text, 2016)] == [
        ("actual", 2015, "地区生产总值"), ("actual", 2015, "地区生产总值")]  # fmt: skip


def test_xin_zeng_that_opens_a_list_is_each_items() -> None:
    # results/cangnan-2018 and haimen-2013: a count of new ones is not the stock, in a list
    # as in a clause of its own
    text = ("2018年,新增上市报会企业2家、新三板挂牌企业1家、股份企业21家,新增规模企业70家、"
            "亿元企业9家。新增高新技术企业10家、新备案科技型中小企业200家以上。"
            "新增规上企业30家、总数达360家。")  # fmt: skip
    assert [n for _, _, n, _, _ in drafted(text, 2019)] == [
        "新增上市报会企业", "新增新三板挂牌企业", "新增股份企业", "新增规模企业", "新增亿元企业",
        "新增高新技术企业", "新备案科技型中小企业", "新增规上企业", "规上企业总数"]  # fmt: skip


def test_the_level_new_ones_bring_a_stock_to_is_the_stocks() -> None:
    # results/guyang-2024-trad (新增“四上企業”43家達到117家): the level reached is of all of
    # them, not of the new ones (a 累计 may count new ones still: see the review's test below)
    text = "2023年,新增“四上”企业43家达到117家,新增规上企业20家,达到300家。"
    assert [(n, v) for _, _, n, v, _ in drafted(text, 2024)] == [
        ("新增“四上”企业", 43), ("“四上”企业", 117),
        ("新增规上企业", 20), ("规上企业", 300)]  # fmt: skip


def test_sheng_chan_opens_a_clause_but_not_sheng_chan_zong_zhi() -> None:
    # results/yanan-2016 (twenty-seventh batch): 生产原油 is 原油 produced
    text = "2016年,生产原油1514.3万吨、下降9.6%,生产煤炭4381.5万吨。生产总值完成1082.9亿元。"
    assert [n for _, _, n, _, _ in drafted(text, 2017)] == ["原油", "原油", "煤炭", "生产总值"]


def test_a_counted_noun_ends_before_an_adverb_and_its_verb() -> None:
    # targets/mengzhou-2013 (twenty-seventh batch): 7条城市道路基本完工
    text = "2012年,7条城市道路基本完工,12个开发项目全面铺开,10个新型社区加快推进。"
    assert [(n, v) for _, _, n, v, _ in drafted(text, 2013)] == [
        ("城市道路", 7), ("开发项目", 12), ("新型社区", 10)]  # fmt: skip


def test_a_zones_name_before_jiang_and_a_heading_label_that_is_no_term() -> None:
    # targets/xiuwu-2012 and mengzhou-2013 (twenty-seventh batch)
    text = ("(一)指导思想:全面贯彻落实党的十八大精神,以科学发展观为统领。\n"
            "(二)主要目标:地区生产总值增长11%,产业集聚区将固定资产投资增长30%。")  # fmt: skip
    draft = extract(text, region="示例县", year=2013)
    assert draft.terms == []
    rows = [(r.name, r.value) for r in draft.targets]
    assert rows == [("地区生产总值", 11), ("固定资产投资", 30)]


def test_ke_before_a_verb_and_an_aside_that_excludes_something() -> None:
    # results/tongcheng-2022 and cili-2011-trad (twenty-eighth batch)
    text = ("2022年,预计全年可完成地区生产总值201.06亿元,增长6.5%;地方一般公共预算收入完成"
            "8.72亿元(剔除留抵退税后为8.04亿元),增长6.9%;"
            "农村居民人均可支配收入20011元。")  # fmt: skip
    assert [(n, v) for _, _, n, v, _ in drafted(text, 2023)] == [
        ("地区生产总值", 201.06), ("地区生产总值", 6.5), ("地方一般公共预算收入", 8.72),
        ("地方一般公共预算收入", 8.04), ("地方一般公共预算收入", 6.9),
        ("农村居民人均可支配收入", 20011)]  # fmt: skip


def test_a_rate_a_page_ran_into_the_next_name_and_a_change_since_mid_year() -> None:
    # results/chongming-2017, jiading-2020 and kunshan-2013 (twenty-sixth batch)
    text = ("2017年,环境空气质量(AQI)优良率达到76.4%农村居民家庭人均可支配收入23120元,增长10.1%。"
            "一般公共预算收入下降6.4%,降幅较上半年收窄8.2个百分点。"
            "本外币贷款余额1530亿元,比年初增加139.7亿元。")  # fmt: skip
    assert [(n, v) for _, _, n, v, _ in drafted(text, 2018)] == [
        ("环境空气质量优良率", 76.4), ("农村居民家庭人均可支配收入", 23120),
        ("农村居民家庭人均可支配收入", 10.1), ("一般公共预算收入", 6.4),
        ("一般公共预算收入降幅", 8.2), ("本外币贷款余额", 1530),
        ("本外币贷款余额", 139.7)]  # fmt: skip


def test_yu_qi_after_a_name_is_the_targets_word() -> None:
    # targets/guangyuan-2012 (twenty-eighth batch)
    text = "今年我市经济预期增长目标为14%以上,工业增加值增长24%以上。"
    assert [(n, v) for _, _, n, v, _ in drafted(text, 2012)] == [("经济", 14), ("工业增加值", 24)]


def test_a_named_goal_is_no_targets_block_and_a_dateline_no_part_of_a_name() -> None:
    # results/jingdezhen-2021 and targets/jimei-2026-trad (twenty-ninth batch)
    review = ("一、2021年工作回顾\n\n全年GDP增长8.7%。\n\n——这一年,我们召开千人誓师大会,"
              "确定“三个千亿”目标,新增规上工业企业突破100户。")  # fmt: skip
    assert [(k, y, v) for k, y, _, v, _ in drafted(review, 2022)] == [
        ("actual", 2021, 8.7), ("actual", 2021, 100)]  # fmt: skip
    news = "台海网12月25日讯(海峡导报记者 康泽辉)地区生产总值增长5.5%左右;财政总收入增长5%。"
    assert [n for _, _, n, _, _ in drafted(news, 2026)] == ["地区生产总值", "财政总收入"]


def test_a_sentence_that_strives_looks_ahead_past_its_paragraphs_year() -> None:
    # targets/zhongxian-2025 (thirtieth batch): lines that follow a review of 2024 with
    # 力争 set 2025's targets; results/shangzhou-2015-trad's 这一年…确保 stays a review's
    text = ("2024年,忠县地区生产总值增长6.7%。\n聚焦“双千亿”目标,忠县将持续壮大制造业集群,"
            "力争规上工业增加值增长11%以上。\n"
            "加快推动重点项目建设,力争固定资产投资增长10%以上。")  # fmt: skip
    assert [(k, y, v) for k, y, _, v, _ in drafted(text, 2025)] == [
        ("target", 2025, 11), ("target", 2025, 10), ("actual", 2024, 6.7)]  # fmt: skip
    # (a guard: the pledge of a year reviewed is no target; its hand parse drafts nothing)
    review = "2015年工作回顾。\n這一年,吹響脫貧攻堅沖鋒號,確保11.42萬群眾“摘窮帽”。"
    assert [k for k, _, _, _, _ in drafted(review, 2016)] == []


def test_a_plans_figure_with_its_working_target_and_ji_in_a_clause_without_one() -> None:
    # targets/zhangqiu-2021-trad (thirty-first batch): 计划增长8%、工作目标8.5% is one row
    # with its aim; 及 joins two names of a qualitative target (but 10亿元及以上项目 is one)
    text = ("今年主要预期目标是:地区生产总值计划增长8%、工作目标8.5%;"
            "单位生产总值能耗下降率及主要污染物减排量达到省市控目标。")  # fmt: skip
    draft = extract(text, region="示例区", year=2021)
    assert [(r.name, r.value, r.aim) for r in draft.targets] == [
        ("地区生产总值", 8, 8.5), ("单位生产总值能耗下降率", None, None),
        ("主要污染物减排量", None, None)]  # fmt: skip
    sized = drafted("2020年,新开工10亿元及以上项目12个。", 2021)
    assert [n for _, _, n, _, _ in sized] == ["新开工10亿元及以上项目"]  # (README: its verb stays)


# -- faults a review of the 23rd to 31st batches' fixes found, each reproduced first ------------


def test_xin_zeng_goes_to_no_rate_stock_or_clause_of_its_own() -> None:
    text = ("2023年,新增造林5万亩、森林覆盖率达到45%,新增贷款50亿元、存款余额300亿元,"
            "新增城镇就业5000人、城镇登记失业率3.5%。")  # fmt: skip
    assert [n for _, _, n, _, _ in drafted(text, 2024)] == [
        "新增造林", "森林覆盖率", "新增贷款", "存款余额",
        "新增城镇就业", "城镇登记失业率"]  # fmt: skip


def test_a_comparison_with_last_year_names_no_year_for_the_paragraph() -> None:
    text = "2021年,全县地区生产总值达到220亿元。利润较上年增长12%。税收比去年增长8%。"
    assert [(y, n) for _, y, n, _, _ in drafted(text, 2024)] == [
        (2021, "地区生产总值"), (2021, "利润"), (2021, "税收")]  # fmt: skip


def test_ke_and_sheng_chan_that_begin_nouns_stay() -> None:
    text = ("2023年,可回收物回收量达到5万吨,可售商品房面积120万平方米,可耕地面积30万亩,"
            "生产者价格指数(PPI)下降2.1%,生产成本下降3%。")  # fmt: skip
    assert [n for _, _, n, _, _ in drafted(text, 2024)] == [
        "可回收物回收量", "可售商品房面积", "可耕地面积", "生产者价格指数", "生产成本"]  # fmt: skip


def test_a_figure_quoted_after_its_verb_is_still_a_figure() -> None:
    text = "2024年主要预期目标:城镇登记失业率控制在“4.5%”以内,粮食总产达到“100万吨”。"
    assert [(n, v) for _, _, n, v, _ in drafted(text, 2024)] == [
        ("城镇登记失业率", 4.5), ("粮食总产", 100)]  # fmt: skip


def test_a_goal_aimed_at_that_a_colon_opens_is_a_targets_block() -> None:
    text = ("2023年全县地区生产总值增长5%。今年是关键之年。\n聚焦全年发展目标:\n"
            "地区生产总值增长6%。城镇新增就业5000人。进出口保持稳定。")  # fmt: skip
    assert [(k, y, n) for k, y, n, _, _ in drafted(text, 2024)] == [
        ("target", 2024, "地区生产总值"), ("target", 2024, "城镇新增就业"),
        ("target", 2024, "进出口"), ("actual", 2023, "地区生产总值")]  # fmt: skip


def test_a_cumulative_count_of_new_ones_keeps_xin_zeng() -> None:
    text = "2023年,新增城镇就业5200人,累计达到2.6万人。"
    assert [n for _, _, n, _, _ in drafted(text, 2024)] == ["新增城镇就业", "新增城镇就业"]


def test_a_total_of_carbon_is_not_per_unit_of_output() -> None:
    text = "今年主要预期目标:单位地区生产总值能耗、二氧化碳排放总量完成省下达任务。"
    assert [n for _, _, n, _, _ in drafted(text, 2024)] == [
        "单位地区生产总值能耗", "二氧化碳排放总量"]  # fmt: skip


def test_projects_named_by_example_are_named_by_what_was_done_to_them() -> None:
    # results/jiangning-2024, jinxian-2018, luzhou-2022 (corpus) and lvshunkou-2022,
    # dongsheng-2019, xinzheng-2023 (thirty-first batch): the examples before 等 are not
    # the count's name; what was done to the projects is
    text = ("2023年,中材锂膜、汇川机器人等70个项目竣工投产,雄宇索道等16个项目开工建设,"
            "漳电二期等12个项目相继投产达效,实施重点项目120个。")  # fmt: skip
    assert [(n, v) for _, _, n, v, _ in drafted(text, 2024)] == [
        ("竣工投产项目", 70), ("开工建设项目", 16), ("投产达效项目", 12),
        ("重点项目", 120)]  # fmt: skip
    topped = drafted("2023年,烽火通信、南瑞继保产业园二期等43个项目主体封顶。", 2024)
    assert [n for _, _, n, _, _ in topped] == ["主体封顶项目"]


def test_newly_before_a_verb_and_tax_relief_that_says_nothing_without_its_verb() -> None:
    # results/juye-2024, ganzhouqu-2025, dalian-2022 and nanan-2022 (corpus)
    text = ("2023年,新聘任“麟州智库”专家12名,新扩建玉米种子生产加工线3条,推出“免申即享”政策"
            "25项,减免税费3.2亿元。")  # fmt: skip
    assert [n for _, _, n, _, _ in drafted(text, 2024)] == [
        "“麟州智库”专家", "玉米种子生产加工线", "“免申即享”政策", "减免税费"]  # fmt: skip


def test_a_run_of_quoted_phrases_and_dengzhuyao_before_the_targets_word() -> None:
    # targets/jiaozhou-2026-trad and huaian-2022 (thirty-second batch)
    text = ("“2025年,预计全年生产总值增长5.3%左右”“推动面向上合组织国家贸易额突破130亿元”"
            "“签约亿元以上项目146个”。")  # fmt: skip
    assert [n for _, _, n, _, _ in drafted(text, 2026)] == [
        "生产总值", "面向上合组织国家贸易额", "签约亿元以上项目"]  # fmt: skip
    plan = "今年主要目标:城镇登记失业率、单位GDP能耗等主要约束性指标控制在省、市下达的目标以内。"
    assert [n for _, _, n, _, _ in drafted(plan, 2022)] == ["城镇登记失业率", "单位GDP能耗"]


def test_a_light_verb_that_opens_a_conjunct_is_no_part_of_its_name() -> None:
    # results/hengyang-2014 (thirty-fourth batch)
    text = "2014年,接待国内外游客和实现旅游收入分别增长14.1%、20.2%。"
    assert [(n, v) for _, _, n, v, _ in drafted(text, 2015)] == [
        ("接待国内外游客", 14.1), ("旅游收入", 20.2)]  # fmt: skip


def test_a_digest_of_results_under_a_bare_heading_is_a_review() -> None:
    # results/dazu-2023 (thirty-third batch): 主要指标 over margins measured against the city
    text = ("主要指标\n全年地区生产总值增长6.5%,高于全市平均水平0.4个百分点\n"
            "固定资产投资增长12.1%,高于全市平均水平7.8个百分点\n")  # fmt: skip
    assert {k for k, _, _, _, _ in drafted(text, 2024)} == {"actual"}


def test_a_place_that_will_do_something_speaks_of_its_plan() -> None:
    # targets/jiangjin-2019 (thirty-third batch)
    text = ("2018年,全区地区生产总值增长6%。\n\n江津区还将加大智能制造项目引进力度,"
            "全年大数据智能产业实现销售收入50亿元以上。")  # fmt: skip
    assert [(k, y, v) for k, y, _, v, _ in drafted(text, 2019)] == [
        ("target", 2019, 50), ("actual", 2018, 6)]  # fmt: skip


def test_a_clause_with_only_a_year_and_chinese_numerals_names_the_next_ones_subject() -> None:
    # results/heshun-2022-news (thirty-fifth batch): 首次突破百亿 has no digit of its own
    text = "2022年地区生产总值首次突破百亿,完成113.8亿元,同比增长8.5%。"
    assert [(n, v) for _, _, n, v, _ in drafted(text, 2023)] == [
        ("地区生产总值", 113.8), ("地区生产总值", 8.5)]  # fmt: skip


def test_a_rate_named_by_a_verb_in_a_list_and_fen_bie_after_a_counted_noun() -> None:
    # results/jiaxian-2023 and xixia-2022 (thirty-seventh batch): 开工率 is a word, not 开工 and
    # 率; 分别 after 72个…项目 is the predicate's
    text = ("2022年,开工率、投产率、达效率分别达100%、78%、100%,"
            "72个省市重点项目分别完成年度计划的210.87%、201.68%。")  # fmt: skip
    # (the two shares after it are still named 计划, not 省重点项目投资: a known miss)
    assert [(n, v) for _, _, n, v, _ in drafted(text, 2023)][:4] == [
        ("开工率", 100), ("投产率", 78), ("达效率", 100), ("省市重点项目", 72)]  # fmt: skip


def test_le_after_a_predicate_is_no_part_of_the_name() -> None:
    # targets/suichuan-2011-trad (thirty-sixth batch)
    text = "2010年,财政总收入跃上了5亿元台阶,达到5.18亿元。"
    assert [(n, v) for _, _, n, v, _ in drafted(text, 2011)] == [
        ("财政总收入", 5), ("财政总收入", 5.18)]  # fmt: skip


# -- faults a second review (of the 32nd to 37th batches' fixes) found, each reproduced first --


def test_deng_before_a_figure_with_no_noun_after_it_keeps_the_listed_names() -> None:
    # (the 等 rule is for a count with a noun after it: 中材锂膜等70个项目竣工投产)
    text = ("2023年,新认定高新技术企业、专精特新企业等35家,中材锂膜等70个项目竣工投产,"
            "全县80个项目开工率达到100%。")  # fmt: skip
    assert [(n, v) for _, _, n, v, _ in drafted(text, 2024)] == [
        # (新认定 stays, as 新增 does: the corpus's readers keep it, stop 36)
        ("新认定高新技术企业、专精特新企业", 35), ("竣工投产项目", 70), ("项目", 80),
        ("开工率", 100)]  # fmt: skip
    amounts = drafted("2023年,累计发放惠农补贴、救助资金等2.1亿元。", 2024)
    # (stop 34: an amount after a list with no 分别 is the list's total, as the count is)
    assert [(n, v) for _, _, n, v, _ in amounts] == [("惠农补贴、救助资金", 2.1)]


def test_a_margin_over_the_average_in_a_targets_list_stays_a_target() -> None:
    text = ("主要预期目标:\n地区生产总值增长6.5%,高于全市平均水平0.5个百分点;\n"
            "规上工业增加值增长8%;\n固定资产投资增长10%。")  # fmt: skip
    assert {(k, y) for k, y, _, _, _ in drafted(text, 2024)} == {("target", 2024)}
    digest = ("主要指标\n全年地区生产总值增长6.5%,高于全市平均水平0.4个百分点\n"
              "固定资产投资增长12.1%,高于全市平均水平7.8个百分点\n")  # fmt: skip
    assert [(k, y, n, v) for k, y, n, v, _ in drafted(digest, 2024)] == [
        ("actual", 2023, "地区生产总值", 6.5), ("actual", 2023, "地区生产总值", 0.4),
        ("actual", 2023, "固定资产投资", 12.1), ("actual", 2023, "固定资产投资", 7.8)]  # fmt: skip


def test_jiang_as_ba_in_a_review_is_no_plan() -> None:
    text = "一、2023年工作回顾\n\n全县将项目建设作为头等大事,实施重点项目126个,完成投资85亿元。"
    assert {(k, y) for k, y, _, _, _ in drafted(text, 2024)} == {("actual", 2023)}


def test_quoted_names_that_end_on_a_number_stay_whole() -> None:
    text = "2023年,建成“15分钟”“10分钟”便民生活圈23个,区级领导带头“走出去”“请进来”招商18次。"
    assert [n for _, _, n, _, _ in drafted(text, 2024)] == [
        "“15分钟”“10分钟”便民生活圈", "区级领导带头“走出去”“请进来”招商"]  # fmt: skip


def test_xin_qian_yue_keeps_its_verb_before_projects_of_a_size() -> None:
    text = "2019年,全年新签约亿元以上产业项目172个。"
    assert [n for _, _, n, _, _ in drafted(text, 2020)] == ["新签约亿元以上产业项目"]
