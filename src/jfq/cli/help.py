"""--help laid out by display columns, so that it fits the terminal (COLUMNS=60 too).

Click wraps help by counting characters, so a line with Chinese in it (解放区, 主要预期目标)
runs past the edge by one column per character.  This formatter keeps click's layout
(sections, the option list, ``\\b`` blocks left as written) and wraps with jfq's own
jfq.render.layout.wrap, which counts a wide character as two columns.  It loads only
when help is shown.
"""

from __future__ import annotations

from collections.abc import Sequence

from jfq.cli.click_api import HelpFormatter
from jfq.render.layout import cell_len, wrap

_UNWRAPPED = "\b"  # click's mark for a paragraph kept as written (examples, lists)


def fill(text: str, width: int, indent: str = "") -> list[str]:
    """``text`` as lines of at most ``width`` columns, each starting with ``indent``."""
    room = max(width - cell_len(indent), 10)
    return [indent + "".join(part for part, _ in line) for line in wrap([(text, "")], room)]


def paragraphs(text: str, width: int, indent: str = "") -> list[str]:
    """Click's paragraph rules (a blank line between paragraphs, a ``\\b`` line before one
    kept as written; a paragraph's own indent kept), with lines measured in columns."""
    out: list[str] = []
    blocks = [block for block in text.expandtabs().split("\n\n") if block.strip()]
    for number, block in enumerate(blocks):
        lines = block.splitlines()
        if number:
            out.append("")
        if lines and lines[0].strip() == _UNWRAPPED:
            out += [indent + line for line in lines[1:]]
            continue
        lines = [line for line in lines if line.strip()]
        own = " " * (len(lines[0]) - len(lines[0].lstrip())) if lines else ""
        out += fill(" ".join(line.strip() for line in lines), width, indent + own)
    return out


class ColumnHelpFormatter(HelpFormatter):
    """Click's HelpFormatter with text measured in columns instead of characters."""

    def write_text(self, text: str) -> None:
        lines = paragraphs(text, self.width, " " * self.current_indent)
        self.write("\n".join(lines) + "\n")

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        rows = list(rows)
        # On a narrow terminal the options take at most a third: room for their help.
        col_max = min(col_max, max(self.width // 3, 12))
        first_col = min(max((cell_len(first) for first, _ in rows), default=0), col_max)
        first_col += col_spacing
        indent = " " * self.current_indent
        for first, second in rows:
            self.write(f"{indent}{first}")
            if not second:
                self.write("\n")
                continue
            if cell_len(first) <= first_col - col_spacing:
                self.write(" " * (first_col - cell_len(first)))
            else:
                self.write("\n" + " " * (first_col + self.current_indent))
            hanging = " " * (first_col + self.current_indent)
            text_width = max(self.width - first_col - self.current_indent, 10)
            lines = paragraphs(second, text_width)
            self.write(lines[0] + "\n" if lines else "\n")
            for line in lines[1:]:
                self.write(f"{hanging}{line}\n" if line else "\n")
