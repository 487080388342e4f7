"""Where a figure's name begins and ends: the subject of a clause, less what a name never
keeps (list markers, time and scope words, adverbs, the verb it opens with, the
comparison it ends with), and subjects that share a head or a modifier, distributed.

Split from grammar.py, which reads the rest of a clause (the value, unit and qualifier).
"""

from __future__ import annotations

import re

from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.figures import Subject
from jfq.authoring.extract.text import Text
from jfq.search.normalize import simplified

# Shared heads that a coordinated subject distributes: 城乡居民 -> 城镇居民, 农村居民.
_EXPAND = {"城乡": ("城镇", "农村"), "城": ("城镇",), "乡": ("农村",), "农": ("农村",)}
_TRADITIONAL = {"城镇": "城鎮", "农村": "農村"}


def subject_before(
    text: Text, start: int, pre: str, *, each_later: bool = False, growth: bool = False
) -> Subject | None:
    """The subject in ``pre`` (normalised text from ``start`` up to a value), or None when
    ``pre`` holds none (the clause continues the previous subject).  ``each_later``: 分别
    comes later in the clause (城乡居民收入达到23292元和7750元、分别增长8.8%和10%)."""
    left = len(pre) - len(pre.lstrip(",、;:和与及或"))
    right = predicate_start(pre)
    change = re.search(r"(?:增幅|增速)$", pre) if growth and right == len(pre) else None
    if change is not None and change.start() - left >= 2:
        right = change.start()  # 固定资产投资增幅16%以上: the growth is the predicate's
    # 地区生产总值由2016年的503.11亿元增长到2020年的645.66亿元: the years say when, the
    # name is before 由, and the second figure is the same name's
    span = _FROM_TO.search(pre, left)
    if span is not None:
        if span.start() - left < 2:
            return None
        right = min(right, span.start())
    each = each_later or lx.EACH.search(pre, left) is not None
    cues = list(lx.TARGET_CUE.finditer(pre, left, right))
    if cues and pre[cues[-1].end() : right].strip(":,是为"):
        left = cues[-1].end()  # 主要预期目标是地区生产总值: the name follows the cue
        while left < right and pre[left] in ":,":
            left += 1
        marker = lx.MARKERS.match(pre, left, right)  # 预期目标是:一是地区生产总值
        left = marker.end() if marker is not None and marker.end() < right else left
    elif cues and cues[-1].start() - left >= 2:
        right = cues[-1].start()  # 漯河GDP预期目标为7%以上: the name is before it
    if pre[left:right].rstrip().endswith("(") and right - left > 2:
        right = pre.rindex("(", left, right)  # 湖北(10%以上): the figure is the name's, in brackets
    colon = _last_break(pre, left, right)
    opened = pre.rfind("(", left, right)
    if opened > pre.rfind(")", left, right):
        colon = max(colon, opened)  # an open bracket: (不含嘉兴港区,实现生产总值
    if colon >= left:
        left = colon + 1
    if lx.MARGIN.fullmatch(pre, left, right):
        return None  # 高于全国增速2.5个百分点: a margin of the figure before
    a, b = trimmed(pre, left, right)
    when = lx.WHEN.match(pre, a)  # (a lookahead of WHEN may read on past b: 五年|年均)
    if lx.LEAD_AT.fullmatch(pre, a, b):
        return None  # 力争今年增长10%: 今年 names nothing
    if pre[a:b] in ("由", "从"):
        return None  # 从7.36亿元增加到13.8亿元: from one figure of the subject to another
    if b - a > 2 and pre[b - 1] in "由从":
        b -= 1  # 高新技术企业数量由38家增加到89家: the name is before 由
    if b <= a or (when and when.end() >= b) or lx.AGAINST.fullmatch(pre, a, b):
        return None  # 五年年均增长, 比上年末提高: the clause goes on about the subject before
    if pre[a:b] == "经济" and pre.startswith("增长", b):
        b += 2  # 经济增长6.5%: the name is 经济增长, not 经济
    return coordinated(text, start + a, start + b, each)


_FROM_TO = re.compile(
    r"(?:由|从|(?:增长|增加|提高|提升|上升|下降|降低|减少)?(?:到|至))(?:19|20)\d\d年(?:末|底)?的?$"
)


def _in_brackets(text: str, start: int, at: int) -> bool:
    return text.count("(", start, at) > text.count(")", start, at)


def _last_break(pre: str, left: int, right: int) -> int:
    """The last ':' or ',' of pre[left:right] outside brackets: 生产总值(预计,下同)、财政总收入
    is one list of names, its aside's comma no break."""
    depth = 0
    for at in range(right - 1, left - 1, -1):
        char = pre[at]
        if char == ")":
            depth += 1
        elif char == "(":
            depth = max(0, depth - 1)
        elif char in ":," and depth == 0:
            return at
    return -1


# A year, a span of years (五年累计完成) or how many times (三次跨越千万标箱) before the
# predicate: when, not what.
# (not a base: 较2020年, 比2015年 are the comparison's, read by AGAINST)
_YEAR_AT_END = re.compile(
    r"(?:(?<![较比同与至到从由])(?:19|20)\d\d年(?:末|底|全年)?|[一二两三四五六七八九十]次|"
    r"[一二两三四五六七八九十]+年(?:来|间)?)$"
)


def predicate_start(pre: str) -> int:
    """Where the predicate (and the adverbs and comparison before it) begin at the end of
    ``pre``: 一般公共预算收入|同口径增长, 生产总值|较2015年增长."""
    end = len(pre)
    changed = True
    while changed:
        changed = False
        word = lx.PREDICATE_OR_ADVERB_AT_END.search(pre, 0, end)
        if (
            word is not None
            and word[0] == "均"
            and word.start() > 0
            and pre[word.start() - 1] in lx.PER
        ):
            word = None  # 人均, 户均, 地均: per head, household or km², not "each"
        if word is not None and word.end() == end:
            end = word.start()
            changed = True
        when = _YEAR_AT_END.search(pre, 0, end)  # 生产总值预计2011年达到316亿元: when, not what
        if when is not None and when.start() >= 2:
            end = when.start()
            changed = True
        for phrase in (lx.AGAINST, lx.MARGIN):
            against = phrase.search(pre, 0, end)
            if against is not None and against.end() == end and 0 < against.start() < end:
                end = against.start()
                changed = True
    return end


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) of ``text`` without the lead words, a clause's opening verb with its
    attributive (完成省下达的…任务), and the adverbs a name never keeps."""
    if end - start > 10:
        openers = [
            m
            for m in lx.OPENER.finditer(text, start, end)
            if not _in_brackets(text, start, m.start())
        ]  # (预计,下同) is an aside
        if openers and end - openers[-1].end() >= 2:
            start = openers[-1].end()
    changed = True
    verb_first = False
    while changed and start < end:
        changed = False
        when = lx.WHEN.match(text, start, end)
        if when is not None and when.end() < end:
            start = when.end()
            changed = True
        lead = lx.LEAD_AT.match(text, start, end)
        if verb_first and lead is not None and lead.group() not in lx.OWN_PLACE:
            lead = None  # after its verb, an object keeps its words (出台推动…政策措施)
        if lead is not None and lead.end() < end:
            start = lead.end()
            changed = True
        verb = lx.OPENING_VERB_AT.match(text, start, end)
        if verb is not None and end - verb.end() > 1 and not _bare(text, verb, end):
            start = verb.end()
            changed = verb_first = True
    if verb_first:
        start, end = object_of(text, start, end)
    else:
        start = _after_own_name(text, start, end)
        attributive = text.rfind("的", start, end)
        if attributive >= 0 and end - attributive > 4:  # 来源于惠州的财税总收入
            start = attributive + 1  # (but not …相当于全市生产总值的比例)
    where = _STANDING.search(text, start + 2, end)
    if where is not None:  # 新能源装机在全国率先破亿: where it stands is the predicate's
        end = where.start()
    while end > start and text[end - 1] in "的,、:":
        end -= 1
    per = _PER_WHAT.search(text, start + 2, end)  # 全员劳动生产率每人9.6万元: the unit's
    return start, per.start() if per is not None else end


_PER_WHAT = re.compile(r"每(?:人|户|亩|平方米|平方公里|栋|家)$")


def _bare(text: str, verb: re.Match[str], end: int) -> bool:
    """The object is one that names nothing without its verb (引进|项目, not 实施|项目)."""
    return (verb.group() not in lx.LIGHT_VERBS
            and lx.BARE_OBJECTS.fullmatch(text, verb.end(), end) is not None)  # fmt: skip


def _after_own_name(text: str, start: int, end: int) -> int:
    """城中区完成地区生产总值: past a government's name and the verb that follows it."""
    for verb in lx.OPENING_VERB_AT.finditer(text, start + 1, min(end, start + 12)):
        if text[verb.start() - 1] in "区市县省旗州镇" and end - verb.end() >= 2:
            return verb.end()
    return start


def object_of(text: str, start: int, end: int) -> tuple[int, int]:
    """A verb's object as a name: after its attributive (省下达的), without 各项 and a
    generic head (节能减排任务 -> 节能减排) when something is left."""
    attributive = text.rfind("的", start, end)
    if attributive >= 0 and end - attributive > 2:
        start = attributive + 1
    for word in ("各项", "各类", "全部", "所有"):
        if text.startswith(word, start, end):
            start += len(word)
    for head in lx.GENERIC_HEADS:
        left = text[start : end - len(head)]
        if text.endswith(head, start, end) and len(left) >= 2 and left not in lx.GENERIC_HEADS:
            return start, end - len(head)
    return start, end


def coordinated(text: Text, start: int, end: int, each: bool) -> Subject:
    """One name, or several that share a head or a modifier (城镇、农村居民人均可支配收入;
    城乡居民…分别; 单位地区生产总值能耗和二氧化碳排放量均)."""
    norm = text.norm[start:end]
    # without 分别 or 均, 和 and 及 join names that share a predicate too (A和B…下降); 与
    # may be "with" (居民消费价格指数与国家价格调控目标保持衔接)
    separators = r"、|和|与|及|以及" if each else _AND
    cuts = [
        (m.start(), m.end())
        for m in re.finditer(separators, norm)
        if norm.count("(", 0, m.start()) <= norm.count(")", 0, m.start())
        and not (norm.startswith("贷款", m.end()) and norm[m.start() - 1 : m.start()] == "存")
    ]  # (存、贷款余额 is one name of two, not a list's cut)
    names: list[str] = []
    joined = re.search(r"(?<=..)存、?贷款(?=.)", norm)
    if joined is not None and not cuts and (each or "、" in joined[0]):
        return Subject(_two_if_deposits_and_loans(text.name(start, end), each), start, True)
    category = re.search(r"等(?=[^、等]{2,}$)", norm) if cuts else None
    if category is not None and lx.NOT_A_CATEGORY.fullmatch(norm, category.end()):
        category = None  # 生态环境质量、能源、水资源等指标: the items are the names
    if category is not None:  # 大葱、高粱、香菇等特色种植: one row, the category's
        return Subject([text.name(start + category.end(), end)], start)
    if cuts:
        pieces = []
        previous = 0
        for a, b in cuts:
            pieces.append((previous, a))
            previous = b
        pieces.append((previous, len(norm)))
        traditional = text.name(start, end) != norm
        names = _distributed(text, start, pieces, traditional, each)
    elif each:
        names = _expanded(text, start, end)
    verb = _VERB_INSIDE.search(norm)
    if not names and verb is not None:  # 飞地经济实现税收: the scope stays, the verb goes
        names = [text.name(start, start + verb.start()) + text.name(start + verb.end(), end)]
    if not names:
        names = [text.name(start, end)]
    names = [n for name in names for n in _two_if_deposits_and_loans(name, each)]
    names = [_cleaned(name) for name in names if _cleaned(name)]
    listed = _cleaned(text.name(start, end)) if cuts and not each else ""
    return Subject(names, start, each and len(names) > 1, listed=listed)


# Where a figure stands or what it builds on: the predicate's (在全国率先, 在2020年基础上)
_STANDING = re.compile(
    r"在(?:全国|全省|全市|全区|全州|全县|西部|中部|东部|同类|[^,;。]{0,8}基础上)"
)
_VERB_INSIDE = re.compile(r"(?<=..)(?:实现|完成)(?=..)")


def _cleaned(name: str) -> str:
    """节能减排等指标 -> 节能减排 (等 closes a list); 生产总值(预计,下同) -> 生产总值 (a
    note in brackets is no part of a name); 经济增长目标 -> 经济增长.  Matched on the
    simplified form (水資源等指標 too), cut from the name as written."""
    name = re.sub(r"[(（][^()（）]*[)）]$", "", name)
    if re.fullmatch(r"[)）\]】、,;\s]+", name):
        return ""  # ), 、: a bracket's end left between names (湖北(10%以上)、海南(…))
    plain = simplified(name)  # one character for one: its offsets are the name's
    for words in _NOT_THE_NAME:
        found = words.search(plain)
        if found is not None:
            name = name[: found.start()] + name[found.end() :]
            plain = plain[: found.start()] + plain[found.end() :]
    return name


_NOT_THE_NAME = (
    re.compile(r"等等?(?:指标|任务|目标|方面)?$"),
    # 节能减排各项约束性目标, 节能减排等各项目标任务: the words that say it is a target
    re.compile(r"(?<=..)(?:等|各项|约束性)+(?:指标|目标|任务)*$"),
    re.compile(r"^年度(?=..)"),  # (国家下达的)年度节能减排约束性指标
    # 经济增长目标确定为5.5%, 新增就业目标1200万: the figure is the target, not its name.
    re.compile(r"(?<=..)(?<!经济)(?:增长|增速)?(?:预期)?目标(?:确定|设定|定|值)?$"),
    re.compile(r"(?<=..)(?:省市|省|市|县|区)(?:定|下达)$"),  # 完成城镇就业市定目标任务
)


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
    parallel = (
        3 < first_len <= 6 and first[-2:] == last[first_len - 2 : first_len]
    )  # 城镇居民、农村居民…
    if (0 < first_len <= 3 or parallel) and last_end - last_start - first_len >= 2:
        head = text.name(start + last_start + first_len, start + last_end)
        return [
            part + head
            for a, b in [*pieces[:-1], (last_start, last_start + first_len)]
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
    if each and measure is not None and len(first) > len(measure) + 2:
        modifier = text.name(start + first_start, start + first_end - len(measure))
        rest = [text.name(start + a, start + b) for a, b in pieces[1:] if b > a]
        return [text.name(start + first_start, start + first_end), *(modifier + r for r in rest)]
    per_unit = lx.PER_UNIT.match(first)
    if per_unit is not None and len(first) - per_unit.end() >= 2:  # 万元GDP建设用地、水耗
        modifier = text.name(start + first_start, start + first_start + per_unit.end())
        rest = [text.name(start + a, start + b) for a, b in pieces[1:] if b > a]
        whole = text.name(start + first_start, start + first_end)
        # only a bare measure (水耗) is per unit: 主要污染物排放量 is a total
        return [whole, *(modifier + r if len(r) <= 3 else r for r in rest)]
    return [text.name(start + a, start + b) for a, b in pieces if b > a]


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
    return len(head)


# 和 of a list, not of a word (和谐, 总和, 缓和); not 及, which joins one item's parts
# (新增减税降费及退税缓费) and ends verbs (惠及, 涉及)
_AND = r"、|(?<![总调缓温柔暖饱融祥议共中])和(?![谐平睦美])"


def _two_if_deposits_and_loans(name: str, each: bool) -> list[str]:
    """金融机构存、贷款余额 (alone or in a longer list), or 存贷款余额 with a value for
    each (分别, or a run of values): its 存款余额 and its 贷款余额, in the name's own
    characters; any other name as it is.  存贷款余额 with one value is their sum."""
    joined = re.search(r"(?<=..)存、?贷款(?=.)", simplified(name))
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


# -- clauses without a number -------------------------------------------------------------------
