"""Figures written in Chinese numerals, read as the Arabic figures the grammar parses.

Reports write figures in Arabic digits, but news pages (above all Hong Kong and Taiwan
ones) and older texts write some in words: 增長目標為百分之十六, 控制在千分之四点五以内,
突破两千亿元, 9萬7千3百多億元, 二〇二三年.  Text puts the Arabic form in the normalised
text in their place (百分之十六 -> 16%, 两千 -> 2000 before 亿元), mapped back to the
words as written, so a quote still shows them.

Only a numeral that a unit follows is a figure (or a range's lower bound: 四點五至五%,
五千至一万人, said in the upper bound's magnitude): 一是, 十四五, 二元结构, 三千多位代表, a
bare 千亿元 (突破千亿元大关, a milestone), places with no digit (百千万人才工程) and two
digits side by side (两三千人, 百分之六七: estimates) stay words.  One numeral character
alone is a figure only before a magnitude (两万元), 个百分点 or %: 一人一策 and 一元 are
words.  A dateline's year (——二〇二四年一月十八日在…会议上) stays words too: it dates no
figure.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
from fractions import Fraction

from jfq.authoring.extract.page_layout import Dropped
from jfq.data.numerals import MAGNITUDES as _MAGNITUDES
from jfq.data.numerals import NUMERAL_DIGITS as _DIGITS
from jfq.data.numerals import whole_number
from jfq.search.normalize import simplified

_DIGIT = "零〇一二两兩三四五六七八九"
_MAGNITUDE = "万萬亿億"
_POINT = "点點"
# What makes a numeral a figure when it follows: an amount of money, people, goods, land.
# (and %: 增長四點五%至五%, as a Taiwan page writes a rate)
_UNIT = (
    "[美港欧歐]?元|人民[币幣]|[个個]百分[点點]|人次|人(?![民才口员員大均们們])|[吨噸]|[户戶]|[亩畝]|平方公里|"
    "公里|千瓦|[辆輛]|[%％]"
)
_NUMERAL = f"{_DIGIT}十百千"
# Every character a numeral is written with (百分之 too): text.py reads glosses inside them.
NUMERAL_CHARS = f"{_NUMERAL}{_MAGNITUDE}{_POINT}分之"
# (a rate's digits may be written ○ for 〇, as years are: 上漲百分之○點一)
_FRACTION = rf"[{_NUMERAL}○0-9]+(?:[.{_POINT}][{_DIGIT}○0-9]+)?"
# What follows an amount: its magnitude (兆 too, a Taiwan page's 万亿: 五點六七兆元, only
# as the unit's, never inside a numeral), 多/余, and a unit; or, for a range's lower bound,
# a range mark and the upper bound with its unit (四點五至五%, 一至两个百分点).
_AFTER = (
    rf"(?P<after>[多余餘]?(?P<magnitude>兆|[{_MAGNITUDE}]*)[多余餘]?(?:{_UNIT})"
    rf"|(?=[{_MAGNITUDE}]*[至到~—－-][{_NUMERAL}0-9{_POINT}万萬]+[{_MAGNITUDE}]*(?:{_UNIT})))"
)
# One character class first, the branches after it: the scan skips to a numeral's
# character in C (three branches of their own took 0.14 s of an 8 MB text, this 0.04 s).
_NUMERALS = re.compile(
    rf"[{_NUMERAL}](?:"
    # 百分之十六, 千分之四点五: a rate
    rf"(?<=[百千])分之(?P<rate>{_FRACTION})(?:(?P<mark>[至到])(?:[百千]分之)?(?P<upper>{_FRACTION}))?"
    # 二〇二三年: a year, digit by digit
    # (a dateline's is left as words: _a_datelines)
    rf"|(?<=[{_DIGIT}])(?P<year>[{_DIGIT}○0０]{{3}})(?=年)"  # (二○二五年: a circle for 〇 too)
    # 两千 (亿元), 十二 (亿元), 一百二十 (万人), 两 (万元): a numeral that a unit follows
    # (a magnitude is the unit's unless more of the numeral follows it: 一亿二千万)
    rf"|(?:[{_NUMERAL}0-9]|[{_MAGNITUDE}兆](?=[{_NUMERAL}0-9]))*(?:[{_POINT}][{_DIGIT}0-9]+)?"
    rf"{_AFTER})"
)
# 9萬7千3百 (多億元): a numeral led by Arabic digits, as Hong Kong pages write (rare: the
# text is looked at for it first).
# (and 1兆2千億元, 兆 inside: 12000億元)
_MIXED_LOOK = re.compile(rf"[{_MAGNITUDE}兆](?=[0-9])")  # (a digit before it: looked at after)
_MIXED = re.compile(
    rf"[0-9]+[{_MAGNITUDE}兆](?:[{_NUMERAL}0-9]|[{_MAGNITUDE}兆](?=[{_NUMERAL}0-9]))*{_AFTER}"
)
# What may not stand before an amount: a digit (2.67萬億元 is Arabic), 第 (an ordinal),
# or more of a numeral (统一 is no figure: a numeral's first character is its start).
_NOT_BEFORE = frozenset(f"0123456789.第{_NUMERAL}{_MAGNITUDE}兆")  # (一兆二千億元: never 2000)
_WORDS = frozenset(_NUMERAL)
# A digit, Arabic or a word, or a ten that leads (十二): what a count of places needs.
_COUNTED = re.compile(rf"[{_DIGIT}0-9]|^十")
# Two digits side by side (两三千, 一两万, 五六百): a rough number, no figure.
_ROUGHLY = re.compile(f"[{_DIGIT[2:]}][{_DIGIT[2:]}]")
# A numeral's digit beside an Arabic one (一6, 5三): never one number (9萬7千 has a magnitude
# between).
_DIGITS_OF_BOTH_KINDS = re.compile(f"[{_DIGIT}][0-9]|[0-9][{_DIGIT}]")


def _is_amount(original: str, match: re.Match[str]) -> bool:
    """A numeral word among the amount's characters (100万千瓦 is Arabic), none of a
    numeral before it, and one character alone only a digit before a magnitude, 个百分点
    or % (两万元, 一个百分点, 增長五%; not 一元, 二元结构, 一人一策, or 千亿元 and 十亿元
    with no digit: a milestone's words)."""
    start = match.start()
    amount = original[start : match.start("after")]
    if not _WORDS.intersection(amount) or (start and original[start - 1] in _NOT_BEFORE):
        return False
    if not _COUNTED.search(amount) or _ROUGHLY.search(re.split(f"[{_POINT}]", amount)[0]):
        return False  # 百千万人才工程, 千千万万: places with no digit; 两三千人, 五六百户: about
    if _DIGITS_OF_BOTH_KINDS.search(amount):
        return False  # 5%一6%: 一 typed for a dash, no 16 (a numeral's digits are of one kind)
    if len(amount) > 1:
        return True
    after = match["after"]
    return amount in _DIGITS and (bool(match["magnitude"]) or "百分" in after or after in "%％")


class Numeral(Dropped):
    """A numeral in the original and the Arabic figure that stands for it: shaped as what
    Text drops (start, end, group), whose group is here the Arabic form Text puts in."""

    __slots__ = ()

    def __init__(self, start: int, end: int, arabic: str) -> None:
        self._start, self._end, self._text = start, end, arabic


def numerals(original: str) -> Iterator[Numeral]:
    """Every numeral of ``original`` that states a figure, in order, with its Arabic form."""
    found: Iterator[re.Match[str]] = _NUMERALS.finditer(original)
    mixed = list(_led_by_digits(original))
    if mixed:
        found = heapq.merge(found, mixed, key=lambda match: match.start())
    for match in found:
        start, groups = match.start(), match.groupdict()
        if groups.get("rate"):
            if _ROUGHLY.search(re.split(f"[.{_POINT}]", match["rate"])[0]):
                continue  # 增长百分之六七: about six or seven, no figure
            sign = "%" if original[start] == "百" else "‰"
            upper = f"{match['mark']}{arabic(match['upper'])}{sign}" if match["upper"] else ""
            yield Numeral(start, match.end(), arabic(match["rate"]) + sign + upper)
        elif groups.get("year"):
            if not _a_datelines(original, start, match.end()):
                year = "".join(str(_DIGITS[char]) for char in match.group())
                yield Numeral(start, match.end(), year)
        elif _is_amount(original, match):
            amount = original[start : match.start("after")]
            high = (
                "" if match["after"] else _upper_magnitude(original, match.start("after"), amount)
            )
            if high:  # (the lower bound said in the upper's magnitude: 五千至一万人)
                said = arabic(amount, "", high) + high
                yield Numeral(start, match.start("after"), said)
            else:
                yield Numeral(start, match.start("after"), arabic(amount, match["magnitude"]))


# A dateline's day after its year (二〇二四年一月十八日, 元月十八日, a space between).
_DAY_AFTER = re.compile(
    rf"年\s*(?:[{_DIGIT}十]{{1,2}}|[元正])月[{_DIGIT}十]{{1,3}}日(?P<when>[前起])?"
)
_BY_OR_FROM = ("到", "至", "截至", "截止", "在", "自", "从")


def _a_datelines(original: str, start: int, end: int) -> bool:
    """Whether the year at [start, end) is a dateline's (——二〇二四年一月十八日在…会议上, at
    a line's start or after a dash), left as words: no year a figure is for.  Not a
    deadline's or a start's (到二〇二四年十二月三十一日前, 自…起), a day inside a sentence
    (…。二〇一九年三月二十八日,省政府…), nor a year with no day (二〇二五年六月底)."""
    day = _DAY_AFTER.match(original, end)
    opens = original[max(0, start - 1) : start] in ("", "\n", "—", "(", "（", " ", "\u3000")
    return (day is not None and day["when"] is None and opens
            and not original.endswith(_BY_OR_FROM, max(0, start - 2), start))  # fmt: skip


_RANGES_UPPER = re.compile(
    rf"(?P<low>[{_MAGNITUDE}]*)[至到~—－-](?P<upper>[{_NUMERAL}0-9{_POINT}万萬]+?)"
    rf"(?P<high>[{_MAGNITUDE}]*)(?:{_UNIT})"
)


def _upper_magnitude(original: str, at: int, lower: str) -> str:
    """The magnitude a range's ``lower`` bound is said in when it writes none and reads
    larger than the upper (五千至一万人 is 0.5万 to 1万人; 八千至一万二千人, 0.8万 to
    1.2万): the upper's, after it or inside it.  Not where the two share it (三至五万人,
    两千至三千万元: 3 to 5 万人, 2000 to 3000 万元)."""
    bounds = _RANGES_UPPER.match(original, at)
    if bounds is None or bounds["low"]:
        return ""
    upper = bounds["upper"]
    high = simplified(bounds["high"]) or ("万" if re.search("[万萬]", upper) else "")
    # (the upper's whole before its own 万 or point, against the lower's: 1 of 一万二千, 5000)
    if not high or whole_number(lower) < whole_number(re.sub(f"[万萬{_POINT}].*", "", upper)):
        return ""
    return high


def _led_by_digits(original: str) -> Iterator[re.Match[str]]:
    """The numerals led by Arabic digits (9萬7千3百), matched from each place a digit
    meets a magnitude that more digits follow (a scan of every digit took 0.1 s)."""
    done = 0
    for look in _MIXED_LOOK.finditer(original):
        start = look.start()
        if not original[start - 1 : start].isdigit():
            continue
        while start > done and original[start - 1].isdigit():
            start -= 1
        match = _MIXED.match(original, start)
        if match is not None:
            done = match.end()
            yield match


def arabic(numeral: str, magnitude: str = "", counted_in: str = "") -> str:
    """The Arabic digits of a numeral, counted in its unit's ``magnitude``: 两千 -> 2000,
    一百零五 -> 105, 四点五 -> 4.5, 十二 -> 12 (a place with no digit before it counts
    one); 9萬7千3百 before 億 -> 97300, 一亿二千 before 万 -> 12000.  A 万 inside with none
    after is said in 万, as reports write it (一万二千 -> 1.2万); and ``counted_in`` says a
    bound in another's magnitude (五千 in 万 -> 0.5)."""
    whole, _, fraction = re.sub(f"[{_POINT}]", ".", numeral).partition(".")
    decimals = "".join(str(_DIGITS.get(char, char)) for char in fraction)
    if "兆" in whole:  # 一兆二千 before 億: 兆 is 10^12, what follows it in the unit's magnitude
        high, _, low = whole.partition("兆")
        per = 10**12 // whole_number("1" + magnitude) if magnitude else 10**12
        return str(whole_number(high) * per + whole_number(low)) + (
            f".{decimals}" if decimals else ""
        )
    inner = [char for char in whole if char in _MAGNITUDES]
    if counted_in or (inner and not magnitude and set(inner) <= set("万萬")):
        scale = whole_number("1" + (counted_in or "万"))
        part = Fraction(f"0.{decimals}") if decimals else 0
        value = (whole_number(whole) + part) / Fraction(scale)
        return _plain(value) + ("" if counted_in else "万")  # (the normalised text's 万)
    if inner:  # a magnitude inside: count it out
        scale = whole_number("1" + magnitude)
        return str(whole_number(whole + magnitude) // scale) + (f".{decimals}" if decimals else "")
    return str(whole_number(whole)) + (f".{decimals}" if decimals else "")


def _plain(value: Fraction) -> str:
    """A fraction as a report writes it: 1.2, 0.5, 3 (not 3.0)."""
    if value.denominator == 1:
        return str(value.numerator)
    return f"{float(value):.6f}".rstrip("0").rstrip(".")
