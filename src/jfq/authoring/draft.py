"""What jfq extract drafts from a report: the items to review, and what it had to guess."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import field
from typing import Any

from jfq.data.integrity import measure_of
from jfq.data.model import Document, Draft, Region, Target, Term
from jfq.data.records import Record, record


@record
class Extraction(Record):
    source: str  # the file's name, or "-" for standard input
    encoding: str
    document: Document
    terms: list[Term]
    targets: list[Target]
    notes: list[str]  # what had to be guessed, and what to review
    # the regions its rows name that the data does not know, for the reviewer to name in
    # English (jfq merge would add each with a placeholder)
    regions: list[Region]

    def draft(self) -> Draft:
        """The items alone, as jfq merge takes them."""
        return Draft(
            documents=[self.document], terms=self.terms, regions=self.regions, targets=self.targets
        )


@record
class Extractions(Record):
    """What jfq extract drafts from several reports: one draft of them all, or one a line."""

    reports: list[Extraction]
    # what was not read, and why: a folder's hidden files, a PDF, a report that fails
    notes: list[str] = field(default_factory=list)

    def draft(self) -> Draft:
        return Draft(
            documents=[r.document for r in self.reports],
            terms=[t for r in self.reports for t in r.terms],
            regions=list({g.name: g for r in self.reports for g in r.regions}.values()),
            targets=[t for r in self.reports for t in r.targets],
        )


def regions_new_to(rows: list[Target], known: Mapping[str, str] | None) -> list[Region]:
    """The regions the rows name that the data (``known``: its names and aliases) does not
    know, each with its English to fill in; none when no data was given."""
    if known is None:
        return []
    names = dict.fromkeys(r.region for r in rows if r.region not in known)
    return [Region(name=name, pinyin="", en=f"(to translate) {name}") for name in names]


def keys_measured_alike(reports: Extractions, measured: Mapping[str, set[str]]) -> Extractions:
    """The reports less the keys given to rows that measure another thing than the data's
    rows of that key (``measured``: each key's measures, 吨 or 斤): 粮食产量稳定在1.2万吨以上
    drafted grain_output, which the data counts in 斤, and merge refused the draft.  Such a
    row keeps its name and loses its key, and the report's notes say so: keys stay optional."""
    kept = []
    for report in reports.reports:
        rows, notes = [], list(report.notes)
        for row in report.targets:
            known = measured.get(row.key or "")
            if row.key and row.unit and known and measure_of(row.unit) not in known:
                notes.append(f"key {row.key} left off {row.name} ({row.unit}): the data "
                             f"measures it in {'/'.join(sorted(known))}")  # fmt: skip
                row = Target(**{**_fields(row), "key": None})  # noqa: PLW2901 (a copy)
            rows.append(row)
        kept.append(Extraction(**{**_fields(report), "targets": rows, "notes": notes}))
    return Extractions(kept, reports.notes)


def _fields(item: Record) -> dict[str, Any]:
    return {name: getattr(item, name) for name, _, _ in item._record_fields}


def measures_by_key(rows: Iterable[Target]) -> dict[str, set[str]]:
    """What the data measures each key in (grain_output: 斤), from its rows."""
    measured: dict[str, set[str]] = {}
    for row in rows:
        if row.key and row.unit:
            measured.setdefault(row.key, set()).add(measure_of(row.unit))
    return measured
