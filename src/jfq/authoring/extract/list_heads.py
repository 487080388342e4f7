"""Lists whose shape says how their names go: periods of the year listed before one
indicator (一季度、上半年、全年GDP分别增长…), and kinds counted before the head they share
(通信通讯、节能环保两大产业集群产值分别增长…), the sectors by their ordinals (一、二、三产业;
三次产业), and verbs before the one object they share (新建、续建重点项目), which
coordination.py tries before the general ways a list shares a head; the names a 、 or 和 is
part of (ONE_NAME: 交通运输、仓储和邮政业), which it cuts no list at; and a product's other
measures after its output (原油产量、加工量), shared_heads.py's last way."""

from __future__ import annotations

import re

from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.text import Text
from jfq.search.normalize import simplified

_PRICE_CLASSES = (
    "(?:交通[和与]通[信讯]|教育文化和娱乐|(?:生活|其他)用品[和及]服务|医疗保健和个人用品)"
)
# Names that hold 、 or 和 and are one name each: the sections of the national classification
# of industries (交通运输、仓储和邮政业增长8.5%) and 研究与试验发展 (R&D): no list.
ONE_NAME = re.compile(
    "(?:批发和零售|住宿和餐饮|租赁和商务服务|科学研究和技术服务|电力、热力、燃气及水生产和供应|"
    "交通运输、仓储和邮政|信息传输、软件和信息技术服务|水利、环境和公共设施管理|"
    "居民服务、修理和其他服务|文化、体育和娱乐)(?=业)|卫生和社会工作|公共管理、社会保障和社会组织|"
    "研究[和与]试验发展|"
    # (the divisions under them that hold 和, 及 or 、, as statistics bulletins and reviews
    # name a sector's growth: 计算机、通信和其他电子设备制造业增加值增长10.1%)
    "(?:计算机、通信和其他电子设备|通信设备、计算机及其他电子设备|电气机械[和及]器材|"
    "化学原料[和及]化学制品|铁路、船舶、航空航天和其他运输设备|酒、饮料和精制茶|"
    "文教、工美、体育和娱乐用品)制造(?=业)|"
    "(?:黑色|有色)金属冶炼[和及]压延加工(?=业)|"
    "(?:橡胶和塑料|造纸和纸|木材加工和木、竹、藤、棕、草|皮革、毛皮、羽毛及其)制品(?:和制鞋)?(?=业)|"
    "(?:电力、热力|燃气)生产和供应(?=业)|石油和天然气开采(?=业)|"
    "煤炭开采和洗选(?=业)|(?:互联网和相关|软件和信息技术)服务(?=业)|多式联运和运输代理(?=业)|"
    "装卸搬运和仓储(?=业)|生态保护和环境治理(?=业)|印刷和记录媒介复制(?=业)|"
    "(?:金属制品、机械和设备|机动车、电子产品和日用产品)修理(?=业)|"
    "(?:石油、煤炭及其他燃料|石油加工、炼焦和核燃料)加工(?=业)|纺织服装、服饰(?=业)|"
    "新闻和出版(?=业)|广播、电视、电影和(?:影视)?录音制作(?=业)|"
    # (the consumer price index's classes, as a bulletin writes them: 交通和通信类上涨1.8%)
    f"{_PRICE_CLASSES}(?=类|价格)"
)  # (业 after a section's name: 文化、体育和娱乐活动 are three)
# The one a 分别 may give each part a value of (农、林、牧、渔业产值分别增长…), and a price
# class that is the whole subject, with no 类 (交通和通信下降3.7%; but 能源、交通和通信分别…).
ONE_NAME_LISTED = re.compile(f"农、林、牧、渔|^{_PRICE_CLASSES}$")
_PARTS_OF_THE_YEAR = re.compile(rf"{lx.PART_OF_YEAR}|全年")
_WHEN_AND_WHERE = re.compile(rf"(?:{lx.PART_OF_YEAR}|全年|[全我本]{lx.LEVEL})+")


def parts_of_the_year(pieces: list[str]) -> list[str]:
    """一季度、上半年、全年GDP分别增长…: periods listed before one indicator each name it,
    with their period (一季度GDP); the whole year's is the indicator's own (GDP).  [] when
    the pieces are no such list."""
    if not all(_PARTS_OF_THE_YEAR.fullmatch(simplified(n)) for n in pieces[:-1]):
        return []
    opening = _WHEN_AND_WHERE.match(simplified(pieces[-1]))
    head = pieces[-1][opening.end() :] if opening else pieces[-1]
    if not head:
        return []
    periods = [*pieces[:-1], pieces[-1][: opening.end()] if opening else ""]
    return [(p + head if _PARTS_OF_THE_YEAR.fullmatch(simplified(p)) and p != "全年" else head)
            for p in periods]  # fmt: skip


# The count of the kinds listed, before the head they share: 两大, 三个, 四类.
_KINDS_COUNTED = re.compile(r"([两二三四五六七八九]|[2-9])(?:大|个|项|类|种)")
# What a count counts that is no part of a name (两项指标增速, 两大类产品产量: 指标, 类产品).
# (but 机电、高新技术两类产品出口: 产品 is each name's)
# (but 机电、高新技术两类产品出口: 产品 is each name's; 产品产量 is the kinds' 产量)
_CATEGORY = re.compile(r"类?(?:主要)?(?:经济)?指标|类?(?:主要)?产品(?=产量)|类(?=[^\d])")
# (a growth of each, ranked or not; not a share: 五大产业产值占…比重61.7% is the five's)
_RATE_HEAD = re.compile(r"(?:增速|增幅)$")
_PLACES = re.compile(r"城市|县|区|市|县区|县市区|市县|地区|乡镇|省|省份|省区|国家")
_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def counted_kinds(text: Text, start: int, pieces: list[tuple[int, int]], each: bool) -> list[str]:
    """通信通讯、节能环保两大产业集群产值分别增长… -> 通信通讯产业集群产值, 节能环保产业集群
    产值: kinds listed, counted, then the head they share.  Without 分别 or 均 the kinds
    counted are one total (化工新材料和生命健康两大主导产业产值突破600亿), one name.  The
    count must be the list's length (a 两大 that counts something else says nothing of it).
    [] when no such count."""
    last_start, last_end = pieces[-1]
    counted = _KINDS_COUNTED.search(text.norm, start + last_start + 1, start + last_end - 1)
    if counted is None or counted.end() > start + last_end - 2:
        return []
    if _COUNT.get(counted[1], int(counted[1]) if counted[1].isdigit() else 0) != len(pieces):
        return []
    if _PLACES.fullmatch(text.norm, counted.end(), start + last_end):
        return []  # 开封、郑州两个城市均为6%左右: the places are the names (regions.py's)
    category = _CATEGORY.match(text.norm, counted.end(), start + last_end)
    head_start = category.end() if category is not None else counted.end()
    rate = _RATE_HEAD.search(text.norm, head_start, start + last_end) is not None
    if not (each or rate):  # (a rate or a rank of each kind is never a total)
        return [text.name(start, start + last_end)]
    head = text.name(head_start, start + last_end)
    own = [*pieces[:-1], (last_start, counted.start() - start)]
    return [text.name(start + a, start + b) + head for a, b in own]


# The steps of building a thing, longest first: verbs joined before the one object they share
# (新建、续建重点项目; 开工建设、竣工投产…), and a step alone after a count another step named
# (counted_names: 新开工棚户区改造住房1.2万套、基本建成0.8万套).
BUILDING_STEPS = (
    r"(?:新开工建设|开工建设|新开工|开工|新改建|改扩建|新建|续建|改建|扩建|改造|竣工投产|竣工|完工|投产|"
    r"建成|交付)"
)
_VERBS_OF_ONE_OBJECT = re.compile(
    rf"{BUILDING_STEPS}(?:[、和与及]{BUILDING_STEPS})+(?P<object>[^、和与及].+)"
)


def sectors_by_ordinal(text: Text, start: int, end: int, each: bool) -> list[str]:
    """一、二、三产业增长4.1%、14.2%和10%: 第一产业, 第二产业, 第三产业, when each has its
    figure (but 二三产业增加值增长9.5%, and a share of them, 二、三产业增加值占生产总值比重,
    are the sectors' together: none)."""
    three = _THREE_SECTORS.fullmatch(text.norm, start, end) if each else None
    if three is not None:  # 三大产业增加值分别增长3.2%、15.7%、11%: 第一产业增加值…
        group = "sector" if three["sector"] else "sector2"
        sector = text.name(*three.span(group))
        head = text.name(three.start("head" if three["head"] else "head2"), end)
        return [f"第{ordinal}{sector}{head}" for ordinal in "一二三"]
    sectors = _SECTORS_BY_ORDINAL.fullmatch(text.norm, start, end) if each else None
    if sectors is None or re.search("占|比重|比例|结构", sectors["head"]):
        return []
    head = text.name(sectors.start("head"), end)
    ordinals = re.findall("[一二三]", sectors["ordinals"])
    # (一、二、三产: 一产, 二产, 三产; 一、二、三次产业: 一次产业, not 第一次, "the first time")
    first = "" if head == "产" or text.norm.startswith("次", sectors.start("head")) else "第"
    first = (
        "第" if sectors["ordinals"].startswith("第") else first
    )  # (第一、二、三次产业: as written)
    return [first + ordinal + head for ordinal in ordinals]


# The sectors by their ordinals, each named, sharing the head (一、二、三产业, 第一、二、三产业
# 增加值, 一和二产).
# (marked between each, or 一二三 unmarked; a sector's own figure after, not 一二三产业融合
# 发展示范园, a name)
_SECTOR_SCOPE = f"(?:[全我]{lx.LEVEL})?"
_SECTOR_HEAD = r"增加值|产值|投资|总产值|对[^,;。、\d]{2,14}贡献率"  # (…对经济增长的贡献率)
_SECTORS_BY_ORDINAL = re.compile(
    rf"{_SECTOR_SCOPE}(?P<ordinals>第?[一二三](?:[、和及与]第?[一二三]){{1,2}}|一二三|第一二三)"
    rf"(?P<head>次?产业(?:{_SECTOR_HEAD})?|产)"
)


# (三次产业, the nation's sectors; 三大 only with 增加值: 电子信息、装备制造、生物医药三大产业,
# 三大产业产值分别增长… names three industries of its own)
_THREE_SECTORS = re.compile(
    rf"{_SECTOR_SCOPE}(?:三次(?P<sector>产业)(?P<head>{_SECTOR_HEAD})|三大(?P<sector2>产业)(?P<head2>增加值))"
)


def verbs_of_one_object(text: Text, start: int, end: int, each: bool) -> list[str]:
    """新建、续建重点项目86个: one name, the verbs' together; 开工建设、竣工投产重点项目分别为60
    个、35个: each verb with the object, when each has its figure.  [] for any other list."""
    verbs = _VERBS_OF_ONE_OBJECT.fullmatch(text.norm, start, end)
    if verbs is None:
        return []
    if not each:
        return [text.name(start, end)]
    head = text.name(verbs.start("object"), end)
    said = [v for v in re.split("[、和与及]", text.norm[start : verbs.start("object")]) if v]
    return [verb + head for verb in said]


# What else a product's output is measured by, after its 产量 (加工量, 销量, 播种面积).
_OF_A_PRODUCT = re.compile(
    r"(?:加工|销售|销|收购|出栏|存栏|调出|储备)量|(?:播种|种植|收获)?面积|单产"
)


def products_measured_twice(text: Text, start: int, pieces: list[tuple[int, int]]) -> list[str]:
    """The names of a list, where a product's other measures follow its 产量 and take its
    name (原油产量、加工量、销量: 原油加工量, 原油销量; 粮食产量及播种面积、生态环境质量:
    粮食播种面积), with or without 分别: an area sown is never a name alone."""
    names = [text.name(start + a, start + b) for a, b in pieces]
    product = ""  # the product of the last 产量 said, while its measures follow
    for i, (a, b) in enumerate(pieces):
        own = text.norm[start + a : start + b]
        if product and _OF_A_PRODUCT.fullmatch(own):
            names[i] = product + names[i]
            continue
        product = names[i][:-2] if own.endswith("产量") and len(own) > 2 else ""
    return names
