"""``jfq validate``: a pair of data files against the schema, the integrity rules and, with a
corpus, the source texts."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from jfq.data.integrity import Problem, check_all
from jfq.data.model import Glossary, Source, TargetTable
from jfq.data.parse import line_finder, load_model
from jfq.data.quotes import quote_in_text
from jfq.data.records import Record, record
from jfq.data.texts import read_corpus


def check_quotes(glossary: Glossary, table: TargetTable, corpus: dict[str, str]) -> list[Problem]:
    """Every quote that cites a document of the corpus is verbatim in it; a document the
    corpus lacks is one problem, however many quotes cite it."""
    problems: list[Problem] = []
    unchecked: dict[str, dict[str, int]] = {}  # missing document -> file -> quotes citing it
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
                per_file = unchecked.setdefault(source.doc, {})
                per_file[file] = per_file.get(file, 0) + 1
                continue
            if not quote_in_text(source.quote, text):
                message = f"quote not verbatim in {source.doc}: {source.quote!r}"
            elif source.start is not None and text[source.start : source.end] != source.quote:
                where_in = f"start/end do not point at the quote in {source.doc}"
                message = f"{where_in}: {source.quote[:30]!r}"
            else:
                continue
            path = (part, index, "sources", place)
            problems.append(Problem(file, where, message, path=path))
    return _missing(glossary, unchecked) + problems


def _missing(glossary: Glossary, unchecked: dict[str, dict[str, int]]) -> list[Problem]:
    """One problem per document the corpus lacks, at its place in glossary.yaml."""
    places = {document.id: i for i, document in enumerate(glossary.documents)}
    problems = []
    for doc in sorted(unchecked, key=lambda d: (places.get(d, len(places)), d)):
        quotes = sum(unchecked[doc].values())
        message = f"not in the corpus ({quotes} quote{'s' * (quotes != 1)} unchecked)"
        path: tuple[str | int, ...] = ("documents", places[doc]) if doc in places else ()
        problems.append(Problem("glossary.yaml", doc, message, path=path))
    return problems


@record
class Report(Record):
    """What ``jfq validate`` found."""

    glossary: str
    targets: str
    corpus: str | None
    entries: int
    rows: int
    problems: list[Problem]
    missing_documents: list[str]  # cited documents the corpus does not hold

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def validate_files(glossary_path: Path, targets_path: Path, corpus: Path | None) -> Report:
    """Schema, integrity rules and (with a corpus) verbatim quotes of a pair of data files."""
    glossary = load_model(glossary_path, Glossary)
    table = load_model(targets_path, TargetTable)
    problems = check_all(glossary, table)
    missing: list[str] = []
    if corpus is not None:
        texts = read_corpus(corpus)
        problems += check_quotes(glossary, table, texts)
        sources = [s for t in glossary.terms for s in t.sources]
        cited = {s.doc for s in [*sources, *(s for r in table.targets for s in r.sources)]}
        missing = sorted(doc for doc in cited if doc is not None and doc not in texts)
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
        missing_documents=missing,
    )
