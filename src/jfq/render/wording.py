"""All of jfq's screen wording, English and Chinese, and the order of the two on a screen.

--lang (or JFQ_LANG) chooses:
  both  Chinese first, English beside it (the default);
  en    English first, Chinese beside it, qualifiers in words ("about 8%");
  zh    Chinese only: Chinese headings, no English renderings.

Only the screen's own words are translated here; names, definitions and quotes
come from the data as they are.  JSON, YAML and CSV carry every field whatever
the language.  The core returns data (rows, numbers, a Change); every word a
screen shows is made here, and each vocabulary of the model (scopes, categories,
statuses, comparators, units) has its words here, keyed by the model's values.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence
from enum import Enum
from typing import TYPE_CHECKING

from jfq.data.model import Comparator, Target, number

if TYPE_CHECKING:  # the targets code loads only for the commands that need it
    from jfq.targets.compare import Change


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
    6–6.5%, 与经济增长同步."""
    if row.value is None:
        return row.text
    unit = row.unit or ""
    if row.comparator == "range" and row.value_max is not None:
        return f"{number(row.value)}–{number(row.value_max)}{unit}"
    signs = {"about": "≈", "at_least": "≥", "at_most": "≤", "nearly": "≲", "over": ">"}
    sign = signs.get(row.comparator, "")
    return f"{sign}{number(row.value)}{unit}"


def in_words(row: Target) -> str:
    """A row's value as an English reader says it: about 8%, at least 10%, 6–6.5%."""
    if row.value is None:
        return f"in step with growth ({row.text})" if row.comparator == "in_step" else row.text
    unit = row.unit or ""
    amount = f"{number(row.value)}{unit}"
    if row.comparator == "range" and row.value_max is not None:
        return f"{number(row.value)}–{number(row.value_max)}{unit}"
    prefix = {
        "about": "about ",
        "at_least": "at least ",
        "at_most": "at most ",
        "nearly": "nearly ",
        "over": "over ",
    }
    return prefix.get(row.comparator, "") + amount


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


# -- how a figure moved (jfq compare): the JSON's "change" is the English ------------------

CHANGE = {
    "en": {
        "dropped": "the {} was dropped",
        "added": "{} was added",
        "qualifier": "the qualifier changed from {} to {}",
        "only": "only in {}",
        "same": "same wording",
        "reworded": "wording changed",
        "incomparable": "not comparable (a number on one side only, or another unit)",
        "points": " pp",
        "and": "; ",
        "to": " to ",
    },
    "zh": {
        "dropped": "去掉了“{}”",
        "added": "加上了“{}”",
        "qualifier": "限定由“{}”改为“{}”",
        "only": "仅见于{}",
        "same": "表述相同",
        "reworded": "表述有变化",
        "incomparable": "无法比较（仅一方有数值，或单位不同）",
        "points": "个百分点",
        "and": "；",
        "to": "至",
    },
}
QUALIFIERS = {
    "en": {
        "about": "左右 (about)",
        "at_least": "以上 (or more)",
        "at_most": "以内 (at most)",
        "nearly": "近 (nearly)",
        "over": "余 (over)",
    },
    "zh": {"about": "左右", "at_least": "以上", "at_most": "以内", "nearly": "近", "over": "余"},
}
# The comparators with no qualifier word of their own, as the Change column names them.
COMPARATORS = {
    "en": {"exact": "none", "range": "a range", "in_step": "同步 (in step with growth)",
           "qualitative": "no number"},
    "zh": {"exact": "无", "range": "区间", "in_step": "同步", "qualitative": "定性"},
}  # fmt: skip


def qualifier_change(before: Comparator, after: Comparator, lang: str = "en") -> str:
    """How the qualifier moved: about -> exact gives 'the 左右 (about) was dropped'."""
    words, qualifier = CHANGE[lang], QUALIFIERS[lang]
    if after == "exact" and before in qualifier:
        return words["dropped"].format(qualifier[before])
    if before == "exact" and after in qualifier:
        return words["added"].format(qualifier[after])
    names = {**COMPARATORS[lang], **qualifier}
    return words["qualifier"].format(names[before], names[after])


def _signed(delta: float) -> str:
    return f"{'+' if delta > 0 else '−' if delta < 0 else '±'}{number(round(abs(delta), 4))}"


def delta_phrase(
    delta: float, unit: str | None, lang: str = "en", delta_max: float | None = None
) -> str:
    """+1 pp for percentages (points, not percent), +500人 for counts; a move between two
    amounts (a range on either side) as both, the smaller first: ↓ −1.5 to −2 pp."""
    ends = [delta] if delta_max is None else sorted((delta, delta_max), key=abs)
    if all(end > 0 for end in ends):
        arrow = "↑"
    elif all(end < 0 for end in ends):
        arrow = "↓"
    else:
        arrow = "→" if all(end == 0 for end in ends) else "↕"
    amount = CHANGE[lang]["to"].join(_signed(end) for end in ends)
    if unit == "%":
        return f"{arrow} {amount}{CHANGE[lang]['points']}"
    return f"{arrow} {amount}{unit or ''}"


def change_phrase(change: Change, labels: tuple[str, str], lang: str = "en") -> str:
    """The change in words: '↓ −1 pp; the 左右 (about) was dropped', 'only in 2022'."""
    words = CHANGE[lang]
    if change.how in ("only_a", "only_b"):
        return words["only"].format(labels[0] if change.how == "only_a" else labels[1])
    if change.how == "delta" and change.delta is not None:
        parts = [delta_phrase(change.delta, change.unit, lang, change.delta_max)]
    else:
        parts = [words[change.how]]
    if change.qualifier is not None:
        parts.append(qualifier_change(*change.qualifier, lang=lang))
    return words["and"].join(parts)


# -- the ladder of governments (jfq ladder, jfq peers) --------------------------------------

WHY_NO_MARGIN = {
    "en": {"no_target": "", "no_number": "no number to compare", "not_a_rate": "not a rate",
           "top": "top of the ladder", "none_above": "no target above"},
    "zh": {"no_target": "", "no_number": "无数值可比", "not_a_rate": "非增速指标",
           "top": "最高一级", "none_above": "上级无此目标"},
}  # fmt: skip


def margin_phrase(low: float, high: float, over: Target, lang: str = "en") -> str:
    """'+2 pp over ≈5%', '+2–2.5 pp over 4.5–5%', '−0.5 pp under ≥7%' (zh: 高于…2个百分点)."""

    def signed(x: float) -> str:
        return f"{'+' if x > 0 else '−' if x < 0 else '±'}{number(round(abs(x), 4))}"

    amount = signed(low) if low == high else f"{signed(low)}–{number(round(abs(high), 4))}"
    if lang == "zh":
        return f"较上级“{value_phrase(over)}”{amount}个百分点"
    return f"{amount} pp {'under' if high < 0 else 'over'} {value_phrase(over)}"


def spread_phrase(spread: float, unit: str | None) -> str:
    """The highest minus the lowest of a lineup: 2 pp for rates, 300人 for counts."""
    return f"{number(spread)} pp" if unit == "%" else f"{number(spread)}{unit or ''}"


def result_label(lang: str = "en") -> str:
    """What stands before a result in a ladder's cell (完成 is the status's word)."""
    return "实际" if lang == "zh" else "result"


def no_margin(reason: str, lang: str = "en") -> str:
    return WHY_NO_MARGIN[lang].get(reason, reason)


def ladder_legend(lang: str) -> str:
    """Under a ladder: how to read its cells."""
    if lang == "zh":
        return "每格：目标；较上一级高出的百分点；完成情况与状态。出处：本行各数据的来源（见下）。"
    return (
        "Each cell: the target; its margin over the level above, in percentage points; the "
        "result and whether the target was met. Src: the sources of the row's figures (below)."
    )


def ladder_title(region: str, year: int, lang: str = "en") -> str:
    if lang == "zh":
        return f"{region} {year}年 目标逐级对照（层层加码）"
    return f"{region} {year} · targets up the ladder of governments (层层加码)"


def peers_title(
    name: str, level: str, within: str, year: int, *, kind: str, lang: str = "en"
) -> str:
    what = {"target": ("targets", "目标"), "actual": ("results", "完成情况")}[kind]
    if lang == "zh":
        return f"{within}各{level} {year}年 {name}{what[1]}排序"
    return f"{name} {what[0]} · every {level} within {within} · {year}"


def peers_group(count: int, level: str, within: str, lang: Lang) -> str:
    """The home screen's line for a group of peers: 17 more 市 within 河南省."""
    if lang is Lang.zh:
        return f"{within}的其他{level} {count}个"
    return f"{count} more {level} within {within}"


def other_documents(count: int, lang: Lang) -> str:
    """The home screen's line for the other pages jfq quotes (news digests of the nation's,
    Henan's and its peers' reports, articles that define terms, pages that give codes)."""
    if lang is Lang.zh:
        return f"另有jfq引用的网页{count}个（jfq overview -f json 列出全部）"
    return f"and {count} other pages jfq quotes (jfq overview -f json lists them all)"


def median_line(median: float | None, unit: str | None, count: int, lang: str = "en") -> str:
    shown = "—" if median is None else f"{number(median)}{unit or ''}"
    if lang == "zh":
        return f"中位数 {shown}（{count}个有数值的地区）"
    return f"median {shown} ({count} ranked)"


# -- the glossary's screens ------------------------------------------------------------------

NOT_DEFINED = "Not defined in the sources: they use the term without explaining it."
SPELLED_OUT = "The sources spell it out by its parts, below, without a sentence that defines it."
MENTIONED = "Where it is mentioned is listed under Sources."

# -- the home screen -------------------------------------------------------------------------

TAGLINE = (
    "the terms and targets of the 焦作市解放区 (Jiefang District) government work reports, "
    "each with the sentence of its source"
)
# What a newcomer can type next: (command, what it shows).
FIRST_STEPS = [
    ("jfq term 334", "a numbered slogan, explained, with its source"),
    ("jfq targets --year 2023", "the 2023 targets beside what was achieved"),
    ("jfq compare 2022 2023", "how the targets moved from one year to the next"),
    (
        "jfq ladder --year 2023",
        "the targets of 解放区, 焦作市, 河南省 and the nation, side by side",
    ),
]


# -- the command line's own messages (jfq.cli.runner) -----------------------------------------

OUTPUT_CLOSED = "cannot write the output: standard output is closed"
NUL_ARGUMENT = "an argument holds a NUL character (\\x00)"


def cannot_write(reason: str) -> str:
    return f"cannot write the output: {reason}"


def internal_error(kind: str, detail: str) -> str:
    return (
        f"internal error: {kind}: {detail}\n"
        "  this is a bug in jfq; run again with JFQ_DEBUG=1 for the traceback"
    )


def no_such_command(word: str, close: list[str]) -> str:
    """jfq trm → did you mean term; jfq 334 → look it up with jfq term 334."""
    message = f"no such command {word!r}"
    if close:
        suggestions = ", ".join(repr(name) for name in close)
        return f"jfq: {message}. Did you mean {suggestions}?\n  try: jfq -h for the commands"
    return (
        f"jfq: {message}\n"
        f"  try: jfq term {shell_word(word)} to look it up, or jfq -h for the commands"
    )


def missing(kind: str, name: str) -> str:
    return f"missing {kind} {name}"


def no_such_option(option: str, possible: list[str]) -> str:
    also = f" (possible options: {', '.join(possible)})" if possible else ""
    return f"no such option: {option}{also}"


def invalid_value(name: str, reason: str) -> str:
    return f"invalid value for {name}: {reason.rstrip('.')}"


def in_our_form(message: str) -> str:
    """click's other messages as jfq writes its own: lower case, no full stop."""
    message = message.rstrip(".")
    return message[:1].lower() + message[1:] if message[1:2].islower() else message


def help_hint(command_path: str) -> str:
    return f"{command_path} -h (help and examples)"


def shell_word(word: str) -> str:
    """A word as it would be typed again: quoted only when the shell would split or expand
    it (三零 stays 三零; '三零 x' is quoted)."""
    import shlex  # noqa: PLC0415 - only a mistyped command needs it

    return shlex.quote(word) if re.search(r"[\s'\"$`\\|&;<>()*?!#~\[\]{}]", word) else word


# -- jfq source ---------------------------------------------------------------------------

SOURCE_FIELDS = [  # (field of Document, its label)
    ("id", "id"), ("en", "what it is"), ("date", "date"), ("region", "region"),
    ("kind", "kind"), ("publisher", "publisher"), ("url", "url"), ("sha256", "sha256"),
    ("note", "note"),
]  # fmt: skip
SOURCE_NONE = "—"  # a field the document does not state
SOURCE_TRY = "jfq source {short} --around QUOTE: a quote in its passage, marked"
SOURCE_SHOWN = 12  # names listed per kind of citation; the JSON lists them all


def passages_line(count: int, characters: int, file: str) -> str:
    return f"{count} passage{'s' * (count != 1)} ({characters:,} characters) in {file}"


def cited_line(
    entries: int, entry_quotes: int, rows: int, row_quotes: int, regions: int = 0
) -> str:
    if not entries and not rows and not regions:
        return "Cited by nothing in the data"
    parts = []
    if entries:
        parts.append(f"{entries} entr{'ies' if entries != 1 else 'y'} ({entry_quotes} quotes)")
    if rows:
        parts.append(f"{rows} target row{'s' * (rows != 1)} ({row_quotes} quotes)")
    if regions:
        parts.append(f"the code{'s' * (regions != 1)} of {regions} region{'s' * (regions != 1)}")
    return "Cited by " + " and ".join(parts)


def more_line(more: int) -> str:
    return f"… and {more} more (--format json lists them all)"


def passage_at(at: int, file: str) -> str:
    return f"at character {at:,} of the text, in {file}"
