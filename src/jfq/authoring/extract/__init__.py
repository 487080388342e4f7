"""Draft glossary entries, targets and results from a report's plain text, each with its quote.

How a report is read: text.py normalises it and keeps the way back to the original;
blocks.py finds where targets are set, reviews.py where results are reviewed (years.py
says which year a figure is for; budgets.py, the budget a result's share is of);
grammar.py reads each clause into figures (one grammar for both); cell_tables.py reads a
table of targets and outcomes set one cell to a line, lined_tables.py one set a row to a
line; glossary.py finds the entries in any layout; context.py says whose report it is and
for which year; indicators.py gives the usual indicators their keys; quoting.py quotes the
sentence each item stands on.  Nothing here writes the data files: jfq merge does that,
after a person has read the draft.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import PurePath

from jfq.authoring.draft import Extraction, Extractions, keys_measured_alike, regions_new_to
from jfq.authoring.extract import blocks, cell_tables, cues, glossary, reviews, sides
from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.allocator import map_large_blocks
from jfq.authoring.extract.budgets import budgeted
from jfq.authoring.extract.clashes import without_clashes
from jfq.authoring.extract.comparisons import OF_THE_BUDGET
from jfq.authoring.extract.context import lead_region, region_of, title_of, year_of
from jfq.authoring.extract.counts import PLANS_MOOD
from jfq.authoring.extract.drafted_terms import drafted_terms
from jfq.authoring.extract.figures import Figure
from jfq.authoring.extract.indicators import HEADLINE_KEYS, key_for
from jfq.authoring.extract.late_sessions import read_as_given_early
from jfq.authoring.extract.lined_tables import lined_tables, not_said_before
from jfq.authoring.extract.months_rows import without_the_months, year_of_a_row
from jfq.authoring.extract.name_openings import without_region
from jfq.authoring.extract.quoting import date_of, document_of, quoted
from jfq.authoring.extract.subjects import Regions
from jfq.authoring.extract.text import LOST_MARK, Text
from jfq.authoring.report_files import (
    document_id,
    document_ids,
    listed,
    named,
    none_read,
    skipped,
)
from jfq.data.model import Source, Target, Term
from jfq.data.pages import PAGE_NOTE, looks_like_html, visible_text
from jfq.data.passages import sha256_of
from jfq.data.texts import read_text
from jfq.errors import UsageError

__all__ = ["Extraction", "Extractions", "extract", "extract_reports", "extract_source"]


def extract_reports(
    names: list[str],
    *,
    region: str | None = None,
    year: int | None = None,
    doc_id: str | None = None,
    known_regions: Mapping[str, str] | None = None,
    known_measures: Mapping[str, set[str]] | None = None,
) -> Extractions:
    """Draft from several reports: files, folders (their .txt and saved .html files, in
    name order), or '-' for standard input.  ``known_measures``: what the data measures each
    key in (keys_measured_alike)."""
    map_large_blocks()  # (a report's large texts given back when freed: allocator.py)
    expanded, in_folders, notes = listed(names)
    drafts = []
    for n, (doc, id_note) in zip(expanded, document_ids(expanded, doc_id), strict=True):
        try:
            drafts.append(extract_source(n, region=region, year=year, doc_id=doc,
                                         known_regions=known_regions))  # fmt: skip
        except UsageError as err:  # (a folder's stray file no longer fails the folder)
            if n not in in_folders:
                raise named(n, err) if len(expanded) > 1 else err from None
            notes.append(skipped(n, err))
            continue
        drafts[-1].notes[:0] = [id_note] if id_note else []
    if not drafts:  # (each was in a folder: a report named alone fails on its own)
        raise UsageError(none_read(names, len(expanded)), hint="; ".join(notes))
    return keys_measured_alike(Extractions(drafts, notes), known_measures or {})


def extract_source(
    name: str,
    *,
    region: str | None = None,
    year: int | None = None,
    doc_id: str | None = None,
    known_regions: Mapping[str, str] | None = None,
) -> Extraction:
    """Read a report (a file, or '-' for standard input) and draft from it.

    A draft written by jfq extract is refused, with the way to merge it instead.
    """
    data, read = read_text(name)
    text, encoding, mended = read
    digest: str | None = sha256_of(data)
    del data, read  # not held while the text is read: the peak is what an 8 MB report needs
    if _looks_like_a_draft(name, text):
        raise UsageError(
            f"{name}: a draft (YAML or JSON), not a report's text",
            hint=f"to add a reviewed draft to your data: jfq merge {name} --data-dir DIR",
        )
    page = looks_like_html(name, text)
    if page:  # quotes and offsets are of the text a reader sees, and so is the sha256
        text, digest = visible_text(text), None
    drafted = extract(text, source=name, encoding=encoding, region=region, year=year,
                      doc_id=doc_id, known_regions=known_regions, sha256=digest)  # fmt: skip
    if page:
        drafted.document.note = PAGE_NOTE
        drafted.notes.insert(0, PAGE_NOTE)
    drafted.notes[:0] = mended  # (what reading the file had to mend, said first)
    return drafted


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
    known_regions: Mapping[str, str] | None = None,
    sha256: str | None = None,
) -> Extraction:
    """Draft entries and rows from ``text`` (see the module docstring for how).

    A report given in November or December is read as one given early in its targets'
    year, which is the year after its date line's (late_sessions.py).
    ``known_regions``: the data's region names and aliases, each to its name (河南 ->
    河南省): a region named in the text is read as one of these where it can be.
    ``sha256``: of the bytes ``text`` was read from, which the document records (else
    the text's UTF-8 is hashed)."""
    doc = doc_id or document_id(source)[0]
    read = Text(text)
    notes: list[str] = []
    year = read_as_given_early(read, year, notes)
    title = title_of(read)
    entries = glossary.entries(read)
    found = blocks.target_blocks(read, year)
    bulletin = _a_bulletin(read, found)
    found = [] if bulletin else found
    targets = blocks.targets(read, found, year)
    entries = glossary.not_a_blocks_lines(read, entries, [(b.body, b.end) for b in found])
    excluded = [entry.item for entry in entries]
    chosen_year = year if year is not None else _year_read(read, notes, found, targets)
    regions = Regions(known_regions)
    side_by_side = sides.is_side_by_side(read, regions)
    targets, ahead, done = _outside_the_blocks(read, (found, targets), excluded, chosen_year or 0,
                                               bulletin=bulletin, sides=side_by_side)  # fmt: skip
    read.memo.clear()  # every sentence is read: what it said is not held beside the rows
    if chosen_year is None and (done or ahead):
        chosen_year = year_of(read, notes, needed=True)
    chosen_region = region if region is not None else region_of(read, title, notes, known_regions)
    notes += blocks.plan_notes(read, found)
    if bulletin:
        notes.append("a statistics bulletin: every figure is drafted as a result")
    terms = drafted_terms(read, entries, doc, chosen_region)
    drafted = [*targets, *ahead, *budgeted(read, done, chosen_year or 0), *done]
    in_blocks = len(targets)
    del targets, ahead, done  # (each Found goes as its row is made: _rows)
    rows = _rows(read, (drafted, in_blocks), doc, (chosen_region, chosen_year or 0),
                 regions, side_by_side=side_by_side)  # fmt: skip
    notes += _notes(read, terms, rows)
    rows = without_clashes(rows)
    quotes = [*(s for t in terms for s in t.sources), *(s for r in rows for s in r.sources)]
    date = date_of(read.norm)
    original = read.original
    del read  # (its normalised copy is not held beside the passages: the peak of 8 MB)
    document = document_of(original, quotes, sha256=sha256, doc=doc, title=title,
                           region=chosen_region, year=chosen_year, date=date)  # fmt: skip
    new_regions = regions_new_to(rows, known_regions)
    return Extraction(source, encoding, document, terms, rows, notes, new_regions)


def _year_read(
    read: Text, notes: list[str], found: list[blocks.Block], targets: list[blocks.Found]
) -> int | None:
    """The text's own year, where --year gives none: figures need one, a glossary does not."""
    review_end = reviews.review_end_of(read, found) if targets else None
    return year_of(read, notes, needed=bool(targets), review_end=review_end)


def _outside_the_blocks(
    read: Text,
    blocks_and_targets: tuple[list[blocks.Block], list[blocks.Found]],
    excluded: list[tuple[int, int]],
    year: int,
    *,
    bulletin: bool,
    sides: bool,
) -> tuple[list[blocks.Found], list[blocks.Found], list[blocks.Found]]:
    """(the blocks' targets, the targets set outside them, the results): the tables' rows
    first, then every sentence outside the blocks and the glossary (``excluded``); in a
    statistics ``bulletin`` every figure is a result; ``sides``: a page that sets many regions'
    targets side by side (sides.py)."""
    found, targets = blocks_and_targets
    tabled, table_spans = cell_tables.tables(read, year)
    lined, lined_spans = lined_tables(read, year)
    tabled, table_spans = [*tabled, *lined], [*table_spans, *lined_spans]
    # (a table under a targets cue, 2024年主要预期目标⏎指标 | 目标…: its rows, not its lines)
    targets = [t for t in targets if not any(a <= t.quote[0] < b for a, b in lined_spans)]
    done, ahead = reviews.results(read, found, [*excluded, *table_spans], year,
                                 review_only=bulletin, side_by_side=sides)  # fmt: skip
    return targets, ahead, [*not_said_before(tabled, done), *done]


def _a_bulletin(read: Text, found: list[blocks.Block]) -> bool:
    """A statistics bulletin reviews a year and sets no targets: all its figures are results.
    (Its words also head a digest of a report, 国民经济运行稳定逐步向好…今年主要预期目标: a
    text that sets the year's targets is no bulletin; but its 主要指标为 is a list.)"""
    return cues.BULLETIN.search(read.norm, 0, 300) is not None and not any(
        not block.plan and "目标" in read.norm[block.start : block.body] for block in found
    )


# 其预期目标为“保8%: a phrase begins after the quotation mark that opens it.
_OPENING_QUOTES = "“‘「『\"'"


def _rows(
    read: Text,
    found: tuple[list[blocks.Found], int],
    doc: str,
    region_and_year: tuple[str, int],
    regions: Regions,
    *,
    side_by_side: bool,
) -> list[Target]:
    """The rows of the figures ``found`` (those of the targets blocks first, then how many
    they are; each holds a figure once: EachOnce), each under its region.  The list is
    emptied as the rows are made: a Found holds its Figure, which its row no longer needs."""
    (drafted, in_blocks), (region, year) = found, region_and_year
    # a target block's region may be named where the block begins (2024年郑州市主要目标…)
    regions_of = [lead_region(read, *f.quote, region, regions) for f in drafted[:in_blocks]]
    regions_of += [region] * (len(drafted) - in_blocks)
    # (苏州市发布该市GDP…, in a report of 江苏省: no row of its, nor a figure its sentence's
    # other rows read their regions after: figure_ends)
    pending = [
        (f, place)
        for f, place in zip(drafted, regions_of, strict=True)
        if not sides.of_another_city(without_region(f.figure.name, place), region)
        and not (f.kind == "target" and _counts_indicators(f.figure))
    ]
    pending.reverse()
    drafted.clear()
    # A sentence that states several figures is quoted once: its rows share one Source (a
    # review states three a sentence, and an 8 MB report's quotes were a tenth of its peak),
    # shared as each row is made, so that no copy waits for the last row.
    said: dict[tuple[str, int | None], Source] = {}
    # (and names, their placeholders and units: a report names 地区生产总值 many times, and
    # writes % in most of its rows; and years, which are no small ints Python keeps once)
    named: dict[str, str] = {}
    years: dict[int, int] = {}
    ends = sides.figure_ends([f for f, _ in pending])
    rows = []
    while pending:
        f, place = pending.pop()
        row = _row(read, f, doc, place, year)
        source = row.sources[0]
        row.sources[0] = said.setdefault((source.quote, source.start), source)
        row.name, row.en = named.setdefault(row.name, row.name), named.setdefault(row.en, row.en)
        row.unit = row.unit and named.setdefault(row.unit, row.unit)
        row.year = years.setdefault(row.year, row.year)
        rows += sides.in_its_regions(read, row, f, ends, regions, side_by_side=side_by_side)
    return rows


_SHARE = ("占", "佔")
# A count of indicators (3项指标, 7項約束性指標): its counter, and its noun at the name's end.
_COUNTERS = ("项", "項", "个", "個")
_INDICATORS_COUNTED = re.compile(r"指[标標]$")


def _counts_indicators(figure: Figure) -> bool:
    """围绕增长、结构、效率提出3项指标, 7项约束性指标全部完成: how many indicators a plan
    sets, no target of its own (a review's count of them, 11项指标增速居全市前3, is a result)."""
    return figure.unit in _COUNTERS and _INDICATORS_COUNTED.search(figure.name) is not None


def _row(read: Text, found: blocks.Found, doc: str, region: str, year: int) -> Target:
    figure = found.figure
    name = without_region(figure.name, region)
    if found.kind == "target":
        name = PLANS_MOOD.sub("", name, count=1) if len(name) > 4 else name
    # A share or a rank set as a target is that year's target (县域经济排名上升3个以上位次);
    # only a review's are kept apart, and a share of the year's plan done (力争完成年度目标的
    # 105%), which is no growth of the figure's own.
    unmeasured_target = (
        found.kind == "target"
        and figure.measure in ("share", "rank")
        and not _a_share_of_the_plan_done(read.norm, found.phrase)
    )
    measure = None if unmeasured_target else figure.measure
    if measure == "share" and figure.share_of:  # (占全省47%: a review's share is of a thing)
        name = without_region(figure.share_of, region)
    elif name.startswith(_SHARE) and figure.share_of and not figure.share_of.startswith(_SHARE):
        # (a target's, named whole: 税收收入21307万元,占收入的70% is 税收收入占收入)
        name = without_region(figure.share_of, region) + name
    when, so_far = year_of_a_row(read.norm, found, year)
    if so_far:  # (上半年地区生产总值增长4.7%, the months' own report's)
        name = without_the_months(name)
    since = when - found.span + 1 if found.span else None  # 过去5年 … 年均增长: 5 years
    # A rank, a share, or a figure of several years with no first year (在2020年基础上增长
    # 40%) is no figure of the indicator's key: it would stand as the year's own (居全市第3
    # 位 is not GDP = 3).
    if measure == "share" or figure.measure == "rank" or (measure is not None and since is None):
        key, en = None, f"(to translate) {name}"
    elif _BY_AN_AMOUNT.search(read.norm, *found.phrase) and figure.unit not in _RATES:
        key, en = None, f"(to translate) {name}"  # 地区生产总值净增100亿元: no GDP of 100亿
    elif (
        (figure.unit or "").endswith("倍")
        or _YEARS_TOTALLED.search(read.norm, *found.phrase)
        or cues.MONTHS_SO_FAR_AT.search(read.norm, *found.phrase)
        or so_far
    ):
        # (a multiple is no level: 提高1.2倍 is no GDP of 1.2; 五年完成固定资产投资820亿元,
        # named 五年固定资产投资, no year's investment; 1—10月社会消费品零售总额86.5亿元 no
        # year's sales, though the name leaves its months out)
        key, en = None, f"(to translate) {name}"
    else:
        key, en = key_for(name, figure.unit, figure.grows)
    return Target(
        region=region, year=when, since=since,
        kind="target" if found.kind == "target" else "actual",
        # (a target for a year on, 到“十四五”末…, is a plan's: a task, as a plan's list's are)
        tier="task" if found.task or (found.kind != "target" and key not in HEADLINE_KEYS)
        or (found.kind == "target" and 0 < year < when) else "headline",
        key=key, name=name, en=en, value=figure.value, value_max=figure.value_max,
        unit=figure.unit, comparator=figure.comparator,  # type: ignore[arg-type]
        direction=figure.direction, aim=figure.aim, measure=measure,  # type: ignore[arg-type]
        text=read.cut(*found.phrase).strip().lstrip(_OPENING_QUOTES),
        sources=[quoted(read, found.quote, doc, found.lead)],
    )  # fmt: skip


# A change by an amount (城镇居民人均可支配收入增加1500元, 地区生产总值净增100亿元以上) is no
# level of the indicator: its key would put 1500元 in the table as the year's income.
_BY_AN_AMOUNT = re.compile(
    r"(?:增加|净增|增长|多增|提高|提升|减少|下降|降低|缩小|扩大|增收|减收)了?[近约超逾]?[\d.,]+"
    r"[^\d,;。]{0,8}$"
)
_RATES = (*lx.PER_CENT, "‰", "个百分点")


# A share of the year's plan done, right before the figure's end (完成年度目标的105%).
_OF_THE_PLAN_DONE = re.compile(rf"{OF_THE_BUDGET}[\d.]+%$")


def _a_share_of_the_plan_done(norm: str, phrase: tuple[int, int]) -> bool:
    """完成年度目标的105%: said in the figure's own clause, within 20 characters before it."""
    start = max(0, phrase[0] - 20)
    clause = max(norm.rfind(mark, start, phrase[0]) for mark in ",;。") + 1
    return _OF_THE_PLAN_DONE.search(norm, max(clause, start), phrase[1]) is not None


# Years counted before what was done in them (五年完成…820亿元): a total, no year's level.
_YEARS_TOTALLED = re.compile(
    r"(?:[一二三四五六七八九十两]|(?<!\d)\d{1,2})年(?:累计|共|完成|实现|实际|引进|招引|新增|净增|新建|建成|争取)"
)


def _notes(read: Text, terms: list[Term], rows: list[Target]) -> list[str]:
    notes = []
    if read.norm != read.original:
        notes.append("matched in a normalised copy (simplified, half-width); quoted as written")
    if terms:
        notes.append("pinyin is generated when the draft is merged (needs pip install "
                     "'jfq[extract]')")  # fmt: skip
    lost = [row.text for row in rows if row.text and LOST_MARK.search(row.text)]
    if lost:  # (13.1?%: the mark may stand for a digit the page lost)
        notes.append(f"a figure written with a lost character was read without it, check it: "
                     f"{'; '.join(lost)}")  # fmt: skip
    unitless = [
        f"{row.name} {row.value:g}" for row in rows if row.value is not None and not row.unit
    ]
    if unitless:  # (同比增长7.2: a page that lost its %, or a count said bare)
        notes.append(f"figures the text gives with no unit, drafted with none (check them): "
                     f"{', '.join(unitless)}")  # fmt: skip
    keyless = sorted({row.name for row in rows if row.key is None})
    if keyless:
        notes.append(f"indicators without a known key (give them one): {', '.join(keyless)}")
    return notes
