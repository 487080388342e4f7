"""Web pages: the text a reader sees on a saved HTML page, for jfq extract.

Reports are published as web pages, and a page saved from a browser is what many
users have.  Read as plain text, its markup became names and quotes (<p>过去一年…),
a script's string became a figure, and a character written as an entity (&#65292;)
was lost.  ``visible_text`` keeps what a browser shows: the title, then the body's
text, a line for each block (p, div, li, h1…), a table's cells on their row (split by a
tab), without scripts, styles or comments, with entities decoded.  A <br> ends a line
where the line reads as ended (a heading, a sentence); inside a sentence it is the
page's wrapping.  The standard library's parser does the work; no dependency is needed
for pages of report size.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import PurePath

PAGE_NOTE = "read as a web page: its visible text, which the quotes, offsets and sha256 are of"
SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
_OPENS_A_PAGE = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html\b)",
                           re.IGNORECASE | re.DOTALL)  # fmt: skip
_A_TAG = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*\b[^<>]*|/[a-zA-Z][a-zA-Z0-9]*\s*)>")
_BLOCKS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure footer form h1 h2 h3 "
    "h4 h5 h6 header hr li main nav ol p pre section table tbody thead title tr ul".split()
)
_CELLS = frozenset(("td", "th"))
_HIDDEN = frozenset(("script", "style", "noscript", "template", "svg"))
_SPACES = re.compile(r"[ \r\f\v]+")
_WIDE = "\u3000-\u9fff\uff00-\uffef"
_WRAPPED = re.compile(rf"(?<=[{_WIDE}])[ \t\r]*\n\s*(?=[{_WIDE}])")
_SPACE = re.compile(r"\s*\n\s*")
# A '<' that opens no tag (增长<5%, or a page cut off mid-tag): written as text before parsing,
# since the standard parser rereads the rest of the page at each one (30 s for 16,000).
_STRAY = re.compile(r"<(?![a-zA-Z/!?][^<>]{0,2000}>)")
# A line that reads as ended: a sentence's end, or a short line (a heading, a title).
_ENDED = re.compile(r"[。！？；：!?;:”」)）]\s*$")
_SHORT_LINE = 16  # (一、2023年工作回顾; 2024年某县政府工作报告)


def looks_like_html(name: str, text: str) -> bool:
    """A page by how it opens (<!DOCTYPE html>, <html>), or by its name (.html, .htm …)
    when it holds markup: a .html file of plain text is read as text."""
    head = text[:5000]
    if _OPENS_A_PAGE.match(head):
        return True
    return PurePath(name).suffix.lower() in SUFFIXES and _A_TAG.search(head) is not None


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.hidden = 0  # inside <script>, <style> …: how deep
        self.preformatted = 0  # inside <pre>: the page's own line breaks are the text's

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag == "br":
            self.pieces.append("\n" if self._line_ended() else "")
        elif tag in _BLOCKS:
            self.preformatted += tag == "pre"
            self.pieces.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _CELLS:
            self.pieces.append("\t")
        elif tag in _BLOCKS:
            self.preformatted = max(0, self.preformatted - (tag == "pre"))
            self.pieces.append("\n")

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        if self.preformatted:
            self.pieces.append(data)
            return
        # the page's own line breaks are layout: nothing between two Chinese characters
        # (a sentence the source wraps), else a space
        self.pieces.append(_SPACE.sub(" ", _WRAPPED.sub("", data)))

    def _line_ended(self) -> bool:
        line = "".join(self.pieces[-40:]).rsplit("\n", 1)[-1].strip()
        if not line or _ENDED.search(line):
            return True
        return len(line) < _SHORT_LINE and not line.endswith((",", "，", "、"))


def visible_text(page: str) -> str:
    """The page's text as a browser shows it: one line per block, blank lines dropped,
    spaces and tabs at a line's ends trimmed (the indent of a paragraph is layout)."""
    parser = _Visible()
    parser.feed(_STRAY.sub("&lt;", page))
    parser.close()
    text = "".join(parser.pieces)
    lines = (_SPACES.sub(" ", line).strip(" \t\u3000\xa0") for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
