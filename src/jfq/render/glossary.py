"""Glossary results (an entry, the list of entries, search hits) in every format."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from jfq.data.convert import to_plain
from jfq.data.model import Component, Document, Term
from jfq.render import Renderer, Table
from jfq.render.wording import (
    CATEGORIES_EN,
    MENTIONED,
    NOT_DEFINED,
    SCOPES_EN,
    SPELLED_OUT,
    Lang,
    Words,
    regions_text,
    years_text,
)
from jfq.render.writers import pipe_table, source_markdown

if TYPE_CHECKING:  # text output loads text.py and layout.py; each command its own types
    from jfq.render.layout import Cell, Line, Node
    from jfq.render.text import Context
    from jfq.search.fulltext import FigureHit, SearchResult, TermList
    from jfq.search.lookup import LookupResult

TERM_COLUMNS = [
    "term",
    "aliases",
    "pinyin",
    "en",
    "scope",
    "category",
    "defined",
    "definition",
    "components",
    "related",
    "sources",
    "notes",
]

# -- CSV and Markdown tables --------------------------------------------------------------------


def components_text(components: Sequence[Component]) -> str:
    """Parts on one line; a group keeps its parts in brackets: 三个作用 [党政主导作用; …]."""
    parts = []
    for component in components:
        text = component.text
        if component.items:
            text += " [" + components_text(component.items) + "]"
        parts.append(text)
    return "; ".join(parts)


def term_row(term: Term) -> list[str]:
    sources = " | ".join(f"{s.doc or s.url}: {s.quote}" for s in term.sources)
    return [
        term.term,
        "; ".join(term.aliases),
        term.pinyin,
        term.en,
        term.scope,
        term.category,
        "yes" if term.defined else "no",
        term.definition or "",
        components_text(term.components),
        "; ".join(term.related),
        sources,
        " | ".join(term.notes),
    ]


def _lookup_table(result: LookupResult) -> Table:
    return ["query", "match", *TERM_COLUMNS], [[result.query, result.match,
                                                *term_row(result.entry)]]  # fmt: skip


def _list_table(result: TermList) -> Table:
    return TERM_COLUMNS, [term_row(t) for t in result.terms]


def _search_table(result: SearchResult) -> Table:
    rows = []
    for i, h in enumerate(result.hits, 1):
        name, key = (h.term, "") if h.kind == "entry" else (h.name, h.key)  # type: ignore[union-attr]
        rows.append([str(i), h.kind, name, key, h.en, f"{h.score:g}", h.field, h.snippet])
    return ["rank", "kind", "term", "key", "en", "score", "field", "snippet"], rows


# -- Markdown ---------------------------------------------------------------------------------


def _components_markdown(components: Sequence[Component], depth: int = 0) -> list[str]:
    lines = []
    for component in components:
        label = f"**{component.label}** " if component.label else ""
        en = f" — {component.en}" if component.en else ""
        detail = f": {component.detail}" if component.detail else ""
        lines.append(f"{'  ' * depth}- {label}{component.text}{en}{detail}")
        lines += _components_markdown(component.items, depth + 1)
    return lines


def term_markdown(term: Term, documents: Mapping[str, Document]) -> str:
    lines = [
        f"## {term.term}",
        "",
        f"*{term.pinyin}* — {term.en}",
        "",
        f"Scope: {term.scope} · Category: {term.category}",
    ]
    if term.aliases:
        lines[-1] += f" · Also: {', '.join(term.aliases)}"
    lines.append("")
    if term.definition:
        lines += ["**Definition**", "", f"> {term.definition}", ""]
    elif term.defined:
        lines += [f"*{SPELLED_OUT}*", ""]
    else:
        lines += [f"**{NOT_DEFINED}**", ""]
    if term.components:
        lines += ["**Parts**", "", *_components_markdown(term.components), ""]
    if term.notes:
        lines += ["**Notes**", "", *(f"- {note}" for note in term.notes), ""]
    if term.related:
        lines += [f"**Related**: {', '.join(term.related)}", ""]
    lines += ["**Sources**", "", *(source_markdown(s, documents) for s in term.sources), ""]
    return "\n".join(lines)


def _list_markdown(result: TermList, documents: Mapping[str, Document]) -> str:
    rows = [
        [t.term, t.pinyin, t.en, t.scope, t.category, "yes" if t.defined else "no"]
        for t in result.terms
    ]
    return pipe_table(["term", "pinyin", "en", "scope", "category", "defined"], rows)


# -- text -------------------------------------------------------------------------------------


def _lookup_text(result: LookupResult, ctx: Context) -> None:
    words = ctx.words
    if result.match != "exact":
        if words.lang is Lang.zh:
            how = f"（{words.match(result.match)}匹配：{result.matched}）"
        else:
            how = f" (by {words.match(result.match)}: {result.matched})"
        ctx.page.block([(f"{result.query.strip()} → {result.entry.term} {how}", "dim")])
    term_text(result.entry, ctx)
    if result.alternatives:
        others = ", ".join(f"{c.term} ({words.match(c.match)})" for c in result.alternatives)
        ctx.page.blank()
        ctx.page.block([(ctx.words("Other matches") + ": ", "bold"), (others, "")])


def _node(component: Component, words: Words) -> Node:
    label: Line = []
    if component.label and component.label != component.text:
        label.append((f"{component.label}  ", "bold cyan"))
    first, beside = words.names(component.text, component.en)
    label.append((first, "bold" if component.items else ""))
    if beside:
        label.append((f"  {beside}", "dim"))
    if component.detail:
        label.append((f"  {component.detail}", ""))
    return label, [_node(item, words) for item in component.items]


def term_text(term: Term, ctx: Context) -> None:
    page, words = ctx.page, ctx.words
    if words.lang is Lang.en:
        page.block([(term.en, "bold")])
        page.block([(term.term, ""), ("  ", ""), (term.pinyin, "italic")])
    else:
        page.block([(term.term, "bold"), ("  ", ""), (term.pinyin, "italic")])
        if words.lang is Lang.both:
            page.block([(term.en, "")])
    scope, category = words.label(term.scope, SCOPES_EN), words.label(term.category, CATEGORIES_EN)
    facts: Line = [(f"{scope} · {category}", "cyan")]
    if term.aliases:
        also = "又称" if words.lang is Lang.zh else "also:"
        facts.append((f" · {also} {', '.join(term.aliases)}", ""))
    page.block(facts)
    page.blank()
    ctx.heading("Definition")
    if term.definition:
        page.block([(term.definition, "")], indent=2)
    elif term.defined:
        page.block([(words(SPELLED_OUT), "")], indent=2)
    else:
        mentioned = words(NOT_DEFINED) + " " + words(MENTIONED)
        page.block([(mentioned, "")], indent=2)
    if term.components:
        page.blank()
        ctx.heading("Parts")
        page.tree([_node(c, words) for c in term.components])
    if term.notes:
        page.blank()
        ctx.heading("Notes")
        for note in term.notes:
            page.block([(f"! {note}", "")], indent=2, hanging=4)
    if term.related:
        page.blank()
        page.block([(words("Related") + ": ", "bold"), (", ".join(term.related), "")])
    page.blank()
    ctx.heading("Sources")
    previous = None
    for source in term.sources:
        ctx.source(source, titled=source.doc is None or source.doc != previous)
        previous = source.doc


def _list_text(result: TermList, ctx: Context) -> None:
    words = ctx.words
    if not result.terms:
        ctx.page.line((words("No entries match these filters."), "dim"))
        return
    rows: list[list[Cell]] = []
    for term in result.terms:
        star: Line = [] if term.defined else [(" *", "dim")]
        names = [[(name, "")] for name in words.names(term.term, term.en) if name]
        names[0] += star
        scope, category = (
            words.label(term.scope, SCOPES_EN),
            words.label(term.category, CATEGORIES_EN),
        )
        rows.append([*([line] for line in names), [[(scope, "")]], [[(category, "")]]])
    first, beside = words.names("Term", "English")
    headers = [words(first), *([beside] if beside else []), words("Scope"), words("Category")]
    ctx.page.table(headers, rows)
    footer = f"{len(result.terms)} {words('entries')}"
    if not all(t.defined for t in result.terms):
        footer += "; " + words("* used in the sources but not defined there")
    ctx.page.line((footer, "dim"))


def _search_text(result: SearchResult, ctx: Context) -> None:
    words = ctx.words
    for rank, hit in enumerate(result.hits, start=1):
        figure = hit.kind == "figure"
        name = hit.name if figure else hit.term  # type: ignore[union-attr]
        first, beside = words.names(name, hit.en)
        shown: Line = [(f"{rank:>2}. ", "dim"), (first, "bold")]
        if beside:
            shown += [("  ", ""), (beside, "dim")]
        if figure:
            shown += [("  ", ""), (f"[{words('figure')}]", "cyan")]
        ctx.page.block(shown, hanging=4)
        ctx.page.block([(f"{words.field(hit.field)}: {hit.snippet}", "")], indent=4)
        if figure:
            ctx.page.block([(_spread(hit, words), "dim")], indent=4, hanging=4)  # type: ignore[arg-type]


def _spread(hit: FigureHit, words: Words) -> str:
    """'jfq trend gdp_growth · 解放区, 示范区 · 2021–2023, 2026': where the figures are."""
    return f"jfq trend {hit.key} · {regions_text(hit.regions)} · {years_text(hit.years)}"


# -- the renderers ------------------------------------------------------------------------------

TERM: Renderer[LookupResult] = Renderer(
    text=_lookup_text,
    plain=to_plain,  # its fields, in order, are the JSON shape
    table=_lookup_table,
    markdown=lambda result, documents: term_markdown(result.entry, documents),
)
TERMS: Renderer[TermList] = Renderer(
    text=_list_text,
    plain=lambda result: to_plain(result.terms),
    table=_list_table,
    markdown=_list_markdown,
)
SEARCH: Renderer[SearchResult] = Renderer(
    text=_search_text, plain=lambda result: to_plain(result.hits), table=_search_table
)
