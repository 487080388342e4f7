"""A PDF's layout in a report's text: which line breaks a reader would join, and which
lines are a page's number; and a page's list flattened to one line (its dashes) and the
numbers of its sources ([4]).

A text copied from a PDF breaks its sentences at the page's width, puts a figure on a line of
its own, and keeps each page's number; Text (text.py) drops what these functions find, so the
grammar reads one sentence where the page printed several lines.  It reads a flattened list's
dash as a line's end and drops a source's number, as the patterns here find them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator

from jfq.authoring.extract import lexicon as lx

# A dash between spaces that parts a list's items flattened to one line (2025年工作回顾 - 地区
# 生产总值增长5.5% [4] - 规上工业…; 新增城镇就业12.6万人 - 城镇调查失业率…), each read as a line
# of its own.  A range's dash stands after a figure, a unit or a time and before a digit (6 -
# 6.5%, 5％ - 6％, 3万元 - 3.2万元, 2021年 - 2025年): a list's is any other.
_A_FIGURES_END = r"[\d%‰％元年月日时天点度个亿万億萬吨噸人户戶亩畝米里倍项項家岁歲\s]"
_SPACE = "[ \t\u3000\u00a0]"
SPACED_DASH = (
    rf"[-–－](?:(?<=(?!{_A_FIGURES_END}).{_SPACE}[-–－])(?={_SPACE})"
    rf"|(?<={_SPACE}[-–－])(?={_SPACE}+[^\d０-９\s]))"
)
DASHES = frozenset("-–－")
# A source's number after what it supports (增长7.6% [4]; 高于全国1.7个百分点[4][9]): no part
# of the figure nor of the next name.  (Not a list's [1] at a line's start.)
_NOTED = r"[\u4e00-\u9fff%％‰)）\]］]"
SOURCE_NOTE = rf"[\[［](?:(?<={_NOTED}[\[［])|(?<={_NOTED}[ \u3000][\[［]))\d{{1,2}}[\]］]"
_ENDS_A_SENTENCE = tuple("。!?;:…”」)！？；：）")
# What a line of its own begins with: a heading, a list's marker or number, a bracket.
_BEGINS_A_LINE = frozenset("(（一二三四五六七八九十第■◆●★—0123456789 \t\r\n\u3000")


def broken_lines(original: str) -> frozenset[int]:
    """Where a text copied from a PDF breaks a sentence at the page's width (…规模以上固定资
    |产投资完成额增长11.5%): the line breaks after lines that run to that width and stop
    without a sentence's mark, before a line that begins no item of its own.  A text is
    taken as wrapped when most of its long lines stop open at one width (a digest's lines,
    one item each, stop open too, but each at its own length); else nothing is joined.
    The width is a page's (a digit half a Chinese character's), else a count of characters,
    as a text folded at a number of them has it (…地区生产总值增长8%左|右;); a margin every
    line keeps (pdftotext -layout) is no line's beginning."""
    lines = [(a, b) for a, b in _line_spans(original) if b - a > 16]
    margin = _margin(original, lines)
    # (each measure finds the breaks of the lines that run to its width: a line of many
    # digits is short in columns, one of many marks short in characters)
    return _broken_at(original, lines, margin, _width) | _broken_at(
        original, lines, margin, _characters
    )


def _broken_at(
    original: str, lines: list[tuple[int, int]], margin: int, width_of: Callable[[str], int]
) -> frozenset[int]:
    """broken_lines, with lines measured by ``width_of``."""
    widths = sorted(
        width
        for line in (_set(original, a, b, margin) for a, b in lines)
        if (width := width_of(line)) >= 36 and not line.endswith(_ENDS_A_SENTENCE)
    )
    if len(widths) < 3 or len(widths) < 0.4 * len(lines):
        return frozenset()
    page = widths[len(widths) // 2]  # the page's width: most broken lines run to it
    # A narrow column (25 characters a line) is told from a digest's short items by how
    # tightly its lines keep to one width: most within 3 columns of it, not 10.
    near, most = (10, 0.4) if page >= 64 else (3, 0.6)
    # (a text folded at a number of characters has every open line that long: a digest's
    # items of about one length are near it, by chance, not at it)
    near, most = (0, 0.75) if width_of is _characters else (near, most)
    if page < 40 or sum(abs(w - page) <= near for w in widths) < max(3, most * len(widths)):
        return frozenset()
    folded = width_of is _characters
    if page < 64 and not folded and (len(widths) < 6 or "。\n" not in original):
        return frozenset()  # (a column runs on, and ends a paragraph; a digest's items don't)
    broken = set()
    for a, b in lines:
        line = _set(original, a, b, margin)
        goes = b + margin if original[b : b + margin].strip(" ") == "" else b
        following = original[goes : goes + 1]
        opens = following and (
            following not in _BEGINS_A_LINE or _A_NUMERAL_GOES_ON.match(original, goes) is not None
        )
        wide = opens and width_of(line) >= page - near - 2
        if (wide or _GOES_ON.match(original, goes)) and not line.endswith(_ENDS_A_SENTENCE):
            broken.add(b - 2 if original[b - 2 : b - 1] == "\r" else b - 1)
    return frozenset(broken)


def figures_parted_from_units(original: str) -> frozenset[int]:
    """The line breaks between a figure and its unit on the next line (高于全省平均水平3.3⏎⏎
    个百分点: a newspaper's page copied line by line, its lines of no one width), which a
    reader joins wherever the rest of the text is laid out.  (Found from the digits before a
    break: one pattern for the whole, tried at every character, took 0.17 s of an 8 MB
    report's 2 s in benchmarks/extract.py.)"""
    parted: set[int] = set()
    for digit in _A_DIGIT_BEFORE_A_BREAK.finditer(original):
        start = digit.start()
        while start and original[start - 1] in _FIGURES_CHARACTERS:
            start -= 1
        if not start or original[start - 1].isspace():
            continue  # (a table's number on a line of its own: 2⏎单位地区生产总值能耗)
        breaks = _BREAKS_BEFORE_A_UNIT.match(original, digit.end())
        if breaks is not None:
            parted.update(at for at in range(*breaks.span()) if original[at] == "\n")
    return frozenset(parted)


# A figure's last digit before a break; the breaks of one or two lines (and their indents)
# before its unit and a mark, a qualifier or the line's end (5.5⏎%以内, 156.3⏎亿元，; not a
# list's bare count before a line that opens on a word that opens as a unit does: 新增高新
# 技术企业20⏎家庭医生签约…, 就业3000⏎人均…).
# (and its magnitude before the break: 地方财政收入完成1.3亿⏎元)
_A_DIGIT_BEFORE_A_BREAK = re.compile(r"\d[万亿萬億]?(?=[ \t\u3000]*\r?\n)")
_FIGURES_CHARACTERS = frozenset("0123456789.,")
_BREAKS_BEFORE_A_UNIT = re.compile(
    rf"[ \t\u3000]*(?:\r?\n[ \t\u3000]*){{1,3}}"
    rf"(?=(?:{lx.UNIT})(?:[,;。、:)），；：(（]|左右|以[上下内]|\s|$))(?!年)"
)


def _set(original: str, a: int, b: int, margin: int) -> str:
    """The line at [a, b) as the page sets it: past the page's margin, with a paragraph's
    indent (a line's width, which the fold or the page counts it in)."""
    line = original[a:b].rstrip()
    return line[margin:] if line[:margin].strip(" ") == "" else line.lstrip(" ")


def _margin(original: str, lines: list[tuple[int, int]]) -> int:
    """The spaces most long lines begin with (a page's margin, as pdftotext -layout keeps
    it: a title may have none, a paragraph's first line more)."""
    begins = Counter(len(original[a:b]) - len(original[a:b].lstrip(" ")) for a, b in lines)
    return begins.most_common(1)[0][0] if begins else 0


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


def numbers_on_lines_of_their_own(
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


# One character on a line of its own, begun and followed by a line's words: a PDF's text box
# cut there (。⏎规⏎上工业产值从…), as no heading or list is.  (found from the break before it:
# a pattern that opens on a character is scanned for fast)
_LONE_CHARACTER = re.compile(r"\n[ \t\u3000]*([\u4e00-\u9fff])[ \t]*(\r?\n)(?=[\u4e00-\u9fff])")


def lone_characters(original: str) -> frozenset[int]:
    """The breaks after a character a PDF's text left alone on its line (。⏎规⏎上工业产值), in
    a text whose layout is a PDF's (Text asks only where other breaks were found to join): the
    word goes on across them.  Not after a line that ended on a word: the character is its
    tail (…推动工业经济转型升⏎级⏎规上工业增加值…), which a page's line width cut; and a numeral
    (一⏎, a heading's) keeps its line."""
    return frozenset(
        found.start(2)
        for found in _LONE_CHARACTER.finditer(original)
        if found.group(1) not in _BEGINS_A_LINE
        and _ended_before(original, found.start(), found.group(1))
    )


def _ended_before(original: str, at: int, lone: str) -> bool:
    """Whether the line that ends at ``at`` (a break) ended on a mark (。, ，, a heading's
    bracket, a footer's dash), so the lone character after it opens a word: not after a word,
    whose tail it is, nor after a figure, whose unit's cell it is."""
    before = at - 1
    while before >= 0 and original[before] in " \t\r\u3000":
        before -= 1
    if before >= 0 and original[before].isdigit():
        return lone in _MAGNITUDES  # (1.2⏎万⏎人; not 120⏎家⏎: a table's unit cell)
    return before < 0 or not original[before].isalnum()


_MAGNITUDES = "万亿千百"


# A page's number between dashes on a line of its own (— 3 —, - 12 -, －3－): a PDF's footer.
# (found from the break before it: a pattern that opens on a character is scanned for fast)
_PAGE_FOOTER = re.compile(r"\n[ \t\u3000]*[-—–－]{1,2}[ \t]*\d{1,3}[ \t]*[-—–－]{1,2}[ \t]*\r?\n")

_BARE_NUMBER = re.compile(r"[ \t\u3000]*\d{1,3}[ \t]*\r?")


class Dropped:
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


# A newspaper's jump line inside its text ((上接第1版), （下转第3版）): no word of it.
_JUMP_LINE = re.compile(r"[(（](?:上接|下转|接|转)(?:第?[\d一二三四五六七八九十]+|[A-Z]\d*)版[)）]")


def _jump_lines(original: str) -> list[tuple[int, int]]:
    """The jump lines of a newspaper's page ((上接第1版)新建幼儿园12所: no part of a name)."""
    if "版" not in original:  # (the scan's speed: most texts have none)
        return []
    return [line.span() for line in _JUMP_LINE.finditer(original)]


def page_numbers(original: str, pages: list[tuple[int, int]]) -> list[Dropped]:
    """Pages' numbers on lines of their own, with their lines' breaks: the bare ones already
    in ``pages`` (see numbers_on_lines_of_their_own) and footers between dashes.  Where a
    clause goes on across it (…地区生产总值\n— 3 —\n增长6.5%; 完成\n3\n12.3亿元) the break
    before goes too: the sentence is one.  Else only its line goes (a list's items, a
    glossary's, a heading stay on lines of their own).  And a newspaper's jump lines."""
    pages = pages + [(m.start() + 1, m.end()) for m in _PAGE_FOOTER.finditer(original)]
    dropped = []
    for at, end in sorted(pages):
        joined = _stops_open(original, at) and _goes_on_across(original, at, end)
        before = (2 if original[at - 2 : at] == "\r\n" else 1) if joined else 0
        dropped.append(Dropped(original, at - before, end))
    jumps = [Dropped(original, *span) for span in _jump_lines(original)]
    return sorted([*dropped, *jumps], key=Dropped.start) if jumps else dropped


# What says a clause goes on across a line: a predicate it ended on (增长\n…6.5%), or one
# or a figure it goes on with (…生产总值\n…增长6.5%; 完成\n…12.3亿元); not 增加值, a noun.
# (not 安排, a budget's predicate that ends headings too: 2024年工作安排⏎— 12 —)
_PREDICATE_ENDS = re.compile(rf"(?<!工作)(?<!总体)(?:{lx.LONG_PREDICATE.pattern})$")
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


# A numeral that opens a line in a wrapped column and no item (…新增\n四上企业6500多家), not
# 四、 or 二是 or (三): the word goes on from the line before.
_A_NUMERAL_GOES_ON = re.compile(r"[一二三四五六七八九十]+(?![一二三四五六七八九十、.．是要])")
# What no line of its own begins with, in a column already known to wrap: a sentence's mark,
# a unit, or a number that is not an item's (…增长\n7%, …收入\n49997 元, …4.5%、7%\n。;
# an OCR'd decimal with a space after its point, …投资\n24. 3 亿元, is no item's 24.).
_GOES_ON = re.compile(
    r"[。,;、%)]|\d+(?:\.\d+|\.[ \t]\d(?=[ \t]*[%\u4e00-\u9fff]))?(?![.、\d])\s*"
    r"(?:%|[\u4e00-\u9fff])"
)


def _line_spans(original: str) -> Iterator[tuple[int, int]]:
    """Each line that a break ends, with its break: found by str.find (a pattern that
    fails at every character of a text without breaks would take its length squared)."""
    start = 0
    while (end := original.find("\n", start)) >= 0:
        yield start, end + 1
        start = end + 1


def _characters(line: str) -> int:
    """A line's width counted in characters, each as two columns (the scale of _width)."""
    return 2 * len(line)


def _width(line: str) -> int:
    """A line's width as a page sets it: a Chinese character or full-width mark is two
    columns, a digit or half-width mark one (so 2345.6亿元 is narrower than its length).
    Counted by encoding the ASCII out: a loop over each character of an 8 MB report took
    half a second (benchmarks/extract.py)."""
    return 2 * len(line) - len(line.encode("ascii", "ignore"))
