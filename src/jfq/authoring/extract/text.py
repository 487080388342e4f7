"""A report's text in two forms: as written, and normalised for matching, with an offset map.

The grammar reads the normalised form: NFKC (full-width digits, letters and marks made
plain), traditional characters simplified, an OCR'd 。 between digits read as a decimal
point (4。6% is 4.6%), spaces and tabs dropped (PDF text breaks words: 实 现), and the
pinyin glosses some converted pages put after each character (報(bào)告) dropped, and so
are HTML tags stored escaped (\u003cp\u003e).
Every character of the normalised form remembers where it came from, so each name, unit
and quote is cut from the original text by offset: never searched for again, and always
in the original's own characters.

Written by hand for speed: the map is kept as runs (a stretch of text that maps one
character to one, or an expansion that maps several to one), and the text is translated
a run at a time, so an 8 MB report is read in well under a second (benchmarks/extract.py).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import cache
from typing import Any

from jfq.search.normalize import simplified
from jfq.search.t2s import SIMPLIFIED, TRADITIONAL

# A pinyin gloss after a character: 區(qū), 報(bào). Letters with tone marks, or plain.
_GLOSS = r"(?<=[\u3400-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}\)"
_GLOSSES = re.compile(_GLOSS)
_DROPPED = " \t\u3000\u00a0\u200b\ufeff"
# HTML stored with its markup escaped (\u003cp\u003e…): a tag is no part of the text.
_ESCAPED_TAG = r"\\u003c.*?\\u003e"
_DOTS = re.compile(r"(?<=[0-9])。(?=[0-9])")  # after translation: full-width digits are plain


@cache
def _tables() -> tuple[dict[int, str], str]:
    """(one character for one, the characters that become several), for every character
    whose NFKC or simplified form differs: built once, so a text is never scanned for its
    set of characters first."""
    single: dict[int, str] = {}
    expanding = []
    ranges = (range(0xA0, 0x3400), range(0xF900, 0xFB00), range(0xFE10, 0xFFF0))
    for code in (c for r in ranges for c in r):
        if 0x2460 <= code <= 0x24FF:
            continue  # ① ⑴ ⒈ stay list markers: NFKC would make ② the digit 2 of a figure
        char = chr(code)
        folded = simplified(unicodedata.normalize("NFKC", char))
        if len(folded) == 1 and folded != char:
            single[code] = folded
        elif len(folded) != 1:
            expanding.append(char)
    for traditional, plain in zip(TRADITIONAL, SIMPLIFIED, strict=True):
        single.setdefault(ord(traditional), plain)
    single[ord("℅")] = "%"  # (care of) that some pages type for a percent sign: 增长15℅
    return single, "".join(expanding).replace("℅", "")


# A line break inside a sentence of a text copied from a PDF: after a character that ends
# no sentence, before one that begins no line of its own.
_WRAP = r"(?<=[^\s。!?;:…”」)！？；：）])\n(?=[^\s\n(（一二三四五六七八九十第■◆●★—])"
_ENDS_A_SENTENCE = tuple("。!?;:…”」)！？；：）")
_LONG_LINE = re.compile(r"[^\n]{30,}")


@cache
def _specials(wrapped: bool = False) -> re.Pattern[str]:
    """What the normalised text drops (glosses, spaces, and the line breaks of a wrapped
    text) or expands (㎡ -> m2)."""
    _, expanding = _tables()
    wrap = f"|{_WRAP}" if wrapped else ""
    return re.compile(
        f"{_GLOSS}|{_ESCAPED_TAG}|[{re.escape(_DROPPED)}]+{wrap}|[{re.escape(expanding)}]"
    )


def _wrapped(original: str) -> bool:
    """A text copied from a PDF, its lines broken at the page's width mid-sentence
    (…规模以上固定资\n产投资完成额增长11.5%): many long lines stop open, and at one width
    (a digest's lines, one item each, stop open too, but each at its own length)."""
    long = 0
    widths = []
    for found in _LONG_LINE.finditer(original):  # one line at a time: a long file is not copied
        line = found[0].strip()
        if len(line) >= 30:
            long += 1
            if not line.endswith(_ENDS_A_SENTENCE):
                widths.append(len(line))
    widths.sort()
    if len(widths) < 3 or len(widths) < 0.4 * long:
        return False
    page = widths[len(widths) * 3 // 4]  # the page's width: most broken lines run to it
    near = sum(abs(width - page) <= 6 for width in widths)  # (half-width digits are narrow)
    return page >= 32 and near >= max(3, 0.4 * len(widths))


@cache
def _expansion(char: str) -> str:
    return simplified(unicodedata.normalize("NFKC", char)) if len(char) == 1 else ""


class Text:
    """A report's text and its normalised form, ``norm``."""

    def __init__(self, original: str) -> None:
        self.original = original
        single, _ = _tables()
        # One character for one keeps every offset: the whole text at once, 。 included.
        translated = _DOTS.sub(".", original.translate(single))
        specials = _specials(_wrapped(original))
        pieces: list[str] = []
        # Runs: where in norm and in the original a stretch starts, and whether it maps one
        # character to one (a stretch of text) or many to one (an expansion: ㎡ -> m2).
        norm_starts: list[int] = []
        original_starts: list[int] = []
        linear: list[bool] = []
        add_piece, add_norm = pieces.append, norm_starts.append  # a hot loop: names bound
        add_original, add_linear = original_starts.append, linear.append
        done = length = 0
        for special in specials.finditer(original):
            at, found = special.start(), special.group()
            if at > done:
                add_norm(length)
                add_original(done)
                add_linear(True)
                add_piece(translated[done:at])
                length += at - done
            if found[0] not in _DROPPED and found[0] not in "(\\\n":  # an expansion: ㎡ -> m2
                expansion = _expansion(found)
                add_norm(length)
                add_original(at)
                add_linear(False)
                add_piece(expansion)
                length += len(expansion)
            done = special.end()
        if done < len(original):
            norm_starts.append(length)
            original_starts.append(done)
            linear.append(True)
            pieces.append(translated[done:])
        del translated  # before the join: a long text is not held three times over
        self.norm = "".join(pieces)
        self._starts, self._originals, self._linear = norm_starts, original_starts, linear
        # What a reader of this text has read, by the words read: a report says many
        # things twice (jfq.authoring.extract.blocks reads each sentence once).
        self.memo: dict[str, Any] = {}

    def start_of(self, position: int) -> int:
        """The original index of the normalised ``position`` (the text's end past the last)."""
        if position >= len(self.norm):
            return len(self.original)
        run = bisect_right(self._starts, position) - 1
        offset = position - self._starts[run] if self._linear[run] else 0
        return self._originals[run] + offset

    def end_of(self, position: int) -> int:
        """The original index just after the normalised character before ``position``."""
        return self.start_of(position - 1) + 1 if position > 0 else 0

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the normalised span [start, end)."""
        if end <= start:
            at = self.start_of(start)
            return at, at
        return self.start_of(start), self.end_of(end)

    def cut(self, start: int, end: int) -> str:
        """The original text of the normalised span [start, end), as written."""
        a, b = self.span(start, end)
        return self.original[a:b]

    def name(self, start: int, end: int) -> str:
        """A name cut from the original: without the spaces a PDF put in, or pinyin glosses."""
        return _GLOSSES.sub("", "".join(self.cut(start, end).split()))
