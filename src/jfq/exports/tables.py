"""The data as related tables: what the SQLite file and the CSV data package both hold.

One description per table (its columns with their types and meaning, its keys)
serves both writers, so the SQLite schema and datapackage.json cannot drift apart.
Rows are built from the model objects the index returns: documents, entries with
their aliases, nested parts, related entries and quotes, regions and target rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import field
from typing import Literal

from jfq.data.model import Component, Source, Target, Term
from jfq.data.records import Record, record
from jfq.search.index import Index

ColumnType = Literal["integer", "number", "string", "boolean"]
Value = str | int | float | bool | None


@record
class Column(Record):
    name: str
    type: ColumnType
    description: str
    required: bool = False


@record
class ForeignKey(Record):
    column: str
    table: str  # the table referred to (the same one for a self-reference)
    target: str  # its column


@record
class Table(Record):
    name: str
    description: str
    columns: list[Column]
    primary_key: list[str]
    foreign_keys: list[ForeignKey] = field(default_factory=list)
    rows: list[tuple[Value, ...]] = field(default_factory=list)


def _c(name: str, kind: ColumnType, description: str, required: bool = False) -> Column:
    return Column(name, kind, description, required)


# The tables without their rows, in an order where each refers only to those before it.
SCHEMA = (
    Table("documents", "The source documents that quotes come from.", [
        _c("id", "string", "Stable id, the seed file's name without .txt.", True),
        _c("title", "string", "Title as the document gives it, in Chinese.", True),
        _c("en", "string", "What the document is, in English.", True),
        _c("date", "string", "Date or month of the document (YYYY, YYYY-MM or YYYY-MM-DD).",
           True),
        _c("region", "string", "Region the document is about.", True),
        _c("url", "string", "Where the document was published, if known."),
        _c("kind", "string", "report, news summary, forum repost or official page."),
        _c("publisher", "string", "Who published it."),
    ], ["id"]),
    Table("terms", "The glossary entries: slogans, programmes and names.", [
        _c("id", "integer", "Entry number, in the order of glossary.yaml.", True),
        _c("term", "string", "Canonical Chinese name.", True),
        _c("pinyin", "string", "Toneless pinyin of the name.", True),
        _c("en", "string", "English rendering.", True),
        _c("scope", "string", "Whose term it is: 国家, 省, 市, 区 or 示范区.", True),
        _c("category", "string", "Subject area.", True),
        _c("defined", "boolean", "False when the sources use the term without explaining it.",
           True),
        _c("definition", "string", "The explanation a source gives, quoted exactly."),
        _c("notes", "string", "Gaps and problems in the sources, one per line."),
    ], ["id"]),
    Table("aliases", "Other spellings and short forms of an entry's name.", [
        _c("id", "integer", "Alias number.", True),
        _c("term_id", "integer", "The entry (terms.id).", True),
        _c("alias", "string", "The other spelling.", True),
    ], ["id"], [ForeignKey("term_id", "terms", "id")]),
    Table("parts", "The enumerated parts of a numbered slogan; groups nest their parts.", [
        _c("id", "integer", "Part number.", True),
        _c("term_id", "integer", "The entry (terms.id).", True),
        _c("parent_id", "integer", "The group this part belongs to (parts.id), if any."),
        _c("position", "integer", "Place among its siblings, from 1.", True),
        _c("label", "string", "The marker of the slogan it stands for (3, 四区, 实事三)."),
        _c("text", "string", "The part as the source words it.", True),
        _c("en", "string", "English rendering of the part."),
        _c("detail", "string", "The source's own explanation of the part, verbatim."),
    ], ["id"], [ForeignKey("term_id", "terms", "id"), ForeignKey("parent_id", "parts", "id")]),
    Table("related", "Entries that an entry refers to.", [
        _c("term_id", "integer", "The entry (terms.id).", True),
        _c("related_id", "integer", "The entry it refers to (terms.id).", True),
    ], ["term_id", "related_id"],
       [ForeignKey("term_id", "terms", "id"), ForeignKey("related_id", "terms", "id")]),
    Table("regions", "The regions that targets are stated for.", [
        _c("name", "string", "Chinese name.", True),
        _c("pinyin", "string", "Toneless pinyin of the name.", True),
        _c("en", "string", "English name.", True),
        _c("parent", "string", "The region this one belongs to."),
        _c("level", "string", "Level of government: 国家, 省, 市, 区县 or 功能区."),
        _c("code", "string", "Administrative division code (GB/T 2260)."),
    ], ["name"]),
    Table("region_aliases", "Other names of a region.", [
        _c("region", "string", "The region (regions.name).", True),
        _c("alias", "string", "The other name.", True),
    ], ["region", "alias"], [ForeignKey("region", "regions", "name")]),
    Table("targets", "Figures: targets the reports set and results they report.", [
        _c("id", "integer", "Row number, in the order of targets.yaml.", True),
        _c("region", "string", "The region (regions.name).", True),
        _c("year", "integer", "The year the figure is for.", True),
        _c("since", "integer", "First year of a figure over several years."),
        _c("kind", "string", "target (set ahead) or actual (achieved).", True),
        _c("tier", "string", "headline (主要预期目标) or task.", True),
        _c("key", "string", "Indicator id that lines up across years and regions.", True),
        _c("name", "string", "Indicator name as the source writes it.", True),
        _c("en", "string", "Indicator name in English.", True),
        _c("value", "number", "The number; empty for a qualitative target."),
        _c("value_max", "number", "Upper end of a range."),
        _c("unit", "string", "Unit of value, as the source writes it."),
        _c("comparator", "string", "about, at_least, at_most, nearly, exact, range, in_step "
           "or qualitative.", True),
        _c("direction", "string", "down for a decrease; up for a stated increase."),
        _c("aim", "number", "The higher figure a target strives for (力争)."),
        _c("measure", "string", "cumulative, average, rank or share."),
        _c("text", "string", "The source's exact phrase for the figure.", True),
        _c("share_of_target", "number", "Share of its target achieved, in percent."),
        _c("note", "string", "What the reader should know about this figure."),
    ], ["id"], [ForeignKey("region", "regions", "name")]),
    Table("quotes", "Verbatim passages of the sources: each supports an entry or a figure.", [
        _c("id", "integer", "Quote number.", True),
        _c("term_id", "integer", "The entry it supports (terms.id), or empty."),
        _c("target_id", "integer", "The figure it states (targets.id), or empty."),
        _c("doc", "string", "The document it is from (documents.id), or empty for a "
           "public page given by url."),
        _c("url", "string", "For a public page outside the documents: its address."),
        _c("title", "string", "Title of that public page."),
        _c("quote", "string", "The passage, copied exactly ('…' marks an omission).", True),
        _c("note", "string", "What the reader should know about this passage."),
        _c("start_offset", "integer", "Character offset of the quote in the document."),
        _c("end_offset", "integer", "Offset just after the quote."),
    ], ["id"], [ForeignKey("term_id", "terms", "id"), ForeignKey("target_id", "targets", "id"),
                ForeignKey("doc", "documents", "id")]),
)  # fmt: skip


def build_tables(index: Index) -> list[Table]:
    """Every table with its rows, from the index of the data files."""
    tables = {t.name: Table(t.name, t.description, t.columns, t.primary_key, t.foreign_keys)
              for t in SCHEMA}  # fmt: skip
    tables["documents"].rows = [
        (d.id, d.title, d.en, d.date, d.region, d.url, d.kind, d.publisher)
        for d in index.documents()
    ]
    terms = index.terms()
    quotes = _Quotes(tables["quotes"].rows)
    _glossary_rows(tables, terms, quotes)
    regions = index.regions()
    tables["regions"].rows = [(r.name, r.pinyin, r.en, r.parent, r.level, r.code) for r in regions]
    tables["region_aliases"].rows = [(r.name, a) for r in regions for a in dict.fromkeys(r.aliases)]
    for target_id, row in enumerate(index.all_targets(), start=1):
        tables["targets"].rows.append(_target_row(target_id, row))
        quotes.add(row.sources, target_id=target_id)
    return list(tables.values())


class _Quotes:
    """Numbers the quotes of entries and figures as they are added."""

    def __init__(self, rows: list[tuple[Value, ...]]) -> None:
        self.rows = rows

    def add(self, sources: list[Source], *, term_id: int | None = None,
            target_id: int | None = None) -> None:  # fmt: skip
        for s in sources:
            self.rows.append((len(self.rows) + 1, term_id, target_id, s.doc, s.url, s.title,
                              s.quote, s.note, s.start, s.end))  # fmt: skip


def _glossary_rows(tables: dict[str, Table], terms: list[Term], quotes: _Quotes) -> None:
    ids = {term.term: term_id for term_id, term in enumerate(terms, start=1)}
    for term_id, term in enumerate(terms, start=1):
        tables["terms"].rows.append((
            term_id, term.term, term.pinyin, term.en, term.scope, term.category, term.defined,
            term.definition, "\n".join(term.notes) or None,
        ))  # fmt: skip
        aliases = tables["aliases"].rows
        aliases += [(len(aliases) + i, term_id, a) for i, a in enumerate(term.aliases, start=1)]
        parts = tables["parts"].rows
        parts += _part_rows(term.components, term_id, None, len(parts))
        related = dict.fromkeys(ids[name] for name in term.related if name in ids)
        tables["related"].rows += [(term_id, other) for other in related]
        quotes.add(term.sources, term_id=term_id)


def _part_rows(components: list[Component], term_id: int, parent: int | None,
               before: int) -> Iterator[tuple[Value, ...]]:  # fmt: skip
    """The parts depth first, each numbered after the ``before`` rows already there."""
    number = before
    for position, part in enumerate(components, start=1):
        number += 1
        yield number, term_id, parent, position, part.label, part.text, part.en, part.detail
        children = list(_part_rows(part.items, term_id, number, number))
        yield from children
        number += len(children)


def _target_row(target_id: int, t: Target) -> tuple[Value, ...]:
    return (target_id, t.region, t.year, t.since, t.kind, t.tier, t.key, t.name, t.en, t.value,
            t.value_max, t.unit, t.comparator, t.direction, t.aim, t.measure, t.text,
            t.share_of_target, t.note)  # fmt: skip
