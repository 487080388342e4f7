"""The screen's vocabulary: the language chosen, the Chinese of each English word, and
the words for the model's values (scopes, categories, units, matches, fields)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from enum import Enum
from typing import TYPE_CHECKING

from jfq.data.model import Target, number, signed

if TYPE_CHECKING:  # the targets code loads only for the commands that need it
    pass


class Lang(str, Enum):
    both = "both"
    en = "en"
    zh = "zh"


def lang_from_environment() -> Lang:
    """JFQ_LANG for the home screen, which has no --lang of its own.  A value the commands
    would refuse is said, not silently ignored; the home screen still shows."""
    value = os.environ.get("JFQ_LANG", "both")
    try:
        return Lang(value.lower())
    except ValueError:
        sys.stderr.write(f"jfq: JFQ_LANG={value!r} is not both, en or zh; showing both\n")
        return Lang.both


# The screen's English words and their Chinese, for --lang zh.
CHINESE = {
    "Definition": "释义",
    "Parts": "组成",
    "Notes": "说明",
    "Related": "相关词条",
    "Sources": "来源",
    "Other matches": "其他匹配",
    "figure": "数据",
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
    "Years": "年份",
    "Key": "代码",
    "Regions": "地区",
    "indicators": "项指标",
    "; jfq trend KEY shows one": "；jfq trend 代码 显示其中一项",
    "Over several years": "多年数据",
    "shown": "显示",
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
    "the targets of 解放区, 焦作市, 河南省 and the nation, side by side":
        "解放区、焦作市、河南省与全国的目标逐级对照",
    "every command": "全部命令",
    "targets": "目标",
    "target": "目标",
    "result": "完成",
    "results": "完成情况",
    "No entries match these filters.": "没有符合条件的词条。",
    "* used in the sources but not defined there": "* 来源中使用但未解释",
    "Not defined in the sources: they use the term without explaining it.":
        "来源未作解释：文中使用了这一词语，但没有说明其含义。",
    "The sources spell it out by its parts, below, without a sentence that defines it.":
        "来源以下列组成部分说明这一词语，没有专门的释义句。",
    "Where it is mentioned is listed under Sources.": "提及之处列于“来源”。",
    "No.": "序号",
    "Found as": "匹配方式",
    "the target": "目标",
    "the result": "完成情况",
    "Lines": "行",
    "name": "名称",
    "alias": "别名",
    "part": "组成部分",
    "Level": "层级",
    "Region": "地区",
    "Over the level above": "较上一级",
    "Rank": "排名",
    "Not ranked (no number, or another unit)": "未排序（无数值或单位不同）",
    "No figure stated": "未见数据",
    "Spread": "极差",
}  # fmt: skip

# What a unit's measure word means, for readers of --lang en; a multiplier in front (万, 亿)
# is said as a number ("10,000 tonnes").  A measure word not listed is shown as it is.
MEASURE_WORDS_EN = {
    "%": "percent",
    "‰": "per mille",
    "个百分点": "percentage points",
    "個百分點": "percentage points",
    "元": "yuan",
    "美元": "US dollars",
    "人": "people",
    "人次": "person-times",
    "名": "people",
    "户": "households",
    "戶": "households",
    "家": "firms or institutions",
    "所": "schools or institutions",
    "座": "buildings or structures",
    "条": "items (roads, lines)",
    "件": "cases or items",
    "项": "items or projects",
    "場": "events",
    "场": "events",
    "批次": "batches",
    "份": "copies",
    "支": "teams",
    "天": "days",
    "亩": "mu (1/15 hectare)",
    "公顷": "hectares",
    "平方公里": "square kilometres",
    "平方米": "square metres",
    "公里": "kilometres",
    "吨": "tonnes",
    "噸": "tonnes",
    "斤": "jin (half a kilogram)",
    "千瓦": "kilowatts",
    "千瓦时": "kilowatt-hours",
    "年": "years",
    "套": "sets or units",
    "期": "phases or sessions",
    "起": "cases",
    "个": "units",
    "個": "units",
}
MULTIPLIERS_EN = {"十": "10", "百": "100", "千": "1,000", "万": "10,000", "萬": "10,000",
                  "亿": "100 million", "億": "100 million", "万亿": "trillion",
                  "萬億": "trillion"}  # fmt: skip


def unit_in_english(unit: str) -> str | None:
    """亿元 -> '100 million yuan', 万吨 -> '10,000 tonnes', % -> None (nothing to explain)."""
    if unit == "%":
        return None
    if unit in MEASURE_WORDS_EN:
        return MEASURE_WORDS_EN[unit]
    for multiplier in sorted(MULTIPLIERS_EN, key=len, reverse=True):
        word = unit.removeprefix(multiplier)
        if word != unit and word in MEASURE_WORDS_EN:
            return f"{MULTIPLIERS_EN[multiplier]} {MEASURE_WORDS_EN[word]}"
    return None


# How a query found its entry (jfq.search.lookup.MATCH_KINDS), in words.
MATCHES_EN = {"alias": "alias", "normalized": "the name written differently",
              "numerals": "numbers written the other way", "pinyin": "pinyin",
              "english": "English", "substring": "part of a name",
              "component": "one of its parts", "fuzzy": "close spelling"}  # fmt: skip
MATCHES_ZH = {"alias": "别名", "normalized": "规范化", "numerals": "数字写法",
              "substring": "部分名称", "pinyin": "拼音", "english": "英文",
              "component": "组成部分", "fuzzy": "近似"}  # fmt: skip
# Where a search hit was found (jfq.search.fulltext), in words.
FIELDS_EN = {"term": "name", "alias": "alias", "en": "English", "definition": "definition",
             "component": "part", "quote": "quote", "name": "name", "key": "key",
             "text": "phrase"}  # fmt: skip
FIELDS_ZH = {"term": "名称", "alias": "别名", "en": "英文", "definition": "释义",
             "component": "组成", "quote": "原文", "name": "名称", "key": "代码",
             "text": "表述"}  # fmt: skip
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

    def separator(self, number: int) -> str:
        """What goes before the number-th item of a list on one line: '', ', ' or '，'."""
        return "" if number == 0 else "，" if self.lang is Lang.zh else ", "

    def aside(self, label: str, value: str) -> str:
        """'  (shown: met)', or in Chinese '（显示：完成）'."""
        if self.lang is Lang.zh:
            return f"（{self(label)}：{value}）"
        return f"  ({label}: {value})"

    def match(self, kind: str) -> str:
        """How a query matched (pinyin, part of a name …), in the screen's language."""
        return (MATCHES_ZH if self.lang is Lang.zh else MATCHES_EN).get(kind, kind)

    def field(self, name: str) -> str:
        """Where a search hit was found (name, quote …), in the screen's language."""
        return (FIELDS_ZH if self.lang is Lang.zh else FIELDS_EN).get(name, name)

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


def value_phrase(row: Target) -> str:
    """A row's value in the reader's words: ≈8%, ≥10%, ≤3%, ≲4亿元 (近), >9000万元 (余),
    6–6.5%, 与经济增长同步, 8% (→9%) (保8%、争9%)."""
    if row.value is None:
        return row.text
    unit = row.unit or ""
    low, high = signed(row)
    assert low is not None
    if row.comparator == "range" and high is not None:
        return f"{_signed_number(low)}–{_signed_number(high)}{unit}{_aim_phrase(row)}"
    # (a fall's bounds turn over: 下降5%以上, a fall of 5% or more, is −5% or lower)
    signs = _FALLS_SIGNS if row.direction == "down" else _SIGNS
    return f"{signs.get(row.comparator, '')}{_signed_number(low)}{unit}{_aim_phrase(row)}"


def _aim_phrase(row: Target, *, sign: bool = True) -> str:
    """' (→9%)': the higher figure a target strives for (保8%、争9%), after its value wherever
    the value is shown, so that no table drops what peers shows; '' for none.  A fall's aim
    is signed as its value is (−4%), unless the words say the fall (a fall of 3% (→4%))."""
    if row.aim is None:
        return ""
    aim = -row.aim if sign and row.direction == "down" else row.aim
    return f" (→{_signed_number(aim)}{row.unit or ''})"


_SIGNS = {"about": "≈", "at_least": "≥", "at_most": "≤", "nearly": "≲", "over": ">"}
_FALLS_SIGNS = {"about": "≈", "at_least": "≤", "at_most": "≥", "nearly": "≳", "over": "<"}


def _signed_number(value: float) -> str:
    """−7 with a minus sign, as a table prints a fall."""
    return f"−{number(-value)}" if value < 0 else number(value)


def in_words(row: Target) -> str:
    """A row's value as an English reader says it: about 8%, at least 10%, 6–6.5%."""
    if row.value is None:
        return f"in step with growth ({row.text})" if row.comparator == "in_step" else row.text
    unit = row.unit or ""
    amount = f"{number(row.value)}{unit}"
    fall = "a fall of " if row.direction == "down" else ""
    aim = _aim_phrase(row, sign=False)
    if row.comparator == "range" and row.value_max is not None:
        return f"{fall}{number(row.value)}–{number(row.value_max)}{unit}{aim}"
    prefix = {
        "about": "about ",
        "at_least": "at least ",
        "at_most": "at most ",
        "nearly": "nearly ",
        "over": "over ",
    }
    return fall + prefix.get(row.comparator, "") + amount + aim


def years_text(years: Sequence[int]) -> str:
    """2021, 2022, 2023, 2026 -> '2021–2023, 2026'."""
    runs: list[list[int]] = []
    for year in sorted(years):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs)


def regions_text(regions: Sequence[str], shown: int = 3) -> str:
    """解放区, 示范区; past ``shown`` regions, how many more: 'A, B, C +2997'."""
    more = f" +{len(regions) - shown}" if len(regions) > shown else ""
    return ", ".join(regions[:shown]) + more


def units_legend(rows: list[Target]) -> str | None:
    """'亿元 = 100 million yuan · 人 = people' for the units in ``rows`` (None: none to explain)."""
    english = {row.unit: unit_in_english(row.unit) for row in rows if row.unit}
    known = [f"{unit} = {words}" for unit, words in english.items() if words]
    return "Units: " + " · ".join(known) if known else None


def sources_legend(first: str, second: str, column: str, lang: Lang) -> str:
    """Under a table whose source column holds two figures' sources: how to read 10;11,12."""
    if lang is Lang.zh:
        return f"{column} 10;11,12：{first}出自来源10，{second}出自来源11和12（见下）。"
    return f"{column} 10;11,12: {first} from source 10, {second} from sources 11 and 12 (below)."


def exported_line(to: str, path: str, files: int) -> str:
    """'wrote jfq.sqlite (sqlite)', or for a folder 'wrote 10 files to out/ (csv)'."""
    return f"wrote {path} ({to})" if files == 1 else f"wrote {files} files to {path} ({to})"


def annotation_summary(terms: int, places: int, lang: Lang) -> str:
    """'uses 3 terms in 7 places' (jfq annotate's first line)."""
    if lang is Lang.zh:
        return f"使用{terms}个词语，共{places}处"
    return (f"uses {terms} {'term' if terms == 1 else 'terms'} in {places} "
            f"{'place' if places == 1 else 'places'}")  # fmt: skip
