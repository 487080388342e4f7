"""The machine formats (JSON, YAML, CSV) and Markdown's pieces: what every renderer shares."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, TextIO

from jfq.data.model import Document, Source
from jfq.printable import escape_unsafe, printable


def write_json(out: TextIO, data: Any) -> None:
    """``data`` as indented JSON, written 64K characters at a time: json.dumps makes the whole
    document one string first, which with its pieces took three times its size (the
    draft of an 8 MB report, benchmarks/extract.py); the bytes written are the same."""
    pieces: list[str] = []
    held = 0
    for piece in json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(data):
        pieces.append(piece)
        held += len(piece)
        if held >= _WRITE_AT:
            out.write(escape_unsafe("".join(pieces)))
            pieces.clear()
            held = 0
    out.write(escape_unsafe("".join(pieces)) + "\n")


_WRITE_AT = 1 << 16


def write_json_lines(out: TextIO, data: Any) -> None:
    """JSON Lines (jsonlines.org): each item of a list on a line of its own, as tools that
    read a stream (jq -c, pandas.read_json(lines=True)) take it."""
    items = data if isinstance(data, list) else [data]
    for item in items:
        out.write(escape_unsafe(json.dumps(item, ensure_ascii=False, separators=(",", ":"))))
        out.write("\n")


def write_yaml(out: TextIO, data: Any) -> None:
    from jfq.data.yaml_write import dump_plain  # noqa: PLC0415 - PyYAML only for YAML output

    out.write(dump_plain(data))


def write_csv(out: TextIO, headers: list[str], rows: list[list[str]]) -> None:
    import csv  # noqa: PLC0415 - only CSV output pays for it

    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows([printable(cell) for cell in row] for row in rows)


def write_printable(out: TextIO, text: str) -> None:
    """Text for people (Markdown) with every control character shown as an escape."""
    out.write(printable(text))


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


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """'1 document', '2 documents', '0 entries' (with plural='entries')."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


class Footnotes:
    """Numbers the quotes under a table: one number per distinct passage."""

    def __init__(self) -> None:
        self.sources: list[Source] = []
        self._numbers: dict[tuple[str | None, str | None, str], int] = {}

    def mark(self, sources: Sequence[Source]) -> str:
        marks = []
        for source in sources:
            key = (source.doc, source.url, source.quote)
            if key not in self._numbers:
                self.sources.append(source)
                self._numbers[key] = len(self.sources)
            marks.append(str(self._numbers[key]))
        return ",".join(marks)
