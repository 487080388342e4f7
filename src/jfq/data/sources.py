"""The documents of a data folder: sources/<id>.yaml, one file per document.

A data folder is glossary.yaml, targets.yaml and sources/.  Each file in sources/ is
one Document (jfq.data.model): its header (title, date, URL, publisher, sha256 of the
full text) and the passages that the data's quotes are taken from.  The index keeps
the headers (a lookup needs the titles); the passages are read only by ``jfq
validate`` and ``jfq source``.  A glossary.yaml written before sources/ may still
list its documents itself; one id in both places is an error, never a silent choice.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from jfq.data.convert import convert
from jfq.data.files import SOURCES, SUFFIX, read_stable, source_files
from jfq.data.model import Document, Glossary
from jfq.data.parse import load_checked, load_model, reported
from jfq.errors import DataError

Plain = dict[str, Any]


def read_document(path: Path, data: bytes | None = None) -> Plain:
    """One sources file (or its bytes, read already), checked against Document; its id
    must be its file name, so that `jfq source ID` and the file can be found by each other."""
    plain: Plain = load_checked(path, Document, data)
    if not isinstance(plain, dict):  # pragma: no cover - load_checked refuses it first
        raise DataError(str(path), "a sources file is one document (a mapping)")
    if plain["id"] + SUFFIX != path.name:
        raise DataError(str(path), f"the id {plain['id']!r} is not the file's name ({path.name})")
    return plain


def headers(files: Iterable[tuple[Path, bytes]]) -> list[Plain]:
    """The documents of sources files already read, without their passages (for the index)."""
    return [
        {k: v for k, v in read_document(path, data).items() if k != "passages"}
        for path, data in files
    ]


def joined(own: list[Plain], from_sources: list[Plain], glossary: Path) -> list[Plain]:
    """glossary.yaml's own documents (data written before sources/) and those of sources/;
    DataError when one id is in both."""
    ids = {document["id"] for document in from_sources}
    for document in own:
        if document["id"] in ids:
            message = f"document {document['id']!r} is both here and in {SOURCES}/: keep one"
            raise DataError(str(glossary), message)
    return own + from_sources


def read_all(folder: Path) -> list[tuple[Path, bytes]]:
    """The bytes of every sources file of ``folder``."""
    return [(path, read_stable(path)[0]) for path in source_files(folder)]


def load_document(path: Path, data: bytes | None = None) -> Document:
    """One sources file as a Document, passages included."""
    plain = read_document(path, data)
    with reported(path):
        return convert(plain, Document)
    raise AssertionError("unreachable")  # pragma: no cover


def load_documents(folder: Path) -> list[Document]:
    """Every document of ``folder``/sources, passages included."""
    return [load_document(path, data) for path, data in read_all(folder)]


def load_glossary(glossary: Path) -> Glossary:
    """glossary.yaml with the documents of sources/ beside it, passages included."""
    model = load_model(glossary, Glossary)
    own = [{"id": d.id} for d in model.documents]
    documents = load_documents(glossary.parent)
    joined(own, [{"id": d.id} for d in documents], glossary)
    model.documents = model.documents + documents
    return model


def find_document(folder: Path, query: str) -> Path | None:
    """The sources file of a document by its id, or by the short id the screens show
    (004 for 004_bddc84386e9e697e); None when no document has it."""
    files = source_files(folder)
    for path in files:
        if path.stem == query:
            return path
    short = [path for path in files if path.stem.split("_")[0] == query]
    return short[0] if len(short) == 1 else None
