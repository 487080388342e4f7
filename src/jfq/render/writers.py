"""The machine formats (JSON, YAML, CSV) and Markdown's pieces: what every renderer shares."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from typing import Any, TextIO

from jfq.data.model import Document, Source
from jfq.printable import escape_unsafe, one_line, printable


def write_json(out: TextIO, data: Any) -> None:
    """``data`` as indented JSON, written 64K characters at a time: json.dumps makes the whole
    document one string first, which with its pieces took three times its size (the
    draft of an 8 MB report, benchmarks/extract.py); the bytes written are the same."""
    write_json_pieces(out, json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(data))


def write_json_pieces(out: TextIO, pieces: Iterable[str]) -> None:
    """JSON text made in pieces (iterencode's, json_object's), written 64K characters at a
    time, and a line end (JSON Lines: each line's pieces, the line ends between them)."""
    held: list[str] = []
    size = 0
    for piece in pieces:
        held.append(piece)
        size += len(piece)
        if size >= _WRITE_AT:
            out.write(escape_unsafe("".join(held)))
            held.clear()
            size = 0
    out.write(escape_unsafe("".join(held)) + "\n")


_WRITE_AT = 1 << 16


def json_object(
    fields: Iterable[tuple[str, Any]], listed: Collection[str], *, line: bool = False
) -> Iterator[str]:
    """The text write_json writes of a dict of ``fields`` (or, with ``line``, the line
    write_json_lines writes), made a field at a time, and those named in ``listed``
    (iterables of plain items) an item at a time: the plain form of a whole draft took more
    memory than the 8 MB report it was read from (benchmarks/extract.py).  json indents by
    nesting alone, so an item dumped on its own and indented by its depth is the same text."""
    near, deeper, colon = ("", "", ":") if line else ("\n  ", "\n    ", ": ")
    yield "{"
    count = 0
    for key, value in fields:
        yield f"{',' if count else ''}{near}{json.dumps(key, ensure_ascii=False)}{colon}"
        count += 1
        if key not in listed:
            yield _nested(value, 1, line=line)
            continue
        items = 0
        for item in value:
            yield f"{',' if items else '['}{deeper}{_nested(item, 2, line=line)}"
            items += 1
        yield f"{near}]" if items else "[]"
    yield f"{near[:1]}}}" if count else "}"


def _nested(value: Any, depth: int, *, line: bool) -> str:
    if line:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    # (a JSON string holds no line break: each one is between two of its values)
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * depth)


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
    return f"- {where}\n\n  > {one_line(source.quote)}{note}"


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
