"""Line layout for the text output: wrapping, indented blocks, trees and tables.

Rich's Table and Tree take tens of milliseconds for a 40-row comparison with
Chinese text, more than jfq's whole start-up budget; this module lays the lines
out itself (wide characters, such as Chinese, measured as two columns) and hands
rich one styled Text to print.  Rich still decides colour (terminal, NO_COLOR)
and width; plain output does not import rich at all.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from jfq.printable import one_line, printable

if TYPE_CHECKING:
    from rich.color import ColorSystem
    from rich.text import Text

Span = tuple[str, str]  # (text, rich style; "" for none)
Line = list[Span]
Cell = list[Line]  # paragraphs: each starts on a new line
Node = tuple[Line, "list[Node]"]  # a tree node: its label and its children

# A token never broken by wrapping: a run of spaces, or a run of Latin letters, digits and
# their punctuation or one wide character, with the opening marks that must precede it and
# the closing marks that must follow it (no line starts with 。 or ends with “).  The
# sources mix in half-width marks (“…下去;把…”), which bind to a wide character the same way;
# so do jfq annotate's marks around a term, [三零]¹.
_TOKEN = re.compile(
    r"\s+"
    r"|[“‘《（「『(\[]*"
    r"(?:[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’]+|.)"
    r"[，。、；：？！）》」』”’,.;:!?)\]⁰¹²³⁴⁵⁶⁷⁸⁹]*"
)


@lru_cache(maxsize=4096)  # the same tokens recur: a 100-page text is 170,000 of them
def cell_len(text: str) -> int:
    """Columns ``text`` takes in a terminal: two for wide (East Asian) characters."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _tokens(spans: Line) -> list[Span]:
    return [(token, style) for text, style in spans for token in _TOKEN.findall(text)]


def wrap(spans: Line, width: int) -> list[Line]:
    """Greedy wrap by display cells; Latin words stay whole unless wider than a line.

    Every piece of text reaches the page through here, so this is where control
    characters from the data or the query are made visible (see jfq.printable).
    """
    width = max(width, 1)
    spans = [(printable(one_line(text)), style) for text, style in spans]
    joined = "".join(t for t, _ in spans)
    # A text with more characters than the line has columns cannot fit: no need to measure it.
    if "\n" not in joined and len(joined) <= width and width_of(spans) <= width:
        return [list(spans)]  # most cells and lines fit as they are
    lines: list[Line] = [[]]
    used = 0
    for token, style in _tokens(spans):
        size = cell_len(token)
        if token.isspace():  # kept as written, except where a line breaks
            if (used or len(lines) == 1) and used + size <= width:
                lines[-1].append((token, style))
                used += size
            continue
        if used + size > width and used:
            _strip(lines[-1])
            lines.append([])
            used = 0
        rest = token
        while size > width:  # a word longer than the line: cut it
            cut = _fit(rest, width)
            lines[-1].append((rest[:cut], style))
            lines.append([])
            rest = rest[cut:]
            size = cell_len(rest)
        lines[-1].append((rest, style))
        used += size
    _strip(lines[-1])
    return lines


def _fit(token: str, width: int) -> int:
    used = 0
    for index, char in enumerate(token):
        used += cell_len(char)
        if used > width:
            return max(index, 1)
    return len(token)


def _strip(line: Line) -> None:
    while line and line[-1][0].isspace():
        line.pop()


def width_of(line: Line) -> int:
    return sum(cell_len(text) for text, _ in line)


class Page:
    """The lines of one output, built top to bottom."""

    def __init__(self, width: int, styled: bool = True) -> None:
        self.width = width
        self.styled = styled  # False: written plain, so a style cannot mark anything
        self.lines: list[Line] = []

    def line(self, *spans: Span) -> None:
        """One line of text, wrapped if it is wider than the page."""
        self.block(list(spans))

    def _raw(self, *spans: Span) -> None:  # table borders: exactly as wide as laid out
        self.lines.append(list(spans))

    def unwrapped(self, *spans: Span) -> None:
        """One line never wrapped, however wide: a URL that a reader copies whole."""
        self.lines.append(list(spans))

    def blank(self) -> None:
        self.lines.append([])

    def block(self, spans: Line, indent: int = 0, hanging: int | None = None) -> None:
        """A wrapped paragraph; continuation lines indented by ``hanging`` (default: indent)."""
        rest = indent if hanging is None else hanging
        for number, line in enumerate(wrap(spans, self.width - max(indent, rest))):
            self.lines.append([(" " * (indent if number == 0 else rest), ""), *line])

    def tree(self, nodes: Sequence[Node]) -> None:
        """Top-level labels unguided, their children under ├── and └── guides."""
        for label, children in nodes:
            self.block(label, hanging=2)
            self._branch(children, "")

    def _branch(self, nodes: Sequence[Node], prefix: str) -> None:
        for number, (label, children) in enumerate(nodes):
            last = number == len(nodes) - 1
            guide, carry = ("└── ", "    ") if last else ("├── ", "│   ")
            for index, line in enumerate(wrap(label, self.width - len(prefix) - 4)):
                lead = prefix + (guide if index == 0 else carry)
                self.lines.append([(lead, "dim"), *line])
            self._branch(children, prefix + carry)

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        right: Sequence[int] = (),
        title: str | None = None,
    ) -> None:
        """A boxed table; each cell is a list of paragraphs, wrapped to the column width."""
        if title:
            self.line((title, "bold"))
        head: list[Cell] = [[[(h, "bold")]] for h in headers]
        widths = _column_widths([head, *rows], self.width)
        self._raw(("┌" + "┬".join("─" * (w + 2) for w in widths) + "┐", "dim"))
        self._row(head, widths, right)
        self._raw(("├" + "┼".join("─" * (w + 2) for w in widths) + "┤", "dim"))
        for row in rows:
            self._row(row, widths, right)
        self._raw(("└" + "┴".join("─" * (w + 2) for w in widths) + "┘", "dim"))

    def _row(self, cells: Sequence[Cell], widths: list[int], right: Sequence[int]) -> None:
        wrapped = [
            [line for para in cell for line in wrap(para, width)]
            for cell, width in zip(cells, widths, strict=True)
        ]
        for index in range(max(len(c) for c in wrapped)):
            line: Line = [("│", "dim")]
            for column, (cell, w) in enumerate(zip(wrapped, widths, strict=True)):
                content = cell[index] if index < len(cell) else []
                pad = " " * (w - width_of(content))
                parts = [(pad, ""), *content] if column in right else [*content, (pad, "")]
                line += [(" ", ""), *parts, (" ", ""), ("│", "dim")]
            self.lines.append(line)

    def plain(self) -> str:
        return "".join("".join(part for part, _ in line) + "\n" for line in self.lines)

    def ansi(self, color_system: ColorSystem) -> str:
        """The page with the terminal's escape codes for each style."""
        from rich.style import Style  # noqa: PLC0415 - rich only on a terminal

        styles: dict[str, Style] = {}
        pieces = []
        for line in self.lines:
            for part, style in line:
                if style and part:
                    if style not in styles:
                        styles[style] = Style.parse(style)
                    pieces.append(styles[style].render(part, color_system=color_system))
                else:
                    pieces.append(part)
            pieces.append("\n")
        return "".join(pieces)

    def text(self) -> Text:
        """The page as one rich Text, its styles as spans (one Text, printed once, is fast)."""
        from rich.text import Span as StyleSpan  # noqa: PLC0415 - rich only on a terminal
        from rich.text import Text  # noqa: PLC0415

        pieces: list[str] = []
        spans: list[StyleSpan] = []
        offset = 0
        for line in self.lines:
            for part, style in line:
                if style and spans and spans[-1].style == style and spans[-1].end == offset:
                    spans[-1] = StyleSpan(spans[-1].start, offset + len(part), style)
                elif style:
                    spans.append(StyleSpan(offset, offset + len(part), style))
                pieces.append(part)
                offset += len(part)
            pieces.append("\n")
            offset += 1
        return Text("".join(pieces), spans=spans)


def _column_widths(rows: Sequence[Sequence[Cell]], total: int) -> list[int]:
    """Natural widths, shrunk in proportion to what each can give until the table fits."""
    count = len(rows[0])
    natural = [1] * count
    smallest = [1] * count
    for number, row in enumerate(rows):
        for column, cell in enumerate(row):
            for para in cell:
                natural[column] = max(natural[column], width_of(para))
                longest = max((cell_len(t) for t, _ in _tokens(para) if not t.isspace()), default=1)
                # Headers (row 0) stay on one line; a long word may be cut beyond 12 columns.
                least = width_of(para) if number == 0 else min(longest, 12)
                smallest[column] = max(smallest[column], least)
    widths = list(natural)
    room = total - 3 * count - 1
    excess = sum(widths) - room
    spare = sum(n - s for n, s in zip(natural, smallest, strict=True))
    if excess > 0 and spare > 0:
        for column in range(count):
            give = (natural[column] - smallest[column]) * min(excess, spare) // spare
            widths[column] -= give
    while sum(widths) > room:
        shrinkable = [c for c in range(count) if widths[c] > smallest[c]]
        if not shrinkable:
            shrinkable = [c for c in range(count) if widths[c] > 1]
            if not shrinkable:
                break
        widest = max(shrinkable, key=lambda c: widths[c])
        widths[widest] -= 1
    return widths
