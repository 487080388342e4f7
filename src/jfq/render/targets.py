"""Target tables, comparisons and trends in every format."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jfq.data.convert import to_plain
from jfq.data.model import Target, signed
from jfq.render import Renderer, Table
from jfq.render.cells import (
    STATUS_STYLE,
    number_text,
    phrase,
    plain,
    sources_legend_block,
    status_cell,
    units_legend_block,
    value_cell,
)
from jfq.render.provenance import (
    comparison_markdown,
    marks,
    report_markdown,
    source_cells,
)
from jfq.render.wording import (
    Lang,
    Words,
    change_phrase,
    value_phrase,
)
from jfq.render.writers import Footnotes

if TYPE_CHECKING:  # text output loads text.py and layout.py; each command its own types
    from jfq.render.layout import Cell, Line
    from jfq.render.text import Context
    from jfq.targets.compare import Comparison
    from jfq.targets.tables import TargetLine, TargetReport, TargetSection

TARGET_COLUMNS = [
    "region",
    "year",
    "since",
    "kind",
    "tier",
    "key",
    "name",
    "en",
    "value",
    "value_max",
    "unit",
    "comparator",
    "direction",  # down: a fall (value 2.5, down: −2.5, as display shows it)
    "aim",  # 保8%、争9%: value 8, aim 9
    "text",
    "display",
    "actual",
    "status",
    "share_of_target",
    "doc",
    "quote",
    # the sources of the result in "actual" (a target's row; a result's own are doc, quote)
    "result_doc",
    "result_quote",
]


# -- JSON / YAML ------------------------------------------------------------------------------


def _line(line: TargetLine) -> dict[str, Any]:
    """A row with every field, plus how it reads and, for a target, its result and status."""
    row: dict[str, Any] = to_plain(line.row)
    row["display"] = value_phrase(line.row)
    if line.row.kind == "target":
        row["actual"] = to_plain(line.actual)
        row["status"] = line.status
    return row


def _report_plain(report: TargetReport) -> Any:
    return [_line(line) for section in report.sections for line in section.lines]


def _comparison_plain(comparison: Comparison) -> Any:
    labels = comparison.labels()
    return {
        "a": to_plain(comparison.a),
        "b": to_plain(comparison.b),
        "kind": comparison.kind,
        "rows": [
            {
                "key": r.key,
                "name": r.name,
                "en": r.en,
                "a": to_plain(r.a),
                "b": to_plain(r.b),
                "a_display": phrase(r.a),
                "b_display": phrase(r.b),
                "delta": r.delta,
                "delta_max": r.delta_max,
                "change": change_phrase(r.change, labels),
            }
            for r in comparison.rows
        ],
    }


# -- CSV and Markdown tables --------------------------------------------------------------------


def _report_table(report: TargetReport) -> Table:
    rows = []
    for section in report.sections:
        for line in section.lines:
            r = line.row
            share = line.actual.share_of_target if line.actual else r.share_of_target
            rows.append(
                [
                    r.region,
                    str(r.year),
                    "" if r.since is None else str(r.since),
                    r.kind,
                    r.tier,
                    r.key or "",
                    r.name,
                    r.en,
                    number_text(r.value),
                    number_text(r.value_max),
                    r.unit or "",
                    r.comparator,
                    r.direction or "",
                    number_text(r.aim),
                    r.text,
                    value_phrase(r),
                    phrase(line.actual) or "",
                    line.status or "",
                    number_text(share),
                    *source_cells(r),
                    *source_cells(line.actual),
                ]
            )
    return TARGET_COLUMNS, rows


def _comparison_table(comparison: Comparison) -> Table:
    headers = ["key", "name", "en", str(comparison.a), str(comparison.b), "delta", "delta_max",
               "change", "a_doc", "a_quote", "b_doc", "b_quote"]  # fmt: skip
    labels = comparison.labels()
    rows = [
        [r.key or "", r.name, r.en, phrase(r.a) or "", phrase(r.b) or "", number_text(r.delta),
         number_text(r.delta_max), change_phrase(r.change, labels), *source_cells(r.a),
         *source_cells(r.b)]
        for r in comparison.rows
    ]  # fmt: skip
    return headers, rows


# -- text -------------------------------------------------------------------------------------


def _indicator(row: Target, words: Words) -> Cell:
    since = f" ({row.since}–{row.year})" if row.since is not None else ""
    first, beside = words.names(row.name, row.en)
    if words.lang is Lang.en:
        return [[(first + since, "")], [(row.name, "dim")]]
    return [[(first + since, "")], *([[(beside, "dim")]] if beside else [])]


def _report_text(report: TargetReport, ctx: Context) -> None:
    page, words = ctx.page, ctx.words
    headers = [words(h) for h in ("Indicator", "Target", "Result", "Status", "Src")]
    for section in report.sections:
        notes = Footnotes()
        first, beside = words.names(section.region.name, section.region.en)
        page.line(
            (f"{first} {section.year}", "bold"), *([(f"  {beside}", "dim")] if beside else [])
        )
        _summary(section, ctx)
        for tier in ("headline", "task"):
            lines = [line for line in section.lines if line.row.tier == tier]
            if not lines:
                continue
            if all(line.row.kind == "actual" for line in lines):
                _results_table(lines, tier, notes, ctx)
                continue
            title = "Main expected targets" if tier == "headline" else "Tasks"
            rows = []
            for line in lines:
                is_target = line.row.kind == "target"
                shown = marks(notes, line.row, line.actual if is_target else None)
                if is_target:
                    target = value_cell(line.row, words)
                    result = value_cell(line.actual, words)
                    status = status_cell(line.status, words)
                else:
                    target, result = plain("—"), value_cell(line.row, words)
                    status = plain("")
                rows.append([_indicator(line.row, words), target, result, status, plain(shown)])
            original = " (主要预期目标)" if tier == "headline" and words.lang is not Lang.zh else ""
            page.blank()
            page.table(headers, rows, right=[4], title=words(title) + original)
        # (only where a row's Src holds both figures' sources: 10;11,12)
        if any(line.row.kind == "target" and line.actual is not None for line in section.lines):
            sources_legend_block(ctx, words("the target"), words("the result"))
        units_legend_block([line.row for line in section.lines], ctx)
        ctx.footnotes(notes)


def _summary(section: TargetSection, ctx: Context) -> None:
    """'met 2, not met 0, no data 37, unrated 2': how the year's targets went, and which of
    them the table shows when --status chose some."""
    if not any(count for _, count in section.summary):
        return  # results only: no target to count
    words = ctx.words
    spans: Line = []
    for place, (status, count) in enumerate(section.summary):
        spans += [(words.separator(place), ""), (f"{words(status)} {count}", STATUS_STYLE[status])]
    if section.shown is not None:
        spans.append((words.aside("shown", words(section.shown)), "dim"))
    ctx.page.line(*spans)


def _results_table(lines: list[TargetLine], tier: str, notes: Footnotes, ctx: Context) -> None:
    """Results with no target beside them (--kind actual, or a year of results only):
    no Target and Status columns that would be empty."""
    words = ctx.words
    rows = [
        [
            _indicator(line.row, words),
            value_cell(line.row, words),
            plain(notes.mark(line.row.sources)),
        ]
        for line in lines
    ]
    title = "Main indicators: results" if tier == "headline" else "Task results"
    headers = [words(h) for h in ("Indicator", "Result", "Src")]
    ctx.page.blank()
    ctx.page.table(headers, rows, right=[2], title=words(title))


def _comparison_text(comparison: Comparison, ctx: Context) -> None:
    page, words = ctx.page, ctx.words
    a, b = str(comparison.a), str(comparison.b)
    kinds = {"target": "targets", "actual": "results"}
    page.line((f"{a} → {b}", "bold"), (f"  ({words(kinds[comparison.kind])})", "dim"))
    notes = Footnotes()
    labels = comparison.labels()
    rows = []
    for row in comparison.rows:
        some = row.a or row.b
        assert some is not None
        change = change_phrase(row.change, labels, "zh" if words.lang is Lang.zh else "en")
        rows.append(
            [
                _indicator(some, words),
                value_cell(row.a, words),
                value_cell(row.b, words),
                plain(change),
                plain(marks(notes, row.a, row.b)),
            ]
        )
    headers = [words("Indicator"), a, b, words("Change"), words("Src")]
    page.table(headers, rows, right=[4])
    sources_legend_block(ctx, a, b)
    units_legend_block([r for row in comparison.rows for r in (row.a, row.b) if r is not None], ctx)
    if ctx.chart:
        series = [
            (
                f"{row.name} ({row.a.unit})",
                [(a, _drawn(row.a), value_phrase(row.a)), (b, _drawn(row.b), value_phrase(row.b))],
            )
            for row in comparison.rows
            if row.a and row.b and row.a.value is not None and row.b.value is not None
        ]
        if series:
            page.blank()
            ctx.bars(series, shared_scale=False)
    ctx.footnotes(notes)


# -- the renderers ------------------------------------------------------------------------------

REPORT: Renderer[TargetReport] = Renderer(
    text=_report_text, plain=_report_plain, table=_report_table, markdown=report_markdown
)
COMPARISON: Renderer[Comparison] = Renderer(
    text=_comparison_text,
    plain=_comparison_plain,
    table=_comparison_table,
    markdown=comparison_markdown,
)


def _drawn(row: Target) -> float:
    """A figure as a bar draws it: a fall below zero."""
    value = signed(row)[0]
    return 0.0 if value is None else value
