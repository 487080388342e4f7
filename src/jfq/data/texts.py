"""Reading source texts: a report, a folder of them, or standard input, in the encoding
that reads them (jfq.data.encodings: UTF-8, GB18030/GBK, UTF-16 or UTF-32).

Reading is bounded: a text over JFQ_MAX_REPORT_MB (64 MB) is refused while it is
read, so an endless stream (``yes | jfq extract -``) ends in an error and not in
the machine running out of memory; binary data (NUL bytes, but for UTF-16 and UTF-32
text) is refused at once.
Ctrl-C works throughout: the text is read a chunk at a time.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import BinaryIO, NamedTuple

from jfq.data.encodings import Decoded, decoded, wide_encoding
from jfq.data.records import Record, record
from jfq.errors import UsageError

ENV_MAX_REPORT_MB = "JFQ_MAX_REPORT_MB"
_CHUNK = 2**20


def max_report_bytes() -> int:
    """The largest text jfq reads: JFQ_MAX_REPORT_MB megabytes (default 64)."""
    configured = os.environ.get(ENV_MAX_REPORT_MB, "")
    megabytes = int(configured) if configured.isdigit() and int(configured) > 0 else 64
    return megabytes * 2**20


def decode(data: bytes, name: str = "the text") -> tuple[str, str]:
    """The text and the encoding it was in (jfq.data.encodings.decoded, without its notes)."""
    text, encoding, _ = decoded(data, name)
    return text, encoding


def read_text(name: str) -> tuple[bytes, Decoded]:
    """A text's bytes (read_source) and the text they hold (decoded); UsageError when they
    hold none (an empty text drafted an untitled document, which merge took)."""
    data = read_source(name)
    shown = "standard input" if name == "-" else name
    if not data:
        raise UsageError(f"{shown}: it is empty")
    text = decoded(data, shown)
    if not text.text.strip():
        raise UsageError(f"{shown}: it holds no text, only white space")
    return data, text


def read_source(name: str) -> bytes:
    """The bytes of a text file, or of standard input for '-'; UsageError when it cannot be
    read, is binary or is over max_report_bytes()."""
    if name == "-":
        stdin = sys.stdin
        if stdin is None or getattr(stdin, "buffer", None) is None:
            raise UsageError("standard input is closed: give a file, or pipe a text into jfq")
        return _bounded(stdin.buffer, "standard input")
    try:
        with Path(name).open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if 0 < size <= max_report_bytes() and Path(name).is_file():
                return _checked(handle.read(), name)  # one read, one copy in memory
            return _bounded(handle, name)
    except OSError as err:
        raise UsageError(f"{name}: cannot read: {err.strerror or err}") from None


def _checked(data: bytes, name: str) -> bytes:
    """A whole file read at once: refused if binary, or if it grew past the limit."""
    if len(data) > max_report_bytes():
        raise UsageError(
            f"{name}: more than {max_report_bytes() // 2**20} MB of text, more than jfq reads",
            hint=f"raise {ENV_MAX_REPORT_MB} to read a larger text",
        )
    refuse_a_document(data, name)
    if b"\0" in data and wide_encoding(data[:_CHUNK]) is None:
        raise UsageError(f"{name}: binary data (NUL bytes), not a text")
    return data


# What a report comes as when it is not text, and how to make text of it.
_DOCUMENTS = (
    (b"%PDF", "a PDF", "convert it to text first: pdftotext -layout FILE report.txt"),
    (b"PK\x03\x04", "a .docx, .wps or other zipped document",
     "save it as plain text (.txt, UTF-8) first, or copy its text into a file"),
    (b"\xd0\xcf\x11\xe0", "a Word (.doc) or WPS document",
     "save it as plain text (.txt, UTF-8) first, or copy its text into a file"),
    (b"{\\rtf", "an RTF document",  # (its opening brace had made it a JSON draft)
     "save it as plain text (.txt, UTF-8) first: textutil -convert txt, or "
     "soffice --headless --convert-to txt"),
)  # fmt: skip


def refuse_a_document(head: bytes, name: str) -> None:
    """UsageError when ``head`` opens a PDF, Word or RTF file: what it is, and how to make
    text of it."""
    for magic, what, how in _DOCUMENTS:
        if head.startswith(magic):
            raise UsageError(f"{name}: {what}, not a text", hint=how)


def _bounded(stream: BinaryIO, name: str) -> bytes:
    limit = max_report_bytes()
    chunks: list[bytes] = []
    size = 0
    wide = False  # UTF-16 and UTF-32 text is full of NUL bytes: its first chunk says so
    while True:
        try:
            chunk = stream.read(_CHUNK)
        except (OSError, ValueError) as err:  # a closed or unreadable stream
            raise UsageError(f"{name}: cannot read: {err}") from None
        if not chunk:
            return b"".join(chunks)
        if not chunks:
            refuse_a_document(chunk, name)
        wide = wide or (not chunks and wide_encoding(chunk) is not None)
        if b"\0" in chunk and not wide:
            raise UsageError(f"{name}: binary data (NUL bytes), not a text")
        size += len(chunk)
        if size > limit:
            raise UsageError(
                f"{name}: more than {limit // 2**20} MB of text, more than jfq reads",
                hint=f"raise {ENV_MAX_REPORT_MB} to read a larger text",
            )
        chunks.append(chunk)


@record
class Unread(Record):
    """A text of a folder that was skipped: it could not be read."""

    file: str
    error: str  # why, as the error said it (naming the file)
    hint: str | None = None


class Corpus(NamedTuple):
    texts: dict[str, str]  # each text by id (its file's name without .txt)
    unread: list[Unread]  # the files skipped


def read_corpus(folder: Path) -> Corpus:
    """The .txt files of a folder by id (name without .txt), past those that cannot be read:
    one stray file (an English note in Latin-1, a Big5 page) no longer fails the folder, and
    the caller says which were skipped; UsageError when none can be read."""
    if not folder.is_dir():
        raise UsageError(f"{folder}: not a folder (given by --corpus)")
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        raise UsageError(f"{folder}: no .txt files in the corpus folder")
    texts: dict[str, str] = {}
    unread: list[Unread] = []
    for path in paths:
        try:
            texts[path.stem] = decode(read_source(str(path)), str(path))[0]
        except UsageError as err:
            unread.append(Unread(str(path), err.message, err.hint))
    if not texts:
        raise UsageError(f"{folder}: none of its {len(paths)} texts could be read",
                         hint="; ".join(skipped.error for skipped in unread))  # fmt: skip
    return Corpus(texts, unread)
