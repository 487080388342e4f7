"""Results of the data tools (validate, mentions, extract, merge) in every format."""

from __future__ import annotations

from collections.abc import Mapping
from functools import singledispatch
from typing import Any

from jfq.extract import Extraction
from jfq.mentions import Mentions
from jfq.merge import MergeReport
from jfq.model import Document
from jfq.printable import printable
from jfq.render.common import Context, Table, counted, pipe_table
from jfq.schema import to_plain
from jfq.validate import Report
from jfq.yaml_style import dump_items

# -- JSON / YAML ---------------------------------------------------------------------------------


@singledispatch
def plain(result: Any) -> Any:
    return to_plain(result)


@plain.register
def _(report: Report) -> Any:
    return {**to_plain(report), "errors": len(report.errors)}


@plain.register
def _(extraction: Extraction) -> Any:
    return {
        "source": extraction.source,
        "encoding": extraction.encoding,
        "notes": extraction.notes,
        "documents": [to_plain(extraction.document)],
        "terms": to_plain(extraction.terms),
        "targets": to_plain(extraction.targets),
    }


def _comment(text: str) -> str:
    """Text for a YAML comment: one line, nothing that could drive a terminal."""
    return printable(text).replace("\n", "\\n")


def yaml_text(result: Any) -> str | None:
    """The draft in the house style of the data files (None: the plain YAML dump will do)."""
    if not isinstance(result, Extraction):
        return None
    lines = [f"# jfq extract: {_comment(result.source)} ({result.encoding})"]
    lines += [f"# {_comment(note)}" for note in result.notes]
    parts = ["\n".join(lines) + "\n"]
    for key, items in (("documents", [result.document]), ("terms", result.terms),
                       ("targets", result.targets)):  # fmt: skip
        plain_items = [to_plain(item) for item in items]
        parts.append(f"\n{key}:\n" + dump_items(plain_items) if plain_items else f"\n{key}: []\n")
    return "".join(parts)


# -- tables (CSV, Markdown) ------------------------------------------------------------------------


@singledispatch
def table(result: Any) -> Table:
    raise TypeError(f"no table form for {type(result).__name__}")


@table.register
def _(report: Report) -> Table:
    rows = [
        [p.severity, p.file, "" if p.line is None else str(p.line), p.where, p.message]
        for p in report.problems
    ]
    return ["severity", "file", "line", "where", "problem"], rows


@table.register
def _(found: Mentions) -> Table:
    rows = [[m.doc, str(m.line), str(m.column), m.before, m.spelling, m.after]
            for m in found.mentions]  # fmt: skip
    return ["doc", "line", "column", "before", "match", "after"], rows


@table.register
def _(report: MergeReport) -> Table:
    rows = [["document", d] for d in report.documents] + [["term", t] for t in report.terms]
    rows += [["region", r] for r in report.regions] + [["conflict", c] for c in report.conflicts]
    return ["item", "name"], rows


def markdown(result: Any, documents: Mapping[str, Document]) -> str:
    return pipe_table(*table(result))


# -- text ------------------------------------------------------------------------------------------


@singledispatch
def text(result: Any, ctx: Context) -> None:
    raise TypeError(f"no text form for {type(result).__name__}")


@text.register
def _(report: Report, ctx: Context) -> None:
    page = ctx.page
    for problem in report.problems:
        style = "red" if problem.severity == "error" else "yellow"
        page.block([(f"{problem.severity}: ", style), (str(problem), "")], hanging=4)
    checked = f"{counted(report.entries, 'entry', 'entries')}, {counted(report.rows, 'target row')}"
    quotes = f"; quotes checked against {report.corpus}" if report.corpus else ""
    errors = len(report.errors)
    verdict = counted(errors, "error") if errors else "no errors"
    notes = len(report.problems) - errors
    page.line((f"{checked}{quotes}: ", ""), (verdict, "green" if not errors else "red bold"),
              (f", {counted(notes, 'note')}" if notes else "", "dim"))  # fmt: skip


@text.register
def _(found: Mentions, ctx: Context) -> None:
    page = ctx.page
    what = f"{found.term} ({', '.join(found.spellings)})" if found.term else found.query
    page.line(
        (what, "bold"), (f"  {counted(len(found.mentions), 'mention')} in {found.corpus}", "dim")
    )
    current = None
    for mention in found.mentions:
        if mention.doc != current:
            current = mention.doc
            page.blank()
            page.line((mention.doc, "bold underline"))
        page.block([(f"{mention.line}:{mention.column}  ", "dim"), (mention.before, ""),
                    (mention.spelling, "bold cyan"), (mention.after, "")], hanging=4)  # fmt: skip


@text.register
def _(report: MergeReport, ctx: Context) -> None:
    page = ctx.page
    page.line((f"merged into {report.folder}:", "bold"))
    added = ", ".join((counted(len(report.documents), "document"),
                       counted(len(report.terms), "entry", "entries"),
                       counted(report.targets, "target row"),
                       counted(len(report.regions), "region")))  # fmt: skip
    page.line((f"  {added} added; {report.unchanged} already there", ""))
    for conflict in report.conflicts:
        page.block([("  conflict: ", "red"), (conflict, "")], hanging=4)
    if report.conflicts:
        page.line(("  conflicts were left out: edit the data files to settle them", "dim"))
