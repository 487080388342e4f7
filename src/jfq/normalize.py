"""Search keys: how a query and a name are folded so that the ways readers type match.

Folding is for keys only, never for what is shown (NFKC turns ㎡ into m2).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# Kept although they are punctuation or symbols: they carry meaning in names like 3+10, 2+N.
_KEEP = frozenset("+%‰")
_WORD = re.compile(r"[a-z0-9]+")
_STOPWORDS = frozenset({"a", "an", "and", "of", "the", "for", "to", "in", "on", "with", "s"})


@cache
def _t2s() -> dict[int, int]:
    from jfq._t2s import SIMPLIFIED, TRADITIONAL

    return str.maketrans(TRADITIONAL, SIMPLIFIED)


def _fold_char(char: str) -> str:
    folded = unicodedata.normalize("NFKC", char).casefold().translate(_t2s())
    return "".join(c for c in folded if c in _KEEP or not _is_separator(c))


@cache
def _is_separator(char: str) -> bool:
    category = unicodedata.category(char)
    return category[0] in "PZC" or (category[0] == "S" and category != "Sm")


def fold(text: str) -> str:
    """The search key of ``text``: NFKC, case-folded, simplified, without spaces and marks.

    “334” -> 334, 《三室經濟》 -> 三室经济, ３＋１０ -> 3+10, 2+n -> 2+n.
    """
    return "".join(_fold_char(c) for c in text)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` and, for each character of the result, its index in ``text``.

    Lets a match found in folded text be shown in the original wording.
    """
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_char(char)
        out.append(folded)
        origin.extend([index] * len(folded))
    return "".join(out), origin


def pinyin_key(text: str) -> str:
    """Letters only, lower case: 'San1 shi4-jing ji' -> 'sanshijingji'; ü is written v."""
    folded = unicodedata.normalize("NFKC", text).casefold().replace("ü", "v").replace("u:", "v")
    return "".join(c for c in folded if "a" <= c <= "z")


def pinyin_initials(pinyin: str) -> str:
    """First letter of each syllable; a run of digits or Latin letters is kept whole.

    'san shi jing ji' -> 'ssjj'; '334 lou yuan' -> '334ly'.
    """
    out = []
    for syllable in pinyin.split():
        word = "".join(c for c in syllable.casefold() if c.isalnum())
        if not word:
            continue
        out.append(word if word.isdigit() else word[0])
    return "".join(out)


def english_words(text: str) -> list[str]:
    """Content words, roughly singular: 'Three-room economies' -> three, room, economy."""
    words = []
    for word in _WORD.findall(unicodedata.normalize("NFKC", text).casefold()):
        if word in _STOPWORDS:
            continue
        words.append(_singular(word))
    return words


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def is_latin(text: str) -> bool:
    """True when ``text`` has no CJK characters (so it may be pinyin or English)."""
    return all(ord(c) < 0x2E80 for c in unicodedata.normalize("NFKC", text))
