"""The data model: every field of glossary.yaml, targets.yaml and sources/*.yaml, in one place.

Loading and validation (jfq.data.convert), the JSON Schema files in schema/
and the field reference in docs/data.md are all derived from these classes, so
a field is added or changed here and nowhere else.  Each field's ``doc``
metadata is the description that ends up in the schema and the docs.

The vocabularies (scopes, categories, kinds, tiers, comparators, statuses) are
the Literal types below and nothing else; the screens' words for them live in
jfq.render.wording, keyed by these values (a test checks that every value has
its words).  Units are open, as in the reports (万吨, 亿斤, 萬噸): a unit is
whatever fits UNIT_PATTERN.

The classes are not frozen (freezing costs start-up time on every run), but
nothing in jfq mutates a model object after loading: treat them as read-only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import MISSING, field
from typing import Any, Literal

from jfq.data.records import Record, record

# The years a figure may be for; a typo such as 2203 falls outside.
MIN_YEAR, MAX_YEAR = 1949, 2100
# Every number of a data file lies strictly within ±NUMBER_LIMIT: a float keeps each digit
# of such a number, and the index's SQLite integers hold it (a 400-digit figure had ended
# jfq as a bug).  Infinity and NaN are no figures either: no source writes them.
NUMBER_LIMIT = 10**15
NUMBER_RANGE = "between -10^15 and 10^15"

Scope = Literal["国家", "省", "市", "区", "示范区"]
Category = Literal[
    "经济", "产业", "科技", "治理", "民生", "安全", "生态", "城建", "党建", "防疫", "文旅", "改革"
]
Kind = Literal["target", "actual"]
Tier = Literal["headline", "task"]
Comparator = Literal[
    "about", "at_least", "at_most", "nearly", "over", "exact", "range", "in_step", "qualitative"
]
Direction = Literal["up", "down"]
# A figure that is not a plain level or rate: kept apart from the year's own figures.
Measure = Literal["cumulative", "average", "rank", "share"]
Level = Literal["国家", "省", "市", "区县", "功能区"]
DocumentKind = Literal["report", "news summary", "forum repost", "official page", "reference"]
Status = Literal["met", "not met", "no data", "unrated"]

# A unit is %, ‰ or 个百分点, or a measure word (元, 人, 吨, 平方公里 …) with an optional
# multiplier in front (万, 亿, 万亿: 亿元, 万吨, 万亿斤); traditional characters as written;
# or one of the units a report writes in Latin letters (GWh, MW, 万TEU).
MULTIPLIERS = "十百千万亿萬億"
LATIN_UNITS = ("TWh", "GWh", "MWh", "kWh", "GW", "MW", "kW", "TEU", "μg/m3", "μg/m³")
# (and a measure per something: 元/平方米, 亿元/平方公里, 元/月, 元/年·人, 万吨/年; and a
# ratio to one, 城乡居民收入比缩小到1.79:1)
UNIT_PATTERN = (
    rf"(?:%|‰|:1|[{MULTIPLIERS}]{{0,2}}(?:个百分点|個百分點|[\u3400-\u9fff]{{1,5}}|"
    rf"{'|'.join(LATIN_UNITS)})(?:/[\u3400-\u9fff]{{1,4}}(?:·[\u3400-\u9fff])?)?)"
)


# A document's date: a year, a month or a day the calendar has (2018-13-45 and 2023-02-29
# are none), or "undated" (jfq extract writes it for a text that gives no date).  One
# pattern, so that the JSON Schema an editor checks with refuses what jfq refuses.
_YEAR = "[12][0-9]{3}"
_DAYS = {  # months -> the days they have
    "(?:0[13578]|1[02])": "(?:0[1-9]|[12][0-9]|3[01])",
    "(?:0[469]|11)": "(?:0[1-9]|[12][0-9]|30)",
    "02": "(?:0[1-9]|1[0-9]|2[0-8])",
}
# 29 February: a year divisible by 4 but not by 100, or by 400
_LEAP_YEAR = "(?:[12][0-9](?:0[48]|[2468][048]|[13579][26])|(?:1[26]|2[048])00)"
DATE_PATTERN = (
    f"(?:undated|{_YEAR}(?:-(?:0[1-9]|1[0-2]))?"
    f"|{_YEAR}-(?:{'|'.join(f'{month}-{days}' for month, days in _DAYS.items())})"
    f"|{_LEAP_YEAR}-02-29)"
)


def is_unit(text: str) -> bool:
    """True when ``text`` is written as a unit: 亿元, 万千瓦, 萬噸, %, 个百分点."""
    return re.fullmatch(UNIT_PATTERN, text) is not None


def described(
    text: str,
    *,
    default: Any = MISSING,
    factory: Any = None,
    pattern: tuple[str, str] | None = None,
) -> Any:
    """A dataclass field carrying its description for the schema and the docs.

    A field is required unless it is given a ``default`` or a ``factory`` (not both).
    A text field may carry a ``pattern``: (a regular expression its value must match
    whole, what that is in words); loading checks it and the JSON Schema publishes it.
    """
    metadata: dict[str, Any] = {"doc": text}
    if pattern is not None:
        metadata["pattern"] = pattern
    if factory is not None:
        assert default is MISSING, "a field has a default or a factory, not both"
        return field(default_factory=factory, metadata=metadata)
    if default is not MISSING:
        return field(default=default, metadata=metadata)
    return field(metadata=metadata)


@record(kw_only=True, slots=True)
class Passage(Record):
    """A verbatim passage of a document: the paragraph around the quotes taken from it."""

    at: int = described(
        "Character offset of the passage in the full text (the text that sha256 is of)."
    )
    text: str = described("The passage, copied exactly.")


@record(kw_only=True)
class Document(Record):
    """A source document that quotes are taken from: sources/<id>.yaml holds one."""

    id: str = described(
        "Stable id, the seed file's name without .txt (e.g. 004_bddc84386e9e697e); the "
        "name of its file in sources/.",
        pattern=(r"[A-Za-z0-9][A-Za-z0-9_.-]*", "letters, digits, _ . - (a file name)"),
    )
    title: str = described("Title as the document gives it, in Chinese.")
    en: str = described("What the document is, in English.")
    date: str = described(
        "Date, month or year of the document (YYYY-MM-DD, YYYY-MM or YYYY), one the calendar "
        "has; undated when the text gives none.",
        pattern=(
            DATE_PATTERN,
            "a date that the calendar has (YYYY, YYYY-MM or YYYY-MM-DD) or undated",
        ),
    )
    region: str = described("Region the document is about.")
    url: str | None = described("Where the document was published, if known.", default=None)
    kind: DocumentKind | None = described(
        "report (the report's own text), news summary (a news article that summarises or "
        "quotes it), forum repost, official page, or reference (a table of codes, a "
        "gazetteer: no report, quoted for a fact about a region).",
        default=None,
    )
    publisher: str | None = described("Who published it (a newspaper, a site).", default=None)
    sha256: str | None = described(
        "SHA-256 of the full text the passages were taken from (a seed file's bytes; a stored "
        "web page's text as UTF-8): says which version of the text they quote.",
        default=None,
        pattern=(r"[0-9a-f]{64}", "64 lowercase hexadecimal digits"),
    )
    note: str | None = described(
        "What the reader should know about the text (machine-converted, an excerpt).",
        default=None,
    )
    passages: list[Passage] = described(
        "The passages that quotes are taken from, in the order of the text: each quote "
        "of the data lies within one (jfq validate checks it).",
        factory=list,
    )


@record(kw_only=True, slots=True)
class Source(Record):
    """One verbatim passage that supports an entry or a row."""

    quote: str = described(
        "The passage, copied exactly. '…' marks an omission: each part must appear, in order."
    )
    doc: str | None = described("Id of a document (a file in sources/).", default=None)
    url: str | None = described(
        "For a public document outside the seeds: its address.", default=None
    )
    title: str | None = described("Title of the public document given by url.", default=None)
    note: str | None = described("What the reader should know about this passage.", default=None)
    start: int | None = described(
        "Character offset of the quote in the document (jfq extract records it).", default=None
    )
    end: int | None = described("Offset just after the quote, with start.", default=None)


@record(kw_only=True)
class Component(Record):
    """One enumerated part of a numbered slogan; groups nest their parts in items."""

    text: str = described(
        "The part as the source words it (verbatim in one of the entry's quotes)."
    )
    label: str | None = described(
        "The marker of the slogan this part stands for, e.g. 3, 四区, 一轴, 实事三.", default=None
    )
    en: str | None = described("English rendering of the part.", default=None)
    detail: str | None = described(
        "The source's own explanation of the part, verbatim.", default=None
    )
    items: list[Component] = described("Sub-parts, for slogans with groups.", factory=list)


# A part shorter than this is an everyday word (部门, 投资, 上市), not a use of its slogan:
# jfq annotate does not match such parts, and the OmegaT export leaves them out.
PART_MIN_CHARS = 3


def walk(components: Iterable[Component]) -> Iterator[Component]:
    """Every component and sub-component, depth first, in source order."""
    for component in components:
        yield component
        yield from walk(component.items)


@record(kw_only=True)
class Term(Record):
    """A glossary entry: one slogan, programme or name."""

    term: str = described("Canonical Chinese name, as the sources write it.")
    aliases: list[str] = described("Other spellings and short forms readers meet.", factory=list)
    pinyin: str = described("Toneless pinyin of term, generated by scripts/gen_pinyin.py.")
    en: str = described("English rendering.")
    scope: Scope = described("Whose term it is: 国家, 省, 市, 区 or 示范区.")
    category: Category = described("Subject area.")
    defined: bool = described(
        "False when the sources use the term without explaining it.", default=True
    )
    definition: str | None = described(
        "The explanation a source gives, quoted exactly (within one of the quotes); "
        "left out when the source only spells the term out in its parts.",
        default=None,
    )
    components: list[Component] = described(
        "The enumerated parts, nested for groups.", factory=list
    )
    related: list[str] = described("Names of other entries this one refers to.", factory=list)
    sources: list[Source] = described("Verbatim passages that define or mention the term.")
    notes: list[str] = described(
        "Gaps and problems in the sources (garbled text, contradictions).", factory=list
    )


@record(kw_only=True)
class Glossary(Record):
    """The whole of glossary.yaml."""

    documents: list[Document] = described(
        "Documents that sources cite by id, for data written before sources/ (jfq 0.x): "
        "a document now lives in its own file, sources/<id>.yaml.",
        factory=list,
    )
    terms: list[Term] = described("The entries, one per term.")


@record(kw_only=True)
class Region(Record):
    """A region that targets are stated for."""

    name: str = described("Chinese name, e.g. 解放区.")
    pinyin: str = described("Toneless pinyin of name, generated by scripts/gen_pinyin.py.")
    en: str = described("English name, e.g. Jiefang District.")
    aliases: list[str] = described(
        "Other names (full official names, English variants).", factory=list
    )
    parent: str | None = described("The region this one belongs to.", default=None)
    level: Level | None = described(
        "Level of government: 国家, 省, 市, 区县 or 功能区 (a zone run by a city).", default=None
    )
    code: str | None = described(
        "Administrative division code (GB/T 2260), six digits; only with a source that states it.",
        default=None,
        pattern=(r"[0-9]{6}", "six digits"),
    )
    sources: list[Source] = described(
        "Where the code is stated: a quote that holds it (a 12-digit statistical code "
        "begins with it), checked like every other quote.",
        factory=list,
    )


# (region, year, since, key): the figure that a target and its result both speak of.
Figure = tuple[str, int, int | None, str]
# The figure and the kind of row: no two rows of targets.yaml share it.
RowIdentity = tuple[str, int, int | None, str, str]


@record(kw_only=True, slots=True)
class Target(Record):
    """One figure: a target a report sets, or a result it reports."""

    region: str = described("Region name, one of targets.yaml's regions.")
    year: int = described("The year the figure is for (for since..year figures, the last year).")
    since: int | None = described(
        "First year of a multi-year figure (cumulative, average).", default=None
    )
    kind: Kind = described("target (set ahead) or actual (achieved).")
    tier: Tier = described(
        "headline (the 主要预期目标 list) or task (a target or figure stated in the tasks)."
    )
    key: str | None = described(
        "Stable indicator id that lines up across years and regions (lower_snake_case); "
        "null for an indicator no one has given a key yet (jfq extract drafts one so).",
        default=None,
    )
    name: str = described("Indicator name as the source writes it.")
    en: str = described("Indicator name in English.")
    value: float | None = described("The number; null for a qualitative target.", default=None)
    value_max: float | None = described("Upper end of a range.", default=None)
    unit: str | None = described(
        "Unit of value, as the source writes it: %, ‰, 个百分点, or a measure word with an "
        "optional 万/亿 in front (亿元, 万人, 万吨, 萬噸).",
        default=None,
        pattern=(UNIT_PATTERN, "a unit such as %, 个百分点, 亿元, 万人 or 万吨"),
    )
    comparator: Comparator = described(
        "about (左右), at_least (以上/不低于/不少于), at_most (以内/不超过/控制在), "
        "nearly (近/接近: about, from below), over (余/多/突破/超过: more than, by an amount "
        "unsaid), exact, range, in_step (与经济增长同步…), qualitative (no number)."
    )
    direction: Direction | None = described(
        "down for a decrease (下降3.2%: value 3.2, direction down); up where the source says "
        "增长 of a figure that may also fall.",
        default=None,
    )
    aim: float | None = described(
        "The higher figure a target strives for (增长7%以上,力争8%: value 7, aim 8).",
        default=None,
    )
    measure: Measure | None = described(
        "What the figure is when it is not the year's level or rate: cumulative (a total "
        "over several years), average (a yearly average over them), rank, or share.",
        default=None,
    )
    text: str = described("The source's exact phrase for the figure.")
    share_of_target: float | None = described(
        "Share of its target achieved, in percent, where the source states it.", default=None
    )
    note: str | None = described("What the reader should know about this figure.", default=None)
    sources: list[Source] = described("Verbatim passages that state the figure.")

    def indicator(self) -> str:
        """What lines the row up with others: its key, or its name while it has none."""
        return self.key if self.key is not None else self.name

    def figure(self) -> Figure:
        """Which figure the row speaks of: a target and its result share it."""
        return self.region, self.year, self.since, self.indicator()

    def identity(self) -> RowIdentity:
        """What makes the row unique in targets.yaml: its figure and its kind."""
        return (*self.figure(), self.kind)


def row_identity(row: dict[str, Any]) -> RowIdentity:
    """Target.identity of a row still in plain data (as read from a file)."""
    key = row.get("key") or row["name"]
    return row["region"], row["year"], row.get("since"), key, row["kind"]


@record(kw_only=True)
class TargetTable(Record):
    """The whole of targets.yaml."""

    regions: list[Region] = described("The regions rows may name.")
    targets: list[Target] = described("The rows: targets and actuals.")


@record(kw_only=True)
class Draft(Record):
    """A draft to merge into the data files (jfq extract writes one; jfq merge reads it).

    Its lists are those of glossary.yaml and targets.yaml, each optional.  Entries may
    leave their pinyin out: jfq merge fills it in.
    """

    documents: list[Document] = described(
        "Documents the new items cite, with the passages around their quotes (jfq merge "
        "writes each to sources/<id>.yaml).",
        factory=list,
    )
    terms: list[Term] = described("New glossary entries.", factory=list)
    regions: list[Region] = described("New regions.", factory=list)
    targets: list[Target] = described("New target and result rows.", factory=list)


def number(value: float) -> str:
    """6611.0 -> '6611', 8.5 -> '8.5': a value as the sources write it (no separators)."""
    # .15g: every digit a source writes (66632.79, not the 66632.8 of :g), no float noise
    return str(int(value)) if float(value).is_integer() else f"{value:.15g}"


def signed(row: Target) -> tuple[float | None, float | None]:
    """A row's value and upper end on one axis, a fall below zero: 下降7% (value 7, direction
    down) is -7, and 下降2-3% is -3 to -2.  Every judgement, change and ranking reads these."""
    if row.value is None or row.direction != "down":
        return row.value, row.value_max
    if row.value_max is None:
        return -row.value, None
    return -row.value_max, -row.value
