"""jfq export: the data in the files other tools open (see jfq.exports)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from jfq.cli.options import DataDirOption, FormatOption, open_index
from jfq.exports import ExportFormat
from jfq.render import Format, emit


def export(
    path: Annotated[
        Path, typer.Argument(metavar="PATH", help="The file to write; for csv, a folder.")
    ],
    to: Annotated[
        ExportFormat,
        typer.Option(
            "--to",
            "-t",
            case_sensitive=False,
            help="sqlite (Datasette, DuckDB, pandas), tbx (CAT termbases), omegat "
            "(OmegaT glossary) or csv (with a Frictionless datapackage.json).",
        ),
    ],
    fmt: FormatOption = Format.text,
    data_dir: DataDirOption = None,
) -> None:
    """Write the data for other tools: SQLite, TBX, an OmegaT glossary, or CSV.

    sqlite: tables for terms, parts, aliases, related entries, documents, quotes,
    regions and targets, with foreign keys and full-text search (FTS5). tbx:
    TBX-Basic, each entry with its Chinese name, aliases, English, definition and
    sources. omegat: tab-separated, for a project's glossary folder. csv: one
    file per table and a datapackage.json (frictionless validate checks it).
    An existing file is replaced.

    Examples:

    \b
    # one SQLite file, for Datasette, DuckDB or pandas
    jfq export --to sqlite jfq.sqlite
    # a termbase for Trados, memoQ or Phrase
    jfq export --to tbx jfq.tbx
    # an OmegaT glossary, for a project's glossary folder
    jfq export --to omegat jfq-glossary.txt
    # CSV tables with a Frictionless data package
    jfq export --to csv jfq-csv
    """
    from jfq.exports import export as write  # noqa: PLC0415 - the writers load only here
    from jfq.render.exports import EXPORT  # noqa: PLC0415

    emit(EXPORT, write(open_index(data_dir), to, path), fmt)
