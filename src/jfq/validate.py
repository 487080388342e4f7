"""Integrity rules for the data files, beyond what the schema checks.

Used by ``jfq validate``, by the test suite and by ``jfq extract --merge``.  Each
rule returns Problems; an empty list means the data is sound.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from jfq.model import (
    MAX_YEAR,
    MIN_YEAR,
    Component,
    Glossary,
    Source,
    TargetTable,
    Term,
    number,
    walk,
)
from jfq.normalize import fold
from jfq.records import Record, record

_ELLIPSIS = re.compile(r"…+")
DRAFT_MARK = "(to "  # jfq extract writes "(to translate) …" where a person must fill in
_NUMERAL = re.compile(r"[0-9]+|[一二两三四五六七八九十]+|多|(?<=\+)N")
_PARENTHETICAL = re.compile(r"[（(][^）)]*[）)]")
_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


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
Path_ = tuple[str | int, ...]
Reference = tuple[tuple[str | int, ...], str, str]  # (path, entry, message)


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


def quote_in_text(quote: str, text: str) -> bool:
    """True when the quote's parts ('…' marks an omission) appear in ``text``, in order."""
    position = 0
    for part in _ELLIPSIS.split(quote):
        if not part:
            continue
        found = text.find(part, position)
        if found < 0:
            return False
        position = found + len(part)
    return True


def within_quotes(text: str, quotes: Sequence[str]) -> bool:
    """True when every '…'-separated part of ``text`` lies inside one of ``quotes``.

    A definition may join passages of two quotes (六稳 and 六保 are defined in two
    sentences); the ellipsis shows the join, and each part is still verbatim.
    """
    parts = [part for part in _ELLIPSIS.split(text) if part]
    return bool(parts) and all(any(part in quote for quote in quotes) for part in parts)


# -- numbers stated by a slogan's name ------------------------------------------------


def _chinese_number(numeral: str) -> set[int]:
    """Readings of a numeral: 三 -> {3}; 十 -> {10}; 三十 -> {30, 3} (三十工程 is three tens)."""
    if numeral.isdigit():
        return {int(numeral)}
    if numeral == "十":
        return {10}
    if len(numeral) == 1:
        return {_DIGITS[numeral]}
    if "十" in numeral:
        tens, _, units = numeral.partition("十")
        value = (_DIGITS.get(tens, 1) if tens else 1) * 10 + (_DIGITS.get(units, 0) if units else 0)
        return {value, _DIGITS.get(numeral[0], value)}
    return {_DIGITS[numeral[0]]}


def stated_counts(name: str) -> list[set[int] | None]:
    """The counts a slogan's name states, one per numbered segment; None stands for 多/N.

    三零 -> [{3}]; 334 -> [{3}, {3}, {4}]; 四区四中心 -> [{4}, {4}];
    三个一批 -> [{3}] (the 一 of 一批 is part of the item, not a count).
    """
    name = _PARENTHETICAL.sub("", name)
    name = re.sub(r"个一", "个", name)
    counts: list[set[int] | None] = []
    for token in _NUMERAL.findall(name):
        if token in ("多", "N"):
            counts.append(None)
        elif token.isdigit() and len(token) > 1 and "+" not in name:
            counts.extend({int(d)} for d in token)  # 334, 25311: one group per digit
        else:
            counts.append(_chinese_number(token))
    return counts


def count_problems(name: str, components: Sequence[Component]) -> list[str]:
    """Where the parts do not add up to what the name states (empty when they do)."""
    if not components:
        return []
    counts = stated_counts(name)
    problems = []
    if len(counts) == 1:
        expected = counts[0]
        if expected is not None and len(components) not in expected:
            want = " or ".join(str(n) for n in sorted(expected))
            problems.append(f"{name!r} states {want} parts, components list {len(components)}")
    elif len(counts) > 1:
        if len(counts) != len(components):
            problems.append(
                f"{name!r} names {len(counts)} groups, components list {len(components)}"
            )
        else:
            for expected, group in zip(counts, components, strict=True):
                if expected is not None and group.items and len(group.items) not in expected:
                    want = " or ".join(str(n) for n in sorted(expected))
                    problems.append(
                        f"group {group.text!r} of {name!r} should have {want} parts, "
                        f"has {len(group.items)}"
                    )
    for group in components:
        if group.items:
            problems.extend(count_problems(group.label or group.text, group.items))
    return problems


# -- glossary ---------------------------------------------------------------------------


def _quotes(sources: Sequence[Source]) -> list[str]:
    return [source.quote for source in sources]


def _references(part: str, data: Record, file: str) -> list[Problem]:
    from jfq.schema import to_plain

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
            message: str, severity: str = "error", where: str = where, path: Path_ = path
        ) -> None:
            problems.append(Problem(file, where, message, severity, path))

        places: list[tuple[str, Path_]] = [(term.term, (*path, "term"))]
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


def _source_problems(
    sources: Sequence[Source], doc_ids: set[str] | None, file: str, where: str, path: Path_
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
    problems = _references("targets", table, file)
    docs = set(doc_ids)
    region_keys: dict[str, str] = {}
    for place, region in enumerate(table.regions):
        for spelling in (region.name, region.en, *region.aliases):
            key = fold(spelling)
            if region_keys.setdefault(key, region.name) != region.name:
                where, message = f"regions {region.name}", f"{spelling!r} names two regions"
                problems.append(Problem(file, where, message, path=("regions", place)))
    seen: dict[tuple[object, ...], int] = {}
    english: dict[str, set[str]] = defaultdict(set)
    units: dict[str, set[str]] = defaultdict(set)
    for index, row in enumerate(table.targets):
        where, path = (
            f"targets[{index}] {row.region} {row.year} {row.kind} {row.key}",
            (
                "targets",
                index,
            ),
        )

        def add(message: str, where: str = where, path: Path_ = path) -> None:
            problems.append(Problem(file, where, message, path=path))

        identity = (row.region, row.year, row.since, row.kind, row.key)
        if identity in seen:
            add(f"same region, year, kind and key as targets[{seen[identity]}]")
        seen.setdefault(identity, index)
        english[row.key].add(row.en)
        if row.en.startswith(DRAFT_MARK):
            problems.append(Problem(file, where, "drafted: en still to translate", "note", path))
        if row.unit is not None:
            units[row.key].add(row.unit)
        if not re.fullmatch(r"[a-z][a-z0-9_]*", row.key):
            add(f"key {row.key!r} should be lower_snake_case")
        if not MIN_YEAR <= row.year <= MAX_YEAR or (
            row.since is not None and not row.since < row.year
        ):
            add("year out of range (or since is not before year)")
        if row.comparator in _NEEDS_NO_VALUE:
            if row.value is not None:
                add(f"a {row.comparator} figure carries no value")
        elif row.value is None:
            add(f"a {row.comparator} figure needs a value")
        elif row.unit is None:
            add("a figure with a value needs a unit")
        if (row.comparator == "range") != (row.value_max is not None):
            add("value_max goes with comparator range, and only with it")
        elif row.value_max is not None and row.value is not None and row.value_max <= row.value:
            add("value_max must be above value")
        if row.share_of_target is not None and row.kind != "actual":
            add("share_of_target belongs to actual rows")
        problems.extend(_source_problems(row.sources, docs, file, where, path))
        if not any(quote_in_text(row.text, q) for q in _quotes(row.sources)):
            add(f"text {row.text!r} is not within any of the row's quotes")
        for value in (row.value, row.value_max):
            if value is not None and not number_stated(value, row.text):
                add(f"the value {value:g} is not written in the text {row.text!r}")
    for key, names in sorted(english.items()):
        if len(names) > 1:
            problems.append(Problem(file, f"key {key}", f"one key, several English names: {names}"))
    for key, found in sorted(units.items()):
        if len(found) > 1:
            problems.append(Problem(file, f"key {key}", f"one key, several units: {sorted(found)}"))
    return problems


def number_stated(value: float, text: str) -> bool:
    """True when ``text`` writes ``value``: 4310 in 新增就业4310人, 10 in 十大民生实事."""
    if re.search(
        rf"(?<![\d.]){re.escape(number(value))}(?![\d])", unicodedata.normalize("NFKC", text)
    ):
        return True
    numerals = {v: k for k, v in _DIGITS.items() if k != "两"} | {10: "十", 2: "两"}
    return float(value).is_integer() and numerals.get(int(value), "\0") in text


# -- quotes against the source texts -----------------------------------------------------


def check_quotes(glossary: Glossary, table: TargetTable, corpus: dict[str, str]) -> list[Problem]:
    """Every quote that cites a document of the corpus is verbatim in it."""
    problems: list[Problem] = []
    items: list[tuple[str, str, str, int, Sequence[Source]]] = [
        ("glossary.yaml", f"terms[{i}] {t.term}", "terms", i, t.sources)
        for i, t in enumerate(glossary.terms)
    ]
    items += [
        ("targets.yaml", f"targets[{i}] {r.region} {r.year} {r.kind} {r.key}", "targets", i,
         r.sources)
        for i, r in enumerate(table.targets)
    ]  # fmt: skip
    for file, where, part, index, sources in items:
        for place, source in enumerate(sources):
            if source.doc is None:
                continue
            text = corpus.get(source.doc)
            if text is None:
                message = f"document {source.doc!r} not in corpus"
            elif not quote_in_text(source.quote, text):
                message = f"quote not verbatim in {source.doc}: {source.quote!r}"
            elif source.start is not None and text[source.start : source.end] != source.quote:
                where_in = f"start/end do not point at the quote in {source.doc}"
                message = f"{where_in}: {source.quote[:30]!r}"
            else:
                continue
            path = (part, index, "sources", place)
            problems.append(Problem(file, where, message, path=path))
    return problems


def check_all(glossary: Glossary, table: TargetTable) -> list[Problem]:
    doc_ids = [d.id for d in glossary.documents]
    return check_glossary(glossary) + check_targets(table, doc_ids)


@record
class Report(Record):
    """What ``jfq validate`` found."""

    glossary: str
    targets: str
    corpus: str | None
    entries: int
    rows: int
    problems: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def validate_files(glossary_path: Path, targets_path: Path, corpus: Path | None) -> Report:
    """Schema, integrity rules and (with a corpus) verbatim quotes of a pair of data files."""
    from jfq.datafiles import load_model

    glossary = load_model(glossary_path, Glossary)
    table = load_model(targets_path, TargetTable)
    problems = check_all(glossary, table)
    if corpus is not None:
        from jfq.texts import read_corpus

        problems += check_quotes(glossary, table, read_corpus(corpus))
    from jfq.datafiles import line_finder

    lines = {"glossary.yaml": line_finder(glossary_path), "targets.yaml": line_finder(targets_path)}
    for problem in problems:
        if problem.path and problem.file in lines:
            problem.line = lines[problem.file](problem.path)
    return Report(
        glossary=str(glossary_path),
        targets=str(targets_path),
        corpus=None if corpus is None else str(corpus),
        entries=len(glossary.terms),
        rows=len(table.targets),
        problems=problems,
    )
