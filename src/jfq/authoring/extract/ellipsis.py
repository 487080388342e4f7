"""What a figure's name leaves to the figure before it: a head alone (总数达1053家, 产量
5.56万吨, 增幅位居全市第一, 人均达到4382元) takes the subject said before it, and a name
after 、 that writes only what tells it apart (…、外资381万美元) takes that one's scope, and
one that names nothing without its verb (…、项目21个) the verb that opens the list.
"""

from __future__ import annotations

import re

from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.figures import Subject, last_said
from jfq.authoring.extract.shared_heads import common_tail
from jfq.authoring.extract.text import Text
from jfq.search.normalize import simplified

# per head, per km² of the subject before (户均 is said of its own: 户均增收3000元)
_PER_HEADS = ("人均", "地均")


# A pull on the economy said alone after the sectors (分别拉动GDP增长0.9个百分点).
_EACH_PULLS = re.compile(r"(?:分别)?(拉动(?:gdp|地区生产总值|生产总值|经济))", re.IGNORECASE)
_SECTOR = re.compile(r"第?[一二三]次?产业|[一二三]产")


def _each_sectors_pull(found: Subject, before: Subject) -> Subject | None:
    """一、二、三产业对…的贡献率分别为…,分别拉动GDP增长0.9个、2.7个和4.1个百分点: each
    sector's pull on the economy, named as the corpus's readers name it (said once, 拉动GDP增长
    6.8个百分点 after the sectors is their pull together: the caller's ``count`` is 1)."""
    pulls = _EACH_PULLS.fullmatch(simplified(found.names[0]))
    sectors = [m.end() for n in before.names if (m := _SECTOR.match(simplified(n)))]
    if len(before.names) < 2 or pulls is None or len(sectors) != len(before.names):
        return None
    written = found.names[0]
    pull = written[pulls.start(1) :] + ("增长" if simplified(written) == written else "增長")
    names = [n[:end] + pull for n, end in zip(before.names, sectors, strict=True)]
    return Subject(names, found.start, respectively=True)


def _in_turn(found: Subject, before: Subject, count: int) -> Subject | None:
    """地区生产总值增长7.2%,一般公共预算收入增长8.1%,增速分居…: a growth or total alone,
    ``count`` of them in turn, of the names said last, in order."""
    head = simplified(found.names[0])
    if head not in (*lx.CHANGES_ALONE, *lx.TOTAL_WORDS):
        return None
    said = last_said([*before.earlier, before.names[0]], count)
    names = [n if head in lx.TOTAL_WORDS else n + found.names[0] for n in said]
    return Subject(names, found.start, respectively=True) if len(names) == count else found


# A part of a region (or the whole of it) said alone after a figure of the whole.
_SCOPE_PARTS = (
    "国家级",
    "省级",
    "市级",
    "区级",
    "县级",
    "本级",
    "市本级",
    "县本级",
    "区本级",
    "全市",
    "全县",
    "全区",
)


_A_LEVEL = re.compile(
    r"(?:(?:国家|省|市|县|区|乡镇?)(?:本)?级|全[市县区]|市本级|县本级|区本级)(?:及?以上)?"
)
# A name's verb and its level, either or both (新增国家级…, 新增…, 国家重点实验室, 中央预算内投资):
# a level said alone after it (省级14个) stands between them.
_LEVELS_VERBS = sorted({*lx.NAMING_VERBS, "新增", "累计"}, key=len, reverse=True)
_VERB_AND_LEVEL = re.compile(
    rf"(?P<lead>(?:{'|'.join(_LEVELS_VERBS)})?)(?:{_A_LEVEL.pattern}|国家|中央|全国|中国)?"
)  # (引进国家级人才12人、省级35人: 引进省级人才)


def said_before(found: Subject, before: Subject | None, unit: str | None = None,
                count: int = 1, *, bare: bool = False) -> Subject:  # fmt: skip
    """A head alone takes the subject said before it: 新增规上工业企业189家,总数达1053家
    (规上工业企业总数); 粮食播种面积33.05万亩,产量5.56万吨 (粮食产量).  ``count``: the values
    said in turn (after 分别, 分居 or in a run), which as many names said before take, each
    their own (see _each_sectors_pull and _in_turn); ``bare``: nothing comes before the head
    in its clause (利润增长15%, not 实现利润40亿元, a clause of its own verb)."""
    if before is None or len(found.names) != 1:
        return found
    if simplified(found.names[0]) in _SCOPE_PARTS:
        return _a_part(found, before, count)
    if len(before.names) > 1 and simplified(found.names[0]) in lx.CHANGES_ALONE:
        # A、B、C分别增长6.2%、19.3%、35.8%,增速位居全市第四、第三、第二: each one's growth
        return Subject([n + found.names[0] for n in before.names], found.start, respectively=True)
    pulls = _each_sectors_pull(found, before) if count > 1 else None
    if pulls is not None:
        return pulls
    if len(before.names) != 1:
        return found
    head, name = found.names[0], before.names[0]
    in_turn = _in_turn(found, before, count) if count > 1 else None
    if in_turn is not None:
        return in_turn
    if simplified(name).endswith(lx.CHANGES_ALONE) and len(name) > 4:
        name = name[:-2]  # 增速居全省第3位,总量居全市第二: 地区生产总值's, not its growth's
    if simplified(head) in _PER_HEADS and simplified(head) != simplified(name)[:2]:
        # …地区生产总值达到13.9亿元,人均达到4382元; 人均突破31万元、地均迈上76亿元/平方公里
        per = 2 if simplified(name).startswith(_PER_HEADS) else 0
        return Subject([head + name[per:]], found.start)
    done = _paid_in(head, name, before, unit) or _traded_too(head, before, unit)
    done = done or (_the_same_ones(head, name) if bare else None)
    if done is not None:  # (合同利用外资…,实际到位…; 生产汽车8.2万辆,出口6.5万辆)
        return Subject([done], found.start)
    if simplified(head) in _CONVERTED and unit not in lx.PER_CENT:  # …,约合1.5万美元: the same
        return Subject([name], found.start)
    if lx.PART_OF_YEAR_AT.fullmatch(simplified(head)):  # …增长5.2%,特别是四季度增长12%
        return Subject([head + of_the_whole_year(name)], found.start)
    if simplified(head) not in (*lx.HEADS_ALONE, *lx.CHANGES_ALONE):
        return found
    return _head_of(found, before, head, name)


def _head_of(found: Subject, before: Subject, head: str, name: str) -> Subject:
    """A head said alone (总数, 产量, 增速, 完成率) as the head of the one name said before."""
    if simplified(head) == "总投资" and not _counted(before, name):
        return found  # 项目质量持续提升,总投资98亿元的…; 完成投资369.7亿元,其中总投资570亿元
    plain = simplified(name)  # (one character for one: offsets in it are the name's)
    if simplified(head) in lx.CHANGES_ALONE:  # 增速居全市第2位: the growth's rank
        return Subject([name + head], found.start)
    if simplified(head) in lx.TOTAL_WORDS and lx.TOTALS.search(plain):
        return Subject([name], found.start)  # 地区生产总值…,总量居全省第3: 地区生产总值's
    replaced = lx.HEADS_REPLACED.search(plain)  # 规上工业总产值…,增加值增长13.5%
    if replaced is None and simplified(head) in lx.HEADS_THAT_REPLACE:
        return found  # 营业收入100亿元,增加值增长5%: no 营业收入增加值
    if replaced is None and simplified(head) in ("总产量", "总产") and before.figures:
        return found  # (…单产380公斤,总产量68.4万吨: a yield is no product; but 粮食连续五年
        # 增产,总产量…, a clause with no figure, names the product)
    if plain.endswith(simplified(head)):
        return Subject([name], found.start)  # …投资完成率154%,完成率排名全省第三: the rate's
    if simplified(head) == "完成率" and (plain.endswith("率") or plain.startswith("占")):
        return found  # (开工率95%,完成率87%; 占…的74.5%,完成率102%: no rate of a rate)
    cut = replaced.start() if replaced else len(plain)
    # (新谋划重点项目: 新 is part of what was planned; 新增…人才,完成率…: the new ones' rate)
    lead = _NEW_OR_TOTAL.match(plain) if simplified(head) != "完成率" else None
    begin = lead.end() if lead is not None and cut - lead.end() >= 2 else 0
    return Subject([name[begin:cut] + head], found.start) if cut - begin >= 2 else found


def _a_part(found: Subject, before: Subject, count: int) -> Subject:
    """A level or a part alone (全市…2521.6亿元,其中市级1689.4亿元; 完成财政总收入…、一般公共
    预算收入…,市级分别为198.4亿元、124.1亿元; 国家级…企业4家、省级88家): each name said before,
    at this level (``count`` values said in turn: the last as many names the sentence gave)."""
    head = "" if found.names[0].startswith("全") else found.names[0]
    # each name without the level it was said of (其中市本级78.2亿元、县级126.5亿元; none for
    # levels listed alone, 省级15家、市级42家, each its own), and the verb before that level
    # first (新增国家级高新技术企业4家、省级88家: 新增省级高新技术企业)
    given, leads = [], {}
    for name in [*before.earlier, *(f.name for f in before.figures), *before.names]:
        verb_and_level = _VERB_AND_LEVEL.match(simplified(name))  # (empty where none is said)
        cut = verb_and_level.end() if verb_and_level is not None else 0
        if cut and verb_and_level is not None:
            leads[name[cut:]] = verb_and_level["lead"]
        given.append(name[cut:])
    said = last_said((n for n in given if len(n) >= 2), max(1, count))
    names = [leads.get(name, "") + head + name for name in said]
    return Subject(names, found.start, respectively=len(names) > 1) if names else found


# Funds contracted, then the part paid in, said with its verb alone (合同利用市外内资13.79亿元,
# 实际到位4.95亿元: 实际到位市外内资).
# (only funds: not 合同利用外资项目12个, 合同总投资, 合同成交额 or 合同引资)
_CONTRACTED = re.compile(r"合同(?:利用|引进|使用)(?P<what>[^项]*(?:外资|内资|资金|(?<!总)投资))")
_PAID_IN = ("实际到位", "实际利用", "实际使用", "实际到账", "到位", "到账")


def _paid_in(head: str, name: str, before: Subject, unit: str | None) -> str | None:
    """实际到位外资 for 实际到位 after 合同利用外资…: the funds paid in of the funds contracted,
    in money both; None for any other head."""
    contracted = _CONTRACTED.fullmatch(simplified(name))
    if contracted is None or simplified(head) not in _PAID_IN or not _money(before, unit):
        return None
    return head + name[contracted.start("what") :]


# An entity's measures, said alone after another of the same entity's (规模以上工业企业增加值
# 增长19%,利润增长15%; 一般公共预算收入…,支出80.35亿元): the entity is the name
# before's, its own measure replaced.
_ENTITYS_MEASURE = re.compile(
    r"(?:增加值|总产值|产值|营业收入|主营业务收入|营收|收入|利润总额|利润|税收|支出|存款余额|"
    r"贷款余额|销量|销售额)$"
)
# (not 税收, a part of a revenue, nor 贷款余额 after 存款余额, a bank's whole, nor 出口
# after a sector's 增加值, the nation's trade: readers leave them bare more often than not)
_MEASURES_ALONE = frozenset(("利润", "利润总额", "支出", "营收", "销售额"))


def _the_same_ones(head: str, name: str) -> str | None:
    """规模以上工业企业利润 for 利润 after 规模以上工业企业增加值; None unless ``head`` is an
    entity's measure and ``name`` is another measure of an entity it names (not a person's
    income: 城镇居民人均可支配收入…,支出 is no 人均可支配支出)."""
    plain = simplified(name)
    measure = _ENTITYS_MEASURE.search(plain)
    if simplified(head) not in _MEASURES_ALONE or measure is None or measure.start() < 2:
        return None
    if measure[0] == simplified(head) or plain.endswith(("可支配收入", "纯收入", "人均收入")):
        return None
    return name[: measure.start()] + head


def _traded_too(head: str, before: Subject, unit: str | None) -> str | None:
    """出口新能源汽车 for 出口 after 生产新能源汽车8.2万辆 (in the same unit); None otherwise."""
    traded = _traded(_owner(before)) if simplified(head) in _TRADING else ""
    return head + traded if traded and _same_goods(before, unit) else None


def _money(before: Subject, unit: str | None) -> bool:
    """Whether the figure before and this one are both sums of money (…万美元, …亿元)."""
    said = before.figures[-1].unit if before.figures else None
    return bool(unit and said and "元" in unit and "元" in said)


# A level said again in another unit (…9.5万元,约合1.5万美元; 折合…).
_CONVERTED = ("约合", "折合", "合计约")


# Verbs of making and trading that a clause says alone after another's object (生产新能源
# 汽车8.2万辆,出口6.5万辆: 出口新能源汽车), in a closed list: any verb would take any name.
_TRADING = ("生产", "出口", "进口", "销售", "出栏", "存栏", "产销", "外销", "内销")


def _same_goods(before: Subject, unit: str | None) -> bool:
    """Whether the figure is a quantity of goods (万辆, 万头; not an amount of money or a
    rate) that a figure of the name before was counted in too: 生产总值5000亿元,出口增长
    8.5% and 生产用电量45亿千瓦时,销售38亿千瓦时 lend no object."""
    if not unit or "元" in unit or unit in (*lx.PER_CENT, "‰") or "千瓦" in unit:
        return False
    return any(simplified(f.unit or "") == simplified(unit) for f in before.figures)


def _owner(before: Subject) -> str:
    """The name said before, or what its share was of (生产汽车8.2万辆、占全省的20.5%)."""
    return next((f.share_of for f in before.figures if f.share_of), before.names[0])


def _traded(name: str) -> str:
    """The object after a verb of _TRADING that a name opens with, or ""."""
    plain = simplified(name)
    verb = next((v for v in _TRADING if plain.startswith(v)), None)
    return name[len(verb) :] if verb is not None and len(plain) - len(verb) >= 2 else ""


def of_the_whole_year(name: str) -> str:
    """A name without the part of the year it opens with (上半年地区生产总值 -> 地区生产总值):
    what a later clause of the whole year (全年增长5.5%) or of another part measures."""
    part = lx.PART_OF_YEAR_AT.match(simplified(name))
    if part is None or len(name) - part.end() < 2:
        return name
    return name[part.end() :].lstrip("—-:,")  # (一季度——地区生产总值: its dash too)


_PLANNED = re.compile(r"^(?:年初|年度|原)?计划(?=..)")


def as_done(subject: Subject, pre: str) -> Subject:
    """The subject of a clause that says what was actually done (年初计划实现地区生产总值120
    亿元,实际完成125亿元): the one planned before it, without the plan's words."""
    if "实际" not in pre or not any(_PLANNED.match(simplified(n)) for n in subject.names):
        return subject
    return Subject([n[m.end() :] if (m := _PLANNED.match(simplified(n))) else n
                    for n in subject.names], subject.start)  # fmt: skip


_A_PERIOD_BEFORE = re.compile(rf"({lx.PART_OF_YEAR})[,，]$")


def of_a_period(norm: str, clause: int, found: Subject | None) -> Subject | None:
    """A clause after a part of the year said on its own (2023年前三季度,全市GDP增长5.2%):
    its names are that part's (前三季度GDP), as if the period stood before them."""
    period = _A_PERIOD_BEFORE.search(norm, max(0, clause - 8), clause)
    if period is None or found is None or not found.names:
        return found
    if any(lx.PART_OF_YEAR_AT.match(simplified(n)) for n in found.names):
        return found
    return Subject([period[1] + n for n in found.names], found.start, found.respectively)


def the_whole_years(subject: Subject, pre: str) -> Subject:
    """The subject of a clause that says 全年 and names nothing else (上半年地区生产总值增长
    6.1%,全年增长5.5%): the subject before it, of the whole year."""
    if "全年" not in pre or not any(lx.PART_OF_YEAR_AT.match(simplified(n)) for n in subject.names):
        return subject
    return Subject([of_the_whole_year(n) for n in subject.names], subject.start)


def _counted(before: Subject, name: str) -> bool:
    """Whether the subject before names projects or was counted (新开工项目115个、总投资197
    亿元; 实施民生实事10件,总投资5亿元), and is not an investment already (完成投资…,其中
    总投资570亿元: 总投资 alone) or a clause with no count (项目质量持续提升)."""
    plain = simplified(name)
    counts = any(f.value is not None and f.unit and lx.COUNT_UNIT.fullmatch(simplified(f.unit))
                 for f in before.figures)  # fmt: skip
    projects = re.search(f"{lx.PROJECTS}$", plain) is not None
    return (counts or projects) and not plain.endswith("投资")


def scope_shared(found: Subject, before: Subject | None) -> Subject:
    """A name after 、 that writes only what tells it from the figure's before it takes
    that one's scope (实际使用内资30.2亿元、外资381万美元: 实际使用外资; 新增一般债券…、
    专项债券…: 新增专项债券)."""
    if before is None or len(found.names) != 1 or len(before.names) != 1:
        return found
    name, previous = found.names[0], before.names[0]
    common = common_tail(name, previous)
    own = len(name) - common
    scope = len(previous) - common - own
    if (
        common < 1
        or not 1 <= own <= 2
        or simplified(previous[:scope]) not in lx.SCOPES_AFTER_A_PAUSE
    ):
        return found  # (固定资产投资…、工业投资…: 固定 is no scope)
    return Subject([previous[:scope] + name], found.start)


# What a count of new ones opens with: 新增市场主体 is not the stock of 市场主体.
_NEW_ONES = re.compile(r"新增|净增|新认定|(?<!创)新培育")  # (not 创新培育: innovation)
# An item that says in its own words that it is new (新备案科技型中小企业; not 新三板…).
_NEW_IN_ITS_WORDS = re.compile(
    rf"{_NEW_ONES.pattern}|新(?:备案|建|开工|签约|引进|设立?|培育|注册|登记|入库|入规|上规)"
)
_NEW_OR_TOTAL = re.compile(rf"{_NEW_ONES.pattern}|累计")


def _a_count_of_new_ones(norm: str, at: int, name: str) -> bool:
    """An item after 、 that counts new ones like the first: not a total (总数达360家), a
    stock or a rate (存款余额300亿元, 森林覆盖率达到45%), an item new in its own words, or a
    clause with a predicate of its own (its figure does not follow its name)."""
    follows = norm[at + len(name) : at + len(name) + 1]
    return (not norm.startswith(lx.TOTAL_WORDS, at) and not _NEW_IN_ITS_WORDS.match(name)
            and not _A_STOCK_OR_RATE.search(name) and follows.isdigit())  # fmt: skip


_A_STOCK_OR_RATE = re.compile(r"(?:率|余额|总量|总额|比重|总数|水平|指数|规模)$")


def verb_shared(text: Text, clause: int, found: Subject) -> Subject:
    """引进过10亿元项目4个、过亿元项目22个; 引进北京新设机构55家、项目21个: the verb that
    opens a list is each item's, and an item that names nothing without it (projects or
    funds: lx.BARE_OBJECTS) keeps it, as in a clause of its own (names.trimmed).  新增
    that opens a list is each item's (新增上市报会企业2家、新三板挂牌企业1家), but for
    an item that says it is new in its own words (…、新备案科技型中小企业200家)."""
    norm, at = text.norm, found.start
    if len(found.names) != 1 or norm[at - 1 : at] != "、":
        return found
    # (not 新建 nor 新发展: a list they open goes on with other works and stocks, 新建农村公路
    # 120公里、危桥加固15座、农村公路总里程3600公里, which no reading of the item tells apart)
    new_ones = _NEW_ONES.search(norm, clause, min(at, clause + 4))
    if new_ones and _a_count_of_new_ones(norm, at, simplified(found.names[0])):
        return Subject([text.name(*new_ones.span()) + found.names[0]], at)
    verb = lx.OPENING_VERB_AT.search(norm, clause, min(at, clause + 4))
    if (verb is None or verb.group() in lx.LIGHT_VERBS
            or lx.BARE_OBJECTS.fullmatch(simplified(found.names[0])) is None):  # fmt: skip
        return found
    return Subject([text.name(*verb.span()) + found.names[0]], at)


# A level reached, said with no name of its own after a count of new ones (新增“四上”企业
# 43家达到117家; but 新增城镇就业5200人,累计达到2.6万人 counts new ones still).
_REACHES = re.compile(r"[,、]?(?:达到?|增至|增加到|发展到)")


def stock_of(names: list[str], pre: str) -> list[str]:
    """The names of a level that a count of new ones brought the stock to: the stock's,
    without 新增 (新增“四上”企业43家达到117家: 117 is of all “四上”企业)."""
    if not _REACHES.fullmatch(pre):
        return names
    return [n[new.end() :] if (new := _NEW_ONES.match(simplified(n))) and len(n) > 3 else n
            for n in names]  # fmt: skip


def one_each(carried: Subject | None, count: int) -> bool:
    """Whether a clause's run of ``count`` values, with no name, gives one to each figure
    the clause before named, as 分别 does (…GDP152.27亿元、财政总收入13亿元,同比增长11.7%、
    18%): as many values as names."""
    if carried is None or count < 2:
        return False
    return len(dict.fromkeys(f.name for f in carried.figures if f.measure is None)) == count
