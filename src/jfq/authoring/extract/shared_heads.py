"""How the conjuncts of a list share a head, a modifier or a measure (城镇、农村|居民人均可支配
收入; 单位地区生产总值|能耗和二氧化碳排放量; PM2.5、PM10|年均浓度).  Split from
coordination.py, which finds the conjuncts and cleans the names these make."""

from __future__ import annotations

import re

from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.indicators import indicator_for, is_an_indicator
from jfq.authoring.extract.list_heads import ONE_NAME, products_measured_twice
from jfq.authoring.extract.text import Text
from jfq.search.normalize import simplified

# Shared heads that a coordinated subject distributes: 城乡居民 -> 城镇居民, 农村居民.
_EXPAND = {"城乡": ("城镇", "农村"), "城": ("城镇",), "乡": ("农村",), "农": ("农村",)}

_TRADITIONAL = {"城镇": "城鎮", "农村": "農村"}
_URBAN_AND_RURAL = (*_EXPAND, "城镇", "农村")


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
        # 城镇和农村牧区|常住居民人均可支配收入, 汽车和化工新材料|产业产值: an own part
        # longer than the first's (not past a share's 占: 税收收入和非税收入|占…的比重)
        share = last.find("占", cut)
        later = (p for p in range(cut + 1, share if share > 0 else len(last) - 3)
                 if last.startswith(_HEAD_OPENINGS, p))  # fmt: skip
        cut = next(later, cut)
    # (全口径和区级|地方财政收入: not inside the name of an indicator a reader knows)
    inside = (p for p in range(1, cut)
              if is_an_indicator(last[p:]) and not first.endswith(last[p:cut]))  # fmt: skip
    known = next(inside, cut)
    sooner = (p for p in range(1, known) for word in _HEAD_OPENINGS
              if last.startswith(word, p) and word not in first)  # fmt: skip
    return next(sooner, known)


# What says a conjunct measures something of its own (not 集成电路, 生物医药: industries).
_MEASURES = re.compile(r"产业|产值|收入|投资|增加值|总额|规模|率|量|数")


def _industries_named(first: str, last: str, first_len: int, cut: int) -> bool:
    """集成电路、生物医药、人工智能|产业规模分别达到…: industries named bare, the last with the
    head of measure each gets (the first measures nothing of its own)."""
    return 3 < first_len <= 8 and not _MEASURES.search(first) and last.startswith("产业", cut)


# The head of measure two words alike share, the first after a modifier they share too
# (金融机构存款、贷款余额; 货物进口、出口总额), not a name of its own (就业、失业人员再就业人数).
_TWIN_HEAD = re.compile(r"(?:余额|总额|总值|总量|增速|增幅|额|量|规模)$")
# The head of an income a population's name opens (城镇居民|人均可支配收入).
_INCOME = re.compile(r"人均(?:可支配|纯)?收入")
_PEOPLE_END = re.compile(r"(?:居民|家庭|农民)$")  # (not 城镇和农村居民…: 城镇 takes 居民 too)


def distributed(
    text: Text,
    start: int,
    pieces: list[tuple[int, int]],
    *,
    traditional: bool,
    each: bool,
    first_len: int,
) -> list[str]:
    """Conjuncts with what they share: the head the last one has beyond the first's length,
    when the first is short (城镇、农村居民… ; 焦化、煤炭先进产能), or after 的 or their 业 when
    the others are sectors (服务业、…和高新技术产业的投资; 金融业、房地产业增加值), or the
    first's modifier before a head of measure (单位地区生产总值能耗和二氧化碳排放量);
    ``first_len``: the first's length without what no name keeps (coordination._cleaned)."""
    norm = text.norm
    first_start, first_end = pieces[0]
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
    income = _INCOME.search(last)
    if len(pieces) == 2 and income and income.start() >= 2 and _PEOPLE_END.search(first):
        # (城镇居民和农村家庭人均可支配收入: the income is both's, whoever's it is)
        head = text.name(start + last_start + income.start(), start + last_end)
        return [text.name(start + first_start, start + first_end) + head,
                text.name(start + last_start, start + last_end)]  # fmt: skip
    listed_head = (_sectors_head_after_of(text, start, pieces) or _sectors_head(text, start, pieces)
                   or _twins_head(text, start, pieces))  # fmt: skip
    if listed_head:
        return listed_head
    parallel = 3 < first_len <= 6 and first[-2:] == last[first_len - 2 : first_len]  # 城镇居民、…
    middles = [norm[start + a : start + b] for a, b in pieces[1:-1]]
    cut = _last_ones_own(first, last, first_len, middles)
    industries = each and _industries_named(first, last, first_len, cut)
    if (
        (0 < first_len <= 3 or parallel or industries)
        and last_end - last_start - first_len >= 2
        and not _each_a_name(first, last, cut)
    ):
        head = text.name(start + last_start + cut, start + last_end)
        sectors = simplified(head).startswith("业")  # (农、林、牧、渔业产值: 农业, not 农村)
        parts = [(start + a, start + b) for a, b in [*pieces[:-1], (last_start, last_start + cut)]]
        named = _parts_named(text, parts, sectors=sectors, traditional=traditional)
        return [part + head for forms in named for part in forms]
    return (
        (_before_the_firsts_verb(text, start, pieces) if each else [])
        or (_the_firsts_modifier(text, start, pieces) if each else [])
        or _each_per_unit(text, start, pieces)
        or products_measured_twice(text, start, [(a, b) for a, b in pieces if b > a])
    )


def _the_middles_ending(middles: list[str], head: str) -> int:
    """How much of what would be the head the conjuncts between the first and the last end
    on, which is the last's own too (超市、便利店、百货店、专业店和专卖店|零售额: not 店零售额)."""
    if len(middles) < 2:
        return 0
    alike = min(common_tail(middles[0], other) for other in middles[1:])
    ending = middles[0][len(middles[0]) - alike :]
    return alike if alike and head.startswith(ending) and len(head) - alike >= 2 else 0


def _last_ones_own(first: str, last: str, first_len: int, middles: list[str]) -> int:
    """How much of the last conjunct is its own, before the head the others share: a division
    of industries' name but its kind, where it makes things (汽车、电气机械和器材制造业: 制造业
    is the head; not 加工 or 服务: 钢铁、有色金属冶炼和压延加工业 and 金融、租赁和商务服务业 are
    sectors each); and what the ``middles`` between end on."""
    division = ONE_NAME.match(last)
    if division is not None and division[0].endswith("制造") and first_len > 0:
        return len(division[0]) - 2
    own = _own_part(first, last, first_len) if 0 < first_len < len(last) else 0
    return own + _the_middles_ending(middles, last[own:])


def _twins_head(text: Text, start: int, pieces: list[tuple[int, int]]) -> list[str]:
    """金融机构存款、贷款余额: two words alike (存款, 贷款), the first after a modifier they share
    and the last before a head of measure they share (_TWIN_HEAD)."""
    (first_start, first_end), (last_start, last_end) = pieces[0], pieces[-1]
    first, last = (
        text.norm[start + first_start : start + first_end],
        text.norm[start + last_start : start + last_end],
    )
    if (
        len(pieces) != 2
        or len(first) <= 2
        or first[-1] != last[1:2]
        or not _TWIN_HEAD.match(last, 2)
    ):
        return []
    head = text.name(start + last_start + 2, start + last_end)
    prefix = text.name(start + first_start, start + first_end - 2)
    return [text.name(start + first_start, start + first_end) + head,
            prefix + text.name(start + last_start, start + last_end)]  # fmt: skip


def _before_the_firsts_verb(text: Text, start: int, pieces: list[tuple[int, int]]) -> list[str]:
    """规模以上工业实现销售收入、利税、利润…分别增长: what the first has before its verb is
    every conjunct's (规模以上工业利税)."""
    first_start, first_end = pieces[0]
    first = text.norm[start + first_start : start + first_end]
    verb = re.search(r"实现|完成", first)
    if verb is None or verb.start() < 2 or len(first) - verb.end() < 2:
        return []
    modifier = text.name(start + first_start, start + first_start + verb.start())
    own = (first_start + verb.end(), first_end)
    return [modifier + text.name(start + a, start + b) for a, b in [own, *pieces[1:]] if b > a]


def _each_per_unit(text: Text, start: int, pieces: list[tuple[int, int]]) -> list[str]:
    """万元GDP建设用地、水耗: the first's measure per unit is a bare measure's after it, and
    carbon's, whose intensity is set beside energy's (能耗和二氧化碳排放量); 主要污染物排放量
    is a total."""
    first_start, first_end = pieces[0]
    first = text.norm[start + first_start : start + first_end]
    per_unit = lx.PER_UNIT.match(first)
    if per_unit is None or len(first) - per_unit.end() < 2:
        return []
    modifier = text.name(start + first_start, start + first_start + per_unit.end())
    rest = [text.name(start + a, start + b) for a, b in pieces[1:] if b > a]
    whole = text.name(start + first_start, start + first_end)
    return [whole, *(modifier + r if len(r) <= 3 or _CARBON.match(simplified(r)) else r
                     for r in rest)]  # fmt: skip


def _the_firsts_modifier(text: Text, start: int, pieces: list[tuple[int, int]]) -> list[str]:
    """A head of measure the first writes after its modifier, the others alone (单位地区生产
    总值能耗和二氧化碳排放量; 一般公共预算收入、支出, the other side of one account): each
    of the others with the first's modifier; [] for any other list."""
    norm = text.norm
    first_start, first_end = pieces[0]
    first = norm[start + first_start : start + first_end]
    measure = next((h for h in lx.MEASURE_HEADS if first.endswith(h)), None)
    paired = next((h for h, scope in _PAIRED.items()
                   if first.endswith(h) and scope.search(first[: -len(h)])), None)  # fmt: skip
    if paired is not None and all(norm[start + a : start + b] in _PAIRED for a, b in pieces[1:]):
        measure = paired
    if measure is None or len(first) < len(measure) + 2 + (measure != paired):
        return []
    modifier = text.name(start + first_start, start + first_end - len(measure))
    rest = [text.name(start + a, start + b) for a, b in pieces[1:] if b > a]
    # (化学需氧量排放量和二氧化硫排放量: a conjunct with a modifier of its own shares none;
    # a measure per unit, 单位增加值能耗, is its own only with the scope: 规模以上工业能耗和…)
    kept = [r if _own_measure(r, measure, modifier) else modifier + r for r in rest]
    return [text.name(start + first_start, start + first_end), *kept]


def _sectors_head(text: Text, start: int, pieces: list[tuple[int, int]]) -> list[str]:
    """Sectors named by their 业 that share what the last writes after its own (金融业、房地产
    业增加值: 金融业增加值, not 金融业产业增加值, a head found inside 房地产业; 批发零售业、住宿
    餐饮业营业收入), or [] for any other list."""
    norm = text.norm
    last_start, last_end = pieces[-1]
    last = norm[start + last_start : start + last_end]
    sector = _A_SECTORS_YE.search(last)
    own = sector.end() if sector else 0
    others = [norm[start + a : start + b] for a, b in pieces[:-1]]
    if (
        not own
        or not 2 <= len(last) - own <= 16
        or "分别" in last
        or not all(_A_SECTORS_YE.fullmatch(o[-2:]) for o in others)
    ):
        return []
    head = text.name(start + last_start + own, start + last_end)
    return [*(text.name(start + a, start + b) + head for a, b in pieces[:-1]),
            text.name(start + last_start, start + last_end)]  # fmt: skip


# The 业 that ends a sector's or an enterprise's name (建筑业, 服务业; 上市企业、挂牌企业总数),
# not one inside another word (就业, 失业, 创业, 事业, 职业, 毕业, 学业, 作业, 营业, 物业,
# 专业: the second review's lists of jobs and pensions, and the words 业 ends most often).
_A_SECTORS_YE = re.compile(r"[^就失创事职毕学作营物专]业")


def _sectors_head_after_of(text: Text, start: int, pieces: list[tuple[int, int]]) -> list[str]:
    """Sectors that share the head the last writes after 的 (服务业、装备制造和高新技术产业的
    投资: each one's 投资), or [] for any other list: not 粮食产量和农民的收入, 城镇和农村居民的
    收入, 工业投资、民间投资和基础设施的投资, nor 第一、第二产业对经济增长的贡献率."""
    last_start, last_end = pieces[-1]
    last = text.norm[start + last_start : start + last_end]
    of = last.rfind("的")
    others = [text.norm[start + a : start + b] for a, b in pieces[:-1]]
    if (
        of <= 0
        or not 2 <= len(last) - of - 1 <= 4
        or not all(_A_SECTOR.search(o) and not o.endswith(last[of + 1 :]) for o in others)
        or _A_SECTOR_S_ASPECT.search(last, 0, of)
    ):
        return []
    head = text.name(start + last_start + of + 1, start + last_end)
    return [text.name(start + a, start + b) + head
            for a, b in [*pieces[:-1], (last_start, last_start + of)]]  # fmt: skip


_A_SECTOR = re.compile(r"(?<=.)(?:业|制造)$")
_A_SECTOR_S_ASPECT = re.compile(r"[对在占]|中$")


def _own_measure(name: str, measure: str, modifier: str) -> bool:
    plain = simplified(name)
    scoped = not _per_unit(plain) or _per_unit(simplified(modifier))  # (单位GDP能耗和单位…)
    return plain.endswith(measure) and len(plain) > len(measure) and scoped


def _per_unit(name: str) -> bool:
    return lx.PER_UNIT.match(name) is not None or name.startswith(("单位", "万元", "每"))


def _each_a_name(first: str, last: str, cut: int) -> bool:
    """GDP、…、社会消费品零售总额: conjuncts that are each an indicator a reader knows share
    no head (no GDP费品零售总额), unless what the last shares is one too (城镇、农村|居民人均
    可支配收入)."""
    return is_an_indicator(first) or (is_an_indicator(last) and indicator_for(last[cut:]) is None)


def one_character_takes_the_next_head(names: list[str]) -> list[str]:
    """节能减排、水和大气环境质量: a conjunct of one character is no name alone, and shares
    the head the one after it opens (水环境质量: _HEAD_OPENINGS), as a short first one does
    (distributed)."""
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
# (and an output's measures: 规模以上工业总产值、增加值; 工业总产值、销售和利税; 规模以上工业
# 总产值、主营业务收入、利税)
_PAIRED = {"收入": _BUDGET, "支出": _BUDGET, "进口": _ANY_SCOPE, "出口": _ANY_SCOPE,
           "存款": _ANY_SCOPE, "贷款": _ANY_SCOPE, "总产值": _ANY_SCOPE,
           "增加值": _ANY_SCOPE, "销售": _ANY_SCOPE, "销售收入": _ANY_SCOPE, "利税": _ANY_SCOPE,
           "利润": _ANY_SCOPE, "主营业务收入": _ANY_SCOPE,
           "营业收入": _ANY_SCOPE}  # fmt: skip  # (二氧化碳排放总量 is a total)


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


def _parts_named(
    text: Text, parts: list[tuple[int, int]], *, sectors: bool, traditional: bool
) -> list[list[str]]:
    """Each conjunct's name: 城、乡 are 城镇 and 农村 (short_forms), but not the 乡 of
    县、乡级…覆盖率, a level among levels, nor the 农 of 农、林、牧、渔业 (``sectors``)."""
    short = not sectors and all(text.norm[a:b] in _URBAN_AND_RURAL for a, b in parts)
    return [short_forms(text, *p, traditional) if short else [text.name(*p)] for p in parts]


def short_forms(text: Text, start: int, end: int, traditional: bool) -> list[str]:
    """城 -> 城镇, 乡 -> 农村, 城乡 -> 城镇 and 农村, in the original's characters."""
    norm = text.norm[start:end]
    if norm not in _EXPAND:
        return [text.name(start, end)]
    return [_TRADITIONAL[w] if traditional else w for w in _EXPAND[norm]]
