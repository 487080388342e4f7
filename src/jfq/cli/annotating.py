"""jfq annotate: a text with the glossary terms it uses (see jfq.authoring.annotate)."""

from __future__ import annotations

import sys
from typing import Annotated, Literal

import typer

from jfq.cli.options import DataDirOption, LangOption, open_index, remember_format
from jfq.render import Format, emit, tell
from jfq.render.wording import Lang, read_notes

# jfq's formats, and tsv: a term list a CAT tool imports.
AnnotateFormat = Literal["text", "json", "yaml", "csv", "markdown", "tsv"]


def annotate(
    file: Annotated[
        str,
        typer.Argument(
            metavar="FILE", help="A text (UTF-8, GB18030/GBK, UTF-16 or UTF-32), or - for stdin."
        ),
    ],
    fmt: Annotated[
        AnnotateFormat,
        typer.Option(
            "--format",
            "-f",
            case_sensitive=False,
            callback=remember_format,
            help="text (the text, each term marked), json or yaml (offsets), csv or "
            "markdown (one row per use), tsv (a term list for a CAT tool).",
        ),
    ] = "text",
    lang: LangOption = Lang.both,
    data_dir: DataDirOption = None,
) -> None:
    """Mark the glossary terms a text uses: each with where it occurs and its English.

    A term is used where the text writes its name, an alias, or a part of a
    slogan that has three or more characters. Traditional characters and
    full-width digits match too; offsets count characters of the text as read.
    Exit code 1 when the text uses no term.

    Examples:

    \b
    # the report with its terms marked, and the list of them
    jfq annotate report.txt
    # every use with line, column and offsets
    jfq annotate report.txt --format json
    # the terms as a glossary for OmegaT or another CAT tool
    jfq annotate report.txt --format tsv > report-terms.txt
    """
    from jfq.authoring.annotate import annotate_file  # noqa: PLC0415 - loads only here
    from jfq.render.annotation import ANNOTATION, tsv  # noqa: PLC0415

    result = annotate_file(open_index(data_dir), file)
    tell(read_notes(result.source, result.encoding, result.notes))
    if fmt == "tsv":
        sys.stdout.write(tsv(result))
        return
    emit(ANNOTATION, result, Format(fmt), lang=lang)
