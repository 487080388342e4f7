"""The jfq application: its help, the home screen, and the commands it is built from.

build_app registers only the command a run asks for: Typer builds every registered
command's parameters and help on each run, about a millisecond apiece, and a lookup
needs only its own.  Help, completion and "no such command" get all of them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

import typer
from typer.core import TyperCommand, TyperGroup

from jfq import __version__
from jfq.cli import authoring, reading
from jfq.cli.options import DataDirOption, chosen
from jfq.render import Format
from jfq.render.wording import lang_from_environment

HELP = (
    "Look up the slogans, programmes and target tables of the Jiefang District "
    "(焦作市解放区) government work reports. Every fact comes with the source sentence."
)
EPILOG = (
    "\b\nExamples:\n  jfq term 334\n  jfq term sanshi jingji\n  jfq search 养老\n"
    "  jfq targets --year 2023\n  jfq compare 2022 2023\n  jfq trend gdp_growth\n"
    "  jfq ladder --year 2023\n  jfq peers --year 2023 --level 市 --within 河南省\n"
    "  jfq source 004 --around 零上访\n"
    "  jfq annotate report.txt\n  jfq export --to sqlite jfq.sqlite\n\n"
    "\b\nEnvironment:\n  JFQ_DATA_DIR     the data folder (as --data-dir)\n"
    "  JFQ_CACHE_DIR    where the search index is cached\n"
    "  JFQ_MAX_DATA_MB  largest data file read (default 256)\n"
    "  JFQ_MAX_REPORT_MB  largest report text read (default 64)\n"
    "  JFQ_LANG         both, en or zh: the default of --lang\n"
    "  JFQ_PAGER        pager (empty: none; else PAGER, less)\n"
    "  NO_COLOR         plain text output\n  JFQ_DEBUG        tracebacks of internal errors\n\n"
    "\b\nExit codes:\n  0 done   1 nothing found   2 usage error\n"
    "  3 bad data file   4 output or folder not writable\n"
    "  70 a bug in jfq   130 interrupted"
)
# Every command, in the order of jfq --help.  A "module:function" loads only when its
# command runs (or for help): `import jfq.cli` stays as lean as it was before them.
COMMANDS: dict[str, Callable[..., Any] | str] = {
    "term": reading.term,
    "overview": reading.overview,
    "terms": reading.terms,
    "search": reading.search,
    "targets": reading.targets,
    "compare": reading.compare,
    "trend": reading.trend,
    "ladder": "jfq.cli.ladder:ladder",
    "peers": "jfq.cli.ladder:peers",
    "source": "jfq.cli.sources:source",
    "validate": authoring.validate,
    "mentions": authoring.mentions,
    "annotate": "jfq.cli.annotating:annotate",
    "extract": authoring.extract,
    "merge": authoring.merge,
    "export": "jfq.cli.exporting:export",
}
# Options that may stand before the command: True for those that take a value and leave
# the command to run, False for those that answer on their own (help, version, completion).
GLOBAL_OPTIONS = {"--data-dir": True, "--version": False, "-h": False, "--help": False,
                  "--install-completion": False, "--show-completion": False}  # fmt: skip


class _Context(typer.Context):
    def make_formatter(self) -> Any:
        """Help measured in display columns (see jfq.cli.help), loaded only for --help."""
        from jfq.cli.help import ColumnHelpFormatter  # noqa: PLC0415 - only for --help

        return ColumnHelpFormatter(width=self.terminal_width, max_width=self.max_content_width)


class _Group(TyperGroup):
    context_class = _Context


class _Command(TyperCommand):
    context_class = _Context


def _version(value: bool) -> None:
    if value:
        typer.echo(f"jfq {__version__}")
        raise typer.Exit()


def home(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
    data_dir: DataDirOption = None,
) -> None:
    """Look up terms and targets of the Jiefang District government work reports."""
    chosen.data_dir = data_dir
    if ctx.invoked_subcommand is None:  # jfq alone: what there is, and what to type next
        reading.overview(fmt=Format.text, lang=lang_from_environment(), data_dir=data_dir)


def build_app(only: str | None = None) -> typer.Typer:
    """The Typer app with every command, or with ``only`` that one."""
    app = typer.Typer(
        cls=_Group,
        name="jfq",
        help=HELP,
        epilog=EPILOG,
        add_completion=True,  # --install-completion; jfq.cli.completion answers the values
        pretty_exceptions_enable=False,
        rich_markup_mode=None,  # plain click help; jfq words usage errors itself
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback(invoke_without_command=True)(home)
    for name, command in COMMANDS.items():
        if only is None or name == only:
            app.command(name, cls=_Command)(_loaded(command))
    return app


def _loaded(command: Callable[..., Any] | str) -> Callable[..., Any]:
    if callable(command):
        return command
    from importlib import import_module  # noqa: PLC0415 - only for the commands loaded late

    module, _, function = command.partition(":")
    loaded: Callable[..., Any] = getattr(import_module(module), function)
    return loaded
