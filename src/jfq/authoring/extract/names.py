"""Where a figure's name begins and ends: the subject of a clause, less what a name never
keeps (list markers, time and scope words, adverbs, the verb it opens with, the
comparison it ends with); coordination.py then says which names that subject holds.

Split from grammar.py, which reads the rest of a clause (the value, unit and qualifier).
"""

from __future__ import annotations

import re

from jfq.authoring.extract import cues
from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.comparisons import AGAINST, MARGIN, POINTS_ON_THE_YEAR_BEFORE
from jfq.authoring.extract.coordination import coordinated
from jfq.authoring.extract.figures import Subject
from jfq.authoring.extract.name_openings import past_attributive, past_openers, past_the_break
from jfq.authoring.extract.text import Text
from jfq.authoring.extract.verb_names import keeps_its_verb, past_own_name
from jfq.authoring.extract.years import PLANS_END, REACHED_YEAR


def subject_before(
    text: Text,
    start: int,
    pre: str,
    *,
    each_later: bool = False,
    growth: bool = False,
    unit: str | None = None,
) -> Subject | None:
    """The subject in ``pre`` (normalised text from ``start`` up to a value), or None when
    ``pre`` holds none (the clause continues the previous subject).  ``each_later``: 分别
    comes later in the clause (城乡居民收入达到23292元和7750元、分别增长8.8%和10%);
    ``unit``: the value's (26个 counts things, which a verb of rebuilding names)."""
    # (| 地区生产总值 |: a table's bars; a bracket closed before a list's next name:
    # …增长5.5%(达到955.33亿元)、规上工业增加值…)
    left = _JOINS_FIRST.match(pre).end()  # type: ignore[union-attr]
    right = _before_its_change(pre, left) if growth else predicate_start(pre)
    # 地区生产总值由2016年的503.11亿元增长到2020年的645.66亿元: the years say when, the
    # name is before 由, and the second figure is the same name's
    span = _FROM_TO.search(pre, left)
    if span is not None:
        if span.start() - left < 2:
            return None
        right = min(right, predicate_start(pre[: span.start()]))  # (…分别|恢复到2019年的)
    each = each_later or lx.EACH.search(pre, left) is not None
    if MARGIN.fullmatch(pre, left, right):
        return None  # 高于预期目标2个百分点: of the figure before (the cue is its benchmark)
    left, right = _around_a_cue(pre, left, right)
    if pre[left:right].rstrip().endswith("(") and right - left > 2:
        right = pre.rindex("(", left, right)  # 湖北(10%以上): the figure is the name's, in brackets
    colon = _last_break(pre, left, right)
    if colon > left + 1 and colon == right - 1 and pre[colon] == ":" and _chinese(pre[colon - 1]):
        # 地区生产总值:增长6%左右, a digest's line: the colon parts a name from its figure
        right, colon = colon, _last_break(pre, left, colon)
    opened = pre.rfind("(", left, right)
    if opened > pre.rfind(")", left, right):
        colon = max(colon, opened)  # an open bracket: (不含嘉兴港区,实现生产总值
    left = past_the_break(pre, colon, right) if colon >= left else left
    if MARGIN.fullmatch(pre, left, right) or AGAINST.fullmatch(pre, left, right):
        return None  # 高于全国增速2.5个百分点, 是全市的4.1倍: of the figure before
    if unit in ("个百分点", "百分点") and POINTS_ON_THE_YEAR_BEFORE.fullmatch(pre, left, right):
        return None  # (增长13.7%,同比高0.4个百分点: of the figure before)
    counted = lx.COUNT_UNIT.fullmatch(unit or "") is not None  # (改造老旧小区26个)
    a, b = trimmed(pre, left, right, counted=counted)
    when = lx.WHEN.match(pre, a)  # (a lookahead of WHEN may read on past b: 五年|年均)
    if lx.LEAD_AT.fullmatch(pre, a, b):
        return None  # 力争今年增长10%: 今年 names nothing
    if pre[a:b] in ("由", "从"):
        return None  # 从7.36亿元增加到13.8亿元: from one figure of the subject to another
    if b - a > 2 and pre[b - 1] in "由从":
        b -= 1  # 高新技术企业数量由38家增加到89家: the name is before 由
        b -= 2 if pre.endswith("分别", a, b) and b - a > 4 else 0  # A、B分别从…提高到…
        b = a + predicate_start(pre[a:b]) if b - a > 2 else b  # (公共财政收入也从…: 也 too)
    if b <= a or (when and when.end() >= b) or AGAINST.fullmatch(pre, a, b):
        return None  # 五年年均增长, 比上年末提高: the clause goes on about the subject before
    if cues.MONTHS_SO_FAR_AT.fullmatch(pre, a, b):
        return None  # (地区生产总值617亿元,1—9月完成428.3亿元: of the months so far)
    if lx.ADVERB_ONLY.fullmatch(pre, a, b):
        return None  # 3.5亿元,自然增幅2%,同口径…增幅6.1%: the same subject, measured another way
    return coordinated(text, start + a, start + _name_end(pre, a, b), each)


def _before_its_change(pre: str, left: int) -> int:
    """Where the predicate begins in ``pre`` (from ``left``) of a growth named by its change:
    固定资产投资增幅16%以上, 居民收入增速达到7% (and the adverbs before it: 预计增速, 年均增速;
    not 月平均增速, a mean's name)."""
    right = predicate_start(pre)
    change = re.search(r"(?:增幅|增速)$", pre[:right])
    if change is None or change.start() - left < 2:
        return right
    adverbs = predicate_start(pre[: change.start()])
    return (
        adverbs
        if adverbs - left >= 2 and "平均" not in pre[adverbs : change.start()]
        else change.start()
    )


def _name_end(pre: str, a: int, b: int) -> int:
    """Where the name pre[a:b] ends: before 将 or 拟, and past the verb 经济 or 户均 needs."""
    if b - a > 2 and pre[b - 1] in "将拟":  # 地区生产总值将努力增长6%, 赤字率拟按4%安排: 将
        b = a + predicate_start(pre[a : b - 1])  # and 拟 are the predicate's, and what is
        # before them (经济总量仍将…, GDP增长将保持…; but 经济增长将… is 经济增长, as below)
    if pre[a:b] == "经济" and pre.startswith("增长", b):
        return b + 2  # 经济增长6.5%: the name is 经济增长, not 经济
    if b - a >= 2 and pre[b - 1] == "均" and pre[b - 2] in lx.PER:
        verb = _GAIN.match(pre, b)  # 种植户户均增收1000元: 户均 alone names nothing
        return verb.end() if verb is not None else b
    return b


# 地区生产总值同比(下同)增长, 一般公共预算收入扣除减税降费因素增长 (考虑政策性减收因素同比
# 增长11.9%): no part of the name
_EXCLUDING_AT_END = re.compile(
    r"\(?(?:不|如|若)?(?:扣除|剔除|考虑)[^,;。]{1,24}?(?:因素|影响|后)(?:后)?(?:为)?、?$"
)
_GAIN = re.compile(r"增收|增加|减少|减收|增产")
# A mark passed, in words, before the figure (地区生产总值突破千亿大关、达到1020亿元).
_A_MARK_PASSED_AT_END = re.compile(
    r"(?:首次|成功|历史性)?(?:突破|跨越|跨过|迈上|迈过|跃上|站上|跨入|迈入|首破|首超)[^,;、\d]{1,8}"
    r"(?:大关|台阶|关口)[,、]?$"
)
_ASIDE_AT_END = re.compile(rf"\((?:(?:(?:单位)?下同|同口径|同比|{lx.ESTIMATE_NOTE})[,、]?)+\)、?$")
_FROM_TO = re.compile(
    rf"(?:由|从)(?:(?:19|20)\d\d年(?:末|底)?|{PLANS_END}|年初|(?:上年|去年)(?:末|底)?"
    r"|[\u4e00-\u9fff]{1,6}?前)的?$"  # (从医改前的3.5%: a time before a change)
    rf"|(?:{lx.CHANGE_TO}|(?:恢复|达|回升)?(?:到|至))(?:{REACHED_YEAR}|{PLANS_END})"
    r"的?$"
)


def _chinese(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


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
        elif char in ":," and depth == 0 and not _A_THOUSANDS_COMMA.match(pre, at - 1):
            return at  # (not 比上年同期35,285万元: a number's separator)
    return -1


_A_THOUSANDS_COMMA = re.compile(r"\d,\d{3}(?!\d)")
# The marks and joining words a clause's name may open with, not a word one opens (及时, 和谐).
_JOINS_FIRST = re.compile(r"(?:[,、;:|)]|(?!和平|和谐|和睦|和美|及时|及早|与会)[和与及或])*")


# A year, a span of years (五年累计完成) or how many times (三次跨越千万标箱) before the
# predicate: when, not what.
# (not a base: 较2020年, 比2015年 are the comparison's, read by AGAINST)
_YEAR_AT_END = re.compile(
    r"(?:(?<![较比同与至到从由])(?:19|20)\d\d年(?:末|底|全年|以来)?|[一二两三四五六七八九十]次|"
    r"(?:近|过去|这)?(?:[一二两三四五六七八九十]+|(?<!\d)\d)年(?:来|间)?)$"  # (粮食总产量5年平均)
)


# The modals a predicate opens on, each with the characters before it that make it part of a
# word instead (主要, 纲要; 规则; 许可; 供应, 效应): 居民收入增长要实现…, GDP增长目标则设定为5%,
# 地区生产总值可实现1135亿元, 出生率应控制在11‰以内.
_MODALS_AT_END = (
    ("应当", ""), ("应该", ""), ("要", "主纲需重必只"), ("则", "规原准法细总守否实"),
    ("可", "许认宁不即"), ("应", "供响对适反效相感呼理回答"),
)  # fmt: skip


def _a_modal_at(pre: str, end: int) -> int:
    """The length of the modal pre[:end] ends on, or 0 (see _MODALS_AT_END)."""
    for modal, words in _MODALS_AT_END:
        if end > len(modal) + 1 and pre.endswith(modal, 0, end):
            return 0 if pre[end - len(modal) - 1] in words else len(modal)
    return 0


def predicate_start(pre: str) -> int:
    """Where the predicate (and the adverbs and comparison before it) begin at the end of
    ``pre``: 一般公共预算收入|同口径增长, 生产总值|较2015年增长 (and 财政总收入|跃上了: the
    particle 了 after a predicate)."""
    # (增长了5%: a change's predicate alone, too; but not 竣工了 alone, a count's verb, which
    # takes the count's noun before: said_before)
    a_predicate_alone = len(pre) == 3 and pre[:2] in _PREDICATES_BEFORE_LE
    end = len(pre) - 1 if pre.endswith("了") and (len(pre) > 3 or a_predicate_alone) else len(pre)
    end -= 1 if pre.endswith("预计的", 0, end) else 0  # (提高到预计的1420亿元: an estimate)
    if end > 3 and pre[end - 1] == "有" and pre[end - 2] not in _HAVING_WORDS:
        end -= 1  # 税收超千万元的镇(办事处、高管会)有2个: "there are", the predicate's
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
        aside = _ASIDE_AT_END.search(pre, 0, end)  # 地区生产总值同比(下同)增长: no part of it
        if aside is not None and aside.start() > 0:
            end = aside.start()
            changed = True
        modal = _a_modal_at(pre, end)
        if modal:  # 居民收入增长要实现和经济增长基本同步: "is to", the predicate's
            end -= modal
            changed = True
        if end == len(pre) > 2 and _SECURING_AT_END.search(pre, 0, end):
            end -= 1  # 规模以上工业增加值增长保8%、争9%: "secure", before the aim (not 新农保)
            changed = True
        passed = _A_MARK_PASSED_AT_END.search(pre, 0, end)  # 生产总值突破千亿大关、达到…
        if passed is not None and passed.start() >= 2:
            end = passed.start()
            changed = True
        excluding = _EXCLUDING_AT_END.search(pre, 0, end)  # (…,扣除减税因素增长14%: all of it)
        if excluding is not None:
            end = excluding.start()
            changed = True
        when = _YEAR_AT_END.search(pre, 0, end)  # 生产总值预计2011年达到316亿元: when, not what
        if when is not None and when.start() >= 2:
            end = when.start()
            changed = True
        for phrase in (AGAINST, MARGIN):
            against = phrase.search(pre, 0, end)
            if against is not None and against.end() == end and 0 < against.start() < end:
                end = against.start()
                changed = True
    return end


def _around_a_cue(pre: str, left: int, right: int) -> tuple[int, int]:
    """pre[left:right] without a targets cue in it: the name after it (主要预期目标是地区生产
    总值) or before it (漯河GDP预期目标为7%以上)."""
    found = list(cues.TARGET_CUE.finditer(pre, left, right))
    if found and pre[found[-1].end() : right].strip(":,是为"):
        left = found[-1].end()  # 主要预期目标是地区生产总值: the name follows the cue
        while left < right and pre[left] in ":,":
            left += 1
        marker = cues.MARKERS.match(pre, left, right)  # 预期目标是:一是地区生产总值
        left = marker.end() if marker is not None and marker.end() < right else left
    elif found and found[-1].start() - left >= 2:
        right = found[-1].start()  # 漯河GDP预期目标为7%以上: the name is before it
        right -= 1 if pre[right - 1] == "的" else 0  # (生产总值增长的预期目标为9%)
        # (地区生产总值增长预期目标设定为8.5%左右: and without the growth the cue is of)
        right = left + (predicate_start(pre[left:right]) or right - left)
    return left, right


def trimmed(text: str, start: int, end: int, *, counted: bool = False) -> tuple[int, int]:
    """[start, end) of ``text`` without the lead words, a clause's opening verb with its
    attributive (完成省下达的…任务), and the adverbs a name never keeps.  ``counted``: the
    figure counts things (改造老旧小区26个: a verb of rebuilding stays)."""
    start = past_openers(text, start, end)
    start, verb_first = _past_leads_and_verb(text, start, end, counted)
    source = _BY_A_SOURCE.search(text, start + 2, end)
    end = source.start() if source is not None else end
    if verb_first:
        start, end = object_of(text, start, end)
    else:
        start = past_attributive(text, past_own_name(text, start, end), end)
    return _without_what_follows(text, start, end)


def _past_leads_and_verb(text: str, start: int, end: int, counted: bool) -> tuple[int, bool]:
    """Past the time words, a place or body that will do it (开发区将…), leads and a clause's
    opening verb, and whether a verb was passed (its object is then the name)."""
    changed = True
    verb_first = False
    while changed and start < end:
        changed = False
        opening = (lx.WHEN.match(text, start, end) or _LEADING_ASIDE.match(text, start, end)
                   or lx.NAMELY.match(text, start, end)
                   or _A_SUBJECT_THAT_WILL.match(text, start, end))  # fmt: skip
        if opening is not None and opening.end() < end:
            start = opening.end()  # (and 预计(下同)实现地区生产总值: the aside is the clause's;
            # “535511”,即全县地区生产总值…: the 即 that opens a list)
            changed = True
        lead = lx.LEAD_AT.match(text, start, end)
        if lead is not None and lx.OPENED_BY_A_LEAD.match(text, lead.start(), end):
            lead = None  # 使用外资, 共享单车, 要素市场 (but 共引进, 使全县, 将努力)
        if verb_first and lead is not None and lead.group() not in lx.OWN_PLACE:
            lead = None  # after its verb, an object keeps its words (出台推动…政策措施)
        if lead is not None and lead.end() < end:
            start = lead.end()
            if text[start] in ":," and end - start > 2:
                start += 1  # 预计:全县GDP突破百亿元大关: the lead's colon is none of the name
            changed = True
        verb = lx.NEWLY_OPENING_VERB_AT.match(text, start, end) or lx.PRODUCING_AT.match(
            text, start, end
        )
        if (verb and end - verb.end() > 1 and not _listed(text, verb)
                and not keeps_its_verb(text, verb, end, counted=counted)):  # fmt: skip
            start = verb.end()
            changed = verb_first = True
    return start, verb_first


def _listed(text: str, verb: re.Match[str]) -> bool:
    """开工率、投产率: a verb and one character before 、, 和 or 及 is a word of its own; 开工、
    竣工重点项目: verbs listed before one object are each a verb of the name."""
    return text[verb.end() + 1 : verb.end() + 2] in ("、", "和", "及") or (
        text[verb.end() : verb.end() + 1] in ("、", "和", "及", "与")
    )


def _without_what_follows(text: str, start: int, end: int) -> tuple[int, int]:
    """The name without where it stands, a closing mark, a scope or a unit's per after it."""
    where = _STANDING.search(text, start + 2, end)
    if where is not None:  # 新能源装机在全国率先破亿: where it stands is the predicate's
        end = where.start()  # (and so are the adverbs before it: 生产总值力争在去年基础上…)
        end = start + (predicate_start(text[start:end]) or end - start)
    while end > start and text[end - 1] in "的,、:":
        end -= 1
    while start < end and text[start] in "”」’":
        start += 1  # (突破“2000亿”达到2008.3亿元: a quote closed before the predicate)
    scope = _SCOPE_AT_END.search(text, start + 2, end)  # 地区生产总值全市突破…: the scope's
    end = scope.start() if scope is not None else end
    topic = _TOPIC_OR_COPULA_AT_END.search(text, start + 2, end)  # (限上批零住餐方面比增5%)
    end = topic.start() if topic is not None else end
    per = _PER_WHAT.search(text, start + 2, end)  # 全员劳动生产率每人9.6万元: the unit's
    return start, per.start() if per is not None else end


# Words 有 ends that are no "there are" (国有, 共有, 拥有, 已有, 所有, 现有, 大约有, 尚有, 建有,
# 原有, 计有, 登记有 …): kept, as they were.
_HAVING_WORDS = "国私公所共拥占持具享没含存保现已还只均约尚建原计记另辖设实"
# The predicates 了 may follow alone before a figure (增长了5%, 达到了33亿元).
_PREDICATES_BEFORE_LE = (
    "增长",
    "下降",
    "提高",
    "降低",
    "增加",
    "减少",
    "达到",
    "实现",
    "上涨",
    "回落",
    "提升",
)
_SECURING_AT_END = re.compile(rf"(?:{lx.LONG_PREDICATE.pattern})保$")  # (增长保8%)
# A place or a body that will do it, before its verb (开发区将力争完成固定资产投资50亿元: the object
# is the name; not 地区生产总值将努力增长6%, nor a sector, 电子信息产业将实现营业收入300亿元, nor
# 数字经济将实现增加值500亿元, a head alone).
_A_SUBJECT_THAT_WILL = re.compile(
    # (a place or a body: 开发区, 县政府, 管委会, 全区上下; or one that sets it: 东疏镇提出了)
    r"[^\d,;。将]{0,8}?(?:区|县|市|镇|乡|街道|基地|园|集团|公司|政府|管委会|上下)"
    rf"(?:将(?=(?:努力|力争|确保|争取|全力)?(?:{lx.OPENING_VERB_AT.pattern})"
    rf"(?!(?:{'|'.join(lx.HEADS_ALONE)})(?:[\d约近超逾]|$)))|(?:提出|明确)了?)"
)
_LEADING_ASIDE = re.compile(rf"\((?:下同|同口径|{lx.ESTIMATE_NOTE})[^()]{{0,6}}\)")
_PER_WHAT = re.compile(r"每(?:人|户|亩|平方米|平方公里|栋|家)$")


# A topic's word or a copula said after the name, before its figure (固定资产投资方面与2023年持平,
# 一般公共预算总收入是5.2亿元; not 但是, 还是, 就是 …).
_TOPIC_OR_COPULA_AT_END = re.compile(
    r"(?<![一二三四五六七八九十两个\d各多几这哪])方面$|(?<![但还就于总都凡只正也倒若要像而仍际则亦])是$"
)
# A scope said after the name, before its predicate (地区生产总值全市突破2000亿元); not the
# whole a share or rank is of (占全市, 居全省, 入选全省…).
_SCOPE_AT_END = re.compile(
    r"(?<![占到居与选列前比较于在和及、入先快慢高低超])(?:全市|全县|全区|全省|全州|全旗)$"
)


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


# Where a figure stands or what it builds on: the predicate's (在全国率先, 在2020年基础上)
_STANDING = re.compile(
    r"在(?:全国|全省|全市|全区|全州|全县|西部|中部|东部|同类|过去|[^,;。]{0,8}基础上"
    # (在疫情冲击影响下, 在高基数下: the conditions a figure was reached under)
    r"|[^,;。]{1,12}(?:情况|背景|形势|前提|条件|影响|冲击|基数)下)"
)
# The source a figure is by, between its name and predicate (地区生产总值根据省统计局的修订
# 结果预计完成…).
_BY_A_SOURCE = re.compile(r"根据[^,;。]{1,20}(?:结果|数据|口径)")
