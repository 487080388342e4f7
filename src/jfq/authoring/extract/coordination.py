"""Coordinated subjects: one name, or several that share a head, a modifier or a measure
(城镇、农村居民人均可支配收入; 单位地区生产总值能耗和二氧化碳排放量; PM2.5、PM10年均浓度),
each a row of its own; and a list that is one name (存贷款余额 with one value, 大葱、高粱等
特色种植).  Split from names.py, which finds where a subject begins and ends; this module only
says what names the subject it is given holds.
"""

from __future__ import annotations

import re

from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.figures import Subject
from jfq.authoring.extract.indicators import indicator_for
from jfq.authoring.extract.list_heads import (
    ONE_NAME,
    ONE_NAME_LISTED,
    counted_kinds,
    parts_of_the_year,
    sectors_by_ordinal,
    verbs_of_one_object,
)
from jfq.authoring.extract.shared_heads import (
    distributed,
    one_character_takes_the_next_head,
    short_forms,
)
from jfq.authoring.extract.text import Text, as_read
from jfq.search.normalize import simplified


def coordinated(text: Text, start: int, end: int, each: bool, *, stated: bool = True) -> Subject:
    """One name, or several that share a head or a modifier (城镇、农村居民人均可支配收入;
    城乡居民…分别; 单位地区生产总值能耗和二氧化碳排放量均); ``stated``: the clause states a
    figure (else 及 joins names too)."""
    dated = _each_of_a_period(text, start, end, each, stated=stated)
    if dated is not None:
        return dated
    objects = _each_and_its_object(text, start, end, each, stated=stated)
    return objects if objects is not None else _names(text, start, end, each, stated=stated)


# 分别 and a light verb after a list, before the thing each item did (工业和农业分别完成产值…).
_RESPECTIVELY_DID = re.compile(r"分别(?:实现|完成)(?=[\u4e00-\u9fff]{2})")


def _each_and_its_object(
    text: Text, start: int, end: int, each: bool, *, stated: bool
) -> Subject | None:
    """第一、第二、第三产业分别实现增加值: each item's object (第一产业增加值, …), the verb
    no part of any name; None where no list stands before 分别 and its verb."""
    did = _RESPECTIVELY_DID.search(text.norm, start, end) if each else None
    if did is None or not _A_CUT.search(text.norm, start, did.start()):
        return None
    thing = text.name(did.end(), end)
    pieces = _pieces(text.norm, start, did.start(), _A_CUT)
    listed = text.norm.find("、", start, did.start()) >= 0  # (住宿和餐饮业: one industry)
    if listed and not all(text.norm[b - 1] == "业" for a, b in pieces):
        pieces = _pieces(text.norm, start, did.start(), _PAUSE)
    if all(text.norm[b - 1] == "业" and b - a >= 2 for a, b in pieces):
        # (金融业、专门专业服务业: industries each named whole, no head shared)
        return Subject([text.name(a, b) + thing for a, b in pieces], start, True)
    items = coordinated(text, start, did.start(), each, stated=stated)
    return Subject([name + thing for name in items.names], start, items.respectively)


def _pieces(norm: str, start: int, end: int, cut: re.Pattern[str]) -> list[tuple[int, int]]:
    bounds = [start, *(edge for at in cut.finditer(norm, start, end) for edge in at.span()), end]
    return list(zip(bounds[::2], bounds[1::2], strict=True))


def _names(text: Text, start: int, end: int, each: bool, *, stated: bool) -> Subject:
    """coordinated, for a list no period opens."""
    norm = text.norm[start:end]
    shaped = sectors_by_ordinal(text, start, end, each) or verbs_of_one_object(
        text, start, end, each
    )
    if shaped:
        return Subject(shaped, start, len(shaped) > 1)
    # without 分别 or 均, 和 joins names that share a predicate too (A和B…下降); 与 may be
    # "with" (居民消费价格指数与国家价格调控目标保持衔接)
    separators = r"、|和|与|及|以及" if each else _AND if stated else _AND_OR_JI
    # (批发和零售业; 交通运输、仓储和邮政业, but not 农、林、牧、渔业产值分别增长…: each its own)
    one = ONE_NAME.pattern if each else f"{ONE_NAME.pattern}|{ONE_NAME_LISTED.pattern}"
    whole = [m.span() for m in re.finditer(one, norm)]
    cuts = [
        (m.start(), m.end())
        for m in re.finditer(separators, norm)
        if norm.count("(", 0, m.start()) <= norm.count(")", 0, m.start())
        and (each or not _inside_quotes(norm, m.start()))  # (税费“退、减、降、缓”)
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
        bounds = [0, *(edge for cut in cuts for edge in cut), len(norm)]
        pieces = list(zip(bounds[::2], bounds[1::2], strict=True))
        traditional = text.name(start, end) != norm
        names = parts_of_the_year([text.name(start + a, start + b) for a, b in pieces])
        names = names or counted_kinds(text, start, pieces, each)
        first_len = len(_cleaned(norm[pieces[0][0] : pieces[0][1]]))
        names = names or one_character_takes_the_next_head(
            distributed(
                text, start, pieces, traditional=traditional, each=each, first_len=first_len
            )
        )
    elif each:
        names = _expanded(text, start, end)
    verb = _VERB_INSIDE.search(norm)
    if verb is not None and (not names or _one_total(cuts, each, verb)):  # 飞地经济实现税收
        names = [_scope_and_object(text, start, end, verb)]
    if not names:
        names = [text.name(start, end)]
    names = [n for name in names for n in _two_if_deposits_and_loans(name, each)]
    names = [_cleaned(name) for name in names if _cleaned(name)]
    # 接待国内外游客和实现旅游收入分别增长…: a light verb that opens a name is no part of it
    names = [_without_examples(_without_light_verb(name)) for name in names]
    listed = _as_listed(text, start, end, verb) if cuts and not each else ""
    return Subject(names, start, each and len(names) > 1, listed=listed)


def _each_of_a_period(
    text: Text, start: int, end: int, each: bool, *, stated: bool
) -> Subject | None:
    """前三季度城镇和农村居民人均可支配收入分别增长…: a period before a list under 分别 is
    each name's, as 上半年GDP keeps it, not the first item's word; None where none opens it."""
    when = _A_PERIOD_FIRST.match(text.norm, start, end) if each else None
    if when is None or _A_CUT.match(text.norm, when.end()):
        return None  # (一季度、上半年GDP: the periods are the list)
    after = coordinated(text, when.end(), end, each, stated=stated)
    dated = [when[1] + name for name in after.names]
    return Subject(dated, start, after.respectively, listed=after.listed)


# A part of the year a list opens with, and a list's cut (一季度、上半年GDP: the periods listed).
# (the scope after it is the sentence's, as a name's first word: 上半年全市规上工业增加值…)
_A_PERIOD_FIRST = re.compile(
    rf"((?:{lx.PART_OF_YEAR}|全年))(?:(?:全[市县区省州旗]|[我本][市县区省州旗])(?!场))?"
    r"(?=[\u4e00-\u9fff])"
)
_A_CUT = re.compile(r"、|和|与|及")
_PAUSE = re.compile("、")


def _one_total(cuts: list[tuple[int, int]], each: bool, verb: re.Match[str]) -> bool:
    """甲开发区、乙高新区、丙工业区完成工业总产值2038.3亿元: a list before the verb of its one
    figure, no 分别, is the scope of one total, not each item's."""
    return bool(cuts) and not each and verb.start() > cuts[-1][1]


_A_QUOTED_NAME = 14  # characters: 税费“退、减、降、缓”; a longer quote is a passage


def _inside_quotes(norm: str, at: int) -> bool:
    """Whether ``at`` is inside quotation marks (税费“退、减、降、缓”, 「退、減、降、緩」): one
    name, unless 分别 gives each item a value (the caller's ``each``).  Not where the page
    mixes its marks (“专精特新"企业、"小巨人”企业): no pair can be told there."""
    if '"' in norm:
        return False
    opened = max(norm.rfind("“", 0, at), norm.rfind("「", 0, at))
    if max(norm.rfind("”", 0, at), norm.rfind("」", 0, at)) > opened:
        return False  # (省“双创计划”、“姑苏计划”: between two quoted names)
    closes = [c for c in (norm.find("”", at), norm.find("」", at)) if c >= 0]
    # (a short name only: 「地區生產總值、規模以上工業增加值增長5%左右…」 quotes a passage)
    if opened < 0 or not closes or min(closes) - opened > _A_QUOTED_NAME:
        return False
    # (items of a character or two, 退、减、降、缓; not names, “GDP、规上工业增加值”)
    return all(len(item) <= 2 for item in re.split("[、和及与]", norm[opened + 1 : min(closes)]))


def _as_listed(text: Text, start: int, end: int, verb: re.Match[str] | None) -> str:
    """The list as one name, which a total after it takes (the_lists_total), without a
    verb inside it (高端装备制造、新材料、生物医药产业实现总产值: …产业总产值)."""
    if verb is None:
        return _cleaned(text.name(start, end))
    return _cleaned(_scope_and_object(text, start, end, verb))


# 等 that ends a list of examples, not one a word holds (高等教育, 中等职业, 均等化, 一等奖);
# or the count of a category the list names whole (汽车、新材料、食品和生物医药三大产业实现
# 主营业务收入: 三大产业's, empty before the count, which the category keeps).
_AND_OTHERS = re.compile(
    r"(?<![高中初同平均对上特头一二三])等(?=[^、等]{2,}$)"
    r"|(?<=[\u4e00-\u9fff])(?=[两三四五六七八九十]大(?:产业|行业|板块|集群|领域)[^、等]{2,}$)"
)


def _by_category(
    text: Text, start: int, end: int, cuts: list[tuple[int, int]], each: bool
) -> Subject | None:
    """Items listed before the category they are of: each item's head, with 分别 (医疗器械、
    电子信息等行业产值分别增长…), else one row, the category's (大葱、高粱、香菇等特色种植); None
    where no 等 ends the list, or the words after it close the list (能源、水资源等指标)."""
    norm = text.norm[start:end]
    category = _AND_OTHERS.search(norm) if cuts else None
    if category is None or lx.NOT_A_CATEGORY.fullmatch(norm, category.end()):
        return None
    if not each:  # (金融、文创等主导产业实现税收: 主导产业税收, the verb goes as it does alone)
        verb = _VERB_INSIDE.search(norm[category.end() :])  # (offsets from the category's)
        return Subject([_as_listed(text, start + category.end(), end, verb)], start)
    head = text.name(start + category.end(), end)
    # (粮食、油料等主要农产品产量: each its 产量, not 粮食主要农产品产量)
    general = re.match(
        r"(?:主要|三次|各类|重点|[一二三四五六七八九十两]+大)\S*?(?=产量|产值|增加值|总量|收入|投资)",
        head,
    )
    head = head[general.end() :] if general is not None else head
    if category.start() == category.end():  # (通信通讯、节能环保两大产业集群产值分别…:
        head = text.name(start + category.end() + 2, end)  # each its 产业集群产值)
    items = [0, *(b for _, b in cuts)]
    stops = [*(a for a, _ in cuts), category.start()]
    names = [text.name(start + a, start + b) + head for a, b in zip(items, stops, strict=True)]
    return Subject(names, start, len(names) > 1)


def _without_light_verb(name: str) -> str:
    verb = next((v for v in lx.LIGHT_VERBS if simplified(name).startswith(v)), "")
    return name[len(verb) :] if verb and len(name) - len(verb) >= 3 else name


def _without_examples(name: str) -> str:
    """新开工长江天际等亿元以上项目 -> 新开工亿元以上项目: an example before its category (one,
    with no list: _by_category reads lists) is none of the name; a verb before it stays, and
    a purpose is no example (促进民营经济发展等专项资金)."""
    plain = simplified(name)  # (one character for one: its offsets are the name's)
    others = _ONE_EXAMPLE.search(plain)
    if others is None or lx.NOT_A_CATEGORY.fullmatch(plain, others.end()) or plain[-1] == "性":
        return name  # (节能降耗等指标; 节能降耗等限制性, a kind of indicator cut from its noun)
    verb = lx.NEWLY_OPENING_VERB_AT.match(plain) or _NEWLY_DONE.match(plain)
    begin = verb.end() if verb is not None else 0
    example = plain[begin : others.start()]
    if len(example) < 2 or _A_PURPOSE.search(example):
        return name
    return name[:begin] + name[others.end() :]


# 等 after one example (比亚迪等), not one a word holds (等级, 甲等, 优等品, 高等, 一等奖).
_ONE_EXAMPLE = re.compile(
    r"(?<![高中初同平均对上特头一二三甲乙丙丁优劣次超])等(?![级次第效待候]|外(?![资省市国地埠]))"
    r"(?=[^、等]{2,}$)"
)
_NEWLY_DONE = re.compile(r"新增|净增|竣工投产|建成投用|新(?:投产|入驻|开业|落户|上市)")
_A_PURPOSE = re.compile(r"^(?:促进|推动|支持|扶持|用于|保障|服务)|(?:发展|建设|改革)$")


# (not a noun the verb makes: 全面小康综合实现程度, 完成率, 实现度)
_VERB_INSIDE = re.compile(r"(?<=..)(?:实现|完成)(?!程度|度|率|值|情况)(?=..)")


def _scope_and_object(text: Text, start: int, end: int, verb: re.Match[str]) -> str:
    """飞地经济实现税收 -> 飞地经济税收: the scope stays, the verb goes; and a 将 or 要 before
    the verb (数字经济将实现增加值 -> 数字经济增加值), with what it closes when the object is
    an indicator of its own (七师将实现生产总值 -> 生产总值: 七师 is the sentence's subject)."""
    scope = text.name(start, start + verb.start())
    thing = text.name(start + verb.end(), end)
    said = next((w for w in ("预计", "将", "要") if simplified(scope).endswith(w)), "")
    if said:  # (规模以上工业企业预计实现利润: the estimate's word goes too)
        scope = "" if indicator_for(thing) is not None else scope[: -len(said)]
    return scope + thing


_CJK = "[\u4e00-\u9fff]"
_AN_ACRONYM_INSIDE = re.compile(rf"(?<={_CJK})[(（][A-Z][A-Za-z.&]{{1,5}}[)）](?=(?![级級]){_CJK})")


def _cleaned(name: str) -> str:
    """节能减排等指标 -> 节能减排; 生产总值(预计,下同) -> 生产总值 (nor an acronym's gloss:
    居民消费价格(CPI)涨幅); 经济增长目标 -> 经济增长.  Matched as the normalised text reads
    it (as_read: 水資源等指標 too), cut from the name as written."""
    # (but 财政总收入(市口径) and (省口径) are two measures, and 固定资产投资(区属) is the
    # district's own: a basis or a scope in brackets stays)
    name = re.sub(r"[(（](?![市省县区全地方]{1,2}口径|[市省县区]属)[^()（）]*[)）]$", "", name)
    name = re.sub(rf"^[(（](?:{lx.ESTIMATE_NOTE})[)）]", "", name)  # (预计)地区生产总值
    name = _AN_ACRONYM_INSIDE.sub("", name)  # (an acronym's gloss: 居民消费价格(CPI)涨幅)
    if re.fullmatch(r"[)）\]】、,;\s]+", name):
        return ""  # ), 、: a bracket's end left between names (湖北(10%以上)、海南(…))
    plain = as_read(name)  # one character for one: its offsets are the name's
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
_SCOPE_AFTER_A_PERIOD = re.compile(rf"({lx.PART_OF_YEAR})(?:[全我本]{lx.LEVEL})")

_NOT_THE_NAME = (
    # 农林牧渔业可比价总产值, 一产业现价增加值: how it is priced, inside the name too (of no
    # name: ADVERBS), and before it (现价地区生产总值); not 体现价值
    re.compile(
        r"(?<=..)按?(?:可比价|同口径)(?:计算)?(?=..)"
        r"|按?现价(?!值)(?:计算)?(?=[^,;。]*?(?:增加值|产值|生产总值|gdp|GDP|总量))"
    ),
    re.compile(r"等等?(?:指标|任务|目标|方面)?$"),
    # 节能减排各项约束性目标, 节能减排等各项目标任务: the words that say it is a target
    re.compile(r"(?<=..)(?:等|各项|主要|约束性)+(?:指标|目标|任务)*$"),
    re.compile(r"^年度(?=..)|(?<=[总产]值|总额)总量$"),  # 年度…约束性指标; 生产总值总量为…
    # 经济增长目标确定为5.5%, 新增就业目标1200万, 地区生产总值增长目标是指…增长6%: the
    # figure is the target, not its name.
    # (and 生产总值增长的预期目标为9%: the growth's target)
    re.compile(
        r"(?<=..)(?<!经济)(?:(?:增长|增速)的)?的?(?:增长|增速)?(?:预期)?目标(?:确定|设定|预设?|预定|设|定|值|是指|是)?$"
    ),
    re.compile(r"(?<=..)(?:省市|省|市|县|区)(?:定|下达)$"),  # 完成城镇就业市定目标任务
    # 经济预期增长目标为14%, 地区生产总值计划增长8% (but 占年度计划: the plan is the base)
    re.compile(r"(?<=..)(?<!年度)(?:预期|计划)$"),
    re.compile(r"(?<=节能|减排|节水|降耗|环保)指标$"),  # 完成节能减排指标: the targets' own
)


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
        return [part + head for part in short_forms(text, start, start + 2, traditional)]
    return []


# An amount that adds up over what a list names (新增节水和有效灌溉4万亩, 工业、农业农村投资35
# 亿元), as a count does; not a level each has (城镇和农村居民人均可支配收入3万元, PM2.5、PM10
# 浓度), nor a figure a qualifier ties to each (…以上).
_ADDS_UP = re.compile(r"(?:亩|公顷|平方米|平方公里|公里|千米|吨|元|美元|千瓦|立方米)$")
# Places listed (东坡区、仁寿县、彭山县地方公共财政收入; 东风村、红旗村突破100万元; 绵阳、宜宾超
# 3000亿元, two words alone): each has its own amount.
_PLACES = re.compile(
    rf"(?:其中)?[^、和\d]{{1,8}}(?:{lx.LEVEL}|村|街道)[、和]|(?:[^、和]{{2}}[、和])+[^、和]{{2}}$"
)
_EACH_ITS_OWN = re.compile(r"人均|户均|价|每|率|浓度|指数|水平|标准|密度|面积")
# A figure of an item's own inside a list, before the next item (推进142个重点项目、年度投资238.6
# 亿元), not a number that is part of a name (世界500强企业, 5G基站, 110千伏和35千伏…).
_A_FIGURE_INSIDE = re.compile(rf"\d[\d.]*[万亿千百]?(?:[{lx.COUNTING}人名]|%)[^、和]*[、和]")
# Each of them (工业和服务业增加值都超过100亿元), said right before the figure and its predicate
# (not 都 of 都市, nor 全部, "all of it": 全部完成…改造86个).
_EACH_SAID = re.compile(
    rf"(?<![年平{lx.PER}])均|都(?=$|已|达|超|突破|实现|完成|增长|在|为|是|有|居|保持|迈|获|取得)|"
    r"各(?=完成|达到|超过|突破|实现|增长|为|有)|各自|分别|双双"
)


def the_lists_total(subject: Subject, unit: str | None, pre: str, comparator: str) -> bool:
    """Whether a figure after a list (``subject.listed``) is the list's total: a count of
    things, or an amount that adds up and is said as a sum (not a threshold each crossed:
    攀枝花、雅安经济总量突破1000亿元), with no word of each said before it (``pre``)."""
    listed = simplified(subject.listed)
    if not listed or not unit or lx.QUALIFIER.search(listed) or _EACH_SAID.search(pre):
        return False
    if _A_FIGURE_INSIDE.search(listed):
        return False
    unit = simplified(unit)
    if lx.COUNT_UNIT.fullmatch(unit) or _PEOPLE.fullmatch(unit):
        return True
    return (_ADDS_UP.search(unit) is not None and _EACH_ITS_OWN.search(listed) is None
            and not _PLACES.match(listed) and comparator in _A_SUMS_COMPARATORS)  # fmt: skip


_A_SUMS_COMPARATORS = ("exact", "about", "nearly")
# People counted (引进紧缺急需和战略型人才255名, 培训农民和退役军人5000人): a total, as things
# counted are.  Not in lexicon.COUNT_UNIT, whose counts name what was done to them (…家庭适老化
# 改造, 1002人全部达到脱贫标准) where people are a level's (7万名…妇女).
_PEOPLE = re.compile(r"[万亿]?[人名]")
