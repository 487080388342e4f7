"""Search keys: how a query and a name are folded so that the ways readers type match.

Folding is for keys only, never for what is shown (NFKC turns ㎡ into m2).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

# What a key keeps: letters (Chinese included), digits, and + % ‰ (also full width), which
# carry meaning in names like 3+10, 2+N and 8%左右.  Quotes, marks and spaces are dropped.
SEPARATOR = "\x1f"  # between the fields of a searchable column, so a match cannot span two


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(common marks, what fold drops, the same keeping SEPARATOR), compiled on first use."""
    # The punctuation of ordinary Chinese and English text (ASCII, CJK and full-width marks,
    # quotes and dashes), none of which NFKC turns into anything a key keeps; and the white
    # space of str.isspace() except \x1c-\x1f, SEPARATOR among them.  One character class,
    # not an alternation: this runs over every quote when an index is built.
    common = re.compile(
        r"[\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f"
        r"!-$&-*,-/:-@\[-`{-~\u00b7\u2010-\u2027"
        # CJK marks, but not 々 〆 〇 (U+3005-3007) and the other letters of that block
        r"\u3000-\u3004\u3008-\u3020\u302a-\u3030\u3036\u3037\u303d-\u303f"
        r"\uff01-\uff04\uff06-\uff0a\uff0c-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+"
    )
    return common, re.compile(r"[^\w+%‰＋％]+|_+"), re.compile(r"[^\w+%‰＋％\x1f]+|_+")


_WORD = re.compile(r"[a-z0-9]+")
# A Latin letter that may carry a mark (À-ɏ, Ḁ-ỿ) or a combining mark itself: pinyin's tone
# marks (ā á ǎ à, ǖ …) are among them.  NFKC composes them and keeps them, so sìqū never met
# the toneless pinyin of the data until they were removed.
_MARKABLE = re.compile(r"[\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff]")
_COMBINING = re.compile(r"[\u0300-\u036f]+")
_NOT_A_LETTER = re.compile(r"[^a-z]+")
_NOT_A_LETTER_OR_DIGIT = re.compile(r"[^a-z0-9]+")
_ALNUM = re.compile(r"[^\W_]+")
_PLURAL = re.compile(r"(?<= )[a-z0-9]+s(?= )")  # a word of english_column ending in s
_STOPWORDS = frozenset({"a", "an", "and", "of", "the", "for", "to", "in", "on", "with", "s"})


@cache
def _traditional() -> frozenset[str]:
    from jfq.search.t2s import TRADITIONAL  # noqa: PLC0415 - the table only for Chinese text

    return frozenset(TRADITIONAL)


@cache
def _to_simplified() -> dict[int, int]:
    return {ord(traditional): ord(plain) for traditional, plain in t2s_pairs()}


@cache
def t2s_pairs() -> tuple[tuple[str, str], ...]:
    """(traditional, simplified) for each character the table simplifies, but those whose
    simplified form lies outside the Basic Multilingual Plane where the traditional one is
    inside it (睍 -> 𪾢: 795 rare characters of 4105): one such character makes Python hold
    a whole text four bytes a character, and a garbled page's one 睍 doubled the normalised
    copy of an 8 MB report (benchmarks/extract.py's memory goal).  No word jfq matches
    holds one."""
    from jfq.search.t2s import SIMPLIFIED, TRADITIONAL  # noqa: PLC0415 - see _traditional

    return tuple(
        (traditional, plain)
        for traditional, plain in zip(TRADITIONAL, SIMPLIFIED, strict=True)
        if ord(plain) < 0x10000 or ord(traditional) >= 0x10000
    )


def simplified(text: str) -> str:
    """Traditional characters replaced by simplified ones, one for one (offsets stay valid)."""
    if text.isascii() or _traditional().isdisjoint(text):
        return text
    return text.translate(_to_simplified())


def toneless(text: str) -> str:
    """``text`` without tone marks or other accents on Latin letters, ü written v as the
    data's pinyin writes it: sìqū -> siqu, lǜ -> lv, Lǚ -> Lv.  Case is kept."""
    if text.isascii() or _MARKABLE.search(text) is None:
        return text
    bare = unicodedata.normalize("NFD", text).replace("u\u0308", "v").replace("U\u0308", "V")
    return unicodedata.normalize("NFC", _COMBINING.sub("", bare))


def _fold(text: str, keep_separator: bool) -> str:
    if text.isascii():  # most queries: no regular expression needed
        kept = "+%\x1f" if keep_separator else "+%"
        return "".join(c for c in text.casefold() if c.isalnum() or c in kept)
    common, drop_marks, drop_keeping_separator = _patterns()
    drop = drop_keeping_separator if keep_separator else drop_marks
    # Building the index folds every name and quote, so the order is chosen for speed:
    # dropping the marks first leaves text that is almost always NFKC already (a cheap
    # check instead of a normalisation), and translating costs a dict lookup per
    # character, which only text with a traditional character needs.
    kept = common.sub("", text)
    if not unicodedata.is_normalized("NFKC", kept):
        kept = unicodedata.normalize("NFKC", kept)
    # Tone marks go in every key, the index's and the query's alike: sānshì is sanshi.
    kept = toneless(drop.sub("", kept)).casefold()
    if kept.isascii() or _traditional().isdisjoint(kept):
        return kept
    return kept.translate(_to_simplified())


def fold(text: str) -> str:
    """The search key of ``text``: NFKC, case-folded, simplified, without spaces and marks,
    without tone marks (ü written v).

    “334” -> 334, 《三室經濟》 -> 三室经济, ３＋１０ -> 3+10, 2+N -> 2+n, sānshì -> sanshi.
    """
    return _fold(text, keep_separator=False)


def fold_fields(texts: Iterable[str]) -> str:
    """``fold`` of each text, joined by SEPARATOR: one pass over the whole, not one per text."""
    return _fold(SEPARATOR.join(texts), keep_separator=True)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` and, for each character of the result, its index in ``text``.

    Lets a match found in folded text be shown in the original wording.
    """
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = fold(char)
        out.append(folded)
        origin.extend([index] * len(folded))
    return "".join(out), origin


def _latin_folded(text: str) -> str:
    return toneless(unicodedata.normalize("NFKC", text)).casefold().replace("u:", "v")


def pinyin_key(text: str) -> str:
    """Letters only, lower case, no tones: 'San1 shi4-jing ji' and 'Sānshì jīngjì' ->
    'sanshijingji'; ü (ǚ, u:) is written v."""
    return _NOT_A_LETTER.sub("", _latin_folded(text))


def initials_key(text: str) -> str:
    """Letters and digits, lower case: what initials are matched on ('334LY' -> '334ly').

    pinyin_key drops digits as tone numbers; initials keep a name's own digits
    (教育信息化2.0 -> 'jyxxh20'), so a query is also tried with them kept.
    """
    return _NOT_A_LETTER_OR_DIGIT.sub("", _latin_folded(text))


def pinyin_initials(pinyin: str) -> str:
    """First letter of each syllable; a run of digits or Latin letters is kept whole.

    'san shi jing ji' -> 'ssjj'; '334 lou yuan' -> '334ly'.
    """
    words = _ALNUM.findall(pinyin.casefold())
    return "".join(word if word.isdigit() else word[0] for word in words)


def english_words(text: str) -> list[str]:
    """Content words, roughly singular: 'Three-room economies' -> three, room, economy."""
    words = []
    for word in _WORD.findall(unicodedata.normalize("NFKC", text).casefold()):
        if word in _STOPWORDS:
            continue
        words.append(_singular(word))
    return words


def english_stems(text: str) -> list[str]:
    """What each English word of a query must begin a word with: economies -> econom.

    The index keeps English as written and each plural's singular (see english_column);
    a stem that drops a final y matches both economy and economies, laboratory and
    laboratories.
    """
    return [word[:-1] if len(word) > 3 and word.endswith("y") else word
            for word in english_words(text)]  # fmt: skip


def english_column(texts: Iterable[str]) -> str:
    """' word word … ': English as written, each plural followed by the singular that
    english_words makes of it ('blue skies sky'), so that the singular a query is given
    begins a word here: 'sky' had never begun 'skies', and blue skies found nothing."""
    text = unicodedata.normalize("NFKC", " ".join(texts)).casefold()
    column = " " + _NOT_A_LETTER_OR_DIGIT.sub(" ", text).strip() + " "
    return _PLURAL.sub(_with_singular, column)


def _with_singular(plural: re.Match[str]) -> str:
    single = _singular(plural[0])
    return plural[0] if single == plural[0] else f"{plural[0]} {single}"


def english_key(text: str) -> str:
    """English as the words english_words keeps, in order, other scripts' words kept too:
    what an entry's own English is matched on whole.  '"Four-above" enterprises' and
    'four-above enterprise' -> 'four above enterprise'."""
    words = _ALNUM.findall(simplified(toneless(unicodedata.normalize("NFKC", text))).casefold())
    return " ".join(_singular(word) for word in words if word not in _STOPWORDS)


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def is_latin(text: str) -> bool:
    """True when ``text`` has no CJK characters (so it may be pinyin or English)."""
    return all(ord(c) < 0x2E80 for c in unicodedata.normalize("NFKC", text))


# -- numbers written either way: 4区4中心 is 四区四中心, 三三四 is 334 ------------------------

_CHINESE_DIGITS = "〇一二三四五六七八九"
_DIGIT_OF = {**{c: str(i) for i, c in enumerate(_CHINESE_DIGITS)}, "零": "0", "两": "2"}
_CHINESE_RUN = re.compile(r"[〇零一二两三四五六七八九十]+")
_DIGIT_RUN = re.compile(r"[0-9]+")
_TENS = re.compile(r"([一二三四五六七八九]?)十([一二三四五六七八九]?)")


def _spoken(digits: str) -> str:
    """A number below 100 as it is said (10 -> 十, 15 -> 十五, 30 -> 三十); digit by digit
    otherwise (334 -> 三三四, as slogans read their numbers)."""
    value = int(digits)
    if len(digits) > 2 or value < 10 or digits.startswith("0"):
        return "".join(_CHINESE_DIGITS[int(d)] for d in digits)
    tens, ones = divmod(value, 10)
    return ("" if tens == 1 else _CHINESE_DIGITS[tens]) + "十" + ("" if not ones else
                                                                 _CHINESE_DIGITS[ones])  # fmt: skip


def _written(run: str) -> str:
    """Chinese numerals as digits: 三三四 -> 334, 十 -> 10, 三十五 -> 35; a run that is no
    number (十十) stays as it is."""
    if "十" not in run:
        return "".join(_DIGIT_OF[c] for c in run)
    tens = _TENS.fullmatch(run)
    if tens is None:
        return run
    return str(int(_DIGIT_OF.get(tens[1], "1")) * 10 + int(_DIGIT_OF.get(tens[2], "0")))


def numeral_variants(text: str) -> list[str]:
    """``text`` with its numbers written the other way, for a second try at a name:
    4区4中心 -> 四区四中心, 10问 -> 十问, 2学1做 -> 二学一做 and 两学一做, 三三四 -> 334.

    Empty when ``text`` has no number.  Only whole names are tried with them: 七 inside
    a word (七稳) is a numeral, but so is 一 in 一件事一次办, which no one types as 1.
    """
    variants = []
    if _DIGIT_RUN.search(text):
        chinese = _DIGIT_RUN.sub(lambda m: _spoken(m[0]), text)
        by_digit = _DIGIT_RUN.sub(lambda m: "".join(_CHINESE_DIGITS[int(d)] for d in m[0]), text)
        variants += [chinese, by_digit, chinese.replace("二", "两")]
    if _CHINESE_RUN.search(text):
        variants.append(_CHINESE_RUN.sub(lambda m: _written(m[0]), text))
    return [v for v in dict.fromkeys(variants) if v != text]


# -- pinyin typed with spaces: 'si qu' is 四区…, not English words beginning si- and qu- -----

# A tone number: one digit 0-5 right after a letter (san1shi4), not a name's own digits.
_TONE_NUMBER = re.compile(r"(?<=[a-zü])[0-5](?![0-9])")
_LONGEST_SYLLABLE = 6  # zhuang, shuang, chuang


@cache
def _syllables() -> frozenset[str]:
    from jfq.search.syllables import SYLLABLES  # noqa: PLC0415 - only spaced Latin queries

    return frozenset(SYLLABLES.split())


def _is_syllables(word: str) -> bool:
    """True when ``word`` splits into pinyin syllables (sanshi -> san shi)."""
    known = _syllables()
    reachable = [True] + [False] * len(word)
    for end in range(1, len(word) + 1):
        reachable[end] = any(
            reachable[start] and word[start:end] in known
            for start in range(max(0, end - _LONGEST_SYLLABLE), end)
        )
    return bool(word) and reachable[-1]


def is_spaced_pinyin(text: str) -> bool:
    """True for two or more words that are each pinyin (tone numbers allowed): 'si qu',
    'san1 shi4', 'sanshi jingji'; not 'size qualified' or 'three-room economy'."""
    words = _TONE_NUMBER.sub("", _latin_folded(text)).split()
    return len(words) > 1 and all(_is_syllables(word) for word in words)


def is_toned_pinyin(text: str) -> bool:
    """True for pinyin written with its tones, which no English is: marks ('sìqū', 'lǜ')
    or numbers ('si4qu1'), on words that are all syllables ('b2b' and 'café' are not)."""
    latin = unicodedata.normalize("NFKC", text)
    folded = _latin_folded(text)
    if toneless(latin) == latin and _TONE_NUMBER.search(folded) is None:
        return False
    words = _NOT_A_LETTER.sub(" ", _TONE_NUMBER.sub(" ", folded)).split()
    return bool(words) and all(_is_syllables(word) for word in words)


def without_tone_numbers(text: str) -> str:
    """``text`` folded, its tone numbers dropped and a name's own digits kept:
    'san1shi4' -> 'sanshi', '334lou2' -> '334lou'."""
    return fold(_TONE_NUMBER.sub("", _latin_folded(text)))


_RUN_AFTER = re.compile(r"([a-z]?)([0-9]+)")  # a run of digits, and the letter before it


def digits_fit(text: str, digits: str) -> bool:
    """True when the digits of a Latin query can be ``digits``, a name's own digits run
    together, with a tone number where a run follows a letter: 'zuo42022nian2' and
    'zuo4 2022 nian2' fit 2022, 'hua2.0' and 'hua420' fit 20 (教育信息化2.0), 'san1shi4' fits
    none, '334 louyuan' only 334.  A tone run together with a name's digits cannot be told
    apart by the query alone, so each run is read both ways: the name decides."""
    ends = {0}  # how much of ``digits`` the runs so far can have spelled
    for match in _RUN_AFTER.finditer(_latin_folded(text)):
        run = match[2]
        readings = (run, run[1:]) if match[1] and run[0] in "012345" else (run,)
        ends = {end + len(r) for end in ends for r in readings if digits.startswith(r, end)}
    return len(digits) in ends


def own_digits(pinyin: str) -> str:
    """The digits of a name's toneless pinyin, run together: '7 20 te da' -> '720'."""
    return "".join(_DIGIT_RUN.findall(pinyin))
