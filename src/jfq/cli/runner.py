"""Running one command line: the streams, the exit codes and the one-line errors.

Exit codes: 0 done, 1 nothing found, 2 usage error, 3 bad data file, 4 the system
refused (a full disk, a closed output), 70 a bug in jfq, 130 interrupted.  Every
failure is one line on stderr (and a hint), never a traceback; with --format json
or yaml, the error object is also printed where the result would be.
"""

from __future__ import annotations

import os
import sys
from difflib import get_close_matches
from pathlib import Path
from typing import Any, NoReturn, TextIO

from jfq.cli.app import COMMANDS, GLOBAL_OPTIONS, build_app
from jfq.cli.options import Chosen, chosen, open_index
from jfq.errors import Interrupted, JfqError
from jfq.printable import printable
from jfq.render import wording


def run(args: list[str] | None = None) -> int:
    """Run jfq on ``args`` (default: the command line) and return its exit code."""
    args = [_from_terminal(arg) for arg in sys.argv[1:]] if args is None else args
    if sys.stderr is None:  # started with stderr closed (jfq 2>&-): messages go nowhere
        sys.stderr = Path(os.devnull).open("w")  # noqa: SIM115 - open until the process ends
    if sys.stdout is None:  # started with the output closed (jfq >&-)
        sys.stderr.write(f"jfq: {wording.OUTPUT_CLOSED}\n")
        return 4
    if any("\0" in arg for arg in args):  # no shell can pass one, no path can hold one
        sys.stderr.write(f"jfq: {wording.NUL_ARGUMENT}\n")
        return 2
    if os.environ.get("_JFQ_COMPLETE"):  # the shell asks what TAB should offer
        from jfq.cli.completion import answer  # noqa: PLC0415 - only for the shell

        if answer(lambda: open_index(None)):
            return 0
    command = command_word(args)
    if command is not None and command not in COMMANDS:
        sys.stderr.write(_no_such_command(command) + "\n")
        return 2
    vars(chosen).update(vars(Chosen()))  # a fresh start: tests run many command lines
    stderr, sys.stderr = sys.stderr, _Printable(sys.stderr)  # click's messages echo input too
    try:
        return _invoke(args, command)
    finally:
        sys.stderr = stderr


def _invoke(args: list[str], command: str | None) -> int:
    app = build_app(None if command is None else command)
    try:
        code = app(args, prog_name="jfq", standalone_mode=False)
        return code if isinstance(code, int) else 0
    except JfqError as err:
        return _reported(err)
    except SystemExit as done:  # sys.exit, and the shell-completion path of click
        if isinstance(done.code, str):
            sys.stderr.write(done.code + "\n")
            return 1
        return done.code or 0
    except BrokenPipeError:
        # The reader (head, less) went away: stop quietly, and let no later flush complain.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
    except Interrupted as err:  # SIGTERM or SIGHUP during an index build
        return 128 + err.signal_number
    except UnicodeEncodeError as err:  # PYTHONIOENCODING=ascii: the output cannot hold 中文
        return _failed(err, f"jfq: {wording.cannot_encode(err.encoding)}", 4)
    except OSError as err:  # the system refused: a full disk under the output, say
        return _failed(err, f"jfq: {wording.cannot_write(err.strerror or str(err))}", 4)
    except Exception as err:
        return _command_line_mistake(err, command)


def _command_line_mistake(err: Exception, command: str | None) -> int:
    """A usage error of click's in jfq's own form; anything else is a bug in jfq."""
    # Imported here, after the fact: a run that goes well never loads the private path.
    from jfq.cli import click_api  # noqa: PLC0415

    if isinstance(err, click_api.UsageError):
        sys.stderr.write(_usage_message(err, command) + "\n")
        return err.exit_code
    if isinstance(err, click_api.ClickException):  # pragma: no cover - jfq raises JfqError
        sys.stderr.write(f"jfq: {err.format_message()}\n")
        return err.exit_code
    return _failed(err, f"jfq: {wording.internal_error(type(err).__name__, str(err))}", 70)


def command_word(args: list[str]) -> str | None:
    """The command the line asks for, past the options that may stand before it."""
    words = iter(args)
    for word in words:
        if word == "--":
            return next(words, None)
        if not word.startswith("-"):
            return word
        if not GLOBAL_OPTIONS.get(word.split("=", 1)[0], False):
            return None  # --help, --show-completion, an unknown option: the full app
        if "=" not in word:
            next(words, None)  # the value of --data-dir
    return None


def _reported(err: JfqError) -> int:
    """The message (and a hint) on stderr; JSON and YAML also get the error object on stdout.

    So a pipeline reading the output never takes a failure for a result: it finds
    {"error": {"code", "kind", "message", "hint"}} where the result would be.  A terminal
    is no pipeline: there the message is shown once (jfq extract writes YAML by default).
    """
    written = chosen.format
    to_a_pipe = not _is_terminal(sys.stdout)
    if written in ("json", "yaml") and not err.result_shown and to_a_pipe:
        from jfq.render import writers  # noqa: PLC0415

        (writers.write_json if written == "json" else writers.write_yaml)(
            sys.stdout, err.document()
        )
    sys.stderr.write(f"jfq: {_clipped(err.message)}\n")
    if err.hint:
        sys.stderr.write(f"  {_clipped(err.hint)}\n")
    return err.exit_code


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or a foreign stream
        return False


def _clipped(line: str, limit: int = 1000) -> str:
    """A message that quotes a 100,000-character argument stays a readable line."""
    if len(line) <= limit:
        return line
    return f"{line[:limit]}… ({len(line) - limit:,} more characters)"


def _no_such_command(word: str) -> str:
    """jfq 334 → jfq term 334: a first word that is no command is most often a term."""
    close = get_close_matches(word, list(COMMANDS))
    return wording.no_such_command(word, close)


def _usage_message(err: Any, command: str | None) -> str:
    """A click usage error in jfq's form: one line, and where to find help."""
    from jfq.cli import click_api  # noqa: PLC0415

    param, ctx = getattr(err, "param", None), err.ctx
    hint = param.get_error_hint(ctx) if param is not None and ctx is not None else None
    if isinstance(err, click_api.MissingParameter) and hint is not None:
        kind = err.param_type or (param.param_type_name if param is not None else "parameter")
        text = wording.missing(kind, hint)
    elif isinstance(err, click_api.NoSuchOption):
        text = wording.no_such_option(err.option_name, sorted(err.possibilities or ()))
    elif isinstance(err, click_api.BadParameter) and hint is not None:
        text = wording.invalid_value(hint, err.message)
    else:
        text = wording.in_our_form(err.format_message())
    path = ctx.command_path if ctx is not None else " ".join(["jfq", *filter(None, [command])])
    return f"jfq: {text}\n  try: {wording.help_hint(path)}"


def _from_terminal(arg: str) -> str:
    """An argument as the user typed it, when the terminal did not send UTF-8.

    Python hands the bytes its locale cannot decode over as lone surrogates: a Chinese
    terminal set to GBK under a UTF-8 locale, or any terminal under a locale Python reads
    as ASCII with its UTF-8 mode off (PYTHONUTF8=0).  GB18030 reads almost any bytes, UTF-8's
    as mojibake (三零 as 涓夐浂), and some GBK is valid UTF-8 of other scripts (一 as һ): the
    bytes are UTF-8 when they decode so into what a query holds (_as_typed), else GB18030.
    """
    if not any("\udc80" <= char <= "\udcff" for char in arg):
        return arg
    raw = os.fsencode(arg)
    try:
        typed = raw.decode("utf-8")
        if _as_typed(typed):
            return typed
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors="replace")


def _as_typed(text: str) -> bool:
    """Whether UTF-8 bytes read right: every character ASCII, Chinese (its punctuation and
    full-width forms) or Latin (pinyin's sānshì, 5×24, km²), the Latin only beside an ASCII
    letter or a Chinese character (a lone GBK character may be valid UTF-8 of one Latin letter)."""
    others = [char for char in text if not char.isascii() and not _chinese(char)]
    if not all("\u00a0" <= char <= "\u036f" or "\u2070" <= char <= "\u209f" for char in others):
        return False
    return not others or any((char.isascii() and char.isalpha()) or _chinese(char) for char in text)


def _chinese(char: str) -> bool:
    return "\u3000" <= char <= "\u9fff" or "\uf900" <= char <= "\uffef" or char in "“”‘’·—…"


class _Printable:
    """stderr, its text made printable on the way out (see jfq.printable).

    A message that cannot be written (nobody reads stderr: jfq extract r.txt 2>&1
    >draft.yaml | head -1, once head has its line) is dropped, and so is every later one:
    the EPIPE had reached click, which exited 1 before the draft was written.  What
    stderr carries is for a person; the result on stdout is what a command is for."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._gone = False

    def write(self, text: str) -> int:
        if not self._gone:
            try:
                self._stream.write(printable(text))
            except (OSError, ValueError):  # (ValueError: a stream closed under jfq)
                self._gone = True
        return len(text)

    def flush(self) -> None:
        if not self._gone:
            try:
                self._stream.flush()
            except (OSError, ValueError):
                self._gone = True

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _failed(err: BaseException, message: str, code: int) -> int:
    """One message on stderr (with the traceback too under JFQ_DEBUG=1); the exit code."""
    if os.environ.get("JFQ_DEBUG"):
        import traceback  # noqa: PLC0415 - only when asked for

        traceback.print_exception(err)
    sys.stderr.write(message + "\n")
    return code


def main() -> NoReturn:
    """Entry point of the ``jfq`` script and ``python -m jfq``.

    Ends the process without the interpreter's teardown, which frees every
    module Typer loaded one by one: about 12 ms per run, measured by
    benchmarks/run.py, for nothing a finished command needs.  The output is
    flushed here; files are written through jfq.data.atomic (closed and renamed)
    before a command returns; jfq registers no atexit handlers.  Under a
    profiler, a tracer or coverage, which write their results at exit, the
    ordinary exit is kept.
    """
    code = run()
    code = _flush(sys.stdout, code)
    _flush(sys.stderr, 0)  # (a note that stderr could not take is no failure of the command)
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
            sys.stderr.write(f"jfq: {wording.cannot_write(err.strerror or str(err))}\n")
        return code or 4
    return code
