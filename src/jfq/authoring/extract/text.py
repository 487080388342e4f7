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

import heapq
import re
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache
from typing import Any

from jfq.authoring.extract import lexicon as lx
from jfq.search.normalize import simplified
from jfq.search.t2s import SIMPLIFIED, TRADITIONAL

# A pinyin gloss after a character: 區(qū), 報(bào). Letters with tone marks, or plain.
# The bracket comes first and the character is looked back at from it: a pattern that
# opens on a character lets the text's scan skip to its candidates (twice as fast).
# A word's gloss is longer (零售总额(língshòuzǒngé)): it carries a tone mark.
_PINYIN = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_WORDS_GLOSS = rf"(?=[{_PINYIN}]*[{_TONED}])[{_PINYIN}]{{8,32}}"
_GLOSS = rf"\((?<=[\u3400-\u9fff]\()(?:[{_PINYIN}]{{1,7}}|{_WORDS_GLOSS})\)"
_GLOSSES = re.compile(_GLOSS)
_NOTE_MARKS = re.compile(r"\[\d{1,2}\]|〔\d{1,2}〕")
_DROPPED = " \t\u3000\u00a0\u200b\ufeff"
# A comma a converted page doubles another mark with (增长7%,、8%; 48810億元,、增長8.0%,,).
_DOUBLED_COMMA = "[,，](?=[,，、。;；:：])"
# HTML stored with its markup escaped (\u003cp\u003e…): a tag is no part of the text.
_ESCAPED_TAG = r"\\u003c.*?\\u003e"
# After translation (full-width digits are plain); 。 first, for the scan (see _GLOSS).
_DOTS = re.compile(r"。(?<=[0-9]。)(?=[0-9])")


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


_BMP = 0x10000


@cache
def _by_code_point() -> tuple[list[int | str], dict[int, str]]:
    """The one-for-one table as a list indexed by code point (the plane of common
    characters), and the few characters past it in a dict.

    str.translate looks each character up in its table: in a list by index, twice as fast
    as in a dict (0.14 s against 0.35 s for the 8 MB report of benchmarks/extract.py).  A
    character past the list is left as it is (an IndexError is a LookupError to
    translate), so the dict is applied only to a text that holds any character past the
    plane (found by a range: a class of the dict's 354 characters took 1.7 s)."""
    single, _ = _tables()
    table: list[int | str] = list(range(_BMP))
    beyond: dict[int, str] = {}
    for code, folded in single.items():
        if code < _BMP:
            table[code] = folded
        else:
            beyond[code] = folded
    return table, beyond


_PAST_THE_PLANE = re.compile("[\U00010000-\U0010ffff]")


def _one_for_one(original: str) -> str:
    """``original`` with every one-for-one character folded (see _by_code_point)."""
    table, beyond = _by_code_point()
    translated = original.translate(table)
    return translated.translate(beyond) if _PAST_THE_PLANE.search(translated) else translated


_ENDS_A_SENTENCE = tuple("。!?;:…”」)！？；：）")
# What a line of its own begins with: a heading, a list's marker or number, a bracket.
_BEGINS_A_LINE = frozenset("(（一二三四五六七八九十第■◆●★—0123456789 \t\r\n\u3000")


@cache
def _specials(wrapped: bool = False) -> re.Pattern[str]:
    """What the normalised text drops (glosses, spaces, and in a wrapped text the line
    breaks: Text keeps those that end a line of its own) or expands (㎡ -> m2)."""
    _, expanding = _tables()
    wrap = "|\r?\n" if wrapped else ""
    return re.compile(
        f"{_GLOSS}|{_ESCAPED_TAG}|{_DOUBLED_COMMA}|[{re.escape(_DROPPED)}]+{wrap}|"
        f"[{re.escape(expanding)}]"
    )


def _broken_lines(original: str) -> frozenset[int]:
    """Where a text copied from a PDF breaks a sentence at the page's width (…规模以上固定资
    |产投资完成额增长11.5%): the line breaks after lines that run to that width and stop
    without a sentence's mark, before a line that begins no item of its own.  A text is
    taken as wrapped when most of its long lines stop open at one width (a digest's lines,
    one item each, stop open too, but each at its own length); else nothing is joined."""
    lines = [(a, b) for a, b in _line_spans(original) if b - a > 16]
    widths = sorted(
        width
        for line in (original[a:b].strip() for a, b in lines)
        if (width := _width(line)) >= 36 and not line.endswith(_ENDS_A_SENTENCE)
    )
    if len(widths) < 3 or len(widths) < 0.4 * len(lines):
        return frozenset()
    page = widths[len(widths) // 2]  # the page's width: most broken lines run to it
    # A narrow column (25 characters a line) is told from a digest's short items by how
    # tightly its lines keep to one width: most within 3 columns of it, not 10.
    near, most = (10, 0.4) if page >= 64 else (3, 0.6)
    if page < 40 or sum(abs(w - page) <= near for w in widths) < max(3, most * len(widths)):
        return frozenset()
    if page < 64 and (len(widths) < 6 or "。\n" not in original):
        return frozenset()  # (a column runs on, and ends a paragraph; a digest's items don't)
    broken = set()
    for a, b in lines:
        line = original[a:b].strip()
        following = original[b : b + 1]
        opens = following and following not in _BEGINS_A_LINE
        wide = opens and _width(line) >= page - near - 2
        if (wide or _GOES_ON.match(original, b)) and not line.endswith(_ENDS_A_SENTENCE):
            broken.add(b - 2 if original[b - 2 : b - 1] == "\r" else b - 1)
    return frozenset(broken)


# A number on a line of its own (a PDF's text that broke at every figure: 地区生产总值增长\n
# 8%;\n财政收入增长\n10%;), and what begins a heading's line (一、, (一), 1.).
_NUMBER_LINE = re.compile(
    r"(?m)^[ \t\u3000]*\d+(?:[.,]\d+)*[ \t]*(?P<percent>[%‰％])?[ \t]*[;,;。，；]?[ \t]*\r?$"
)
# What a number's own line goes on with: a unit, a multiplier, a date's or a count's word
# (17\n个贫困村, 2019\n年), not a page number's next line (…地区生产总值\n3\n增长6.5%).
_GOES_ON_FROM_A_NUMBER = re.compile(
    r"[万亿千百十年月日余多个人户家名项所座条件元吨亩辆套处次%‰％、,;。，；]"
)
_HEADING_OPENS = re.compile(
    r"\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、](?!\d))"
)


def _numbers_on_lines_of_their_own(
    original: str,
) -> tuple[frozenset[int], list[tuple[int, int]]]:
    """The line breaks around a number on a line of its own, which a PDF's text puts
    there and a reader does not: after it, before what goes on (17\n个贫困村; 2019\n年),
    and before it, after a line that stops open (降至\n0.47%; 增长\n8%;) and is no
    heading (一、2019年工作回顾\n2019\n年,…: the heading keeps its line).  A bare number
    that goes on with nothing, inside a sentence (…生产总值\n3\n增长6.5%), is a page's:
    its line is returned beside the breaks, with its own break."""
    joined = set()
    pages: list[tuple[int, int]] = []
    for line in _NUMBER_LINE.finditer(original):
        start, end = line.start(), line.end()
        after = original[end + 1 : end + 2] if original[end : end + 1] == "\n" else ""
        if not line["percent"] and not _GOES_ON_FROM_A_NUMBER.match(after):
            if (
                after
                and _BARE_NUMBER.fullmatch(original, start, end)
                and _stops_open(original, start)
            ):
                pages.append((start, end + 1))  # a page's number inside a sentence
            continue  # (or a list's: 1、 has its own mark)
        if after:
            joined.add(end - 1 if original[end - 1 : end] == "\r" else end)
        if _stops_open(original, start):
            joined.add(start - 2 if original[start - 2 : start - 1] == "\r" else start - 1)
    return frozenset(joined), pages


# A page's number between dashes on a line of its own (— 3 —, - 12 -, －3－): a PDF's footer.
# (found from the break before it: a pattern that opens on a character is scanned for fast)
_PAGE_FOOTER = re.compile(r"\n[ \t\u3000]*[-—–－]{1,2}[ \t]*\d{1,3}[ \t]*[-—–－]{1,2}[ \t]*\r?\n")

_BARE_NUMBER = re.compile(r"[ \t\u3000]*\d{1,3}[ \t]*\r?")


class _Dropped:
    """A stretch of the original that Text drops, as a match of _specials would give it."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, original: str, start: int, end: int) -> None:
        self._start, self._end, self._text = start, end, original[start:end]

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text


def _page_numbers(original: str, pages: list[tuple[int, int]]) -> list[_Dropped]:
    """Pages' numbers on lines of their own, with their lines' breaks: the bare ones already
    in ``pages`` (see _numbers_on_lines_of_their_own) and footers between dashes.  Where a
    clause goes on across it (…地区生产总值\n— 3 —\n增长6.5%; 完成\n3\n12.3亿元) the break
    before goes too: the sentence is one.  Else only its line goes (a list's items, a
    glossary's, a heading stay on lines of their own)."""
    pages = pages + [(m.start() + 1, m.end()) for m in _PAGE_FOOTER.finditer(original)]
    dropped = []
    for at, end in sorted(pages):
        joined = _stops_open(original, at) and _goes_on_across(original, at, end)
        before = (2 if original[at - 2 : at] == "\r\n" else 1) if joined else 0
        dropped.append(_Dropped(original, at - before, end))
    return dropped


# What says a clause goes on across a line: a predicate it ended on (增长\n…6.5%), or one
# or a figure it goes on with (…生产总值\n…增长6.5%; 完成\n…12.3亿元); not 增加值, a noun.
_PREDICATE_ENDS = re.compile(rf"(?:{lx.LONG_PREDICATE.pattern})$")
_PREDICATE_OPENS = re.compile(rf"\d|(?:{lx.LONG_PREDICATE.pattern})(?!{'|'.join(lx.NOUN_ENDINGS)})")


def _goes_on_across(original: str, at: int, end: int) -> bool:
    before = _line_before(original, at)
    return bool(_PREDICATE_ENDS.search(before) or _PREDICATE_OPENS.match(original, end))


def _line_before(original: str, start: int) -> str:
    """The line before the one that begins at ``start``, stripped."""
    return original[original.rfind("\n", 0, start - 1) + 1 : start - 1].strip()


def _stops_open(original: str, start: int) -> bool:
    """Whether the line before the one at ``start`` ends with no sentence's mark, and is no
    heading (一、2019年工作回顾 keeps its line)."""
    if start == 0 or original[start - 1] != "\n":
        return False
    before = _line_before(original, start)
    return (
        bool(before) and not before.endswith(_ENDS_A_SENTENCE) and not _HEADING_OPENS.match(before)
    )


# What no line of its own begins with, in a column already known to wrap: a sentence's mark,
# a unit, or a number that is not an item's (…增长\n7%, …收入\n49997 元, …4.5%、7%\n。).
_GOES_ON = re.compile(r"[。,;、%)]|\d+(?:\.\d+)?(?![.、\d])\s*(?:%|[\u4e00-\u9fff])")


def _line_spans(original: str) -> Iterator[tuple[int, int]]:
    """Each line that a break ends, with its break: found by str.find (a pattern that
    fails at every character of a text without breaks would take its length squared)."""
    start = 0
    while (end := original.find("\n", start)) >= 0:
        yield start, end + 1
        start = end + 1


def _width(line: str) -> int:
    """A line's width as a page sets it: a Chinese character or full-width mark is two
    columns, a digit or half-width mark one (so 2345.6亿元 is narrower than its length).
    Counted by encoding the ASCII out: a loop over each character of an 8 MB report took
    half a second (benchmarks/extract.py)."""
    return 2 * len(line) - len(line.encode("ascii", "ignore"))


@cache
def _expansion(char: str) -> str:
    return simplified(unicodedata.normalize("NFKC", char)) if len(char) == 1 else ""


class Text:
    """A report's text and its normalised form, ``norm``."""

    def __init__(self, original: str) -> None:
        self.original = original
        # One character for one keeps every offset: the whole text at once, 。 included.
        translated = _DOTS.sub(".", _one_for_one(original))
        pages: list[_Dropped] = []
        broken = _broken_lines(original)
        if "\n" in original:
            around_numbers, bare = _numbers_on_lines_of_their_own(original)
            broken |= around_numbers
            pages = _page_numbers(original, bare)
        specials = _specials(bool(broken))
        matches: Iterator[Any] = specials.finditer(original)
        self._pages = [(page.start(), page.end()) for page in pages]
        if pages:  # (dropped whole: their starts pass as breaks joined)
            broken |= {page.start() for page in pages}
            matches = heapq.merge(pages, matches, key=lambda match: match.start())
        pieces: list[str] = []
        # Runs: where in norm and in the original a stretch starts, and whether it maps one
        # character to one (a stretch of text) or many to one (an expansion: ㎡ -> m2).
        # (arrays, not lists: a page glossed with pinyin has a run per gloss, and a list's
        # int objects took 14 MB of an 8 MB text's peak in benchmarks/extract.py)
        norm_starts = array("q")
        original_starts = array("q")
        linear = array("b")
        add_piece, add_norm = pieces.append, norm_starts.append  # a hot loop: names bound
        add_original, add_linear = original_starts.append, linear.append
        done = length = 0
        for special in matches:
            at, found = special.start(), special.group()
            if at < done:
                continue  # inside a page's number, dropped
            if found[-1] == "\n" and at not in broken:
                continue  # a line that ends on its own: its break stays in the text
            if at > done:
                add_norm(length)
                add_original(done)
                add_linear(1)
                add_piece(translated[done:at])
                length += at - done
            if (
                found[0] not in _DROPPED
                and found[0] not in "(\\\n,，"
                and type(special) is not _Dropped
            ):
                # an expansion: ㎡ -> m2
                expansion = _expansion(found)
                add_norm(length)
                add_original(at)
                add_linear(0)
                add_piece(expansion)
                length += len(expansion)
            done = special.end()
        if done < len(original):
            norm_starts.append(length)
            original_starts.append(done)
            linear.append(1)
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
        """A name cut from the original: without the spaces a PDF put in, pinyin glosses, or
        the marks of a footnote (一般公共预算收入[1], “四区一基地〔2〕”)."""
        return _NOTE_MARKS.sub(
            "", _GLOSSES.sub("", "".join(self._without_pages(start, end).split()))
        )

    def _without_pages(self, start: int, end: int) -> str:
        """The original text of [start, end), without a page's number it runs across (a
        name cut from 一般公共预算收入完成\n3\n12.3亿元's clause has no 3)."""
        a, b = self.span(start, end)
        inside = [(p, q) for p, q in self._pages if a <= p and q <= b] if self._pages else []
        if not inside:
            return self.original[a:b]
        kept, done = [], a
        for p, q in inside:
            kept.append(self.original[done:p])
            done = q
        return "".join([*kept, self.original[done:b]])
