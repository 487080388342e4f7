"""Target tables, comparisons and trends in every format."""

from __future__ import annotations

from collections.abc import Mapping
from functools import singledispatch
from typing import TYPE_CHECKING, Any

from jfq.model import Document, Target, number
from jfq.render.common import Context, Footnotes, Table, bars, pipe_table, source_markdown
from jfq.render.words import Lang, Words, in_words, units_legend
from jfq.schema import to_plain
from jfq.targets import (
    Comparison,
    TargetLine,
    TargetReport,
    Trend,
    change_words,
    value_phrase,
)

if TYPE_CHECKING:  # layout imports rich: only text output loads it
    from jfq.render.layout import Cell

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


# -- JSON / YAML ------------------------------------------------------------------------------


def _line(line: TargetLine) -> dict[str, Any]:
    """A row with every field, plus how it reads and, for a target, its result and status."""
    row: dict[str, Any] = to_plain(line.row)
    row["display"] = line.display
    if line.row.kind == "target":
        row["actual"] = to_plain(line.actual)
        row["status"] = line.status
    return row


@singledispatch
def plain(result: Any) -> Any:  # pragma: no cover - all types registered
    raise TypeError(f"no plain form for {type(result).__name__}")


@plain.register
def _(report: TargetReport) -> Any:
    return [_line(line) for section in report.sections for line in section.lines]


@plain.register
def _(comparison: Comparison) -> Any:
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
                "a_display": r.a_display,
                "b_display": r.b_display,
                "delta": r.delta,
                "change": r.change,
            }
            for r in comparison.rows
        ],
    }


@plain.register
def _(trend: Trend) -> Any:
    return to_plain(trend)


# -- CSV and Markdown tables --------------------------------------------------------------------


def _first_source(row: Target) -> list[str]:
    source = row.sources[0]
    return [source.doc or source.url or "", source.quote]


@singledispatch
def table(result: Any) -> Table:  # pragma: no cover - all types registered
    raise TypeError(f"no table form for {type(result).__name__}")


@table.register
def _(report: TargetReport) -> Table:
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
                    r.key,
                    r.name,
                    r.en,
                    _n(r.value),
                    _n(r.value_max),
                    r.unit or "",
                    r.comparator,
                    r.text,
                    line.display,
                    line.actual_display or "",
                    line.status or "",
                    _n(share),
                    *_first_source(r),
                ]
            )
    return TARGET_COLUMNS, rows


@table.register
def _(comparison: Comparison) -> Table:
    headers = ["key", "name", "en", str(comparison.a), str(comparison.b), "delta", "change"]
    rows = [
        [r.key, r.name, r.en, r.a_display or "", r.b_display or "", _n(r.delta), r.change]
        for r in comparison.rows
    ]
    return headers, rows


@table.register
def _(trend: Trend) -> Table:
    rows = [
        [str(p.year), "", p.target_display or "", p.actual_display or "", p.status or ""]
        for p in trend.points
    ]
    rows += [[str(r.year), str(r.since), "", value_phrase(r), ""] for r in trend.spans]
    return ["year", "since", "target", "actual", "status"], rows


# -- Markdown ---------------------------------------------------------------------------------


def markdown(result: Any, documents: Mapping[str, Document]) -> str:
    if isinstance(result, TargetReport):
        return _report_markdown(result, documents)
    return pipe_table(*table(result))


def _report_markdown(report: TargetReport, documents: Mapping[str, Document]) -> str:
    parts = []
    for section in report.sections:
        notes = Footnotes()
        rows = []
        for line in section.lines:
            marks = notes.mark(line.row.sources)
            if line.actual is not None:
                marks += "; " + notes.mark(line.actual.sources)
            target = line.display if line.row.kind == "target" else "—"
            result = line.actual_display if line.row.kind == "target" else line.display
            rows.append(
                [
                    f"{line.row.name} ({line.row.en})",
                    target,
                    result or "—",
                    line.status or "",
                    marks,
                ]
            )
        parts.append(f"### {section.region.name} {section.year}\n")
        parts.append(pipe_table(["indicator", "target", "result", "status", "source"], rows))
        parts.append(
            "\n"
            + "\n".join(
                f"{i}. {source_markdown(s, documents)[2:]}" for i, s in enumerate(notes.sources, 1)
            )
            + "\n"
        )
    return "\n".join(parts)


# -- text -------------------------------------------------------------------------------------


def _indicator(row: Target, words: Words) -> Cell:
    since = f" ({row.since}–{row.year})" if row.since is not None else ""
    first, beside = words.names(row.name, row.en)
    if words.lang is Lang.en:
        return [[(first + since, "")], [(row.name, "dim")]]
    return [[(first + since, "")], *([[(beside, "dim")]] if beside else [])]


def _value(row: Target | None, display: str | None, words: Words) -> Cell:
    """A figure as the table shows it: ≈8%, or "about 8%" for --lang en."""
    if row is None or display is None:
        return _plain("—")
    return _plain(in_words(row) if words.lang is Lang.en else display)


def _legend(rows: list[Target], ctx: Context) -> None:
    """For --lang en: what the Chinese units in the table mean."""
    legend = units_legend(rows) if ctx.words.lang is Lang.en else None
    if legend:
        ctx.page.block([(legend, "dim")])


def _plain(text: str) -> Cell:
    return [[(text, "")]]


def _status(status: str | None, words: Words) -> Cell:
    return [[(words(status or ""), STATUS_STYLE.get(status or "", ""))]]


@singledispatch
def text(result: Any, ctx: Context) -> None:  # pragma: no cover - all types registered
    raise TypeError(f"no text form for {type(result).__name__}")


@text.register
def _(report: TargetReport, ctx: Context) -> None:
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
                marks = notes.mark(line.row.sources)
                if line.row.kind == "target":
                    if line.actual is not None:
                        marks += ";" + notes.mark(line.actual.sources)
                    target = _value(line.row, line.display, words)
                    result = _value(line.actual, line.actual_display, words)
                    status = _status(line.status, words)
                else:
                    target, result = _plain("—"), _value(line.row, line.display, words)
                    status = _plain("")
                rows.append([_indicator(line.row, words), target, result, status, _plain(marks)])
            original = " (主要预期目标)" if tier == "headline" and words.lang is not Lang.zh else ""
            page.blank()
            page.table(headers, rows, right=[4], title=words(title) + original)
        _legend([line.row for line in section.lines], ctx)
        notes.print(ctx)


def _results_table(lines: list[TargetLine], tier: str, notes: Footnotes, ctx: Context) -> None:
    """Results with no target beside them (--kind actual, or a year of results only):
    no Target and Status columns that would be empty."""
    words = ctx.words
    rows = [
        [
            _indicator(line.row, words),
            _value(line.row, line.display, words),
            _plain(notes.mark(line.row.sources)),
        ]
        for line in lines
    ]
    title = "Main indicators: results" if tier == "headline" else "Task results"
    headers = [words(h) for h in ("Indicator", "Result", "Src")]
    ctx.page.blank()
    ctx.page.table(headers, rows, right=[2], title=words(title))


@text.register
def _(comparison: Comparison, ctx: Context) -> None:
    page, words = ctx.page, ctx.words
    a, b = str(comparison.a), str(comparison.b)
    page.line((f"{a} → {b}", "bold"), (f"  ({words(comparison.kind + 's')})", "dim"))
    notes = Footnotes()
    labels = comparison.labels()
    rows = []
    for row in comparison.rows:
        some = row.a or row.b
        assert some is not None
        marks = ";".join(notes.mark(r.sources) for r in (row.a, row.b) if r is not None)
        change = row.change
        if words.lang is Lang.zh:
            change = change_words(row.a, row.b, *labels, lang="zh")
        rows.append(
            [
                _indicator(some, words),
                _value(row.a, row.a_display, words),
                _value(row.b, row.b_display, words),
                _plain(change),
                _plain(marks),
            ]
        )
    headers = [words("Indicator"), a, b, words("Change"), words("Src")]
    page.table(headers, rows, right=[4])
    _legend([r for row in comparison.rows for r in (row.a, row.b) if r is not None], ctx)
    if ctx.chart:
        series = [
            (
                f"{row.name} ({row.a.unit})",
                [(a, row.a.value, row.a_display or ""), (b, row.b.value, row.b_display or "")],
            )
            for row in comparison.rows
            if row.a and row.b and row.a.value is not None and row.b.value is not None
        ]
        if series:
            page.blank()
            bars(ctx, series, shared_scale=False)
    notes.print(ctx)


@text.register
def _(trend: Trend, ctx: Context) -> None:
    page, words = ctx.page, ctx.words
    first, beside = words.names(trend.name, trend.en)
    aside = f"  {beside} ({trend.key})" if beside else f"  ({trend.key})"
    page.line((f"{first} · {trend.region}", "bold"), (aside, "dim"))
    notes = Footnotes()
    rows = []
    series = []
    for point in trend.points:
        marks = ";".join(notes.mark(r.sources) for r in (point.target, point.actual) if r)
        rows.append(
            [
                _plain(str(point.year)),
                _value(point.target, point.target_display, words),
                _value(point.actual, point.actual_display, words),
                _status(point.status, words),
                _plain(marks),
            ]
        )
        drawn = [
            (kind, row.value, shown or "")
            for kind, row, shown in (
                (words("target"), point.target, point.target_display),
                (words("result"), point.actual, point.actual_display),
            )
            if row and row.value is not None
        ]
        if drawn:
            series.append((str(point.year), drawn))
    if rows:
        page.table([words(h) for h in ("Year", "Target", "Result", "Status", "Src")], rows)
    in_table = [r for p in trend.points for r in (p.target, p.actual) if r is not None]
    _legend(in_table + trend.spans, ctx)
    if series:
        page.blank()
        bars(ctx, series, shared_scale=True)
    if trend.spans:
        page.blank()
        page.line((words("Over several years"), "bold"))
        for row in trend.spans:
            value = in_words(row) if words.lang is Lang.en else value_phrase(row)
            name = words.names(row.name, row.en)[0]
            mark = notes.mark(row.sources)
            page.line((f"  {row.since}–{row.year}  {value}", ""), (f"  {name} [{mark}]", "dim"))
    notes.print(ctx)
