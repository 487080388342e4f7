"""``jfq validate``'s report in every format."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jfq.data.convert import to_plain
from jfq.render import Renderer, Table
from jfq.render.writers import counted

if TYPE_CHECKING:  # text output loads text.py; each command its own types
    from jfq.data.validate import Report
    from jfq.render.text import Context


def _plain(report: Report) -> Any:
    return {**to_plain(report), "errors": len(report.errors)}


def _table(report: Report) -> Table:
    rows = [
        [p.severity, p.file, "" if p.line is None else str(p.line), p.where, p.message]
        for p in report.problems
    ]
    return ["severity", "file", "line", "where", "problem"], rows


def _text(report: Report, ctx: Context) -> None:
    page = ctx.page
    for problem in report.problems:
        style = "red" if problem.severity == "error" else "yellow"
        page.block([(f"{problem.severity}: ", style), (str(problem), "")], hanging=4)
    checked = f"{counted(report.entries, 'entry', 'entries')}, {counted(report.rows, 'target row')}"
    against = f"the texts in {report.corpus} and sources/" if report.corpus else "sources/"
    quotes = (f"; {counted(report.quotes, 'quote')} checked against "
              f"{counted(report.documents, 'document')} ({against})")  # fmt: skip
    errors = len(report.errors)
    verdict = counted(errors, "error") if errors else "no errors"
    if report.missing_documents:
        verdict += f" ({counted(len(report.missing_documents), 'document')} with no text)"
    notes = len(report.problems) - errors
    page.line((f"{checked}{quotes}: ", ""), (verdict, "green" if not errors else "red bold"),
              (f", {counted(notes, 'note')}" if notes else "", "dim"))  # fmt: skip


VALIDATION: Renderer[Report] = Renderer(text=_text, plain=_plain, table=_table)
