"""The peers a rank places a figure among (在全市8个国控站点中排名第三, 位居15个副省级城市
之首, 增速居全省13个设区市第3位): their count is no figure, and their words no part of the
ranked figure's name.  Split from values.py and grammar.py, each at 400 lines."""

from __future__ import annotations

import re

_AMONG = re.compile(r"在[^,;在]{0,10}$")
_AMONG_END = re.compile(r"[^,;]{0,10}中")
# (not the 列 of 中欧班列1200列, nor 民居, 新居, 故居: nouns)
_FIRST_AMONG = re.compile(
    r"(?:(?<![民新故旧安定家邻宜])居|(?<![\u4e00-\u9fff])列|[位名排]列|位于)"
    r"(?:全[国省市县区州]|同类)?$"
)
_FIRST_AMONG_END = re.compile(
    r"[^,;。\d]{0,12}?(?:之(?:首|冠|最|末)|首位|前列|第[\d一二三四五六七八九十])"
)


# One of the peers counted (为全国15个县市区之一, 成为全省10个试点县之一): a count, a noun
# and 之一 (not a fraction, 占全省的三分之一; nor an amount a place reached, 突破100亿元
# 大关成为全市百亿县之一).
_ONE_OF = re.compile(r"(?<=[个家所座名位])[^,;。、\d为是成]{1,14}?(?<!分)之一")


def counts_the_peers(body: str, start: int, end: int) -> bool:
    """Whether the number at body[start:end] counts the peers a rank is among, or a
    place is one of."""
    return bool(
        (_AMONG.search(body, 0, start) and _AMONG_END.match(body, end))
        or (_FIRST_AMONG.search(body, 0, start) and _FIRST_AMONG_END.match(body, end))
        or _ONE_OF.match(body, end)
    )


# The peers a rank is among, after the name it ranks (增速在18个国家级新区中, 增速居全省13个
# 设区市第3位).
_AMONG_AT_END = re.compile(
    r"在[^,;。在]{1,16}中$|(?:[位跃稳]?居|[位名]?列|排)(?:全[国省市县区州])?(?:\d+|[一二三四五六七八九十]+)个"
    r"[^,;。\d]{1,10}$"
)


def without_peers(named: str) -> tuple[int, str]:
    """A rank's name without the peers it is among (增速在18个国家级新区中排名第一: 增速;
    在经济大省中增速第1: 增速, the peers said first), and how many characters went from
    its start."""
    among = _AMONG_AT_END.search(named)
    if among is not None and among.start() >= 2:
        return 0, named[: among.start()]
    first = _AMONG_FIRST.match(named) or _A_RANKS_VERB_FIRST.match(named)
    if first is not None and len(named) - first.end() >= 2:
        return first.end(), named[first.end() :]
    return 0, named


# A rank's verb a clause opens with, before the whole it ranks in (列全国综合实力百强县市第22位,
# 位列全国百强县市第52位): the list ranked is the name, not the verb.
_A_RANKS_VERB_FIRST = re.compile(
    r"(?:位列|名列|排名|排在|位居|跃居|稳居|列|居)(?=全[国省市区县州])"
)


# (在经济大省中增速第1; 在中部地区增速第1: the peers, then the measure ranked)
_AMONG_FIRST = re.compile(r"在(?:[^,;。在]{1,16}中|[^,;。在]{2,16}?(?=(?:增速|增幅|总量)$))")
