"""Exports: the data in the files other tools open (jfq export).

  sqlite   one SQLite file: tables with keys, FTS5 search (Datasette, DuckDB, pandas)
  tbx      TBX-Basic, for the termbases of CAT tools (Trados, memoQ, Phrase)
  omegat   OmegaT's tab-separated glossary
  csv      a folder of CSV files, one per table, with a Frictionless datapackage.json

Every format is written whole or not at all: a file through a temporary file and a
rename, the CSV folder's files all together.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from jfq.data.atomic import locked, replace_together
from jfq.data.locks import Busy
from jfq.data.records import Record, record
from jfq.errors import UsageError, WriteError
from jfq.search.index import Index

ExportFormat = Literal["sqlite", "tbx", "omegat", "csv"]


@record
class Exported(Record):
    """What jfq export wrote: the format, the files, and the rows of each table."""

    to: str
    path: str
    files: list[str]
    counts: dict[str, int]


def export(index: Index, to: ExportFormat, path: Path) -> Exported:
    """Write the data of ``index`` as ``to`` at ``path`` (a file; a folder for csv)."""
    _check_place(to, path)
    if to in ("tbx", "omegat"):
        from jfq.exports import termbase  # noqa: PLC0415 - each format loads its own writer

        terms = index.terms()
        write = termbase.tbx_text if to == "tbx" else termbase.omegat_text
        files = {path: write(terms, index.documents()).encode()}
        counts = {"terms": len(terms), "aliases": sum(len(t.aliases) for t in terms)}
    else:
        from jfq.exports.tables import build_tables  # noqa: PLC0415

        tables = build_tables(index)
        counts = {table.name: len(table.rows) for table in tables}
        if to == "csv":
            from jfq.exports.datapackage import package_files  # noqa: PLC0415

            files = {path / name: data for name, data in package_files(tables).items()}
        else:
            from jfq.exports.sqlite import sqlite_bytes  # noqa: PLC0415

            files = {path: sqlite_bytes(tables)}
    _write(files, path)
    return Exported(to, str(path), [str(p) for p in files], counts)


def _check_place(to: ExportFormat, path: Path) -> None:
    """A file goes into a folder that exists; the csv folder may be new, its parent not."""
    if to == "csv" and path.exists() and not path.is_dir():
        raise UsageError(f"{path}: not a folder (csv writes one file per table into it)")
    if to != "csv" and path.is_dir():
        raise UsageError(f"{path}: a folder; {to} is written to a file")
    if not path.parent.is_dir():
        raise UsageError(f"{path.parent}: no such folder")


def _write(files: dict[Path, bytes], path: Path) -> None:
    folder = path if len(files) > 1 else path.parent  # the csv folder, or the file's
    try:
        if len(files) > 1:
            path.mkdir(exist_ok=True)
        # The lock completes what an export killed midway left, and keeps two apart.
        with locked(folder):
            replace_together(files, folder)
    except Busy:
        raise WriteError(f"{path}: another jfq is writing there; try again") from None
    except OSError as err:
        raise WriteError(f"{path}: cannot write: {err.strerror or err}") from None
