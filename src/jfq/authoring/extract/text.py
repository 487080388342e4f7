"""A report's text in two forms: as written, and normalised for matching, with an offset map.

The grammar reads the normalised form: NFKC (full-width digits, letters and marks made
plain), traditional characters simplified, an OCR'd 。 between digits read as a decimal
point (4。6% is 4.6%), spaces and tabs dropped (PDF text breaks words: 实 现), and the
pinyin glosses some converted pages put after each character (報(bào)告) dropped, and so
are HTML tags stored escaped (\u003cp\u003e), a source's note number (增长7.6% [4]) and a note
between a figure and its unit (277.74(含市直)亿元); a dash between spaces that parts a list
flattened to one line is a line's end, a print's middle dot before a unit a decimal point
(270·4亿元), and a Taiwan page's 成長 增长.
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
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from itertools import accumulate, chain
from typing import Any

from jfq.authoring.extract.numeral_figures import NUMERAL_CHARS, Numeral, numerals
from jfq.authoring.extract.page_layout import (
    DASHES,
    SOURCE_NOTE,
    SPACED_DASH,
    Dropped,
    broken_lines,
    figures_parted_from_units,
    lone_characters,
    numbers_on_lines_of_their_own,
    page_numbers,
)
from jfq.search.normalize import simplified, t2s_pairs

# A pinyin gloss after a character: 區(qū), 報(bào). Letters with tone marks, or plain.
# The bracket comes first and the character is looked back at from it: a pattern that
# opens on a character lets the text's scan skip to its candidates (twice as fast).
# A word's gloss is longer (零售总额(língshòuzǒngé)): it carries a tone mark.
_PINYIN = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_WORDS_GLOSS = rf"(?=[{_PINYIN}]*[{_TONED}])[{_PINYIN}]{{8,32}}"
# A character of several readings is glossed with each (地(dì / de), 一(yī / yì /yí)), a tone
# mark among them: not a unit in brackets (人均日生活用水量(l/d)).
_READINGS = rf"[{_PINYIN}]{{1,7}}|(?=[^)]*[{_TONED}])[{_PINYIN}]{{1,7}}(?: ?/ ?[{_PINYIN}]{{1,7}})+"
_GLOSS = rf"\((?<=[\u3400-\u9fff]\()(?:{_READINGS}|{_WORDS_GLOSS})\)"
_GLOSSES = re.compile(_GLOSS)
_NOTE_MARKS = re.compile(r"\[\d{1,2}\]|〔\d{1,2}〕")
_DROPPED = " \t\u3000\u00a0\u200b\ufeff"
# Spaces go (a PDF breaks words and figures: 实 现, 1760 0元, 是20 11年), but not a tab, an
# ideographic space or a run of spaces between two digits: those part two figures, as a
# table's cells do (5.2<TAB>6左右 is 5.2 and 6, never 5.26).  Told apart in Text's loop, not
# in the pattern: a look-around there made the scan of an 8 MB report 0.07 s slower.
_ONE_SPACE = " "
_INVISIBLE = "\u200b\ufeff"  # (never a gap: 5<ZWSP>2 is 52)
# A note between a figure and its unit (地区生产总值277.74(含市直)亿元): the figure's scope,
# kept in the quote, not a clause that parts the number from its unit.
_ASIDE_IN_A_FIGURE = r"[(（](?<=\d[(（])[^()（）\d\n]{1,8}[)）](?=[万亿萬億元%％‰])"
# A comma a converted page doubles another mark with (增长7%,、8%; 48810億元,、增長8.0%,,).
_DOUBLED_COMMA = "[,，](?=[,，、。;；:：])"
# A mark a converted page left between a figure and its % (增长13.1?%): a lost character,
# dropped from the normalised copy (extract's notes say where: LOST_MARK).
_MARKS = "?？\ufffd"
_STRAY_MARK = f"[{_MARKS}](?<=[0-9][{_MARKS}])(?=[%％])"
LOST_MARK = re.compile(_STRAY_MARK)
# HTML stored with its markup escaped (\u003cp\u003e…): a tag is no part of the text.
_ESCAPED_TAG = r"\\u003c.*?\\u003e"
# After translation (full-width digits are plain); 。 first, for the scan (see _GLOSS), not before
# a year (前10。2025年); a middle dot before a unit (270·4亿元, 13·6%; not “7·20”, 1·10警察节).
_DOTS = re.compile(
    r"。(?<=[0-9]。)(?=[0-9])(?!(?:19|20)\d\d年)|"
    r"·(?<=[0-9]·)(?=\d+(?:[%‰万亿元倍吨岁]|个百分点|平方|公斤|美元))"
)
# 成长 before a figure or a rate, as Taiwan pages write 增长 (經濟成長5.5%以上, 成長率): read as
# 增长, character for character (the name and the quote keep the page's words).  Not 成长为,
# "becomes".  Before 目標, 和, 与 or 同步 only as written in traditional characters (成長目標,
# 收入成長和經濟成長同步): 高成长和创新型企业, 健康成长和全面发展 grow nothing.
_GROWTH_IN_TAIWAN = re.compile(r"成长(?:(?=率|\d|约|近|逾|超过|达到?)|(?=(目标|和|与|同步)))")


def _taiwans_growth(folded: str, written: str) -> str:
    """``folded`` (``written`` folded one character for one) with Taiwan's 成长 read as 增长."""
    return _GROWTH_IN_TAIWAN.sub(
        lambda m: "增长" if m[1] is None or written[m.start() + 1] == "長" else m[0], folded
    )


def as_read(name: str) -> str:
    """A name as the normalised text reads it, character for character (成長目標 of a Taiwan
    page is 增长目标), for matching words in a name cut from the original."""
    return _taiwans_growth(simplified(name), name)


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
    for traditional, plain in t2s_pairs():
        single.setdefault(ord(traditional), plain)
    single[ord("℅")] = "%"  # (care of) that some pages type for a percent sign: 增长15℅
    # a horizontal bar or a box-drawing line that pages type for a dash: ――地区生产总值, ──
    single.update(dict.fromkeys(map(ord, "―─━"), "—"))
    return single, "".join(expanding).replace("℅", "")


_BMP = 0x10000


@cache
def _by_code_point() -> tuple[array[int], dict[int, str]]:
    """The one-for-one table as an array indexed by code point (the plane of common
    characters), and the few characters past it in a dict.

    str.translate looks each character up in its table: in a sequence by index, twice as
    fast as in a dict (0.14 s against 0.35 s for the 8 MB report of benchmarks/extract.py).
    An array of code points, not a list: a list's 65,536 int objects held 2.4 MB for the
    whole run (an array 0.25 MB), for 0.06 s more of the 8 MB report's 2 s.  A character
    past the array is left as it is (an IndexError is a LookupError to translate), so the
    dict is applied only to a text that holds any character past the plane (found by a
    range: a class of the dict's 354 characters took 1.7 s)."""
    single, _ = _tables()
    table = array("I", range(_BMP))
    beyond: dict[int, str] = {}
    for code, folded in single.items():
        if code < _BMP:
            table[code] = ord(folded)  # (one character for one: a code point)
        else:
            beyond[code] = folded
    return table, beyond


_PAST_THE_PLANE = re.compile("[\U00010000-\U0010ffff]")


def _one_for_one(original: str) -> str:
    """``original`` with every one-for-one character folded (see _by_code_point)."""
    table, beyond = _by_code_point()
    translated = original.translate(table)
    return translated.translate(beyond) if _PAST_THE_PLANE.search(translated) else translated


@cache
def _specials(wrapped: bool = False) -> re.Pattern[str]:
    """What the normalised text drops (glosses, spaces, and in a wrapped text the line
    breaks: Text keeps those that end a line of its own) or expands (㎡ -> m2)."""
    _, expanding = _tables()
    wrap = "|\r?\n" if wrapped else ""
    return re.compile(
        f"{_GLOSS}|{_ESCAPED_TAG}|{_DOUBLED_COMMA}|{_STRAY_MARK}|{SPACED_DASH}|{SOURCE_NOTE}|"
        f"{_ASIDE_IN_A_FIGURE}|"
        f"[{re.escape(_DROPPED)}]+{wrap}|"
        f"[{re.escape(expanding)}]"
    )


def _what_changes(
    original: str, folded: str
) -> tuple[Iterator[Any], frozenset[int], list[Dropped]]:
    """What the normalised text drops or expands, in order (see _specials_and_numerals, and
    a page's numbers); where a line is broken inside a sentence; and the page numbers.

    A line's words are read in ``folded``, the original folded one character for one (a
    traditional report's 1.2⏎萬⏎人 is 1.2⏎万⏎人); its width in the original, as printed."""
    broken = broken_lines(original) | figures_parted_from_units(original)
    bare: list[tuple[int, int]] = []
    if "\n" in original:
        around_numbers, bare = numbers_on_lines_of_their_own(folded)
        broken |= around_numbers
        if broken:  # (a PDF's layout: see lone_characters)
            broken |= lone_characters(folded)
    pages = page_numbers(folded, bare)  # (and a newspaper's jump lines)
    matches = _specials_and_numerals(original, bool(broken))
    if pages:  # (dropped whole: their starts pass as breaks joined)
        broken |= {page.start() for page in pages}
        matches = heapq.merge(pages, matches, key=lambda match: match.start())
    return matches, broken, pages


# A gloss inside a numeral (百分之二點(diǎn)六, 一萬(wàn)零二百) or at its end (一萬(wàn)億(yì)元):
# after one of its characters.
_GLOSS_IN_A_NUMERAL = re.compile(rf"\((?<=[{NUMERAL_CHARS}]\()[{_PINYIN}]{{1,7}}\)")


def _numerals(original: str) -> list[Numeral]:
    """The numerals of ``original`` (numeral_figures.numerals), read across the glosses a
    converted page puts inside them (百分之二點(diǎn)六 is 2.6%, not 2%): each found in the
    text without those glosses, and placed back in the original."""
    glosses = [gloss.span() for gloss in _GLOSS_IN_A_NUMERAL.finditer(original)]
    if not glosses:
        return list(numerals(original))
    bounds = [0, *(edge for span in glosses for edge in span), len(original)]
    kept = "".join(original[a:b] for a, b in zip(bounds[::2], bounds[1::2], strict=True))
    dropped = list(accumulate(end - start for start, end in glosses))
    # where each gloss stood in ``kept``: before the character there
    stood = [start - gone for (start, _), gone in zip(glosses, [0, *dropped], strict=False)]

    def placed(position: int) -> int:
        before = bisect_right(stood, position)
        return position + (dropped[before - 1] if before else 0)

    # (a numeral ends on one of its characters, never on a gloss: see the pattern)
    return [Numeral(placed(n.start()), placed(n.end() - 1) + 1, n.group()) for n in numerals(kept)]


def _specials_and_numerals(original: str, wrapped: bool) -> Iterator[Any]:
    """What the normalised text drops or expands, in order: _specials's matches, and the
    figures written in numerals (jfq.authoring.extract.numeral_figures), which a special inside
    them (百 分之) keeps from matching."""
    pattern = _specials(wrapped)
    found = _numerals(original)  # (few or none)
    if not found:
        return pattern.finditer(original)
    # The specials between the numerals, and each numeral in its place: chained in C, where a
    # merge in Python took a step a special (0.1 s of the real report of benchmarks/extract.py).
    parts: list[Iterable[Any]] = []
    at = 0
    for numeral in found:
        parts += [pattern.finditer(original, at, numeral.start()), (numeral,)]
        at = numeral.end()
    parts.append(pattern.finditer(original, at))
    return chain.from_iterable(parts)


@cache
def _expansion(char: str) -> str:
    return simplified(unicodedata.normalize("NFKC", char)) if len(char) == 1 else ""


def _parts_figures(original: str, start: int, end: int) -> bool:
    """Whether the spaces at [start, end) of ``original`` stand between two digits and are
    more than one plain space (see _ONE_SPACE)."""
    return (
        start > 0
        and end < len(original)
        and original[start - 1].isdigit()
        and original[end].isdigit()
        and original[start:end].strip(_INVISIBLE) not in ("", _ONE_SPACE)
    )


_DROPPED_WHOLE = f"(（\\\n,，[［{_MARKS}"  # (what a special opening so drops: see _specials)


def _replacement(special: Any, found: str) -> str | None:
    """What the normalised text has for a special (``found``, its text): None where it is
    dropped, else its expansion: ㎡ -> m2, 两千 -> 2000, a list's dash -> a line's end."""
    if found[0] in _DROPPED:
        return None
    if found in DASHES:
        return "\n"
    if found[0] in _DROPPED_WHOLE or type(special) is Dropped:
        return None
    return found if type(special) is Numeral else _expansion(found)


class Text:
    """A report's text and its normalised form, ``norm``."""

    def __init__(self, original: str) -> None:
        self.original = original
        # One character for one keeps every offset: the whole text at once, 。 included.
        translated = _taiwans_growth(_DOTS.sub(".", _one_for_one(original)), original)
        matches, broken, pages = _what_changes(original, translated)
        self._pages = [(page.start(), page.end()) for page in pages]
        # Where in the original an expansion of several characters ends, by its run: a quote
        # that ends on 百分之十六 (norm 16%) ends after 六, not after 百.
        self._wide: dict[int, int] = {}
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
            if found[0] in _DROPPED and _parts_figures(original, at, special.end()):
                continue  # (5.2<TAB>6: kept, two figures)
            if at > done:
                add_norm(length)
                add_original(done)
                add_linear(1)
                add_piece(translated[done:at])
                length += at - done
            expansion = _replacement(special, found)
            if expansion is not None:
                if special.end() - at > 1:
                    self._wide[len(norm_starts)] = special.end()
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
        if position <= 0:
            return 0
        if self._wide and position <= len(self.norm):
            run = bisect_right(self._starts, position - 1) - 1
            if run in self._wide:
                return self._wide[run]
        return self.start_of(position - 1) + 1

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


def overlaps_none(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether [a, b) overlaps none of ``spans`` (sorted once, then bisected: a
    report's sentences are tested against its blocks and glossary entries one by one)."""
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    reach = list(accumulate((e for _, e in ordered), max))  # the furthest end so far

    def outside(a: int, b: int) -> bool:
        at = bisect_right(starts, b - 1) - 1  # the last span starting before b
        return at < 0 or reach[at] <= a

    return outside
