"""``jfq source``: one document of sources/, who cites it, and a quote in its passage."""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Sequence

from jfq.data.files import DataFiles, source_files
from jfq.data.model import Document, Passage, Source
from jfq.data.passages import holding, spans_in_passages
from jfq.data.quotes import parts, quote_spans
from jfq.data.records import Record, record
from jfq.data.sources import find_document, load_document
from jfq.errors import NotFound, UsageError
from jfq.search.index import Index


@record
class Citation(Record):
    name: str  # an entry's name, or a row's region, year, kind and indicator
    quotes: int  # how many of its quotes are from the document


@record
class Marked(Record):
    """The passage that holds a quote, and where the quote's parts are in it."""

    quote: str
    passage: Passage
    marks: list[tuple[int, int]]  # [start, end) of each part, in the passage's text

    def marked(self, opening: str = "【", closing: str = "】") -> str:
        """The passage with each part of the quote between ``opening`` and ``closing``."""
        text, out, position = self.passage.text, [], 0
        for start, end in self.marks:
            out += [text[position:start], opening, text[start:end], closing]
            position = end
        return "".join([*out, text[position:]])


@record
class SourceView(Record):
    document: Document
    file: str  # the sources file
    entries: list[Citation]  # glossary entries that quote it
    rows: list[Citation]  # target rows that quote it
    regions: list[Citation]  # regions whose code it states
    around: list[Marked] | None  # with --around: the passages that hold the quote, marked


def source(files: DataFiles, index: Index, query: str, around: str | None = None) -> SourceView:
    """The document ``query`` names (its id, or the short id the screens show: 004)."""
    path = find_document(files.folder, query.strip())
    if path is None:
        raise _unknown(files, query)
    document = load_document(path)
    entries = [Citation(t.term, n) for t in index.terms() if (n := _quoting(t.sources, document))]
    rows = [
        Citation(f"{r.region} {r.year} {r.kind} {r.indicator()}", n)
        for r in index.all_targets()
        if (n := _quoting(r.sources, document))
    ]
    regions = [Citation(r.name, n) for r in index.regions() if (n := _quoting(r.sources, document))]
    marked = None if around is None else marked_in(document, around)
    return SourceView(document, str(path), entries, rows, regions, marked)


def _quoting(sources: Sequence[Source], document: Document) -> int:
    return sum(1 for s in sources if s.doc == document.id)


def _unknown(files: DataFiles, query: str) -> NotFound:
    ids = [path.stem for path in source_files(files.folder)]
    shorts = Counter(i.split("_")[0] for i in ids)
    names = ids + [short for short, count in shorts.items() if count == 1 and short not in ids]
    close = difflib.get_close_matches(query, names, n=5, cutoff=0.5)
    close = close or [i for i in ids if query and query.casefold() in i.casefold()][:5]
    hint = f"close: {', '.join(close)}" if close else "jfq overview lists the documents"
    return NotFound(f"no document {_short_text(query)} in {files.folder / 'sources'}", hint=hint,
                    details={"query": query, "suggestions": close})  # fmt: skip


def marked_in(document: Document, quote: str) -> list[Marked]:
    """The passages that hold the quote, each with its parts marked: the first passage that
    holds the whole quote, else the parts where validate finds them (a heading and its
    line, joined by '…', may be two paragraphs apart)."""
    if not parts(quote):
        raise UsageError("--around needs the words of a quote", hint="e.g. --around 零上访")
    for passage in holding(quote, document.passages):
        spans = quote_spans(quote, passage.text)
        if spans:
            return [Marked(quote, passage, spans)]
    placed = spans_in_passages(quote, document.passages)
    if placed is None:
        wrapped = _across_line_breaks(quote, document.passages)
        if wrapped is not None:
            return [wrapped]
        raise NotFound(
            f"the quote is not in the passages of {document.id}: {_short_text(quote)}",
            hint="a quote is verbatim: copy it from jfq term or jfq targets",
            details={"query": quote, "document": document.id},
        )
    return [Marked(quote, document.passages[i], spans) for i, spans in placed.items()]


def _across_line_breaks(quote: str, passages: Sequence[Passage]) -> Marked | None:
    """The first passage that holds the quote with a line break inside it, marked there."""
    for passage in passages:
        spans = quote_spans(quote, passage.text, across_breaks=True)
        if spans:
            return Marked(quote, passage, spans)
    return None


def _short_text(text: str, limit: int = 80) -> str:
    """A query as an error repeats it: cut, so a pasted page does not fill the screen."""
    return repr(text if len(text) <= limit else text[:limit] + "…")
