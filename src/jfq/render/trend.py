"""Trends (one indicator over the years) and the list of indicators, in every format."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jfq.data.convert import to_plain
from jfq.data.model import signed
from jfq.render import Renderer, Table
from jfq.render.cells import (
    phrase,
    plain,
    sources_legend_block,
    status_cell,
    units_legend_block,
    value_cell,
)
from jfq.render.provenance import marks, source_cells, trend_markdown
from jfq.render.wording import Lang, in_words, regions_text, value_phrase, years_text
from jfq.render.writers import Footnotes

if TYPE_CHECKING:  # text output loads text.py and layout.py
    from jfq.render.layout import Cell
    from jfq.render.text import Context
    from jfq.targets.trend import IndicatorList, Trend


def _trend_plain(trend: Trend) -> Any:
    points = [
        {
            "year": p.year,
            "target": to_plain(p.target),
            "actual": to_plain(p.actual),
            "target_display": phrase(p.target),
            "actual_display": phrase(p.actual),
            "status": p.status,
        }
        for p in trend.points
    ]
    return {**to_plain(trend), "points": points}


def _trend_table(trend: Trend) -> Table:
    rows = [
        [str(p.year), "", phrase(p.target) or "", phrase(p.actual) or "", p.status or "",
         trend.key, *source_cells(p.target), *source_cells(p.actual)]
        for p in trend.points
    ]  # fmt: skip
    rows += [[str(r.year), str(r.since), "", value_phrase(r), "", trend.key,
              *source_cells(None), *source_cells(r)] for r in trend.spans]  # fmt: skip
    headers = ["year", "since", "target", "actual", "status", "key", "target_doc",
               "target_quote", "actual_doc", "actual_quote"]  # fmt: skip
    return headers, rows


def _trend_text(trend: Trend, ctx: Context) -> None:
    page, words = ctx.page, ctx.words
    first, beside = words.names(trend.name, trend.en)
    # a row without a key is found by its name: the name is not said twice
    key = f" ({trend.key})" if trend.key != trend.name else ""
    aside = f"  {beside}{key}" if beside else f"  {key}".rstrip()
    page.line((f"{first} · {trend.region}", "bold"), (aside, "dim"))
    notes = Footnotes()
    rows = []
    series = []
    for point in trend.points:
        rows.append(
            [
                plain(str(point.year)),
                value_cell(point.target, words),
                value_cell(point.actual, words),
                status_cell(point.status, words),
                plain(marks(notes, point.target, point.actual)),
            ]
        )
        drawn = [
            (kind, signed(row)[0] or 0.0, value_phrase(row))
            for kind, row in ((words("target"), point.target), (words("result"), point.actual))
            if row and row.value is not None
        ]
        if drawn:
            series.append((str(point.year), drawn))
    if rows:
        page.table([words(h) for h in ("Year", "Target", "Result", "Status", "Src")], rows)
        sources_legend_block(ctx, words("the target"), words("the result"))
    in_table = [r for p in trend.points for r in (p.target, p.actual) if r is not None]
    units_legend_block(in_table + trend.spans, ctx)
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


def _indicators_text(found: IndicatorList, ctx: Context) -> None:
    words = ctx.words
    rows = []
    for item in found.indicators:
        first, beside = words.names(item.name, item.en)
        # The key on a line of its own: what to type next, never wrapped inside a name.
        key: Cell = [[(item.key, "bold")]] if item.key != item.name else []  # else by its name
        name: Cell = [*key, [(first, "bold" if not key else "")],
                      *([[(beside, "dim")]] if beside else [])]  # fmt: skip
        places: Cell = [[(region, "")] for region in regions_text(item.regions).split(", ")]
        rows.append([name, places, plain(years_text(item.years))])
    headers = [words(h) for h in ("Indicator", "Regions", "Years")]
    ctx.page.table(headers, rows)
    count = f"{len(found.indicators)} {words('indicators')}"
    ctx.page.line((count + words("; jfq trend KEY shows one"), "dim"))


def _indicators_table(found: IndicatorList) -> Table:
    rows = [[i.key, i.name, i.en, "; ".join(i.regions), "; ".join(map(str, i.years))]
            for i in found.indicators]  # fmt: skip
    return ["key", "name", "en", "regions", "years"], rows


# -- the renderers ------------------------------------------------------------------------------

TREND: Renderer[Trend] = Renderer(
    text=_trend_text, plain=_trend_plain, table=_trend_table, markdown=trend_markdown
)
INDICATORS: Renderer[IndicatorList] = Renderer(
    text=_indicators_text, plain=lambda found: to_plain(found.indicators), table=_indicators_table
)
