"""jfq extract on the pages the ladder's data was drafted from: news digests of national and
provincial reports, a statistics bulletin, a district report's opening.

Each text is a passage of a stored public page (its address is in the comment above it),
copied as the page has it, with its faults: machine-converted characters with pinyin after
each one, dates on a line of their own, a five-year plan's list between the review and the
year's targets.  Each test was written against a wrong draft first (the fault it names).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from extract_rows import bundled_regions

from jfq.authoring.extract import extract, sides
from jfq.authoring.extract.subjects import Regions
from jfq.authoring.extract.text import Text
from jfq.data.model import Target, number
from jfq.data.quotes import quote_in_text


def rows(draft_targets: list[Target], kind: str) -> list[tuple[object, ...]]:
    return [(r.year, r.since, r.key, r.name, r.value, r.value_max, r.unit, r.comparator)
            for r in draft_targets if r.kind == kind]  # fmt: skip


# https://www.stheadline.com/zh-hans/realtime-china/3549884/ (两会2026, 简略版)
DIGEST_2026 = """ date 2026-03-05 Copyright © 2026 SingTao Ltd.All rights reserved.

3月5日，李强总理向十四届全国人大四次会议作政府工作报告，只要花数分钟，就能清楚了解当中重点：

一、2025年工作回顾

国内生产总值增长5%

城镇新增就业1267万人

过去5年

国内生产总值年均增长5.4%

城镇新增就业累计超过6000万人

二、「十五五」时期主要目标和重大任务

国内生产总值增长保持在合理区间

全社会研发经费投入年均增长7%以上

单位国内生产总值二氧化碳排放累计降低17%

数字经济核心产业增加值占国内生产总值比重达到12.5%

三、2026年经济社会发展总体要求和政策取向

经济增长4.5%-5%
城镇新增就业1200万人以上

居民消费价格涨幅2%左右
"""


def test_a_digest_under_headings_gives_the_years_targets_and_results() -> None:
    draft = extract(DIGEST_2026)
    assert (draft.document.region, draft.document.date[:4]) == ("全国", "2026")
    targets = rows(draft.targets, "target")
    assert (2026, None, "gdp_growth", "经济增长", 4.5, 5.0, "%", "range") in targets
    assert (2026, None, "new_urban_jobs", "城镇新增就业", 1200, None, "万人", "at_least") in targets
    assert (2026, None, "cpi_growth", "居民消费价格涨幅", 2, None, "%", "about") in targets
    actual = rows(draft.targets, "actual")
    assert (2025, None, "gdp_growth", "国内生产总值", 5, None, "%", "exact") in actual


def test_a_five_year_plans_list_is_drafted_for_its_last_year_and_said_so() -> None:
    # 十五五 (2026–2030): the plan's targets are tasks for 2030, never 2026's
    draft = extract(DIGEST_2026)
    planned = [(r.year, r.since, r.tier, r.name, r.value, r.measure) for r in draft.targets
               if r.name in ("全社会研发经费投入", "单位国内生产总值二氧化碳排放")]  # fmt: skip
    assert planned == [
        (2030, 2026, "task", "全社会研发经费投入", 7, "average"),
        (2030, 2026, "task", "单位国内生产总值二氧化碳排放", 17, "cumulative")]  # fmt: skip
    assert not any(r.year == 2026 and "数字经济" in r.name for r in draft.targets)
    assert any("十五五" in note and "tasks for 2030" in note for note in draft.notes)


def test_past_five_years_figures_span_the_five_years() -> None:
    actual = rows(extract(DIGEST_2026).targets, "actual")
    assert (2025, 2021, "gdp_growth", "国内生产总值", 5.4, None, "%", "exact") in actual
    assert (2025, 2021, "new_urban_jobs", "城镇新增就业", 6000, None, "万人", "over") in actual


# https://taiwandomnews.com/%e5%85%a9%e5%b2%b8/43748 (traditional characters, 新华社 digest)
DIGEST_2023 = """2023年GDP目標為增長5%左右

3月5日,李克強總理向十四屆全國人大一次會議作政府工作報告,要點如下:

一、過去一年和五年工作回顧

過去一年:

全年國內生產總值增長3%

過去五年:

國內生產總值增加到121萬億元,五年年均增長5.2%

糧食產量連年穩定在1.3萬億斤以上

二、今年發展主要預期目標

國內生產總值增長5%左右
"""


def test_a_headline_names_the_year_and_a_five_year_review_spans_it() -> None:
    draft = extract(DIGEST_2023)
    assert (draft.document.region, draft.document.date) == ("全国", "2023")
    actual = rows(draft.targets, "actual")
    assert (2022, None, "gdp", "國內生產總值", 121, None, "萬億元", "exact") in actual
    # 五年 is when, not what: the growth is the GDP's, over 2018-2022
    assert (2022, 2018, "gdp_growth", "國內生產總值", 5.2, None, "%", "exact") in actual
    assert (2022, 2018, "grain_output", "糧食產量", 1.3, None, "萬億斤", "at_least") in actual


# http://hbwmpx.com/hbwmpx/gjscxx/fxyjts/101633683364923.html
REVIEW_THEN_TODAY = (
    "3月5日,第十三届全国人民代表大会第五次会议在北京人民大会堂开幕。国务院总理李克强在政府工作报告"
    "中表示,2021年,我国国内生产总值达到114万亿元,增长8.1%。城镇新增就业1269万人,城镇调查失业率"
    "平均为5.1%。李克强总理在政府工作报告中提出,今年发展主要预期目标是:国内生产总值增长5.5%左右;"
    "城镇新增就业1100万人以上。"
)


def test_the_year_after_the_one_a_review_names_when_the_targets_say_this_year() -> None:
    draft = extract(REVIEW_THEN_TODAY)
    assert draft.document.date == "2022"
    assert any("year 2022" in note and "after" in note for note in draft.notes)
    assert (2022, None, "gdp_growth", "国内生产总值", 5.5, None, "%", "about") in rows(
        draft.targets, "target"
    )
    actual = rows(draft.targets, "actual")
    # 我国 is the sentence's, 平均为 the predicate's: neither is part of a name
    assert (2021, None, "gdp", "国内生产总值", 114, None, "万亿元", "exact") in actual
    assert (2021, None, "urban_surveyed_unemployment_rate", "城镇调查失业率", 5.1, None, "%",
            "exact") in actual  # fmt: skip


# https://www.am730.com.hk/ (全國兩會2026: 今年經濟目標增長4.5%至5%)
HORIZON = (
    " date 2026-03-05 十四屆全國人大四次會議，今早9時在北京人民大會堂開幕。\n\n"
    "十五五規劃提出20項主要指標 2035年人均GDP比2020年翻一番\n\n"
    "李強指，今年發展主要預期目標是經濟增長4.5%至5%，在實際工作中努力爭取更好結果；"
    "城鎮調查失業率5.5%左右。"
)


def test_a_horizon_year_is_not_the_reports_year() -> None:
    draft = extract(HORIZON)
    assert draft.document.date == "2026"  # the page's date: 2035 is a horizon, 2020 a base
    assert (2026, None, "gdp_growth", "經濟增長", 4.5, 5.0, "%", "range") in rows(
        draft.targets, "target"
    )
    assert not any(r.unit == "項" for r in draft.targets)  # 20項主要指標: the plan's, left out


# http://news.haedu.cn/shengnazixun/2024/0129/1236377.html
PROVINCE_DIGEST = """河南省十四届人大二次会议开幕

省长王凯作政府工作报告

2023年工作回顾

2023年生产总值增长4.1%

居民人均可支配收入增长6.1%

2024年主要目标

经济增长目标确定为5.5%

研发经费投入强度2.1%

城镇新增就业110万人以上

2024年重点工作安排
"""


def test_a_provinces_digest_names_its_province_and_no_glossary() -> None:
    draft = extract(PROVINCE_DIGEST)
    assert (draft.document.region, draft.document.date) == ("河南省", "2024")
    assert draft.terms == []  # short lines in pairs are a digest, not terms and glosses
    targets = rows(draft.targets, "target")
    assert (2024, None, "gdp_growth", "经济增长", 5.5, None, "%", "exact") in targets
    assert (2023, None, "gdp_growth", "生产总值", 4.1, None, "%", "exact") in rows(
        draft.targets, "actual"
    )


# http://www.xiaomonv0755.com/tjgb/16hn/37555.html (焦作市2022年统计公报, a garbled copy)
BULLETIN = (
    "焦作市統(tǒng)計(jì)局\n2023年4月28日\n一、綜合\n"
    "初步核算,全年全市地區(qū)生產(chǎn)總值2234.78億元,比上年增長3.3%。\n"
    "年末全市常住人口352.35萬人;常住人口城鎮(zhèn)化率為64.35%,比上年末提高0.62個(gè)百分點(diǎn)。"
)


def test_a_statistics_bulletin_is_all_results_of_the_year_before() -> None:
    draft = extract(BULLETIN)
    assert draft.document.region == "焦作市"
    assert draft.terms == []  # 一、綜合 is a chapter, not a term
    assert [r.kind for r in draft.targets] == ["actual"] * len(draft.targets)
    actual = rows(draft.targets, "actual")
    assert (2022, None, "gdp", "地區生產總值", 2234.78, None, "億元", "exact") in actual
    assert (2022, None, "gdp_growth", "地區生產總值", 3.3, None, "%", "exact") in actual
    # 比上年末 is what it is compared with: the rise is the 城镇化率's
    assert any(r.name == "常住人口城鎮化率" and r.value == 0.62 for r in draft.targets)
    gdp = next(r for r in draft.targets if r.key == "gdp")
    assert gdp.sources[0].quote.startswith("初步核算")  # quoted as the page writes it


# https://cn.nhandan.vn/中国2024年经济增长预期目标设定为5左右-post121681.html
CEREMONY = (
    "中共中央总书记、中国国家主席习近平以及党、国务院、政协代表,各国驻华使节以及近2900名代表出席"
    "开幕式。\n中国国务院总理李强在作政府工作报告时表示,2023年经济社会发展主要目标任务圆满完成,"
    "诸如:国内生产总值超过126万亿元,增长5.2%;粮食产量1.39万亿斤;居民人均可支配收入增长6.1%等等。"
)


def test_who_attended_is_no_figure_and_a_list_closing_word_is_no_name() -> None:
    draft = extract(CEREMONY, year=2024)
    names = [r.name for r in draft.targets]
    assert not any("出席" in n or "代表" in n for n in names)
    assert "居民人均可支配收入" in names
    assert draft.document.region == "全国"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # http://bx2200.com/baogao/huazhong/10613.html
        ("政府工作报告\n——2024年2月21日在区十五届人大四次会议上\n解放区人民政府区长 千怀贵\n"
         "一、2023年工作回顾\n全区地区生产总值完成177.3亿元。", "解放区"),
        # 人民政府区长 is no 政府区; 人均地区生产总值 no 均地区
        ("今天河南省十四届人大二次会议开幕。全省生产总值增长4.1%。", "河南省"),
    ],
)  # fmt: skip
def test_the_body_that_signs_names_the_region(text: str, region: str) -> None:
    assert extract(text, year=2024).document.region == region


def test_a_known_region_is_preferred_to_a_guess() -> None:
    text = "2025年河南地区生产总值(GDP)达66632.79亿元,按不变价格计算同比增长5.6%。"
    known = {"河南省": "河南省", "河南": "河南省", "全国": "全国"}
    assert extract(text, year=2026, known_regions=known).document.region == "河南省"


# -- side-by-side pages: many regions' targets in one list ---------------------------------------

KNOWN = {
    name: name
    for name in ("河南省", "郑州市", "开封市", "焦作市", "周口市", "新乡市", "商丘市", "南阳市",
                 "信阳市", "海南省", "江西省", "新疆维吾尔自治区", "全国")
} | {"河南": "河南省", "郑州": "郑州市", "开封": "开封市", "焦作": "焦作市", "周口": "周口市",
     "新乡": "新乡市", "南阳": "南阳市", "信阳": "信阳市", "海南": "海南省", "江西": "江西省",
     "新疆": "新疆维吾尔自治区"}  # fmt: skip


def figures_by_region(draft_targets: list[Target]) -> list[tuple[object, ...]]:
    return [(r.region, r.key, r.value, r.comparator, r.aim) for r in draft_targets]


# http://news.he-nan.com.cn/tt/2023/0111/2443.html
CITIES = (
    "单从GDP增长目标来看,目标相对较高的是南阳市,其预期目标为“保8%、争9%”。其次,是周口市、新乡市,"
    "预期目标为“增长7.5%以上”,而商丘市的目标是“增长7.5%左右”。\n"
    "而如果从“规模以上工业增加值”方面来比较,南阳市的目标比较靠前,为“增长11%左右”。\n"
    "“增长8%以上”的地市有郑州、周口、信阳。"
)


def test_a_side_by_side_page_gives_each_region_its_row() -> None:
    draft = extract(CITIES, region="河南省", year=2023, known_regions=KNOWN)
    assert figures_by_region(draft.targets) == [
        ("南阳市", "gdp_growth", 8, "exact", 9),  # 保8%、争9%: the 9% is the aim
        ("周口市", "gdp_growth", 7.5, "at_least", None),
        ("新乡市", "gdp_growth", 7.5, "at_least", None),
        ("商丘市", "gdp_growth", 7.5, "about", None),
        ("南阳市", "industrial_value_added_growth", 11, "about", None),
        ("郑州市", "industrial_value_added_growth", 8, "at_least", None),  # named after it
        ("周口市", "industrial_value_added_growth", 8, "at_least", None),
        ("信阳市", "industrial_value_added_growth", 8, "at_least", None),
    ]


# http://nuu.laifutaikj.com/R_tastyme.html (a repost of 中新网, 2023-01-16)
PROVINCES = (
    "新年新目标,目前,31个省区市2023年经济增长预期目标均已出炉。\n"
    "其中,海南为9.5%左右,江西、新疆为7%左右。"
)


def test_a_list_of_provinces_names_each_by_its_short_name() -> None:
    draft = extract(PROVINCES, region="全国", year=2023, known_regions=KNOWN)
    assert figures_by_region(draft.targets) == [
        ("海南省", "gdp_growth", 9.5, "about", None),
        ("江西省", "gdp_growth", 7, "about", None),
        ("新疆维吾尔自治区", "gdp_growth", 7, "about", None),
    ]


def test_without_known_regions_the_names_stay_as_written() -> None:
    draft = extract(PROVINCES, region="全国", year=2023)
    assert [r.name for r in draft.targets] == ["海南", "江西", "新疆"]
    assert {r.region for r in draft.targets} == {"全国"}


def test_an_ellipsis_ends_a_clause() -> None:
    # https://scholarmate.com/S/qBW3H0 (an abstract quoting the 2023 report; …… is NFKC "......")
    text = ("政府工作报告明确提出今年发展的主要预期目标是:国内生产总值增长5%左右;"
            "粮食产量保持在1.3万亿斤以上……一组组振奋人心的数字。")  # fmt: skip
    draft = extract(text, region="全国", year=2023)
    assert ("grain_output", 1.3, "万亿斤", "at_least") in [
        (r.key, r.value, r.unit, r.comparator) for r in draft.targets
    ]


# http://news.kthtea.cn/news/7600.html (a repost of 大河财立方, 2025-02-19)
CITIES_2025 = (
    "2025年,河南省政府工作报告将GDP增长目标定在5.5%左右。目标已定,各地如何发力?\n"
    "政府工作报告显示,多地将今年GDP增长目标定在6%左右。其中,漯河GDP预期目标为7%以上,"
    "周口为7%左右,郑州、开封等地为6%左右。"
)


def test_a_name_before_the_cue_and_a_target_before_the_block_are_kept() -> None:
    known = {**KNOWN, "漯河": "漯河市", "漯河市": "漯河市"}
    draft = extract(CITIES_2025, region="全国", year=2025, known_regions=known)
    got = {(r.region, r.key, r.value, r.comparator) for r in draft.targets if r.region != "全国"}
    assert got == {
        ("河南省", "gdp_growth", 5.5, "about"),  # set before the list's own cue
        ("漯河市", "gdp_growth", 7, "at_least"),  # 漯河GDP预期目标为…: named before the cue
        ("周口市", "gdp_growth", 7, "about"),
        ("郑州市", "gdp_growth", 6, "about"),
        ("开封市", "gdp_growth", 6, "about"),
    }


# https://yys.qifeifh28.com/aclfbj0225/ucddH6Js (a mirror of 界面新闻 that stored the HTML escaped)
ESCAPED = (
    r"\u003c/p\u003e\u003cp\u003e多数省份将GDP增长目标定在5%左右,包括河南、福建,"
    r"浙江和江西两个省份的目标为5%-5.5%。\u003c/p\u003e"
)


def test_escaped_markup_is_no_text_and_a_list_after_the_figure_names_its_regions() -> None:
    known = {**KNOWN, "福建": "福建省", "浙江": "浙江省"}
    draft = extract(ESCAPED, region="全国", year=2026, known_regions=known)
    got = [(r.region, r.key, r.value, r.value_max, r.comparator) for r in draft.targets]
    assert got == [
        ("河南省", "gdp_growth", 5, None, "about"),  # 包括河南、福建: listed after the figure
        ("福建省", "gdp_growth", 5, None, "about"),
        ("浙江省", "gdp_growth", 5, 5.5, "range"),  # its own clause: not 河南 and 福建 again
        ("江西省", "gdp_growth", 5, 5.5, "range"),
    ]
    assert draft.targets[0].sources[0].quote.startswith("多数省份")  # the tags left out


# https://m.gucheng.com/finance/202102/4012894.shtml (31省份2021年GDP增长目标)
BRACKETED = (
    "具体来看,31省份2021年GDP增长目标为:湖北(10%以上)、海南(10%以上)、安徽(8%)、吉林(6%至7%)。"
)


def test_a_figure_in_brackets_after_its_region_is_that_regions() -> None:
    known = {"湖北": "湖北省", "海南": "海南省", "安徽": "安徽省", "吉林": "吉林省"}
    draft = extract(BRACKETED, region="全国", year=2021, known_regions=known)
    assert [(r.region, r.key, r.value, r.value_max, r.comparator) for r in draft.targets] == [
        ("湖北省", "gdp_growth", 10, None, "at_least"),
        ("海南省", "gdp_growth", 10, None, "at_least"),
        ("安徽省", "gdp_growth", 8, None, "exact"),
        ("吉林省", "gdp_growth", 6, 7, "range"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # https://news.517lj.net/article/298206.html: a rate counts no noun after it
        ("2024年全省GDP总量突破6.35万亿元,同比增长5.1%且增速逐季攀升。",
         [("gdp", 6.35, "over"), ("gdp_growth", 5.1, "exact")]),
        # http://www.yexian114.com/news/700560.html: 按不变价格计算 belongs to the predicate
        ("2025年河南地区生产总值(GDP)达66632.79亿元,按不变价格计算同比增长5.6%。",
         [("gdp", 66632.79, "exact"), ("gdp_growth", 5.6, "exact")]),
    ],
)  # fmt: skip
def test_a_review_sentences_level_and_growth(text: str, expected: list[tuple[object, ...]]) -> None:
    draft = extract(text, region="河南省", year=2026 if "2025年" in text else 2025)
    assert [(r.key, r.value, r.comparator) for r in draft.targets] == expected


# http://news.xy178.com/zixun/20220212/103345.html (a repost of 中新财经, 2022-02-12)
LAST_YEAR_BESIDE_THIS = (
    "31省份2022年GDP目标。\n"
    "其中,海南设定了9%左右的目标,西藏为8%左右,宁夏、河南为7%。\n"
    "去海南,买买买。数据显示,海南2021年离岛免税销售额突破600亿元。\n"
    "其中,西藏2021年经济增速为7%,但2022年增速目标设定为8%左右。\n"
    "受到洪涝灾害影响的河南,2021年经济增长6.3%,但2022年增速目标为7%。"
)


def test_each_figure_of_a_side_by_side_page_takes_the_year_before_it() -> None:
    known = {**KNOWN, "西藏": "西藏自治区", "宁夏": "宁夏回族自治区"}
    draft = extract(LAST_YEAR_BESIDE_THIS, region="全国", year=2022, known_regions=known)
    got = {(r.region, r.kind, r.year, r.key, r.name, r.value) for r in draft.targets}
    # (设定了 names nothing: the name is the heading's, as it writes it, not jfq's 地区生产总值)
    assert ("海南省", "target", 2022, "gdp_growth", "GDP", 9) in got
    assert ("西藏自治区", "actual", 2021, "gdp_growth", "经济增速", 7) in got  # its own words
    assert ("西藏自治区", "target", 2022, "gdp_growth", "GDP", 8) in got
    assert ("河南省", "actual", 2021, "gdp_growth", "经济增长", 6.3) in got  # (as names.py has it)
    assert ("海南省", "actual", 2021, None, "离岛免税销售额", 600) in got  # a figure of its own


def test_the_readme_example_is_real_output(tmp_path: Path) -> None:
    from jfq.cli.options import known_region_names

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    block = readme.split("$ cat cities.txt\n", 1)[1].split("```", 1)[0]
    text, command_and_output = block.split("$ jfq extract", 1)
    shown = command_and_output.split("\n", 1)[1]
    draft = extract(text, source="cities.txt", region="河南省", year=2023,
                    known_regions=known_region_names(None))  # fmt: skip
    wanted = ("key", "value", "comparator", "aim", "text")
    lines = []
    for row in draft.targets:
        lines.append(f"  - region: {row.region}")
        lines += [f"    {f}: {number(v) if isinstance(v, float) else v}"
                  for f in wanted if (v := getattr(row, f)) is not None]  # fmt: skip
    assert "\n".join(lines) + "\n" == shown


def test_several_regions_unnamed_are_no_ones() -> None:
    # news.kthtea.cn: 河南 is named before, but 多地 are its cities, not the province
    text = "梳理河南各地政府工作报告注意到,多地将今年GDP目标定在6%左右。"
    draft = extract(text, region="全国", year=2025, known_regions=KNOWN)
    assert {r.region for r in draft.targets} == {"全国"}


def test_this_year_after_last_year_is_the_reports_year() -> None:
    # national-2026 (traditional copy): 指2025年…,今年经济增长预期目标为4.5%至5%
    text = "李强指,2025年经济增长5%。今年经济增长预期目标为4.5%至5%。"
    draft = extract(text, region="全国", year=2026)
    growth = [(r.kind, r.year, r.value) for r in draft.targets if r.key == "gdp_growth"]
    assert ("target", 2026, 4.5) in growth and ("actual", 2025, 5) in growth


def test_better_than_expected_is_a_review() -> None:
    text = "一年来,全市地区生产总值增长5.5%,好于预期。"
    (row,) = extract(text, region="示例市", year=2024).targets
    assert (row.kind, row.year) == ("actual", 2023)


def test_a_digest_line_is_quoted_with_its_heading() -> None:
    draft = extract(PROVINCE_DIGEST)
    quotes = {r.name: r.sources[0].quote for r in draft.targets}
    assert quotes["研发经费投入强度"] == "2024年主要目标…研发经费投入强度2.1%"
    assert quotes["居民人均可支配收入"] == "2023年工作回顾…居民人均可支配收入增长6.1%"
    assert quotes["生产总值"] == "2023年生产总值增长4.1%"  # it names its year: no heading
    assert all(r.sources[0].start is None for r in draft.targets if "…" in r.sources[0].quote)


def test_a_figure_whose_indicator_is_named_before_quotes_that_sentence() -> None:
    draft = extract(CITIES, region="河南省", year=2023, known_regions=KNOWN)
    zhengzhou = next(r for r in draft.targets if r.region == "郑州市")
    assert zhengzhou.key == "industrial_value_added_growth"
    assert zhengzhou.sources[0].quote == (
        "而如果从“规模以上工业增加值”方面来比较,南阳市的目标比较靠前,为“增长11%左右”。"
        "…“增长8%以上”的地市有郑州、周口、信阳。"
    )


# http://nuu.laifutaikj.com/R_tastyme.html (中新网, 31省份2023年GDP目标公布)
PROVINCES_2023 = (
    "新年新目标,目前,31个省区市2023年经济增长预期目标均已出炉。\n"
    "多数省份GDP目标高于5%\n"
    "从各地GDP目标来看,多数省份高于5%。\n"
    "其中,海南为9.5%左右,西藏为8%左右,江西、新疆为7%左右,安徽、宁夏、湖南、湖北为6.5%左右。\n"
)


def test_a_quote_with_two_leads_keeps_the_pages_order() -> None:
    """The year's lead and the indicator's sentence were joined last-found-first, so the
    quote's parts were out of order and no longer in the page."""
    draft = extract(PROVINCES_2023, year=2023, known_regions=KNOWN)
    hainan = next(r for r in draft.targets if r.region == "海南省")
    assert hainan.value == 9.5
    for row in draft.targets:
        assert quote_in_text(row.sources[0].quote, PROVINCES_2023), row.sources[0].quote


def corpus_text(name: str) -> str:
    """A passage of tests/corpus (its URL and expected parse are in the file)."""
    path = Path(__file__).parent / "corpus" / name
    return str(yaml.safe_load(path.read_text(encoding="utf-8"))["text"])


def test_the_results_before_the_cue_in_the_same_sentence_are_drafted() -> None:
    """The lead-in of a target sentence was skipped whole as part of its block: last
    year's results stated before the cue (2019年…實現1267.3億元、增長4%) were lost."""
    text = corpus_text("targets/tongliao-2020-trad.yaml")  # pinyin glosses and all
    draft = extract(text, region="通辽市", year=2020)
    assert rows(draft.targets, "actual") == [
        (2019, None, "gdp", "地區生產總值", 1267.3, None, "億元", "exact"),
        (2019, None, "gdp_growth", "地區生產總值", 4.0, None, "%", "exact"),
    ]
    assert rows(draft.targets, "target") == [
        (2020, None, "gdp_growth", "地區生產總值", 5.0, None, "%", "about")
    ]
    assert quote_in_text(draft.targets[0].sources[0].quote, text)
    assert draft.targets[0].sources[0].quote.startswith("報告顯示,2019年通遼市")


def test_this_year_after_a_past_year_in_the_lead_in_is_the_reports_year() -> None:
    """今年 after 2025年 in the cue's sentence: the target is 2026's, not 2025's."""
    draft = extract(corpus_text("targets/national-2026-trad.yaml"), region="全国", year=2026)
    assert rows(draft.targets, "target") == [
        (2026, None, "gdp_growth", "經濟增長", 4.5, 5.0, "%", "range")
    ]
    assert rows(draft.targets, "actual") == [
        (2025, None, "gdp_growth", "國內生產總值", 5.0, None, "%", "exact")
    ]


def test_an_aside_right_after_a_figure_ends_its_clause() -> None:
    """增长 7.3% (不含嘉兴港区…): the growth before the bracket was lost with its clause."""
    draft = extract(corpus_text("results/pinghu-2021.yaml"), region="平湖市", year=2022)
    budget = [(r.value, r.unit) for r in draft.targets if r.name == "一般公共预算收入"]
    assert budget == [(96.6, "亿元"), (7.3, "%"), (75.9, "亿元"), (8.9, "%")]


def test_a_modifier_before_the_verb_is_every_conjuncts() -> None:
    """规模以上工业实现销售收入、利税、利润同比分别增长…: 利税 and 利润 lost their 规模以上工业,
    and the first name kept the verb (规模以上工业实现销售收入)."""
    draft = extract(corpus_text("results/yiyuan-2012.yaml"), region="沂源县", year=2013)
    names = [r.name for r in draft.targets if r.unit == "%" and r.value in (14.5, 14.7, 19.5)]
    assert names == ["规模以上工业销售收入", "规模以上工业利税", "规模以上工业利润"]


def test_this_citys_own_name_is_no_part_of_an_indicator() -> None:
    draft = extract(corpus_text("results/shenzhen-2010.yaml"), region="深圳市", year=2011)
    assert [r.name for r in draft.targets][:2] == ["生产总值", "生产总值"]


@pytest.mark.parametrize(
    ("passage", "year"),
    [("targets/shandong-2013.yaml", 2013), ("targets/shandong-2016.yaml", 2016),
     ("targets/wenzhou-kaifaqu-2018.yaml", 2018)],
)  # fmt: skip
def test_the_words_that_say_it_is_a_target_are_no_part_of_its_name(passage: str, year: int) -> None:
    """全面完成国家下达的节能减排各项约束性目标 / 年度节能减排约束性指标 / 节能减排等各项目标任务:
    the name is 节能减排."""
    draft = extract(corpus_text(passage), region="某地", year=year)
    assert "节能减排" in [r.name for r in draft.targets if r.comparator == "qualitative"]


def test_progress_made_and_risks_contained_are_qualitative_targets() -> None:
    """供給側結構性改革取得實質性進展, 各類風險有序有效防控: no predicate the lexicon knew."""
    draft = extract(corpus_text("targets/national-2018-trad.yaml"), region="全国", year=2018)
    qualitative = [r.name for r in draft.targets if r.comparator == "qualitative"]
    assert qualitative[-3:] == ["供給側結構性改革", "宏觀杠桿率", "各類風險"]


def test_a_run_of_values_shares_its_first_values_predicate() -> None:
    """年均分别增长14.1%、22.1%、20.6%…: only the first value was an average growth; the rest
    were drafted as plain figures of the year."""
    draft = extract(corpus_text("results/quanzhou-2011.yaml"), region="泉州市", year=2011)
    run = [r for r in draft.targets if r.value in (14.1, 22.1, 20.6, 22.4, 26.8) and r.unit == "%"]
    assert [(r.value, r.measure) for r in run] == [
        (14.1, "average"), (22.1, "average"), (20.6, "average"), (22.4, "average"),
        (26.8, "average"),
    ]  # fmt: skip
    assert all(r.key is None or r.key.endswith("_growth") for r in run)


def test_what_a_review_says_was_secured_is_a_result_named_without_its_verb() -> None:
    """争取中央补助资金2611亿元 in a review was read as looking ahead (争取 = strive) and left
    out; 出台, 发行 and 申报 stayed in the names."""
    draft = extract(corpus_text("results/shanxi-2023.yaml"), region="山西省", year=2024)
    assert [(r.name, r.value, r.unit) for r in draft.targets][:4] == [
        ("推动经济回升向好政策措施", 40.0, "条"),
        ("中央补助资金", 2611.0, "亿元"),
        ("新增政府专项债券", 603.0, "亿元"),
        ("万亿国债支持领域项目", 1159.0, "个"),
    ]


def test_respectively_later_in_the_clause_splits_the_subject_before() -> None:
    """城乡居民收入达到23292元和7750元、分别增长8.8%和10%: the 分别 comes after the first two
    values, and all four were drafted for 城乡居民收入."""
    draft = extract(corpus_text("results/zhenan-2015.yaml"), region="镇安县", year=2016)
    incomes = [(r.name, r.value) for r in draft.targets if "居民收入" in r.name]
    assert incomes == [("城镇居民收入", 23292.0), ("农村居民收入", 7750.0),
                       ("城镇居民收入", 8.8), ("农村居民收入", 10.0)]  # fmt: skip


def test_each_in_a_qualitative_target_gives_each_name_the_predicate() -> None:
    """空气质量优良天数比率和地表水水质优良率均…: one qualitative row named with the 和 and 均."""
    draft = extract(corpus_text("targets/zhongshan-2025.yaml"), region="中山市", year=2025)
    qualitative = [r.name for r in draft.targets if r.comparator == "qualitative"]
    assert "空气质量优良天数比率" in qualitative and "地表水水质优良率" in qualitative
    assert not [name for name in qualitative if name.endswith("均")]


def test_volume_held_and_balance_achieved_begin_a_predicate() -> None:
    """进出口总额稳量提质 named 进出口总额稳量: 稳量 was no predicate the lexicon knew."""
    draft = extract(corpus_text("targets/zhongshan-2025.yaml"), region="中山市", year=2025)
    assert "进出口总额" in [r.name for r in draft.targets if r.comparator == "qualitative"]


def test_a_figure_from_one_year_to_another_gives_both_years_rows() -> None:
    """地区生产总值由2016年的503.11亿元增长到2020年的645.66亿元: the name kept 由2016年, the
    second figure was named 增长到2020年, and both were 2016's."""
    draft = extract(corpus_text("results/hanchuan-2020.yaml"), region="汉川市", year=2021)
    gdp = [(r.name, r.value, r.year) for r in draft.targets if r.unit == "亿元"][:2]
    assert gdp == [("地区生产总值", 503.11, 2016), ("地区生产总值", 645.66, 2020)]


def test_a_growth_over_a_base_year_years_back_is_cumulative() -> None:
    """较2015年分别增长26.8%、12%…: five years' growth, drafted as the year's."""
    draft = extract(corpus_text("results/chaozhou-2020.yaml"), region="潮州市", year=2021)
    grown = [(r.value, r.measure) for r in draft.targets if r.value in (26.8, 12.0, 0.6, 25.9)]
    assert grown == [(26.8, "cumulative"), (12.0, "cumulative"), (0.6, "cumulative"),
                     (25.9, "cumulative")]  # fmt: skip


def test_a_review_figure_is_for_the_year_it_reached_not_a_base_year() -> None:
    """黎平 2021 (tests/corpus/results/liping-2021): 由2017年的…增至2021年的…, then 年均增长:
    the average is 2021's, over the five years; 泉州 2011: 均比2006年翻一番 names a base of
    comparison after the figures, not their year."""
    text = ("五年来,全县地区生产总值由2017年的74.37亿元增至2021年的104.96亿元,年均增长5.7%,"
            "经济总量居全州第2位。")  # fmt: skip
    rows = extract(text, region="黎平县", year=2022).targets
    assert [(r.name, r.value, r.year) for r in rows] == [
        ("地区生产总值", 74.37, 2017), ("地区生产总值", 104.96, 2021),
        ("地区生产总值", 5.7, 2021), ("经济总量", 2, 2021)]  # fmt: skip
    text = "五年来,我市生产总值达4270亿元,均比2006年翻一番以上。"
    (row,) = extract(text, region="泉州市", year=2012).targets
    assert (row.name, row.value, row.year) == ("生产总值", 4270, 2011)


def test_from_one_figure_to_another_continues_the_subject_before() -> None:
    """解放区 2022 report (seed 004): 一般公共预算收入基本实现翻番,从7.36亿元增加到13.8亿元."""
    text = "过去五年,一般公共预算收入基本实现翻番,从7.36亿元增加到13.8亿元。"
    rows = extract(text, region="解放区", year=2022).targets
    named = [(r.name, r.value) for r in rows]
    assert named == [("一般公共预算收入", 7.36), ("一般公共预算收入", 13.8)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # 马鞍山 2015, 霍州 2023, 潞州 2022, 龙华 2017, 国务院 2023 (tests/corpus/results)
        ("新增規上工業企業189家,總數達1053家",
         [("新增規上工業企業", 189), ("規上工業企業總數", 1053)]),
        ("糧食播種面積33.05萬畝,產量5.56萬噸", [("糧食播種面積", 33.05), ("糧食產量", 5.56)]),
        ("全年谋划实施项目382个,总投资1048亿元",
         [("谋划实施项目", 382), ("谋划实施项目总投资", 1048)]),
        ("两税收入386.6亿元,净增50亿元", [("两税收入", 386.6), ("两税收入", 50)]),
        ("粮食产量1.37万亿斤,增产74亿斤", [("粮食产量", 1.37), ("粮食产量", 74)]),
    ],
)  # fmt: skip
def test_a_head_alone_or_a_bare_predicate_takes_the_subject_before(
    text: str, expected: list[tuple[str, float]]
) -> None:
    rows = extract(f"过去一年,{text}。", region="某市", year=2024).targets
    assert [(r.name, r.value) for r in rows] == expected


def test_a_paragraph_of_last_years_figures_after_the_targets_is_results() -> None:
    """甘肃 2015, a news page (香港商報): the targets, then 2014年甘肅省實現生產總值…"""
    text = (
        "工作報告明確了今年甘肅經濟社會發展的主要預期目標:生產總值增長8%左右,"
        "固定資產投資增長20%左右。\n據介紹,2014年甘肅省實現生產總值6835.27億元,增長8.9%;"
        "固定資產投資7759.6億元,增長21.1%。"
    )
    rows = extract(text, region="甘肃省", year=2015).targets
    assert [(r.kind, r.year, r.name, r.value) for r in rows] == [
        ("target", 2015, "生產總值", 8), ("target", 2015, "固定資產投資", 20),
        ("actual", 2014, "生產總值", 6835.27), ("actual", 2014, "生產總值", 8.9),
        ("actual", 2014, "固定資產投資", 7759.6), ("actual", 2014, "固定資產投資", 21.1),
    ]  # fmt: skip


def test_a_review_estimate_is_a_result_whatever_its_qualifiers() -> None:
    """赤峰 2025 report: 预计…增长4%左右 in the review states last year's estimate."""
    text = ("一年来,经济社会发展迈出了新步伐。预计全市地区生产总值增长4%左右,"
            "固定资产投资增长10%左右,社会消费品零售总额增长2.5%左右。")  # fmt: skip
    rows = extract(text, region="赤峰市", year=2025).targets
    assert [(r.kind, r.year, r.name, r.value, r.comparator) for r in rows] == [
        ("actual", 2024, "地区生产总值", 4, "about"),
        ("actual", 2024, "固定资产投资", 10, "about"),
        ("actual", 2024, "社会消费品零售总额", 2.5, "about"),
    ]


def test_target_tasks_set_out_are_targets_and_targets_achieved_no_lead_in() -> None:
    """珠海香洲区 2021, a news page: 报告提出了今年政府工作目标任务:…; 确保…目标如期实现
    says the targets will be met, and no list follows it."""
    text = ("报告提出了今年政府工作目标任务:地区生产总值增长6%以上;"
            "固定资产投资、外贸进出口保持正增长;一般公共预算收入增长3%。记者从会上获悉,"
            "香洲区将重点抓好六个方面工作,确保今年经济社会发展目标如期实现。")  # fmt: skip
    rows = extract(text, region="香洲区", year=2021).targets
    assert [(r.kind, r.name, r.value, r.comparator) for r in rows] == [
        ("target", "地区生产总值", 6, "at_least"),
        ("target", "固定资产投资", None, "qualitative"),
        ("target", "外贸进出口", None, "qualitative"),
        ("target", "一般公共预算收入", 3, "exact"),
    ]


def test_names_in_a_clause_without_figures_take_the_values_that_follow_in_turn() -> None:
    """深圳 2011 report ("十一五" review): A、B、C和D跃上新台阶,分别为…,增长…; and a figure
    right before 实现 (外贸出口2042亿美元实现十八连冠)."""
    text = (
        "2010年,规模以上工业增加值、高新技术产品产值、地方财政一般预算收入和全口径财政收入"
        "跃上新台阶,分别为4050亿元、10176亿元、1106.8亿元和3507亿元。外贸出口2042亿美元实现十八连冠。"
    )
    rows = extract(text, region="深圳市", year=2011).targets
    assert [(r.name, r.value) for r in rows] == [
        ("规模以上工业增加值", 4050), ("高新技术产品产值", 10176),
        ("地方财政一般预算收入", 1106.8), ("全口径财政收入", 3507), ("外贸出口", 2042),
    ]  # fmt: skip


def test_a_target_met_or_passed_in_a_review_is_no_look_ahead() -> None:
    """江苏 2025 report, a traditional news copy: 省重大項目投資7300億元、超年度計劃目標13.9%;
    内蒙古 2025: 單位GDP能耗下降3%,提前一年達到“十四五”規劃控制目標."""
    text = (
        "2024年,江苏经济运行总体平稳。省重大项目投资7300亿元、超年度计划目标13.9%。"
        "单位GDP能耗下降3%,提前一年达到“十四五”规划控制目标。"
    )
    rows = extract(text, region="江苏省", year=2025).targets
    assert [(r.kind, r.year, r.name, r.value) for r in rows] == [
        ("actual", 2024, "省重大项目投资", 7300), ("actual", 2024, "省重大项目投资", 13.9),
        ("actual", 2024, "单位GDP能耗", 3),
    ]  # fmt: skip


def test_a_target_reached_a_year_early_is_a_result() -> None:
    """内蒙古 2025 report (a traditional copy): 新能源装机…达到1.35亿千瓦,提前一年实现…目标."""
    text = ("过去一年,闯新路进中游迈出实质性步伐。新能源装机达到1.35亿千瓦,提前一年实现"
            "自治区第十一次党代会确定目标。")  # fmt: skip
    rows = extract(text, region="内蒙古自治区", year=2025).targets
    assert [(r.kind, r.year, r.name, r.value) for r in rows] == [
        ("actual", 2024, "新能源装机", 1.35)]  # fmt: skip


def test_a_target_the_reports_body_sets_is_a_task_of_the_year() -> None:
    """新疆 2023 report: after the list, 确保棉花产量稳定在500万吨以上 and 力争全区果品产量
    870万吨 in the chapter on farming; the body's prose gives no qualitative row."""
    text = (
        "今年我区经济社会发展的主要预期目标是:地区生产总值增长7%左右。\n"
        "扎实推进农业现代化。促进棉花产业稳产提质增效,确保棉花产量稳定在500万吨以上。"
        "深入实施林果业提质增效工程,力争全区果品产量870万吨、蔬菜产量1600万吨。"
    )
    rows = extract(text, region="新疆维吾尔自治区", year=2023).targets
    assert [(r.kind, r.tier, r.name, r.value, r.comparator) for r in rows] == [
        ("target", "headline", "地区生产总值", 7, "about"),
        ("target", "task", "棉花产量", 500, "at_least"),
        ("target", "task", "果品产量", 870, "exact"),
        ("target", "task", "蔬菜产量", 1600, "exact"),
    ]


def test_main_indicators_as_a_subject_open_no_targets_block() -> None:
    """衡南县 2022 report (a traditional copy): …分別增長8.3%、10.2%,主要指標穩居全市第一方陣;
    牟定县 2021: 地区生产总值增长12.6%达92.9亿元 (a growth, then the level it reached)."""
    text = ("過去的一年,全縣地區生產總值、規模工業增加值分別增長8.3%、10.2%,"
            "主要指標穩居全市第一方陣。全县第一产业增长9.1%达21.2亿元。")  # fmt: skip
    rows = extract(text, region="衡南县", year=2022).targets
    assert [(r.kind, r.name, r.value) for r in rows if r.measure is None] == [
        ("actual", "地區生產總值", 8.3), ("actual", "規模工業增加值", 10.2),
        ("actual", "第一产业", 9.1), ("actual", "第一产业", 21.2)]  # fmt: skip


def test_a_district_targets_page_read_as_a_reader_reads_it() -> None:
    """鄂城区 2023 (a news page, traditional with pinyin glosses in the original): 增幅16%以上
    is the growth's; a paragraph of qualitative targets goes on the block; 人均 alone is
    per head of the indicator before it (清水县 2008)."""
    text = (
        "2023年,鄂城区经济社会发展主要预期目标是:实现GDP增速高于全市平均水平。\n"
        "力争固定资产投资增幅16%以上、规上工业产值增幅13%以上,财政总收入达到20亿元、增幅12%以上,"
        "城乡居民可支配收入增长高于经济增长。\n"
        "粮食播种面积保持相对稳定,生态环境质量持续改善,单位生产总值能耗、主要污染物排放继续下降且"
        "控制在国家下达目标之内,空气优良天数占比完成市定目标,完成省、市下达的节能减排任务。\n"
        "主要奋斗目标是,地区生产总值达到13.9亿元,增长16%,人均达到4382元。"
    )
    rows = extract(text, region="鄂城区", year=2023).targets
    names = [(r.name, r.value) for r in rows]
    assert names[1:5] == [("固定资产投资", 16), ("规上工业产值", 13), ("财政总收入", 20),
                          ("财政总收入", 12)]  # fmt: skip
    assert ("城乡居民可支配收入", None) in names
    assert {"粮食播种面积", "生态环境质量", "空气优良天数占比", "节能减排"} <= {n for n, _ in names}
    assert ("人均地区生产总值", 4382) in names


def test_a_target_compared_with_last_year_goes_on_the_block() -> None:
    """鄂城区 2023 (a news page): the list's second sentence says 限上社零额同比增长15%以上; a
    comparison is no look back, and its qualitative clauses are targets too."""
    text = ("2023年,鄂城区经济社会发展主要预期目标是:实现GDP增速高于全市平均水平。\n"
            "力争限上社零额同比增长15%以上,完成城镇就业市定目标任务。")  # fmt: skip
    rows = extract(text, region="鄂城区", year=2023).targets
    assert ("限上社零额", 15) in [(r.name, r.value) for r in rows]
    assert [r.tier for r in rows if r.name == "限上社零额"] == ["headline"]
    assert "城镇就业" in [r.name for r in rows]


def test_a_requirement_named_in_a_review_opens_no_targets_block() -> None:
    """道真县 2023 report (a traditional copy): 始终坚持“…发展要安全”的总体要求,致力于…。
    完成地区生产总值90.76亿元; 桃江县 2022: 305亿元左右(预计数,下同),增长8%."""
    text = ("一年来,始终坚持“疫情要防住、经济要稳住、发展要安全”的总体要求,致力于谋发展、稳增长。"
            "完成地区生产总值90.76亿元、同比增长0.7%。全县实现生产总值305亿元左右(预计数,下同),"
            "增长8%。")  # fmt: skip
    rows = extract(text, region="道真县", year=2023).targets
    assert [(r.kind, r.name, r.value) for r in rows] == [
        ("actual", "地区生产总值", 90.76), ("actual", "地区生产总值", 0.7),
        ("actual", "生产总值", 305), ("actual", "生产总值", 8)]  # fmt: skip


def test_a_report_copied_from_a_pdf_with_its_lines_broken_reads_whole() -> None:
    """东昌府区 2019 report (a PDF copy): 规模以上固定资|产投资完成额增长11.5%; 实|现…"""
    text = (
        "一、2018年工作回顾\n"
        "2018年是贯彻落实党的十九大精神的开局之年,也是改革开放40周年。一年来,在\n"
        "区委的坚强领导下,圆满完成了既定目标任务。全区生产总值完成346.3亿元,同\n"
        "比增长6.1%;规模以上固定资产投资完成额增长11.5%;社会消费品零售总额实\n"
        "现261.5亿元,增长6.4%。\n"
        "(一)新旧动能转换全面起势。"
    )
    rows = extract(text, region="东昌府区", year=2019).targets
    assert [(r.name, r.value) for r in rows] == [
        ("生产总值", 346.3), ("生产总值", 6.1), ("规模以上固定资产投资完成额", 11.5),
        ("社会消费品零售总额", 261.5), ("社会消费品零售总额", 6.4)]  # fmt: skip


def test_a_requirements_paragraph_gives_no_targets_and_the_list_after_it_does() -> None:
    """龙游县 2025 and 磴口县 2025 reports: 总体要求是:坚持…,牢牢把握…; then 努力目标为 / 主要预期
    目标是 with the figures; 汉源县 2023: 确保增长7.5%、力争增长8.5% is one target with an aim."""
    text = (
        "今年政府工作的总体要求是:坚持以习近平新时代中国特色社会主义思想为指导,牢牢把握今年经济工作"
        "的总体要求,忠实践行“八八战略”,坚持大干项目、大抓落实。\n"
        "全县经济社会发展的主要预期目标是:地区生产总值确保增长7.5%、力争增长8.5%;"
        "城乡居民人均可支配收入增长与经济增长基本同步。"
    )
    rows = extract(text, region="龙游县", year=2025).targets
    assert [(r.name, r.value, r.aim, r.comparator) for r in rows] == [
        ("地区生产总值", 7.5, 8.5, "exact"),
        ("城乡居民人均可支配收入", None, None, "in_step"),
    ]


def test_targets_a_review_says_were_met_or_kept_within_set_none() -> None:
    """玉树州 2022 report (a traditional copy with doubled commas): 全年主要目标任务较好完成,
    地区生产总值增长8%,,…城镇登记失业率控制在预期目标以内: the year's results."""
    text = (
        "一年来,,我们坚持以习近平新时代中国特色社会主义思想为指导,,全年主要目标任务较好完成,"
        "地区生产总值增长8%,,地方财政预算收入增长12%,,"
        "城镇登记失业率控制在预期目标以内。"
    )
    rows = extract(text, region="玉树藏族自治州", year=2022).targets
    assert [(r.kind, r.year, r.name, r.value) for r in rows] == [
        ("actual", 2021, "地区生产总值", 8), ("actual", 2021, "地方财政预算收入", 12)]  # fmt: skip


# -- the regions the bundled data knows, as jfq extract reads a text with them -----------------


def test_a_region_named_in_passing_leaves_a_named_target_the_reports() -> None:
    # tests/corpus/targets/jilin-2026.yaml: 全国 is what 吉林 means to outrun, not a subject
    text = ("吉林省2026年经济社会发展主要预期目标是:地区生产总值增长5%左右,"
            "一般公共预算收入增长3.7%,努力跑赢全国;"
            "新能源产业产值增长8%以上,装备制造业增加值增长10%左右。")  # fmt: skip
    draft = extract(text, region="吉林省", year=2026, known_regions=bundled_regions())
    assert [(r.region, r.name, r.value) for r in draft.targets] == [
        ("吉林省", "地区生产总值", 5),
        ("吉林省", "一般公共预算收入", 3.7),
        ("吉林省", "新能源产业产值", 8),
        ("吉林省", "装备制造业增加值", 10),
    ]


def test_national_as_an_attributive_is_no_region() -> None:
    # tests/corpus/targets/gaoyou-2021.yaml: 国家高新技术企业 are firms the state certifies
    text = "2021年主要目标:规上工业增加值增长9%;获批国家高新技术企业80家。"
    draft = extract(text, region="高邮市", year=2021, known_regions=bundled_regions())
    assert [(r.region, r.name) for r in draft.targets] == [
        ("高邮市", "规上工业增加值"),
        ("高邮市", "国家高新技术企业"),
    ]


def test_the_districts_own_report_is_no_side_by_side_page() -> None:
    # sources/004 (解放区 2022): three regions in one sentence, each inside an institution's
    # name (河南理工大学, 国家科技型中小企业): a report of one region, not a list of many
    text = (
        "与省应急科学研究院、河南理工大学、市应急局合作建设河南焦作应急科学研究院;"
        "引进河南理工大学煤矿仿真和新型材料重点实验室2个,新增国家科技型中小企业2家。"
    )
    regions = Regions(bundled_regions())
    assert not sides.is_side_by_side(Text(text), regions)
