"""Results of the core as text (for people), JSON, YAML, CSV or Markdown.

The command layer calls ``emit(renderer, result, fmt)``.  A Renderer knows one
result type in every format; each domain module holds the renderers of its
results (glossary.py: an entry, the list, search hits; targets.py: tables,
comparisons, trends; checks.py: validation, mentions, drafts, merges;
overview.py: the home screen).  writers.py writes the machine formats and
Markdown tables, text.py lays out and delivers text; wording/ holds every word.
JSON, YAML and CSV never import rich.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any, Generic, TextIO, TypeVar

from jfq.data.records import Record, record
from jfq.render.wording import Lang

if TYPE_CHECKING:
    from jfq.data.model import Document
    from jfq.render.text import Context

R = TypeVar("R")
Table = tuple[list[str], list[list[str]]]


class Format(str, Enum):
    text = "text"
    json = "json"
    yaml = "yaml"
    csv = "csv"
    markdown = "markdown"
    jsonl = "jsonl"  # JSON Lines: a list one item a line, anything else on one line


@record(kw_only=True)
class Renderer(Record, Generic[R]):
    """How one result type looks in every format.

    ``plain`` is the JSON (and YAML) form; ``table`` the CSV form and, unless
    ``markdown`` is given, the Markdown table; ``yaml`` a house-style YAML text, in
    pieces written as they come, where the plain dump will not do (jfq extract's
    drafts); ``lines`` the JSON Lines, each in pieces, where they are not the items of the
    plain form; ``json`` the JSON text in pieces, where the plain form is too big to hold.
    Made once per result type, at import, and never changed.
    """

    text: Callable[[R, Context], None]
    plain: Callable[[R], Any]
    table: Callable[[R], Table]
    markdown: Callable[[R, Mapping[str, Document]], str] | None = None
    yaml: Callable[[R], Iterable[str]] | None = None
    json: Callable[[R], Iterable[str]] | None = None
    lines: Callable[[R], Iterable[Iterable[str]]] | None = None


def emit(
    renderer: Renderer[R],
    result: R,
    fmt: Format,
    out: TextIO | None = None,
    *,
    documents: Mapping[str, Document] | None = None,
    chart: bool = False,
    lang: Lang = Lang.both,
) -> None:
    """Write ``result`` to ``out`` (default stdout) in format ``fmt``.

    ``documents`` (id -> Document) lets text and Markdown name the sources they
    quote; JSON, YAML and CSV carry the ids.  ``chart`` adds a bar chart to text;
    ``lang`` orders Chinese and English on text screens (see jfq.render.wording).
    """
    stream = out if out is not None else sys.stdout
    try:
        _write(renderer, result, fmt, stream, documents=documents, chart=chart, lang=lang)
    except BrokenPipeError:
        # The reader left (jfq … | head): stop quietly and with success, as cat does; the
        # rest of the output goes nowhere, so no later flush complains.
        os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())


def _write(
    renderer: Renderer[R],
    result: R,
    fmt: Format,
    stream: TextIO,
    *,
    documents: Mapping[str, Document] | None,
    chart: bool,
    lang: Lang,
) -> None:
    from jfq.render import writers  # noqa: PLC0415 - each format loads only what it uses

    if fmt is Format.text:
        from jfq.render.text import write_text  # noqa: PLC0415

        write_text(stream, lambda ctx: renderer.text(result, ctx), documents or {}, chart, lang)
    elif fmt is Format.markdown:
        shown = (
            renderer.markdown(result, documents or {})
            if renderer.markdown is not None
            else writers.pipe_table(*renderer.table(result))
        )
        writers.write_printable(stream, shown)
    elif fmt is Format.csv:
        writers.write_csv(stream, *renderer.table(result))
    elif fmt is Format.json and renderer.json is not None:
        writers.write_json_pieces(stream, renderer.json(result))
    elif fmt is Format.json:
        writers.write_json(stream, renderer.plain(result))
    elif fmt is Format.jsonl:
        if renderer.lines is None:
            writers.write_json_lines(stream, renderer.plain(result))
        for line in renderer.lines(result) if renderer.lines is not None else ():
            writers.write_json_pieces(stream, line)
    elif renderer.yaml is not None:
        for piece in renderer.yaml(result):
            stream.write(piece)
    else:
        writers.write_yaml(stream, renderer.plain(result))


def tell(lines: list[str]) -> None:
    """Diagnostics for the person at the terminal (what was read, what was guessed): one
    line each on stderr, never on stdout where the result goes."""
    from jfq.printable import printable  # noqa: PLC0415 - only commands that tell load it

    for line in lines:
        sys.stderr.write(printable(line) + "\n")
