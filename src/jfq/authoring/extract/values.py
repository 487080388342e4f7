"""Which numbers of a clause are figures: a value with its unit and qualifier (VALUE), and
where the noun ends that a count stands before (130个主要建设项目); ranks are in ranks.py.

Split from grammar.py, which reads a clause's figures into rows; this module only tells which
matches are figures and where a counted noun ends, and touches no Subject."""

from __future__ import annotations

import re
from collections.abc import Iterator

from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.comparisons import a_benchmark
from jfq.authoring.extract.quoted_names import in_a_numbered_slogan, quoted_name
from jfq.authoring.extract.rank_peers import counts_the_peers
from jfq.authoring.extract.sizes import in_english, sizes_one_thing
from jfq.authoring.extract.spans import months_no_figure
from jfq.authoring.extract.text import Text
from jfq.search.normalize import simplified

# A number with what may stand before it (不低于), its unit and what may follow (左右).
_BEFORE = "|".join(lx.ENDING_NO_WORD.get(w[0], "") + w for w in sorted(lx.BEFORE, key=len)[::-1])
_AFTER = "|".join(sorted(lx.AFTER, key=len, reverse=True))
# A range whose dash a page lost between two percentages (增长7%7.5%): no figure's own
# name or predicate stands between them, so they are the two ends of one rate.
_DASH_LOST = rf"(?<=%)(?=(?:{lx.NUMBER})%(?![\d.]))"  # (not 3.2%5.1%6.3%: a list)
_VALUE = (
    # (突破了五千亿元, 超过了: a verb's 了 between)
    # (not before a count: 突破了30项关键核心技术, broken through)
    rf"(?:(?P<before>{_BEFORE})(?:(?<=[破过越上])了(?=[\d.]+(?:[万亿]|%)))?)?(?P<v1>{lx.NUMBER})(?P<approx>余|多)?(?P<u1>{lx.UNIT})?"
    rf"(?:(?:{lx.RANGE_MARK}LOST)(?P<v2>{lx.NUMBER})(?P<u2>{lx.UNIT})?)?"
    rf"(?P<after>{_AFTER})?"
    # (提高1个以上百分点, 上升3个以上位次: a unit its qualifier parts)
    r"(?P<split>(?<=个以上|个左右|个以内)(?:百分点|位次))?"
)
VALUE = re.compile(_VALUE.replace("LOST", f"|(?P<lost>{_DASH_LOST})"))
_VALUE_MARKED = re.compile(_VALUE.replace("LOST", ""))
# 从1.5万亿元到3万亿元: the level a change started from, then the one it reached, no range.
_FROM_BEFORE = re.compile(r"(?<!之)[从由]$")  # (not 从业人员3000至5000人, 从严压减3%至5%)
# After the upper one: a range said (由80元至120元不等, …之间), or a size class with what it
# sizes counted after (从1亿元到10亿元的项目45个).
# A mark passed, after a figure's 的 (实现从3万亿元到4万亿元的跨越, 1亿美元的历史性突破).
_A_MILESTONE = r"(?:大|重大|历史性?|新)?“?(?:跨越|突破|提升|飞跃|跃升|倍增|翻番)"
_A_RANGE_AFTER = re.compile(
    rf"不等|之间|区间|的(?!{_A_MILESTONE})"
    r"(?:[^,;。\d]{1,12}?\d(?!\d*(?:年|个月))|[^,;。\d]{0,4}(?:奖励|补贴|补助|资助|奖补|扶持))"
)  # (的项目45个, 给予从50万元到200万元的奖励: what the range sizes; not 的跨越仅用5年时间)
_VALUE_ALONE = re.compile(_VALUE.replace(lx.RANGE_MARK, "(?!)").replace("LOST", ""))
# Values said one to each name before them: never a range, whatever a page lost between them.
_RESPECTIVELY = re.compile(r"分别|依次")
# A clause's own name, one and no list, before its predicate (地区生产总值增长).
_ONE_NAME = re.compile(
    r"[^、和及与,;]*?[\u4e00-\u9fffA-Za-z]{2,}(?:增长|提高|上涨|增速为?|增幅为?)"
)


def values_in(body: str) -> Iterator[re.Match[str]]:
    """Each VALUE of a clause.  Two percentages with no mark between them are a range only
    where they rise after one name of the clause's own (地区生产总值增长7%7.5%), not one to
    each of several names (分别增长6.5%5.2%; 城镇、农村居民收入增长4.8%6.9%) or after a
    clause that names nothing (…分别达到45000元、21000元,增长4.8%6.9%)."""
    at = 0
    while (match := VALUE.search(body, at)) is not None:
        if match["lost"] is not None and (
            float(match["v1"].replace(",", "")) >= float(match["v2"].replace(",", ""))
            or _RESPECTIVELY.search(body, 0, match.start())
            or not _ONE_NAME.fullmatch(body, 0, match.start())
        ):
            match = _VALUE_MARKED.match(body, match.start())
            assert match is not None  # (the same text, less its range)
        elif match["v2"] is not None and _from_one_to_another(body, match):
            match = _VALUE_ALONE.match(body, match.start())
            assert match is not None  # (the same text, less its range)
        yield match
        at = max(match.end(), match.start() + 1)


def _from_one_to_another(body: str, match: re.Match[str]) -> bool:
    """从1.5万亿元到3万亿元, 由6.2%至7.1%: two levels, the one a change started from and
    the one it reached, not a range (6%到7%)."""
    mark = body[match.end("u1") if match["u1"] else match.end("v1") : match.start("v2")]
    return (
        mark in ("到", "至")
        and _FROM_BEFORE.search(body, 0, match.start()) is not None
        and _A_RANGE_AFTER.match(body, match.end()) is None
    )


# A mark a figure passes, said after it (突破2000亿元大关、达到2271.06亿元): the predicate's,
# no name of the figure after it.
# (and the marks counted: 跨越60、70、80亿元三道大关, 70亿、80亿两个台阶)
MILESTONE = re.compile(r"(?:[一二两三四五六七八九十]+[个道大])?新?(?:大关|台阶|关口)")
# After a figure: the clause goes on (、增长, ,比上年) or ends; anything else is a noun
# the number belongs to (500万元以上固定资产投资: 500万元 is part of a name).
FIGURE_END = re.compile(
    rf"$|[,;。、:)(”\]\n|]|(?=\d)|人民币|同比|比上年|预计|比去年|{lx.CHANGE_TO}|增长|下降|"
    r"实现|达|居|位居|稳居|跃居|排名|"
    r"(?:到|至)(?=[^,;。\d]{0,4}\d)|"  # (从1.5万亿元到3万亿元: the level it started from)
    rf"(?<=[元吨人]){lx.PASSING}(?=\d)|"  # (从1.45万亿元接连突破2万亿元: the level it started from)
    r"全省|全市|全国|分别|和|与|及|"
    # (…增长12%左右的主要预期目标, 东疏 2017: the cue after the last figure it names)
    r"力争|以上|左右|的(?:主要|预期|发展|奋斗)*(?:目标|增长|增幅|增速|水平|水准)|"
    rf"(?<=[\u4e00-\u9fff%])的{_A_MILESTONE}(?!改造|工程|项目)|"
    rf"以内|{MILESTONE.pattern}|新?高|规模|水平|且|并|而|等|"
    # a rate a plan is managed or budgeted at (分别按增长8%、4%掌握, 按增长5%安排), and the
    # investment of counted projects (总投资126.5亿元的33个项目, 总投资108亿元的南太行森林公园
    # 等23个在建项目: two figures; but 年产值超
    # 10亿元的3家企业 is a size inside the count's noun)
    rf"掌握|安排|的(?=(?:[^,;。\d]{{2,30}}等)?\d+[个项][^,;。]{{0,12}}{lx.PROJECTS})|"
    r"的?(?:情况|背景|前提|基础)[上下]"  # (在新增减税降费18.2亿元的基础上: the figure's own)
)

# What a figure is said under, after it in its clause (在固定资产投资增长11.6%、低于预期目标
# 的情况下; 在新增减税降费18.2亿元的基础上): the condition it opens with 在.
UNDER_CONDITIONS = re.compile(r"[^,;。]{0,16}?的?(?:情况|背景|前提|基础)[上下]")
# Where a figure stands among others (在全市8个国控站点中, 在全省一类县考核中): the field of
# a rank, not a subject or a figure of its own (or its conditions: 在大幅减税降费情况下增长1.5%).
AMONG_NAME = re.compile(r"在[^,;]{1,16}(?:中|(?:情况|背景|形势|前提|条件|影响|冲击|基数)下)")
# A size inside a counted noun (60个3000万元以上工业项目): no figure of its own.
THRESHOLD = re.compile(r"\d+(?:\.\d+)?[千百]?[万亿]?元以上")

# (the unit a run of values shares, written after its last: 4.1、2.6、1.1个百分点)
RUN_UNIT = re.compile(rf"(?:[、和](?:{lx.NUMBER})){{0,4}}[、和](?:{lx.NUMBER})(?P<unit>{lx.UNIT})")


def counts_things(match: re.Match[str]) -> bool:
    """Whether a value counts things (8个, 15家), not an amount (签约120亿元)."""
    return is_a_counter(match.groupdict().get("u1") or "")


def is_a_counter(unit: str) -> bool:
    """Whether a unit counts things (个, 家, 万户), not an amount or a rate."""
    return lx.COUNT_UNIT.fullmatch(simplified(lx.APPROX_IN_UNIT.sub("", unit))) is not None


# A voltage class after a number (220千伏线路, 500kV变电站): a line's or a station's class,
# part of its name (the value's match stops at 千, a multiplier, or reads kV as no unit).
_VOLTAGE = re.compile(r"伏(?!安)|[kK][vV](?![a-zA-Z])")  # (not 50兆伏安, a capacity)
# An age that is no figure: the next of a bracket of ages (0-17岁、18-34岁), or a condition's
# (年满18岁、有劳动能力的…).
_NEXT_AGE = re.compile(r"、\d")
_AGED = re.compile(r"满$")

# Not even one (没有出现1例本土病例, 未发生1起事故): a negation and its verb right before a 1
# of a thing named after it; not 未开工1个 (one not begun), 无水港1个, 未来社区1个.
_NOT_EVEN = re.compile(r"(?:没有|沒有|未|无|無)(?:出现|出現|发生|發生|发现|發現|采取|採取|有)?$")
_A_THING = re.compile(r"[\u4e00-\u9fff]")


def is_figure(body: str, match: re.Match[str]) -> bool:
    """A number with a unit or a qualifier that ends where a figure ends, or that the
    clause's last words follow (出台40条政策措施: the measures are what is counted)."""
    if not (match["u1"] or match["u2"] or match["after"] or match["before"] or match["approx"]):
        return (RUN_UNIT.match(body, match.end()) is not None  # 29698、15892元: the run's unit
                or _unit_left_out(body, match))  # fmt: skip
    if match.start() > 0 and body[match.start() - 1] in "第×x+*/":
        return False  # 第3, 3+N, a product
    if _A_RATIOS_NEXT.match(body, match.end()) or _A_RATIOS_LAST.search(body, 0, match.start()):
        return False  # 三大产业比约为15:44:41: a structure, no one figure
    if quoted_name(body, match) or in_a_numbered_slogan(body, match.start()):
        return False  # 助企纾困“36条”, “两个15%”所得税政策, 实现“2个首次突破”: a name
    if (match["after"] in ("以上", "以下", "及以上")
            and (body.startswith("的", match.end()) or match["u1"] == "岁")
            and FIGURE_END.match(body, match.end()) is None):  # fmt: skip
        return False  # 总投资500万以上的重点项目, 60岁以上老年人 (but 实现20%以上的增长)
    if "岁" in (match["u1"], match["u2"]) and (
        match["v2"] or _NEXT_AGE.match(body, match.end()) or _AGED.search(body, 0, match.start())
    ):  # 0-17岁、18-34岁…户籍人口分别为…: the brackets of ages; 年满18岁、有劳动能力的…: a
        return False  # condition (not 人均预期寿命80.5岁、城镇化率60%: the list's next clause)
    if counts_the_peers(body, match.start(), match.end()):
        return False  # 在全市8个国控站点中排名第三, 位居15个副省级城市之首: the field
    if sizes_one_thing(body, match) or in_english(body, match):
        return False  # 占地面积150亩…的龙佰…项目; an English sentence's (rose by 1.5%)
    if a_benchmark(body, match.start(), match.end()):
        return False  # 高于年初人代会12%的目标14.4个百分点, 高于全国7.4%、全省7.8%的增速
    negated = match["v1"] == "1" and _NOT_EVEN.search(body, 0, match.start())
    if negated and _A_THING.match(body, match.end()):  # 没有出现1例本土病例: none, not one
        return False
    if body.startswith("级", match.end()) or _VOLTAGE.match(body, match.end()):
        return False  # 4个50亿级项目, 220千伏北郊线路工程: a class of size, in the name
    if match["u1"] in ("个月", "个季度") and months_no_figure(body, match):
        return False  # 增速连续4个季度排名第一 (a streak, as 连续3年 is no row); 前11个月
    if _named_by_size(body, match):
        return False  # 6万吨电解锰、22万吨省储粮等重大项目, 年产30万吨基均质料项目: names
    return (
        FIGURE_END.match(body, match.end()) is not None
        or funds_for(body, match)
        or is_a_rate(body, match)
        or _counted_after(body, match)
        or noun_counted(body, match) is not None
    )


# A part of a ratio, the next after it or one before it (15:44:41, 1∶0.8; but 1.79:1 is a
# figure, a ratio to one: lexicon.UNIT).
_A_RATIOS_NEXT = re.compile(r"(?<=\d)[:∶](?=\d)")
_A_RATIOS_LAST = re.compile(r"\d[:∶]$")
# A project named by its size: the noun after the figure, then (in a list of such names) 等
# and the projects, or the project itself (年产30万吨基均质料项目即将试生产).
_NAMED_BY_SIZE = re.compile(
    r"[\u4e00-\u9fff]{1,12}?(?:(?:、[^,;。]{1,24}?)*等[^,;。\d]{0,6}(?:项目|工程)|项目|生产线)"
)


def _named_by_size(body: str, match: re.Match[str]) -> bool:
    """A capacity that names a project (6万吨电解锰…等重大项目; 年产30万吨基均质料项目): a
    physical measure, no money or count, with the project's noun right after it."""
    unit = match.groupdict().get("u1") or ""
    if not unit or "元" in unit or "%" in unit or body.startswith("的", match.end()):
        return False
    if not _NAMED_BY_SIZE.match(body, match.end()):
        return False
    return not counts_things(match) and not funds_for(body, match)


def funds_for(body: str, match: re.Match[str]) -> bool:
    """An amount of funds said before what they were spent on (投入5.7亿元实施水环境综合
    治理项目, 投资3100万元改扩建…道路): a figure, the funds' (named 投入, 投资), and what
    follows is its purpose, no name of it."""
    before = _FUNDS.search(body, max(0, match.start() - 6), match.start())
    return before is not None and _SPENT_ON.match(body, match.end()) is not None


_FUNDS = re.compile(r"(?:投资|投入|筹措|筹集|整合|拨付|安排)(?:资金)?(?:约|近|超过?|逾)?$")
_SPENT_ON = re.compile(
    r"(?:用于|实施|完成|新建|新增|改造|改扩建|扩建|建设|建成|打造|推进|开展|修建|铺设|购置|"
    r"整治|提升|对|为|在)"
)


# A level a page gave without its unit (农村居民人均可支配收入完成14809,增长9.2%): after a
# verb of reaching, to the clause's end; not a year (完成2019年…) nor a small count.
_REACHED_BARE = re.compile(r"(?:完成|达到|实现)$")


def _unit_left_out(body: str, match: re.Match[str]) -> bool:
    number = match["v1"]
    if _A_RATIO_BARE.search(body, 0, match.start()) and "." in number:
        return FIGURE_END.match(body, match.end()) is not None  # 城乡收入比降至1.79: no unit
    rate, end = _A_RATE_BARE.search(body, 0, match.start()), _A_RATE_S_END.match(body, match.end())
    if rate is not None and end is not None:  # 同比增长7.2;, 分别增长9、10.5: a page lost its %
        return "." in rate[0] + number + end[0]  # (not 人口增长2,: no rate's decimals in it)
    return (
        _REACHED_BARE.search(body, 0, match.start()) is not None
        and match.end() == len(body)
        and len(number.split(".")[0].replace(",", "")) >= 3
        and not re.fullmatch(r"(?:19|20)\d\d", number)
    )


# A rate whose % a page lost (实现地区生产总值4303亿元,同比增长7.2;): a change's figure, and
# the run after it, to the clause's end; not a count (增长3倍 has its unit) nor a year.
_A_RATE_BARE = re.compile(r"(?:增长|下降|提高|降低|上涨|回落)(?:[\d.]+、)*$")
_A_RATE_S_END = re.compile(r"(?:、[\d.]+)*(?:[,;。]|$)")
# A ratio or coefficient said with no unit, right before its predicate (城乡收入比降至1.79,
# 基尼系数为0.42, 收入倍差缩小至1.42; the :1 of 1.79:1 left out).
_A_RATIO_BARE = re.compile(
    r"(?:收入比|比值|系数|倍差|之比)(?:由[\d.]+)?(?:由|从|缩小至|缩小到|降至|降到|下降到|下降至|为|是|达到?|保持在?)$"
)


# A rate's predicate: a change, or a level reached (达到76.4%农村居民…: the ; lost after it).
_RATE_PREDICATE = re.compile(r"(?:增长|下降|提高|降低|上涨|增幅为?|降幅为?|达到)$")


def is_a_rate(body: str, match: re.Match[str]) -> bool:
    """A percentage that a garbled page breaks off (控制在4.5%以?xún)?), or that runs into
    the next name after its predicate (增长8.5%地方…): a figure, though no qualifier
    follows it.  Else a Chinese word after a percentage is what it is of (90%村庄, 51%股权,
    财力的70%用于民生), and no figure of its own."""
    if match.groupdict().get("u1") not in ("%", "‰"):
        return False
    if (_RATE_PREDICATE.search(body, 0, match.start()) and not match["after"]
            and not body.startswith("的", match.end())):  # fmt: skip
        return True  # 增长8.5%地方一般公共预算收入…, 达到76.4%农村…: a page lost the ;
    return _GARBLED.match(body, match.end()) is not None  # (not 增长20%的企业达到30家)


# After a percentage: no Chinese word, or the first character of 以内/左右 and then none.
_GARBLED = re.compile(r"[以左]?(?![\u4e00-\u9fff])")


def listed_end(body: str, match: re.Match[str]) -> int:
    """Where what a count counts ends in a list of counts (7名确诊病例、1名无症状感染者、
    2名复阳患者全部治愈; 400个楼院视频监控系统和200个楼院智慧门禁): at the 、 or 和 before
    the next count; else at the clause's end."""
    pause = _BEFORE_THE_NEXT_COUNT.search(body, match.end())
    return pause.start() if pause is not None else len(body)


_BEFORE_THE_NEXT_COUNT = re.compile(r"[、和及与](?=\d)")


def _counted_after(body: str, match: re.Match[str]) -> bool:
    """The rest of the clause after a count is what it counts: a short noun phrase, with
    no number and no predicate (建成口袋公园 / 建成5个口袋公园)."""
    rest = body[match.end() : listed_end(body, match)]
    unit = _counted_unit(match)
    if not unit or not 2 <= len(rest) <= 12 or re.search(r"[\d%,;。、:]", rest):
        return False
    if re.fullmatch(lx.PERCENT, unit) or unit == "岁":  # (35-64岁妇女: an age sizes people)
        return False  # 增长5.1%且增速逐季攀升: a rate counts nothing
    return lx.LONG_PREDICATE.search(rest) is None


def quoted(body: str, start: int, at: int) -> bool:
    """Whether ``at`` is inside a quotation mark opened after ``start``: a verb there is a
    name's (开展2场“云签约”活动), no predicate."""
    opened = sum(body.count(mark, start, at) for mark in "“「『")
    return opened > sum(body.count(mark, start, at) for mark in "”」』")


def _counted_unit(match: re.Match[str]) -> str | None:
    """The classifier a count stands with: a range's is after its upper end (1-2家企业)."""
    if "u1" not in match.re.groupindex:
        return None  # a rank
    return match["u1"] or match["u2"]


def noun_counted(body: str, match: re.Match[str]) -> int | None:
    """Where the noun a count stands before ends, when a predicate follows it and a figure
    of its own (67个合作共建重大项目开工65个): None for any other figure."""
    unit = _counted_unit(match)
    if unit is None:
        return None  # a rank, or a number without a classifier
    if lx.COUNTER.fullmatch(unit) is None:
        return None
    verb = lx.VERB_AFTER_NOUN.search(body, match.end() + 2, match.end() + 16)
    while verb is not None and quoted(body, match.end(), verb.start()):
        verb = lx.VERB_AFTER_NOUN.search(body, verb.end(), match.end() + 16)  # (2场“云签约”活动)
    noun = THRESHOLD.sub("", body[match.end() : verb.start()]) if verb is not None else ""
    noun = _LEVELS_JOINED.sub("", noun)  # (17个省、市重点项目完成投资: one noun)
    if verb is None or re.search(r"[\d,;。、:]", noun):  # (…3000万元以上工业项目开工)
        return _head_counted(body, match)
    # (推动41个问题楼盘进入化解程序: the predicate begins before the verb found)
    # (and one the verb found ends: 50项省部级科研项目深入开展)
    said = lx.NOUN_THEN_PREDICATE.search(body, match.end() + 2, verb.end())
    inside = said is not None and _A_HEAD_AFTER.search(body, said.end(), verb.start())
    if said is not None and not quoted(body, match.end(), said.start()) and not inside:
        verb = said  # (but 15个对口支援项目全部竣工: a head after it, so inside the noun)
    when = _WHEN_AT_END.search(body, match.end() + 2, verb.start())  # 在建项目|尽快投产
    end = when.start() if when is not None else verb.start()
    aside = _PARTS_ASIDE.search(body, match.end() + 2)  # 169项重点建设项目(新建69项、…)
    return aside.start() if aside is not None and aside.start() < end else end


# Levels of government joined in one noun (省、市重点项目, 县、乡两级): no list of nouns.
# The parts of a count in brackets after its noun, each counted (…项目(新建69项、续建100项));
# not a bracket of the noun's own (4个贫困县(区)全部摘帽, 8个反走私综合执法站(船管站)开工).
_PARTS_ASIDE = re.compile(r"\((?=[^()\d]{0,6}\d)")
_LEVELS_JOINED = re.compile(r"(?<=^[国省市县区乡镇村])、(?=[省市县区乡镇村])")


_A_HEAD_AFTER = re.compile(r"项目|工程|设施|基地|园区|企业|中心|绿地|活动")


# When or how a verb after a counted noun happens, said between them (23个在建项目尽快投产
# 达效, 23个新建项目年内开工, 114个区重点项目年度完成投资, 3个文旅项目成功签约): the
# predicate's, not the noun's.
_WHEN_AT_END = re.compile(
    r"(?:尽快|如期|按期|当年|全年|年度|[一二两三四五\d]*年内|成功|顺利|相继|陆续|先后|全部|正式)$"
)


def _head_counted(body: str, match: re.Match[str]) -> int | None:
    """75家县级以上农业龙头企业年销售收入18.4亿元: where the counted noun's head ends (企业,
    项目 …) when a name and a figure of their own follow it, with no verb between."""
    head = lx.COUNTED_HEAD.search(body, match.end() + 1, match.end() + 20)
    if head is None or re.search(r"[\d,;。、:]", THRESHOLD.sub("", body[match.end() : head.end()])):
        return None  # (3000万元以上工业项目: a size in the noun is no figure of its own)
    rest = re.match(r"[^\d,;。、:]{2,8}(?=\d)", body[head.end() :])
    return head.end() if rest is not None else None


# 4.3个和2.3个百分点: the first's 个 is the points' the run ends with.
_POINTS_SHARED = re.compile(r"(?:[、和]\d+(?:\.\d+)?个)*[、和]\d+(?:\.\d+)?(个百分点)")


def unit_as_written(text: Text, offset: int, match: re.Match[str]) -> str | None:
    """The unit as the original writes it (萬噸 stays 萬噸; ％ is %), or the unit of the run
    the number stands first in (29698、15892元)."""
    group = "u1" if match["u1"] else "u2" if match["u2"] else None
    if group == "u1" and match["u2"] and match["u2"].startswith(match["u1"]):
        group = "u2"  # 1万至1.2万人: the range's unit is the upper bound's whole (万人, not 万)
    if group is None:
        run = RUN_UNIT.match(text.norm, offset + match.end())
        return text.name(*run.span("unit")) if run is not None else None
    start, end = offset + match.start(group), offset + match.end(group)
    shared = _POINTS_SHARED.match(text.norm, end) if match[group] == "个" else None
    if shared is not None:  # 分别高于全国、全省4.3个和2.3个百分点: points, as the last's
        return text.name(*shared.span(1))
    written = text.name(start, end)
    if match.groupdict().get("split"):  # 1个以上百分点: 个百分点, as written
        return written + text.name(offset + match.start("split"), offset + match.end("split"))
    if len(written) != end - start and not lx.APPROX_IN_UNIT.search(match[group]):
        return match[group]  # (a magnitude a numeral's Arabic form holds: 三萬五千人 -> 3.5万人)
    approx = lx.APPROX_IN_UNIT.search(match[group])
    if approx is not None and len(written) == len(match[group]):  # 万余人 is 万人, over
        written = written[: approx.start()] + written[approx.end() :]
    return match[group] if match[group] in ("%", "‰") else written
