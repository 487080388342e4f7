"""Coordinated subjects: one name, or several that share a head, a modifier or a measure
(城镇、农村居民人均可支配收入; 单位地区生产总值能耗和二氧化碳排放量; PM2.5、PM10年均浓度),
each a row of its own; and a list that is one name (存贷款余额 with one value, 大葱、高粱等
特色种植).

Split from names.py, which finds where a subject begins and ends; this module only says
what names the subject it is given holds.
"""

from __future__ import annotations

import re

from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.figures import Subject
from jfq.authoring.extract.indicators import indicator_for, is_an_indicator
from jfq.authoring.extract.list_heads import (
    ONE_NAME,
    counted_kinds,
    parts_of_the_year,
    products_measured_twice,
    sectors_by_ordinal,
    verbs_of_one_object,
)
from jfq.authoring.extract.text import Text
from jfq.search.normalize import simplified

# Shared heads that a coordinated subject distributes: 城乡居民 -> 城镇居民, 农村居民.
_EXPAND = {"城乡": ("城镇", "农村"), "城": ("城镇",), "乡": ("农村",), "农": ("农村",)}

_TRADITIONAL = {"城镇": "城鎮", "农村": "農村"}


def coordinated(text: Text, start: int, end: int, each: bool, *, stated: bool = True) -> Subject:
    """One name, or several that share a head or a modifier (城镇、农村居民人均可支配收入;
    城乡居民…分别; 单位地区生产总值能耗和二氧化碳排放量均); ``stated``: the clause states a
    figure (else 及 joins names too)."""
    norm = text.norm[start:end]
    shaped = sectors_by_ordinal(text, start, end, each) or verbs_of_one_object(
        text, start, end, each
    )
    if shaped:
        return Subject(shaped, start, len(shaped) > 1)
    # without 分别 or 均, 和 joins names that share a predicate too (A和B…下降); 与 may be
    # "with" (居民消费价格指数与国家价格调控目标保持衔接)
    separators = r"、|和|与|及|以及" if each else _AND if stated else _AND_OR_JI
    whole = [m.span() for m in ONE_NAME.finditer(norm)]  # (交通运输、仓储和邮政业)
    cuts = [
        (m.start(), m.end())
        for m in re.finditer(separators, norm)
        if norm.count("(", 0, m.start()) <= norm.count(")", 0, m.start())
        and not (norm.startswith("贷款", m.end()) and norm[m.start() - 1 : m.start()] == "存")
        and not any(a < m.start() < b for a, b in whole)
    ]  # (存、贷款余额 is one name of two, not a list's cut)
    names: list[str] = []
    joined = re.search(r"(?<=..)存、?贷款(?=.)", norm)
    if joined is not None and not cuts and (each or "、" in joined[0]):
        return Subject(_two_if_deposits_and_loans(text.name(start, end), each), start, True)
    by_category = _by_category(text, start, end, cuts, each)
    if by_category is not None:
        return by_category
    if cuts:
        pieces = []
        previous = 0
        for a, b in cuts:
            pieces.append((previous, a))
            previous = b
        pieces.append((previous, len(norm)))
        traditional = text.name(start, end) != norm
        names = parts_of_the_year([text.name(start + a, start + b) for a, b in pieces])
        names = names or counted_kinds(text, start, pieces, each)
        names = names or _one_character_takes_the_next_head(
            _distributed(text, start, pieces, traditional, each)
        )
    elif each:
        names = _expanded(text, start, end)
    verb = _VERB_INSIDE.search(norm)
    if not names and verb is not None:  # 飞地经济实现税收: the scope stays, the verb goes
        names = [_scope_and_object(text, start, end, verb)]
    if not names:
        names = [text.name(start, end)]
    names = [n for name in names for n in _two_if_deposits_and_loans(name, each)]
    names = [_cleaned(name) for name in names if _cleaned(name)]
    # 接待国内外游客和实现旅游收入分别增长…: a light verb that opens a name is no part of it
    names = [_without_light_verb(name) for name in names]
    listed = _cleaned(text.name(start, end)) if cuts and not each else ""
    return Subject(names, start, each and len(names) > 1, listed=listed)


def _by_category(
    text: Text, start: int, end: int, cuts: list[tuple[int, int]], each: bool
) -> Subject | None:
    """Items listed before the category they are of: each item's head, with 分别 (医疗器械、
    电子信息等行业产值分别增长…), else one row, the category's (大葱、高粱、香菇等特色种植); None
    where no 等 ends the list, or the words after it close the list (能源、水资源等指标)."""
    norm = text.norm[start:end]
    category = re.search(r"等(?=[^、等]{2,}$)", norm) if cuts else None
    if category is None or lx.NOT_A_CATEGORY.fullmatch(norm, category.end()):
        return None
    if not each:
        return Subject([_cleaned(text.name(start + category.end(), end))], start)
    head = text.name(start + category.end(), end)
    # (粮食、油料等主要农产品产量: each its 产量, not 粮食主要农产品产量)
    general = re.match(
        r"(?:主要|三次|各类|重点|[一二三四五六七八九十两]+大)\S*?(?=产量|产值|增加值|总量|收入|投资)",
        head,
    )
    head = head[general.end() :] if general is not None else head
    items = [0, *(b for _, b in cuts)]
    stops = [*(a for a, _ in cuts), category.start()]
    names = [text.name(start + a, start + b) + head for a, b in zip(items, stops, strict=True)]
    return Subject(names, start, len(names) > 1)


def _without_light_verb(name: str) -> str:
    verb = next((v for v in lx.LIGHT_VERBS if simplified(name).startswith(v)), "")
    return name[len(verb) :] if verb and len(name) - len(verb) >= 3 else name


# (not a noun the verb makes: 全面小康综合实现程度, 完成率, 实现度)
_VERB_INSIDE = re.compile(r"(?<=..)(?:实现|完成)(?!程度|度|率|值|情况)(?=..)")


def _scope_and_object(text: Text, start: int, end: int, verb: re.Match[str]) -> str:
    """飞地经济实现税收 -> 飞地经济税收: the scope stays, the verb goes; and a 将 or 要 before
    the verb (数字经济将实现增加值 -> 数字经济增加值), with what it closes when the object is
    an indicator of its own (七师将实现生产总值 -> 生产总值: 七师 is the sentence's subject)."""
    scope = text.name(start, start + verb.start())
    thing = text.name(start + verb.end(), end)
    if text.norm[start + verb.start() - 1] in "将要":
        scope = "" if indicator_for(thing) is not None else scope[:-1]
    return scope + thing


def _cleaned(name: str) -> str:
    """节能减排等指标 -> 节能减排 (等 closes a list); 生产总值(预计,下同) -> 生产总值 (a
    note in brackets is no part of a name); 经济增长目标 -> 经济增长.  Matched on the
    simplified form (水資源等指標 too), cut from the name as written."""
    # (but 财政总收入(市口径) and (省口径) are two measures, and 固定资产投资(区属) is the
    # district's own: a basis or a scope in brackets stays)
    name = re.sub(r"[(（](?![市省县区全地方]{1,2}口径|[市省县区]属)[^()（）]*[)）]$", "", name)
    name = re.sub(rf"^[(（](?:{lx.ESTIMATE_NOTE})[)）]", "", name)  # (预计)地区生产总值
    if re.fullmatch(r"[)）\]】、,;\s]+", name):
        return ""  # ), 、: a bracket's end left between names (湖北(10%以上)、海南(…))
    plain = simplified(name)  # one character for one: its offsets are the name's
    late = _PERIOD_AT_END.search(plain)
    if late is not None and late.start() >= 2:  # 地区生产总值上半年: 上半年地区生产总值
        name = name[late.start() :] + name[: late.start()]
        plain = plain[late.start() :] + plain[: late.start()]
    scoped = _SCOPE_AFTER_A_PERIOD.match(plain)
    if scoped is not None:  # 上半年全县地区生产总值: the period stays, the scope goes
        name = name[: scoped.end(1)] + name[scoped.end() :]
        plain = plain[: scoped.end(1)] + plain[scoped.end() :]
    whole = name
    for words in _NOT_THE_NAME:
        found = words.search(plain)
        if found is not None:
            name = name[: found.start()] + name[found.end() :]
            plain = plain[: found.start()] + plain[found.end() :]
    # 主要约束性指标控制在…以内: the target is the indicators themselves, not 主要
    return whole if plain in ("主要", "重要", "各项") else name


_PERIOD_AT_END = re.compile(rf"{lx.PART_OF_YEAR}$")
_SCOPE_AFTER_A_PERIOD = re.compile(rf"({lx.PART_OF_YEAR})(?:全[国省市区县州旗镇]|[我本][省市区县])")

_NOT_THE_NAME = (
    # 农林牧渔业可比价总产值: how it is priced, inside the name too (of no name: ADVERBS)
    re.compile(r"(?<=..)按?(?:可比价|同口径)(?:计算)?(?=..)"),
    re.compile(r"等等?(?:指标|任务|目标|方面)?$"),
    # 节能减排各项约束性目标, 节能减排等各项目标任务: the words that say it is a target
    re.compile(r"(?<=..)(?:等|各项|主要|约束性)+(?:指标|目标|任务)*$"),
    re.compile(r"^年度(?=..)"),  # (国家下达的)年度节能减排约束性指标
    # 经济增长目标确定为5.5%, 新增就业目标1200万, 地区生产总值增长目标是指…增长6%: the
    # figure is the target, not its name.
    # (and 生产总值增长的预期目标为9%: the growth's target)
    re.compile(
        r"(?<=..)(?<!经济)(?:(?:增长|增速)的)?的?(?:增长|增速)?(?:预期)?目标(?:确定|设定|设|定|值|是指|是)?$"
    ),
    re.compile(r"(?<=..)(?:省市|省|市|县|区)(?:定|下达)$"),  # 完成城镇就业市定目标任务
    # 经济预期增长目标为14%, 地区生产总值计划增长8% (but 占年度计划: the plan is the base)
    re.compile(r"(?<=..)(?<!年度)(?:预期|计划)$"),
    re.compile(r"(?<=节能|减排|节水|降耗|环保)指标$"),  # 完成节能减排指标: the targets' own
)


# Words a shared head often opens with, to find it where the last conjunct's own part is
# shorter than the first's (大气、水环境质量改善: 水 and 环境质量, not 水环 and 境质量).
_HEAD_OPENINGS = ("环境", "质量", "居民", "企业", "产业", "工业", "项目", "收入", "产值", "投资",
                  "排放", "资源", "用地", "人口", "常住", "人均")  # fmt: skip


def _own_part(first: str, last: str, first_len: int) -> int:
    """Where the last conjunct's own part ends and the shared head begins: where the
    first's does (国家级、省级|示范社区: on 级), else after as many characters as the first
    has (城镇、农村|居民…), unless a head opens sooner (大气、水|环境质量; but 城镇居民、农村
    居民|人均…: the first has that word in its own part too)."""
    same = last.find(first[-1], 0, first_len + 1) if len(last) > first_len else -1
    cut = same + 1 if 0 < same < first_len and len(last) - same > 3 else first_len
    if not last.startswith(_HEAD_OPENINGS, cut) and not is_an_indicator(last[cut:]):
        # 城镇和农村牧区|常住居民人均可支配收入: an own part longer than the first's
        later = (p for p in range(cut + 1, min(cut + 3, len(last) - 3))
                 if last.startswith(_HEAD_OPENINGS, p))  # fmt: skip
        cut = next(later, cut)
    # (全口径和区级|地方财政收入: not inside the name of an indicator a reader knows)
    inside = (p for p in range(1, cut)
              if is_an_indicator(last[p:]) and not first.endswith(last[p:cut]))  # fmt: skip
    known = next(inside, cut)
    sooner = (p for p in range(1, known) for word in _HEAD_OPENINGS
              if last.startswith(word, p) and word not in first)  # fmt: skip
    return next(sooner, known)


def _distributed(
    text: Text, start: int, pieces: list[tuple[int, int]], traditional: bool, each: bool
) -> list[str]:
    """Conjuncts with what they share: the head the last one has beyond the first's length,
    when the first is short (城镇、农村居民… ; 焦化、煤炭先进产能), or the modifier the
    first has before a head of measure (单位地区生产总值能耗和二氧化碳排放量)."""
    norm = text.norm
    first_start, first_end = pieces[0]
    first_len = len(_cleaned(norm[start + first_start : start + first_end]))
    last_start, last_end = pieces[-1]
    shared = _shared_modifier(norm[start + first_start : start + first_end],
                              norm[start + last_start : start + last_end])  # fmt: skip
    if len(pieces) == 2 and shared:  # 城镇调查失业率和登记失业率: 城镇 is both's
        modifier = text.name(start + first_start, start + first_start + shared)
        return [text.name(start + first_start, start + first_end),
                modifier + text.name(start + last_start, start + last_end)]  # fmt: skip
    shared_measure = _shared_measure(norm, start, pieces)
    if shared_measure:  # PM2.5、PM10年均浓度; 化学需氧量、二氧化硫、氨氮减排; 肉、奶、禽蛋产量
        head = text.name(start + last_end - shared_measure, start + last_end)
        shorts = [text.name(start + a, start + b) + head for a, b in pieces[:-1] if b > a]
        return [*shorts, text.name(start + last_start, start + last_end)]
    last = norm[start + last_start : start + last_end]
    first = norm[start + first_start : start + first_end]
    of = last.rfind("的")  # 服务业、装备制造和高新技术产业的投资: each one's 投资
    if (
        of > 0
        and 2 <= len(last) - of - 1 <= 4
        and "的" not in norm[start : start + last_start]
        and "占" not in last  # (…、高新技术产业产值占规模工业的比重: a share's 的)
    ):
        head = text.name(start + last_start + of + 1, start + last_end)
        return [text.name(start + a, start + b) + head
                for a, b in [*pieces[:-1], (last_start, last_start + of)]]  # fmt: skip
    parallel = (
        3 < first_len <= 6 and first[-2:] == last[first_len - 2 : first_len]
    )  # 城镇居民、农村居民…
    cut = _own_part(first, last, first_len) if 0 < first_len < len(last) else 0
    if (
        (0 < first_len <= 3 or parallel)
        and last_end - last_start - first_len >= 2
        and not _each_a_name(first, last, cut)
    ):
        head = text.name(start + last_start + cut, start + last_end)
        return [
            part + head
            for a, b in [*pieces[:-1], (last_start, last_start + cut)]
            for part in _short_forms(text, start + a, start + b, traditional)
        ]
    # 规模以上工业实现销售收入、利税、利润…分别增长: what the first has before its verb is
    # every conjunct's (规模以上工业利税).
    verb = re.search(r"实现|完成", first)
    if each and verb is not None and verb.start() >= 2 and len(first) - verb.end() >= 2:
        modifier = text.name(start + first_start, start + first_start + verb.start())
        own = (first_start + verb.end(), first_end)
        return [modifier + text.name(start + a, start + b) for a, b in [own, *pieces[1:]] if b > a]
    measure = next((h for h in lx.MEASURE_HEADS if first.endswith(h)), None)
    paired = next((h for h, scope in _PAIRED.items()
                   if first.endswith(h) and scope.search(first[: -len(h)])), None)  # fmt: skip
    if paired is not None and all(norm[start + a : start + b] in _PAIRED for a, b in pieces[1:]):
        measure = paired  # 一般公共预算收入、支出; 外贸进口、出口: the other side of one account
    if each and measure is not None and len(first) >= len(measure) + 2 + (measure != paired):
        modifier = text.name(start + first_start, start + first_end - len(measure))
        rest = [text.name(start + a, start + b) for a, b in pieces[1:] if b > a]
        # (化学需氧量排放量和二氧化硫排放量: a conjunct with a modifier of its own shares none)
        return [text.name(start + first_start, start + first_end),
                *(r if _own_measure(r, measure) else modifier + r for r in rest)]  # fmt: skip
    per_unit = lx.PER_UNIT.match(first)
    if per_unit is not None and len(first) - per_unit.end() >= 2:  # 万元GDP建设用地、水耗
        modifier = text.name(start + first_start, start + first_start + per_unit.end())
        rest = [text.name(start + a, start + b) for a, b in pieces[1:] if b > a]
        whole = text.name(start + first_start, start + first_end)
        # only a bare measure (水耗) is per unit, and carbon, whose intensity is set beside
        # energy's (能耗和二氧化碳排放量); 主要污染物排放量 is a total
        return [whole, *(modifier + r if len(r) <= 3 or _CARBON.match(simplified(r)) else r
                         for r in rest)]  # fmt: skip
    return products_measured_twice(text, start, [(a, b) for a, b in pieces if b > a])


def _own_measure(name: str, measure: str) -> bool:
    plain = simplified(name)
    return plain.endswith(measure) and len(plain) > len(measure)


def _each_a_name(first: str, last: str, cut: int) -> bool:
    """GDP、…、社会消费品零售总额: conjuncts that are each an indicator a reader knows share
    no head (no GDP费品零售总额), unless what the last shares is one too (城镇、农村|居民人均
    可支配收入)."""
    return is_an_indicator(first) or (is_an_indicator(last) and indicator_for(last[cut:]) is None)


def _one_character_takes_the_next_head(names: list[str]) -> list[str]:
    """节能减排、水和大气环境质量: a conjunct of one character is no name alone, and shares
    the head the one after it opens (水环境质量: _HEAD_OPENINGS), as a short first one does
    (_distributed)."""
    shared = list(names)
    for i in range(len(names) - 1):
        after = names[i + 1]
        plain = simplified(after)
        heads = [p for p in range(1, len(plain) - 1) if plain.startswith(_HEAD_OPENINGS, p)]
        # (大气、水环境质量: two characters before one of one share an environment's head;
        # 能源、水资源 and 能耗、碳排放 are names each)
        two = len(names[i]) == 2 and heads and heads[0] == 1 and plain.startswith("环境", 1)
        if heads and (len(names[i]) == 1 or two):
            shared[i] = names[i] + after[heads[0] :]
    return shared


_CARBON = re.compile(r"(?:二氧化碳|碳)排放(?!总量)")
# Heads that come in pairs of one account, the second written alone after the first, with
# the scope that makes them one (a budget's 收入、支出, a trade's 进口、出口; not 城镇居民人均
# 可支配收入、支出, whose spending is 消费支出).
_BUDGET = re.compile(r"预算|财政")
_ANY_SCOPE = re.compile(r"..")  # (two characters or more: 外贸进口、出口)
_PAIRED = {"收入": _BUDGET, "支出": _BUDGET, "进口": _ANY_SCOPE, "出口": _ANY_SCOPE,
           "存款": _ANY_SCOPE, "贷款": _ANY_SCOPE}  # fmt: skip  # (二氧化碳排放总量 is a total)


def common_tail(first: str, second: str) -> int:
    """How many characters two names end alike (城镇调查失业率, 登记失业率: 3)."""
    common = 0
    while common < min(len(first), len(second)) and first[-1 - common] == second[-1 - common]:
        common += 1
    return common


def _shared_modifier(first: str, second: str) -> int:
    """The length of the scope two names with one head share when only the first writes
    it (城镇|调查|失业率 和 登记|失业率: 城镇), else 0."""
    common = common_tail(first, second)
    scope = next((w for w in lx.SCOPES_OF_THE_FIRST if first.startswith(w)), "")
    if common < 3 or not scope or second.startswith((*lx.SCOPES_OF_THE_FIRST, "农民", "居民")):
        return 0
    return len(scope) if len(first) - common > len(scope) and len(second) > common else 0


def _shared_measure(norm: str, start: int, pieces: list[tuple[int, int]]) -> int:
    """The length of the head of measure the last conjunct has and the others lack, when
    they are short names of what is measured (pollutants, not indicators of their own)."""
    last = norm[start + pieces[-1][0] : start + pieces[-1][1]]
    head = next((h for h in lx.SHARED_MEASURES if last.endswith(h) and len(last) > len(h)), "")
    others = [norm[start + a : start + b] for a, b in pieces[:-1]]
    if not head or any(len(o) > 8 or o.endswith(lx.SHARED_MEASURES) for o in others):
        return 0
    if any(o.endswith(lx.MEASURE_HEADS) for o in others):
        return 0
    if head in lx.CHANGES_ALONE and any(len(o) < 3 for o in others):
        return 0  # (GDP和预算收入增速: each's; but 城镇、农村居民…增速: 城镇 is a short form)
    return len(head)


# Statistical names with 和 inside them (研究和试验发展经费 is R&D, one name).
# 和 of a list, not of a word (和谐, 总和, 缓和); not 及, which joins one item's parts
# (新增减税降费及退税缓费) and ends verbs (惠及, 涉及)
_AND = r"、|(?<![总调缓温柔暖饱融祥议共中])和(?![谐平睦美])"
# In a clause with no figure, 及 joins names too (能耗下降率及主要污染物减排量达到…目标); with
# one, A及B 400亿元 is one total (新增减税降费及退税缓费), and 10亿元及以上 a size.
_AND_OR_JI = rf"{_AND}|以及|(?<![以普涉危波企惠触顾])及(?![时格其以])"


def _two_if_deposits_and_loans(name: str, each: bool) -> list[str]:
    """金融机构存、贷款余额 (alone or in a longer list), or 存贷款余额 with a value for
    each (分别, or a run of values): its 存款余额 and its 贷款余额, in the name's own
    characters; any other name as it is.  存贷款余额 with one value is their sum."""
    joined = re.search(r"(?<=..)存、贷款|存贷款(?=.)", simplified(name))  # (存、贷款分别…)
    if joined is None or not (each or "、" in joined[0]):
        return [name]
    before, after = name[: joined.start()], name[joined.end() :]
    deposit, loan = name[joined.start()], name[joined.end() - 2 : joined.end()]
    return [before + deposit + loan[-1] + after, before + loan + after]


def _expanded(text: Text, start: int, end: int) -> list[str]:
    """城乡居民人均可支配收入 with 分别 (or 均): 城镇居民… and 农村居民…."""
    norm = text.norm[start:end]
    if norm.startswith("城乡") and len(norm) > 2:
        head = text.name(start + 2, end)
        traditional = text.name(start, end) != norm
        return [part + head for part in _short_forms(text, start, start + 2, traditional)]
    return []


def _short_forms(text: Text, start: int, end: int, traditional: bool) -> list[str]:
    """城 -> 城镇, 乡 -> 农村, 城乡 -> 城镇 and 农村, in the original's characters."""
    norm = text.norm[start:end]
    if norm not in _EXPAND:
        return [text.name(start, end)]
    return [_TRADITIONAL[w] if traditional else w for w in _EXPAND[norm]]
