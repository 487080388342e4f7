"""Rows whose subject is a region: the side-by-side pages (各地GDP目标) that set many
regions' targets in one list.

郑州、开封、洛阳的目标均是“增长7%”; 海南为9.5%左右; 南阳更是提出了“保8%、争9%”: the
grammar reads each name as a subject, as it reads 地区生产总值.  Where a subject begins
with a region the data knows (--data-dir's regions and their short names), the row is
that region's, and its indicator is the one the passage is about: named in the subject
itself (驻马店2023年GDP增速) or, failing that, the nearest indicator named before it
(单从GDP增长目标来看, …).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from jfq.authoring.extract.indicators import INDICATORS, PER_HEAD, Indicator
from jfq.search.normalize import fold, simplified

# How far back a passage's indicator is looked for: a paragraph or two.
LOOK_BACK = 600


# Aliases that a report writes far more often as an attributive than as a subject:
# 国家高新技术企业, 国家级, 国家专项建设债券资金 are no rows of the nation's.
_ATTRIBUTIVES = frozenset({"国家"})


# What a clause may open with before its subject, and what joins the regions of a list.
_CLAUSE_OPENS = re.compile(
    r"\s*(?:——)?(?:(?:19|20)\d\d年)?(?:今年|全年|去年|其中|而|另外|同时|包括|比如|如)?"
    r"(?:(?:19|20)\d\d年)?"  # (…定在5%左右,包括河南、福建: the regions it is said of)
)
_JOINED = re.compile(r"[、和与及]")
# A thing named after a place and numbered (吉林一号 satellites, 天津号): the place's name is
# the thing's.
_NUMBERED_THING = re.compile(r"[一二三四五六七八九十\d]*号")


class Regions:
    """The data's region names and short names (河南 -> 河南省), as one pattern: a long
    report asks about each of its rows, so the names are not looped over each time."""

    def __init__(self, known: Mapping[str, str] | None) -> None:
        self.names = {spelling: name for spelling, name in (known or {}).items()
                      if len(spelling) >= 2 and spelling not in _ATTRIBUTIVES}  # fmt: skip
        ordered = sorted(self.names, key=len, reverse=True)  # 河南省 before 河南
        self.pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None

    def __bool__(self) -> bool:
        return self.pattern is not None

    def subject(self, name: str) -> tuple[str, str] | None:
        """(region, what is left of the name) when ``name`` begins with a known region; the
        last of regions written as one address (安徽合肥市: 合肥市, the province its address)."""
        if self.pattern is None:
            return None
        plain = simplified(name)
        found = self.pattern.match(plain)
        while found is not None and self._address_of_the_next(plain, found):
            found = self.pattern.match(plain, found.end())
        if found is None or _NUMBERED_THING.match(plain, found.end()):
            return None  # (吉林一号在轨运行卫星: a satellite's name, no row of 吉林省's)
        return self.names[found[0]], name[found.end() :]

    def _address_of_the_next(self, plain: str, found: re.Match[str]) -> bool:
        """Whether a region found is written as the next one's address (安徽|合肥市)."""
        return self.pattern is not None and self.pattern.match(plain, found.end()) is not None

    def without(self, text: str) -> str:
        """``text`` with the region names it holds left out (和江西两个省份 -> 和两个省份),
        cut from it as written: 江蘇省規模以上工業增加值 keeps its own characters."""
        if self.pattern is None:
            return text
        kept, at = [], 0
        for found in self.pattern.finditer(simplified(text)):  # (one character for one)
            kept.append(text[at : found.start()])
            at = found.end()
        return "".join(kept) + text[at:]

    def opening(self, clause: str) -> list[str]:
        """The regions a clause opens with, its subjects (郑州、开封、洛阳2024年…; 2023年,郑州
        和洛阳…; 广东8%): none for one named further on (深化与北京、天津、河北合作, …考察
        湖北重要讲话…)."""
        if self.pattern is None:
            return []
        plain = simplified(clause)
        opens = _CLAUSE_OPENS.match(plain)
        at = opens.end() if opens is not None else 0
        named = []
        while (found := self.pattern.match(plain, at)) is not None:
            named.append(self.names[found[0]])
            joined = _JOINED.match(plain, found.end())
            if joined is None:
                break
            at = joined.end()
        return named

    def named_in(self, text: str) -> list[str]:
        """The known regions ``text`` names, in order, each once; not a region written
        as the next one's address (安徽合肥市, 河南省郑州市: 合肥市's, 郑州市's)."""
        if self.pattern is None:
            return []
        plain = simplified(text)  # 廣東 is 广东
        found = self.pattern.finditer(plain)
        named = (m for m in found if not self._address_of_the_next(plain, m))
        return list(dict.fromkeys(self.names[m[0]] for m in named))


# What is left of a subject after its region that names nothing of its own.
_GENERIC = re.compile(
    r"(?:(?:19|20)\d\d年|预期目标|增长目标|增速目标|目标|gdp|经济|增速|增长|设定的|设定了?|设为|"
    r"定为|定在|提出了?|锚定|同时|更是|则是|也将|等[地市省]|"
    r"[一二两三四五六七八九十\d]+个(?:省份|省区市|城市|地市|省|市)|[的是为将均都也则和与、设定])*",
    re.IGNORECASE,
)


def own_name(rest: str) -> str:
    """What the rest of a subject names itself (海南2021年离岛免税销售额 -> 离岛免税销售额),
    or "" when it names only the passage's indicator or nothing (的预期目标是, GDP增速)."""
    plain = simplified(rest)  # (兩個城市: matched as 两个城市, cut as written)
    left = len(plain) - len(plain.lstrip('“"”的是为'))
    right = len(plain.rstrip('“"”的是为'))
    year = re.match(r"(?:19|20)\d\d年", plain[left:right])
    left += year.end() if year else 0
    bare = plain[left:right]
    if _GENERIC.fullmatch(bare) or len(re.findall(r"[\u4e00-\u9fff]", bare)) < 2:
        return ""
    return rest[left:right]


def indicator_named(
    norm: str, subject_rest: str, before: int
) -> tuple[Indicator, str, int | None] | None:
    """The indicator that the rest of a subject names, else the nearest one named in the
    LOOK_BACK characters of ``norm`` before ``before``: (indicator, its name, where that
    name ends in ``norm``, or None when the subject itself names it)."""
    found = _named_in(subject_rest)
    if found is not None:
        return (*found, None)
    low = max(0, before - LOOK_BACK)
    window = norm[low:before].casefold()  # norm is simplified and NFKC already
    named = [
        (at + len(name), indicator, name)
        for indicator in INDICATORS
        for name in indicator.names
        if name in window and (at := _not_per_head(window, name)) >= 0
    ]
    if not named:
        return None
    end, indicator, name = max(named, key=lambda item: (item[0], len(item[1].names[0])))
    return indicator, name, low + end


_PER = re.compile(rf"(?:{PER_HEAD})[^,;。:、及和与\d]{{0,4}}$")


def _not_per_head(window: str, name: str) -> int:
    """Where ``name`` last stands in ``window`` not as a figure per head (各省份人均GDP:北京20
    万元; 人均地区生产总值: not 生产总值's), or -1."""
    at = window.rfind(name)
    while at >= 0 and _PER.search(window, 0, at):
        at = window.rfind(name, 0, at)
    return at


def _named_in(text: str) -> tuple[Indicator, str] | None:
    folded = fold(text)
    found = [(len(n), i, n) for i in INDICATORS for n in i.names if fold(n) in folded]
    if not found:
        return None
    _, indicator, name = max(found, key=lambda item: item[0])
    return indicator, name
