"""The authoring commands: validate, mentions, extract, merge.

Each parses its arguments, calls the core and emits the result; see jfq.cli.reading.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from jfq.cli.options import (
    CORPUS_HELP,
    CorpusOption,
    DataDirOption,
    DocIdOption,
    DraftFormat,
    DraftFormatOption,
    FormatOption,
    MergeFlag,
    ReportFilesArgument,
    ReportRegionOption,
    ReportYearOption,
    data_folder,
    known_measures,
    known_region_names,
    open_index,
)
from jfq.errors import Invalid, Unsettled, UsageError
from jfq.render import Format, emit, tell

if TYPE_CHECKING:  # the authoring code loads only in its commands
    from jfq.authoring.draft import Extractions
    from jfq.authoring.merge import MergeReport
    from jfq.data.model import Draft


def validate(
    corpus: CorpusOption = None,
    fmt: FormatOption = Format.text,
    data_dir: DataDirOption = None,
) -> None:
    """Check the data: schema, integrity rules, and every quote against its document.

    Each quote must be verbatim in its document's passages in sources/ ('…' marks
    words left out); with --corpus, in the full text of each document the folder
    holds (<id>.txt). The last line counts the quotes checked and their documents.
    Exit code 3 when there is an error; notes (known gaps of the sources) do not fail.

    Examples:

    \b
    # check the bundled data: every quote against sources/
    jfq validate
    # against the full texts you have
    jfq validate --corpus ../shared/seeds
    # your own data, as JSON for CI
    jfq validate --data-dir my-data --format json
    """
    from jfq.data.files import locate  # noqa: PLC0415
    from jfq.data.validate import validate_files  # noqa: PLC0415
    from jfq.render.checks import VALIDATION  # noqa: PLC0415

    files = locate(data_folder(data_dir))
    report = validate_files(files.glossary, files.targets, corpus)
    emit(VALIDATION, report, fmt)
    if report.errors:
        raise Invalid(f"the data has {len(report.errors)} error(s), listed above")


def mentions(
    query: Annotated[
        list[str], typer.Argument(metavar="QUERY...", help="A term (any spelling) or any text.")
    ],
    corpus: Annotated[
        Path,
        typer.Option("--corpus", metavar="DIR", help=CORPUS_HELP),
    ],
    context: Annotated[
        int, typer.Option(min=0, max=500, help="Characters shown either side of a mention.")
    ] = 30,
    fmt: FormatOption = Format.text,
    data_dir: DataDirOption = None,
) -> None:
    """Every place a term occurs in a folder of texts, with document, line and context.

    A QUERY that names an entry searches for its name and all its aliases; any
    other text is searched as it is.

    Examples:

    \b
    # where 334 is used, in every report
    jfq mentions 334 --corpus ../shared/seeds
    # the same as a table
    jfq mentions 万人助万企 --corpus reports/ --format csv
    """
    from jfq.authoring.mentions import mentions as find  # noqa: PLC0415
    from jfq.render.authoring import MENTIONS  # noqa: PLC0415
    from jfq.render.wording import skipped_notes  # noqa: PLC0415

    found = find(open_index(data_dir), " ".join(query), corpus, context)
    tell(skipped_notes(found.skipped))
    emit(MENTIONS, found, fmt)


def extract(
    files: ReportFilesArgument,
    region: ReportRegionOption = None,
    year: ReportYearOption = None,
    doc: DocIdOption = None,
    merge: MergeFlag = False,
    fmt: DraftFormatOption = DraftFormat.yaml,
    data_dir: DataDirOption = None,
) -> None:
    """Draft cited glossary entries, targets and results from reports' text.

    Reads any report: its targets (主要预期目标是…, a heading and bullets, over
    several sentences), its review of the past year (every figure a result), and
    its glossary (名词解释 sections in any layout, running-text definitions). Every
    item carries its quote with character offsets. The encoding (UTF-8, GB18030/GBK,
    UTF-16 or UTF-32), the region and the year are detected; what had to be guessed is
    said on stderr, and a text no encoding reads is refused. A web page saved from a
    browser (.html) is read as the text a reader sees; a PDF, Word or RTF file is
    refused with the way to make text of it. Several reports give one draft (or, with
    jsonl, one a line). Review the draft, then add it with jfq merge.

    Examples:

    \b
    # a draft to review
    jfq extract report-2024.txt > draft.yaml
    # when the text does not say: region, year, JSON
    jfq extract report.txt -r 解放区 -y 2024 -f json
    # a folder (.txt, .html): one JSON object a report
    jfq extract reports/ -f jsonl
    # a report's web page, saved from the browser
    jfq extract report-page.html -r 焦作市
    # add the reviewed draft to your data
    jfq merge draft.yaml --data-dir my-data
    """
    from jfq.authoring.extract import extract_reports  # noqa: PLC0415
    from jfq.render.authoring import DRAFTS  # noqa: PLC0415
    from jfq.targets.regions import parse_year  # noqa: PLC0415

    folder = data_folder(data_dir)
    if merge and folder is None:
        raise UsageError(
            "--merge needs --data-dir DIR (or JFQ_DATA_DIR): the bundled data is read-only"
        )
    chosen = None if year is None else parse_year(year)
    # A region the text names is read as one the data knows where it can be (河南 -> 河南省).
    known = known_region_names(data_dir)
    region = known.get(region, region) if region else region  # (-r 焦作: the data's 焦作市)
    measured = known_measures(data_dir)
    drafts = extract_reports(files, region=region, year=chosen, doc_id=doc, known_regions=known,
                             known_measures=measured)  # fmt: skip
    _tell_what_was_read(drafts, on_screen=fmt is DraftFormat.yaml and not merge)
    if merge and folder is not None:
        _merged(drafts.draft(), folder, Format.text if fmt is DraftFormat.yaml else Format.json)
        return
    emit(DRAFTS, drafts, Format(fmt.value))


def _tell_what_was_read(drafts: Extractions, *, on_screen: bool) -> None:
    """What each report gave, on stderr; on a terminal the YAML's comments show the notes
    already, so each is said only once."""
    on_screen = on_screen and sys.stdout.isatty()
    for draft in drafts.reports:
        summary = (f"jfq: read {draft.source} as {draft.encoding}: {len(draft.terms)} entries, "
                   f"{len(draft.targets)} target rows")  # fmt: skip
        tell([summary] if on_screen else [summary, *(f"  {note}" for note in draft.notes)])
    tell([f"jfq: {note}" for note in drafts.notes])  # (the files not read: said even on screen)


def merge(
    draft: Annotated[
        Path,
        typer.Argument(
            metavar="DRAFT", help="A draft as jfq extract wrote it, reviewed; - for stdin."
        ),
    ],
    fmt: FormatOption = Format.text,
    data_dir: DataDirOption = None,
) -> None:
    """Add a reviewed draft to the data files in --data-dir, never overwriting.

    New documents, entries, regions and rows are appended in the files' own style
    (comments kept); a document already in sources/ gains the passages the
    draft cites and it lacks, so a report can go in over several reviews.
    Anything that would change what is there is a conflict,
    each field old beside new: listed, not written, and the rest is written (exit
    code 1). The merged data must pass every check that validate makes, quotes in
    their passages included, or nothing is written: the errors it would have are
    listed (exit code 3).

    Examples:

    \b
    # a draft of a new report, to read and correct by hand
    jfq extract report-2024.txt > draft.yaml
    # the reviewed draft into your data
    jfq merge draft.yaml --data-dir my-data
    # then check every rule of the merged data
    jfq validate --data-dir my-data
    """
    from jfq.authoring.merge import merge_file  # noqa: PLC0415

    folder = data_folder(data_dir)
    if folder is None:
        raise UsageError("jfq merge needs --data-dir DIR (or JFQ_DATA_DIR): the bundled "
                         "data is read-only")  # fmt: skip
    _show_merge(merge_file(draft, folder), fmt)


def _merged(draft: Draft, folder: Path, fmt: Format) -> None:
    from jfq.authoring.merge import merge as run_merge  # noqa: PLC0415

    _show_merge(run_merge(draft, folder), fmt)


def _show_merge(report: MergeReport, fmt: Format) -> None:
    from jfq.render.authoring import MERGE  # noqa: PLC0415

    emit(MERGE, report, fmt)
    if report.problems:
        count = len(report.problems)
        raise Invalid(f"the merged data would have {count} error(s), listed above; nothing was "
                      "written")  # fmt: skip
    if report.conflicts:
        raise Unsettled(f"{len(report.conflicts)} conflict(s) left out, listed above")
