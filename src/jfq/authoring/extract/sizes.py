"""Figures that are none of the year's: the sizes of one named thing, said before it
(占地面积150亩、总投资12亿元的龙佰…项目), and a bilingual page's English sentence beside its
Chinese one (The consumer price index rose by 1.5%).  Split from values.py, whose is_figure
asks them of every number."""

from __future__ import annotations

import re

from jfq.authoring.extract import lexicon as lx

# The sizes of one named thing, listed before it with 的 (占地面积150亩、总投资12亿元的…
# 项目): what follows the first figure, up to that 的 (but 总投资126.5亿元的33个项目 counts).
_SIZES_OF_ONE = re.compile(
    rf"、[^,;。、\d]{{1,8}}(?:{lx.NUMBER})(?:{lx.UNIT})?(?:以上)?的(?![^,;。\d]{{0,30}}?\d+[个项])"
)
_A_SIZE = re.compile(
    r"(?:占地(?:面积)?|建筑面积|总投资|总长|全长|年产值?|规划面积|时速)(?:约|近)?$"
)
# (建成全长56公里的农村公路, 总投资1.6亿元的扶贫项目: the year's, as the corpus has them;
# only a speed is always a thing's own)
_OF_ONE = re.compile(r"的(?![^,;。\d]{0,30}?\d+[个项])")


def sizes_one_thing(body: str, match: re.Match[str]) -> bool:
    """Whether the figure ``match`` of ``body`` is one of a named thing's sizes (占地面积150亩、
    总投资12亿元的…项目; 时速350公里的南珠高铁)."""
    size = _A_SIZE.search(body, 0, match.start())
    if size is None:
        return False
    return _SIZES_OF_ONE.match(body, match.end()) is not None or (
        size[0] == "时速" and _OF_ONE.match(body, match.end()) is not None
    )


# An English sentence's words right before a figure (…index rose by 1.5%, an increase of
# 10.7%): a run of small Latin letters, which no Chinese name has (GDP, PM2.5 are capitals;
# the normalised text has dropped the spaces between the words: rose by -> roseby).
_ENGLISH_BEFORE = re.compile(r"[a-z]{5,}$")


def in_english(body: str, match: re.Match[str]) -> bool:
    """Whether the figure ``match`` is said in an English sentence (a bilingual page gives
    each figure in both languages: the Chinese one is the row)."""
    return _ENGLISH_BEFORE.search(body, max(0, match.start() - 40), match.start()) is not None
