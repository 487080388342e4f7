"""Ranks: what places a figure among others (居全省第3位, 位列五区第一, 全市第二), and what a
rank is named by when its clause names no figure of its own: the evaluation it is placed in
(在全省…目标责任考核中位居第三位) or the list the clause before entered (进入…百强区,排在第65
位); and the names of ranks said in turn of the figures before (分别居…第5位和第6位) and of a
rank's move (较上年前移2位); and the figures a rank states (rank_figures, moved from
grammar.py).  Split from values.py, which reads the figures themselves."""

from __future__ import annotations

import re

from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.figures import EARLIER, Figure, last_said
from jfq.authoring.extract.quoted_names import in_a_numbered_slogan
from jfq.authoring.extract.spans import starts_from
from jfq.search.normalize import simplified

# The field of a rank in a run of ranks, a place (第1、长三角第2位), where 投资潜力第3、
# 新型城镇化质量第4 are names.
_PROVINCES = (
    "北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|"
    "广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆"
)
_NEXT_FIELD = (
    r"(?<=[\d一二三四五六七八九十位名]、)(?:(?![居列排])[\u4e00-\u9fff]){0,5}?"
    r"(?:[省市县区州]|三角|地区|[东南西北中]部)|"
    # (a province's short name after a rank or its bracket: 全国第10位(含港澳台)、广东第3位;
    # not 增速第1位 nor 投资潜力第3, names of their own)
    rf"(?:(?<=[位名]、)|(?<=\)、))(?:{_PROVINCES})(?=第)"
)
# A rank: 居全省第3位, 位列五区第一, 全市第二 (is_rank says which ones place something).
RANK = re.compile(
    r"(?P<lead>稳居|跃居|分居|分列|居|位居|位于|位列|名列|排名|排在|排|列|保持|(?:跃|提|上)?升[至到])?"
    r"(?P<scope>(?P<whole>全[国省市区县州盟])|全?世界|全球|同类|城区|[一二三四五六七八九十\d]+[城区县市省州]+|"
    # (居焦作市第1位: a named place; 排南宁市县域第一: among its counties; not 排名由全省第六位…,
    # the level a rank rose from)
    r"(?<=[居列排])(?:(?![由从])[\u4e00-\u9fff]){1,5}?[省市县区州](?:县域|县市区|区县|城区)?|"
    r"(?<=[居列排])(?:(?![由从])[\u4e00-\u9fff]){0,4}?(?:三角|[东南西北中]部|城市群|经济带|经济圈)|"
    rf"{_NEXT_FIELD})?"
    # the peers and a rank's verb after the field (增速全市行政区排名第二, 全省县区排第3位)
    # (after a whole region only: 增速焦作市县区排名第一 is read from its 排名, as before)
    r"(?(whole)(?P<placed>(?:行政区|县域|县区|区县|县市区|县市|城区|地市|市州)?"
    r"(?:排名|排位|位居|位列|排|居|列))?)"
    r"(?:(?:第|(?P<top>(?<=[省市县区州国城名位])前))"  # (居全省前3位, 全省排名前10位)
    r"(?P<rank>\d+|[一二三四五六七八九十]+)(?![\d一二三四五六七八九十])|(?P<first>首)(?=位))"
    r"(?P<place>位|名)?"  # (位居全市首位: the first; not 首位度, a primacy)
    r"(?!年|批|届|次|季|期|个|轮|号|阶段|步|条|章|款|项|部分|产业|类|份|任|方阵|梯队|家|所|座|单|度|时间|"
    r"大|高(?=[\u4e00-\u9fff])(?!于)|长|例|台|"  # (世界第二大经济体, 全球第一台…: a superlative)
    r"[至—\-~]第?[一二三四五六七八九十\d]+[章节条款])"  # (第三十七至三十八章, 第37—38章: chapters)
)

_ORDINALS = re.compile(r"(?:、第?[一二三四五六七八九十]+)+次?产业")  # (全县第一、第二、第三产业)

# (but 排在第65位 places it; and 仍放在“六稳”第一位 puts it first among what it names)
# (but 放在全省排第5位 ranks: a rank's verb between)
_PUT_FIRST = re.compile(r"(?:[放摆](?:在|到)|置于)(?:“[^”]{1,8}”|[^,;。\d排居列位“”]){0,20}$")


def is_rank(match: re.Match[str]) -> bool:
    """第一 is a rank where something places it (居全省第3位, 增速全市第1, 排名第一), not
    an ordinal inside a name (第一动力, 第一要务, 第二场“部长通道”)."""
    if in_a_numbered_slogan(match.string, match.start()):
        return False  # 实现“4个稳居第一”: a slogan's words
    if _ORDINALS.match(match.string, match.end()):
        return False  # 全市第二、第三产业增加值: the sectors' ordinals, listed
    if match["lead"] == "位于" and not match["scope"]:
        return False  # 产业园位于第二工业园区: a place (but 位于全市首位 ranks)
    put = _PUT_FIRST.search(match.string, max(0, match.start() - 32), match.start())
    if put is not None and not (match["lead"] or match["placed"]):  # (放在全省排第5位: 排)
        return False  # 把人民生命安全放在第一位: a priority, no place among others
    if match["first"]:  # (稳居全省首位; not 全省首位城市, a primate city)
        return bool(match["place"] and (match["lead"] or match["placed"]))
    if match["top"]:  # (not 前3个月)
        return bool(match["place"] and (match["lead"] or match["scope"]))
    if match["lead"] or match["scope"]:
        return True
    if match.start() == 0:
        return False  # 第一,… opens a list
    if match["place"] or _measure_ranked(match):
        return True  # (在经济大省中增速第1: the growth's place among its peers)
    return match.string[match.start() - 1 : match.start()] == "、"  # 全市第二、第三


def _measure_ranked(match: re.Match[str]) -> bool:
    """A growth or a total ranked with no verb (在中部地区增速第1), alone: not in a run
    (增幅第一、第二; 增速第一、总量第二), whose names and ranks this cannot pair."""
    text = match.string
    return (_A_MEASURE_RANKED.search(text, 0, match.start()) is not None
            and not text.startswith("、", match.end()))  # fmt: skip


_A_MEASURE_RANKED = re.compile(r"(?<!、)(?:增速|增幅|总量)$")


# A rank with no subject of its own (排在第65位, 在广西21个主城区中排在第2位) is the rank on
# the list the clause before entered (进入2022中国西部百强区, 荣获“…先进城区”称号).
_A_RANKING = re.compile(r"考核|排名|评价|评比|评估|测评|榜")
_ONLY_A_RANKS_VERB = re.compile(
    r"(?:在[^,;。]{1,16}中|在)?(?:(?:稳居|跃居|位居|位列|排名|排|居|列)在?)?"  # (在全国县市排名…)
)
_A_LIST_ENTERED = re.compile(
    r"(?:进入|入选|跻身|入围|荣获|获评|被评为|获得)(?:(?:19|20)\d\d年?度?)?“?"
    r"(?:(?:19|20)\d\d年度?)?(?P<list>[^,;。“”\d]{2,20}?(?:强[区县市镇旗]?|榜|城区|[区县市]))"
    r"”?(?:称号|榜单|名单)?[,;]$"
)  # (a list of places ranked, not an honour or a grade: 获得省政府通报表扬, 全省优秀等次, 第一方阵)


# A rank whose clause names the evaluation it is placed in (在全省133个县市工业转型升级目标
# 责任考核中位居全省第三位, 经开区在2021年度全国217家国家级开发区综合考评中位列第13位): the
# evaluation names it, without its year, scope and the count of those ranked.
_EVALUATION = re.compile(
    r"在(?P<among>[^,;在]{2,40}?(?:考核|考评|评价|评比|评估|测评))中"
    r"(?:均|都|分别)?(?:排名|排在|位居|位列|名列|位于|稳居|跃居|居|列|排)?$"
)
_EVALUATION_SETTING = re.compile(
    r"(?:(?:19|20)\d\d年度?)?(?:全国|全省|全市|全区|全州|全县)?"
    r"(?:\d+(?:家|个)(?:县市区|县市|市县|县区|城市|地市|省份|县|区|市)?)?"
)


# What stands before 在 when it is a figure ranked, not what is evaluated (…增速, …总量).
_RANKED_ITSELF = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{2,}(?:增速|增幅|总量|收入|总值|增加值|产值|投资|率)$"
)


def evaluation_named(pre: str) -> tuple[int, int] | None:
    """Where the evaluation a rank is placed in lies in the words before it (``pre``), when
    they end on one: …在全省工业转型升级目标责任考核中 -> 工业转型升级目标责任考核."""
    found = _EVALUATION.search(pre)
    if found is None or _RANKED_ITSELF.search(pre, 0, found.start()):
        return None  # (工业增加值增速在…考核中排名第2位: the growth's rank, in that evaluation)
    setting = _EVALUATION_SETTING.match(pre, found.start("among"), found.end("among"))
    start = setting.end() if setting else found.start("among")
    return (start, found.end("among")) if found.end("among") - start >= 4 else None


def ranked_in(norm: str, start: int, pre: str) -> list[str]:
    """The list a rank places on, when its clause (from ``start``) names none: the list
    the clause before entered, or nothing."""
    only = _ONLY_A_RANKS_VERB.fullmatch(pre)
    if only is None or _A_RANKING.search(pre):
        return []  # (在全市高质量发展综合考核中排在第2位: the ranking is named)
    before = max(norm.rfind(mark, 0, start - 1) for mark in ",;。\n") + 1
    entered = _A_LIST_ENTERED.search(norm, before, start)
    return [entered["list"]] if entered else []


# Ranks said of the figures before, in turn, with no name of their own (…,港口集装箱吞吐量从
# 706.8万标箱增加到1451.2万标箱,分别居世界第5位和第6位).
EACH_RANKED = re.compile(
    r"(?:分别(?:稳居|跃居|位居|位列|排名|排在|居|列)|分[居列])[^,;。\d第]{0,8}第"
)  # (分居全省第4、第3位: 分 is 分别)


def _bare(name: str) -> str:
    """A name without its rate word: 规模以上工业增加值增幅 is 规模以上工业增加值's."""
    plain = simplified(name)
    return next((plain[: -len(w)] for w in lx.CHANGES_ALONE if plain.endswith(w)), plain) or plain


def _a_margin(figure: Figure) -> bool:
    return figure.unit in ("个百分点", "百分点")  # (比全省高1.5个百分点: no figure of its own)


# A rank's move with no name of its own (较上年前移2位, 比2016年前移2位, 前进3个位次): of the
# rank before it.
_A_MOVE_ONLY = re.compile(
    r"(?:较|比)?(?:上年度?|去年|上一年|(?:19|20)\d\d年)?(?:再次|又|再|一年)?"
    r"(?:前移|提升|上升|前进|跃升|晋升|进位|后移|后退|下降|进)了?"
)


def name_moves(figures: list[Figure], found: list[Figure]) -> None:
    """Name a rank's move after the rank stated before it in the sentence (增速排名全省第3,
    较上年前移2位: 固定资产投资增速), as the guide names it."""
    for at, figure in enumerate(figures):
        if figure.measure != "rank" or not _A_MOVE_ONLY.fullmatch(simplified(figure.name)):
            continue
        before = [*found, *figures[:at]]
        if before and before[-1].measure == "rank":
            figure.name = before[-1].name
        elif before and before[-1].grows and before[-1].unit in lx.PER_CENT:
            # (…收入增长6.5%,较上年前移3位: the growth's rank moved, not a rank said before)
            figure.name = before[-1].name + "增速"


# What a rank's subject may say of the figure before it, with no indicator of its own.
_ITS_TOTAL = ("总量", "规模", "排名", "排位", "位次")  # (…增长7.1%,全省排名上升至第8位)
_ITS_GROWTH = ("增速", "增幅")
_IN_A_SCOPE = re.compile(rf"^在?全{lx.LEVEL}")


def name_bare_ranks(figures: list[Figure], found: list[Figure]) -> None:
    """A rank whose subject is only a total or a growth (…增长1.2%,总量和增速均排名全省
    第九) is that of the figure stated before it: 地区生产总值 and 地区生产总值增速, as the
    guide names a rank of a change."""
    if not any(f.measure == "rank" for f in figures):
        return  # (most clauses: no rank to name, and ``found`` is not looked through)
    stated = [f for f in found[-EARLIER:] if f.measure is None and f.value is not None]
    for at, figure in enumerate(figures):
        word = _aspect(figure.name)
        if figure.measure != "rank" or word not in (*_ITS_TOTAL, *_ITS_GROWTH):
            continue
        # (固定资产投资完成603亿元、在全省位次由第五位升至第三位: its own clause's figure)
        before = [*stated, *(f for f in figures[:at] if f.measure is None and f.value is not None)]
        if not before:
            continue
        # (城镇、农村居民人均可支配收入分别达到…,增长…,总量全市第二、第三: each one's, in
        # turn, as each was last said, word by word: …,总量分别居…第2位、第3位,增速分别居…)
        said = [f.name for f in before]
        # (the places ranks moved from in turn among themselves, those reached among theirs:
        # 由第五位升至第三位 is one rank's move; 分别由第8位、第9位上升至第5位、第6位 two)
        same = [f for f in figures if f.measure == "rank" and _aspect(f.name) == word
                and f.base == figure.base]  # fmt: skip
        turn = last_said(said, len(same)) if len(same) > 1 else []
        # (企业所得税增量和增幅均居全省第1位: the conjunct before names it)
        stem = next((_stem(f.name) for f in figures if f is not figure and _stem(f.name)), "")
        in_turn = len(turn) == len(same) and figure in same
        named = turn[same.index(figure)] if in_turn else before[-1].name  # (as written)
        indicator = stem or named[: len(_bare(named))]
        figure.name = indicator if word in _ITS_TOTAL else indicator + figure.name.lstrip("的")


def _aspect(name: str) -> str:
    """A rank's subject without the scope it is placed in (在全省排名由第41位…: 排名), nor
    the 的 of a figure's growth (以9.9%的增速位列全市第二: 增速)."""
    return _IN_A_SCOPE.sub("", simplified(name)).removeprefix("的")


def _stem(name: str) -> str:
    """What a rank's name is of, before the aspect it ranks (企业所得税增量: 企业所得税)."""
    plain = simplified(name)
    aspect = next((w for w in (*_ITS_TOTAL, *_ITS_GROWTH, "增量") if plain.endswith(w)), "")
    stem = name[: len(name) - len(aspect)] if aspect and len(plain) > len(aspect) else ""
    return "" if _IN_A_SCOPE.fullmatch(simplified(stem)) else stem  # (在全省排名: no stem)


def name_each_rank(figures: list[Figure], found: list[Figure]) -> None:
    """Name each rank of ``figures`` after the figures stated before it, the last of each
    name in turn, or, when the last are one name's, its level then its growth (…241.5亿元,
    增长6.4%,分居全省第4、第3位); a rank of a growth takes the change's word (地区生产总值
    增速), as the guide names it.  Left as they are unless every figure is a rank and enough
    precede, or when the ranks name only a total or a growth (name_bare_ranks's)."""
    ranks = [f for f in figures if f.measure == "rank"]
    last: dict[str, Figure] = {}
    for figure in found:
        # (比全省高1.5个百分点 after GDP's; 增幅高于全市2个百分点 after the output's growth)
        margin = _a_margin(figure) and _bare(figure.name) in {_bare(n) for n in last}
        if figure.measure is None and figure.value is not None and not margin:
            last.pop(figure.name, None)
            last[figure.name] = figure  # (in the order each name was last stated)
    if len(ranks) < 2 or len(ranks) != len(figures):
        return
    if all(simplified(r.name) in (*_ITS_TOTAL, *_ITS_GROWTH) for r in ranks):
        return  # (总量、增幅分列全省第3位和第2位: named by the clause, see name_bare_ranks)
    # (not a margin, 高于全市平均2.1个百分点, nor the level a change began from; a mean is one)
    stated = [f for f in found if f.measure in (None, "average", "cumulative")
              and f.value is not None and not f.base and not _a_margin(f)]  # fmt: skip
    stated = stated[-len(ranks) :]
    one = len(stated) == len(ranks) and len({f.name for f in stated}) == 1
    if not one and len(last) < len(ranks):
        return
    # (一般公共预算收入241.5亿元,增长6.4%,分居全省第4、第3位: the level's, then the growth's)
    for rank, figure in zip(
        ranks, stated if one else list(last.values())[-len(ranks) :], strict=True
    ):
        grew = figure.grows and figure.unit in lx.PER_CENT and not figure.base
        changes = grew and not simplified(figure.name).endswith(lx.CHANGES_ALONE)
        rank.name = figure.name + ("增速" if changes else "")


# -- the figures a rank states --------------------------------------------------------------------

# The ranks after one in a run (第2、第1、第3位): they share the last one's unit.
_RANKS_RUN = re.compile(r"(?:、第(?:\d+|[一二三四五六七八九十]+))+(?P<place>位|名)")
_CHINESE_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
                   "九": 9, "十": 10}  # fmt: skip


def rank_figures(
    norm: str,
    match: re.Match[str],
    names: list[str],
    phrase: tuple[int, int],
    *,
    offset: int,
    pre: str,
    earlier: list[Figure],
) -> list[Figure]:
    """The ranks one RANK ``match`` states, one per name: the list entered names them when
    the clause does not (ranked_in), a growth just before takes the change's word, and a
    place risen from (由第52位前移至第43位) is the level the move began from."""
    rank = match["rank"] or "一"  # (首位: the first)
    value = float(rank) if rank.isdigit() else float(_CHINESE_DIGITS.get(rank, 0) or 0)
    # 居全省第3位: the unit as written (第3 has none, but 第2、第3位 shares the last one's)
    run = _RANKS_RUN.match(match.string, match.end())
    place = match["place"] or (run["place"] if run is not None else None)
    names = ranked_in(norm, offset, pre) or names
    world = (match["scope"] or "").endswith(("世界", "全球"))  # (a world's rank is a total's)
    # (but …增长7.8%,全市排名第6: the field said first, as the corpus's readers name the
    # indicator's rank, as they do …增长7.8%,在全市排名第6)
    if not world and not match["placed"] and _ranks_the_growth_before(norm, pre, earlier, names):
        names = [n + "增速" for n in names]  # 地区生产总值增长7.3%、居全国第3
    among_the_first = "at_most" if match["top"] else "exact"  # 居全省前3位: 3 or better
    base = starts_from(match)
    return [Figure(name=n, value=value, unit=place, comparator=among_the_first,
                   measure="rank", phrase=phrase, base=base) for n in names]  # fmt: skip


def _ranks_the_growth_before(norm: str, pre: str, earlier: list[Figure], names: list[str]) -> bool:
    """A rank that names nothing of its own right after a growth (地区生产总值增长7.3%、居
    全国第3; …增长7.4%,排名全省第2) ranks the growth, which the guide names with the
    change's word; a rank after a level (粮食总产量52亿斤,居全省第1位; 城镇化率提高到
    65.3%,居全省第2) ranks the level."""
    if re.search(r"[\u4e00-\u9fff]", pre) or not earlier or len(names) != 1:
        return False
    last = earlier[-1]
    if _A_LEVEL_REACHED.search(norm, max(0, last.phrase[1] - 16), last.phrase[1]):
        return False
    return (last.grows and last.unit in lx.PER_CENT and last.name == names[0]
            and not simplified(last.name).endswith(lx.CHANGES_ALONE))  # fmt: skip


# A rate reached, not a change by it (提高到65.3%, 提升至2.8%, 达到85%).
_A_LEVEL_REACHED = re.compile(r"(?:到|至|达到?|为)[\d.]+[%％]$")


# A ranking a clause opens on (全国综合实力百强县排名再创新高): what a rise after it is of.
# (在《人民日报》发布的全国综合实力百强县排名中: the list's name, after what says where)
_A_RANKING_OPENS = re.compile(
    r"在?(?:\d{4}年)?(?:[^,;。\d]{0,16}的)?(?P<name>[^,;。\d的]{2,20}?(?:排名|排位|位次))"
)
_PLACES_MOVED = re.compile(r"[,;][^,;。%]{0,16}?第?\d+个?(?:名|位)")


def a_ranking_moved(norm: str, a: int, b: int) -> tuple[int, int] | None:
    """The name of a ranking the clause [a, b) opens on, where places moved follow it in its
    sentence (全国综合实力百强县排名再创新高,较去年同期提高8名; not 增速排名全市前列,同比增长
    6.1%, a growth's rank said in words before the growth), else None."""
    ranking = _A_RANKING_OPENS.match(norm, a, b)
    return ranking.span("name") if ranking is not None and _PLACES_MOVED.match(norm, b) else None
