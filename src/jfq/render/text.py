"""Text for people: the context a renderer draws on, and delivery (colour, pager, width).

A renderer's ``text`` draws lines on a Page (jfq.render.layout) through a Context;
write_text then writes the page plain, or styled by rich on a terminal, through a
pager when it is taller than the screen.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import TextIO

from jfq.data.model import Document, Source
from jfq.render.layout import Line, Page, cell_len
from jfq.render.wording import Lang, Words
from jfq.render.writers import Footnotes

# -- text -------------------------------------------------------------------------------------


class Context:
    """What a text renderer may use: the page, the documents' titles, the screen's words."""

    def __init__(
        self, page: Page, documents: Mapping[str, Document], chart: bool, words: Words
    ) -> None:
        self.page = page
        self.documents = documents
        self.chart = chart
        self.words = words

    def heading(self, text: str) -> None:
        self.page.line((self.words(text), "bold underline"))

    def source_label(self, source: Source) -> Line:
        if source.doc is None:
            return [(source.title or "", "bold"), (" ", ""), (source.url or "", "cyan")]
        short = source.doc.split("_")[0]
        document = self.documents.get(source.doc)
        if document is None:
            return [(f"[{short}]", "bold")]
        return [(f"[{short}] ", "bold"), (document.title, ""), (f"  {document.date}", "dim")]

    def footnotes(self, notes: Footnotes) -> None:
        """The passages numbered under a table: [1] the document, then the quote."""
        if not notes.sources:
            return
        self.page.blank()
        self.heading("Sources")
        for index, source in enumerate(notes.sources, start=1):
            self.source(source, [(f"[{index}] ", "bold"), *self.source_label(source)])

    def bars(
        self, series: Sequence[tuple[str, Sequence[tuple[str, float, str]]]], *, shared_scale: bool
    ) -> None:
        """A terminal bar chart: one block per label, one bar per (name, value, value as text).

        ``shared_scale`` for blocks in one unit (a trend); otherwise each block is scaled on
        its own, so 8% and 4310人 in one comparison are both readable.
        """
        overall = max((abs(v) for _, group in series for _, v, _ in group), default=0) or 1
        width = max(10, min(40, self.page.width - 30))
        name_width = max((cell_len(n) for _, group in series for n, _, _ in group), default=0)
        for label, group in series:
            if label:
                self.page.block([(label, "bold")])
            top = overall if shared_scale else max(abs(v) for _, v, _ in group) or 1
            for name, value, shown in group:
                length = max(1, round(abs(value) / top * width)) if value else 0
                pad = " " * (name_width - cell_len(name))  # Chinese is two columns wide
                self.page.line((f"  {pad}{name} ", ""), ("█" * length, "cyan"), (f" {shown}", ""))

    def source(self, source: Source, label: Line | None = None, *, titled: bool = True) -> None:
        """A quote under its document's title; titled=False for the next quote of the same
        document, which needs no title again."""
        if titled:
            self.page.block(label or self.source_label(source), indent=2, hanging=8)
        # Continuation lines a little deeper, so that quotes of one document stay apart.
        self.page.block([(source.quote, "")], indent=6, hanging=8)
        if source.note:
            self.page.block([(f"({source.note})", "dim")], indent=8)


def write_text(
    out: TextIO,
    draw: Callable[[Context], None],
    documents: Mapping[str, Document],
    chart: bool,
    lang: Lang,
) -> None:
    """Lay the output out, then write it plain, or styled by rich on a terminal.

    Style on a terminal (or with FORCE_COLOR), never with NO_COLOR or TERM=dumb.
    Plain output skips rich altogether: piping into a file or another program is
    the common case and should not pay for a console it does not use.  On a
    terminal the lines are laid out already, so only rich's Style is needed to
    turn each style into escape codes (the basic colours used here are the same
    in every colour system); Windows consoles get rich's Console, which knows them.
    """
    words = Words(lang)
    plain = os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb"
    if plain or not (os.environ.get("FORCE_COLOR") or _is_terminal(out)):
        page = Page(plain_width(), styled=False)
        draw(Context(page, documents, chart, words))
        _deliver(out, page.plain(), len(page.lines))
        return
    if sys.platform == "win32":
        from rich.console import Console  # noqa: PLC0415 - rich only on a terminal

        console = Console(file=out, highlight=False, emoji=False, markup=False)
        page = Page(console.width)
        draw(Context(page, documents, chart, words))
        console.print(page.text(), soft_wrap=True, end="")
        return
    from rich.color import ColorSystem  # noqa: PLC0415 - rich only on a terminal

    page = Page(plain_width())
    draw(Context(page, documents, chart, words))
    _deliver(out, page.ansi(ColorSystem.STANDARD), len(page.lines))


def _deliver(out: TextIO, text: str, lines: int) -> None:
    """Write ``text``; through a pager when it is taller than the terminal it goes to.

    Never when the output is piped or redirected.  The pager is JFQ_PAGER, else
    PAGER, else less (told -FRX: colours kept, screen not cleared); JFQ_PAGER set
    empty turns paging off.
    """
    command = _pager()
    if not command or not _is_terminal(out) or lines < shutil.get_terminal_size().lines:
        out.write(text)
        return
    import shlex  # noqa: PLC0415 - only the pager needs it

    out.flush()
    env = {**os.environ, "LESS": os.environ.get("LESS", "FRX")}
    try:
        pager = subprocess.Popen(shlex.split(command), stdin=subprocess.PIPE, env=env)
    except (OSError, ValueError):  # no such program: just write
        out.write(text)
        return
    assert pager.stdin is not None
    # Ctrl-C belongs to the pager while it runs (less uses it to stop a search): jfq must
    # not end and give the terminal back to the shell under it.
    interrupt = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        pager.stdin.write(text.encode(getattr(out, "encoding", None) or "utf-8", "replace"))
        pager.stdin.close()
    except BrokenPipeError:  # the reader quit the pager before the end: that is fine
        pass
    finally:
        pager.wait()
        signal.signal(signal.SIGINT, interrupt)


def _pager() -> str | None:
    configured = os.environ.get("JFQ_PAGER", os.environ.get("PAGER"))
    if configured is not None:
        return configured.strip() or None
    return "less" if shutil.which("less") else None


def _is_terminal(out: TextIO) -> bool:
    try:
        return out.isatty()
    except (AttributeError, ValueError):
        return False


MIN_WIDTH = 40  # narrower than this, a table has no room for its columns


def plain_width() -> int:
    """COLUMNS, else the width of whichever standard stream is a terminal, else 80;
    never less than MIN_WIDTH."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return max(int(columns), MIN_WIDTH)
    for stream in (sys.__stdout__, sys.__stderr__, sys.__stdin__):
        try:
            width = os.get_terminal_size(stream.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, OSError, ValueError):
            continue
        if width > 0:  # some pseudo-terminals start at 0 columns: that means unknown
            return max(width, MIN_WIDTH)
    return 80
