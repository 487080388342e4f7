"""The ladder of governments, a level's peers ranked, and three or more sides lined up.

The machine formats are made for a spreadsheet or a paper's table: one flat row per
(indicator, level) or per peer, each with its figures, the margin as numbers and the
source quote beside them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jfq.data.convert import to_plain
from jfq.data.model import Target, number, signed
from jfq.render import Renderer, Table
from jfq.render.cells import STATUS_STYLE, plain, status_cell
from jfq.render.provenance import footnotes_markdown, marks, source_cells
from jfq.render.wording import (
    Lang,
    ladder_legend,
    ladder_title,
    margin_phrase,
    median_line,
    no_margin,
    peers_title,
    result_label,
    spread_phrase,
    value_phrase,
)
from jfq.render.writers import Footnotes, pipe_table

if TYPE_CHECKING:
    from collections.abc import Mapping

    from jfq.data.model import Document
    from jfq.render.layout import Cell
    from jfq.render.text import Context
    from jfq.targets.compare import LinedUpRow, Lineup
    from jfq.targets.ladder import Ladder, Rung
    from jfq.targets.peers import Peer, Peers

_KINDS = {"target": "targets", "actual": "results"}  # never the model's "actuals"


def _phrase(row: Target | None) -> str:
    return "" if row is None else value_phrase(row)


def _margin_text(rung: Rung, lang: str = "en") -> str:
    if rung.margin is not None and rung.above is not None:
        return margin_phrase(rung.margin.low, rung.margin.high, rung.above, lang)
    return no_margin(rung.why_none or "", lang)


# -- ladder -----------------------------------------------------------------------------------

# (a value is the data's, a fall's direction beside it: 下降3% is 3 and down)
LADDER_COLUMNS = [
    "key", "name", "en", "year", "level", "region", "target", "target_value", "target_max",
    "target_direction", "unit", "comparator", "aim", "result", "result_value", "result_direction",
    "status", "margin_low", "margin_high", "over", "margin", "target_doc", "target_quote",
    "result_doc", "result_quote",
]  # fmt: skip


def _ladder_rows(ladder: Ladder) -> list[dict[str, Any]]:
    rows = []
    for row in ladder.rows:
        for rung in row.rungs:
            target, actual = rung.target, rung.actual
            (target_doc, target_quote), (result_doc, result_quote) = map(
                source_cells, (target, actual))  # fmt: skip
            rows.append({
                "key": row.key, "name": row.name, "en": row.en, "year": ladder.year,
                "level": rung.region.level, "region": rung.region.name,
                "target": _phrase(target), "target_value": target and target.value,
                "target_max": target and target.value_max,
                "target_direction": target and target.direction, "unit": _unit(target, actual),
                "comparator": target and target.comparator, "aim": target and target.aim,
                "result": _phrase(actual), "result_value": actual and actual.value,
                "result_direction": actual and actual.direction, "status": rung.status,
                "margin_low": rung.margin and rung.margin.low,
                "margin_high": rung.margin and rung.margin.high,
                "over": _phrase(rung.above) or None, "margin": _margin_text(rung),
                "target_doc": target_doc, "target_quote": target_quote,
                "result_doc": result_doc, "result_quote": result_quote,
            })  # fmt: skip
    return rows


def _unit(*rows: Target | None) -> str | None:
    return next((row.unit for row in rows if row is not None), None)


def _ladder_plain(ladder: Ladder) -> Any:
    return {
        "region": ladder.region.name,
        "year": ladder.year,
        "chain": [to_plain(r) for r in ladder.chain],
        "rows": _ladder_rows(ladder),
    }


def _ladder_table(ladder: Ladder) -> Table:
    return LADDER_COLUMNS, [
        ["" if row[c] is None else str(row[c]) if not isinstance(row[c], float) else number(row[c])
         for c in LADDER_COLUMNS] for row in _ladder_rows(ladder)
    ]  # fmt: skip


def _ladder_text(ladder: Ladder, ctx: Context) -> None:
    """One row per indicator, one column per level (the nation first): in each cell the
    target, its margin over the level above, and the result with its status."""
    page, words = ctx.page, ctx.words
    lang = "zh" if words.lang is Lang.zh else "en"
    page.line((ladder_title(ladder.region.name, ladder.year, lang), "bold"))
    notes = Footnotes()
    levels = list(reversed(ladder.chain))
    rows = []
    for row in ladder.rows:
        rungs = list(reversed(row.rungs))
        first, beside = words.names(row.name, row.en)
        name: Cell = [[(first, "")], *([[(beside, "dim")]] if beside else [])]
        cells = [_rung_cell(rung, words, lang) for rung in rungs]
        figures = [f for rung in rungs for f in (rung.target, rung.actual) if f is not None]
        rows.append([name, *cells, plain(",".join(marks(notes, f) for f in figures))])
    headers = [words("Indicator"), *(words.names(r.name, r.en)[0] for r in levels), words("Src")]
    page.table(headers, rows)
    page.block([(ladder_legend(lang), "dim")])
    ctx.footnotes(notes)


def _rung_cell(rung: Rung, words: Any, lang: str) -> Cell:
    if rung.target is None and rung.actual is None:
        return plain("—")
    lines = [[(_phrase(rung.target) or "—", "bold")]]
    if rung.margin is not None:
        lines.append([(_margin_text(rung, lang), "")])
    if rung.actual is not None:
        lines.append([(f"{result_label(lang)} {_phrase(rung.actual)}", "dim")])
    if rung.status is not None and rung.status != "no data":
        lines.append([(words(rung.status), STATUS_STYLE.get(rung.status, ""))])
    return lines


# -- peers ------------------------------------------------------------------------------------

PEER_COLUMNS = [
    "rank", "region", "focus", "key", "name", "year", "kind", "figure", "value", "value_max",
    "direction", "unit", "comparator", "aim", "result", "status", "doc", "quote",
]  # fmt: skip


def _peer_row(peers: Peers, peer: Peer) -> dict[str, Any]:
    figure = peer.figure
    doc, quote = source_cells(figure)
    return {
        "rank": peer.rank, "region": peer.region.name, "focus": peer.region.name == peers.focus,
        "key": peers.key, "name": peers.name, "year": peers.year, "kind": peers.kind,
        "figure": _phrase(figure), "value": figure and figure.value,
        "value_max": figure and figure.value_max, "direction": figure and figure.direction,
        "unit": figure and figure.unit,
        "comparator": figure and figure.comparator, "aim": figure and figure.aim,
        "result": _phrase(peer.actual) or None, "status": peer.status, "doc": doc, "quote": quote,
    }  # fmt: skip


def _peers_plain(peers: Peers) -> Any:
    return {
        "year": peers.year, "level": peers.level, "within": peers.within.name, "key": peers.key,
        "name": peers.name, "en": peers.en, "kind": peers.kind, "focus": peers.focus,
        "median": peers.median, "unit": peers.unit,
        "ranked": [_peer_row(peers, p) for p in peers.ranked],
        "unranked": [_peer_row(peers, p) for p in peers.unranked],
        "missing": [r.name for r in peers.missing],
    }  # fmt: skip


def _peers_table(peers: Peers) -> Table:
    rows = [_peer_row(peers, p) for p in [*peers.ranked, *peers.unranked]]
    return PEER_COLUMNS, [
        ["" if r[c] is None else number(r[c]) if isinstance(r[c], float) else str(r[c])
         for c in PEER_COLUMNS] for r in rows
    ]  # fmt: skip


def _peers_text(peers: Peers, ctx: Context) -> None:
    page, words = ctx.page, ctx.words
    lang = "zh" if words.lang is Lang.zh else "en"
    name = words.names(peers.name, peers.en)[0]
    title = peers_title(name, peers.level, peers.within.name, peers.year, kind=peers.kind,
                        lang=lang)  # fmt: skip
    page.line((title, "bold"), (f"  ({peers.key})", "dim"))
    page.line((median_line(peers.median, peers.unit, len(peers.ranked), lang), "dim"))
    notes = Footnotes()
    with_results = peers.kind == "target" and any(p.actual for p in peers.ranked + peers.unranked)
    rows = [_peer_cells(peers, p, notes, words, with_results) for p in peers.ranked]
    headers = ["Rank", "Region", "Target" if peers.kind == "target" else "Result"]
    if with_results:
        headers += ["Result", "Status"]
    page.table([words(h) for h in [*headers, "Src"]], rows)
    if peers.unranked:
        page.blank()
        page.line((words("Not ranked (no number, or another unit)"), "bold"))
        page.table([words(h) for h in [*headers, "Src"]],
                   [_peer_cells(peers, p, notes, words, with_results)
                    for p in peers.unranked])  # fmt: skip
    if peers.missing:
        page.blank()
        page.line((f"{words('No figure stated')}: ", "bold"),
                  ("、".join(r.name for r in peers.missing), ""))  # fmt: skip
    if ctx.chart and peers.ranked:
        page.blank()
        bars = [(peer.region.name + (" ◀" if peer.region.name == peers.focus else ""),
                 _value(peer), _phrase(peer.figure)) for peer in peers.ranked]  # fmt: skip
        ctx.bars([("", bars)], shared_scale=True)
    ctx.footnotes(notes)


def _value(peer: Peer) -> float:
    value = signed(peer.figure)[0] if peer.figure else None  # (a fall drawn below zero)
    return 0.0 if value is None else value


def _peer_cells(
    peers: Peers, peer: Peer, notes: Footnotes, words: Any, with_results: bool
) -> list[Cell]:
    focus = peer.region.name == peers.focus
    style = "bold" if focus else ""
    rank = "" if peer.rank is None else str(peer.rank)
    cells = [plain(("▶ " if focus else "") + rank, style), plain(peer.region.name, style),
             plain(_phrase(peer.figure), style)]  # fmt: skip
    if with_results:
        cells += [plain(_phrase(peer.actual) or "—"), status_cell(peer.status, words)]
    return [*cells, plain(marks(notes, peer.figure, peer.actual))]


# -- three or more sides ----------------------------------------------------------------------


def _lineup_plain(lineup: Lineup) -> Any:
    return {
        "sides": [to_plain(s) for s in lineup.sides],
        "kind": lineup.kind,
        "rows": [
            {"key": r.key, "name": r.name, "en": r.en, "spread": r.spread,
             "figures": [to_plain(f) for f in r.figures],
             "displays": [_phrase(f) or None for f in r.figures]}
            for r in lineup.rows
        ],
    }  # fmt: skip


def _lineup_table(lineup: Lineup) -> Table:
    sides = [str(s) for s in lineup.sides]
    # each side's documents beside its quotes, as two sides give a_doc beside a_quote
    sources = [f"{s} {column}" for s in sides for column in ("doc", "quote")]
    rows = [
        [r.key or "", r.name, r.en, *(_phrase(f) for f in r.figures),
         "" if r.spread is None else number(r.spread),
         *(cell for f in r.figures for cell in source_cells(f))]
        for r in lineup.rows
    ]  # fmt: skip
    headers = ["key", "name", "en", *sides, "spread", *sources]
    return headers, rows


def _lineup_text(lineup: Lineup, ctx: Context) -> None:
    page, words = ctx.page, ctx.words
    sides = [str(s) for s in lineup.sides]
    page.line((" · ".join(sides), "bold"), (f"  ({words(_KINDS[lineup.kind])})", "dim"))
    notes = Footnotes()
    rows = []
    for row in lineup.rows:
        first, beside = words.names(row.name, row.en)  # GDP and its growth share a name
        name: Cell = [[(first, "")], *([[(beside, "dim")]] if beside else [])]
        spread = _spread_text(row)
        rows.append([name, *(plain(_phrase(f) or "—") for f in row.figures),
                     plain(spread), plain(marks(notes, *row.figures))])  # fmt: skip
    page.table([words("Indicator"), *sides, words("Spread"), words("Src")], rows)
    ctx.footnotes(notes)


# -- Markdown: the text's tables, for a paper, with the quotes as footnotes -------------------


def _ladder_markdown(ladder: Ladder, documents: Mapping[str, Document]) -> str:
    notes = Footnotes()
    levels = list(reversed(ladder.chain))
    rows = []
    for row in ladder.rows:
        rungs = list(reversed(row.rungs))
        cells = [_rung_markdown(rung) for rung in rungs]
        figures = [f for rung in rungs for f in (rung.target, rung.actual) if f is not None]
        rows.append([f"{row.name} ({row.en})", *cells, ",".join(marks(notes, f) for f in figures)])
    headers = ["indicator", *(f"{r.name} ({r.level})" if r.level else r.name for r in levels),
               "source"]  # fmt: skip
    title = f"### {ladder_title(ladder.region.name, ladder.year)}\n"
    return (
        title
        + "\n"
        + pipe_table(headers, rows)
        + footnotes_markdown(notes, documents, ladder_legend("en"))
    )


def _rung_markdown(rung: Rung) -> str:
    if rung.target is None and rung.actual is None:
        return "—"
    parts = [_phrase(rung.target) or "—"]
    if rung.margin is not None:
        parts.append(_margin_text(rung))
    if rung.actual is not None:
        rated = f" ({rung.status})" if rung.status else ""
        parts.append(f"{result_label()} {_phrase(rung.actual)}{rated}")
    return "; ".join(parts)


def _peers_markdown(peers: Peers, documents: Mapping[str, Document]) -> str:
    notes = Footnotes()
    rows = [[_rank_cell(peers, p),
             p.region.name, _phrase(p.figure), _phrase(p.actual) or "—",
             p.status or "", marks(notes, p.figure, p.actual)]
            for p in [*peers.ranked, *peers.unranked]]  # fmt: skip
    title = peers_title(peers.name, peers.level, peers.within.name, peers.year, kind=peers.kind)
    missing = "、".join(r.name for r in peers.missing)
    head = (
        f"### {title} ({peers.key})\n\n{median_line(peers.median, peers.unit, len(peers.ranked))}"
    )
    head += f"; no figure stated: {missing}\n" if missing else "\n"
    table = pipe_table(["rank", "region", peers.kind, "result", "status", "source"], rows)
    return head + "\n" + table + footnotes_markdown(notes, documents, "")


def _spread_text(row: LinedUpRow) -> str:
    unit = next((f.unit for f in row.figures if f is not None), None)
    return "" if row.spread is None else spread_phrase(row.spread, unit)


def _rank_cell(peers: Peers, peer: Peer) -> str:
    return ("▶ " if peer.region.name == peers.focus else "") + (
        "" if peer.rank is None else str(peer.rank)
    )


def _lineup_markdown(lineup: Lineup, documents: Mapping[str, Document]) -> str:
    notes = Footnotes()
    sides = [str(s) for s in lineup.sides]
    rows = [[f"{r.name} ({r.en})", *(_phrase(f) or "—" for f in r.figures),
             _spread_text(r), marks(notes, *r.figures)]
            for r in lineup.rows]  # fmt: skip
    table = pipe_table(["indicator", *sides, "spread", "source"], rows)
    return (
        f"### {' · '.join(sides)} ({_KINDS[lineup.kind]})\n\n"
        + table
        + footnotes_markdown(notes, documents, "")
    )


LADDER: Renderer[Ladder] = Renderer(
    text=_ladder_text, plain=_ladder_plain, table=_ladder_table, markdown=_ladder_markdown
)
PEERS: Renderer[Peers] = Renderer(
    text=_peers_text, plain=_peers_plain, table=_peers_table, markdown=_peers_markdown
)
LINEUP: Renderer[Lineup] = Renderer(
    text=_lineup_text, plain=_lineup_plain, table=_lineup_table, markdown=_lineup_markdown
)
