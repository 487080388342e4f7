"""jfq extract on the pages the ladder's data was drafted from: news digests of national and
provincial reports, a statistics bulletin, a district report's opening.

Each text is a passage of a stored public page (its address is in the comment above it),
copied as the page has it, with its faults: machine-converted characters with pinyin after
each one, dates on a line of their own, a five-year plan's list between the review and the
year's targets.  Each test was written against a wrong draft first (the fault it names).
"""

from __future__ import annotations

import pytest

from jfq.authoring.extract import extract
from jfq.data.model import Target


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


def test_a_five_year_plans_list_is_left_out_and_said_so() -> None:
    draft = extract(DIGEST_2026)
    names = {r.name for r in draft.targets}
    assert "全社会研发经费投入" not in names  # 十五五: a plan's target, not 2026's
    assert not any("数字经济" in name for name in names)
    assert any("十五五" in note and "left out" in note for note in draft.notes)


def test_past_five_years_figures_span_the_five_years() -> None:
    actual = rows(extract(DIGEST_2026).targets, "actual")
    assert (2025, 2021, "gdp_growth", "国内生产总值", 5.4, None, "%", "exact") in actual
    assert (2025, 2021, "new_urban_jobs", "城镇新增就业", 6000, None, "万人", "at_least") in actual


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
