"""Whether a clause's opening verb is part of the name it opens (新建学校5所, 引进内资; not
完成|地区生产总值), and the government's own name before such a verb (城中区完成地区生产总值:
past it).  Split from names.py, which trims a name with them."""

from __future__ import annotations

import re

from jfq.authoring.extract import lexicon as lx


def keeps_its_verb(text: str, verb: re.Match[str], end: int, *, counted: bool = False) -> bool:
    """The verb is part of the name: one that says what is counted is new or came in (新建
    学校, 引进内资; not before a count, 签约12个…项目), or an object that names nothing
    without it (开工|项目, not 实施|项目); one that closed or put to use what it counts
    (淘汰落后产能), or rebuilt it, when the figure counts things (``counted``: 改造老旧小区
    26个)."""
    if verb.group() in lx.THINGS_DONE_VERBS:
        return True
    if verb.group() in lx.REBUILDING_VERBS:
        return counted
    naming = verb.group().removeprefix("新")  # (新引进, 新招引, 新落地; 新建 is listed whole)
    naming = verb.group() if verb.group() in lx.NAMING_VERBS else naming
    if naming in lx.NAMING_VERBS:  # (and 新建和改造农村公路: both verbs stay)
        count = _A_NUMBER.match(text, verb.end(), end)
        if count is not None and lx.COUNT_UNIT.match(text, count.end()):
            return False  # (签约12个亿元以上项目、总投资86亿元: the count is none of the name)
        # (but 引进投资从1亿元到10亿元的项目45个: the object after its attributive, 项目)
        return naming in lx.NEW_THINGS_VERBS or "的" not in text[verb.end() : end]
    return (verb.group() not in lx.LIGHT_VERBS
            and lx.BARE_OBJECTS.fullmatch(text, verb.end(), end) is not None)  # fmt: skip


_A_NUMBER = re.compile(lx.NUMBER)  # (a count before its classifier; 引进10亿元以上项目 a size)


def past_own_name(text: str, start: int, end: int) -> int:
    """城中区完成地区生产总值, 街道实现…: past a government's name and the verb that follows
    it, unless the verb is the name's (城中区新建学校)."""
    town = _OWN_TOWN.match(text, start, end)  # (城区新建便民市场, 街道新开工…: its own)
    verb = town and lx.NEWLY_OPENING_VERB_AT.match(text, town.end(), end)
    if town and verb and keeps_its_verb(text, verb, end):
        return town.end()
    for verb in lx.OPENING_VERB_AT.finditer(text, start + 1, min(end, start + 12)):
        at = verb.start()
        # (街道实现…: the street's own; not 白杨街道, one of the district's, nor 老旧街道)
        place = text[at - 1] in "区市县省旗州镇" or (
            at - start == 2 and text.endswith("街道", 0, at)
        )
        if place and end - verb.end() >= 2 and not _NO_GOVERNMENT.search(text, 0, verb.start()):
            # (城中区新建学校3所: 新建 says the schools are new, and stays with the place's
            # name, which may be one of the region's parts: 高新区新引进企业120家; but 城区 is
            # the region's own town, no part to tell apart)
            return start if keeps_its_verb(text, verb, end) else verb.end()
    return start


_OWN_TOWN = re.compile(r"(?:主|中心|老)?城区|县城|街道")


# Nouns that end as a government's name does and name none (推进棚户区改造项目13个: 改造 is
# no verb after a government's name).
_NO_GOVERNMENT = re.compile(r"(?:棚户|小|社|园|景|片|街|矿|库|灾|营)区$|(?:城|超|都|门|楼)市$")
