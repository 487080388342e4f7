"""What jfq extract drafts from a report: the items to review, and what it had to guess."""

from __future__ import annotations

from jfq.data.model import Document, Draft, Target, Term
from jfq.data.records import Record, record


@record
class Extraction(Record):
    source: str  # the file's name, or "-" for standard input
    encoding: str
    document: Document
    terms: list[Term]
    targets: list[Target]
    notes: list[str]  # what had to be guessed, and what to review

    def draft(self) -> Draft:
        """The items alone, as jfq merge takes them."""
        return Draft(documents=[self.document], terms=self.terms, targets=self.targets)


@record
class Extractions(Record):
    """What jfq extract drafts from several reports: one draft of them all, or one a line."""

    reports: list[Extraction]

    def draft(self) -> Draft:
        return Draft(
            documents=[r.document for r in self.reports],
            terms=[t for r in self.reports for t in r.terms],
            targets=[t for r in self.reports for t in r.targets],
        )
