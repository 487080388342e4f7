"""The words of the text screens in each language, and the order of Chinese and English.

--lang (or JFQ_LANG) chooses:
  both  Chinese first, English beside it (the default);
  en    English first, Chinese beside it, qualifiers in words ("about 8%");
  zh    Chinese only: Chinese headings, no English renderings.

Only the screen's own words are translated here; names, definitions and quotes
come from the data as they are.  JSON, YAML and CSV carry every field whatever
the language.
"""

from __future__ import annotations

from enum import Enum

from jfq.model import Target, number


class Lang(str, Enum):
    both = "both"
    en = "en"
    zh = "zh"


# The screen's English words and their Chinese, for --lang zh.
CHINESE = {
    "Definition": "释义",
    "Parts": "组成",
    "Notes": "说明",
    "Related": "相关词条",
    "Sources": "来源",
    "Other matches": "其他匹配",
    "Term": "词语",
    "Scope": "层级",
    "Category": "类别",
    "entries": "条",
    "Indicator": "指标",
    "Target": "目标",
    "Result": "完成情况",
    "Status": "状态",
    "Src": "出处",
    "Change": "变化",
    "Year": "年份",
    "Over several years": "多年数据",
    "Main expected targets": "主要预期目标",
    "Tasks": "任务目标",
    "Main indicators: results": "主要指标完成情况",
    "Task results": "任务完成情况",
    "met": "完成",
    "not met": "未完成",
    "no data": "无数据",
    "unrated": "无法比较",
    "Glossary": "词语",
    "Targets": "目标与完成情况",
    "figures": "项数据",
    "documents": "份文件",
    "Try": "试试",
    "none": "无",
    "of them are used in the sources without an explanation": "条在来源中使用但未解释",
    "the terms and targets of the 焦作市解放区 (Jiefang District) government work reports, "
    "each with the sentence of its source":
        "焦作市解放区政府工作报告中的词语与目标，每一条都附来源原文",
    "a numbered slogan, explained, with its source": "数字化提法的含义与出处",
    "the 2023 targets beside what was achieved": "2023年的目标与完成情况",
    "how the targets moved from one year to the next": "目标的逐年变化",
    "every command": "全部命令",
    "targets": "目标",
    "target": "目标",
    "result": "完成",
    "results": "完成情况",
    "actuals": "完成情况",
    "No entries match these filters.": "没有符合条件的词条。",
    "* used in the sources but not defined there": "* 来源中使用但未解释",
    "Not defined in the sources: they use the term without explaining it.":
        "来源未作解释：文中使用了这一词语，但没有说明其含义。",
    "The sources spell it out by its parts, below, without a sentence that defines it.":
        "来源以下列组成部分说明这一词语，没有专门的释义句。",
    "Where it is mentioned is listed under Sources.": "提及之处列于“来源”。",
}  # fmt: skip

# What the units of targets.yaml mean, for readers of --lang en.
UNITS_EN = {
    "‰": "per mille",
    "个百分点": "percentage points",
    "亿元": "100 million yuan",
    "万元": "10,000 yuan",
    "元": "yuan",
    "万美元": "10,000 US dollars",
    "人": "people",
    "万人": "10,000 people",
    "人次": "person-times",
    "名": "people",
    "户": "households",
    "万户": "10,000 households",
    "家": "firms or institutions",
    "所": "schools or institutions",
    "座": "buildings or structures",
    "条": "items (roads, lines)",
    "件": "cases or items",
    "项": "items or projects",
    "场": "events",
    "批次": "batches",
    "份": "copies",
    "万份": "10,000 copies",
    "支": "teams",
    "天": "days",
    "亩": "mu (1/15 hectare)",
    "公顷": "hectares",
    "平方公里": "square kilometres",
    "万平方米": "10,000 square metres",
    "年": "years",
    "套": "sets or units",
    "期": "phases or sessions",
    "起": "cases",
    "个": "units",
}


# How a query found its entry (jfq.lookup.MATCH_KINDS), for --lang zh.
MATCHES_ZH = {"alias": "别名", "normalized": "规范化", "substring": "部分名称", "pinyin": "拼音",
              "english": "英文", "component": "组成部分", "fuzzy": "近似"}  # fmt: skip
SCOPES_EN = {"国家": "national", "省": "provincial", "市": "city", "区": "district",
             "示范区": "demonstration zone"}  # fmt: skip
CATEGORIES_EN = {
    "经济": "economy", "产业": "industry", "科技": "science and technology",
    "治理": "governance", "民生": "livelihood", "安全": "safety", "生态": "ecology",
    "城建": "urban construction", "党建": "Party building", "防疫": "epidemic control",
    "文旅": "culture and tourism", "改革": "reform",
}  # fmt: skip


class Words:
    """What a renderer asks for: a word of the screen, a pair of names in order."""

    def __init__(self, lang: Lang = Lang.both) -> None:
        self.lang = lang

    def __call__(self, english: str) -> str:
        return CHINESE.get(english, english) if self.lang is Lang.zh else english

    def label(self, chinese: str, english: dict[str, str]) -> str:
        """A scope or category (Chinese in the data): in English for --lang en."""
        return english.get(chinese, chinese) if self.lang is Lang.en else chinese

    def names(self, chinese: str, english: str | None) -> tuple[str, str | None]:
        """(the name to show first, the one beside it, or None)."""
        if self.lang is Lang.en and english:
            return english, chinese
        if self.lang is Lang.zh:
            return chinese, None
        return chinese, english


def in_words(row: Target) -> str:
    """A row's value as an English reader says it: about 8%, at least 10%, 6–6.5%."""
    if row.value is None:
        return f"in step with growth ({row.text})" if row.comparator == "in_step" else row.text
    unit = row.unit or ""
    amount = f"{number(row.value)}{unit}"
    if row.comparator == "range" and row.value_max is not None:
        return f"{number(row.value)}–{number(row.value_max)}{unit}"
    prefix = {"about": "about ", "at_least": "at least ", "at_most": "at most "}
    return prefix.get(row.comparator, "") + amount


def units_legend(rows: list[Target]) -> str | None:
    """'亿元 = 100 million yuan · 人 = people' for the units in ``rows`` (None: none to explain)."""
    units = dict.fromkeys(row.unit for row in rows if row.unit in UNITS_EN)
    if not units:
        return None
    return "Units: " + " · ".join(f"{unit} = {UNITS_EN[unit]}" for unit in units if unit)
