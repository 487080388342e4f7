"""A count and the noun it counts: 出台40条政策措施 (the noun after it), 130个主要建设项目完成
投资127.6亿元 (a noun that a figure of its own follows), 中材锂膜等70个项目竣工投产 (examples
before it, and what was done to them).  Split from grammar.py, which reads each clause's
figures and asks here what a count names."""

from __future__ import annotations

import re

from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.counted_names import done_first, done_to
from jfq.authoring.extract.figures import Subject
from jfq.authoring.extract.text import Text
from jfq.authoring.extract.values import (
    FIGURE_END,
    counts_things,
    funds_for,
    is_a_counter,
    is_a_rate,
    listed_end,
    noun_counted,
    quoted,
)
from jfq.search.normalize import simplified

_PAUSE = re.compile(r"[、;]")
# Names in a list, with nothing else before the count after them (no verb, no figure).
# (not an attributive clause, 改造…的3个小区, nor places that share a head: 沿河、沿江地区65个…)
_LISTED_NAMES = re.compile(r"(?:[^\d,;、]{3,20}、)+[^\d,;、]{3,20}(?<!的)")

_DIGIT = re.compile(r"\d")
_A_NAMING_VERB_AT_END = re.compile("(?:新增|净增|" + "|".join(lx.NAMING_VERBS) + ")$")


def what_a_count_counts(
    text: Text, offset: int, done: int, match: re.Match[str], found: Subject | None
) -> tuple[Subject | None, int | None, int | None]:
    """The subject of a count that stands before its noun (the clause's body is the
    string ``match`` searched), where that noun ends when a figure of the noun's own
    follows, and where to read on past a list's 、."""
    body = match.string
    if funds_for(body, match):
        return found, None, match.end()  # 投资4300万元完成…改造: the funds', what they did after
    # 中材锂膜等70个项目竣工投产: the names before 等 are examples of the noun after the count
    # (and names listed right before it with no 等: 焦电…产业园、焦作·百年矿业遗址公园3个文旅项目)
    examples = body.endswith("等", 0, match.start()) or _names_listed(body, done, match)
    noun_end = noun_counted(body, match)

    def named(noun: tuple[int, int], before: Subject | None, said: str | None = None) -> Subject:
        said = text.name(*noun) if said is None else said
        return done_to(
            text, noun[1], _counted(text, said, offset + done, before, offset + match.start())
        )

    if noun_end is not None:  # 130个主要建设项目完成投资127.6亿元: the count's, then 投资
        # (25个项目开工、27个项目竣工: bare projects are named by what was done to them)
        noun = (offset + match.end(), offset + noun_end)
        return named(noun, None if examples else found), noun_end, None
    if FIGURE_END.match(body, match.end()) is None and not is_a_rate(body, match):
        # 出台40条政策措施: what is counted follows (…项目进展顺利: up to its predicate)
        listed = listed_end(body, match)
        noun = (offset + match.end(), offset + _noun_end(body, match.end(), listed))
        resume = listed + 1 if listed < len(body) else None
        if _MILESTONES.search(text.norm, *noun) and _a_levels_name(found):
            return found, None, resume  # 地区生产总值连跨6个千亿台阶,达2.48万亿元: GDP's, all
        by_example = examples and noun[1] - noun[0] >= 2
        head = _the_next_levels_head(body, match.end(), listed)
        if head is not None:  # 7个省级、30个苏州市级重大项目: 省级重大项目
            level = text.name(*noun) + text.name(offset + head[0], offset + head[1])
            # (新增2个国家级、5个省级…: the verb that names new ones stays; no owner before)
            verb = _A_NAMING_VERB_AT_END.search(simplified(found.names[0])) if found else None
            new = Subject([verb[0]], found.start) if found and verb else None
            return named((noun[0], offset + head[1]), new, level), None, resume
        return named(noun, None if by_example else found), None, resume
    shared = _shared_noun(body, match)
    shared = shared if shared is not None and _only_a_verb(found) else None
    if shared is not None:  # 新建5所、扩建3所学校: the run's noun, said after its last count
        return named((offset + shared[0], offset + shared[1]), None), None, None
    return found, None, None


# Milestones a level passed (连跨6个千亿台阶, 突破3个百亿关口): the level's, as 连跨2个台阶 is,
# and the figures after them are the level's too (not 地区生产总值千亿台阶).
_MILESTONES = re.compile(r"(?:台阶|關口|关口|大关|大關|臺階|台階)$")


def _a_levels_name(found: Subject | None) -> bool:
    """Whether the subject before a count of milestones names a level, not a verb or a time
    left of it (连上3个万亿级台阶, 五年跨越3个十亿级台阶: the milestones keep their noun)."""
    return (
        found is not None
        and len(found.names) == 1
        and len(found.names[0]) >= 3
        and (not found.names[0].endswith("年"))
    )


# A count of things of a level, then a count of things of another level with their noun
# (7个省级、30个苏州市级重大项目): the noun after the last level is both counts'.
_A_LEVEL_ONLY = re.compile(
    r"[^、,;。\d]{0,4}(?:国家|省部|省|市|县|区|州|盟|旗|乡|镇|村|A|星|亿元?|万元?|百|千|十)级"
)  # (not 提档升级, 转型升级: a verb)
_THE_NEXT_LEVELS = re.compile(
    rf"、(?:{lx.NUMBER})(?:{lx.UNIT})[^,;。、\d]{{0,8}}?级(?:以上)?(?P<head>[^,;。、和及与\d]{{2,}})"
)


def _the_next_levels_head(body: str, start: int, listed: int) -> tuple[int, int] | None:
    """Where the noun of the next count's level begins and ends in ``body``, when the count
    at ``start`` names a level only; None otherwise."""
    if not _A_LEVEL_ONLY.fullmatch(body, start, listed):
        return None
    following = _THE_NEXT_LEVELS.match(body, listed)
    if following is None:
        return None
    head = following.start("head")
    end = _noun_end(body, head, listed_end(body, following))
    when = _A_TIME_AT_END.search(body, head, end)  # (…重点项目年内开工28个)
    end = when.start() if when is not None else end
    if _A_MEASURE_OF_THEM.search(body, head, end) or lx.LONG_PREDICATE.search(body, head, end):
        return None  # (5个省级龙头企业销售收入达到12亿元: the things' measure, no count's noun)
    return (head, end) if end - head >= 2 else None


# The year a count is said in, at a name's end (重点项目年内开工28个, 完成年度71个…任务).
_A_TIME_AT_END = re.compile(r"(?:年内|年度|全年|当年|今年)$")
_A_MEASURE_OF_THEM = re.compile(r"(?:收入|产值|增加值|利润|税收|投资)$")


def _noun_end(body: str, start: int, listed: int) -> int:
    """Where the noun that stands after a count at ``start`` ends: at its predicate (…项目
    进展顺利), else where the list's item or the clause ends (``listed``)."""
    said = lx.NOUN_THEN_PREDICATE.search(body, start + 2, listed)
    while said is not None and quoted(body, start, said.start()):
        # 开展2场“云签约”活动: a verb inside quotation marks is the noun's name
        said = lx.NOUN_THEN_PREDICATE.search(body, said.end(), listed)
    if said is not None and lx.NOUN_HEAD_AT_END.search(body, said.end(), listed):
        said = None  # 开展6期政府消费券发放活动: a verb inside the noun, not its predicate
    return said.start() if said is not None else listed


def _only_a_verb(found: Subject | None) -> bool:
    """Whether a count's subject names nothing but what was done (新建, 高规格做好): its noun
    is after it (新建学校3所 names its own)."""
    if found is None or not found.names:
        return True
    plain = simplified(found.names[0])
    return _scope_or_verb(found.names[0]) or _ENDS_ON_A_VERB.search(plain) is not None


_ENDS_ON_A_VERB = re.compile(rf"(?:{lx.OPENING_VERB_AT.pattern}|做好|抓好|推进)$")


def _shared_noun(body: str, match: re.Match[str]) -> tuple[int, int] | None:
    """The noun a run of counts shares, said after its last (高规格做好41个、1744户老旧小区
    改造; 新建5所、扩建3所学校): where it begins and ends in ``body``, or None when the count
    is no run's or the run's last count names nothing after it."""
    if not counts_things(match):
        return None
    end = match.end()
    while (more := _NEXT_COUNT.match(body, end)) is not None and is_a_counter(more["unit"]):
        end = more.end()
    if end == match.end() or FIGURE_END.match(body, end) is not None:
        return None
    stop = _LIST_OR_CLAUSE_END.search(body, end)
    noun_end = _noun_end(body, end, stop.start() if stop else len(body))
    return (end, noun_end) if noun_end - end >= 2 else None


# The next count of a run: a pause, a verb of its own at most, the number and its unit.
_NEXT_COUNT = re.compile(rf"[、和][^\d,;。、]{{0,4}}?(?:{lx.NUMBER})(?P<unit>{lx.UNIT})")
_LIST_OR_CLAUSE_END = re.compile(r"[、,;。]")


def _names_listed(body: str, done: int, match: re.Match[str]) -> bool:
    """Names listed right before a count of things, with no 等 (焦电…产业园、焦作·百年矿业
    遗址公园3个文旅项目; 新建孟州路、政一街2条道路, after its verb): examples of the noun after
    it, as with 等.  Not a count of money, nor one that a noun of its own follows with 的
    (解决刘坪、中山等乡镇4万人的饮水不安全问题)."""
    if not counts_things(match) or body.startswith("的", match.end()):
        return False
    lead = lx.LONG_LEAD_AT.match(simplified(body), done)
    listed = _LISTED_NAMES.fullmatch(body, lead.end() if lead else done, match.start())
    return listed is not None and "等" not in listed[0]


def predicate_end(body: str, verb: int) -> int:
    """Where the next figure's subject may begin after a count's predicate: at the verb
    when the figure is its object (…项目完成投资127.6亿元), past the 、 that ends it when
    the predicate is whole (8个贫困县全部摘帽、871个贫困村全部出列)."""
    window = verb + 40  # (a sentence with no stop in it may be very long: look near)
    pause = _PAUSE.search(body, verb, window)
    digit = _DIGIT.search(body, verb, window)
    return (
        pause.end()
        if pause is not None and (digit is None or pause.start() < digit.start())
        else verb
    )


def _counted(text: Text, noun: str, start: int, before: Subject | None, count: int) -> Subject:
    """The subject of a count its noun (as said) follows: what stands before it, and the
    noun (出台推动经济回升向好40条政策措施 -> 推动经济回升向好政策措施)."""
    after = re.sub(r"^等等?", "", noun)  # 增长6.1%等等: 等 ends a list
    # 72个…项目分别完成…, 8个市重点项目预计完成投资…: the predicate's
    after = re.sub(r"(?<=..)(?:分[别別]|均|都|[预預]计|年度|[当當]年|累[计計]|共|超额)$", "", after)
    after = re.sub(r"(?<=项目|工程)建设$", "", after)  # 推进190个重点项目建设: the projects
    if not after and before is not None:
        return before
    if text.norm.endswith("的", 0, count) and after and not _DIGIT.search(text.norm, start, count):
        # 有利于调结构、补短板的190个盟级重点项目: an attributive clause (but 年产值超10亿元的
        # 3家企业: a size, part of the name)
        return Subject([after], start)
    if before is not None and before.names and _builds_new(before.names[0]):
        # (新建12.5万平方米校舍: what was built, as 新建校舍12.5万平方米 names it)
        return Subject([_builds_new(before.names[0]) + after], before.start)
    if before is None or not before.names or _scope_or_verb(before.names[0]):
        return Subject([after], start)  # 全县130个主要建设项目, 实施192个帮扶项目
    name = before.names[0]
    verb = lx.VERB_ONLY.search(simplified(name), 2)
    if verb is not None and verb.end() == len(name):
        name = name[: verb.start()]  # 南北合作实施192个帮扶项目: the scope, not its verb
    return Subject([name + after], before.start)


_ADVERBS_FIRST = re.compile(f"(?:{'|'.join(lx.ADVERBS)})+")


def _builds_new(name: str) -> str:
    """The verb of new things (lexicon.NEW_THINGS_VERBS: 新建, 开工建设) that is all a count's
    subject says but its adverbs and leads (要新建, 全年新开工), as written; else ''."""
    plain = simplified(name)
    adverbs = _ADVERBS_FIRST.match(plain)
    start = adverbs.end() if adverbs and adverbs.end() < len(plain) else 0
    lead = lx.LEAD_AT.match(plain, start)
    start = lead.end() if lead and lead.end() < len(plain) else start
    return name[start:] if plain[start:] in lx.NEW_THINGS_VERBS else ""


def _scope_or_verb(name: str) -> bool:
    plain = simplified(name)
    plain = plain[:-1] if plain.endswith("了") and len(plain) > 1 else plain  # (解决了)
    # (实现了全市11例确诊病例…: the verb's 了, left when the verb was taken off)
    plain = plain[1:] if plain.startswith("了") and len(plain) > 1 else plain
    plain = _A_TIME_AT_END.sub("", plain)  # (完成年度71个老旧小区改造任务)
    adverbs = _ADVERBS_FIRST.match(plain)  # (连续举办9场恳谈会: the adverb is the verb's)
    plain = plain[adverbs.end() :] if adverbs and adverbs.end() < len(plain) else plain
    if not plain:
        return True
    # (有3个经济指标增速居全市第一: 有, "there are", counts; no part of the name)
    return bool(plain == "有" or lx.LEAD_AT.fullmatch(plain) or lx.VERB_ONLY.fullmatch(plain))


# A target's 计划 (全年计划开复工…项目325个) is the target's own mood, no part of its name;
# a review's keeps it (计划实施项目40个,实际完成38个), and so do 计划生育, 计划单列 and the
# investment planned (计划总投资).
PLANS_MOOD = re.compile(r"^计划(?!生育|单列|总投资|投资)")
# What a count of the noun before said it did, or the parts of that count it names in brackets
# after the noun: …项目开工65个; 169项重点建设项目(新建69项、续建100项), named by the part's
# verb and the noun (新建重点建设项目), as readers name them.
_A_PART = re.compile(r"(?P<aside>[(、](?:其中)?)?(?P<verb>[\u4e00-\u9fff]{1,4})")
_NO_PART = re.compile(rf"^(?:累计|合计|共|总|同比|比上年)|{lx.PREDICATE_OR_ADVERB_AT_END.pattern}")


def a_part_counted(
    text: Text, offset: int, done: int, match: re.Match[str], counted: str | None
) -> tuple[Subject | None, bool]:
    """The subject of the count ``match`` after the noun a count before it counted
    (``counted``), when all that stands between (from ``done`` in the clause at ``offset``) is
    a verb; and whether it is a part in brackets, after which the next part counts the same
    noun.  A part is a count named by a word of its own (续建, 省级), not a change or a total
    said in brackets (…企业(同比增长20%), (累计达12家), (总投资30亿元))."""
    part = _A_PART.fullmatch(text.norm, offset + done, offset + match.start())
    if counted is None or part is None:
        return None, False
    if not part["aside"] and not lx.VERB_ONLY.fullmatch(part["verb"]):
        return None, False
    said = part["verb"]
    if part["aside"] and (not counts_things(match) or _NO_PART.search(said)):
        return None, False
    verb = text.name(*part.span("verb"))
    if part["aside"]:  # (after the plan's mood: 计划新建重点建设项目, a target's 新建…)
        mood = PLANS_MOOD.match(simplified(counted))
        at = mood.end() if mood else 0
        return Subject([counted[:at] + verb + counted[at:]], offset), True
    return done_first(Subject([counted + verb], offset), None), False


# A measure that says nothing of whose it is (完成投资, 实现产值): the counted things'.
_A_BARE_MEASURE = re.compile(r"(?:总|营业|销售)?(?:投资|产值|增加值|收入|利润|税收)")


def a_measure_of_the_counted(
    found: Subject | None, counted: str | None, match: re.Match[str], done: int
) -> Subject | None:
    """The subject of a figure whose name is a bare measure right after a count of things
    (231个区重点项目完成投资473亿元): the measure of the things counted, as 区重点项目完成投资
    names 区重点项目投资; else ``found`` as it is.  Not when counts of several things share it
    (15个省重点项目、86个市重点项目完成投资126.5亿元; …项目分别完成投资…; 30个省级、382个
    市级重点项目投资80.3亿元、577.9亿元): the last count's noun is not the total's."""
    if counted is None or found is None or len(found.names) != 1:
        return found
    if not _A_BARE_MEASURE.fullmatch(simplified(found.names[0])):
        return found
    body = match.string
    if _EACH_ITS_OWN.search(body, done, match.start()) or _A_RUN_OF_VALUES.match(body, match.end()):
        return found
    since = max((m.end() for m in _AN_AMOUNT.finditer(body, 0, done)), default=0)
    if len(_A_COUNT.findall(body, since, done)) > 1:
        return found  # (15个省重点项目、86个市重点项目完成投资126.5亿元: the counts' total; not
        # 5个…项目完成投资18.9亿元、6个…项目完成投资21亿元, each its own)
    return Subject([counted + found.names[0]], found.start)


_EACH_ITS_OWN = re.compile("分[别別](?!类)|各(?![类項项种級级])")
_AN_AMOUNT = re.compile(rf"(?:{lx.NUMBER})(?:[万亿]*(?:元|美元|吨|亩)|%)")
_A_COUNT = re.compile(rf"(?:{lx.NUMBER})[{lx.COUNTING}]")  # (in the simplified copy)
_A_RUN_OF_VALUES = re.compile(rf"[、和及与]\s*(?:{lx.NUMBER})")
