"""A text annotated with its terms (jfq annotate) in every format, and as a CAT term list.

Text shows the text itself with each use marked, [三零]¹, and the entries by number
under it; JSON and YAML give every use with its offsets; CSV and Markdown one row
per use; TSV the terms the text uses, as a glossary a CAT tool imports (OmegaT's
form: term, English, comment).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jfq.data.convert import to_plain
from jfq.exports.termbase import tsv_text
from jfq.render import Renderer, Table
from jfq.render.wording import annotation_summary

if TYPE_CHECKING:
    from jfq.authoring.annotate import Annotation, Occurrence
    from jfq.render.layout import Cell, Line
    from jfq.render.text import Context

OCCURRENCE_COLUMNS = ["number", "term", "how", "spelling", "en", "text", "line", "column",
                      "start", "end"]  # fmt: skip
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def mark(number: int) -> str:
    return str(number).translate(_SUPERSCRIPT)


def _plain(result: Annotation) -> Any:
    """Everything but the text itself, which the reader has: offsets point into it."""
    return {
        "source": result.source,
        "encoding": result.encoding,
        "characters": len(result.text),
        "terms": [
            {"number": use.number, **to_plain(use.entry), "occurrences": to_plain(use.occurrences)}
            for use in result.uses
        ],
    }


def _table(result: Annotation) -> Table:
    rows = [
        [str(use.number), use.entry.term, o.how, o.spelling, o.en or "", o.text, str(o.line),
         str(o.column), str(o.start), str(o.end)]
        for use in result.uses
        for o in use.occurrences
    ]  # fmt: skip
    return OCCURRENCE_COLUMNS, rows


def tsv(result: Annotation) -> str:
    """One line per spelling the text uses: as written, its English (a part's own), and a
    comment naming the entry, how it was found and the lines."""
    rows = []
    for use in result.uses:
        spelled: dict[str, list[Occurrence]] = {}
        for occurrence in use.occurrences:
            spelled.setdefault(occurrence.text, []).append(occurrence)
        for written, places in spelled.items():
            lines = ", ".join(dict.fromkeys(str(o.line) for o in places))
            first = places[0]
            entry = use.entry.term
            found = f"part of {entry}" if first.how == "part" else f"{entry} ({first.how})"
            rows.append((written, first.en or use.entry.en, f"{found}; lines {lines}"))
    return tsv_text(rows)


def _text(result: Annotation, ctx: Context) -> None:
    page, words = ctx.page, ctx.words
    places = sum(len(use.occurrences) for use in result.uses)
    page.line((result.source, "bold"),
              (f"  {annotation_summary(len(result.uses), places, words.lang)}", "dim"))  # fmt: skip
    page.blank()
    _marked_text(result, ctx)
    page.blank()
    rows: list[list[Cell]] = []
    for use in result.uses:
        first, beside = words.names(use.entry.term, use.entry.en)
        names: Cell = [[(first, "bold")], *([[(beside, "")]] if beside else [])]
        how = ", ".join(dict.fromkeys(words(o.how) for o in use.occurrences))
        lines = ", ".join(dict.fromkeys(str(o.line) for o in use.occurrences))
        rows.append([[[(str(use.number), "")]], names, [[(how, "")]], [[(lines, "")]]])
    headers = [words(h) for h in ("No.", "Term", "Found as", "Lines")]
    page.table(headers, rows, right=[0])


def _marked_text(result: Annotation, ctx: Context) -> None:
    """The text line by line, each use as [term] with its entry's number."""
    uses = sorted(((o, use.number) for use in result.uses for o in use.occurrences),
                  key=lambda item: item[0].start)  # fmt: skip
    text, at, index = result.text, 0, 0
    lines = text.split("\n")
    if lines[-1] == "":  # the newline that ends the text starts no line of its own
        lines.pop()
    for raw in lines:
        end = at + len(raw)
        spans: Line = []
        position = at
        while index < len(uses) and uses[index][0].start < end:
            occurrence, number = uses[index]
            # One span, so that wrapping never parts a term from its brackets and number.
            marked = f"[{occurrence.text}]{mark(number)}"
            spans += [(text[position : occurrence.start], ""), (marked, "bold cyan")]
            position = occurrence.end
            index += 1
        spans.append((text[position:end].rstrip("\r"), ""))
        if "".join(t for t, _ in spans).strip():
            ctx.page.block(spans)
        else:
            ctx.page.blank()
        at = end + 1


ANNOTATION: Renderer[Annotation] = Renderer(text=_text, plain=_plain, table=_table)
