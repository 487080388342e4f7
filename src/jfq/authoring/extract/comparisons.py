"""What a figure is compared with, which belongs to its predicate and never to its name: a
year or a period (较2015年, 比上年, 较“十三五”末), the base of a multiple (是2006年的2.6倍), and
a benchmark it is a margin over (高于全国1.3个百分点, 超全市平均水平19个百分点).  Moved from
lexicon.py, the grammar's closed classes, as the patterns that read comparisons.
"""

from __future__ import annotations

import re

from jfq.authoring.extract import lexicon as lx

# After a name: what it is compared with (较2015年, 比上年), which belongs to the predicate.
# (a bare 比 is a noun's: 城乡居民收入比缩小到1.79:1)
# A multiple's base (是2006年的2.6倍, 是“十一五”末的近2倍, 是五年前的1.85倍), or what a
# figure is measured against (达到全省平均水平的1.2倍, 是农村居民的2.3倍).  Which bases make
# it a figure of several years (是五年前的, a plan's end or period) is decided by
# base_years.since_a_base_year.
PLAN_NAME = rf"“?(?:{lx.FIVE_YEAR_PLAN}|十五|九五|八五)”?"  # (“十五”, “九五”: no numeral)
MULTIPLE_SPANS = (
    rf"{PLAN_NAME}(?:期?末)?|[一二三四五六七八九十两\d]+年前|前[一二三四五六七八九十两\d]+年"
)
MULTIPLE_VERB = "(?:是|为|相当于)"
MULTIPLE_YEAR = r"((?:19|20)\d\d)年(?:末|底)?"  # (the year, a group: years.py compares it)
MULTIPLE_OF = (
    rf"{MULTIPLE_VERB}(?:{MULTIPLE_YEAR}|{MULTIPLE_SPANS}|上年|去年)的?$|"
    # (是新区开发前(2010年底)的9.7倍: the base with its date in brackets)
    r"(?:是|为|相当于|达到)[^,;。、\d]{2,12}(?:\((?:19|20)\d\d年[^()\d]{0,3}\))?的$"
)
# The words of a share of the budget (完成预算的100.1%, 为年初预算的…, 占调整预算的…).
OF_THE_BUDGET = (  # (and of the year's target or plan: 完成全年总量目标的107%, 完成年计划的97%,
    # 完成年度目标的56.00%, 完成全年目标任务的98%)
    r"(?:完成|为|占|达到?)(?:(?:年初|调整|调整后|汇总|年度|全年|变动|调整及变动)?的?预算(?:数)?"
    r"(?:\d+(?:\.\d+)?[万亿]*元)?|"  # (…245800万元的)
    # (为全年任务740万元的56.6%)
    # (完成全年固投任务152亿元的40.1%, 完成全年计划投资165.5亿元的41.6%: 靖边 2018)
    r"(?:全年|年度?|年初)[^,;。\d的]{0,4}?(?:总量)?(?:目标(?:任务)?|任务)(?:\d+(?:\.\d+)?[万亿]*元)?|"
    r"(?:年度?|全年|年初)?计划(?:目标|投资)?(?:\d+(?:\.\d+)?[万亿]*元)?)的"
)
AGAINST = re.compile(
    r"(?<![可占])(?:相较于?|(?:较|比)(?=.)|相比|同比)(?:(?:19|20)\d\d年(?:末|底|同期)?|上年(?:末|底)?|"
    rf"去年(?:末|底)?|(?:上|去)年同期|{lx.PART_OF_YEAR}|上季度|年初|上月|"  # (比第一季度提升)
    r"\d{1,2}[-—–~至]\d{1,2}月份?|"  # (增速比1—11月份加快: the months before)
    # (较“十三五”末增长24.3%: the plan's last year; 比“六五”计划期间, 较“十三五”时期: its years)
    rf"(?:{PLAN_NAME}|“?[六七]五”?)(?:规划|计划)?(?:期?末|期间|时期)?|"
    r"(?:(?![比较])[\u4e00-\u9fff]){1,6}?前)?"  # (较医改前下降5.3%: a time before a change)
    r"(?:(?<=同期)的?\d+(?:\.\d+)?[万亿]*元)?"  # (比上年同期144987万元增收: its level then)
    rf"(?<!^比)(?<![^较相同]比)$|{MULTIPLE_OF}|"
    r"[与同和](?:(?:19|20)\d\d年|上年|去年)(?:末|底|同期)?相比$|"  # (…与2010年相比增长54.5%)
    # (一般公共预算收入37.05亿元,完成预算的100.1%: of the budget, the figure before's share)
    rf"{OF_THE_BUDGET}$"
)

# A level held at a year's (一般公共预算收入完成数与2019年持平): a target with no figure, the
# year its base and no time of it.
HELD_AT_A_YEAR = r"[与同和](?:19|20)\d\d年(?:相比)?(?:基本|保持)*(?:持平|相当)"
# The words that set a rate beside another's (高于全国1.3个百分点; 好于全國1.3個百分點, as
# Hong Kong and Taiwan pages write it).
ABOVE_OR_BELOW = "高于|低于|快于|慢于|好于|优于"
# After a name: the benchmark a figure is a margin over (超全市平均水平19个百分点).
# (比全省高1.18万元: the same margin, said the other way round)
_BENCHMARK = (
    # (a target of any kind: 低于控制目标1.6个百分点, 高于省定目标)
    r"(?:全国|全省|全市|全区|全县|全州|同期|上年|平均|年度|年初|[^,;、\d]{0,4}?目标|预期|计划|"
    r"(?:19|20)\d\d年)"
)
MARGIN = re.compile(
    # (分别高于全国、全省、焦作市平均增速1.8、1.7、1.5个百分点: a list of benchmarks)
    rf"(?:分别)?(?:(?:{ABOVE_OR_BELOW}|超过|超出|超|高出|低出|差){_BENCHMARK}"
    rf"(?:、[^,;、\d]{{1,10}}){{0,3}}[^,;、]{{0,10}}"
    # 省 and 市 alone too, right before the margin (高于省0.7个百分点, 高于省平均水平…), after
    # the words that compare rates only: 超 and 超过 begin nouns (超市). Not 省级, 省委, 省政府,
    # 市场, 市民, 市区 …, nouns of their own; and not a standard that names what is under it
    # (人均纯收入低于省扶贫标准的贫困人口: the name is 贫困人口).
    rf"|(?:{ABOVE_OR_BELOW}|高出)[省市](?![场民区县级委政])[^,;、的]{{0,4}}"
    # (比全省、全市分别高2、1.4个百分点: a list of benchmarks too)
    rf"|比{_BENCHMARK}(?:、[^,;、\d]{{1,10}}){{0,3}}[^,;、]{{0,6}}?(?:高|低|快|慢|多|少)(?:出)?"
    # (高于规模以上工业企业增速5.3个百分点: another figure's growth as the benchmark)
    rf"|(?:{ABOVE_OR_BELOW})[^,;、]{{2,14}}(?:增速|增幅|速度|水平)"
    # (农村居民收入增速快于城镇居民2个百分点: 快 and 慢 compare rates only, of any benchmark)
    r"|(?:快于|慢于)[^,;、\d]{2,8})$"
)


_SHORT_OF = re.compile(rf"(?:低于|慢于|低出|差){_BENCHMARK}[^,;、\d]{{0,10}}$")
# A margin in points on the year before, said short (增长13.7%,同比高0.4个百分点, 较上年低1.2
# 个百分点); in per cent it would read as the rate's level (失业率2.9%,同比低0.2%: no row of
# the rate's 0.2%, test_extract_review35).
_ON_THE_YEAR_BEFORE = r"(?:同比|[比较](?:上年|去年)(?:同期|末|度)?)"
POINTS_ON_THE_YEAR_BEFORE = re.compile(rf"{_ON_THE_YEAR_BEFORE}[高低]出?")
_POINTS_LOWER = re.compile(rf"{_ON_THE_YEAR_BEFORE}低出?$")


def falls(said: str, unit: str | None) -> bool:
    """Whether the words before a figure end on a fall (下降, 降至), on a margin in points below
    a benchmark (低于全省0.3个百分点, 差计划目标0.9个百分点; not 低于控制目标4.5%, the target's
    own level), or on revenue less than a year's (比2021年减收, 同比减收; not 减税降费政策减收12
    亿元, what a policy cost)."""
    if any(said.endswith(word) for word in lx.FALLING):
        return True
    if _SHORT_OF.search(said):  # (only a margin in points: 21000元 below 全省平均水平 is its level)
        return unit in ("个百分点", "百分点")
    if _POINTS_LOWER.search(said):
        return unit in ("个百分点", "百分点")
    return said.endswith("减收") and lx.PREDICATE_OR_ADVERB_AT_END.search(said) is not None


# A target quoted as the benchmark a margin is over (高于年初人代会12%的目标14.4个百分点), or
# the year before's, set against the year's (比去年的目標「5%左右」略為下調).
_ABOVE = "高于|低于|超过|超出|高出|快于|慢于"
_A_TARGET_COMPARED = re.compile(rf"(?:{_ABOVE})[^,;。\d]{{0,10}}$")
_OF_THE_TARGET = re.compile(r"的?(?:预期|年度)?(?:目标|计划)")
# Another government's own rate set beside the figure, in a list that ends on what it is
# (高于全国7.4%、全省7.8%和全市9%的增速), not a margin over it (高于全市平均水平39.6%).
_A_GOVERNMENT_COMPARED = re.compile(
    rf"(?:{_ABOVE}|[、和及与])(?:全国|全省|全市|全区|全县|全州)(?:平均)?(?:水平)?\(?$"
)
_OF_ITS_RATE = re.compile(
    r"\)?(?:[、和及与][^,;。\d]{1,6}?\(?[\d.]+%\)?)*的(?:平均)?(?:增速|增幅|速度|水平)"
)
# A Taiwan page's conversion of the figure before (1.25兆元(約新台幣5.74兆元)): the same.
_IN_TAIWAN_DOLLARS = re.compile(r"\((?:约合?)?新[台臺]币$")
_LAST_YEARS = re.compile(r"(?<![于出过])(?:去年|上年)的?(?:预期)?目标[「“]?$")  # (not 高于…)
# A target short of which a figure fell, said in money (差年度目标5亿元): no margin the corpus
# keeps, and no level of the indicator's (a margin in points is: 差计划目标0.9个百分点).
_SHORT_OF_A_TARGET = re.compile(r"差[^,;。\d]{0,6}目标$")


def a_benchmark(body: str, start: int, end: int) -> bool:
    """Whether the figure at [start, end) of ``body`` is a benchmark another is compared
    with, not a figure of its own: a target (高于年初人代会12%的目标14.4个百分点; 比去年的
    目標「5%左右」), another government's rate (高于全国7.4%、全省7.8%的增速), or a Taiwan
    page's conversion of the figure before (約新台幣5.74兆元), or a target a figure fell short
    of in money (差年度目标5亿元).  (Moved from values.py.)"""
    before = body[max(0, start - 12) : start]  # (both look back 12 at most)
    a_target = _A_TARGET_COMPARED.search(before) and _OF_THE_TARGET.match(body, end)
    a_government = _A_GOVERNMENT_COMPARED.search(before) and _OF_ITS_RATE.match(body, end)
    short = _SHORT_OF_A_TARGET.search(before) and not body.endswith("百分点", 0, end)
    return bool(
        a_target
        or short
        or _LAST_YEARS.search(before)
        or a_government
        or _IN_TAIWAN_DOLLARS.search(before)
    )


# The words of a change a signed figure follows (增长-3.2%, 同比-5%, 增速为-1.2%, 环比-0.2个
# 百分点): a fall.
_A_CHANGE_SAID = re.compile(
    r"(?:增长|增速|增幅|涨幅|上涨|提高|比增|同比|环比|比上年|较上年|上年同期|增减|变动|"
    r"[比较](?:去年|上年|年初|上年末|\d{4}年)(?:同期)?|与上年相比)"
    r"(?:为|是|了|达|达到)?[:,]?$"
)
# A rate whose level may be below naught (人口自然增长率, 能耗降低率): not a growth's
# (增长率为-3.2% is a fall of 3.2%), nor a change in points.
_A_GROWTH_RATE = re.compile(r"(?<!自然)增长率$|上涨率$|增速$|增幅$")


def a_rates_level(name: str, unit: str | None) -> bool:
    """Whether a figure of ``name`` in ``unit`` is a rate's level, which may be below naught:
    人口自然增长率为-1.30‰ is -1.3‰, no fall of 1.3‰."""
    points = unit is not None and unit.endswith(("百分点", "千分点"))
    return name.endswith("率") and not points and _A_GROWTH_RATE.search(name) is None


def falls_or_below_naught(pre: str, name: str, unit: str | None) -> tuple[bool, bool]:
    """Whether a figure of ``name`` falls, by the words before it in its clause (``pre``:
    下降了8.2%) or a minus sign (增长-39.7%: a fall, written with a sign); and whether it is a
    rate's level below naught instead (人口自然增长率为-1.30‰: no fall of 1.3‰, its value keeps
    the sign)."""
    said = pre.rstrip(_MINUS).removesuffix("了")
    signed = pre.endswith(tuple(_MINUS))
    below_naught = signed and a_rates_level(name, unit) and _A_CHANGE_SAID.search(said) is None
    return (signed and not below_naught) or falls(said, unit), below_naught


_MINUS = "-−"  # (full-width － is - once normalised)
