"""Clauses without a number: in_step and qualitative targets (居民收入与经济增长同步; 国际收支
基本平衡; 完成省下达的节能减排任务), and the names of a clause that states none (A、B和C跃上
新台阶) for the values a clause after it gives them (分别为…).
"""

from __future__ import annotations

import re
from itertools import pairwise

from jfq.authoring.extract import cues
from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.comparisons import HELD_AT_A_YEAR
from jfq.authoring.extract.coordination import coordinated
from jfq.authoring.extract.figures import Figure, Subject
from jfq.authoring.extract.names import object_of, predicate_start, trimmed
from jfq.authoring.extract.text import Text
from jfq.authoring.extract.years import YEAR
from jfq.search.normalize import simplified

# The verbs whose object is a target met or not, with no number (完成省下达的节能减排任务):
# 打造粤澳特别合作区 or 推进横琴建设 is a task, not a qualitative target.
# (after the standard it is done to: 按照国家要求完成节能减排降碳任务)
_COMPLETING_AT = re.compile(
    r"(?:(?:按照?|根据|依照)[^,;。]{0,8}?要求)?"
    r"(?:全面完成|超额完成|完成|实现|落实|达到)"
)

# Faster than the economy, no figure (城乡居民可支配收入增长高于经济增长): qualitative.
ABOVE_GROWTH = re.compile(r"(?:高于|快于)(?:地区生产总值|生产总值|经济)(?:增长|增速)")
# In line with another body's plan, no figure (居民消费价格指数与国家价格调控目标保持衔接).
IN_LINE_WITH = re.compile(
    r"(?:与|同)[^,;。]{1,16}?(?:保持)?(?:衔接|相衔接|相适应|相匹配|相协调|(?:基本)?一致)"
    # (人均地区生产总值增速与省持平: flat on a benchmark, named; not 合同 or 参与 in a name)
    r"|(?:与|同|和)(?=上一?年|去年|同期|全|[国省市区县]|(?:19|20)\d\d年)[^,;。与同和]{0,8}?(?:基本|保持)*持平"
)  # (居民消费价格涨幅与市保持一致)
_WITH_THE_ECONOMY = (
    # (or with the region above: 与全盟保持同步, 与全省同步增长)
    r"(?:与|和|同|跟)(?:同期)?(?:(?:地区生产总值|国内生产总值|生产总值|经济(?:发展)?|gdp)"
    r"(?:增长|增速|增幅)?(?:的新?趋势)?"
    # (与经济增长相匹配, 与经济发展的新趋势基本一致: in step, as the corpus reads them; but
    # 价格涨幅与全省保持一致 is qualitative, as louxing-2026 reads it)
    r"(?:基本|保持|总体|继续|协调)*(?:同步|相匹配|相适应|相协调|一致)"
    r"|全[国省市盟州](?:经济)?(?:增长|增速|增幅)?(?:基本|保持|总体|继续|协调)*同步)"
)
IN_STEP = re.compile(
    rf"{_WITH_THE_ECONOMY}|同步增长|基本同步|同步提高|不低于(?:地区生产总值|生产总值|经济)(?:增长|增速)",
    re.IGNORECASE,
)
# What a figure keeps in step with, named before 同步增长 (力争与本地GDP同步增长).
_A_PARTNER = re.compile(
    r"(?:力争|努力|确保)?(?:(?:与|跟)[^,;。与跟同业]{0,8}?|(?<![合共协])同(?:本地|当地|全[国省市区县])?)"
    r"(?:GDP|生产总值|经济(?:增长|发展)?|收入|效益|生产率)(?:增长|增速)?$"
)  # (an aggregate: 与财政收入; not 技术合同成交额, 研究与试验发展经费投入, 住宿与餐饮业营业收入)
# What a review states as a result with no number: incomes in step with the economy
# (城乡居民收入与经济增长同步); not 进出口同步增长 or 教育与经济发展同步推进.
INCOME_IN_STEP = re.compile(rf"收入[^,;。]{{0,6}}{_WITH_THE_ECONOMY}", re.IGNORECASE)

# A mark passed for the first time, said in words (首次超千亿元): no part of a name (but
# 实现全县首次进入全国百强县 is the target).
_FIRST_PASSED = re.compile(
    r"首次(?:超过?|突破|跨越|跨入|迈上|迈入|站上|跃上|达到|破)[^,;。]{0,4}[十百千万亿](?!强)"
)
# A number of the clause's own, not one inside a name (PM2.5平均浓度, 5G基站).
_A_NUMBER = re.compile(r"(?<![A-Za-z.\d])\d+(?:\.\d+)?(?![A-Za-z\d.])")
_LEVEL_WITH_A_YEAR = re.compile(rf"^[^\d]*{HELD_AT_A_YEAR}[^\d]*$")
# (moved from lexicon.py: only the qualitative clause reads them)
# Where a qualitative clause's predicate begins: 国际收支|基本平衡, 社会事业|协调发展.
_QUALITATIVE = re.compile(
    r"基本|保持|继续|延续|持续|稳步|稳定|稳中|量稳质升|保稳|提质|协调|和谐|平稳|不?平衡|改善|增长|下降|降低|"
    r"减少|提高|提升|好转|回稳|向好|优化|持平|达标|完成|实现|达到|控制|符合|明显|进一步|大幅|正增长|"
    r"有所|不断|与上年|总体|逐步|力争|确保|保持在|由负转正|由负转平|只增不减|(?:不)?(?:高于|低于)|快于|"
    r"全部|全面|得到|走在|位居|居于|取得|有序|有效|稳量|根本|落实|更加|更为|促稳|"
    r"按(?:照)?(?:国家|我国|省|市)?(?:要求|下达|规定)"
)
# Comparatives with no figure, listed (更高质量、更有效率) or reached for (迈上更高水平,
# 得到更多实惠): how a plan pictures things, not a state a target names (增长更快, 更趋协调
# are; 更加优良 and 更为合理 are _QUALITATIVE's, 更新, 更换, 更名 … verbs, and a clause that
# says 更加 keeps a comparative after it: 幸福感更加殷实、更有保障).
_COMPARATIVE = re.compile(r"(?<!自力)更(?!加|为|新|换|名|正|替|迭|改|生)[\u4e00-\u9fff]")
_REACHING_MORE = re.compile(
    r"(?:迈上|迈向|得到|走向|推向|达到|实现|建成|腾出|创造|打造|开创)[^,;。]*?更|更[\u4e00-\u9fff]{1,3}的"
)  # (建成…、更高水平的全面小康社会; 为…腾出更大空间)
_FITTING_ONE_ANOTHER = re.compile(r"相(?:协调|适应|匹配|统一|结合|衔接)")
# …with no partner named (与, 同, 和): what fits a partner is read as before (in step, in line).
_A_PARTNER_NAMED = re.compile(r"[与同和]")
# After an adverb of _QUALITATIVE, a verb of doing: a task (牢记初心稳步推进横琴建设), not
# the state a target names (生态环境质量稳步改善).
_ACTION_AT = re.compile(r"推进|实施|建设|打造|加强|加快|开展|深化|推动|抓好|做好|打好|打赢")


def _quoted_at(body: str, at: int) -> bool:
    """Whether ``at`` is inside a quotation: “…”, 「…」 or "…"."""
    return (body.count("“", 0, at) > body.count("”", 0, at)
            or body.count("「", 0, at) > body.count("」", 0, at)
            or body.count('"', 0, at) % 2 == 1)  # fmt: skip


def without_number(text: Text, offset: int, end: int) -> Subject | None:
    """An in_step or qualitative target (居民收入与经济增长同步; 国际收支基本平衡)."""
    body = text.norm[offset:end]
    listed = len(_COMPARATIVE.findall(body)) > 1 and "更加" not in body
    if _COMPARATIVE.match(body) or listed or _REACHING_MORE.search(body):
        return None  # 经济发展更高质量、更有效率、更可持续: a plan's vision, no target
    if _FITTING_ONE_ANOTHER.search(body) and not _A_PARTNER_NAMED.search(body):
        return None  # 速度、质量、效益相协调: how things fit one another, no indicator's state
    if _A_NUMBER.search(body) and not _LEVEL_WITH_A_YEAR.search(body):
        # 2022年地区生产总值首次突破百亿,完成113.8亿元: no target, but the next clause's name
        return None if _A_NUMBER.search(YEAR.sub("", body)) else _names_only(text, offset, body)
    cue = next((c for c in cues.TARGET_CUE.finditer(body) if _leads_in(body, c)), None)
    if cue is not None:  # 主要预期目标是:实现GDP增速高于…: what follows the cue
        at = cue.end() + len(body[cue.end() :]) - len(body[cue.end() :].lstrip(":,"))
        return without_number(text, offset + at, end) if end - offset - at >= 2 else None
    parts = _after_a_predicate(body, offset) or _clauses_in(body, offset)
    if len(parts) > 1:  # 外贸进出口总额实现正增长、实际使用外资稳中提质: two clauses
        read = [s for a, b in parts if (s := without_number(text, a, b)) is not None]
        if len(read) == len(parts):
            figures = [f for s in read for f in s.figures]
            return Subject([f.name for f in figures], offset, figures=figures)
    line = IN_LINE_WITH.search(body) or ABOVE_GROWTH.search(body)
    if IN_STEP.search(body):
        line = None  # (收入与经济增长相匹配: in step with the economy, not with another plan)
    if line is not None and line.start() >= 2:  # …与国家价格调控目标保持衔接, …高于经济增长
        a, b = trimmed(body, 0, predicate_start(body[: line.start()]))
        return _qualitative(text, (offset, end), a, b, "qualitative")
    step = IN_STEP.search(body)
    if step is not None:
        # (珠三角地区各市人均GDP力争与本地GDP同步增长: in step with what it names after 与)
        partner = _A_PARTNER.search(body, 0, step.start())
        before = partner.start() if partner is not None and partner.start() >= 2 else step.start()
        a, b = trimmed(body, 0, predicate_start(body[:before]))
        return _qualitative(text, (offset, end), a, b, "in_step")
    verb = _COMPLETING_AT.match(body)
    if verb is not None and len(body) > verb.end() + 1:
        first = _FIRST_PASSED.search(body, verb.end() + 2)  # (实现地区生产总值首次超千亿元)
        a, b = object_of(body, verb.end(), first.start() if first else len(body))
        return _qualitative(text, (offset, end), a, b, "qualitative")
    predicate = next(
        (m for m in _QUALITATIVE.finditer(body)
         if m.start() >= 2 and not _a_task(body, m.end())
         and not body.startswith(lx.NOUN_ENDINGS, m.end())  # (优良天数达标比例: a name's)
         and not _quoted_at(body, m.start())),  # (打好“稳增长”主动仗: a name's 增长)
        None,
    )  # fmt: skip
    if predicate is None:
        return _names_only(text, offset, body)
    a, b = trimmed(body, 0, predicate_start(body[: predicate.start()]))  # (…排位同比实现…)
    return _qualitative(text, (offset, end), a, b, "qualitative")


def _a_task(body: str, at: int) -> bool:
    """稳步推进横琴建设: a verb of doing with its object after the adverb (乡村振兴全面推进,
    with nothing after its verb, states how a thing goes: a qualitative target)."""
    action = _ACTION_AT.match(body, at)
    return action is not None and len(body) - action.end() >= 2


def _leads_in(body: str, cue: re.Match[str]) -> bool:
    """A cue that opens what follows (预期目标是:, 主要目标为), not one that is an object
    (完成省下达的节能减排约束性指标)."""
    return cue[0].endswith(("是", "为", "如下")) or body.startswith((":", ","), cue.end())


def _names_only(text: Text, offset: int, body: str) -> Subject | None:
    """The names of a clause that states no target (A、B和C跃上新台阶), for a clause after
    it that names nothing (分别为4050亿元、10176亿元…): no figure of its own."""
    predicate = next(
        (
            m
            for m in lx.LONG_PREDICATE.finditer(body)
            if m.start() >= 2 and not body.startswith(lx.NOUN_ENDINGS, m.end())  # 增加值
        ),
        None,
    )
    if predicate is None:
        return None
    a, b = trimmed(body, 0, predicate_start(body[: predicate.start()]))  # (…总额连续|跨越)
    if b - a < 2 or lx.NOT_AN_INDICATOR.search(body[a:b]):
        return None
    return coordinated(text, offset + a, offset + b, each=True)


# 和 right after a predicate joins two clauses, not two names (单位生产总值能耗下降和二氧化硫、
# 化学需氧量…减排完成国家下达的任务).
_JOINED_AFTER = re.compile(rf"(?<={'|'.join(lx.FALLING[:3])})(?:和|及|以及)")


def _after_a_predicate(body: str, offset: int) -> list[tuple[int, int]]:
    if IN_STEP.search(body):
        return []  # 城乡居民收入增长和经济增长同步: one phrase
    cut = _JOINED_AFTER.search(body, 2)
    if cut is None or len(body) - cut.end() < 4:
        return []
    return [(offset, offset + cut.start()), (offset + cut.end(), offset + len(body))]


# The governments that set a target, listed (完成国家、省下达的…指标): one attributive.
_ISSUERS = re.compile(
    r".?(?:国家|省|市|县|区|州)、(?:国家|省|市|县|区|州)[^,;、]{0,3}?(?:下达|确定|核定)"
)


def _clauses_in(body: str, offset: int) -> list[tuple[int, int]]:
    """The spans between 、 when each has a predicate of its own past its first two
    characters (a list of names shares one: 固定资产投资、外贸进出口保持正增长)."""
    cuts = [
        -1,
        *(m.start() for m in re.finditer("、", body) if not _ISSUERS.match(body, m.start() - 2)),
        len(body),
    ]
    spans = [(offset + a + 1, offset + b) for a, b in pairwise(cuts)]
    own = all(
        any(m.start() >= a + 2 for m in _QUALITATIVE.finditer(body, a, b))
        for a, b in ((a - offset, b - offset) for a, b in spans)
    )
    return spans if own and len(spans) > 1 else []


# A rate in step with another's (居民收入增速与经济增速同步): the rate word goes with the
# predicate, as 增长 of the guide's 城乡居民收入增长与经济增长同步 does.  A rate set above
# another's (进出口总额增速高于全国平均水平) keeps it: the corpus's readers split on those
# (5 of 9 kept it), and on a rate alone (经济增速保持在合理区间) all keep it.
_RATE_WORD = re.compile(r"(?:增速|增幅|增长速度)$")
# The other side a rate too; or a region, for incomes (…收入增速与全盟保持同步), the genre's
# in-step target.  经济增速与全国同步 keeps its 增速: 经济 alone names nothing.
_SET_BESIDE = re.compile(r"[与和同][^,;。]{0,12}?(?:增速|增长|增幅)[^,;。]{0,6}同步")
_INCOMES_IN_STEP = re.compile(r"收入(?:增速|增幅|增长速度)[与和同][^,;。]{0,12}?同步")


_A_PLAN = re.compile(rf"“?{lx.FIVE_YEAR_PLAN}”?规划")


def _qualitative(
    text: Text, phrase: tuple[int, int], a: int, b: int, comparator: str
) -> Subject | None:
    offset = phrase[0]
    # 空气质量优良天数比率和地表水水质优良率均保持…: 均 gives the predicate to each name
    each = re.search(r"(?:均|分别)$", text.norm[offset + a : offset + b])
    if each is not None:
        b -= len(each[0])
    rate = _RATE_WORD.search(text.norm, offset + a + 2, offset + b)
    if rate is not None and (_SET_BESIDE.search(text.norm, offset + b, phrase[1])
                             or _INCOMES_IN_STEP.match(text.norm, rate.start() - 2)):  # fmt: skip
        b = rate.start() - offset  # 居民收入增速与经济增速同步: the incomes' row
    named = text.norm[offset + a : offset + b]
    # (each of a list's names: 单位国内生产总值能耗下降率和主要污染物减排达到省控目标; not
    # across 和 where a part is a phrase of its own: 获得感幸福感安全感和对美好生活的向往)
    parts = re.split("[、和及与]" if "的" not in named else "、", named)
    longest = max(len(name) for name in parts)
    if b - a < 2 or longest > 20 or lx.NOT_AN_INDICATOR.search(named):
        return None
    subject = coordinated(text, offset + a, offset + b, each=each is not None, stated=False)
    if any(_A_PLAN.fullmatch(simplified(name)) for name in subject.names):
        return None  # (并与“十四五”规划和基本实现现代化的目标相衔接: a plan, no indicator)
    grows = comparator == "in_step" or re.search(r"增长|增速", text.norm[offset : phrase[1]])
    subject.figures = [
        Figure(name=n, comparator=comparator, grows=bool(grows), phrase=phrase)
        for n in subject.names
    ]
    return subject


# -- what a review states done with no number ----------------------------------------------------

# A figure flat on the year before, said after it (一般公共预算收入30.2亿元,与上年持平; 进出口
# 总额1.67亿元,同比持平): a qualitative result of the figure before.  (Tasks done with no
# number, 完成省下达的节能减排任务, are left out: the corpus's readers give them a row one time
# in seven, measured at stop 30.)
_FLAT = re.compile(r"持平")
# The words around 持平 that name nothing (同比, 与上年, 同口径, 基本): a clause of them alone,
# and a name that is only them, says the figure before was flat.
_FLAT_WORDS = r"(?:同口径|同比|与|同|和|较|比|上一?年|去年|同期|基本)*"
FLAT_ALONE = re.compile(_FLAT_WORDS + "持平")
_NO_NAME = re.compile(_FLAT_WORDS)


def flat_on_the_year_before(text: Text, figure: Figure, before: list[Figure]) -> bool:
    """Whether a qualitative ``figure`` of a review says the figure before it was flat on the
    year before; it takes that figure's name."""
    if not before or _FLAT.search(text.norm, *figure.phrase) is None:
        return False  # (the phrase is in the text: _memo counts it from the sentence after)
    if before[-1].grows and before[-1].unit in lx.PER_CENT:
        return False  # 地区生产总值增长5.2%,与上年持平: the growth's pace, not the level
    if not (_NO_NAME.fullmatch(simplified(figure.name)) or figure.name == before[-1].name):
        return False
    figure.name = before[-1].name  # (与上年持平 names nothing of its own)
    return True
