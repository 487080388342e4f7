"""Keys for the indicators every report states, so that they line up across years and regions.

A key is optional: an indicator not named here keeps its name and gets none (jfq merge
and validate say so; a person gives it one).  A name is matched after folding, and by
its end: 全市地区生产总值 and 区属地区生产总值 are 地区生产总值.  Whether a figure is the
level or its growth is read from its unit: a percentage of a level indicator is growth.
"""

from __future__ import annotations

import re

from jfq.authoring.extract.lexicon import PART_OF_YEAR_AT, PER_CENT
from jfq.data.records import Record, record
from jfq.search.normalize import fold, simplified


@record
class Indicator(Record):
    names: tuple[str, ...]  # as reports write them (simplified); the first is the usual one
    level_key: str | None  # key of the level (亿元, 元 …), or None
    level_en: str | None
    growth_key: str | None  # key of its growth rate (%), or None
    growth_en: str | None


INDICATORS = (
    Indicator(("地区生产总值", "国内生产总值", "生产总值", "经济增长", "经济总量", "gdp",
               "gdp总量", "国内生产毛额", "经济增速", "gdp增速", "gdp增长"), "gdp",
              "GDP", "gdp_growth", "GDP growth"),
    Indicator(("规模以上工业增加值", "规上工业增加值", "全部工业增加值", "工业增加值"),
              "industrial_value_added",
              "Industrial value added (enterprises above designated size)",
              "industrial_value_added_growth",
              "Growth of industrial value added (enterprises above designated size)"),
    Indicator(("固定资产投资", "全社会固定资产投资"), "fixed_asset_investment",
              "Fixed-asset investment", "fixed_asset_investment_growth",
              "Fixed-asset investment growth"),
    Indicator(("社会消费品零售总额", "社会消费品零售额"), "retail_sales",
              "Retail sales of consumer goods", "retail_sales_growth",
              "Growth of retail sales of consumer goods"),
    Indicator(("一般公共预算收入", "地方一般公共预算收入", "公共财政预算收入", "地方财政收入"),
              "public_budget_revenue", "General public budget revenue",
              "public_budget_revenue_growth", "General public budget revenue growth"),
    Indicator(("城镇居民人均可支配收入", "城镇常住居民人均可支配收入"), "urban_disposable_income",
              "Per-capita disposable income of urban residents", "urban_disposable_income_growth",
              "Growth of per-capita disposable income of urban residents"),
    Indicator(("农村居民人均可支配收入", "农村常住居民人均可支配收入", "农民人均可支配收入"),
              "rural_disposable_income",
              "Per-capita disposable income of rural residents", "rural_disposable_income_growth",
              "Growth of per-capita disposable income of rural residents"),
    Indicator(("居民人均可支配收入", "人均可支配收入", "居民收入", "城乡居民收入"),
              "disposable_income", "Per-capita disposable income", "income_growth",
              "Residents' income growth"),
    Indicator(("研究与试验发展经费投入强度", "研发经费投入强度", "研发经费强度", "研发投入强度"),
              "rd_intensity", "R&D intensity (R&D spending as a share of GDP)", None, None),
    Indicator(("进出口总额", "外贸进出口总额", "进出口", "外贸进出口"), "import_export",
              "Total imports and exports", "import_export_growth",
              "Growth of total imports and exports"),
    Indicator(("城镇调查失业率",), "urban_surveyed_unemployment_rate",
              "Surveyed urban unemployment rate", None, None),
    Indicator(("城镇登记失业率", "登记失业率"), "registered_unemployment_rate",
              "Registered unemployment rate", None, None),
    Indicator(("居民消费价格涨幅", "居民消费价格升幅", "居民消费价格", "cpi涨幅",
               "居民消费价格总水平", "消费者物价指数升幅", "消费者物价指数"), None, None,
              "cpi_growth", "Consumer price (CPI) rise"),
    Indicator(("节能减排",), "energy_saving_emission_reduction",
              "Energy saving and emission reduction", None, None),
    Indicator(("单位国内生产总值能耗", "单位生产总值能耗", "单位gdp能耗", "万元生产总值能耗"),
              "energy_intensity", "Energy use per unit of GDP", None, None),
    Indicator(("单位国内生产总值二氧化碳排放", "单位生产总值二氧化碳排放", "单位gdp二氧化碳排放",
               "二氧化碳排放强度", "碳排放强度"), "carbon_intensity",
              "CO2 emissions per unit of GDP", None, None),
    Indicator(("城镇新增就业", "新增城镇就业", "新增就业"), "new_urban_jobs", "New urban jobs",
              None, None),
    Indicator(("粮食产量", "粮食总产量"), "grain_output", "Grain output", None, None),
    Indicator(("新增技能人才",), "new_skilled_workers", "New skilled workers", None, None),
)  # fmt: skip

_BY_NAME = sorted(
    ((fold(name), indicator) for indicator in INDICATORS for name in indicator.names),
    key=lambda pair: -len(pair[0]),  # the longest name wins: 城镇居民人均可支配收入 over 居民收入
)
_NAMES = tuple(known for known, _ in _BY_NAME)
HEADLINE_KEYS = frozenset(
    key for i in INDICATORS for key in (i.level_key, i.growth_key) if key is not None
)


def indicator_for(name: str) -> Indicator | None:
    key = fold(name)
    if PART_OF_YEAR_AT.match(key):  # 一季度GDP, 上半年地区生产总值: not the year's headline
        return None
    for known, indicator in _BY_NAME:
        if key == known or (
            key.endswith(known) and not _ANOTHER_MEASURE.search(key[: -len(known)])
        ):
            return indicator
    return None


# What before an indicator's name makes it another measure (人均地区生产总值, 计划固定资产投资).
PER_HEAD = "人均|户均|地均|亩均|村均"  # (a figure per head, household, km², mu or village)
_ANOTHER_MEASURE = re.compile(rf"{PER_HEAD}|(?:计划|目标|预期)$|^(?:计划|年初|原)")


def is_an_indicator(name: str) -> bool:
    """Whether ``name`` is, whole, the name of an indicator every report states."""
    return fold(name) in _KNOWN


_KNOWN = frozenset(_NAMES)


def named_first(norm: str, start: int, end: int) -> int | None:
    """Where a known indicator's name ends that norm[start:end] opens with (地区生产总值连上
    两个百亿级台阶: the subject of the figures after it), or None."""
    head = norm[start:end].lower()
    found = [len(known) for known in _NAMES if head.startswith(known) and len(head) > len(known)]
    if not found or _A_LONGER_NOUN.match(head, max(found)):
        return None  # 规上工业增加值占地区生产总值比重, 地区生产总值增速: another indicator
    return start + max(found)


# What makes a known indicator's name part of a longer one, when it follows the name.
_A_LONGER_NOUN = re.compile(r"占|比重|增速|增幅|增长率|增量|总量|结构|指数|的|中|/|每|人均")


def key_for(name: str, unit: str | None, grows: bool = False) -> tuple[str | None, str]:
    """(key, English) of a figure: a level, or its growth when the unit is a percentage of
    an indicator that has both (or the figure is said of a change: 增长, 同步); (None, a
    placeholder to translate) for one not known."""
    # (第一产业拉动经济增长: a sector's pull on the economy, no figure of the economy's)
    indicator = indicator_for(name) if "拉动" not in simplified(name) else None
    # (and a change or a margin in percentage points is no level nor growth of any indicator:
    # 地区生产总值增长6.5%,较上年同期提高1.2个百分点 is no GDP of 1.2)
    if indicator is None or unit in ("个百分点", "百分点"):
        return None, f"(to translate) {name}"
    growth = (unit in PER_CENT or (unit is None and grows)) and indicator.growth_key is not None
    if (growth or indicator.level_key is None) and indicator.growth_key:
        return indicator.growth_key, indicator.growth_en or indicator.growth_key
    if indicator.level_key is not None:
        return indicator.level_key, indicator.level_en or indicator.level_key
    return None, f"(to translate) {name}"
