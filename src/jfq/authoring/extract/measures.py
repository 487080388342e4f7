"""What a figure measures when it is not the year's level or rate: a rank, an average or a
total of years, a share (measure_of, and list_measure for a list's figures after the first),
and whose share a share of the whole region's is (share_owner).  Split from spans.py, which
says how many years a passage speaks of."""

from __future__ import annotations

import re

from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.comparisons import ABOVE_OR_BELOW, OF_THE_BUDGET
from jfq.authoring.extract.figures import Figure
from jfq.authoring.extract.indicators import indicator_for
from jfq.authoring.extract.spans import LEVEL_REACHED
from jfq.search.normalize import simplified


def list_measure(pre: str, earlier: list[Figure], unit: str | None, grows: bool) -> str | None:
    """累计完成A 2131亿元、B 261.8亿美元: 累计 opens the whole list of amounts (but not the
    growth of 累计完成投资50亿元、增长10%); and 占全省47%、全国10.6% the list of shares."""
    if not pre.startswith("、") or not earlier or grows:
        return None
    if LEVEL_REACHED.fullmatch(pre, 1):
        return None  # (累计新增规上工业企业1220家、达到2631家: the level the count reached)
    if unit not in ("%", "个百分点"):
        return "cumulative" if earlier[-1].measure == "cumulative" else None
    # (only a place goes on from a share: 、城镇调查失业率5.1% names a rate of its own)
    place = _PLACE_AFTER_A_SHARE.fullmatch(pre) is not None
    return (
        "share" if place and earlier[-1].measure == "share" and unit == earlier[-1].unit else None
    )


# The levels a share of the whole region's is said of (占全省, 、全国).
_PLACE_AFTER_A_SHARE = re.compile(rf"、(?:占)?(?:全?{lx.LEVEL})?的?")


# 年均增长, 平均为, 年均8%: an average in the predicate; 年均浓度 and 平均浓度 are names
# (平均优良天数, and its 比例, are the year's; 年均优良天数 over five years is their mean)
_AVERAGE = re.compile(
    r"(年均|(?<!每人)平均)(?![\u4e00-\u9fff]{0,2}(?:浓度|水平|价格|工资|收入|寿命|气温|降水|受教育))"
    r"(?<!平均(?=优良天数|[\u4e00-\u9fff]天数))"
)


# What makes a number of 位 a rank or a move of one (排名上升3位, 较上年前移2位, 由84位提升至
# 76位), not people (人才提升计划专家12位).
_RANKED = re.compile(
    r"排名|位次|排位|跃升|前移|前进|进位|晋升|后退|上升|下降|提升[至到]|"
    r"(?:比上年度?|较上年度?|又|再)进了?$"  # (比上年又进了5位; not 引进了…专家12位, 又进一步…)
)


_ABOVE_A_MEAN = re.compile(rf"(?:{ABOVE_OR_BELOW}|超过|超出|高出)[^,;]*?平均$")


_YEARS_COUNTED = re.compile(
    r"(?:^|[,、])(?!一年)[一二三四五六七八九十两]+年(?:来|间|增加|增长|新增|共)"
)
# A level at either end of a change: 从5.1万亿元, 增加到11.7万亿元 (not 达: 五年来城镇新增就业
# 达5.2万人 is the years' total).
_A_LEVEL_REACHED = re.compile(r"(?:[从由]|(?<!达)[到至])$")


def _a_level(name: str) -> bool:
    """An indicator whose figure is a year's level, not a count of things done over years."""
    plain = simplified(name)
    # (城镇新增就业, 固定资产投资: counts and flows a review sums over its years)
    done = ("新增", "累计", "引进", "实施", "完成", "投资", "资金")
    return indicator_for(plain) is not None and not any(word in plain for word in done)


def measure_of(pre: str, name: str, unit: str | None) -> str | None:
    """What a figure is when it is not the year's level or rate, from the words before it
    (``pre``) and its name: a rank, an average or a total of years, a share; else None."""
    unit = simplified(unit) if unit else unit  # (總量前進1個位次)
    if unit in ("位次", "个位次") or (unit == "位" and _RANKED.search(name + pre)):
        return "rank"  # 排名上升3位, 跃升7个位次: a change of rank, measured with the ranks
    # 城镇调查失业率平均为5.2%: a rate's year average is the year's figure, not a mean of years
    average = _AVERAGE.search(pre)
    if average is not None and _ABOVE_A_MEAN.search(pre, 0, average.end()):
        average = None  # 分别高于全国、全省平均增速4.1、2.6个百分点: the benchmark's mean
    if average is not None and (average[1] == "年均" or not name.endswith("率")):
        return "average"
    if re.search(
        r"累计|连年|连续\S{0,3}年|"
        r"(?:19|20)\d\d年(?:的)?基础上",  # (在2020年基础上增长40%: over the years since)
        pre,
    ):
        return "cumulative"  # 累计, 连年稳定在…: of the years together (not 合计, a sum of
        # the year's parts: 一般公共预算收入…,加上转移性收入…,收入合计97.2亿元)
    if _YEARS_COUNTED.search(pre) and not _A_LEVEL_REACHED.search(pre):
        # 十年增加近70万亿元 (but 五年来…从5.1万亿元增加到11.7万亿元: levels; and 五年来城镇
        # 化率达到58%, 地区生产总值达120亿元: a rate or an indicator's level reached)
        reached = re.search(r"达到?$", pre) is not None
        grown = re.search(r"增长|增幅|增速|增加", name + pre) is not None  # (增幅达到65%: a total)
        if grown or not (reached and (unit in (*lx.PER_CENT, "‰") or _a_level(name))):
            return "cumulative"
    # (占地, 占用: land taken; but 占地区生产总值 and 占地方财政收入 are shares)
    if re.search(r"占比|比重|比例|[占佔](?!地(?![区區方])|用|有|领)", name + pre) and unit in (
        "%",
        "个百分点",
    ):
        return "share"
    if unit == "%" and _OF_THE_BUDGET.search(pre):
        return "share"  # 完成预算的100.1%: of the budget, as the corpus's readers keep it
    return None


_OF_THE_BUDGET = re.compile(rf"{OF_THE_BUDGET}$")  # (占 before it is a share already)


# A share of the whole region's, said with no 比重: 占全省47%, 制种量占全省43%, 总量占全区36%
# ("…占…比重" is a name of its own, and stays one).
_SHARE_OF_THE_WHOLE = re.compile(rf"(?P<own>.*?)占全{lx.LEVEL}的?")


def share_owner(name: str, earlier: list[Figure], *, in_turn: bool = False) -> str:
    """What a share of the whole region's is a share of: the words before 占 (制种量占全省:
    制种量), else the figure said before it (示范区总数达到18个,占全省47%、全国10.6%), as
    for any share that names no owner (民生支出7.48亿元,占全区一般公共预算支出的72%);
    "" when the name says it itself, or names several, or the figure before is a rate.
    A total alone before 占 (总量占全区36%) is the figure before's (外贸进出口总额实现2730
    亿元,总量…); another head alone (产值) keeps its name."""
    share = _SHARE_OF_THE_WHOLE.fullmatch(simplified(name))
    # (not levels of several, said in turn: 男性人口…,女性人口…,分别占总人口的51.3%和48.7%)
    if share is None and (in_turn or not simplified(name).startswith("占")):
        return ""  # (a share of something named: 服务业增加值占地区生产总值比重, a name of its own)
    # (a share that names no owner, of the whole or not: …120亿元,占GDP的比重达55%)
    own = name[: share.end("own")] if share is not None else ""
    if own and (len(own) < 2 or _MORE_THAN_ONE.search(own)):
        return ""  # 粮食、油料产量分别占全市…: the list's names keep their own
    if own and simplified(own) not in lx.TOTAL_WORDS:
        # (产值占全省12% after a count of firms: a head alone is no total of the count)
        return "" if simplified(own) in lx.HEADS_ALONE else own
    before = earlier[-1] if earlier else None
    if before is not None and before.share_of:
        return before.share_of  # (…占全省47%、全国10.6%: the same thing's)
    grew = before is not None and before.grows and before.measure is None
    if before is not None and (grew or before.measure == "rank"):
        # (GDP达1498亿元,增长10.2%,占全市19.2%; …,增速高于全市0.6个百分点,占全市12.3%;
        # …,增速居全市第2位,占全市的15%: the thing that grew, not its growth)
        return _GROWTH_WORD.sub("", before.name)  # (降幅比全市收窄…: "", no name to give)
    if before is None or before.unit in ("%", "‰", "个百分点"):
        return ""  # (完成全年任务的120%,占全市的15%: no share of a share)
    return before.name


_GROWTH_WORD = re.compile(r"(?:增速|增幅|降幅|增长率?)(?:比[^,;。]*)?$")


_MORE_THAN_ONE = re.compile(r"分别|均$|、")
