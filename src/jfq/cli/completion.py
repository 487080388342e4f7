"""The shell's side of TAB completion: read what the shell sends, answer as it expects.

``jfq --install-completion`` (Typer) installs a script that runs jfq with
_JFQ_COMPLETE=complete_<shell> and the words typed so far.  When the word is a
value jfq knows (a term, a region, a year, an indicator key; see
jfq.search.complete), the answer is written here, straight from the index and
without building the Typer app.  Typer's own completion would also drop every
candidate that does not begin with what was typed, and a term begun in pinyin
or English is offered by its Chinese name.  Commands, options and choices are
left to Typer (``answer`` returns False).
"""

from __future__ import annotations

import os
import shlex
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from jfq.errors import JfqError

if TYPE_CHECKING:  # the index loads only when a value is completed
    from jfq.search.index import Index

COMPLETE_VAR = "_JFQ_COMPLETE"


def answer(open_index: Callable[[], Index]) -> bool:
    """Answer a completion request if it is one jfq completes; False to let Typer do it."""
    shell = os.environ.get(COMPLETE_VAR, "").removeprefix("complete_")
    if shell not in ("bash", "zsh", "fish", "powershell", "pwsh"):
        return False
    from jfq.search.complete import candidates  # noqa: PLC0415 - only for the shell

    words, incomplete = _typed(shell)
    try:
        found = candidates(open_index, words, incomplete)
    except JfqError:  # broken data: offer nothing rather than an error in mid-line
        found = []
    if found is None or (not found and shell == "fish"):
        return False  # fish asks first whether there is anything: Typer says no
    sys.stdout.write(_format(shell, found))
    return True


def _split(text: str) -> list[str]:
    try:
        return shlex.split(text)
    except ValueError:  # an unclosed quote while typing
        return text.split()


def _typed(shell: str) -> tuple[list[str], str]:
    """(the words before the one being completed, without jfq; that word so far)."""
    if shell == "bash":
        words = _split(os.environ.get("COMP_WORDS", ""))
        current = int(os.environ.get("COMP_CWORD", "0") or 0)
        incomplete = words[current] if current < len(words) else ""
        return words[1:current], incomplete
    line = os.environ.get("_TYPER_COMPLETE_ARGS", "")
    words = _split(line)[1:]
    if shell in ("powershell", "pwsh"):
        incomplete = os.environ.get("_TYPER_COMPLETE_WORD_TO_COMPLETE", "")
        return (words[:-1] if incomplete else words), incomplete
    if words and not line.endswith(" "):
        return words[:-1], words[-1]
    return words, ""


def _format(shell: str, found: list[str]) -> str:
    if shell == "zsh":
        # compadd -U: offer the names even where they do not begin with what was typed.
        return "compadd -U -- " + " ".join(shlex.quote(value) for value in found) + "\n"
    if shell in ("powershell", "pwsh"):
        return "".join(f"{value}::: \n" for value in found)
    if shell == "fish" and os.environ.get("_TYPER_COMPLETE_FISH_ACTION") == "is-args":
        return ""  # fish asks whether there are arguments; the exit code (0) says yes
    return "".join(f"{value}\n" for value in found)
