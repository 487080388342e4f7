"""Web pages: the text a reader sees on a saved HTML page, for jfq extract.

Reports are published as web pages, and a page saved from a browser is what many
users have.  Read as plain text, its markup became names and quotes (<p>过去一年…),
a script's string became a figure, and a character written as an entity (&#65292;)
was lost.  ``visible_text`` keeps what a browser shows: the title, then the body's
text, a line for each block (p, div, br, li, tr, h1…), without scripts, styles or
comments, with entities decoded.  The standard library's parser does it; no
dependency is needed for pages of report size.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import PurePath

PAGE_NOTE = "read as a web page: its visible text, which the quotes, offsets and sha256 are of"
_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
_OPENS_A_PAGE = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html\b)",
                           re.IGNORECASE | re.DOTALL)  # fmt: skip
_BLOCKS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 "
    "h4 h5 h6 header hr li main nav ol p pre section table tbody td th thead title tr ul".split()
)
_HIDDEN = frozenset(("script", "style", "noscript", "template", "svg"))
_SPACES = re.compile(r"[ \t\r\f\v]+")
_WIDE = "\u3000-\u9fff\uff00-\uffef"
_WRAPPED = re.compile(rf"(?<=[{_WIDE}])[ \t\r]*\n\s*(?=[{_WIDE}])")
_SPACE = re.compile(r"\s*\n\s*")


def looks_like_html(name: str, text: str) -> bool:
    """A page by its name (.html, .htm …) or by how it opens (<!DOCTYPE html>, <html>)."""
    return PurePath(name).suffix.lower() in _SUFFIXES or bool(_OPENS_A_PAGE.match(text[:2000]))


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.hidden = 0  # inside <script>, <style> …: how deep

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.pieces.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.pieces.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            # the page's own line breaks are layout: nothing between two Chinese
            # characters (a sentence the source wraps), else a space
            self.pieces.append(_SPACE.sub(" ", _WRAPPED.sub("", data)))


def visible_text(page: str) -> str:
    """The page's text as a browser shows it: one line per block, blank lines dropped,
    spaces at a line's ends trimmed (the indent of a paragraph is layout)."""
    parser = _Visible()
    parser.feed(page)
    parser.close()
    text = "".join(parser.pieces)
    lines = (_SPACES.sub(" ", line).strip(" \u3000\xa0") for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
