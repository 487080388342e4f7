"""Numbers in Chinese text: the counts a slogan's name states, and whether a phrase writes a
value (6611 in 新增就业6611人, 10 in 十大民生实事)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from jfq.data.model import Component, number

_NUMERAL = re.compile(r"[0-9]+|[一二两三四五六七八九十]+|多|(?<=\+)N")
_PARENTHETICAL = re.compile(r"[（(][^）)]*[）)]")
# A label that numbers a part (一是 … 六是, 第一, 关键词一) counts nothing: its parts are free.
_ORDINAL = re.compile(r"(?:第|关键词)[一二三四五六七八九十]+|[一二三四五六七八九十]+是")
DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# (and these in a figure: a year's zero typed as a digit, 二00二年, 二０○七年)
NUMERAL_DIGITS = {**DIGITS, "零": 0, "〇": 0, "○": 0, "0": 0, "０": 0, "兩": 2}
_PLACES = {"十": 10, "百": 100, "千": 1000}
MAGNITUDES = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}


def _chinese_number(numeral: str) -> set[int]:
    """Readings of a numeral: 三 -> {3}; 十 -> {10}; 三十 -> {30, 3} (三十工程 is three tens)."""
    if numeral.isdigit():
        return {int(numeral)}
    if numeral == "十":
        return {10}
    if len(numeral) == 1:
        return {DIGITS[numeral]}
    if "十" in numeral:
        tens, _, units = numeral.partition("十")
        value = (DIGITS.get(tens, 1) if tens else 1) * 10 + (DIGITS.get(units, 0) if units else 0)
        return {value, DIGITS.get(numeral[0], value)}
    return {DIGITS[numeral[0]]}


def stated_counts(name: str) -> list[set[int] | None]:
    """The counts a slogan's name states, one per numbered segment; None stands for 多/N.

    三零 -> [{3}]; 334 -> [{3}, {3}, {4}]; 四区四中心 -> [{4}, {4}];
    三个一批 -> [{3}] (the 一 of 一批 is part of the item, not a count).
    """
    name = _PARENTHETICAL.sub("", name)
    name = re.sub(r"个一", "个", name)
    counts: list[set[int] | None] = []
    for token in _NUMERAL.findall(name):
        if token in ("多", "N"):
            counts.append(None)
        elif token.isdigit() and len(token) > 1 and "+" not in name:
            counts.extend({int(d)} for d in token)  # 334, 25311: one group per digit
        else:
            counts.append(_chinese_number(token))
    return counts


def count_problems(name: str, components: Sequence[Component]) -> list[str]:
    """Where the parts do not add up to what the name states (empty when they do)."""
    if not components:
        return []
    counts = stated_counts(name)
    problems = []
    if len(counts) == 1:
        expected = counts[0]
        if expected is not None and len(components) not in expected:
            want = " or ".join(str(n) for n in sorted(expected))
            problems.append(f"{name!r} states {want} parts, components list {len(components)}")
    elif len(counts) > 1:
        if len(counts) != len(components):
            problems.append(
                f"{name!r} names {len(counts)} groups, components list {len(components)}"
            )
        else:
            for expected, group in zip(counts, components, strict=True):
                if expected is not None and group.items and len(group.items) not in expected:
                    want = " or ".join(str(n) for n in sorted(expected))
                    problems.append(
                        f"group {group.text!r} of {name!r} should have {want} parts, "
                        f"has {len(group.items)}"
                    )
    for group in components:
        if group.items and not _ORDINAL.fullmatch(group.label or ""):
            problems.extend(count_problems(group.label or group.text, group.items))
    return problems


def number_stated(value: float, text: str) -> bool:
    """True when ``text`` writes ``value``: 4310 in 新增就业4310人, 10 in 十大民生实事, 13 in
    完成十三亿元 (its magnitude, 亿, the unit's), 4.5 in 四点五."""
    written = re.sub(r"(?<=\d),(?=\d{3})", "", unicodedata.normalize("NFKC", text))  # 1,267
    shown = re.escape(number(value))
    zeros = "0*" if "." in number(value) else ""  # 24926.80 writes 24926.8
    if re.search(rf"(?<![\d.]){shown}{zeros}(?![\d])", written):
        return True
    numerals = {v: k for k, v in DIGITS.items() if k != "两"} | {10: "十", 2: "两"}
    if float(value).is_integer() and numerals.get(int(value), "\0") in text:
        return True
    return any(_numeral_value(run[0]) == value for run in _NUMERAL_RUN.finditer(text))


# A figure in numerals, up to a magnitude that a unit may hold (十三 of 十三亿元, 四点五).
_NUMERAL_RUN = re.compile(
    r"[零〇一二两兩三四五六七八九十百千]+(?:[点點][零〇一二两兩三四五六七八九]+)?"
)


def whole_number(numeral: str) -> int:
    """The whole number a numeral writes: 两千 -> 2000, 一百零五 -> 105, 十二 -> 12 (a place
    with no digit before it counts one), 9萬7千3百 -> 97300, 一亿二千万 -> 120000000."""
    total = section = 0
    digits = ""
    for char in numeral:
        if char.isdigit() and char.isascii():
            digits += char
        elif char in NUMERAL_DIGITS:
            digits = str(NUMERAL_DIGITS[char])
        elif char in _PLACES:
            section += int(digits or "1") * _PLACES[char]
            digits = ""
        elif char in MAGNITUDES:  # 亿 scales all before it; 万 its own section (一亿二千万)
            below = section + int(digits or "0")
            if MAGNITUDES[char] > 10_000:
                total = (total + below) * MAGNITUDES[char]
            else:
                total += below * MAGNITUDES[char]
            section, digits = 0, ""
    return total + section + int(digits or "0")


def _numeral_value(numeral: str) -> float:
    whole, _, fraction = re.sub("[点點]", ".", numeral).partition(".")
    decimals = "".join(str(NUMERAL_DIGITS.get(char, 0)) for char in fraction)
    return float(f"{whole_number(whole)}.{decimals or 0}")
