"""What jfq extract drafts from a report: the items to review, and what it had to guess."""

from __future__ import annotations

from collections.abc import Mapping

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
