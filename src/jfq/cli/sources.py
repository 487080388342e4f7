"""The source command: a document of sources/ and a quote in its passage.  Loaded only
when it runs (jfq.cli.app.COMMANDS)."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from jfq.cli.options import DataDirOption, FormatOption, data_folder, open_index
from jfq.render import Format, emit


def source(
    document: Annotated[
        str,
        typer.Argument(metavar="ID", help="A document's id, or the short id screens show (004)."),
    ],
    around: Annotated[
        Optional[str],  # noqa: UP045 - typer needs Optional on Python 3.10
        typer.Option("--around", metavar="QUOTE", help="Show the passage that holds QUOTE."),
    ] = None,
    fmt: FormatOption = Format.text,
    data_dir: DataDirOption = None,
) -> None:
    """A document that quotes come from: what it is, where it was published, and the
    entries and target rows that cite it.

    For each document, sources/<id>.yaml keeps the passages that quotes are taken
    from (not the whole text), with the sha256 of the text they come from. --around
    prints the passage holding a quote, the quote marked: bold on a terminal,
    between 【 and 】 in a pipe. '…' in a quote stands for words left out.

    Examples:

    \b
    # the 2022 report of 解放区: what it is, and who cites it
    jfq source 004
    # a quote inside its paragraph
    jfq source 004 --around 零上访、零事故、零案件
    # the national report of 2024, as JSON
    jfq source national-2024-chinanews --format json
    """
    from jfq.data.files import locate  # noqa: PLC0415 - each command loads its own parts
    from jfq.documents import source as run_source  # noqa: PLC0415
    from jfq.render.sources import SOURCE  # noqa: PLC0415

    files = locate(data_folder(data_dir))
    emit(SOURCE, run_source(files, open_index(data_dir), document, around), fmt)
