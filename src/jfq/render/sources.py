"""``jfq source``'s result in every format: a document, who cites it, a quote in context."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from jfq.data.convert import to_plain
from jfq.render import Renderer, Table
from jfq.render.wording import (
    SOURCE_FIELDS,
    SOURCE_NONE,
    SOURCE_SHOWN,
    SOURCE_TRY,
    cited_line,
    more_line,
    passage_at,
    passages_line,
)

if TYPE_CHECKING:
    from jfq.data.model import Document
    from jfq.documents import Citation, SourceView
    from jfq.render.text import Context


def _file(view: SourceView) -> str:
    """The sources file as the data folder names it: sources/<id>.yaml."""
    return "/".join(view.file.replace("\\", "/").split("/")[-2:])


def _short(document: Document) -> str:
    return document.id.split("_")[0]


def _plain(view: SourceView) -> Any:
    document = {k: v for k, v in to_plain(view.document).items() if k != "passages"}
    plain: dict[str, Any] = {
        "document": document,
        "file": view.file,
        "passages": len(view.document.passages),
        "characters": sum(len(p.text) for p in view.document.passages),
        "cited_by": {
            "entries": [to_plain(c) for c in view.entries],
            "rows": [to_plain(c) for c in view.rows],
            "regions": [to_plain(c) for c in view.regions],
        },
    }
    if view.around is not None:  # one passage, or one per passage that holds a part
        plain["around"] = [{**to_plain(m), "marked": m.marked()} for m in view.around]
    return plain


def _table(view: SourceView) -> Table:
    if view.around is not None:
        return ["id", "at", "quote", "passage", "marked"], [
            [view.document.id, str(m.passage.at), m.quote, m.passage.text, m.marked()]
            for m in view.around
        ]
    document = view.document
    headers = [field for field, _ in SOURCE_FIELDS] + [
        "title",
        "passages",
        "entries",
        "rows",
        "regions",
    ]
    values = [getattr(document, field) or "" for field, _ in SOURCE_FIELDS]
    counts = [len(document.passages), len(view.entries), len(view.rows), len(view.regions)]
    return headers, [[*values, document.title, *map(str, counts)]]


def _markdown(view: SourceView, _: Mapping[str, Document]) -> str:
    document = view.document
    lines = [f"### [{_short(document)}] {document.title}", ""]
    if view.around is not None:
        for m in view.around:
            lines += [m.marked("**", "**"), "", f"*{passage_at(m.passage.at, _file(view))}*", ""]
        return "\n".join(lines)
    for field, label in SOURCE_FIELDS:
        lines.append(f"- **{label}**: {getattr(document, field) or SOURCE_NONE}")
    characters = sum(len(p.text) for p in document.passages)
    lines += [f"- **passages**: {passages_line(len(document.passages), characters, _file(view))}",
              "", _cited(view), ""]  # fmt: skip
    return "\n".join(lines)


def _cited(view: SourceView) -> str:
    return cited_line(len(view.entries), sum(c.quotes for c in view.entries),
                      len(view.rows), sum(c.quotes for c in view.rows),
                      len(view.regions))  # fmt: skip


def _names(citations: list[Citation]) -> str:
    shown = [f"{c.name} ({c.quotes})" for c in citations[:SOURCE_SHOWN]]
    more = len(citations) - SOURCE_SHOWN
    return " · ".join(shown) + (f"  {more_line(more)}" if more > 0 else "")


def _text(view: SourceView, ctx: Context) -> None:
    page, document = ctx.page, view.document
    page.block([(f"[{_short(document)}] ", "bold"), (document.title, "bold"),
                (f"  {document.date}", "dim")], hanging=4)  # fmt: skip
    if view.around is not None:
        for around in view.around:
            if page.styled:  # bold on a terminal; marks that survive a pipe otherwise
                text, spans, position = around.passage.text, [], 0
                for start, end in around.marks:
                    spans += [(text[position:start], ""), (text[start:end], "bold")]
                    position = end
                page.block([*spans, (text[position:], "")], indent=2)
            else:
                page.block([(around.marked(), "")], indent=2)
            page.block([(passage_at(around.passage.at, _file(view)), "dim")], indent=2)
        return
    width = max(len(label) for _, label in SOURCE_FIELDS) + 2
    characters = sum(len(p.text) for p in document.passages)
    passages = passages_line(len(document.passages), characters, _file(view))
    rows = [*((label, getattr(document, field)) for field, label in SOURCE_FIELDS),
            ("passages", passages)]  # fmt: skip
    for label, value in rows:
        if label in ("url", "sha256") and value:  # copied whole: never cut across lines
            page.unwrapped(("  " + label.ljust(width), "dim"), (value, ""))
            continue
        page.block([(label.ljust(width), "dim"), (value or SOURCE_NONE, "")],
                   indent=2, hanging=2 + width)  # fmt: skip
    page.blank()
    page.block([(_cited(view), "bold")])
    for citations in (view.entries, view.rows, view.regions):
        if citations:
            page.block([(_names(citations), "")], indent=2, hanging=4)
    page.blank()
    page.block([(SOURCE_TRY.format(short=_short(document)), "dim")])


SOURCE: Renderer[SourceView] = Renderer(text=_text, plain=_plain, table=_table, markdown=_markdown)
