"""``jfq validate``: a data folder against the schema, the integrity rules and the texts
its quotes are taken from.

Every quote is checked against its document's passages in sources/; with a corpus
(a folder of full texts, <id>.txt), against the full text instead, for the documents
the corpus holds.  A document with neither is one problem, however many quotes cite it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from jfq.data.integrity import Problem, check_all
from jfq.data.model import Document, Glossary, Source, TargetTable
from jfq.data.parse import line_finder, load_model
from jfq.data.passages import in_passages, offsets_fit
from jfq.data.quotes import quote_in_text
from jfq.data.records import Record, record
from jfq.data.sources import load_glossary
from jfq.data.texts import read_corpus

Cited = tuple[str, str, str, int, Sequence[Source]]  # file, entry, part, index, sources


def _cited(glossary: Glossary, table: TargetTable) -> list[Cited]:
    items: list[Cited] = [
        ("glossary.yaml", f"terms[{i}] {t.term}", "terms", i, t.sources)
        for i, t in enumerate(glossary.terms)
    ]
    items += [
        ("targets.yaml", f"targets[{i}] {r.region} {r.year} {r.kind} {r.indicator()}",
         "targets", i, r.sources)
        for i, r in enumerate(table.targets)
    ]  # fmt: skip
    items += [
        ("targets.yaml", f"regions[{i}] {r.name}", "regions", i, r.sources)
        for i, r in enumerate(table.regions)
        if r.sources
    ]
    return items


def _in_text(text: str) -> Callable[[Source], str | None]:
    """What is wrong with a quote, judged by a document's full text."""

    def check(source: Source) -> str | None:
        if not quote_in_text(source.quote, text):
            return f"quote not verbatim in {source.doc}: {source.quote!r}"
        if source.start is not None and text[source.start : source.end] != source.quote:
            return f"start/end do not point at the quote in {source.doc}: {source.quote[:30]!r}"
        return None

    return check


def _in_passages(document: Document) -> Callable[[Source], str | None]:
    """What is wrong with a quote, judged by its document's passages in sources/."""

    def check(source: Source) -> str | None:
        if not in_passages(source.quote, document.passages):
            return f"quote not in the passages of sources/{document.id}.yaml: {source.quote!r}"
        if source.start is not None and source.end is not None:
            fits = offsets_fit(source.quote, source.start, source.end, document.passages)
            if fits is False:
                where = f"start/end do not point at the quote in {source.doc}"
                return f"{where}: {source.quote[:30]!r}"
        return None

    return check


def check_quotes(
    glossary: Glossary, table: TargetTable, corpus: dict[str, str] | None = None
) -> tuple[list[Problem], int, int]:
    """Every quote against its document's full text (the corpus's) or else its passages
    (the documents of sources/ carry them); a document with neither is one problem,
    however many quotes cite it.  Also: how many quotes and documents were checked."""
    corpus = corpus or {}
    passages = {d.id: d for d in glossary.documents if d.passages}
    checkers: dict[str, Callable[[Source], str | None]] = {}
    problems: list[Problem] = []
    unchecked: dict[str, int] = {}  # a document with no text -> quotes citing it
    checked: set[str] = set()
    quotes = 0
    for file, where, part, index, sources in _cited(glossary, table):
        for place, source in enumerate(sources):
            doc = source.doc
            if doc is None:
                continue
            if doc not in checkers:
                text = corpus.get(doc)
                document = passages.get(doc)
                if text is not None:
                    checkers[doc] = _in_text(text)
                elif document is not None:
                    checkers[doc] = _in_passages(document)
            if doc not in checkers:
                unchecked[doc] = unchecked.get(doc, 0) + 1
                continue
            quotes += 1
            checked.add(doc)
            message = checkers[doc](source)
            if message is not None:
                path = (part, index, "sources", place)
                problems.append(Problem(file, where, message, path=path))
    return _missing(glossary, unchecked, bool(corpus)) + problems, quotes, len(checked)


def _missing(glossary: Glossary, unchecked: dict[str, int], corpus: bool) -> list[Problem]:
    """One problem per document with no text to check its quotes against."""
    places = {document.id: i for i, document in enumerate(glossary.documents)}
    nowhere = "not in the corpus, nor in sources/" if corpus else "no passages in sources/"
    problems = []
    for doc in sorted(unchecked, key=lambda d: (places.get(d, len(places)), d)):
        quotes = unchecked[doc]
        message = f"{nowhere} ({quotes} quote{'s' * (quotes != 1)} unchecked)"
        problems.append(Problem("sources/", doc, message))
    return problems


@record
class Report(Record):
    """What ``jfq validate`` found."""

    glossary: str
    targets: str
    corpus: str | None
    entries: int
    rows: int
    quotes: int  # quotes checked against a text
    documents: int  # documents they were checked against
    problems: list[Problem]
    missing_documents: list[str]  # cited documents with no text to check them against

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def validate_files(glossary_path: Path, targets_path: Path, corpus: Path | None) -> Report:
    """Schema, integrity rules and verbatim quotes of a data folder (its glossary.yaml,
    targets.yaml and sources/), the quotes against ``corpus``'s full texts where it has them."""
    glossary = load_glossary(glossary_path)
    table = load_model(targets_path, TargetTable)
    problems = check_all(glossary, table)
    texts, unread = read_corpus(corpus) if corpus is not None else (None, [])
    found, quotes, documents = check_quotes(glossary, table, texts)
    # A text that cannot be read checks no quote: its document's are checked against its
    # passages in sources/, or it has no text (_missing); the note says which file and why.
    problems += [Problem(str(corpus), "not read", skipped.error + (f" ({skipped.hint})" if
                         skipped.hint else ""), severity="note") for skipped in unread]  # fmt: skip
    problems += found
    missing = [p.where for p in found if p.file == "sources/"]
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
        quotes=quotes,
        documents=documents,
        problems=problems,
        missing_documents=missing,
    )
