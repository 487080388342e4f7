"""The options the commands share, and what the command line chose for this run.

The format asked for is remembered as it is parsed (the option's callback), so that
a failure can be reported in that format whichever command raised it; the data
folder may be given before the command (``jfq --data-dir X term 334``) or after it.
"""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from jfq.errors import UsageError
from jfq.render import Format
from jfq.render.wording import Lang

if TYPE_CHECKING:  # the index (and sqlite3) loads only when a command needs it
    from jfq.search.index import Index


class Chosen:
    """What this run's command line chose, for the runner and for the commands."""

    def __init__(self) -> None:
        self.format: str | None = None  # the --format asked for, once it is parsed
        self.data_dir: Path | None = None  # a --data-dir given before the command


chosen = Chosen()


def remember_format(value: Enum | str) -> str:
    """Typer hands the callback the converted choice (an Enum, or the text of a Literal) and
    converts what it returns once more: give back the choice as typed."""
    typed = str(value.value if isinstance(value, Enum) else value)
    chosen.format = typed
    return typed


class DraftFormat(str, Enum):
    """What jfq extract writes: the data files' own formats, or a report a line."""

    yaml = "yaml"
    json = "json"
    jsonl = "jsonl"


FormatOption = Annotated[
    Format,
    typer.Option(
        "--format",
        "-f",
        case_sensitive=False,
        callback=remember_format,
        help="Output: text (for people), json, jsonl (JSON Lines), yaml, csv or markdown.",
    ),
]
DraftFormatOption = Annotated[
    DraftFormat,
    typer.Option(
        "--format",
        "-f",
        case_sensitive=False,
        callback=remember_format,
        help="Output: yaml (default) or json: one draft of all the reports; jsonl: one "
        "report a line.",
    ),
]
LangOption = Annotated[
    Lang,
    typer.Option(
        "--lang",
        "-l",
        case_sensitive=False,
        envvar="JFQ_LANG",
        show_envvar=True,
        help="Text screens: both (Chinese first, English beside), en (English first) or zh "
        "(Chinese only).",
    ),
]
# No envvar here: jfq.data.files.locate reads JFQ_DATA_DIR itself, after every --data-dir
# on the line, so that `JFQ_DATA_DIR=A jfq --data-dir B term 334` reads B, as typed.
DataDirOption = Annotated[
    Optional[Path],  # noqa: UP045 - typer needs Optional on Python 3.10
    typer.Option(
        "--data-dir",
        metavar="DIR",
        help="Folder with glossary.yaml, targets.yaml and sources/ to use instead of the "
        "bundled data [env var: JFQ_DATA_DIR].",
    ),
]
RegionOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--region",
        "-r",
        metavar="REGION",
        help="Region by Chinese name, pinyin or English (解放区, shifanqu, demonstration zone). "
        "Default: 解放区 (in other data: its first region).",
    ),
]
YearOption = Annotated[
    Optional[str],  # noqa: UP045 - parsed by jfq, so that 20x3 gets jfq's own message
    typer.Option(
        "--year",
        "-y",
        metavar="YEAR",
        help="The year the figures are for. Default: the latest year with headline "
        "figures of the kind asked for.",
    ),
]
ReportRegionOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--region", "-r", metavar="REGION", help="Region of the report (default: from the text)."
    ),
]
ReportYearOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--year",
        "-y",
        metavar="YEAR",
        help="Year of the report, the year its targets are for (default: from the text; a"
        " report given in November or December sets the next year's).",
    ),
]
ReportFilesArgument = Annotated[
    list[str],
    typer.Argument(
        metavar="FILE...",
        help="Reports as plain text or saved web pages, folders of them, or - for stdin.",
    ),
]
DocIdOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        metavar="ID",
        help="Document id for the sources: letters, digits, _ . - (default: the file's name).",
    ),
]
MergeFlag = Annotated[
    bool, typer.Option("--merge", help="Add the draft to the data files in --data-dir.")
]
CORPUS_HELP = ("Folder of source texts (*.txt: UTF-8, GB18030/GBK, UTF-16 or UTF-32); "
               "a text none of them reads is skipped, with a note.")  # fmt: skip
CorpusOption = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option(
        "--corpus",
        metavar="DIR",
        help=CORPUS_HELP,
    ),
]


def data_folder(data_dir: Path | None) -> Path | None:
    """The command's --data-dir, else the one given before the command, else JFQ_DATA_DIR."""
    from jfq.data.files import ENV_DATA_DIR  # noqa: PLC0415 - see TYPE_CHECKING above

    for given in (data_dir, chosen.data_dir, os.environ.get(ENV_DATA_DIR) or None):
        if given is not None:
            return Path(given)
    return None


def open_index(data_dir: Path | None) -> Index:
    from jfq.data.files import locate  # noqa: PLC0415 - see TYPE_CHECKING above
    from jfq.search.cache import open_index as open_cached  # noqa: PLC0415

    return open_cached(locate(data_folder(data_dir)))


def known_region_names(data_dir: Path | None) -> dict[str, str]:
    """The data's region names and aliases, each to its name; none where there is no data
    yet (a first jfq extract --merge into an empty folder)."""
    folder = data_folder(data_dir)
    if folder is not None and not (folder / "targets.yaml").is_file():
        return {}
    return open_index(data_dir).region_spellings()


def known_measures(data_dir: Path | None) -> dict[str, set[str]]:
    """What the data measures each key in (grain_output: 斤); none where there is no data yet."""
    from jfq.authoring.draft import measures_by_key  # noqa: PLC0415 (extract's only)

    folder = data_folder(data_dir)
    if folder is not None and not (folder / "targets.yaml").is_file():
        return {}
    return measures_by_key(open_index(data_dir).all_targets())


def text_options(fmt: Format, index: Index) -> dict[str, Any]:
    """Text and Markdown name the documents they quote; the machine formats carry their ids."""
    if fmt not in (Format.text, Format.markdown):
        return {}
    return {"documents": index.document_map()}  # each looked up when a screen names it


def label(option: str, value: str | None, english: dict[str, str]) -> str | None:
    """A scope or category as the data writes it (区), given in Chinese or English (district)."""
    if value is None or value in english:
        return value
    for chinese, name in english.items():
        if value.strip().casefold() == name.casefold():
            return chinese
    choices = ", ".join(f"{chinese} ({name})" for chinese, name in english.items())
    raise UsageError(f"{option} must be one of {choices}; got {value!r}")
