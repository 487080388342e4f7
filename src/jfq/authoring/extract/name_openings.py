"""What a sentence puts before an indicator's name and a reader leaves out of it: the
government's own name (重庆地区生产总值), a year (成都2015年新签约…), a condition's 在
(在固定资产投资增长11.6%的情况下), and the words of a clause that followed a place
(屯昌将努力实现…); and, within a clause, where its own sentence or a quoted list begins and
an attributive before a long head (past_openers, past_attributive: moved from names.py).
Split from the package's __init__, which names each row with it."""

from __future__ import annotations

import re

from jfq.authoring.extract import cues
from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.indicators import indicator_for
from jfq.search.normalize import simplified

# (but 2015年末常住人口 keeps 年末: the part of the year is the figure's)
# (2023年度省重点项目: stays) and a place that set its targets in it, as a news page says
# (广州白云在2025年设定地区生产总值增长5.5%左右的目标; 成都设定2026年GDP增长…)
_SETTING = r"(?:设定|确定|提出|明确|制定)了?的?"
_A_YEAR_OPENS = re.compile(
    rf"[\u4e00-\u9fff]{{2,8}}?(?:(?<![当等高低大小位属用对关由至处居])于(?:19|20)\d\d年(?![底末初中度])(?:{_SETTING})?|在(?:19|20)\d\d年{_SETTING})"
    rf"|(?:19|20)\d\d年(?![底末初中度])(?:{_SETTING})?"
    rf"|[\u4e00-\u9fff]{{0,8}}?(?:{_SETTING})(?:19|20)\d\d年(?![底末初中度])"  # (成都设定2026年)
)
# A condition before a name (在大幅减税降费情况下财政收入增长1.5%): the sentence's.  (A 在
# before the figure's own name, 在固定资产投资增长11.6%的情况下, is cut where the figure is
# read: grammar.py sees the condition after it.)
_CONDITION_OPENS = re.compile(r"在[^,;。]{1,14}?(?:情况|背景|形势|前提|条件|影响|冲击|基数)下")
# A page's label before its first sentence ([国家统计局]2021年社会消费品零售总额…, 【新华社】)
_A_LABEL_OPENS = re.compile(r"[\[【][^\]】,;。]{1,12}[\]】]")


# A count before a rate's name (3个城市集中式饮用水水源水质达标率均为100%: of the sources
# it is measured over) and the scope a clause opened with (在全市率先完成6条河道…).
# (and the groups a count is in: 实施10个方面48项为民办实事项目)
_COUNT_OPENS = re.compile(
    r"\d+(?:个方面|大方面|个领域|个|家|项|条|所|座|名|处|批|类|种)(?=[\u4e00-\u9fff“])"
)
_SCOPE_OPENS = re.compile(rf"在全{lx.LEVEL}(?:范围内|域)?的?")
# Examples before a numbered group (建材等五大主导产业: the group is named, not its examples)
# and an adverb a name opened with (率先设立3个集中医学观察点; 同口径一般公共预算收入: how it
# is measured, as the corpus README says).
_EXAMPLES_OPEN = re.compile(r"[^,;。等]{1,12}?等(?=[一二三四五六七八九十两\d]+[大个项类家批种])")
_ADVERB_OPENS = re.compile(r"率先|先后|相继|陆续|累计|按?同口径(?:计算)?|按可比价(?:格)?(?:计算)?")
# The months of the year so far a figure is of (1-12月份服务业增加值, 1—11月地税收入: the
# figure's date, as the corpus's readers name it; the row gets no key unless they are the
# whole year: __init__._row), not 7-8月, a part of the year, kept as 上半年 is; and
# the work of pushing a thing on (全力推进省级重点工程120项): a clause's verb, not a name's,
# before a project, a work, a task (not 推进制造业高质量发展20条, a policy, nor 推进会议).
# (1月至7月 and 元至7月, January to July, too; and what is left of them where 至 was read as a
# level's verb and its 1 taken: 至7月全省工业投资)
_MONTHS_OPEN = re.compile(
    r"(?:(?:19|20)\d\d年)?(?:1月?|元月?)?[-—–~至到](?:1[0-2]|[2-9])月(?:份|(?![底末龄]))"
)
_PUSHING_OPENS = re.compile(
    r"(?:全力|加快|大力|积极|扎实|持续|全面|着力)?推进(?=.{2,}(?:项目|工程|任务|行动|建设|改造)$)"
)
# The means a sentence names a thing by, with its verb (通过实施新增…楼宇10幢: by doing it),
# not 通过 of a test passed (通过绿色食品认证, 通过省检贫困县), which is the figure's own.
_MEANS_OPEN = re.compile(r"通过(?:实施|开展|举办|组织|采取|推出|出台|落实|打造|推进)")
# "Of all kinds" before a name of three characters or more (各类在建项目); 各类风险, a
# qualitative target's name, keeps it.
_KINDS_OPEN = re.compile(r"各[类類](?=[^,;。]{3})")
_KINDS_AFTER_NEW = re.compile(r"(新增|新设)各类(?=[^,;。]{2})")
# Who says it and the verb of saying (江苏提出“十三五”期末地区生产总值…, 报告提出…), and a day's
# date after who holds the figure (农商银行…支行截至2020年12月底各项存款余额): taken out of the
# name.  A speaker that is a place stays, for the region it names (郑州市政府提出…: 郑州市's,
# sides.py); one that is none goes (报告, 省委全会, 国务院, a person).  Not what is put
# forward (代表提出建议批评意见120件: the proposals counted).
_SAID_OR_DATED = re.compile(
    rf"(?P<said>(?:(?:提出|指出|强调|表示)了?|(?<![和及、与])(?:确定|明确|设定|制定)了)"
    rf"(?:“?{lx.FIVE_YEAR_PLAN}”?(?:时期|期间|期?末))?)"
    r"(?![^,;。]{0,4}?(?:建议|意见|议案|提案|问题|申请|诉求|要求))"
    r"|(?:截[至止]到?)?(?:19|20)\d\d年\d{1,2}月(?:\d{1,2}日|份|底|末)?"
)
# Who speaks, up to the body it speaks through (郑州高新区管委会, 郑州市“十四五”规划, 洛阳发改委:
# the place before it stays), and what names no place (市统计局, 省委全会, 中央城市工作会议,
# 示范区建设方案) or a person (市委书记张三, 李强总理): no part of a name.
_A_BODY = re.compile(
    r"(?:人民)?政府|管委会|党?工委|[省市县区州]委|党委|统计局|发改委|发展和改革委员会|国务院|"
    r"工作会议|常务会议|会议|全会|规划|纲要|报告|公报|文件|方案|“"
)
_A_PERSON = re.compile(r"书记|[省市县区]长|总理|主任|专家")
_GENERIC = re.compile(
    r"(?:中央|国家)?(?:(?:超大|特大)?城市|省辖市|(?:高新|示范|开发|经开|新)区|园区|全?[省市县区州])?"
    r"(?:建设|工作)?"
)


def _speaker_kept(speaker: str) -> str:
    plain = simplified(speaker)
    if _A_PERSON.search(plain):
        return ""
    body = _A_BODY.search(plain)
    kept = speaker[: body.start()] if body is not None else speaker
    return "" if _GENERIC.fullmatch(simplified(kept)) else kept


def _without_said_or_dated(name: str) -> str:
    for _ in range(2):  # (郑州市政府表示2024年3月底…: a speaker, then a date)
        said = _SAID_OR_DATED.search(simplified(name))
        if said is None or said.start() > 12 or len(name) - said.end() < 2:
            return name
        speaker = name[: said.start()]
        if said["said"]:  # 报告提出地区生产总值…; 郑州市“十四五”规划提出…: 郑州市
            speaker = _speaker_kept(speaker)
        name = speaker + name[said.end() :]
    return name


def _without_openings(name: str) -> str:
    """成都2015年新签约… -> 新签约…: the sentence's year before a name; and a condition
    (在大幅减税降费情况下财政收入), a count, a scope; and who said it, or when, inside it."""
    name = _without_said_or_dated(name)
    openings = (_A_LABEL_OPENS, _A_YEAR_OPENS, _CONDITION_OPENS, _COUNT_OPENS, _SCOPE_OPENS,
                _EXAMPLES_OPEN, _ADVERB_OPENS, _MONTHS_OPEN, _PUSHING_OPENS, _KINDS_OPEN,
                _MEANS_OPEN)  # fmt: skip
    while (
        opening := next(filter(None, (o.match(simplified(name)) for o in openings)), None)
    ) is not None and len(name) - opening.end() >= 2:
        name = name[opening.end() :]
    kinds = _KINDS_AFTER_NEW.match(simplified(name))  # 新增各类首店: 新增首店
    return name[: kinds.end(1)] + name[kinds.end() :] if kinds is not None else name


def _without_leads(name: str) -> str:
    """将努力实现地区生产总值 -> 地区生产总值: the words of the clause that followed a
    government's name (屯昌将努力实现…, 中国还新增…).  A word of two characters or more, or
    将/要/还/也 before one: a single character opens nouns too (共享单车, 还款, 将军乡)."""
    while True:
        name = _without_openings(name)
        written = simplified(name)
        will = 1 if written[:1] in ("将", "要", "还", "也") else 0
        lead = lx.LONG_LEAD_AT.match(written, will)
        if lead is None and will and not lx.OPENED_BY_A_LEAD.match(written) and len(name) > 3:
            return name[1:]  # 昆山将经济增长目标设为6%以上: "will" alone (but 将军乡)
        if lead is None or len(name) - lead.end() < 2:
            return name
        name = name[lead.end() :]


_AUTONOMOUS = re.compile(r"(?P<place>..+?)(?:[^族]{1,3}族)+自治(?P<kind>[县州旗])")
_ITS_OWN_AFTER = re.compile(r"全|将|要(?!素)|仍将|力争|力保|确保")
# (the place is read short where an ethnic name could take its last character: 积石山保安族…
# gives 积石, and only 积石县 or 积石全县 would then be cut, which no text writes)


# Steps a figure crossed before the level it reached (地区生产总值连续跨越2个千亿级台阶、预计
# 增长至4450亿元): a clause of its own, no part of the name.
_STEPS_CROSSED = re.compile(
    r"(?:连续|相继|接连)?(?:跨越|跨上|迈上|迈过|突破|站上)[\d一二两三四五六七八九十]+个"
    r"[^,;。、]{0,8}(?:台阶|关口|大关)$"
)


def without_region(name: str, region: str) -> str:
    """重庆地区生产总值 -> 地区生产总值: the government's own name (or its short form) in
    front of an indicator is the sentence's, not the indicator's."""
    name = _without_openings(name)
    crossed = _STEPS_CROSSED.search(simplified(name))  # (and what a clause before it did)
    name = name[: crossed.start()] if crossed and crossed.start() >= 2 else name
    inside = simplified(name).find("累计", 2)  # 港口累计吞吐量: the predicate's, not the name's
    if inside > 0 and len(name) - inside - 2 >= 2:
        name = name[:inside] + name[inside + 2 :]
    region = simplified(region)  # (澳門特別行政區 given as written: its names are matched so)
    # 哈尔滨市平房区: the text may say 平房区 (but not 盐田 for 深圳市盐田区: 盐田港区…)
    last = re.split(r"(?<=[省市州盟区县旗])(?=..)", region)[-1]  # (吴江区盛泽镇: 盛泽镇)
    names = {region, last, re.sub(r"(?:市|区|县|省|自治区|特别行政区|新区|旗)$", "", region)}
    # 广州市天河区's 天河, 盛泽镇's 盛泽, before an indicator only (新兴 of 新兴镇 opens 新兴产业)
    short = re.sub(r"[区县镇乡]$", "", last)
    if short != last and len(short) >= 2 and simplified(name).startswith(short):
        names |= {short} if indicator_for(name[len(short) :]) else set()
    autonomous = _AUTONOMOUS.fullmatch(region)  # 乐东黎族自治县: 乐东县, and 乐东 before 全县
    if autonomous is not None:
        place = autonomous["place"]
        names.add(place + autonomous["kind"])
        if simplified(name).startswith(place) and _ITS_OWN_AFTER.match(
            simplified(name), len(place)
        ):
            names.add(place)  # (延边将力争…, 乐东全县: not 长白山景区 for 长白…自治县)
    zone = _A_ZONE.search(region)  # 西安高新区's report says 高新区 and 园区 of itself
    # (a street's says 街道, which is a street too: only before what is measured, 街道财政收入,
    # not 街道办事处…)
    if zone is not None and (zone[0] != "街道" or _A_STREETS_MEASURE.match(simplified(name))):
        names |= {zone[0], "园区"} if zone[0] in _PARKS else {zone[0]}  # (a 新区 has parks)
        # (信阳高新技术产业开发区 says 高新区, 信阳高新区, 信阳市高新区 …)
        names |= {said for own in zones_own_names(region) for said in own}
    nation = {"中国", "我国"} if region == "全国" else set()
    written = simplified(name)  # 通遼市地區生產總值: the region's name as traditional text has it
    for prefix in sorted(names | nation, key=len, reverse=True):
        if len(prefix) >= 2 and written.startswith(prefix) and len(name) - len(prefix) >= 3:
            if lx.PROPER_NAME_GOES_ON.match(written, len(prefix)) or _ITS_ZONE.match(
                written, len(prefix)
            ):
                break  # (河南理工大学…实验室 in 河南省's report: a university's name; 张掖经开区
                # in 张掖市's, a zone of its own)
            rest = name[len(prefix) :]  # 平房区(哈经开区)地区生产总值: and its other name
            aside = re.match(r"[(（][^()（）]{1,12}[)）]", rest)
            rest = rest[aside.end() :] if aside and len(rest) - aside.end() >= 3 else rest
            return _without_leads(rest)
    place = _A_PLACE_THAT_WILL.match(written)  # 镇江高新区将力争GDP…: a zone's short name
    if place is None or len(name) - place.end() < 2:
        return name
    rest = _without_leads(name[place.end() :])
    return rest[1:] if rest[:1] in ("将", "要") and len(rest) > 3 else rest  # (…集聚区将|固定…)


# A zone a city's name opens (张掖经开区一般公共预算收入): the zone's figure, named with it.
_ITS_ZONE = re.compile(
    r"经开区|高新区|开发区|经济技术开发区|高新技术产业开发区|综合保税区|综保区|保税区"
)
# The kinds of zone (and street) a report may be of; those with parks of their own call
# themselves 园区 too.
_PARKS = ("高新区", "经开区", "开发区", "园区")
_A_ZONE = re.compile(
    rf"(?:{'|'.join((*_PARKS, '新区', '试验区', '实验区', '示范区', '合作区', '街道'))})$"
)
_A_STREETS_MEASURE = re.compile(
    r"街道(?!两侧|两旁|沿线|周边|办事处).*(?:收入|产值|投资|增加值|总值|总额|税收|营收|销售额|总量|"
    r"增速|外资|主体|率)$"
)
ZONES_SHORT = (
    ("高新技术产业开发区", "高新区"),
    ("经济技术开发区", "经开区"),
    ("经济综合实验区", "实验区"),  # (郑州航空港经济综合实验区: 郑州航空港实验区)
)


def zones_own_names(region: str) -> list[tuple[str, str]]:
    """How a zone's report names itself, each name with the zone's short one (信阳高新技术产业
    开发区: 信阳高新区, 信阳市高新区, 信阳国家高新区 …, each with 高新区), and without the place it
    is in (陕西西咸新区: 西咸新区); none for a region that is no such zone."""
    for full, short in ZONES_SHORT:
        city = region.removesuffix(full)
        if city and city != region:
            named = [(city + infix + short, short) for infix in ("", "市", "国家", "国家级")]
            # (惠州大亚湾经济技术开发区 says 大亚湾开发区, 大亚湾经开区 too: its own name without
            # the city's, however long the city's is; a wrong cut names nothing a text says)
            own = [city[cut:] for cut in (2, 3, 4) if len(city) - cut >= 2]
            return named + [(name + said, said) for name in own for said in (short, "开发区")]
    zone = _A_ZONE.search(region)
    # (陕西西咸新区, 黑龙江哈尔滨新区: 西咸新区, 哈尔滨新区)
    if zone is not None and zone[0] != "街道":
        return [(region[cut:], zone[0]) for cut in (2, 3) if len(region) - cut - len(zone[0]) >= 2]
    return []


# A place's name and a word of the clause it is the subject of (镇江高新区将力争GDP增长…).
# (a zone or a city, not any noun that ends in 区: 老旧小区要改造, 开发区要素保障资金)
_A_PLACE_THAT_WILL = re.compile(
    r"[\u4e00-\u9fff]{2,8}?(?:高新区|新区|经开区|集聚区|园区|市|县|州|旗)(?=将|要(?!素)|力争|确保)"
)


# -- openings a name is cut past within its clause (moved from names.py) -----------------------

# A place's own word, after an attributive that dates its name (刚刚过去的该省地区生产总值).
_A_PLACES_OWN = re.compile(r"该(?:[省市州区县旗镇](?![域级场]|城(?![乡镇]))|(?=地区生产总值))")
_ASIDES = re.compile(r"[(（][^()（）]*[)）]")


def _in_brackets(text: str, start: int, at: int) -> bool:
    return text.count("(", start, at) > text.count(")", start, at)


# A short subject and its adverbs before 把, the object of a "disposal" (政府将努力把…,
# 我们要把…): not 一把手, 把关, 把握.
_DISPOSAL = re.compile(r"[\u4e00-\u9fff]{0,8}?(?<!一)把(?![关握脉控])")


def _a_headline_before(before: str) -> bool:
    """What a dash follows that is no part of the name after it: a quoted label or a
    headline (经济实力显著增强); not a period (一季度——…), a place (高新区——…) or an
    indicator the name after it is a part of (城乡居民人均可支配收入——城镇居民…)."""
    plain = simplified(before)
    if lx.PART_OF_YEAR_AT.fullmatch(plain) or plain.endswith(_PLACES_END):
        return False
    return plain.endswith(("”", "」")) or (indicator_for(plain) is None and len(plain) >= 4)


# Who a figure is of, before 预计 and its verb (规模以上工业企业预计实现利润850亿元): the
# subject, not prose the sentence begins after.
# (not 开发区 or 全园区, often the region itself: 开发区预计完成…)
_AN_ENTITY = re.compile(r"(?:企业|工业|行业|产业|公司|集团|(?<=[^全])园区|高新区)$")


_A_SOURCE = re.compile(r"(?<!数)据|(?:数据|资料|统计)(?:显示|表明|称)")  # (统计数据显示…预计…)


def _an_entity_estimates(text: str, start: int, opener: re.Match[str]) -> bool:
    """Whether the words before 预计 (``opener``) are who estimates (规模以上工业企业预计实现
    利润850亿元), not where the sentence begins."""
    return (
        opener[0] == "预计"
        and text.startswith(("实现", "完成"), opener.end())
        and opener.start() - start <= 12
        and _AN_ENTITY.search(text, start, opener.start()) is not None
        and _A_SOURCE.search(text, start, opener.start()) is None  # (据初步统计…产业预计…)
    )


# (not what passed a review: 通过省级认定的科技创新平台…)
_BY_MEANS = re.compile(
    r"通过(?![^,;。]{0,10}?(?:认定|验收|评估|评价|评定|评选|审核|认证|审批|备案|评审|考核|鉴定)的)"
    r"[^,;。\d]{2,16}?(?:平台|渠道|方式|途径|机制|活动)"
)
_PLACES_END = ("区", "县", "市", "镇", "乡", "园", "旗", "州", "省")


def past_openers(text: str, start: int, end: int) -> int:
    """Where a long subject's own sentence begins (…预计全年实现生产总值), or a quoted list."""
    if end - start > 10:
        openers = [
            m
            for m in lx.OPENER.finditer(text, start, end)
            if not _in_brackets(text, start, m.start())
        ]  # (预计,下同) is an aside
        if (
            openers
            and end - openers[-1].end() >= 2
            and not _an_entity_estimates(text, start, openers[-1])
        ):
            start = openers[-1].end()
    dash = text.rfind("——", start, end)
    if dash > start and end - dash - 2 >= 2 and _a_headline_before(text[start:dash]):
        start = dash + 2  # 交出了一份“成绩单”——地区生产总值…, 经济实力显著增强——…
    lead_in = _DISPOSAL.match(text, start, end) or _BY_MEANS.match(text, start, end)
    if lead_in is not None and end - lead_in.end() >= 2:
        start = lead_in.end()  # 政府將努力把通膨水平控制在…: the object of 把 is the name
        # (通过苏州综合金融服务平台新增企业授信…: the means, no part of the name)
    quoted = text.rfind("“", start, end)
    if quoted >= start and "”" not in text[quoted:end] and end - quoted > 2:
        start = quoted + 1  # 确立了“地区生产总值增长6%,…”的预期目标: the list is quoted
    return start


_ONLY_A_TARGET = re.compile(r"(?:增长|增速)?(?:预期)?目标")


_LEAVING_OUT = re.compile(r"除[^,;。的]{1,12}(?:以外|之外|外)$")


def past_attributive(text: str, start: int, end: int) -> int:
    """Past an attributive before a head of four characters or more (来源于惠州的财税总收入;
    but not …相当于全市生产总值的比例, nor …超10亿元的县(区): 县 needs it)."""
    attributive = text.rfind("的", start, end)
    head = _ASIDES.sub("", text[attributive + 1 : end]) if attributive >= 0 else ""
    if len(head) < 4 or _ONLY_A_TARGET.fullmatch(head):
        return start  # (生产总值的增长目标为9%: the head says it is a target, and names none)
    if _LEAVING_OUT.search(text, start, attributive):
        return start  # 除汽车以外的消费品零售额: what it leaves out is the indicator's own
    start = attributive + 1
    place = _A_PLACES_OWN.match(text, start, end)  # (刚刚过去的该省地区生产总值)
    start = place.end() if place is not None and end - place.end() >= 2 else start
    if text.startswith(("目标为", "目标是"), start) and end - start >= 5:
        start += 3  # (年初确定的目标为地区生产总值增长6.5%: the target's indicator)
    return start


def past_the_break(pre: str, colon: int, right: int) -> int:
    """Where a name starts after the break at ``colon`` (names.py's ':' or ','): past a list's
    marker there too (工作包括:❶ 国内生产总值达到…)."""
    marker = cues.MARKERS.match(pre, colon + 1, right)
    return marker.end() if marker is not None and right - marker.end() >= 2 else colon + 1
