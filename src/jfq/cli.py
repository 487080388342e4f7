"""The ``jfq`` command: argument parsing only.

Each command resolves its data, calls one function of the core (lookup,
targets, validate, extract) and hands the result to jfq.render.emit.  Expected
failures arrive as JfqError and leave as one line on stderr (and a hint) with
exit code 1 (nothing found), 2 (bad usage) or 3 (bad data) — never a traceback.
Click's own usage errors are reworded into the same form (see _usage_message).
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, NoReturn, Optional, TypeVar

import typer

from jfq import __version__
from jfq.errors import JfqError, NotFound, UsageError
from jfq.model import Kind, Tier
from jfq.render import Format
from jfq.render.words import Lang

if TYPE_CHECKING:  # the index (and sqlite3) loads only when a command needs it
    from jfq.index import Index
    from jfq.model import Document

F = TypeVar("F", bound=Callable[..., Any])

app = typer.Typer(
    name="jfq",
    help=(
        "Look up the slogans, programmes and target tables of the Jiefang District "
        "(焦作市解放区) government work reports. Every fact comes with the source sentence."
    ),
    epilog=(
        "\b\nExamples:\n  jfq term 334\n  jfq term sanshi jingji\n  jfq search 养老\n"
        "  jfq targets --year 2023\n  jfq compare 2022 2023\n  jfq trend gdp_growth\n\n"
        "\b\nEnvironment:\n  JFQ_DATA_DIR     folder with glossary.yaml and targets.yaml\n"
        "  JFQ_CACHE_DIR    where the search index is cached\n"
        "  JFQ_MAX_DATA_MB  largest data file read (default 256)\n"
        "  JFQ_LANG         both, en or zh: the default of --lang\n"
        "  JFQ_PAGER        pager for long output (empty: none; else PAGER, less)\n"
        "  NO_COLOR         plain text output\n  JFQ_DEBUG        tracebacks of internal errors\n\n"
        "\b\nExit codes:\n  0 done   1 nothing found   2 usage error   3 bad data file\n"
        "  4 output or folder not writable   70 a bug in jfq   130 interrupted"
    ),
    add_completion=True,  # --install-completion; jfq.shell answers the values it knows
    pretty_exceptions_enable=False,
    # Plain click help; usage errors are reworded by run() into jfq's own one-line form.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

FormatOption = Annotated[
    Format,
    typer.Option(
        "--format",
        "-f",
        case_sensitive=False,
        help="Output: text (for people), json, yaml, csv or markdown.",
    ),
]


class DraftFormat(str, Enum):
    """What jfq extract writes: the data files' own formats."""

    yaml = "yaml"
    json = "json"


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
DataDirOption = Annotated[
    Optional[Path],  # noqa: UP045 - typer needs Optional on Python 3.10
    typer.Option(
        "--data-dir",
        metavar="DIR",
        envvar="JFQ_DATA_DIR",
        show_envvar=True,
        help="Folder with glossary.yaml and targets.yaml to use instead of the bundled data.",
    ),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"jfq {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def _main(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Look up terms and targets of the Jiefang District government work reports."""
    if ctx.invoked_subcommand is None:  # jfq alone: what there is, and what to type next
        overview(fmt=Format.text, lang=_lang_from_environment(), data_dir=None)


def _lang_from_environment() -> Lang:
    """JFQ_LANG for the home screen, which has no --lang of its own.  A value the commands
    would refuse is said, not silently ignored; the home screen still shows."""
    value = os.environ.get("JFQ_LANG", "both")
    try:
        return Lang(value.lower())
    except ValueError:
        sys.stderr.write(f"jfq: JFQ_LANG={value!r} is not both, en or zh; showing both\n")
        return Lang.both


def _fail(err: JfqError, fmt: Format | DraftFormat | None) -> typer.Exit:
    """The message (and a hint) on stderr; JSON and YAML also get the error object on stdout.

    So a pipeline reading the output never takes a failure for a result: it finds
    {"error": {"code", "kind", "message", "hint"}} where the result would be.
    """
    written = None if fmt is None else Format(fmt.value)
    if written in (Format.json, Format.yaml):
        from jfq.render.common import write_json, write_yaml

        (write_json if written is Format.json else write_yaml)(sys.stdout, err.document())
    sys.stderr.write(f"jfq: {_clipped(err.message)}\n")
    if err.hint:
        sys.stderr.write(f"  {_clipped(err.hint)}\n")
    return typer.Exit(code=err.exit_code)


def _clipped(line: str, limit: int = 1000) -> str:
    """A message that quotes a 100,000-character argument stays a readable line."""
    if len(line) <= limit:
        return line
    return f"{line[:limit]}… ({len(line) - limit:,} more characters)"


def reports_errors(command: F) -> F:
    """Turn the core's expected errors into one line on stderr and an exit code."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except JfqError as err:
            raise _fail(err, kwargs.get("fmt")) from None
        except BrokenPipeError:
            # The reader (head, less) went away: stop quietly, and let no later flush complain.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(code=0) from None

    return wrapper  # type: ignore[return-value]


def _index(data_dir: Path | None) -> Index:
    from jfq.cache import open_index
    from jfq.datafiles import locate

    return open_index(locate(data_dir))


def _documents(index: Index) -> dict[str, Document]:
    return {d.id: d for d in index.documents()}


@app.command()
@reports_errors
def term(
    query: Annotated[
        list[str], typer.Argument(metavar="QUERY...", help="The term, as you would type it.")
    ],
    fmt: FormatOption = Format.text,
    lang: LangOption = Lang.both,
    data_dir: DataDirOption = None,
) -> None:
    """Explain a term: definition, parts, English, pinyin and the source sentences.

    QUERY may be the name or an alias (334, 三室经济), with or without quotes or
    book-title marks, in full-width or traditional characters, pinyin with or
    without spaces or tone numbers (sanshi jingji, ssjj, san1shi4), a unique part
    of a name (添翼) or English words (three-room economy).

    Examples:

    \b
    # a numbered slogan, by its number
    jfq term 334
    # with book-title marks, in traditional characters
    jfq term 《三室經濟》
    # by its pinyin
    jfq term sanshi jingji
    # by pinyin initials, as JSON for a script
    jfq term ssjj --format json
    """
    from jfq.lookup import find_term
    from jfq.render import emit

    index = _index(data_dir)
    result = find_term(index, " ".join(query))
    emit(result, fmt, lang=lang, **_text_options(fmt, index))


def _text_options(fmt: Format, index: Index) -> dict[str, Any]:
    """Text and Markdown name the documents they quote; the machine formats carry their ids."""
    return {"documents": _documents(index)} if fmt in (Format.text, Format.markdown) else {}


@app.command()
@reports_errors
def overview(
    fmt: FormatOption = Format.text,
    lang: LangOption = Lang.both,
    data_dir: DataDirOption = None,
) -> None:
    """What the data holds: entries by scope, years of targets and results, the documents.

    The same as jfq alone, which adds what to type next.

    Examples:

    \b
    # what jfq knows, and where it comes from
    jfq overview
    # the same for a script
    jfq overview --format json
    """
    from jfq.overview import overview as take_stock
    from jfq.render import emit

    emit(take_stock(_index(data_dir)), fmt, lang=lang)


@app.command()
@reports_errors
def terms(
    scope: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            metavar="SCOPE", help="Only entries of this scope: 国家, 省, 市, 区 or 示范区."
        ),
    ] = None,
    category: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            metavar="CATEGORY",
            help="Only entries of this category, e.g. 治理, 产业, 民生, 安全 (or governance).",
        ),
    ] = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = Lang.both,
    data_dir: DataDirOption = None,
) -> None:
    """List all entries, as a table.

    Examples:

    \b
    # every entry, one line each
    jfq terms
    # the district's own governance terms
    jfq terms --scope 区 --category 治理
    # the glossary for a spreadsheet
    jfq terms --format csv > glossary.csv
    """
    from jfq.lookup import TermList
    from jfq.render import emit
    from jfq.render.words import CATEGORIES_EN, SCOPES_EN

    scope = _label("--scope", scope, SCOPES_EN)
    category = _label("--category", category, CATEGORIES_EN)
    result = TermList(_index(data_dir).terms(scope, category))
    if not result.terms:
        raise NotFound("no entries have that scope and category")
    emit(result, fmt, lang=lang)


def _label(option: str, value: str | None, english: dict[str, str]) -> str | None:
    """A scope or category as the data writes it (区), given in Chinese or English (district)."""
    if value is None or value in english:
        return value
    for chinese, name in english.items():
        if value.strip().casefold() == name.casefold():
            return chinese
    choices = ", ".join(f"{chinese} ({name})" for chinese, name in english.items())
    raise UsageError(f"{option} must be one of {choices}; got {value!r}")


@app.command()
@reports_errors
def search(
    text: Annotated[
        list[str], typer.Argument(metavar="TEXT...", help="Words to find (all must occur).")
    ],
    limit: Annotated[
        int, typer.Option(min=1, max=1000, help="Show at most this many entries (1-1000).")
    ] = 20,
    fmt: FormatOption = Format.text,
    lang: LangOption = Lang.both,
    data_dir: DataDirOption = None,
) -> None:
    """Full-text search over names, aliases, English, definitions, parts and quotes.

    Examples:

    \b
    # every entry that mentions elderly care
    jfq search 养老
    # English words work too
    jfq search laboratory
    # entries that mention both words
    jfq search 楼院 治理
    """
    from jfq.lookup import search as run_search
    from jfq.render import emit

    words = " ".join(text)
    result = run_search(_index(data_dir), words, limit)
    if not result.hits:
        hint = "try fewer or shorter words"
        raise NotFound(f"nothing mentions {words!r}", hint=hint)
    emit(result, fmt, lang=lang)


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


# The choices are the model's Literals, so a new kind or tier needs no edit here.
KindOrAll = Literal[Kind, "all"]
TierOrAll = Literal[Tier, "all"]


@app.command()
@reports_errors
def targets(
    year: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--year",
            "-y",
            metavar="YEAR",
            help="The year the figures are for. Default: the latest year with headline "
            "figures of the kind asked for.",
        ),
    ] = None,
    region: RegionOption = None,
    kind: Annotated[
        KindOrAll, typer.Option(case_sensitive=False, help="Targets, actual results, or both.")
    ] = "all",
    tier: Annotated[
        TierOrAll,
        typer.Option(case_sensitive=False, help="headline (主要预期目标), task targets, or both."),
    ] = "all",
    fmt: FormatOption = Format.text,
    lang: LangOption = Lang.both,
    data_dir: DataDirOption = None,
) -> None:
    """A year's targets and results, headline first; each target with its result and status.

    Status: met, not met, no data (no result stated for that year), unrated (no
    number to compare). The rule is literal: "about 8%" is not met by 7.9%.

    Examples:

    \b
    # the 2023 table, each target with its result
    jfq targets --year 2023
    # another region's table
    jfq targets --year 2022 --region 示范区
    # what 2021 achieved, for a spreadsheet
    jfq targets --year 2021 --kind actual --format csv
    """
    from jfq.render import emit
    from jfq.targets import parse_year, target_report

    index = _index(data_dir)
    chosen = None if year is None else parse_year(year)
    report = target_report(index, chosen, region, kind, tier)
    emit(report, fmt, lang=lang, **_text_options(fmt, index))


@app.command()
@reports_errors
def compare(
    a: Annotated[str, typer.Argument(metavar="A", help="A year (2022) or region:year.")],
    b: Annotated[str, typer.Argument(metavar="B", help="A year (2023) or region:year.")],
    kind: Annotated[
        Kind,
        typer.Option(case_sensitive=False, help="Compare targets (default) or actual results."),
    ] = "target",
    chart: Annotated[bool, typer.Option("--chart", help="Add a bar chart (text only).")] = False,
    fmt: FormatOption = Format.text,
    lang: LangOption = Lang.both,
    data_dir: DataDirOption = None,
) -> None:
    """How targets moved between two years or regions, aligned by indicator.

    A bare year means 解放区 (in other data: its first region). Rows on one side only are
    shown as such.

    Examples:

    \b
    # how the district's targets moved in a year
    jfq compare 2022 2023
    # two regions side by side, with bars
    jfq compare 解放区:2022 示范区:2022 --chart
    """
    from jfq.render import emit
    from jfq.targets import compare as run_compare

    index = _index(data_dir)
    result = run_compare(index, a, b, kind)
    emit(result, fmt, chart=chart, lang=lang, **_text_options(fmt, index))


@app.command()
@reports_errors
def trend(
    key: Annotated[
        str,
        typer.Argument(metavar="KEY", help="Indicator key (gdp_growth) or name (固定资产投资)."),
    ],
    region: RegionOption = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = Lang.both,
    data_dir: DataDirOption = None,
) -> None:
    """One indicator across all years: targets beside results, with a small chart.

    Examples:

    \b
    # GDP growth, targets beside results, every year
    jfq trend gdp_growth
    # an indicator by its Chinese name
    jfq trend 固定资产投资
    # one series for a chart of your own
    jfq trend new_skilled_workers --format json
    """
    from jfq.render import emit
    from jfq.targets import trend as run_trend

    index = _index(data_dir)
    emit(run_trend(index, key, region), fmt, lang=lang, **_text_options(fmt, index))


CorpusOption = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option(
        "--corpus", metavar="DIR", help="Folder of source texts (*.txt, UTF-8 or GB18030)."
    ),
]


@app.command()
@reports_errors
def validate(
    corpus: CorpusOption = None,
    fmt: FormatOption = Format.text,
    data_dir: DataDirOption = None,
) -> None:
    """Check the data files: schema, integrity rules, and with --corpus every quote.

    Exit code 3 when there is an error; notes (known gaps of the sources) do not fail.

    Examples:

    \b
    # check the bundled data
    jfq validate
    # and every quote against the source texts
    jfq validate --corpus ../shared/seeds
    # your own data, as JSON for CI
    jfq validate --data-dir my-data --format json
    """
    from jfq.datafiles import locate
    from jfq.render import emit
    from jfq.validate import validate_files

    files = locate(data_dir)
    report = validate_files(files.glossary, files.targets, corpus)
    emit(report, fmt)
    if report.errors:
        raise typer.Exit(code=3)


@app.command()
@reports_errors
def mentions(
    query: Annotated[
        list[str], typer.Argument(metavar="QUERY...", help="A term (any spelling) or any text.")
    ],
    corpus: Annotated[
        Path,
        typer.Option("--corpus", metavar="DIR", help="Folder of source texts (*.txt)."),
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
    from jfq.lookup import find_term
    from jfq.mentions import find_mentions
    from jfq.render import emit

    text = " ".join(query).strip()
    try:
        result = find_term(_index(data_dir), text)
    except NotFound:
        result = None
    if result is not None and result.match in ("exact", "alias", "normalized", "pinyin"):
        entry = result.entry
        found = find_mentions(text, entry.term, [text, entry.term, *entry.aliases], corpus, context)
    else:  # part of a name, a close spelling: search for exactly what was typed
        found = find_mentions(text, None, [text], corpus, context)
    if not found.mentions:
        searched = "searched for: " + ", ".join(found.spellings)
        raise NotFound(f"{text!r} does not occur in {corpus}", hint=searched)
    emit(found, fmt)


@app.command()
@reports_errors
def extract(
    file: Annotated[
        str, typer.Argument(metavar="FILE", help="A report as plain text, or - for stdin.")
    ],
    region: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--region",
            "-r",
            metavar="REGION",
            help="Region of the report (default: from the text).",
        ),
    ] = None,
    year: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--year", "-y", metavar="YEAR", help="Year of the report (default: from the text)."
        ),
    ] = None,
    doc: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(metavar="ID", help="Document id for the sources (default: file name)."),
    ] = None,
    merge: Annotated[
        bool, typer.Option("--merge", help="Add the draft to the data files in --data-dir.")
    ] = False,
    fmt: Annotated[
        DraftFormat,
        typer.Option(
            "--format", "-f", case_sensitive=False, help="Output: yaml (default) or json."
        ),
    ] = DraftFormat.yaml,
    data_dir: DataDirOption = None,
) -> None:
    """Draft cited glossary entries and target rows from a report's text.

    Finds glossary sections (词语解释, 名词解释 …) and running-text definitions
    ("“四转”,即…"), target statements ("主要预期目标是:…", bullet lists under such a
    heading), and results of known indicators ("地区生产总值完成181.8亿元"). Every
    item carries its quote with character offsets. The encoding (UTF-8 or
    GB18030/GBK), the region and the year are detected; what had to be guessed is
    said on stderr. --merge appends to glossary.yaml and targets.yaml in --data-dir
    and lists conflicts instead of overwriting anything.

    Examples:

    \b
    # a draft to review
    jfq extract report-2024.txt > draft.yaml
    # when the text does not say
    jfq extract report.txt --region 解放区 --year 2024 --format json
    # add it, then check
    jfq extract report.txt --merge --data-dir my-data && jfq validate --data-dir my-data
    """
    from jfq.extract import extract as run_extract
    from jfq.render import emit
    from jfq.targets import parse_year
    from jfq.texts import decode

    if merge and data_dir is None:
        raise UsageError(
            "--merge needs --data-dir DIR (or JFQ_DATA_DIR): the bundled data is read-only"
        )
    data = _read_input(file)
    text, encoding = decode(data)
    chosen_year = None if year is None else parse_year(year)
    draft = run_extract(text, source=file, encoding=encoding, region=region, year=chosen_year,
                        doc_id=doc)  # fmt: skip
    sys.stderr.write(f"jfq: read {file} as {encoding}: {len(draft.terms)} entries, "
                     f"{len(draft.targets)} target rows\n")  # fmt: skip
    for note in draft.notes:
        sys.stderr.write(f"  {note}\n")
    if merge and data_dir is not None:
        from jfq.merge import merge as run_merge

        report = run_merge(draft, data_dir)
        emit(report, Format.text if fmt is DraftFormat.yaml else Format.json)
        if report.conflicts:
            raise typer.Exit(code=1)
        return
    emit(draft, Format(fmt.value))


def _read_input(file: str) -> bytes:

    if file == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(file).read_bytes()
    except OSError as err:
        raise UsageError(f"{file}: cannot read: {err.strerror or err}") from None


def _only_the_command_asked_for(args: list[str]) -> list[Any]:
    """Register just the command on the command line, when it names one; return all of them.

    Typer builds every registered command (signatures, options, help) on each
    run, about a millisecond apiece; a lookup needs only its own.  With no
    command, an option first or an unknown name, all stay: help and "No such
    command" see the full list.
    """
    everything = app.registered_commands
    if args and not args[0].startswith("-"):
        wanted = [c for c in everything if _command_name(c) == args[0]]
        if wanted:
            app.registered_commands = wanted
    return everything


def _command_name(info: Any) -> str:
    return str(info.name or info.callback.__name__.replace("_", "-"))


def run(args: list[str] | None = None) -> int:
    """Run jfq on ``args`` (default: the command line) and return its exit code.

    Exit codes: 0 done, 1 nothing found, 2 usage error, 3 bad data file,
    4 the system refused (a full disk, a closed output), 70 a bug in jfq,
    130 interrupted.
    """
    args = [_from_terminal(arg) for arg in sys.argv[1:]] if args is None else args
    if sys.stderr is None:  # started with stderr closed (jfq 2>&-): messages go nowhere
        sys.stderr = Path(os.devnull).open("w")  # noqa: SIM115 - open until the process ends
    if sys.stdout is None:  # started with the output closed (jfq >&-)
        sys.stderr.write("jfq: cannot write the output: standard output is closed\n")
        return 4
    if any("\0" in arg for arg in args):  # no shell can pass one, no path can hold one
        sys.stderr.write("jfq: an argument holds a NUL character (\\x00)\n")
        return 2
    if os.environ.get("_JFQ_COMPLETE"):  # the shell asks what TAB should offer
        from jfq.shell import answer

        if answer(lambda: _index(None)):
            return 0
    registered = _only_the_command_asked_for(args)
    stderr, sys.stderr = sys.stderr, _Printable(sys.stderr)  # click's messages echo input too
    # typer 0.26-0.28 (the pinned range) vendor click as typer._click.
    from typer._click.exceptions import ClickException
    from typer._click.exceptions import UsageError as CommandLineError

    try:
        code = app(args, prog_name="jfq", standalone_mode=False)
        return code if isinstance(code, int) else 0
    except SystemExit as done:  # sys.exit, and the shell-completion path of click
        if isinstance(done.code, str):
            sys.stderr.write(done.code + "\n")
            return 1
        return done.code or 0
    except CommandLineError as err:
        sys.stderr.write(_usage_message(err, args, {_command_name(c) for c in registered}) + "\n")
        return err.exit_code
    except ClickException as err:  # pragma: no cover - jfq raises JfqError, not these
        sys.stderr.write(f"jfq: {err.format_message()}\n")
        return err.exit_code
    except BrokenPipeError:
        # The reader (head, less) went away: not an error worth a traceback.
        return 0
    except KeyboardInterrupt:
        return 130
    except OSError as err:  # the system refused: a full disk under the output, say
        return _failed(err, f"jfq: cannot write the output: {err.strerror or err}", 4)
    except Exception as err:
        message = (
            f"jfq: internal error: {type(err).__name__}: {err}\n"
            "  this is a bug in jfq; run again with JFQ_DEBUG=1 for the traceback"
        )
        return _failed(err, message, 70)
    finally:
        app.registered_commands = registered
        sys.stderr = stderr
    return 0


def _usage_message(err: Any, args: list[str], commands: set[str]) -> str:
    """Click's "Usage: … Error: Missing argument 'B'." as one line and a hint:

        jfq: missing argument 'B'
          try: jfq compare -h (help and examples)

    A first word that is no command is most often a term: jfq 334 → jfq term 334.
    """
    text = str(err.format_message()).rstrip(".")
    if text[:1].isupper() and text[1:2].islower():
        text = text[0].lower() + text[1:]
    words = [arg for arg in args if not arg.startswith("-")]
    if err.ctx is not None:
        command = err.ctx.command_path
    else:  # click gives no context for an option missing its value (jfq search x --limit)
        command = f"jfq {words[0]}" if words and words[0] in commands else "jfq"
    hint = f"{command} -h (help and examples)"
    if command == "jfq" and text.startswith("no such command") and words:
        hint = "jfq -h for the commands"
        if "did you mean" not in text.lower():
            hint = f"jfq term {_shell_word(words[0])} to look it up, or {hint}"
    return f"jfq: {text}\n  try: {hint}"


def _shell_word(word: str) -> str:
    """A word as it would be typed again: quoted only when the shell would split or expand
    it (三零 stays 三零; '三零 x' is quoted)."""
    import re
    import shlex

    return shlex.quote(word) if re.search(r"[\s'\"$`\\|&;<>()*?!#~\[\]{}]", word) else word


def _from_terminal(arg: str) -> str:
    """An argument as the user typed it, when the terminal did not send UTF-8.

    Python hands undecodable bytes over as lone surrogates; a Chinese terminal
    set to GBK sends GBK, so those bytes are read as GB18030 when they can be.
    """
    if not any("\udc80" <= char <= "\udcff" for char in arg):
        return arg
    raw = os.fsencode(arg)
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors="replace")


class _Printable:
    """A stream whose text is made printable on the way out (see jfq.printable)."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        from jfq.printable import printable

        return int(self._stream.write(printable(text)))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _failed(err: BaseException, message: str, code: int) -> int:
    """One message on stderr (with the traceback too under JFQ_DEBUG=1); the exit code."""
    if os.environ.get("JFQ_DEBUG"):
        import traceback

        traceback.print_exception(err)
    sys.stderr.write(message + "\n")
    return code


def main() -> NoReturn:
    """Entry point of the ``jfq`` script and ``python -m jfq``.

    Ends the process without the interpreter's teardown, which frees every
    module Typer loaded one by one: about 12 ms per run, measured by
    benchmarks/run.py, for nothing a finished command needs.  The output is
    flushed here; files are written through jfq.files (closed and renamed)
    before a command returns; jfq registers no atexit handlers.  Under a
    profiler, a tracer or coverage, which write their results at exit, the
    ordinary exit is kept.
    """
    code = run()
    code = _flush(sys.stdout, code)
    code = _flush(sys.stderr, code)
    if sys.getprofile() or sys.gettrace() or "coverage" in sys.modules:
        sys.exit(code)
    os._exit(code)


def _flush(stream: Any, code: int) -> int:
    if stream is None:  # started with the stream closed (jfq >&-)
        return code
    try:
        stream.flush()
    except BrokenPipeError:  # the reader left before the last of the output
        pass
    except OSError as err:  # a full disk, say: the output is incomplete
        if stream is not sys.stderr:
            sys.stderr.write(f"jfq: cannot write the output: {err.strerror or err}\n")
        return code or 4
    return code
