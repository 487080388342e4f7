"""Which region each figure of a side-by-side page is for (各地GDP目标: many regions'
targets in one list): the region its subject names, else the regions its sentence names
before the figure or lists after it; with the sentence that names the indicator when
the figure's own does not (subjects.py reads the names)."""

from __future__ import annotations

import copy
import re

from jfq.authoring.extract import blocks
from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.indicators import Indicator, indicator_for, key_for
from jfq.authoring.extract.name_openings import without_region, zones_own_names
from jfq.authoring.extract.subjects import Regions, indicator_named, own_name
from jfq.authoring.extract.text import Text
from jfq.data.model import Source, Target
from jfq.data.quotes import parts
from jfq.search.normalize import simplified


def is_side_by_side(read: Text, regions: Regions) -> bool:
    """各地GDP目标: the clauses of a sentence open with three regions or more (郑州、开封、
    洛阳…; 郑州市…提出,…;开封市…;洛阳市…), as their subjects; not a county's report that
    names them as a verb's object (深化与北京、天津、河北合作).  Such a page is short: its
    opening is enough to tell (and a long file is not read for it)."""
    for sentence in re.split(r"[。\n]", read.norm[:20_000]):
        if len(_subjects_with_figures(sentence, regions)) >= 3:
            return True
    return False


def _subjects_with_figures(sentence: str, regions: Regions) -> set[str]:
    """The regions that open a part of ``sentence`` (parts end at , ; : and 、) and that a
    figure follows before the next region opens one: 郑州6%左右、洛阳6.5%…; 郑州市…提出,新能源
    汽车产量增长30%;开封市…  But not a province's report that names its cities' deeds
    (郑州获批…,洛阳入选…,开封成功创建…,全年接待游客9.95亿人次: one figure, the last)."""
    named: set[str] = set()
    opened: list[str] = []
    for clause in re.split(r"[,;:]", sentence):
        if _LISTED_AFTER.match(clause):
            named.update(regions.opening(clause))  # (…定在5%左右,包括河南、福建: the figure's)
            continue
        for part in re.split("、", clause) if len(_A_NUMBER.findall(clause)) > 1 else [clause]:
            subjects = regions.opening(part)
            if subjects:
                opened = subjects
            if opened and _A_NUMBER.search(part):
                named.update(opened)
                opened = []
    return named


_LISTED_AFTER = re.compile(r"\s*(?:包括|比如|如|有)")
_A_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def figure_ends(drafted: list[blocks.Found]) -> dict[tuple[int, int], list[int]]:
    """Per sentence (its quote), where each figure drafted from it ends (in_its_regions)."""
    ends: dict[tuple[int, int], list[int]] = {}
    for found in drafted:
        ends.setdefault(found.quote, []).append(found.phrase[1])
    return ends


def in_its_regions(
    read: Text,
    row: Target,
    found: blocks.Found,
    ends: dict[tuple[int, int], list[int]],
    known: Regions,
    *,
    side_by_side: bool = False,
) -> list[Target]:
    """A row whose subject is a region the data knows (海南为9.5%左右; 而商丘市的目标是
    “增长7.5%左右”; 周口市、新乡市,预期目标为…): that region's, one row per region named,
    for the indicator the passage speaks of (subjects.py).  On a side-by-side page a
    figure named by its indicator is the region's its sentence names before it (受到洪涝
    灾害影响的河南,2021年经济增长6.3%).  Another row is kept as drafted.  ``ends``: where
    the figures of each sentence end (figure_ends)."""
    if not known:
        return [row]
    # from the end of the figure before it in its sentence (targets and results are
    # drafted apart, so the list is not in the sentence's order)
    since = max([e for e in ends[found.quote] if e <= found.phrase[0]], default=found.quote[0])
    subject = known.subject(row.name)
    if (
        subject is not None
        and not side_by_side
        and not _subject_of(read, found, (row.name, subject), known)
    ) or (subject is not None and _a_grade(subject[1])):
        subject = None  # 引进河南理工大学…重点实验室2个, 引进北京新设机构55家: no subject
    if subject is not None and _addresses(subject[1], row.region):
        # (广东省珠海市金湾区地区生产总值, 江苏扬州地区生产总值: the report's own region, with
        # its address before it, though the data knows only the province)
        row.name = without_region(subject[1], row.region)
        return [row]
    if subject is not None:  # 浙江和江西两个省份的目标: each region the subject names
        region, rest = subject
        also = [r for r in known.named_in(rest) if r != region]
        rest = known.without(rest)
        return [_for_region(read, copy.copy(row) if also else row, found, place, rest)
                for place in (region, *also)]  # fmt: skip
    after = _listed_after(read.norm[found.phrase[1] : found.quote[1]], known)
    before = _without_its_own_zone(read.norm[since : found.phrase[0]], row.region)
    clause = re.split(r"[,;:]", before)[-1]  # its own clause first: 浙江和江西…为5%
    if lx.PLURAL_SUBJECT.match(row.name):  # 多地将今年GDP目标定在6%左右: only a list after
        named = after  # (…,包括河南、福建) says which; the regions before it are not
    else:
        named = known.named_in(clause) or known.named_in(before) or after
    # a subject of its own (in a report): 地区生产总值增长7%; 努力跑赢全国;新能源产业产值
    # 增长8%以上 is the report's region's, whatever an earlier clause named (but 郑州:新能源
    # 汽车产量增长30% is 郑州's: its own clause names it)
    own = not side_by_side and (indicator_for(row.name) or own_name(row.name))
    clause = re.split(r"[,;]", before)[-1]
    in_clause = _opening_region(known, clause, row.name, row.region) if own else []
    # (居全国综合实力百强区第81位, 占全省12%: the field a rank or share is of, no subject)
    if not named or (own and not in_clause) or (own and row.measure in ("rank", "share")):
        return [row]
    if own:  # its name stays its own: only the region is the clause's
        return [_in_region(row, region, len(in_clause) > 1) for region in in_clause]
    return [_for_region(read, copy.copy(row), found, region, "") for region in named]


# An institution a region's full name opens (开封市第一人民医院, 郑州市中心医院), with no verb
# before its head (not 郑州市新增医院床位).
_AN_INSTITUTION_NAMED = re.compile(
    r"(?:第[一二三四五六七八九十]+|中心|人民|中医|妇幼|儿童|实验|外国语|职业技术)+"
    r"(?:医院|中学|小学|学校|学院|大学)"
)


def _subject_of(
    read: Text, found: blocks.Found, named: tuple[str, tuple[str, str]], known: Regions
) -> bool:
    """Whether the region a row's name opens with is its subject in a report: not inside a
    proper name (河南理工大学), not the object of a verb the name lost (引进北京新设机构,
    与重庆高新区协同…), not a firm's (安徽江南化工), and not the nation or a province of a
    local report's honours and ranks (全国投资潜力百强县, 全国文明城市, 湖北省综合竞争力百强镇):
    those are the report's own."""
    name, (region, rest) = named
    spelled = simplified(name[: len(name) - len(rest)])
    short = not spelled.endswith(("省", "市", "县", "区", "州", "盟", "旗"))
    institution = lx.PROPER_NAME_GOES_ON.match(simplified(rest)) if short else None
    institution = institution or _AN_INSTITUTION_NAMED.match(simplified(rest))
    institution = institution or _A_FIRM_NAMED.match(simplified(rest))  # (安徽江南化工: a firm)
    institution = institution or _AN_EVENT_OR_AN_HONOUR.match(simplified(rest))
    if institution or (region == "全国" and not _the_nations(simplified(rest))):
        return False  # (郑州市新增医院床位 is 郑州市's; 郑州大学, 开封市第一人民医院 are places)
    listed = _A_RANKING_LIST.search(simplified(rest))
    # (a province's own list: 湖北省综合竞争力百强镇; not 河南省全国百强县 nor 昆山市县域经济百强县,
    # a county's rank on the nation's list)
    its_list = (
        listed and region.endswith("省") and not simplified(rest).startswith(("全国", "中国"))
    )
    if (region == "全国" and (found.figure.measure in ("rank", "share") or listed)) or (
        found.figure.measure == "rank" and its_list
    ):
        return False  # (中国工业百强区第38位, 湖北省综合竞争力百强镇中排名第5位: the report's
        # own rank on the nation's or the province's list)
    if rest.startswith(("、", "和")) and not lx.EACH.search(read.norm, *found.quote):
        return False  # (上海、深圳域外孵化器引进…不少于5家: one figure of the places together)
    start, end = found.phrase
    at = read.norm.find(spelled, start, end)
    if at < 0:
        return True
    opens = max(found.quote[0], *(read.norm.rfind(mark, 0, at) + 1 for mark in ",;。、:"))
    before = _CLAUSE_LEAD.sub("", read.norm[opens:at])
    if known.pattern is not None:  # (郑州和洛阳地区生产总值…: the regions before it in its list)
        before = re.sub(f"(?:{known.pattern.pattern})[和与及、]", "", before)
    return not re.search(r"[\u4e00-\u9fff]", before)


def _opening_region(known: Regions, clause: str, name: str = "", region: str = "") -> list[str]:
    """The region a clause opens with, its subject (郑州:新能源汽车产量…; 2024年郑州市…),
    up to a list's first 、 or a place's name joined with a dot.  One named further on is
    no subject: inside a list of places (焦电文化艺术创意产业园、焦作·百年矿业遗址公园…),
    or the object of a verb (引进北京新设机构55家, 医务人员驰援湖北、15名支援甘孜)."""
    opening = re.split(r"、|(?=[^、]{0,6}[·•])", clause, maxsplit=1)[0]
    subject = known.subject(_CLAUSE_LEAD.sub("", opening, count=1))
    said = simplified((subject[1] if subject is not None else "") + name)
    if subject is not None and subject[0] == "全国" and not _the_nations(said):
        return []  # 中国动力谷3+5+2产业增长16%: a name the nation's opens, in a city's report
    if subject is not None and region and _addresses(subject[1], region):
        return []  # (湖南江华瑶族自治县预计地区生产总值…: the report's own county, which the data
        # does not know, its province its address, as 广东省珠海市金湾区 is)
    return [] if subject is None else [subject[0]]


# What the nation's own figures are said of, at the start of what follows its name (中国
# 经济增长5.2%, 全国GDP…, 我国外贸进出口总值…; not 中国(湖南)自由贸易试验区…, 中国重汽某县
# 基地…, 全国重点镇某镇…: bodies the nation's name opens, whose indicators follow).
_THE_NATIONS = re.compile(
    r"[,:、的]|经济|GDP|国内生产总值|居民|城镇|城乡|农村|规模以上|规上|社会|进出口|外贸|货物|"
    r"出口|进口|网上零售|粮食|财政|税收|一般公共预算|固定资产|投资|工业|服务业|消费|物价|"
    r"人口|就业|外资|能耗|单位|新增|研发|全员",
    re.I,
)


# A list the nation or a province ranks places on (全国工业百强县, 湖北省综合竞争力百强镇).
_A_RANKING_LIST = re.compile(r"百强|千强|\d+强|强[县区市镇]|榜")  # (not 排名靠前的省份: others)
# A firm a region's short name begins (安徽江南化工, 湖北楚天化工): a brand, then its trade
# (not 河南化工产业产值, the region's industry).
_A_FIRM_NAMED = re.compile(
    r"(?!国有|民营|外资|集体|私营|精细)[\u4e00-\u9fff]{2}(?:化工|钢铁|实业|控股|股份|药业|矿业)"
    r"(?![产行企增])"
)  # (not 河南精细化工增加值, 上海国有控股公司利润: an industry, a kind of the region's firms)
# An event or an honour a place's name opens (上海汽车文化节拉动旅游消费金额, 获批河南省著名商标):
# what the report's region drew or won, not the place's own figure.
_AN_EVENT_OR_AN_HONOUR = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:文化|旅游|购物|艺术|美食|音乐|电影|啤酒|体育|消费)节|"
    r"[\u4e00-\u9fff]{0,4}?(?:博览会|交易会|展览会|马拉松)|(?:著名|驰名)商标|名牌"
)


def _the_nations(name: str) -> bool:
    """Whether a name after the nation's is one of its figures (经济增长, 固定资产投资), not
    a name the nation's opens (中国动力谷…产业)."""
    return not name or _THE_NATIONS.match(name) is not None


def _a_grade(rest: str) -> bool:
    """Whether what follows a region's name makes it a grade the region awards (焦作市级园林单位
    4个, in 孟州's report; 省级 is no region's name), not that region's own figure."""
    return rest.startswith("级")


_CLAUSE_LEAD = re.compile(
    r"^\s*(?:(?:19|20)\d\d年)?(?:今年|去年|全年|上年|明年)?(?:其中|而|另外|同时)?[:,]?"
)


def _in_region(row: Target, region: str, copied: bool) -> Target:
    row = copy.copy(row) if copied else row
    row.region = region
    return row


def _listed_after(text: str, known: Regions) -> list[str]:
    """“增长8%以上”的地市有郑州、周口、信阳; 定在5%左右,包括河南、福建: the regions
    listed after the figure, up to the end of the list."""
    listed = re.match(r"[”\"’']?[,]?的?(?:地市|城市|省份|省区市|地区|市|省)?(?:有|包括)([^,;。]*)",
                      text)  # fmt: skip
    return [] if listed is None else known.named_in(listed[1])


# A city the data may not know announcing its own figure, opening a row's name (南通市官宣GDP
# 突破一万亿元, in a news page's aside on a report of 江苏): no figure of the region's.  Only
# with the verb: 新增上市公司, 纳入省市… and 中小城市 end in 市 too, and no list of the
# nation's cities is kept.
_A_CITY_ANNOUNCING = re.compile(r"(?P<city>[\u4e00-\u9fff]{2,3}市)(?:官宣|发布|宣布|公布)")
_OURS = re.compile(rf"[我本]{lx.LEVEL}")


def of_another_city(name: str, region: str) -> bool:
    """Whether a row so named is one a city other than the region announces (苏州市发布该市
    GDP在省内首破两万亿元, in a report of 江苏省): no row of the region's."""
    return _of_another_city(simplified(name), simplified(region))


def _of_another_city(name: str, region: str) -> bool:
    """(not 泰州市公布我县地区生产总值…, 盐城市公布射阳县…: the city tells the region's own)"""
    city = _A_CITY_ANNOUNCING.match(name)
    if city is None or city["city"] in region or region.rstrip("市") in city[0]:
        return False
    told = name[city.end() :]
    ours = _OURS.search(told)  # (我县 in a county's report; 泰州市公布我市… is the city's)
    own = ours is not None and region.endswith(ours[0][1])
    return not own and region.rstrip("市县区旗") not in told


def _addresses(rest: str, region: str) -> bool:
    """Whether what follows a region begins with the report's own (珠海市金湾区, or 扬州 of
    扬州市): the region before it is an address, no subject."""
    last = re.split(r"(?<=[省市州盟区县旗])(?=..)", region)[-1]
    short = re.sub(r"(?:市|区|县|自治区|新区|旗)$", "", last)
    return simplified(rest).startswith((region, last, short) if len(short) >= 2 else (region, last))


def _without_its_own_zone(said: str, region: str) -> str:
    """``said`` with a zone's name of itself cut to its short name (信阳高新区 to 高新区, in
    信阳高新技术产业开发区's report): the city there is the zone's address, no subject."""
    for own, short in zones_own_names(region):
        said = said.replace(own, short)
    return said


def _for_region(read: Text, row: Target, found: blocks.Found, region: str, rest: str) -> Target:
    row.region = region
    # 而商丘市的目标是“增长7.5%左右, )、西藏(9%以上: the figure, not what leads to it
    row.text = re.split(r"[“(（]", row.text)[-1] or row.text
    own = own_name(rest)
    if own and indicator_for(own) is None:  # 海南2021年离岛免税销售额: a figure of its own
        row.name, (row.key, row.en) = own, key_for(own, row.unit)
        return row
    named = indicator_named(read.norm, rest, found.phrase[1])  # up to the figure itself
    if named is None:
        row.name = rest.strip('的是为“"') or row.name
        return row
    indicator, _, where = named
    row.name = _as_written(read, rest, named)
    row.key, row.en = key_for(indicator.names[0], row.unit, grows=row.unit == "%")
    if where is not None and where <= found.quote[0]:  # named in an earlier sentence: quote it
        row.sources = [_with_lead(read, row.sources[0], _sentence_at(read.norm, where - 1))]
    return row


def _as_written(read: Text, rest: str, named: tuple[Indicator, str, int | None]) -> str:
    """A side-by-side row's indicator as the row's own words write it, where they hold it,
    else as the sentence before wrote it (31省份2021年GDP增长目标为:湖北(10%以上)…: GDP,
    less the predicate's 增长 where what is left names it), not a name of jfq's lexicon."""
    indicator, said, where = named
    plain = simplified(rest).casefold()
    for name in (indicator.names[0], said):
        if name in plain:
            at = plain.find(name)
            return rest[at : at + len(name)]
    if where is None:
        return indicator.names[0]
    start = where - len(said)
    cut = said.removesuffix("增长")  # (GDP增长目标: GDP; but 经济增长 says what 经济 does not)
    return read.name(start, start + (len(cut) if indicator_for(cut) is not None else len(said)))


def _sentence_at(norm: str, position: int) -> tuple[int, int]:
    """The sentence around ``position``, with its closing mark."""
    start = max(norm.rfind(mark, 0, position) for mark in "。\n!?") + 1
    ends = [e for e in (norm.find(mark, position) for mark in "。\n!?") if e >= 0]
    end = min(ends, default=len(norm))
    return start, end + 1 if norm[end : end + 1] in ("。", "!", "?") else end


def _with_lead(read: Text, source: Source, lead: tuple[int, int]) -> Source:
    """从“规模以上工业增加值”方面来比较…而洛阳、开封…的目标是“增长8%”: a side-by-side
    page names the indicator once, sentences before the figure."""
    start, end = read.span(*lead)
    heading = read.original[start:end].strip()
    if not heading:
        return source
    # The quote may hold a lead already (its year's heading): every part in the page's order.
    where = {part: read.original.find(part) for part in parts(source.quote)}
    where.setdefault(heading, start)
    return Source(quote="…".join(sorted(where, key=where.__getitem__)), doc=source.doc)
