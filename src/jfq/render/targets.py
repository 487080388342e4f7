"""Target tables, comparisons and trends in every format."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jfq.data.convert import to_plain
from jfq.data.model import Target, number
from jfq.render import Renderer, Table
from jfq.render.provenance import (
    comparison_markdown,
    marks,
    report_markdown,
    source_cells,
    trend_markdown,
)
from jfq.render.wording import (
    Lang,
    Words,
    change_phrase,
    in_words,
    sources_legend,
    units_legend,
    value_phrase,
)
from jfq.render.writers import Footnotes

if TYPE_CHECKING:  # text output loads text.py and layout.py; each command its own types
    from jfq.render.layout import Cell
    from jfq.render.text import Context
    from jfq.targets.compare import Comparison
    from jfq.targets.tables import TargetLine, TargetReport
    from jfq.targets.trend import Trend

STATUS_STYLE = {"met": "green", "not met": "red", "no data": "dim", "unrated": "yellow"}
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
    "text",
    "display",
    "actual",
    "status",
    "share_of_target",
    "doc",
    "quote",
]


def _n(value: float | None) -> str:
    return "" if value is None else number(value)


def _phrase(row: Target | None) -> str | None:
    return None if row is None else value_phrase(row)


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
                "a_display": _phrase(r.a),
                "b_display": _phrase(r.b),
                "delta": r.delta,
                "change": change_phrase(r.change, labels),
            }
            for r in comparison.rows
        ],
    }


def _trend_plain(trend: Trend) -> Any:
    points = [
        {
            "year": p.year,
            "target": to_plain(p.target),
            "actual": to_plain(p.actual),
            "target_display": _phrase(p.target),
            "actual_display": _phrase(p.actual),
            "status": p.status,
        }
        for p in trend.points
    ]
    return {**to_plain(trend), "points": points}


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
                    _n(r.value),
                    _n(r.value_max),
                    r.unit or "",
                    r.comparator,
                    r.text,
                    value_phrase(r),
                    _phrase(line.actual) or "",
                    line.status or "",
                    _n(share),
                    *source_cells(r),
                ]
            )
    return TARGET_COLUMNS, rows


def _comparison_table(comparison: Comparison) -> Table:
    headers = ["key", "name", "en", str(comparison.a), str(comparison.b), "delta", "change",
               "a_doc", "a_quote", "b_doc", "b_quote"]  # fmt: skip
    labels = comparison.labels()
    rows = [
        [r.key or "", r.name, r.en, _phrase(r.a) or "", _phrase(r.b) or "", _n(r.delta),
         change_phrase(r.change, labels), *source_cells(r.a), *source_cells(r.b)]
        for r in comparison.rows
    ]  # fmt: skip
    return headers, rows


def _trend_table(trend: Trend) -> Table:
    rows = [
        [str(p.year), "", _phrase(p.target) or "", _phrase(p.actual) or "", p.status or "",
         trend.key, *source_cells(p.target), *source_cells(p.actual)]
        for p in trend.points
    ]  # fmt: skip
    rows += [[str(r.year), str(r.since), "", value_phrase(r), "", trend.key,
              *source_cells(None), *source_cells(r)] for r in trend.spans]  # fmt: skip
    headers = ["year", "since", "target", "actual", "status", "key", "target_doc",
               "target_quote", "actual_doc", "actual_quote"]  # fmt: skip
    return headers, rows


# -- text -------------------------------------------------------------------------------------


def _indicator(row: Target, words: Words) -> Cell:
    since = f" ({row.since}–{row.year})" if row.since is not None else ""
    first, beside = words.names(row.name, row.en)
    if words.lang is Lang.en:
        return [[(first + since, "")], [(row.name, "dim")]]
    return [[(first + since, "")], *([[(beside, "dim")]] if beside else [])]


def _value(row: Target | None, words: Words) -> Cell:
    """A figure as the table shows it: ≈8%, or "about 8%" for --lang en."""
    if row is None:
        return _plain("—")
    return _plain(in_words(row) if words.lang is Lang.en else value_phrase(row))


def _legend(rows: list[Target], ctx: Context) -> None:
    """For --lang en: what the Chinese units in the table mean."""
    legend = units_legend(rows) if ctx.words.lang is Lang.en else None
    if legend:
        ctx.page.block([(legend, "dim")])


def _sources_legend(ctx: Context, first: str, second: str) -> None:
    """Under a table whose Src column holds two figures' sources: how to read 10;11,12."""
    words = ctx.words
    ctx.page.block([(sources_legend(first, second, words("Src"), words.lang), "dim")])


def _plain(text: str) -> Cell:
    return [[(text, "")]]


def _status(status: str | None, words: Words) -> Cell:
    return [[(words(status or ""), STATUS_STYLE.get(status or "", ""))]]


def _report_text(report: TargetReport, ctx: Context) -> None:
    page, words = ctx.page, ctx.words
    headers = [words(h) for h in ("Indicator", "Target", "Result", "Status", "Src")]
    for section in report.sections:
        notes = Footnotes()
        first, beside = words.names(section.region.name, section.region.en)
        page.line(
            (f"{first} {section.year}", "bold"), *([(f"  {beside}", "dim")] if beside else [])
        )
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
                    target = _value(line.row, words)
                    result = _value(line.actual, words)
                    status = _status(line.status, words)
                else:
                    target, result = _plain("—"), _value(line.row, words)
                    status = _plain("")
                rows.append([_indicator(line.row, words), target, result, status, _plain(shown)])
            original = " (主要预期目标)" if tier == "headline" and words.lang is not Lang.zh else ""
            page.blank()
            page.table(headers, rows, right=[4], title=words(title) + original)
        if any(line.row.kind == "target" for line in section.lines):
            _sources_legend(ctx, words("the target"), words("the result"))
        _legend([line.row for line in section.lines], ctx)
        ctx.footnotes(notes)


def _results_table(lines: list[TargetLine], tier: str, notes: Footnotes, ctx: Context) -> None:
    """Results with no target beside them (--kind actual, or a year of results only):
    no Target and Status columns that would be empty."""
    words = ctx.words
    rows = [
        [
            _indicator(line.row, words),
            _value(line.row, words),
            _plain(notes.mark(line.row.sources)),
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
    page.line((f"{a} → {b}", "bold"), (f"  ({words(comparison.kind + 's')})", "dim"))
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
                _value(row.a, words),
                _value(row.b, words),
                _plain(change),
                _plain(marks(notes, row.a, row.b)),
            ]
        )
    headers = [words("Indicator"), a, b, words("Change"), words("Src")]
    page.table(headers, rows, right=[4])
    _sources_legend(ctx, a, b)
    _legend([r for row in comparison.rows for r in (row.a, row.b) if r is not None], ctx)
    if ctx.chart:
        series = [
            (
                f"{row.name} ({row.a.unit})",
                [(a, row.a.value, value_phrase(row.a)), (b, row.b.value, value_phrase(row.b))],
            )
            for row in comparison.rows
            if row.a and row.b and row.a.value is not None and row.b.value is not None
        ]
        if series:
            page.blank()
            ctx.bars(series, shared_scale=False)
    ctx.footnotes(notes)


def _trend_text(trend: Trend, ctx: Context) -> None:
    page, words = ctx.page, ctx.words
    first, beside = words.names(trend.name, trend.en)
    aside = f"  {beside} ({trend.key})" if beside else f"  ({trend.key})"
    page.line((f"{first} · {trend.region}", "bold"), (aside, "dim"))
    notes = Footnotes()
    rows = []
    series = []
    for point in trend.points:
        rows.append(
            [
                _plain(str(point.year)),
                _value(point.target, words),
                _value(point.actual, words),
                _status(point.status, words),
                _plain(marks(notes, point.target, point.actual)),
            ]
        )
        drawn = [
            (kind, row.value, value_phrase(row))
            for kind, row in ((words("target"), point.target), (words("result"), point.actual))
            if row and row.value is not None
        ]
        if drawn:
            series.append((str(point.year), drawn))
    if rows:
        page.table([words(h) for h in ("Year", "Target", "Result", "Status", "Src")], rows)
        _sources_legend(ctx, words("the target"), words("the result"))
    in_table = [r for p in trend.points for r in (p.target, p.actual) if r is not None]
    _legend(in_table + trend.spans, ctx)
    if series:
        page.blank()
        ctx.bars(series, shared_scale=True)
    if trend.spans:
        page.blank()
        page.line((words("Over several years"), "bold"))
        for row in trend.spans:
            value = in_words(row) if words.lang is Lang.en else value_phrase(row)
            name = words.names(row.name, row.en)[0]
            mark = notes.mark(row.sources)
            page.line((f"  {row.since}–{row.year}  {value}", ""), (f"  {name} [{mark}]", "dim"))
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
TREND: Renderer[Trend] = Renderer(
    text=_trend_text, plain=_trend_plain, table=_trend_table, markdown=trend_markdown
)
