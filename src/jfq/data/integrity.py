"""Integrity rules for the data files, beyond what the schema checks.

Used by ``jfq validate``, by the index build (references that lead nowhere) and by
``jfq merge``.  Each rule returns Problems; an empty list means the data is sound.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from jfq.data.convert import to_plain
from jfq.data.model import (
    MAX_YEAR,
    MIN_YEAR,
    Glossary,
    Region,
    RowIdentity,
    Source,
    Target,
    TargetTable,
    Term,
    walk,
)
from jfq.data.numerals import count_problems, number_stated
from jfq.data.quotes import quote_in_text, within_quotes
from jfq.data.records import Record, record
from jfq.search.normalize import fold, simplified

DRAFT_MARK = "(to "  # jfq extract writes "(to translate) …" where a person must fill in


@record
class Problem(Record):
    file: str
    where: str  # the entry: "terms[5] 三零"
    message: str
    severity: str = "error"  # or "note": a known, documented gap in a source
    path: tuple[str | int, ...] = ()  # the entry's place in the file: ("terms", 5)
    line: int | None = None  # filled in by validate_files

    def __str__(self) -> str:
        at = f"{self.file}:{self.line}" if self.line is not None else self.file
        return f"{at}: {self.where}: {self.message}"


Plain = dict[str, Any]
Where = tuple[str | int, ...]
Reference = tuple[Where, str, str]  # (path, entry, message)


def dangling_references(part: str, data: Plain) -> Iterator[Reference]:
    """References inside one data file that lead nowhere, and names given twice.

    Checked on the plain data whenever a file is indexed (so no command runs on
    a file whose entries point at nothing) and by jfq validate.
    """
    if part == "glossary":
        names: dict[str, int] = {}
        for index, term in enumerate(data["terms"]):
            if names.setdefault(term["term"], index) != index:
                where = f"terms[{index}] {term['term']}"
                yield ("terms", index), where, f"the same name as terms[{names[term['term']]}]"
        documents = {document["id"] for document in data["documents"]}
        for index, term in enumerate(data["terms"]):
            where = f"terms[{index}] {term['term']}"
            for number, related in enumerate(term.get("related", ())):
                if related not in names:
                    message = f"related entry {related!r} does not exist"
                    yield ("terms", index, "related", number), where, message
            for number, source in enumerate(term["sources"]):
                if source.get("doc") is not None and source["doc"] not in documents:
                    message = f"source doc {source['doc']!r} is not a document"
                    yield ("terms", index, "sources", number), where, message
        return
    regions = {region["name"] for region in data["regions"]}
    for index, region in enumerate(data["regions"]):
        if region.get("parent") is not None and region["parent"] not in regions:
            message = f"parent {region['parent']!r} is not in the regions list"
            yield ("regions", index, "parent"), f"regions {region['name']}", message
    for index, row in enumerate(data["targets"]):
        if row["region"] not in regions:
            where = f"targets[{index}] {row['region']} {row['year']} {row['kind']} {row['key']}"
            message = f"region {row['region']!r} is not in the regions list"
            yield ("targets", index, "region"), where, message


# -- glossary ---------------------------------------------------------------------------


def _quotes(sources: Sequence[Source]) -> list[str]:
    return [source.quote for source in sources]


def _references(part: str, data: Record, file: str) -> list[Problem]:
    return [
        Problem(file, where, message, path=path)
        for path, where, message in dangling_references(part, to_plain(data))
    ]


def check_glossary(glossary: Glossary, file: str = "glossary.yaml") -> list[Problem]:
    problems = _references("glossary", glossary, file)
    doc_ids = [d.id for d in glossary.documents]
    for duplicate in {i for i in doc_ids if doc_ids.count(i) > 1}:
        problems.append(Problem(file, "documents", f"document id {duplicate!r} listed twice"))
    owner: dict[str, int] = {}
    for index, term in enumerate(glossary.terms):
        where, path = f"terms[{index}] {term.term}", ("terms", index)

        def add(
            message: str, severity: str = "error", where: str = where, path: Where = path
        ) -> None:
            problems.append(Problem(file, where, message, severity, path))

        places: list[tuple[str, Where]] = [(term.term, (*path, "term"))]
        places += [(alias, (*path, "aliases", k)) for k, alias in enumerate(term.aliases)]
        for spelling, at in places:
            key = fold(spelling)
            other = glossary.terms[owner[key]].term if key in owner else None
            if not key:
                add(f"{spelling!r} has no searchable characters", path=at)
            elif other is not None and owner[key] != index and other != term.term:
                add(f"{spelling!r} is also a name or alias of {other!r}", path=at)
            elif other is not None and owner[key] == index:
                add(f"{spelling!r} repeats a name or alias of the same entry", path=at)
            owner.setdefault(key, index)
        if term.term in term.related:
            add("an entry cannot be related to itself")
        problems.extend(_source_problems(term.sources, None, file, where, path))
        quotes = _quotes(term.sources)
        if term.defined:
            if term.definition is None and not term.components:
                add("defined entries need a definition or parts (or set defined: false)")
            elif term.definition is not None and not within_quotes(term.definition, quotes):
                add("definition is not within the entry's quotes")
            elif term.definition is not None and len(_beyond_name(term)) < 5:
                add("the definition only repeats the name: leave it out and let the parts speak")
        elif term.definition is not None:
            add("an entry with defined: false must not carry a definition")
        for component in walk(term.components):
            for text in (component.text, component.detail):
                if text is not None and not within_quotes(text, quotes):
                    add(f"component text {text!r} is not within the entry's quotes")
        for message in count_problems(term.term, term.components):
            add(message, "note" if term.notes else "error")
        if term.en.startswith(DRAFT_MARK):
            add("drafted by jfq extract: en, scope and category still to review", "note")
    return problems


def _beyond_name(term: Term) -> str:
    """What the definition says besides the name itself."""
    return fold(term.definition or "").replace(fold(term.term), "")


def measure_of(unit: str) -> str:
    """What a unit measures, without its multiplier or script: 万人, 人 and 萬人 are 人;
    亿元, 万亿元 and 億元 are 元 (a district counts in 亿元, the nation in 万亿元)."""
    return re.sub(r"^(?:万亿|亿|万|千|百|十)(?=.)", "", simplified(unit))


def _source_problems(
    sources: Sequence[Source], doc_ids: set[str] | None, file: str, where: str, path: Where
) -> list[Problem]:
    """What is wrong with an entry's sources; doc_ids None: the documents are in the same
    file, and dangling_references has checked them."""
    messages = []
    if not sources:
        messages.append("needs at least one source")
    for source in sources:
        if (source.doc is None) == (source.url is None):
            messages.append("a source names either doc or url")
        elif doc_ids is not None and source.doc is not None and source.doc not in doc_ids:
            messages.append(f"source doc {source.doc!r} is not a document")
        elif source.url is not None and not source.title:
            messages.append("a source with a url needs a title")
        if (source.start is None) != (source.end is None) or (
            source.start is not None and source.end is not None and source.end <= source.start
        ):
            messages.append("start and end go together, end after start")
    return [Problem(file, where, message, path=path) for message in messages]


# -- targets ----------------------------------------------------------------------------

_NEEDS_NO_VALUE = {"qualitative", "in_step"}


def check_targets(
    table: TargetTable, doc_ids: Iterable[str], file: str = "targets.yaml"
) -> list[Problem]:
    problems = _references("targets", table, file) + _region_problems(table, file)
    docs = set(doc_ids)
    for place, region in enumerate(table.regions):
        if region.sources:
            where = f"regions {region.name}"
            problems += _source_problems(region.sources, docs, file, where, ("regions", place))
    seen: dict[RowIdentity, int] = {}
    english: dict[str, set[str]] = defaultdict(set)
    units: dict[str, set[str]] = defaultdict(set)
    for index, row in enumerate(table.targets):
        where, path = (
            f"targets[{index}] {row.region} {row.year} {row.kind} {row.key or row.name}",
            (
                "targets",
                index,
            ),
        )
        messages = _row_messages(row)
        if row.identity() in seen:
            messages.append(f"same region, year, kind and key as targets[{seen[row.identity()]}]")
        seen.setdefault(row.identity(), index)
        problems += [Problem(file, where, message, path=path) for message in messages]
        if row.en.startswith(DRAFT_MARK):
            problems.append(Problem(file, where, "drafted: en still to translate", "note", path))
        problems.extend(_source_problems(row.sources, docs, file, where, path))
        english[row.indicator()].add(row.en)
        if row.unit is not None:
            units[row.indicator()].add(measure_of(row.unit))
        if row.key is None:
            # (trend, compare and search line rows up by Target.indicator: the name, till a key)
            note = "no key yet: it lines up only with keyless rows of the same name"
            problems.append(Problem(file, where, note, "note", path))
    for key, names in sorted(english.items()):
        if len(names) > 1:
            problems.append(Problem(file, f"key {key}", f"one key, several English names: {names}"))
    for key, found in sorted(units.items()):
        if len(found) > 1:
            message = f"one key, several measures: {sorted(found)}"
            problems.append(Problem(file, f"key {key}", message))
    return problems


def _region_problems(table: TargetTable, file: str) -> list[Problem]:
    """A spelling (name, English name or alias) that names two regions; a wrong code."""
    problems = []
    region_keys: dict[str, str] = {}
    for place, region in enumerate(table.regions):
        where = f"regions {region.name}"
        problems += [Problem(file, where, message, path=("regions", place))
                     for message in _code_messages(region, table)]  # fmt: skip
        if region.en.startswith(DRAFT_MARK):  # (a region jfq merge added for a row)
            problems.append(Problem(file, where, "drafted: en still to translate", "note",
                                    ("regions", place)))  # fmt: skip
        for spelling in (region.name, region.en, *region.aliases):
            key = fold(spelling)
            if region_keys.setdefault(key, region.name) != region.name:
                where, message = f"regions {region.name}", f"{spelling!r} names two regions"
                problems.append(Problem(file, where, message, path=("regions", place)))
    return problems


# GB/T 2260: a code's first two digits are its province's, the next two its city's.
_PREFIX = {"省": 2, "市": 4}


def _code_messages(region: Region, table: TargetTable) -> list[str]:
    """A code no quote of the region's sources states; a code outside its parent's."""
    if region.code is None:
        return []
    messages = []
    # the code as a number of its own (a 12-digit statistical code begins with it)
    stated = re.compile(rf"(?<!\d){region.code}(?:000000)?(?!\d)")
    if not any(stated.search(source.quote) for source in region.sources):
        messages.append(f"code {region.code} needs a source whose quote states it")
    parent = next((r for r in table.regions if r.name == region.parent), None)
    if parent is not None and parent.code is not None and parent.level in _PREFIX:
        digits = _PREFIX[parent.level]
        if region.code[:digits] != parent.code[:digits]:
            messages.append(f"code {region.code} is not within {parent.name}'s {parent.code}")
    return messages


def _row_messages(row: Target) -> list[str]:
    """What is wrong with one row on its own."""
    messages = []
    if row.key is not None and not re.fullmatch(r"[a-z][a-z0-9_]*", row.key):
        messages.append(f"key {row.key!r} should be lower_snake_case")
    if not MIN_YEAR <= row.year <= MAX_YEAR or (row.since is not None and row.since >= row.year):
        messages.append("year out of range (or since is not before year)")
    if row.comparator in _NEEDS_NO_VALUE:
        if row.value is not None:
            messages.append(f"a {row.comparator} figure carries no value")
    elif row.value is None:
        messages.append(f"a {row.comparator} figure needs a value")
    elif row.unit is None:
        messages.append("a figure with a value needs a unit")
    if (row.comparator == "range") != (row.value_max is not None):
        messages.append("value_max goes with comparator range, and only with it")
    elif row.value_max is not None and row.value is not None and row.value_max <= row.value:
        messages.append("value_max must be above value")
    if row.share_of_target is not None and row.kind != "actual":
        messages.append("share_of_target belongs to actual rows")
    if not any(quote_in_text(row.text, q) for q in _quotes(row.sources)):
        messages.append(f"text {row.text!r} is not within any of the row's quotes")
    for value in (row.value, row.value_max):
        if value is not None and not number_stated(value, row.text):
            messages.append(f"the value {value:g} is not written in the text {row.text!r}")
    return messages


def check_all(glossary: Glossary, table: TargetTable) -> list[Problem]:
    doc_ids = [d.id for d in glossary.documents]
    return check_glossary(glossary) + check_targets(table, doc_ids)
