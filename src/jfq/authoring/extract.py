"""Draft glossary entries and target rows from a report's plain text, each with its quote.

What it recognises (every item keeps the exact passage and its character offsets):
- glossary sections (词语解释, 名词解释, 名词注释 …) with numbered items ("7.334…:…",
  "1、", "(一)"), and running-text definitions ("“四转”,即…", "X,是指…");
- target statements ("主要预期目标是:…", "预期目标:" and bullet lists under such a
  heading), one row per indicator, with value, range, unit, comparator and phrase;
- achieved figures of known indicators ("地区生产总值完成181.8亿元,同比增长5.3%").
Drafts are for review: nothing here is written to the data files (see jfq.authoring.merge).
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Callable, Iterator
from pathlib import PurePath
from typing import Any, cast

from jfq.authoring.draft import Extraction
from jfq.data.model import Comparator, Component, Document, Scope, Source, Target, Term
from jfq.data.numerals import stated_counts
from jfq.data.records import Record, record
from jfq.data.texts import decode, read_source
from jfq.errors import UsageError
from jfq.search import pinyin
from jfq.search.normalize import fold, simplified

# -- what is known about indicators -----------------------------------------------------------


@record
class Indicator(Record):
    names: tuple[str, ...]  # as reports write them; the first is the usual one
    level_key: str | None  # key of the level (亿元, 元 …), or None
    level_en: str | None
    growth_key: str | None  # key of its growth rate (%), or None
    growth_en: str | None


INDICATORS = (
    Indicator(("地区生产总值", "生产总值", "GDP"), "gdp", "GDP", "gdp_growth", "GDP growth"),
    Indicator(("规模以上工业增加值", "规上工业增加值"), "industrial_value_added",
              "Industrial value added (enterprises above designated size)",
              "industrial_value_added_growth",
              "Growth of industrial value added (enterprises above designated size)"),
    Indicator(("固定资产投资",), "fixed_asset_investment", "Fixed-asset investment",
              "fixed_asset_investment_growth", "Fixed-asset investment growth"),
    Indicator(("社会消费品零售总额",), "retail_sales", "Retail sales of consumer goods",
              "retail_sales_growth", "Growth of retail sales of consumer goods"),
    Indicator(("一般公共预算收入", "地方一般公共预算收入"), "public_budget_revenue",
              "General public budget revenue", "public_budget_revenue_growth",
              "General public budget revenue growth"),
    Indicator(("城镇居民人均可支配收入",), "urban_disposable_income",
              "Per-capita disposable income of urban residents", "urban_disposable_income_growth",
              "Growth of per-capita disposable income of urban residents"),
    Indicator(("农村居民人均可支配收入",), "rural_disposable_income",
              "Per-capita disposable income of rural residents", "rural_disposable_income_growth",
              "Growth of per-capita disposable income of rural residents"),
    Indicator(("居民人均可支配收入", "人均可支配收入", "居民收入"), None, None, "income_growth",
              "Residents' income growth"),
    Indicator(("研究与试验发展经费投入强度", "研发经费投入强度", "研发经费强度", "研发投入强度"),
              "rd_intensity", "R&D intensity (R&D spending as a share of GDP)", None, None),
    Indicator(("进出口总额", "外贸进出口总额"), "import_export", "Total imports and exports",
              "import_export_growth", "Growth of total imports and exports"),
    Indicator(("城镇调查失业率",), "urban_surveyed_unemployment_rate",
              "Surveyed urban unemployment rate", None, None),
    Indicator(("城镇登记失业率", "登记失业率"), "registered_unemployment_rate",
              "Registered unemployment rate", None, None),
    Indicator(("居民消费价格", "CPI涨幅", "居民消费价格涨幅"), "cpi_growth",
              "Consumer price (CPI) rise", "cpi_growth", "Consumer price (CPI) rise"),
    Indicator(("节能减排",), "energy_saving_emission_reduction",
              "Energy saving and emission reduction", None, None),
    Indicator(("城镇新增就业", "新增城镇就业", "新增就业"), "new_urban_jobs", "New urban jobs",
              None, None),
    Indicator(("新增技能人才",), "new_skilled_workers", "New skilled workers", None, None),
)  # fmt: skip

_NAME_INDEX = sorted(
    ((fold(name), indicator) for indicator in INDICATORS for name in indicator.names),
    key=lambda pair: -len(pair[0]),  # the longest name wins: 城镇居民人均可支配收入 over 居民收入
)


def indicator_for(name: str) -> Indicator | None:
    key = fold(name)
    for known, indicator in _NAME_INDEX:
        if key == known or key.endswith(known):
            return indicator
    return None


# -- patterns -----------------------------------------------------------------------------------

_GLOSSARY_HEADING = re.compile(
    r"(词语解释|名词解释单?|名词注释|词语注释|名词解读|名词释义|术语解释)"
)
_ITEM = re.compile(
    r"^[ \t\u3000]*(?P<marker>\d+\s*[.．、]|[（(](?:[一二三四五六七八九十]+|\d+)[）)]|"
    r"[一二三四五六七八九十]+\s*、)\s*(?P<body>\S.*)$"
)
_TERM_SPLIT = re.compile(r"[:：]|[，,]?\s*(?:即|是指|指的是)")
_RUNNING_DEFINITION = re.compile(
    r"“(?P<term>[^”\n]{1,16})”\s*[，,]?\s*(?:即|是指|指的是)\s*(?P<definition>[^。；;\n]{2,200})"
)
_QUOTES = "“”\"'‘’《》〈〉「」『』"
_TARGET_TRIGGER = re.compile(r"(?:主要预期目标|预期目标|主要目标)(?:是|为)?\s*[:：]")
_TARGET_HEADING = re.compile(r"(?:主要预期目标|预期目标|主要目标)\s*$")
_BULLET = re.compile(r"^[ \t\u3000]*(?:[-•·●▪◆*]|\d+\s*[.．、)])\s*(?P<body>\S.*)$")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年")
_NUMBER = r"\d+(?:\.\d+)?"
_UNIT = r"个百分点|亿元|万元|万美元|元|万人|人次|人|万户|户|家|个|所|项|万平方米|平方公里|亩|%|‰"
_VALUE = re.compile(
    rf"(?P<before>不低于|不少于|不超过|不高于|至少|突破|超过|控制在|达到|达)?\s*"
    rf"(?P<v1>{_NUMBER})\s*(?P<u1>{_UNIT})?"
    rf"(?:\s*[-－~～—–至到]\s*(?P<v2>{_NUMBER})\s*(?P<u2>{_UNIT})?)?"
    rf"(?P<after>左右|及以上|以上|以内|以下)?"
)
_VERBS = re.compile(
    r"(?:同比)?(?:增长|增速|增幅|达到|达|控制在|下降|提高|保持|突破|不低于|不少于|与|和|等完成|完成|分别)"
)
_LEADING_WORDS = re.compile(r"^(?:全区|全市|全县|全省|力争|确保|实现|预计|其中|年均)+")
_ACTUAL = re.compile(
    rf"\s*(?:完成|达到|实现|为)\s*(?P<value>{_NUMBER})\s*(?P<unit>亿元|万元|元|万户|户|家|个|人)"
    rf"(?:\s*[，,]\s*(?P<growth_phrase>(?:同比)?增长\s*(?P<growth>{_NUMBER})\s*[%％]))?"
)
_FUTURE = re.compile(r"目标|力争|确保|预期|计划|争取|将|左右|以上|以内")


def _unquote(text: str) -> str:
    return text.strip().strip(_QUOTES + " \t\u3000").replace("“", "").replace("”", "")


# -- the extractor --------------------------------------------------------------------------------


class _Extractor:
    def __init__(
        self,
        text: str,
        doc_id: str,
        region: str | None,
        year: int | None,
    ) -> None:
        self.text = text
        self.doc_id = doc_id
        self.notes: list[str] = []
        self.title = self._title()
        self.year = year if year is not None else self._year()
        self.region = region if region is not None else self._region()

    # -- where and when

    def _title(self) -> str:
        for line in self.text.splitlines():
            if "工作报告" in line and len(line.strip()) < 60:
                return line.strip()
        first = next((line.strip() for line in self.text.splitlines() if line.strip()), "")
        return first[:60] or "untitled"

    def _year(self) -> int:
        text = _nfkc(self.text)  # full-width digits too: ２０２４年
        match = re.search(r"((?:19|20)\d\d)年[^\n]{0,20}政府工作报告", text)
        if match:
            self.notes.append(f"year {match[1]}: from the title ({match[0]!r})")
            return int(match[1])
        match = re.search(r"((?:19|20)\d\d)年\d{1,2}月\d{1,2}日在", text)
        if match:
            self.notes.append(f"year {match[1]}: from the date the report was delivered")
            return int(match[1])
        match = re.search(r"((?:19|20)\d\d)年[^。\n]{0,30}(?:主要预期目标|预期目标)", text)
        if match:
            self.notes.append(f"year {match[1]}: from the target statement")
            return int(match[1])
        years = [int(y) for y in _YEAR.findall(text)]
        if years:
            guess = max(set(years), key=years.count)
            self.notes.append(f"year {guess}: guessed (the year the text names most); use --year")
            return guess
        raise UsageError("the text names no year: give the report's year with --year")

    def _region(self) -> str:
        name = self.title if "政府工作报告" in self.title else ""
        if not name:
            match = re.search(
                r"在([\u4e00-\u9fff]{1,10}?[区县市省])[^\n]{0,12}人民代表大会", self.text
            )
            name = match[1] if match else ""
        units = [
            unit.lstrip("年")
            for unit in re.findall(r"[\u4e00-\u9fff]{1,8}?(?:自治区|新区|示范区|区|县|市|省)", name)
            if unit.lstrip("年") not in ("全区", "全市", "全县", "全省", "本区", "本市")
        ]
        if units:
            self.notes.append(f"region {units[-1]}: from {name!r}")
            return str(units[-1])
        named = re.findall(r"[\u4e00-\u9fff]{2}(?:示范区|新区|区|县)(?=[\u4e00-\u9fff])", self.text)
        if named:
            guess = max(set(named), key=named.count)
            self.notes.append(
                f"region {guess}: guessed (the one the text names most); use --region"
            )
            return str(guess)
        raise UsageError("the text names no region: give it with --region")

    # -- glossary

    def glossary(self) -> list[Term]:
        terms = list(self._glossary_sections())
        names = {fold(t.term) for t in terms}
        items = [(s.start, s.end) for t in terms for s in t.sources if s.start is not None]
        for term in self._running_definitions():
            start = term.sources[0].start or 0
            if any(s <= start < (e or s) for s, e in items):
                continue  # "“3”即…" inside an item of a glossary section is part of that item
            if fold(term.term) not in names:
                names.add(fold(term.term))
                terms.append(term)
        return terms

    def _lines(self, start: int = 0) -> Iterator[tuple[int, str]]:
        offset = start
        for line in self.text[start:].splitlines(keepends=True):
            yield offset, line.rstrip("\r\n")
            offset += len(line)

    def _glossary_sections(self) -> Iterator[Term]:
        for heading in _GLOSSARY_HEADING.finditer(self.text):
            line_end = self.text.find("\n", heading.end())
            if (
                line_end < 0
                or len(self.text[self.text.rfind("\n", 0, heading.start()) + 1 : line_end].strip())
                > 40
            ):
                continue  # a mention in running text, not a heading
            blank = 0
            items = 0
            for offset, line in self._lines(line_end + 1):
                if not line.strip():
                    blank += 1
                    if blank >= 2 and items:
                        break
                    continue
                match = _ITEM.match(line)
                if not match:
                    if items:
                        break
                    continue
                blank = 0
                entry = self._item(match, offset)
                if entry is not None:
                    items += 1
                    yield entry

    def _item(self, match: re.Match[str], offset: int) -> Term | None:
        body = match["body"]
        split = _TERM_SPLIT.search(body)
        if not split or split.start() == 0:
            return None
        term = _unquote(body[: split.start()])
        definition = body[split.end() :].strip()
        if not term or not definition or len(term) > 30:
            return None
        quote = match.group(0).strip()
        start = offset + match.group(0).index(quote)
        return self._term(term, definition, quote, start, "glossary section")

    def _running_definitions(self) -> Iterator[Term]:
        for match in _RUNNING_DEFINITION.finditer(self.text):
            definition = match["definition"].strip()
            yield self._term(
                _unquote(match["term"]),
                definition,
                match.group(0).strip(),
                match.start(),
                "running text",
            )

    def _term(self, term: str, definition: str, quote: str, start: int, where: str) -> Term:
        components = [Component(text=part) for part in _enumeration(term, definition)]
        source = Source(quote=quote, doc=self.doc_id, start=start, end=start + len(quote))
        return Term(
            term=term,
            pinyin=pinyin.pinyin_of(term) if pinyin.available() else "",
            en=f"(to translate) {term}",
            scope=_scope(self.region),
            category="治理",
            definition=definition,
            components=components,
            sources=[source],
            notes=[f"Drafted by jfq extract from a {where}: check en, scope and category."],
        )

    # -- targets

    def targets(self) -> list[Target]:
        rows: list[Target] = []
        taken: list[tuple[int, int]] = []
        for quote_start, start, end, year, region in self._target_statements():
            taken.append((quote_start, end))
            rows += self._target_rows(quote_start, start, end, year, region)
        rows += self._actuals(taken)
        return rows

    def _target_statements(self) -> Iterator[tuple[int, int, int, int, str]]:
        """(quote start, start, end, year, region) of each target statement or bullet item.

        The quote is the whole sentence ("2022年…的预期目标是:…。") or bullet item; the
        indicators are read from start to end.
        """
        for match in _TARGET_TRIGGER.finditer(self.text):
            sentence_start = max(self.text.rfind(c, 0, match.start()) for c in "。\n") + 1
            end = min(
                (i for i in (self.text.find(c, match.end()) for c in "。\n") if i >= 0),
                default=len(self.text),
            )
            lead = self.text[sentence_start : match.start()]
            quote_start = sentence_start + len(lead) - len(lead.lstrip())
            yield quote_start, match.end(), end, self._year_in(lead), self._region_in(lead)
        for offset, line in self._lines():
            if _TARGET_HEADING.search(line.strip()) and len(line.strip()) < 40:
                year, region = self._year_in(line), self._region_in(line)
                for item_offset, item in self._lines(offset + len(line) + 1):
                    if not item.strip():
                        continue
                    bullet = _BULLET.match(item)
                    if not bullet:
                        break
                    body_start = item_offset + item.index(bullet["body"])
                    yield body_start, body_start, body_start + len(bullet["body"]), year, region

    def _year_in(self, lead: str) -> int:
        years = _YEAR.findall(_nfkc(lead))
        return int(years[-1]) if years else self.year

    def _region_in(self, lead: str) -> str:
        found = re.findall(
            r"([\u4e00-\u9fff]{1,8}?(?:示范区|新区|区|县|市))(?:今年|明年|\d|经济)", lead
        )
        return re.sub(r"^(?:今年|明年|全年|全)", "", found[-1]) if found else self.region

    def _target_rows(
        self, quote_start: int, start: int, end: int, year: int, region: str
    ) -> list[Target]:
        statement = self.text[start:end]
        quote_end = end + (1 if self.text[end : end + 1] == "。" else 0)
        quote = self.text[quote_start:quote_end]
        source = Source(quote=quote, doc=self.doc_id, start=quote_start, end=quote_end)
        rows = []
        for clause in _clauses(statement):
            rows += _parse_clause(clause, year, region, source)
        return rows

    def _actuals(self, taken: list[tuple[int, int]]) -> list[Target]:
        """Results of known indicators: 地区生产总值完成181.8亿元,同比增长5.3% (two rows)."""
        rows = []
        for start, sentence in _sentences(self.text):
            if any(s <= start < e for s, e in taken) or _FUTURE.search(sentence):
                continue
            quote = sentence.strip()
            quote_start = start + sentence.index(quote)
            source = Source(
                quote=quote, doc=self.doc_id, start=quote_start, end=quote_start + len(quote)
            )
            for indicator, (name_start, name_end) in _indicators_in(sentence):
                match = _ACTUAL.match(sentence, name_end)
                if not match or indicator.level_key is None:
                    continue
                result = {"region": self.region, "year": self._actual_year(start),
                          "name": indicator.names[0], "sources": [source]}  # fmt: skip
                level = sentence[name_start : match.end("unit")]
                key, en = indicator.level_key, indicator.level_en
                rows.append(_result(key, en, match["value"], match["unit"], level, **result))
                if match["growth"] and indicator.growth_key:
                    key, en, phrase = (
                        indicator.growth_key,
                        indicator.growth_en,
                        match["growth_phrase"],
                    )
                    rows.append(_result(key, en, match["growth"], "%", phrase, **result))
        return rows

    def _actual_year(self, position: int) -> int:
        """The year a result is for: the last year named before it in its paragraph or heading,
        else the year before the report's."""
        paragraph_start = self.text.rfind("\n\n", 0, position)
        before = self.text[max(paragraph_start, 0) : position]
        years = [int(y) for y in _YEAR.findall(_nfkc(before)) if int(y) < self.year]
        return years[-1] if years else self.year - 1


def _result(key: str, en: str | None, value: str, unit: str, text: str, **where: Any) -> Target:
    """An achieved figure: a level (181.8亿元) or its growth (同比增长5.3%)."""
    return Target(kind="actual", tier="headline", key=key, en=en or key,
                  value=float(_nfkc(value)), unit=unit, comparator="exact",
                  text=text, **where)  # fmt: skip


def _nfkc(text: str) -> str:
    """Full-width digits and letters made plain (２０２４ -> 2024), for matching only."""
    return unicodedata.normalize("NFKC", text)


def _scope(region: str) -> Scope:
    if region.endswith("示范区"):
        return "示范区"
    if region.endswith("省"):
        return "省"
    if region.endswith("市"):
        return "市"
    return "区"  # 区 and 县 alike


def _sentences(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for match in re.finditer(r"[。；;\n]", text):
        if match.start() > start:
            yield start, text[start : match.start()]
        start = match.end()
    if start < len(text):
        yield start, text[start:]


def _indicators_in(sentence: str) -> Iterator[tuple[Indicator, tuple[int, int]]]:
    """Known indicator names in ``sentence`` and where they stand (longest name wins)."""
    taken: list[tuple[int, int]] = []
    for indicator in sorted(INDICATORS, key=lambda i: -max(len(n) for n in i.names)):
        for name in sorted(indicator.names, key=len, reverse=True):
            for match in re.finditer(re.escape(name), sentence):
                span = (match.start(), match.end())
                if any(s < span[1] and span[0] < e for s, e in taken):
                    continue
                taken.append(span)
                yield indicator, span


def _enumeration(term: str, definition: str) -> list[str]:
    """The parts a definition lists, when it lists them (a draft for review).

    零上访、零事故、零案件。 -> 3 parts; clauses split by ； when their number is the one
    the name states (四个口袋); else a run A、B、C of that many items inside a sentence
    (四方责任: 属地、部门、单位、个人).
    """
    body = definition.rstrip("。.；; ")
    counts = stated_counts(term)
    clauses = [p.strip() for p in re.split(r"[；;]", body) if p.strip()]
    stated = (len(counts) == 1 and counts[0] and len(clauses) in counts[0]) or (
        len(counts) == len(clauses)
    )
    if len(clauses) > 1 and stated and all(len(c) <= 60 for c in clauses):
        return clauses
    if "即" in body and len(body.split("即", 1)[0]) <= 12:
        body = body.split("即", 1)[1]
    if not re.search(r"[，,；;：:]", body):
        parts = [p.strip() for p in body.split("、") if p.strip()]
        if 2 <= len(parts) <= 12 and all(len(p) <= 14 for p in parts):
            return parts
    if len(counts) == 1 and counts[0]:
        for run in re.findall(r"[\u4e00-\u9fff]{1,8}(?:、[\u4e00-\u9fff]{1,8})+", definition):
            items = run.split("、")
            if len(items) in counts[0]:
                return _trimmed(items)
    return []


def _trimmed(items: list[str]) -> list[str]:
    """全面落实属地、部门、单位、个人的 -> 属地 … 个人: the ends cut to the inner items' length."""
    inner = {len(item) for item in items[1:-1]}
    if len(inner) != 1:
        return items
    (size,) = inner
    return [items[0][-size:], *items[1:-1], items[-1][:size]]


def _clauses(statement: str) -> list[str]:
    """The indicator clauses of a target statement: split at ；; and ，, between clauses."""
    clauses = [c.strip(" \t\u3000。") for c in re.split(r"[；;，,]", statement)]
    return [c for c in clauses if c]


def _target(
    clause: str,
    name: str,
    where: tuple[int, str, Source],
    comparator: str,
    *,
    growth: bool,
    value: float | None = None,
    value_max: float | None = None,
    unit: str | None = None,
) -> Target:
    year, region, source = where
    key, en = _key(name, growth=growth)
    return Target(
        region=region, year=year, kind="target", tier="headline", key=key, name=name, en=en,
        value=value, value_max=value_max, unit=unit,
        comparator=cast("Comparator", comparator), text=clause, sources=[source],
    )  # fmt: skip


def _comparator(before: str, after: str) -> str:
    if after == "左右":
        return "about"
    if after in ("以上", "及以上") or before in ("不低于", "不少于", "至少", "突破", "超过"):
        return "at_least"
    if after in ("以内", "以下") or before in ("不超过", "不高于", "控制在"):
        return "at_most"
    return "exact"


def _parse_clause(clause: str, year: int, region: str, source: Source) -> list[Target]:
    """One indicator (or two, for 分别 pairs) from a clause of a target statement."""
    text = _nfkc(clause)
    where = (year, region, source)
    if "分别" in text:
        return _parse_pair(clause, where)
    numbers = [m for m in _VALUE.finditer(text) if m["u1"] or m["u2"] or m["after"] or m["before"]]
    name = _name(clause)
    if not name:
        return []
    growth = "增长" in text or "增速" in text
    if not numbers:
        if "同步" in text:
            comparator = "in_step"
        elif re.search(r"增长|提高|保持|稳定|目标|下降|高于|低于", text):
            comparator = "qualitative"
        else:
            return []
        # 城镇调查失业率、节能减排、CPI涨幅等完成市控目标任务: one row per indicator named.
        names = [n.strip() for n in name.split("、") if n.strip()]
        return [_target(clause, n, where, comparator, growth=growth) for n in names]
    number = numbers[0]
    unit = number["u1"] or number["u2"]
    if number["v2"] is not None:
        return [_target(clause, name, where, "range", growth=growth, value=float(number["v1"]),
                        value_max=float(number["v2"]), unit=unit)]  # fmt: skip
    comparator = _comparator(number["before"] or "", number["after"] or "")
    return [_target(clause, name, where, comparator, growth=growth, value=float(number["v1"]),
                    unit=unit)]  # fmt: skip


def _parse_pair(clause: str, where: tuple[int, str, Source]) -> list[Target]:
    """城镇、农村居民人均可支配收入分别增长7%和8% -> two rows."""
    head, _, tail = clause.partition("分别")
    names = [n.strip() for n in re.split(r"[、和与]", head) if n.strip()]
    values = list(re.finditer(rf"({_NUMBER})\s*({_UNIT})?", _nfkc(tail)))
    if len(names) != len(values) or len(names) < 2:
        return []
    # 城镇、农村居民人均可支配收入: the first names share the tail of the last one.
    longest = names[-1]
    shared = longest[len(names[0]) :] if len(names[0]) < len(longest) else ""
    full = [n if n.endswith(shared) else n + shared for n in names]
    growth = "增长" in tail
    units = [v[2] for v in values if v[2]]
    # 分别不少于3850万美元和4000万美元, 分别增长7%和8%左右: the qualifier is the pair's.
    plain = _nfkc(tail)
    before = re.search(
        r"不低于|不少于|不超过|不高于|至少|突破|超过|控制在", plain[: values[0].start()]
    )
    after = re.match(r"\s*(左右|及以上|以上|以内|以下)", plain[values[-1].end() :])
    comparator = _comparator(before[0] if before else "", after[1] if after else "")
    return [
        _target(clause, name, where, comparator, growth=growth, value=float(value[1]),
                unit=value[2] or (units[0] if units else None))
        for name, value in zip(full, values, strict=True)
    ]  # fmt: skip


def _name(clause: str) -> str:
    verb = _VERBS.search(clause)
    number = re.search(r"[0-9０-９]", clause)
    cut = (
        min(m.start() for m in (verb, number) if m is not None) if (verb or number) else len(clause)
    )
    return _LEADING_WORDS.sub("", clause[:cut]).strip(" 的")


def _key(name: str, *, growth: bool) -> tuple[str, str]:
    """The stable key and English name of a known indicator, or a placeholder to replace."""
    indicator = indicator_for(name)
    if indicator is not None:
        if growth and indicator.growth_key:
            return indicator.growth_key, indicator.growth_en or indicator.growth_key
        if indicator.level_key:
            return indicator.level_key, indicator.level_en or indicator.level_key
        if indicator.growth_key:
            return indicator.growth_key, indicator.growth_en or indicator.growth_key
    return f"unmapped_{zlib.crc32(fold(name).encode()):08x}", f"(to translate) {name}"


def _restore_original(terms: list[Term], targets: list[Target], text: str, searchable: str) -> None:
    """Put the original wording back into drafts found in the simplified copy of ``text``."""

    def restorer(source: Source) -> Callable[[str], str]:
        assert source.start is not None and source.end is not None
        original, copy = text[source.start : source.end], searchable[source.start : source.end]
        source.quote = original

        def back(found: str) -> str:
            at = copy.find(found)
            return original[at : at + len(found)] if at >= 0 else found

        return back

    for term in terms:
        back = restorer(term.sources[0])
        term.term = back(term.term)
        if term.definition is not None:
            term.definition = back(term.definition)
        for component in term.components:
            component.text = back(component.text)
    for row in targets:
        back = restorer(row.sources[0])
        row.name, row.text = back(row.name), back(row.text)


def extract_source(
    name: str, *, region: str | None = None, year: int | None = None, doc_id: str | None = None
) -> Extraction:
    """Read a report (a file, or '-' for standard input) and draft from it.

    A draft written by jfq extract is refused, with the way to merge it instead.
    """
    text, encoding = decode(read_source(name))
    if _looks_like_a_draft(name, text):
        raise UsageError(
            f"{name} is a draft (YAML or JSON), not a report's text",
            hint=f"to add a reviewed draft to your data: jfq merge {name} --data-dir DIR",
        )
    return extract(text, source=name, encoding=encoding, region=region, year=year, doc_id=doc_id)


def _looks_like_a_draft(name: str, text: str) -> bool:
    if PurePath(name).suffix.lower() in (".yaml", ".yml", ".json"):
        return True
    head = text.lstrip()[:200]
    return head.startswith(("# jfq extract", "{")) or bool(
        re.match(r"(?:#.*\n)*\s*(?:documents|terms|targets|regions):", head)
    )


def extract(
    text: str,
    *,
    source: str = "-",
    encoding: str = "utf-8",
    region: str | None = None,
    year: int | None = None,
    doc_id: str | None = None,
) -> Extraction:
    """Draft entries and rows from ``text`` (see the module docstring for what is found)."""
    doc = doc_id or re.sub(r"[^\w.-]+", "_", PurePath(source).stem if source != "-" else "stdin")
    # The patterns are written in simplified characters; the mapping is one character for
    # one, so offsets found in the simplified copy point at the same words in the original.
    searchable = simplified(text)
    extractor = _Extractor(searchable, doc, region, year)
    terms = extractor.glossary()
    targets = extractor.targets()
    if searchable != text:
        _restore_original(terms, targets, text, searchable)
        extractor.notes.append("traditional characters: matched as simplified, quoted as written")
    notes = list(extractor.notes)
    if terms and not terms[0].pinyin:
        notes.append("pinyin left empty: pip install 'jfq[extract]' (pypinyin) and run again")
    unmapped = sorted({t.name for t in targets if t.key.startswith("unmapped_")})
    if unmapped:
        notes.append(f"indicators without a known key (give them one): {', '.join(unmapped)}")
    date = re.search(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日在", _nfkc(searchable))
    title_at = searchable.find(extractor.title)
    title = text[title_at : title_at + len(extractor.title)] if title_at >= 0 else extractor.title
    document = Document(
        id=doc,
        title=title,
        en=f"(to describe) {extractor.region} {extractor.year}: {extractor.title}",
        date=f"{date[1]}-{int(date[2]):02d}-{int(date[3]):02d}" if date else str(extractor.year),
        region=extractor.region,
    )
    return Extraction(
        source=source,
        encoding=encoding,
        document=document,
        terms=terms,
        targets=targets,
        notes=notes,
    )
