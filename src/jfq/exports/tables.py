"""The data as related tables: what the SQLite file and the CSV data package both hold.

One description per table (its columns with their types and meaning, its keys)
serves both writers, so the SQLite schema and datapackage.json cannot drift apart;
a column that holds a model field is described as jfq.data.model describes it.
Rows are built from the model objects the index returns: documents, entries with
their aliases, nested parts, related entries and quotes, regions and target rows.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import field
from typing import Literal

from jfq.data.model import Component, Document, Region, Source, Target, Term
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


FieldColumn = tuple[str, ColumnType] | tuple[str, ColumnType, str]


def _fields(model: type, *spec: FieldColumn) -> list[Column]:
    """Columns that hold a model's fields: (field, type) or (field, type, column name).

    Each is described as jfq.data.model describes the field, and required unless the
    field may be left out (no value, or an empty list).
    """
    model_fields = {f.name: f for f in dataclasses.fields(model)}
    columns = []
    for name, kind, *renamed in spec:
        field_ = model_fields[name]
        required = field_.default is not None and field_.default_factory is dataclasses.MISSING
        columns.append(Column(renamed[0] if renamed else name, kind, field_.metadata["doc"],
                              required))  # fmt: skip
    return columns


_ID = _c("id", "integer", "Row number, in the order of the data file.", True)
_TERM_ID = _c("term_id", "integer", "The entry (terms.id).", True)
# The tables without their rows, in an order where each refers only to those before it.
SCHEMA = (
    Table("documents", "The source documents that quotes come from.", _fields(
        Document, ("id", "string"), ("title", "string"), ("en", "string"), ("date", "string"),
        ("region", "string"), ("url", "string"), ("kind", "string"), ("publisher", "string"),
    ), ["id"]),
    Table("terms", "The glossary entries: slogans, programmes and names.", [_ID, *_fields(
        Term, ("term", "string"), ("pinyin", "string"), ("en", "string"), ("scope", "string"),
        ("category", "string"), ("defined", "boolean"), ("definition", "string"),
        ("notes", "string"),
    )], ["id"]),
    Table("aliases", "Other spellings and short forms of an entry's name.", [
        _ID, _TERM_ID, _c("alias", "string", "The other spelling.", True),
    ], ["id"], [ForeignKey("term_id", "terms", "id")]),
    Table("parts", "The enumerated parts of a numbered slogan; groups nest their parts.", [
        _ID, _TERM_ID,
        _c("parent_id", "integer", "The group this part belongs to (parts.id), if any."),
        _c("position", "integer", "Place among its siblings, from 1.", True),
        *_fields(Component, ("label", "string"), ("text", "string"), ("en", "string"),
                 ("detail", "string")),
    ], ["id"], [ForeignKey("term_id", "terms", "id"), ForeignKey("parent_id", "parts", "id")]),
    Table("related", "Entries that an entry refers to.", [
        _TERM_ID, _c("related_id", "integer", "The entry it refers to (terms.id).", True),
    ], ["term_id", "related_id"],
       [ForeignKey("term_id", "terms", "id"), ForeignKey("related_id", "terms", "id")]),
    Table("regions", "The regions that targets are stated for.", _fields(
        Region, ("name", "string"), ("pinyin", "string"), ("en", "string"),
        ("parent", "string"), ("level", "string"), ("code", "string"),
    ), ["name"]),
    Table("region_aliases", "Other names of a region.", [
        _c("region", "string", "The region (regions.name).", True),
        _c("alias", "string", "The other name.", True),
    ], ["region", "alias"], [ForeignKey("region", "regions", "name")]),
    Table("targets", "Figures: targets the reports set and results they report.", [_ID, *_fields(
        Target, ("region", "string"), ("year", "integer"), ("since", "integer"),
        ("kind", "string"), ("tier", "string"), ("key", "string"), ("name", "string"),
        ("en", "string"), ("value", "number"), ("value_max", "number"), ("unit", "string"),
        ("comparator", "string"), ("direction", "string"), ("aim", "number"),
        ("measure", "string"), ("text", "string"), ("share_of_target", "number"),
        ("note", "string"),
    )], ["id"], [ForeignKey("region", "regions", "name")]),
    Table("quotes", "Verbatim passages of the sources: each supports an entry, a figure or a "
          "region's code.", [
        _ID,
        _c("term_id", "integer", "The entry it supports (terms.id), or empty."),
        _c("target_id", "integer", "The figure it states (targets.id), or empty."),
        _c("region", "string", "The region whose code it states (regions.name), or empty."),
        *_fields(Source, ("doc", "string"), ("url", "string"), ("title", "string"),
                 ("quote", "string"), ("note", "string"), ("start", "integer", "start_offset"),
                 ("end", "integer", "end_offset")),
    ], ["id"], [ForeignKey("term_id", "terms", "id"), ForeignKey("target_id", "targets", "id"),
                ForeignKey("region", "regions", "name"), ForeignKey("doc", "documents", "id")]),
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
    for region in regions:
        quotes.add(region.sources, region=region.name)
    return list(tables.values())


class _Quotes:
    """Numbers the quotes of entries and figures as they are added."""

    def __init__(self, rows: list[tuple[Value, ...]]) -> None:
        self.rows = rows

    def add(self, sources: list[Source], *, term_id: int | None = None,
            target_id: int | None = None, region: str | None = None) -> None:  # fmt: skip
        for s in sources:
            self.rows.append((len(self.rows) + 1, term_id, target_id, region, s.doc, s.url,
                              s.title, s.quote, s.note, s.start, s.end))  # fmt: skip


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
