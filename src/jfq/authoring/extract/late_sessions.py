"""Reports given late in the year before their targets' year, and how their years are read.

Most congresses meet in January to March, and a report then calls the year it reviews 去年
and the year of its targets 今年.  Some meet in November or December (厦门's and 武汉's
districts, many counties): their report calls the year it reviews 今年 and the targets'
year 明年 (——2022年12月28日在舟曲县第十八届人民代表大会第三次会议上; 12月27日,同安区第十八届人民
代表大会第三次会议开幕).  The rest of the extractor reads the common convention: for a
report given late, the normalised text says 去年 for its 今年 and 今年 for its 明年 (each the
same length, so no offset moves), and every quote is still cut from the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jfq.authoring.extract.text import Text
from jfq.data.numerals import DIGITS

_ZERO = "〇○零"
# The session's date at the opening of the text: the report's own date line (——2022年12月
# 28日在…人民代表大会…上) or a news page's lead (12月27日,…人大…会议开幕; 11月30日闭幕的
# 洞口县第十七届人民代表大会). 常委会 meets all year: its date says nothing of the report's.
# (not a government's meeting that readies the report: 12月29日,县政府召开第45次常务会议,研究
# …提交县十八届人大四次会议审议的《政府工作报告》; nor what delegates say, 人大代表; but
# 县长…代表县人民政府向县第十八届人民代表大会…作报告 is the session).  A date line in
# numerals (——二〇二二年十二月二十八日在…) dates it as one in digits does.
_LATE_SESSION = re.compile(
    rf"(?:((?:19|20)\d\d|二[{_ZERO}][一二三四五六七八九{_ZERO}]{{2}})年)?(1[12]|十[一二])月"
    r"(?:\d{1,2}|[一二三]?十?[一二三四五六七八九]?)日(?:上午|下午)?[,,]?"
    r"(?:(?!常委会|常务|审议)[^。;\n]){0,30}?(?:人民代表大会|人大|人代会)"
    r"(?!常务委员会|常委会|代表)"
)
_OPENING = 400  # characters: a date line or a news lead comes before the report's text
# Each word as a report given early in the targets' year says it (in one pass: a 明年 made
# 今年 is not made 去年 again).  去年 stays: said against (比去年增长6.2%, 与去年相比) it is the
# year before, as every comparison reads it; as a time of its own (去年为480亿元) it is read a
# year late, the lesser fault.
_AS_IF_GIVEN_EARLY = {"今年": "去年", "明年": "今年"}
_RELATIVE = re.compile("|".join(_AS_IF_GIVEN_EARLY))


@dataclass(frozen=True)
class LateSession:
    """A session in November or December; ``year`` is None when the date line names none."""

    year: int | None
    month: int
    said: tuple[int, int]  # where the text says it (normalised offsets)


def _late_session(norm: str) -> LateSession | None:
    """The session a report was given at, where the opening of the text dates it to
    November or December."""
    found = _LATE_SESSION.search(norm, 0, _OPENING)
    if found is None:
        return None
    year, month = found[1], found[2]
    return LateSession(_number(year) if year else None, _number(month), found.span())


def _number(said: str) -> int:
    """A year or month in digits or numerals: 2022, 二〇二二 (digit by digit), 12, 十二."""
    if said.isdigit():
        return int(said)
    if said.startswith("十"):
        return 10 + DIGITS[said[1]]
    return int("".join(str(DIGITS.get(char, 0)) for char in said))


def _as_if_given_early(norm: str) -> str:
    """``norm`` with its relative years said as a report given early in its targets' year
    says them: 今年 (the year reviewed) as 去年, 明年 (the targets') as 今年."""
    return _RELATIVE.sub(lambda word: _AS_IF_GIVEN_EARLY[word[0]], norm)


def read_as_given_early(read: Text, year: int | None, notes: list[str]) -> int | None:
    """Reads a report given late in the year before its targets' as one given early in
    that year: rewrites ``read.norm``'s relative years (今年 as 去年, 明年 as 今年), and returns
    the report's year, the year after its date line's where --year does not say or gives the
    date's own (said in ``notes``)."""
    session = _late_session(read.norm)
    if session is None:
        return year
    read.norm = _as_if_given_early(read.norm)
    if session.year is None or year not in (None, session.year):
        return year
    notes.append(f"year {session.year + 1}: the report was given in {session.year}年"
                 f"{session.month}月 ({read.cut(*session.said)!r}): its targets are the next "
                 f"year's, and it reviews {session.year}")  # fmt: skip
    return session.year + 1
