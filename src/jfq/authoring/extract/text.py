"""A report's text in two forms: as written, and normalised for matching, with an offset map.

The grammar reads the normalised form: NFKC (full-width digits, letters and marks made
plain), traditional characters simplified, an OCR'd 。 between digits read as a decimal
point (4。6% is 4.6%), spaces and tabs dropped (PDF text breaks words: 实 现), and the
pinyin glosses some converted pages put after each character (報(bào)告) dropped.
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

from jfq.search.normalize import simplified

# A pinyin gloss after a character: 區(qū), 報(bào). Letters with tone marks, or plain.
_GLOSS = r"(?<=[\u3400-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}\)"
_GLOSSES = re.compile(_GLOSS)
_DROPPED = " \t\u3000\u00a0\u200b\ufeff"
_DOT = r"(?<=[0-9０-９])。(?=[0-9０-９])"


def _fold(char: str) -> str:
    return simplified(unicodedata.normalize("NFKC", char))


class Text:
    """A report's text and its normalised form, ``norm``."""

    def __init__(self, original: str) -> None:
        self.original = original
        folds = {char: _fold(char) for char in set(original)}
        single = {ord(c): f for c, f in folds.items() if len(f) == 1 and f != c}
        expanding = "".join(re.escape(c) for c, f in folds.items() if len(f) != 1)
        specials = [_GLOSS, f"[{re.escape(_DROPPED)}]+", _DOT]
        if expanding:
            specials.append(f"[{expanding}]")
        pieces: list[str] = []
        # Runs: (start in norm, start in original, True when one character maps to one).
        self._runs: list[tuple[int, int, bool]] = []
        self._starts: list[int] = []
        done = length = 0
        for special in re.finditer("|".join(specials), original):
            length = self._add(pieces, original[done : special.start()], done, length, single)
            found = special.group()
            if found == "。":
                length = self._add(pieces, ".", special.start(), length, {})
            elif found in folds and len(folds[found]) != 1:  # an expansion: ㎡ -> m2
                self._run(length, special.start(), linear=False)
                pieces.append(folds[found])
                length += len(folds[found])
            done = special.end()
        self._add(pieces, original[done:], done, length, single)
        self.norm = "".join(pieces)

    def _run(self, norm_start: int, original_start: int, *, linear: bool) -> None:
        self._runs.append((norm_start, original_start, linear))
        self._starts.append(norm_start)

    def _add(
        self, pieces: list[str], chunk: str, at: int, length: int, table: dict[int, str]
    ) -> int:
        if chunk:
            self._run(length, at, linear=True)
            pieces.append(chunk.translate(table) if table else chunk)
        return length + len(chunk)

    def start_of(self, position: int) -> int:
        """The original index of the normalised ``position`` (the text's end past the last)."""
        if position >= len(self.norm):
            return len(self.original)
        norm_start, original_start, linear = self._runs[bisect_right(self._starts, position) - 1]
        return original_start + (position - norm_start if linear else 0)

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
