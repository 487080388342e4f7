"""What the domain renderers share: writers for each format, and the text helpers."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from jfq.model import Document, Source

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.text import Text

Table = tuple[list[str], list[list[str]]]

_TRAILING_SPACE = re.compile(r"[ \t]+(?=(?:\x1b\[[0-9;]*m)*$)", re.MULTILINE)


# -- machine formats -----------------------------------------------------------------------


def write_json(out: TextIO, data: Any) -> None:
    import json

    out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def write_yaml(out: TextIO, data: Any) -> None:
    import yaml

    out.write(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100))


def write_csv(out: TextIO, headers: list[str], rows: list[list[str]]) -> None:
    import csv

    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows(rows)


def pipe_table(headers: list[str], rows: list[list[str]]) -> str:
    """A Markdown table; pipes and newlines inside cells are escaped."""

    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(cell(h) for h in headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def source_markdown(source: Source, documents: Mapping[str, Document]) -> str:
    """The source as a list item: where it is from, then the quote."""
    if source.doc is None:
        where = f"[{source.title}]({source.url})"
    elif source.doc in documents:
        document = documents[source.doc]
        where = f"**[{source.doc.split('_')[0]}]** {document.title} ({document.date})"
    else:
        where = f"`{source.doc}`"
    note = f"\n\n  ({source.note})" if source.note else ""
    return f"- {where}\n\n  > {source.quote}{note}"


# -- text (rich) ------------------------------------------------------------------------------


class Context:
    """What a text renderer may use: the console and the titles of the documents."""

    def __init__(self, console: Console, documents: Mapping[str, Document], chart: bool) -> None:
        self.console = console
        self.documents = documents
        self.chart = chart

    def print(self, *items: RenderableType) -> None:
        self.console.print(*items)

    def heading(self, text: str) -> None:
        from rich.text import Text

        self.console.print(Text(text, style="bold underline"))

    def indented(self, text: str | Text, indent: int = 2) -> None:
        from rich.padding import Padding
        from rich.text import Text

        body = Text(text) if isinstance(text, str) else text
        self.console.print(Padding(body, (0, 0, 0, indent)))

    def source_label(self, source: Source) -> Text:
        from rich.text import Text

        if source.doc is None:
            return Text.assemble((source.title or "", "bold"), " ", (source.url or "", "cyan"))
        short = source.doc.split("_")[0]
        document = self.documents.get(source.doc)
        if document is None:
            return Text(f"[{short}]", style="bold")
        return Text.assemble((f"[{short}] ", "bold"), document.title, (f"  {document.date}", "dim"))

    def source(self, source: Source, label: Text | None = None) -> None:
        self.indented(label or self.source_label(source))
        self.indented(source.quote, 6)
        if source.note:
            self.indented(f"({source.note})", 6)


def write_rich(
    out: TextIO, draw: Callable[[Context], None], documents: Mapping[str, Document], chart: bool
) -> None:
    """Draw with rich (colour only on a terminal without NO_COLOR) and write to ``out``."""
    from rich.console import Console

    console = Console(file=out, highlight=False, emoji=False, markup=False)
    with console.capture() as captured:
        draw(Context(console, documents, chart))
    # Rich pads wrapped blocks to the full width; piped or pasted text should not end in spaces.
    out.write(_TRAILING_SPACE.sub("", captured.get()))


class Footnotes:
    """Numbers the quotes under a table: one number per distinct passage."""

    def __init__(self) -> None:
        self.sources: list[Source] = []

    def mark(self, sources: Sequence[Source]) -> str:
        marks = []
        for source in sources:
            if source not in self.sources:
                self.sources.append(source)
            marks.append(str(self.sources.index(source) + 1))
        return ",".join(marks)

    def print(self, ctx: Context) -> None:
        from rich.text import Text

        if not self.sources:
            return
        ctx.print()
        ctx.heading("Sources")
        for index, source in enumerate(self.sources, start=1):
            ctx.source(source, Text.assemble((f"[{index}] ", "bold"), ctx.source_label(source)))


def bars(ctx: Context, series: Sequence[tuple[str, Sequence[tuple[str, float, str]]]]) -> None:
    """A terminal bar chart: one block per label, one bar per (name, value, value as text)."""
    from rich.text import Text

    top = max((abs(v) for _, bars_ in series for _, v, _ in bars_), default=0) or 1
    width = max(10, min(40, ctx.console.width - 30))
    name_width = max((len(name) for _, bars_ in series for name, _, _ in bars_), default=0)
    for label, bars_ in series:
        ctx.print(Text(label, style="bold"))
        for name, value, shown in bars_:
            length = max(1, round(abs(value) / top * width)) if value else 0
            ctx.print(
                Text.assemble(f"  {name:>{name_width}} ", ("█" * length, "cyan"), f" {shown}")
            )
