"""The fixed wording of screens and messages: the glossary's notes, the home screen,
the command line's errors, and jfq source."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the reading of texts loads only in the commands that read them
    from jfq.data.texts import Unread


# -- the glossary's screens ------------------------------------------------------------------

NOT_DEFINED = "Not defined in the sources: they use the term without explaining it."
SPELLED_OUT = "The sources spell it out by its parts, below, without a sentence that defines it."
MENTIONED = "Where it is mentioned is listed under Sources."

# -- the home screen -------------------------------------------------------------------------

TAGLINE = (
    "the terms and targets of the 焦作市解放区 (Jiefang District) government work reports, "
    "each with the sentence of its source"
)
# What a newcomer can type next: (command, what it shows).
FIRST_STEPS = [
    ("jfq term 334", "a numbered slogan, explained, with its source"),
    ("jfq targets --year 2023", "the 2023 targets beside what was achieved"),
    ("jfq compare 2022 2023", "how the targets moved from one year to the next"),
    (
        "jfq ladder --year 2023",
        "the targets of 解放区, 焦作市, 河南省 and the nation, side by side",
    ),
]


# -- the command line's own messages (jfq.cli.runner) -----------------------------------------

OUTPUT_CLOSED = "cannot write the output: standard output is closed"
NUL_ARGUMENT = "an argument holds a NUL character (\\x00)"


def cannot_write(reason: str) -> str:
    return f"cannot write the output: {reason}"


def cannot_encode(encoding: str) -> str:
    return cannot_write(
        f"its encoding ({encoding}) cannot hold Chinese text; set PYTHONIOENCODING=utf-8"
    )


def read_notes(source: str, encoding: str, notes: list[str]) -> list[str]:
    """What reading a text had to mend (a byte that is not UTF-8), for stderr: jfq annotate,
    whose result has no place for notes."""
    return [f"jfq: read {source} as {encoding}: {note}" for note in notes]


def skipped_notes(skipped: list[Unread]) -> list[str]:
    """The texts of a folder that could not be read, for stderr: each named, and why."""
    return [f"jfq: skipped {text.error}" + (f" ({text.hint})" if text.hint else "")
            for text in skipped]  # fmt: skip


def internal_error(kind: str, detail: str) -> str:
    return (
        f"internal error: {kind}: {detail}\n"
        "  this is a bug in jfq; run again with JFQ_DEBUG=1 for the traceback"
    )


def no_such_command(word: str, close: list[str]) -> str:
    """jfq trm → did you mean term; jfq 334 → look it up with jfq term 334."""
    message = f"no such command {word!r}"
    if close:
        suggestions = ", ".join(repr(name) for name in close)
        return f"jfq: {message}. Did you mean {suggestions}?\n  try: jfq -h for the commands"
    return (
        f"jfq: {message}\n"
        f"  try: jfq term {shell_word(word)} to look it up, or jfq -h for the commands"
    )


def missing(kind: str, name: str) -> str:
    return f"missing {kind} {name}"


def no_such_option(option: str, possible: list[str]) -> str:
    also = f" (possible options: {', '.join(possible)})" if possible else ""
    return f"no such option: {option}{also}"


def invalid_value(name: str, reason: str) -> str:
    return f"invalid value for {name}: {reason.rstrip('.')}"


def in_our_form(message: str) -> str:
    """click's other messages as jfq writes its own: lower case, no full stop."""
    message = message.rstrip(".")
    return message[:1].lower() + message[1:] if message[1:2].islower() else message


def help_hint(command_path: str) -> str:
    return f"{command_path} -h (help and examples)"


def shell_word(word: str) -> str:
    """A word as it would be typed again: quoted only when the shell would split or expand
    it (三零 stays 三零; '三零 x' is quoted)."""
    import shlex  # noqa: PLC0415 - only a mistyped command needs it

    return shlex.quote(word) if re.search(r"[\s'\"$`\\|&;<>()*?!#~\[\]{}]", word) else word


# -- jfq source ---------------------------------------------------------------------------

SOURCE_FIELDS = [  # (field of Document, its label)
    ("id", "id"), ("en", "what it is"), ("date", "date"), ("region", "region"),
    ("kind", "kind"), ("publisher", "publisher"), ("url", "url"), ("sha256", "sha256"),
    ("note", "note"),
]  # fmt: skip
SOURCE_NONE = "—"  # a field the document does not state
SOURCE_TRY = "jfq source {short} --around QUOTE: a quote in its passage, marked"
SOURCE_SHOWN = 12  # names listed per kind of citation; the JSON lists them all


def passages_line(count: int, characters: int, file: str) -> str:
    return f"{count} passage{'s' * (count != 1)} ({characters:,} characters) in {file}"


def cited_line(
    entries: int, entry_quotes: int, rows: int, row_quotes: int, regions: int = 0
) -> str:
    if not entries and not rows and not regions:
        return "Cited by nothing in the data"
    parts = []
    if entries:
        parts.append(f"{entries} entr{'ies' if entries != 1 else 'y'} ({entry_quotes} quotes)")
    if rows:
        parts.append(f"{rows} target row{'s' * (rows != 1)} ({row_quotes} quotes)")
    if regions:
        parts.append(f"the code{'s' * (regions != 1)} of {regions} region{'s' * (regions != 1)}")
    return "Cited by " + " and ".join(parts)


def more_line(more: int) -> str:
    return f"… and {more} more (--format json lists them all)"


def passage_at(at: int, file: str) -> str:
    return f"at character {at:,} of the text, in {file}"
