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
