"""Draft glossary entries, targets and results from a report's plain text, each with its quote.

How a report is read: text.py normalises it and keeps the way back to the original;
blocks.py finds where targets are set and where results are reviewed; grammar.py reads
each clause into figures (one grammar for both); glossary.py finds the entries in any
layout; context.py says whose report it is and for which year; indicators.py gives the
usual indicators their keys.  Nothing here writes the data files: jfq merge does that,
after a person has read the draft.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from pathlib import Path, PurePath

from jfq.authoring.draft import Extraction, Extractions
from jfq.authoring.extract import blocks, glossary
from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.context import lead_region, region_of, title_of, year_of
from jfq.authoring.extract.indicators import HEADLINE_KEYS, indicator_for, key_for
from jfq.authoring.extract.subjects import Regions, indicator_named, own_name
from jfq.authoring.extract.text import Text
from jfq.data.model import Component, Document, Scope, Source, Target, Term
from jfq.data.passages import around, sha256_of
from jfq.data.quotes import parts, quote_spans
from jfq.data.texts import decode, read_source
from jfq.errors import UsageError

__all__ = ["Extraction", "Extractions", "extract", "extract_reports", "extract_source"]


def extract_reports(
    names: list[str],
    *,
    region: str | None = None,
    year: int | None = None,
    doc_id: str | None = None,
    known_regions: Mapping[str, str] | None = None,
) -> Extractions:
    """Draft from several reports: files, folders (their .txt files, in name order), or
    '-' for standard input."""
    expanded = [path for name in names for path in _expanded(name)]
    if doc_id is not None and len(expanded) > 1:
        raise UsageError("--doc names one document: give it with one report at a time")
    return Extractions(
        [
            extract_source(n, region=region, year=year, doc_id=doc_id, known_regions=known_regions)
            for n in expanded
        ]
    )


def _expanded(name: str) -> list[str]:
    folder = Path(name)
    if name == "-" or not folder.is_dir():
        return [name]
    found = sorted(str(p) for p in folder.iterdir() if p.suffix.lower() in (".txt", ".text"))
    if not found:
        raise UsageError(f"{name}: no .txt files in the folder")
    return found


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
    data = read_source(name)
    text, encoding = decode(data)
    if _looks_like_a_draft(name, text):
        raise UsageError(
            f"{name} is a draft (YAML or JSON), not a report's text",
            hint=f"to add a reviewed draft to your data: jfq merge {name} --data-dir DIR",
        )
    return extract(text, source=name, encoding=encoding, region=region, year=year, doc_id=doc_id,
                   known_regions=known_regions, data=data)  # fmt: skip


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
    data: bytes | None = None,
) -> Extraction:
    """Draft entries and rows from ``text`` (see the module docstring for how).

    ``known_regions``: the data's region names and aliases, each to its name (河南 ->
    河南省): a region named in the text is read as one of these where it can be.
    ``data``: the bytes ``text`` was read from, which the document's sha256 is of (else
    the text's UTF-8)."""
    doc = doc_id or re.sub(r"[^\w.-]+", "_", PurePath(source).stem if source != "-" else "stdin")
    read = Text(text)
    notes: list[str] = []
    title = title_of(read)
    entries = glossary.entries(read)
    # A statistics bulletin reviews a year and sets no targets: all its figures are results.
    bulletin = lx.BULLETIN.search(read.norm, 0, 300) is not None
    found = [] if bulletin else blocks.target_blocks(read)
    targets = blocks.targets(read, found)
    excluded = [entry.item for entry in entries]
    # A glossary needs no year; figures do (the text's own, else --year).
    review_end = blocks.review_end_of(read, found) if targets else None
    chosen_year = (
        year
        if year is not None
        else year_of(read, notes, needed=bool(targets), review_end=review_end)
    )
    # 各地GDP目标: a sentence that names three regions or more (郑州、开封、洛阳…); such a
    # page is short, its opening is enough to tell (and a long file is not read for it)
    regions = Regions(known_regions)
    side_by_side = any(len(regions.named_in(sentence)) >= 3
                       for sentence in re.split(r"[。\n]", read.norm[:20_000]))  # fmt: skip
    done, ahead = blocks.results(read, found, excluded, chosen_year or 0, review_only=bulletin,
                                 side_by_side=side_by_side)  # fmt: skip
    if chosen_year is None and (done or ahead):
        chosen_year = year_of(read, notes, needed=True)
    chosen_region = region if region is not None else region_of(read, title, notes, known_regions)
    notes += _plan_notes(read, found)
    if bulletin:
        notes.append("a statistics bulletin: every figure is drafted as a result")
    terms = [_term(read, entry, doc, chosen_region) for entry in _unique_entries(read, entries)]
    rows = [
        _row(read, f, doc, lead_region(read, *f.quote, chosen_region), chosen_year or 0)
        for f in _first_of_each(targets)
    ]
    rows += [
        _row(read, f, doc, chosen_region, chosen_year or 0) for f in _first_of_each([*ahead, *done])
    ]
    drafted = [*_first_of_each(targets), *_first_of_each([*ahead, *done])]
    rows = _region_subjects(read, rows, drafted, regions, side_by_side=side_by_side)
    notes += _notes(read, terms, rows)
    rows = _without_clashes(rows)
    quotes = [*(s for t in terms for s in t.sources), *(s for r in rows for s in r.sources)]
    document = _document(
        read, quotes, data=data, doc=doc, title=title, region=chosen_region, year=chosen_year
    )
    return Extraction(source, encoding, document, terms, rows, notes)


# 其预期目标为“保8%: a phrase begins after the quotation mark that opens it.
_OPENING_QUOTES = "“‘「『\"'"


def _document(
    read: Text,
    quotes: list[Source],
    *,
    data: bytes | None,
    doc: str,
    title: str,
    region: str,
    year: int | None,
) -> Document:
    """The draft's document: its header, the sha256 of the bytes read, and the paragraphs
    around every quote (what sources/<id>.yaml keeps of the text)."""
    text = read.original
    date = re.search(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日", read.norm)
    when = f"{date[1]}-{int(date[2]):02d}-{int(date[3]):02d}" if date else None
    # A quote with its heading (2024年主要目标…) has no offsets: each of its parts is found.
    spans = [span for s in quotes for span in quote_spans(s.quote, text, s.start) or []]
    return Document(
        id=doc,
        title=title,
        en=f"(to describe) {region} {year or ''}: {title}",
        date=when or str(year or "undated"),
        region=region,
        sha256=sha256_of(data if data is not None else text.encode("utf-8")),
        passages=around(text, spans),
    )


def _source(
    read: Text, span: tuple[int, int], doc: str, lead: tuple[int, int] | None = None
) -> Source:
    """The sentence that states an item, as written, with its offsets; with the heading or
    cue it needs (``lead``: 2024年主要目标…研发经费投入强度2.1%), joined by '…' and
    without offsets, since the two parts are apart in the text."""
    if read.norm[span[1] : span[1] + 1] in ("。", "!", "?", ";"):
        span = (span[0], span[1] + 1)  # the sentence with its closing mark
    start, end = read.span(*span)
    quote = read.original[start:end].strip()
    start += read.original[start:end].index(quote) if quote else 0
    if lead is not None and lead[1] <= span[0] and _needs_its_lead(read.norm[span[0] : span[1]]):
        heading = read.original[slice(*read.span(*lead))].strip()
        if heading:
            return Source(quote=f"{heading}…{quote}", doc=doc)
    return Source(quote=quote, doc=doc, start=start, end=start + len(quote))


def _needs_its_lead(sentence: str) -> bool:
    """A sentence that names no year and no cue (研发经费投入强度2.1%) does not say what it
    states without its heading; 2022年经济社会发展的预期目标是… does."""
    return not re.search(r"(?:19|20)\d\d年|今年|去年|上年|一年来", sentence) and (
        lx.TARGET_CUE.search(sentence) is None
    )


def _row(read: Text, found: blocks.Found, doc: str, region: str, year: int) -> Target:
    figure = found.figure
    name = _without_region(figure.name, region)
    key, en = key_for(name, figure.unit, figure.grows)
    # A share set as a target is that year's target; only a review's shares are kept apart.
    measure = None if found.kind == "target" and figure.measure == "share" else figure.measure
    if found.kind == "target":
        when = found.year or year
    else:  # a result is for the year reviewed: named in its sentence, else the one before
        when = found.year if found.year is not None and found.year < year else year - 1
    since = when - found.span + 1 if found.span else None  # 过去5年 … 年均增长: 5 years
    return Target(
        region=region, year=when, since=since,
        kind="target" if found.kind == "target" else "actual",
        tier="headline" if found.kind == "target" or key in HEADLINE_KEYS else "task",
        key=key, name=name, en=en, value=figure.value, value_max=figure.value_max,
        unit=figure.unit, comparator=figure.comparator,  # type: ignore[arg-type]
        direction=figure.direction, aim=figure.aim, measure=measure,  # type: ignore[arg-type]
        text=read.cut(*found.phrase).strip().lstrip(_OPENING_QUOTES),
        sources=[_source(read, found.quote, doc, found.lead)],
    )  # fmt: skip


def _region_subjects(
    read: Text,
    rows: list[Target],
    drafted: list[blocks.Found],
    known: Regions,
    *,
    side_by_side: bool = False,
) -> list[Target]:
    """Rows whose subject is a region the data knows (海南为9.5%左右; 而商丘市的目标是
    “增长7.5%左右”; 周口市、新乡市,预期目标为…): that region's, one row per region named,
    for the indicator the passage speaks of (subjects.py).  On a side-by-side page a
    figure named by its indicator is the region's its sentence names before it (受到洪涝
    灾害影响的河南,2021年经济增长6.3%).  Other rows are kept as drafted."""
    if not known:
        return rows
    kept: list[Target] = []
    ends: dict[tuple[int, int], list[int]] = {}  # per sentence: where its figures end
    for found in drafted:
        ends.setdefault(found.quote, []).append(found.phrase[1])
    for row, found in zip(rows, drafted, strict=True):
        # from the end of the figure before it in its sentence (targets and results are
        # drafted apart, so the list is not in the sentence's order)
        since = max([e for e in ends[found.quote] if e <= found.phrase[0]], default=found.quote[0])
        subject = known.subject(row.name)
        if subject is not None:  # 浙江和江西两个省份的目标: each region the subject names
            region, rest = subject
            also = [r for r in known.named_in(rest) if r != region]
            rest = known.without(rest)
            kept += [_for_region(read, copy.copy(row) if also else row, found, place, rest)
                     for place in (region, *also)]  # fmt: skip
            continue
        after = _listed_after(read.norm[found.phrase[1] : found.quote[1]], known)
        before = read.norm[since : found.phrase[0]]
        clause = re.split(r"[,;:]", before)[-1]  # its own clause first: 浙江和江西…为5%
        if lx.PLURAL_SUBJECT.match(row.name):  # 多地将今年GDP目标定在6%左右: only a list after
            named = after  # (…,包括河南、福建) says which; the regions before it are not
        else:
            named = known.named_in(clause) or known.named_in(before) or after
        if not named or (indicator_for(row.name) is not None and not side_by_side):
            kept.append(row)  # a subject of its own: 地区生产总值增长7% (in a report)
            continue
        kept += [_for_region(read, copy.copy(row), found, region, "") for region in named]
    return kept


def _listed_after(text: str, known: Regions) -> list[str]:
    """“增长8%以上”的地市有郑州、周口、信阳; 定在5%左右,包括河南、福建: the regions
    listed after the figure, up to the end of the list."""
    listed = re.match(r"[”\"’']?[,]?的?(?:地市|城市|省份|省区市|地区|市|省)?(?:有|包括)([^,;。]*)",
                      text)  # fmt: skip
    return [] if listed is None else known.named_in(listed[1])


def _for_region(read: Text, row: Target, found: blocks.Found, region: str, rest: str) -> Target:
    row.region = region
    # 而商丘市的目标是“增长7.5%左右, )、西藏(9%以上: the figure, not what leads to it
    row.text = re.split(r"[“(（]", row.text)[-1] or row.text
    own = own_name(rest)
    if own and indicator_for(own) is None:  # 海南2021年离岛免税销售额: a figure of its own
        row.name, (row.key, row.en) = own, key_for(own, row.unit)
        return row
    named = indicator_named(read.norm, rest, found.phrase[1])  # up to the figure itself
    if named is None:
        row.name = rest.strip('的是为“"') or row.name
        return row
    indicator, _, where = named
    row.name = indicator.names[0]
    row.key, row.en = key_for(row.name, row.unit, grows=row.unit == "%")
    if where is not None and where <= found.quote[0]:  # named in an earlier sentence: quote it
        row.sources = [_with_lead(read, row.sources[0], _sentence_at(read.norm, where - 1))]
    return row


def _sentence_at(norm: str, position: int) -> tuple[int, int]:
    """The sentence around ``position``, with its closing mark."""
    start = max(norm.rfind(mark, 0, position) for mark in "。\n!?") + 1
    ends = [e for e in (norm.find(mark, position) for mark in "。\n!?") if e >= 0]
    end = min(ends, default=len(norm))
    return start, end + 1 if norm[end : end + 1] in ("。", "!", "?") else end


def _with_lead(read: Text, source: Source, lead: tuple[int, int]) -> Source:
    """从“规模以上工业增加值”方面来比较…而洛阳、开封…的目标是“增长8%”: a side-by-side
    page names the indicator once, sentences before the figure."""
    start, end = read.span(*lead)
    heading = read.original[start:end].strip()
    if not heading:
        return source
    # The quote may hold a lead already (its year's heading): every part in the page's order.
    where = {part: read.original.find(part) for part in parts(source.quote)}
    where.setdefault(heading, start)
    return Source(quote="…".join(sorted(where, key=where.__getitem__)), doc=source.doc)


def _plan_notes(read: Text, found: list[blocks.Block]) -> list[str]:
    """A plan's targets are left out of the draft: say where, so that nothing is lost."""
    notes = []
    for block in (b for b in found if b.plan):
        head = read.cut(block.start, min(block.body, block.start + 40)).strip()
        notes.append(f"left out the targets of a plan of several years ({head!r}): they are "
                     "not this year's")  # fmt: skip
    return notes


def _first_of_each(found: list[blocks.Found]) -> list[blocks.Found]:
    """A figure a report states again (the same name, number, unit and qualifier for the
    same year) is drafted once, from where it is first stated."""
    seen: set[tuple[object, ...]] = set()
    first = []
    for item in found:
        f = item.figure
        key = (item.kind, item.year, item.span, f.name, f.value, f.value_max, f.unit,
               f.comparator)  # fmt: skip
        if key not in seen:
            seen.add(key)
            first.append(item)
    return first


def _without_region(name: str, region: str) -> str:
    """重庆地区生产总值 -> 地区生产总值: the government's own name (or its short form) in
    front of an indicator is the sentence's, not the indicator's."""
    short = re.sub(r"(?:市|区|县|省|自治区|特别行政区|新区|旗)$", "", region)
    for prefix in (region, short):
        if len(prefix) >= 2 and name.startswith(prefix) and len(name) - len(prefix) >= 3:
            return name[len(prefix) :]
    return name


def _without_clashes(rows: list[Target]) -> list[Target]:
    """One row per figure: a figure stated twice is drafted once, and a second row for one
    key, region, year and kind (突破2000亿元, then 达到2311亿元) keeps its name but loses
    the key, so that only the reviewer decides which is the year's figure."""
    seen: dict[tuple[object, ...], Target] = {}
    kept = []
    for row in rows:
        same = seen.get(row.identity())
        if same is not None and _same_figure(same, row):
            continue
        if same is not None and row.key is not None:
            row.key = None
        seen.setdefault(row.identity(), row)
        kept.append(row)
    return kept


def _same_figure(a: Target, b: Target) -> bool:
    return (a.value, a.value_max, a.unit, a.comparator) == (b.value, b.value_max, b.unit,
                                                            b.comparator)  # fmt: skip


def _term(read: Text, entry: glossary.Entry, doc: str, region: str) -> Term:
    name = read.name(*entry.term)
    definition = read.cut(*entry.definition).strip()
    source = _source(read, entry.item, doc)
    return Term(
        term=name,
        pinyin="",  # generated when the draft is merged (jfq merge), never reviewed by hand
        en=f"(to translate) {name}",
        scope=_scope(region),
        category="治理",
        definition=definition,
        components=[Component(text=part) for part in glossary.parts(name, definition)],
        sources=[source],
        notes=[f"Drafted by jfq extract from a {entry.where}: check en, scope and category."],
    )


def _unique_entries(read: Text, entries: list[glossary.Entry]) -> list[glossary.Entry]:
    """The first entry for each term (a report may define one twice)."""
    seen: set[str] = set()
    unique = []
    for entry in entries:
        name = read.name(*entry.term)
        if name not in seen:
            seen.add(name)
            unique.append(entry)
    return unique


def _scope(region: str) -> Scope:
    for ending, scope in (("示范区", "示范区"), ("省", "省"), ("市", "市")):
        if region.endswith(ending):
            return scope  # type: ignore[return-value]
    return "国家" if region in ("全国", "国务院", "中国") else "区"


def _notes(read: Text, terms: list[Term], rows: list[Target]) -> list[str]:
    notes = []
    if read.norm != read.original:
        notes.append("matched in a normalised copy (simplified, half-width); quoted as written")
    if terms:
        notes.append("pinyin is generated when the draft is merged (needs pip install "
                     "'jfq[extract]')")  # fmt: skip
    keyless = sorted({row.name for row in rows if row.key is None})
    if keyless:
        notes.append(f"indicators without a known key (give them one): {', '.join(keyless)}")
    return notes
