"""Counts named by what was done to them: projects a review counts by example (…等70个项目
相继竣工投产: 竣工投产项目), a count said after its noun (产业项目签约8个: 签约产业项目), and a
verb alone after such a count (…、开工15个), and a step of building alone after a count of
any things another step named (新开工棚户区改造住房1.2万套、基本建成0.8万套).
Split from names.py, which cuts a name from its clause."""

from __future__ import annotations

import re

from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.figures import Subject
from jfq.authoring.extract.list_heads import BUILDING_STEPS
from jfq.authoring.extract.text import Text
from jfq.search.normalize import simplified

# What was done to counted projects, after them (…等70个项目相继竣工投产).
_HOW_WORDS = "相继|顺利|陆续|全部|先后|集中|实现"
_HOW = rf"(?:{_HOW_WORDS})"  # (…等21个项目实现开工建设)
_DONE = (
    r"(?:竣工投产|建成投产|开工建设|建成投用|投产达效|主体封顶|签约落地|竣工|投产|开工|"
    r"建成|落地|签约|开业)"
)
_DONE_TO_PROJECTS = re.compile(rf"{_HOW}?(?P<verb>{_DONE})(?![率额量])")  # (not 开工率)
# A count of projects said after their noun, with what was done to them (产业项目签约8个、
# 开工15个; 工业项目新开工110个): named verb first, as a reader names them (签约产业项目),
# and a verb alone after it takes the noun (开工产业项目).
_PROJECTS_THEN_DONE = re.compile(
    rf"(?P<label>“[^”]*”)?(?P<noun>.*{lx.PROJECTS})(?P<verb>新?{_DONE})"
)
_DONE_ALONE = re.compile(rf"新?{_DONE}")
# Words between a noun and its 新增 that are none of the noun (规上工业企业力争新增30家, 较上年
# 新增, 当年新增, 2023年新增): they go with the 新增's move.  (净增 never gets here: it is
# a predicate, and the name ends before it.)
_SAID_BEFORE_NEW = re.compile(
    r"(?:力争|确保|较上年|比上年|同比|当年|年内|全年|累计|计划|预计|共|将|要|(?:19|20)\d\d年)+$"
)
_PROJECTS = re.compile(lx.PROJECTS)


def done_to(text: Text, noun_end: int, counted: Subject) -> Subject:
    """Projects a review counts by example (中材锂膜、汇川机器人等70个项目竣工投产): named
    by what was done to them (竣工投产项目), as the examples are none of their name.  Only
    a bare 项目 takes the verb (重点项目120个开工 stays 重点项目)."""
    done = _DONE_TO_PROJECTS.match(text.norm, noun_end)
    bare = len(counted.names) == 1 and re.fullmatch(f"项目{_HOW}?", simplified(counted.names[0]))
    if done is None or not bare:
        return _what_they_did(text, noun_end, counted)
    return Subject([text.name(*done.span("verb")) + counted.names[0][:2]], counted.start)


# Things counted by their bare noun, then what they did or won to the clause's end (4家企业
# 荣获中国质量奖提名奖, 7户企业新三板挂牌, 6个项目列入省重点): named as readers name them, 88
# times of 114 in the corpus, by what they did (荣获中国质量奖提名奖企业, 新三板挂牌企业), its
# adverbs aside (成功, 顺利, 被: 11家企业成功挂牌 is 挂牌企业).  Not where the clause states a
# figure of its own (27家企业实现产值49.45亿元) or lists more (…、…).
_BARE_NOUN = re.compile(r"企业|项目|公司")
_ITS_ADVERBS = re.compile(
    rf"(?:{_HOW_WORDS}|成功|正式|分别|基本|均|已|被|共同|(?:一年|当年|年)内)+"
)
# (not a phrase of its own noun: 项目协议总投资额的天润王朝大酒店)
_WHAT_IT_DID = re.compile(r"[^\d,;。、:“”的\n]{2,16}")
_CLAUSE_ENDS = re.compile(r"[,;。、:\n]|$")


def _what_they_did(text: Text, noun_end: int, counted: Subject) -> Subject:
    if len(counted.names) != 1:
        return counted
    name = counted.names[0]
    plain = simplified(name)
    noun = _BARE_NOUN.match(plain)
    if noun is None or not _CLAUSE_ENDS.match(text.norm, _clause_end(text.norm, noun_end)):
        return counted
    if noun.end() == len(plain):  # (4家企业|荣获…: the verb after the noun the count named)
        did = (noun_end, _clause_end(text.norm, noun_end))
        said = text.name(*did)
    elif _CLAUSE_ENDS.match(text.norm, noun_end):  # (7户企业新三板挂牌: one name to the end)
        said = name[noun.end() :]
    else:
        return counted
    adverbs = _ITS_ADVERBS.match(simplified(said))
    said = said[adverbs.end() :] if adverbs is not None else said
    if not _WHAT_IT_DID.fullmatch(simplified(said)):
        return counted
    # (5家企业获评国家单项冠军企业: what they won names them already)
    own = "" if _BARE_NOUN.search(simplified(said)[-2:]) else name[: noun.end()]
    return Subject([said + own], counted.start)


def _clause_end(norm: str, at: int) -> int:
    found = _CLAUSE_ENDS.search(norm, at)
    return found.start() if found is not None else len(norm)


def done_first(found: Subject | None, before: Subject | None) -> Subject | None:
    """A count of projects named after their noun, verb first (产业项目签约8个: 签约产业
    项目), and a verb alone after such a count, with that count's noun (…、开工15个: 开工
    产业项目; 谋划实施项目382个,…,开工248个: 开工项目).  A count of new ones said after
    its noun is named 新增 first too (规模以上工业企业新增132户: 新增规模以上工业企业)."""
    if found is None or len(found.names) != 1:
        return found
    name = found.names[0]
    plain = simplified(name)  # (one character for one: offsets in it are the name's)
    if plain.endswith("新增") and not plain.endswith("中新增"):  # (…项目中新增: among them)
        said = _SAID_BEFORE_NEW.search(plain, 0, len(plain) - 2)
        noun = name[: said.start() if said else -2]
        if len(noun) >= 2:
            return Subject([name[-2:] + noun], found.start)
    after = _PROJECTS_THEN_DONE.fullmatch(plain)
    if after is not None:  # (a programme's label stays first: “三个一批”开工项目)
        label = name[: after.end("label")] if after["label"] else ""
        noun = name[after.start("noun") : after.end("noun")]
        return Subject([label + name[after.start("verb") :] + noun], found.start)
    if not _DONE_ALONE.fullmatch(plain) or before is None or len(before.names) != 1:
        return found
    label, noun = _projects_named(before.names[0])
    return Subject([label + name + noun], found.start) if noun else found


# A step of building alone, with its adverb, after a count of things named by another step
# (新开工棚户区改造住房1.2万套、基本建成0.8万套): done to the same things (建成棚户区改造住房);
# not any verb (投入资金52亿元,解决1.8万户群众安全住房: 解决 is no step of 资金).
_ADVERB_THEN_VERB = re.compile(rf"(?:基本|全部|累计|已)?({BUILDING_STEPS})")
# (not 续建: the projects going on are another set from those begun or finished, 新开工45个,
# 续建75个,竣工投产32个)
_BUILDING_AT = re.compile(rf"(?!续建){BUILDING_STEPS}")
_A_STEP = re.compile(BUILDING_STEPS)
# A second step or a conjunction after the first step (交付使用安置房, 新建并投入使用…): the
# name before is of more than one step, and lends no object.
_MORE_THAN_ONE_STEP = re.compile(rf"{BUILDING_STEPS}|使用|验收|投用|并|和|及|、|投入")


def done_to_the_same(found: Subject | None, before: Subject | None) -> Subject | None:
    """A step of building alone after a count of things another step named (BUILDING_STEPS).
    The caller asks only for a count with no noun of its own after it (改造8座桥梁 is 桥梁's)."""
    if found is None or before is None or len(found.names) != 1 or len(before.names) != 1:
        return found
    named = before.names[0]
    alone = _ADVERB_THEN_VERB.fullmatch(simplified(found.names[0]))
    verb = _BUILDING_AT.match(simplified(named))
    if alone is None or verb is None or len(named) - verb.end() < 2:
        return found
    if _MORE_THAN_ONE_STEP.match(simplified(named), verb.end()):
        return found  # (交付使用安置房2000套、新开工1500套: not 新开工使用安置房)
    return Subject([found.names[0][alone.start(1) :] + named[verb.end() :]], found.start)


def _projects_named(name: str) -> tuple[str, str]:
    """The projects a name counts, without what was done to them (签约产业项目: 产业项目;
    谋划实施项目总投资: 项目), after a programme's label it opens with (“三个一批”开工项目);
    an empty noun when it counts none."""
    plain = simplified(name)
    projects = max(_PROJECTS.finditer(plain), key=lambda m: m.start(), default=None)
    if projects is None:
        return "", ""
    label = re.match(r"“[^”]*”", plain)
    begin = label.end() if label else 0
    verbs = [m.end() for m in lx.VERB_ONLY.finditer(plain, begin, projects.start())]
    verbs += [m.end() for m in _DONE_ALONE.finditer(plain, begin, projects.start())]
    verbs += [m.end() for m in _A_STEP.finditer(plain, begin, projects.start())]  # (续建…)
    return name[:begin], name[max(verbs, default=begin) : projects.end()]
