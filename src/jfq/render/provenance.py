"""Where each figure of a table comes from, in CSV and Markdown.

CSV carries the documents and quotes of each figure in columns (one line per source
when there are several); Markdown numbers the quotes as footnotes under the table,
with a line that explains the marks: 10;11,12 is a first figure from source 10 and a
second from sources 11 and 12.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from jfq.data.model import Document, Target
from jfq.render.wording import Lang, change_phrase, sources_legend, value_phrase
from jfq.render.writers import Footnotes, pipe_table, source_markdown

if TYPE_CHECKING:
    from jfq.targets.compare import Change, Comparison
    from jfq.targets.tables import TargetReport
    from jfq.targets.trend import Trend

_TARGET_RESULT = sources_legend("the target", "the result", "source", Lang.en)


def source_cells(row: Target | None) -> list[str]:
    """[documents, quotes] of a figure, one line per source; two empty cells for none."""
    if row is None:
        return ["", ""]
    documents = "\n".join(s.doc or s.url or "" for s in row.sources)
    return [documents, "\n".join(s.quote for s in row.sources)]


def marks(notes: Footnotes, *rows: Target | None) -> str:
    """'1;2,3': the sources of each figure given (a missing one leaves its place empty)."""
    return ";".join("" if row is None else notes.mark(row.sources) for row in rows).strip(";")


def footnotes_markdown(notes: Footnotes, documents: Mapping[str, Document], legend: str) -> str:
    listed = "\n".join(
        f"{i}. {source_markdown(s, documents)[2:]}" for i, s in enumerate(notes.sources, 1)
    )
    return f"\n{legend}\n\n{listed}\n"


def report_markdown(report: TargetReport, documents: Mapping[str, Document]) -> str:
    parts = []
    for section in report.sections:
        notes = Footnotes()
        rows = []
        for line in section.lines:
            is_target = line.row.kind == "target"
            target = value_phrase(line.row) if is_target else "—"
            result = _phrase(line.actual) if is_target else value_phrase(line.row)
            indicator = f"{line.row.name} ({line.row.en})"
            rows.append([line.row.key or "", indicator, target, result or "—", line.status or "",
                         marks(notes, line.row, line.actual)])  # fmt: skip
        parts.append(f"### {section.region.name} {section.year}\n")
        if any(count for _, count in section.summary):
            counts = ", ".join(f"{status} {count}" for status, count in section.summary)
            shown = f" (shown: {section.shown})" if section.shown else ""
            parts.append(f"{counts}{shown}\n")
        headers = ["key", "indicator", "target", "result", "status", "source"]
        parts.append(pipe_table(headers, rows))
        parts.append(
            footnotes_markdown(
                notes, documents, sources_legend("the target", "the result", "source", Lang.en)
            )
        )
    return "\n".join(parts)


def comparison_markdown(comparison: Comparison, documents: Mapping[str, Document]) -> str:
    a, b = str(comparison.a), str(comparison.b)
    notes = Footnotes()
    rows = []
    for row in comparison.rows:
        some = row.a or row.b
        assert some is not None
        rows.append([row.key or "", f"{some.name} ({some.en})", _phrase(row.a) or "—",
                     _phrase(row.b) or "—", _change(comparison, row.change),
                     marks(notes, row.a, row.b)])  # fmt: skip
    title = f"### {a} → {b} ({comparison.kind}s)\n"
    table = pipe_table(["key", "indicator", a, b, "change", "source"], rows)
    return (
        title
        + "\n"
        + table
        + footnotes_markdown(notes, documents, sources_legend(a, b, "source", Lang.en))
    )


def trend_markdown(trend: Trend, documents: Mapping[str, Document]) -> str:
    notes = Footnotes()
    rows = [[str(p.year), _phrase(p.target) or "—", _phrase(p.actual) or "—", p.status or "",
             marks(notes, p.target, p.actual)] for p in trend.points]  # fmt: skip
    rows += [[f"{r.since}–{r.year}", "—", value_phrase(r), "", marks(notes, None, r)]
             for r in trend.spans]  # fmt: skip
    title = f"### {trend.name} · {trend.region} ({trend.en}, `{trend.key}`)\n"
    table = pipe_table(["year", "target", "result", "status", "source"], rows)
    return title + "\n" + table + footnotes_markdown(notes, documents, _TARGET_RESULT)


def _phrase(row: Target | None) -> str | None:
    return None if row is None else value_phrase(row)


def _change(comparison: Comparison, change: Change) -> str:
    return change_phrase(change, comparison.labels())
