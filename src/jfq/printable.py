"""Text made safe to print: nothing from the data or the command line can drive the terminal.

A term name, a quote or a query may hold an escape sequence (ESC [ 31 m), another
control character, a right-to-left override or a lone surrogate from a broken
terminal.  Printed as they are, they would recolour or rearrange the screen, or
fail to encode.  Every writer of text for people (text, Markdown, CSV, stderr)
passes it through ``printable``; JSON and YAML get the same characters as \\u
escapes (``escape_unsafe``), which keep the data exact.
"""

from __future__ import annotations

import re
from functools import cache

# C0 controls but tab and newline, DEL and the C1 controls, the bidirectional marks,
# embeddings, overrides and isolates, and lone surrogates.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    r"""``text`` with each unsafe character written as an escape: '\x1b[31m' -> '\\x1b[31m'."""
    if _UNSAFE.search(text) is None:  # nearly always: no copy, no callback
        return text
    return _UNSAFE.sub(_escape, text)


def _unicode_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def escape_unsafe(text: str) -> str:
    """The unsafe characters as \\u escapes: for JSON (within strings) and for YAML, whose
    writer puts every string holding one in double quotes (jfq.yaml_style)."""
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(_unicode_escape, text)


# A line break inside one piece of text (a quote, a passage) is where a copy was folded:
# a PDF breaks its lines mid-word (增⏎长8.5%), and the quote keeps the break so that it is
# verbatim.  On a screen it would start a line at column 0, out of its block and its table.
# (compiled on first use, as unicodedata is imported: every command imports this module, and
# few texts have a fold; compiled here it had doubled this module's import, 0.7 ms)
@cache
def _fold() -> re.Pattern[str]:
    return re.compile(r"[ \t\u3000]*(?:\r\n|[\n\r\u2028\u2029])[ \t\u3000]*")


def _joined(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    before, after = text[start - 1 : start], text[end : end + 1]
    if not before or not after or _wide(before) or _wide(after):
        return ""  # 增⏎长 is 增长
    if before in _QUOTES and after in _QUOTES:
        return ""  # “十四五”⏎“双碳”
    number = after.isdigit() and (before.isdigit() or text[start - 2 : start - 1].isdigit())
    return "" if number else " "  # 6.⏎5% and 1⏎234 are numbers; growth,⏎and is two words


_QUOTES = "“”‘’"


def _wide(char: str) -> bool:
    import unicodedata  # noqa: PLC0415 - only a text with a fold needs it

    return unicodedata.east_asian_width(char) in "WF"


def one_line(text: str) -> str:
    """``text`` with its line breaks joined, as it reads: nothing beside a Chinese character
    (增⏎长 is 增长), between quotation marks or inside a number (6.⏎5%), a space elsewhere
    (the⏎report, growth,⏎and jobs, U.S.⏎GDP)."""
    if "\n" not in text and "\r" not in text and "\u2028" not in text and "\u2029" not in text:
        return text
    return _fold().sub(_joined, text)
