"""The grammar of a figure: SUBJECT + ADVERBS + PREDICATE + VALUE + UNIT + QUALIFIER.

One clause of a report (地区生产总值增长6.5%左右; 城镇和农村居民人均可支配收入分别增长7%和
8%; 完成省下达的节能减排任务) is read into Figures: what each names, its value or range,
unit, comparator, direction and measure.  Targets and results are read alike; the block
a clause stands in decides which they are (jfq.authoring.extract.blocks).

The subject is whatever stands before the predicate, less the adverbs and scope words a
name never keeps (names.py); a predicate never starts inside a word (人口自然增长率 keeps
增长率).  Coordinated subjects share what follows them: each gets its own row, with the
shared head distributed (城镇、农村居民人均可支配收入 -> 城镇居民… and 农村居民…).
"""

from __future__ import annotations

import re

from jfq.authoring.extract import cues
from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.base_years import revised_from
from jfq.authoring.extract.comparisons import falls_or_below_naught
from jfq.authoring.extract.coordination import coordinated, the_lists_total
from jfq.authoring.extract.counted_names import done_first, done_to_the_same
from jfq.authoring.extract.counts import (
    a_measure_of_the_counted,
    a_part_counted,
    predicate_end,
    what_a_count_counts,
)
from jfq.authoring.extract.ellipsis import (
    as_done,
    of_a_period,
    one_each,
    said_before,
    scope_shared,
    stock_of,
    the_whole_years,
    verb_shared,
)
from jfq.authoring.extract.figures import Figure, Subject, share_the_last_qualifier
from jfq.authoring.extract.measures import list_measure, measure_of, share_owner
from jfq.authoring.extract.names import subject_before
from jfq.authoring.extract.qualitative import without_number
from jfq.authoring.extract.rank_peers import without_peers
from jfq.authoring.extract.ranks import RANK, evaluation_named, is_rank, rank_figures, ranked_in
from jfq.authoring.extract.spans import starts_from
from jfq.authoring.extract.text import Text
from jfq.authoring.extract.values import (
    AMONG_NAME,
    MILESTONE,
    UNDER_CONDITIONS,
    counts_things,
    is_figure,
    unit_as_written,
    values_in,
)
from jfq.authoring.extract.years import A_TIME_ALONE
from jfq.search.normalize import simplified

_MINUS = "-−"  # (full-width － is - once normalised, and spaces are dropped)
# 均 or 都 before a value: every name before it has it (能耗和二氧化碳排放量均下降3.5%、水耗…).
_ALL_OF_THEM = re.compile(r"(?:(?<![人户地年平亩村])均|都)[^,;、]{0,6}$")  # (not 人均)
_RUN = re.compile(rf"[、和及](?:{lx.NUMBER})")

_MAY_RANK = re.compile("[第前首]")  # a clause that may rank (a fast test before RANK's search)


def parse_clause(text: Text, start: int, end: int, carried: Subject | None) -> Subject | None:
    """Read the figures of the clause [start, end) of ``text.norm`` into a Subject.

    ``carried`` is the previous clause's Subject: a clause that names nothing (增长9.1%,
    力争8%) continues it.  Returns None when the clause states no figure and no
    qualitative target.
    """
    clause = text.norm[start:end]
    marker = cues.MARKERS.match(clause)
    offset = start + (marker.end() if marker else 0)
    if clause.startswith("“") and clause.find("”") in (-1, len(clause) - 1):
        offset += 1  # “推动…贸易额突破130亿元”“…: a quoted phrase of a run, its mark no name's
    body = text.norm[offset:end]
    if not body or cues.RIDER.match(body) or cues.CEREMONY.search(body):
        return None
    values = [m for m in values_in(body) if is_figure(body, m)]
    if not values and (cues.MEETING_THE_TARGETS.match(body) or _GONE_BY.fullmatch(body)):
        return None
    ranks = [m for m in RANK.finditer(body) if is_rank(m)] if _MAY_RANK.search(body) else []
    if not values and not ranks:
        return without_number(text, offset, end)
    return _with_numbers(text, offset, end, carried, values=values, ranks=ranks)


def _with_numbers(
    text: Text,
    offset: int,
    end: int,
    carried: Subject | None,
    *,
    values: list[re.Match[str]],
    ranks: list[re.Match[str]],
) -> Subject | None:
    body = text.norm[offset:end]
    subject: Subject | None = None
    figures: list[Figure] = []
    done = 0
    counted: str | None = None  # the noun a count before it counted (130个主要建设项目)
    for match in sorted([*values, *ranks], key=lambda m: m.start()):
        if match.start() < done:
            continue
        pre = body[done : match.start()]
        found, commentary = _named_before(text, offset, done, match, subject or carried)
        found = of_a_period(text.norm, offset, found) if done == 0 else found
        if commentary:
            done = match.end()  # 这是杭州市近年首次将这一数字下调至7%以下: no figure of its own
            continue
        if found is not None:
            found = verb_shared(text, offset, scope_shared(found, subject))
            found = done_first(found, subject or carried) if counts_things(match) else found
        part, aside = a_part_counted(text, offset, done, match, counted)
        found = part or found  # (…项目开工65个; …项目(新建69项、续建100项))
        found = a_measure_of_the_counted(found, counted if part is None else None, match, done)
        found, noun_end, resume = what_a_count_counts(text, offset, done, match, found)
        if noun_end is None and counts_things(match):
            found = done_to_the_same(found, subject or carried)
        counted = found.names[0] if noun_end is not None and found else counted if aside else None
        if found is not None and found.names:
            subject = found
        else:
            subject = _unnamed(subject, carried, pre, match, len(values))
        if subject is None or not subject.names:
            done = match.end()
            continue
        before = figures or (carried.figures if carried is not None else [])
        shared = len(values) + len(ranks) == 1 or _ALL_OF_THEM.search(pre) is not None
        figures += _figures(text, offset, match, pre, subject, earlier=before, shared=shared)
        # (…2000亿元大关、达到…; but 12个关口 counts checkpoints)
        passed = (not counts_things(match) and MILESTONE.match(body, match.end())) or match
        done = resume or (passed.end() if noun_end is None else predicate_end(body, noun_end))
    if subject is None:
        return None
    # (not a list one of the values is the total of: 人工造林3万亩、封山育林和退化林修复5万亩)
    total = bool(subject.listed) and any(f.name == subject.listed for f in figures)
    if len(subject.names) > 1 and len(values) == len(subject.names) and not ranks and not total:
        subject.respectively = True  # 登记失业率、调查失业率控制在4.5%以内、6.5%以内
        figures = [f for f in figures if f.name == subject.names[0]] or figures
    _spread_respectively(subject, figures)
    share_the_last_qualifier(body, figures, offset)
    subject.figures = figures
    return subject


# Evaluations listed, each named with its word (高质量发展考核和党建工作考核).
_EVALUATIONS_LISTED = re.compile(
    r"(?:[^、和]{2,}(?:考核|考评|评价|评比|评估|测评)[、和])+[^、和]{2,}(?:考核|考评|评价|评比|评估|测评)"
)


def _means_of(name: str) -> bool:
    """Whether a mean said after ``name`` (…,年均增速12%) is its: not a mark passed (五年跨越3个
    十亿级台阶,年均增速达到8% is the economy's, not the steps')."""
    plain = simplified(name)  # (nor a share: …其中税收收入占比达到75%,年均增速10%: revenue's)
    return MILESTONE.search(plain) is None and not re.search(r"台阶|占比|比重|占", plain)


_NUMBERS = re.compile(lx.NUMBER)  # (the values said in turn: after 分别, 分居 or in a run)
_SPLIT_LEADS = ("分居", "分列")  # (a rank's lead that says 分别: 分居全省第4、第3位)
# A clause of what was gone by (按照“坚定信心、…、精准施策”总体要求,): no subject nor target.
_GONE_BY = re.compile(r"(?:按照|根据|遵循|依照)[^,;。]*(?:要求|部署|精神|思路|原则|方针)")


_AT_ITS_RATE = re.compile(r"的(?:增速|增幅|速度|增长)")


def _named_before(
    text: Text, offset: int, done: int, match: re.Match[str], before: Subject | None
) -> tuple[Subject | None, bool]:
    """The subject a figure's own words name (the clause's body from ``done`` up to the
    figure), with what it leaves to the subject ``before`` it filled in; and whether those
    words are commentary on the figure rather than its subject."""
    body = match.string
    pre = body[done : match.start()]
    # 分别 later in the clause, or a run of values (城乡居民收入27306元、8929元): each one's
    later = "分别" in body[match.end() :] or _RUN.match(body, match.end()) is not None
    split = match.groupdict().get("lead") in _SPLIT_LEADS
    later = later or split  # (总量、增幅分列第3位和第2位)
    growth = (unit := match.groupdict().get("u1")) in lx.PER_CENT  # 增幅16% (not 增速全市第1)
    # 增长-39.7%: a fall, written with a sign; “4.5%”; 增长 | 6%: a table's bar
    named = pre.rstrip("|").rstrip(_MINUS).rstrip("“「")
    if growth and named.endswith("以") and _AT_ITS_RATE.match(body, match.end()):
        named = named[:-1]  # 规模工业增加值以9.9%的增速位列全市第二: "at", no part of it
    evaluation = evaluation_named(named) if "rank" in match.re.groupindex else None
    if evaluation is not None:  # 在全省…目标责任考核中位居全省第三位: the evaluation's rank
        # (在皖江示范区和省级开发区两项考核中均排名第一: each evaluation's)
        where = offset + done + evaluation[0], offset + done + evaluation[1]
        each = re.search(r"中(?:均|都|分别)|[两二三四五六七八九]项", named) is not None
        if not (each or _EVALUATIONS_LISTED.fullmatch(text.norm, *where)):
            return Subject([text.name(*where)], where[0]), False  # (乡村振兴和农业农村工作考核)
        return coordinated(text, *where, True), False  # (…高质量发展考核和党建工作考核中)
    entered = ranked_in(text.norm, offset, named) if "rank" in match.re.groupindex else []
    if entered:  # 进入2022中国西部百强区,排在第65位: the rank on the list entered
        return Subject(entered, offset + done), False
    peers, named = without_peers(named) if "rank" in match.re.groupindex else (0, named)
    found = subject_before(text, offset + done + peers, named, each_later=later, growth=growth,
                           unit=unit)  # fmt: skip
    if found is None or not found.names:
        return found, False
    name = simplified(found.names[0])
    if lx.COMMENTARY.match(name):
        return None, True
    if UNDER_CONDITIONS.match(body, match.end()):  # 在固定资产投资增长11.6%的情况下
        found, earlier = _under_conditions(found, name)
        if earlier:
            return None, True  # 在上年增长8.5%的基础上: the year before's, the base
    if AMONG_NAME.fullmatch(name):
        return None, False  # 在全省一类县考核中位列第五: the rank of the subject before
    points = unit in ("个百分点", "百分点")  # the growth's own change
    if "rank" not in match.re.groupindex and _change_alone(found) and not points:
        return None, False  # 财政总收入达到20亿元、增幅12%以上: the growth of the one before
    if A_TIME_ALONE.fullmatch(name):
        return None, False  # 地区生产总值跃上3000亿元台阶,预计年突破3400亿元 (全年, its 全 lost)
    if name == "年均" and before is not None and before.names and _means_of(before.names[0]):
        return None, False  # 地区生产总值从…提高到…,年均增速5.8%: the indicator's mean
    if body.startswith("的", match.end()):
        return found, False  # 总投资260亿元的…等23个新建项目: of what comes after, not before
    each = "分别" in pre or split
    # (拉动经济增长0.3、2.4和3.4个百分点: in turn; 增速分别居全省第8位、全市第1位 ranks one)
    run = _RUN.match(body, match.end()) is not None and not lx.EACH.search(body, match.end())
    places = len({m["scope"] for m in RANK.finditer(body, match.start()) if m["scope"]})
    count = len(_NUMBERS.findall(body, match.start())) if (each or run) and places < 2 else 1
    return said_before(found, before, unit, count, bare=found.start == offset + done), False


# An earlier time a figure under conditions is of (在上年同期下降5.3%的情况下, 经济在前年增长
# 9.1%的基础上): a base, no row.
_EARLIER_TIME = re.compile(r"(?:上年|去年|前年|上年同期|同期|上半年|(?:19|20)\d\d年)(?:末|底)?")


# Nouns 在 opens (在建项目, 在孵企业, 在保余额, 在校生 …): its 在 is no condition's.
_OPENED_BY_ZAI = "建役孵库校岗职线册读园营押院途谈编研保网用售产手轨"


def _under_conditions(found: Subject, name: str) -> tuple[Subject, bool]:
    """The name of a figure a condition follows, from after its 在 (2018年云南省在固定资产
    投资… -> 固定资产投资; 在建项目 keeps its 在: none follows it); and whether it names
    only an earlier time, so that the figure is no row of its own."""
    at = name.rfind("在")
    if at < 0 or len(name) - at < 3 or name[at + 1] in _OPENED_BY_ZAI:
        return found, False
    rest = found.names[0][at + 1 :]
    if _EARLIER_TIME.fullmatch(simplified(rest)):
        return found, True
    found.names = [rest, *found.names[1:]]
    return found, False


def _unnamed(
    subject: Subject | None, carried: Subject | None, pre: str, match: re.Match[str], count: int
) -> Subject | None:
    """The subject of a clause that names none: the clause before's, else the one carried
    from the sentence before (、增长11%), with what its words before the figure add."""
    if subject is None:
        each = lx.EACH.search(pre) is not None or one_each(carried, count)
        grows = match.groupdict().get("u1") in lx.PER_CENT and "增" in pre
        subject = _continued(carried, each, count, grows=grows)
    return subject and as_done(the_whole_years(subject, pre), pre)


def _change_alone(found: Subject) -> bool:
    return len(found.names) == 1 and simplified(found.names[0]) in lx.CHANGES_ALONE


def _continued(
    carried: Subject | None, each: bool, values: int, *, grows: bool = False
) -> Subject | None:
    """The previous clause's subject, for a clause that names nothing (、增长11%); with 分别,
    the names of all its figures in turn (A 1097亿元、B 269.7亿元,分别增长26.8%、12%), and
    of the clauses before it when it has fewer names than values (A 15.68亿元,其中B 11.68
    亿元,分别下降7.78%、2.78%)."""
    if carried is None or not carried.names:
        return None
    named = list(dict.fromkeys(f.name for f in carried.figures))
    if each and len(named) < values:
        named = list(dict.fromkeys([*carried.earlier, *named]))[-values:]
    if each and len(named) > 1:
        return Subject(named, carried.start, respectively=True)
    if grows and len(carried.names) == 1 and simplified(carried.names[0]).startswith("占"):
        # 生产总值达2085亿元,占全省比重提高到26%;增速达16%: the growth is 生产总值's (but
        # 比上年提高1.2个百分点 is the share's own change)
        owner = next(
            (n for n in reversed(carried.earlier) if not simplified(n).startswith("占")), None
        )
        if owner is not None:
            return Subject([owner], carried.start)
    return Subject(list(carried.names), carried.start, carried.respectively)


def _figures(
    text: Text,
    offset: int,
    match: re.Match[str],
    pre: str,
    subject: Subject,
    *,
    earlier: list[Figure],
    shared: bool,
) -> list[Figure]:
    """The figures one value (or rank) states: one per name that shares it (each name
    gets the value in turn with 分别, unless the clause has only this one: 均增长7%)."""
    phrase = (min(subject.start, offset + match.start()), offset + match.end())
    if "rank" in match.groupdict() and (match["rank"] or match["first"]) is not None:
        names = subject.names if shared or not subject.respectively else subject.names[:1]
        return rank_figures(text.norm, match, names, phrase, offset=offset, pre=pre,
                            earlier=earlier)  # fmt: skip
    unit = unit_as_written(text, offset, match)
    aiming = pre.strip(',、“”"').startswith(_AIMING) and not _own_subject(pre)
    aimed = next((f for f in reversed(earlier) if f.unit == unit), None) if aiming else None
    if aimed is not None:  # 增长7%以上,力争8%; 计划增长8%、工作目标8.5% (not 7%,力争2000亿元)
        aimed.aim = _number(match["v1"])
        return []
    comparator = _comparator(match)
    falling, below_naught = falls_or_below_naught(pre, subject.names[0], unit)
    grows = _GROWS.search(pre + subject.names[0]) is not None
    measure = measure_of(pre, subject.names[0], unit) or list_measure(pre, earlier, unit, grows)
    names = stock_of(subject.names if shared or not subject.respectively else subject.names[:1],
                     pre)  # fmt: skip
    if len(names) > 1 and not grows and the_lists_total(subject, unit, pre, comparator):
        names = [subject.listed]  # 举行重点项目集中开工、观摩活动13次: one count of the list
    base = starts_from(match)
    if base and revised_from(text.norm, offset, match):
        return []  # 经…普查修订,…由285.6亿元调整为312.4亿元: a figure revised, replaced
    share_of = (
        share_owner(
            names[0],
            earlier,
            in_turn=_RESPECTIVELY in pre or _RUN.match(text.norm, offset + match.end()) is not None,
        )
        if measure == "share"
        else ""
    )
    return [
        Figure(
            name=name,
            value=-_number(match["v1"]) if below_naught else _number(match["v1"]),
            value_max=_number(match["v2"]) if match["v2"] else None,
            unit=unit,
            comparator=comparator,
            direction="down" if falling else None,
            measure=measure,
            grows=grows,
            base=base,
            share_of=share_of,
            phrase=phrase,
        )
        for name in names
    ]


_RESPECTIVELY = "分别"  # (shares said in turn: 分别占总人口的51.3%和48.7%)
# 分别 before the 占 of shares said in turn: the predicate's adverb, no part of their names.
_EACH_SHARE = re.compile("分[别別](?=[占佔])")

_AIMING = ("力争", "争", "工作目标", "奋斗目标")  # what opens an aim (力争8%; 工作目标8.5%)


def _own_subject(pre: str) -> bool:
    # 确保增长7.5%、力争增长8.5%: the aim's predicate is no subject of its own
    bare = re.sub(r"力争|争|工作目标|奋斗目标|达到|增长|增速|实现|达|超过|突破", "", pre)
    return bool(re.search(r"[\u4e00-\u9fff]{2,}", bare))


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _comparator(match: re.Match[str]) -> str:
    if match["v2"]:
        return "range"
    if match["after"]:
        return lx.AFTER[match["after"]]
    if match["approx"] or lx.APPROX_IN_UNIT.search(match["u1"] or ""):
        return "over"  # 1000余元, 300多家, 1.8万余人: more than, by an amount unsaid
    if match["before"]:
        return lx.BEFORE[match["before"]]
    if re.search("元|亿$", match["u1"] or "") and MILESTONE.match(match.string, match.end()):
        return "over"  # …、3500亿元台阶, 80亿两个台阶: a mark passed
    return "exact"


_GROWS = re.compile(r"增长|增速|增幅|涨幅|上涨|提高|降幅|比增")


def _spread_respectively(subject: Subject, figures: list[Figure]) -> None:
    """分别: the i-th value of a run goes to the i-th name (and round again for a second
    run: 分别达71814元、43914元,增长9.1%、10.1%); and 分别 before 占 is no share's name
    (第二产业和第三产业增加值分别占地区生产总值的25%和75%)."""
    if subject.respectively and len(subject.names) >= 2 and len(figures) > 1:
        for number, figure in enumerate(figures):
            figure.name = subject.names[number % len(subject.names)]
    for figure in figures:
        figure.name = _EACH_SHARE.sub("", figure.name) if figure.measure == "share" else figure.name
