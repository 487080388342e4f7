"""Reading sentences into figures: where sentences and clauses end, and each sentence
read once (a report says many things twice, and reading is the slow part of extract).
blocks.py and reviews.py decide which sentences state targets and which results."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from jfq.authoring.extract import cues
from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.comparisons import ABOVE_OR_BELOW
from jfq.authoring.extract.coordination import coordinated
from jfq.authoring.extract.figures import EARLIER, Figure, Subject
from jfq.authoring.extract.grammar import parse_clause
from jfq.authoring.extract.indicators import named_first
from jfq.authoring.extract.qualitative import FLAT_ALONE, INCOME_IN_STEP, flat_on_the_year_before
from jfq.authoring.extract.ranks import (
    EACH_RANKED,
    a_ranking_moved,
    name_bare_ranks,
    name_each_rank,
    name_moves,
)
from jfq.authoring.extract.text import Text
from jfq.authoring.extract.topics import BARE_HEADS, headline_before, sector_topic
from jfq.search.normalize import simplified

# (增长7.3%(不含嘉兴港区,实现…): an aside that opens right after a figure ends its clause.
# A name right after a change's or a level's percentage, with no mark between: the next
# clause's, glued on (what is before the % is checked in clauses(): 90%村庄 is no such).
_A_NAME_GLUED = r"(?![以左的和及与或至到等上多强弱]|一\d)[\u4e00-\u9fff]"  # (5%一5.5%: a range)
_GLUED_AFTER = re.compile(r"(?:增长|下降|提高|降低|回落|上升|为|达到|达)\d+(?:\.\d+)?%$")
_CLAUSE_END = re.compile(
    r";|。|\.{3,}|…+|(?<!\d),|,(?!\d{3}(?!\d))|(?=[①-⑳])|(?<=[\d%‰])\s*\("
    # (增长5%农林牧渔业总产值增长4.2%: a page that lost its separators, after a change's
    # percentage; not 增长20%的企业…, 8%以上, 10%左右, 5%和6%, nor 90%村庄完成改厕)
    rf"|(?<=%)(?={_A_NAME_GLUED})"
    # (…增长11.5%左右——市长万勇在报告中历数…: a dash after a figure ends its clause; not
    # 增长6——7%, a range)
    r"|(?<=[%‰右上内])——(?!\d+(?:\.\d+)?[%％])|(?<=\d)——(?![\d.])"
    # (a bilingual page's English sentence before the next Chinese item: …by 7.5 percent.
    # 居民消费价格涨幅…; a word's end, not 2.5 nor No.1)
    r"|(?<=[a-z]{2}\.)(?!\d)"
    # (a stop typed as "." after a Chinese word or a figure: …目标任务. ――地区生产总值…)
    r"|(?<=[\u4e00-\u9fff%]\.)(?!\d)"
)  # (a comma between digits is a thousands' mark, 1,234; not 抗疫一线,530支)
# A run of quoted phrases, each a clause that ends on a figure (“…增长5.3%左右”“推动…突破130
# 亿元”): parted at its quotes; “15分钟”“10分钟” or “走出去”“请进来” name one thing.
_QUOTES_MEET = re.compile("”(?=“)")
_ENDS_ON_A_FIGURE = re.compile(r"\d[\d.]*[%‰\u4e00-\u9fff]{0,3}$")
_SENTENCE_END = re.compile(r"[。!?\n]")
# What opens no sentence of its own: a margin or a comparison of the figure before it.
_MAY_GO_ON = frozenset("高低快慢好优比较同")  # (what _GOES_ON opens with: tried first, as fast)
_GOES_ON = re.compile(
    rf"(?:{ABOVE_OR_BELOW}|高出)[^,;。\d]{{0,8}}\d+(?:\.\d+)?个?百分点|"
    r"(?:比上年|较上年|同比)[^,;。\d]{0,4}\d"
)  # (not 。低于2022年的是财政收入: a sentence of its own)
DIGIT = re.compile(r"\d|第[一二三四五六七八九十]|首位(?!度)")  # (位居全市首位: a rank)
# What may stand after a heading to its line's end (一、去年工作回顾: ⏎, 二、今年重点工作。⏎).
ENDS_ITS_LINE = re.compile(r"[ :。]*(?:\n|$)")
# A line that opens on the growth of the figure the line before ends on (…363.27亿元,\n同比
# 增长11.5%): the same sentence.  Not any line after a comma: lines that each open on their
# own year or name are sentences of their own.
# (and its adverbs: …地方财政收入1.7亿元,\n同口径分别增长23.6%、10.8%)
_GROWTH_GOES_ON = ("同比", "增长", "比上年", "较上年", "下降", "比增", "比降", "同口径", "分别增长",
                   "分别下降", "分别比", "按可比价", "可比价")  # fmt: skip


# How far back a sentence's paragraph is read (its line so far, for words of the past or of
# striving): a long paragraph's last stretch, so that a text with no line breaks is read in
# linear time (stop 42's fault hunt: 8000 figures on one line took 24 s, as their square).
PARAGRAPH_LOOK_BACK = 2000  # characters, more than a report's paragraph


def line_start(norm: str, at: int) -> int:
    """Where the line that holds ``at`` begins, looked for PARAGRAPH_LOOK_BACK back at most."""
    floor = max(0, at - PARAGRAPH_LOOK_BACK)
    return max(norm.rfind("\n", floor, at) + 1, floor)


def sentences(norm: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The sentences (and lines) of norm[start:end], without their closing mark; a 。 that
    a sentence goes on after (增长10.8%。高于上年0.6个百分点) ends none."""
    # (every sentence of a report passes here: what is rare is looked for by a character
    # first, a note by its bracket and a run of quotes by ”“; 0.14 s to 0.09 s for the real
    # report of benchmarks/extract.py)
    at = start
    for match in _SENTENCE_END.finditer(norm, start, end):
        stop, after = match.span()
        mark = norm[stop]
        goes_on = mark == "。" and norm[after : after + 1] in _MAY_GO_ON
        if goes_on and _GOES_ON.match(norm, after):
            continue
        broken = mark == "\n" and norm[stop - 1 : stop] == ","
        if broken and norm.startswith(_GROWTH_GOES_ON, after):
            continue  # ■全年地区生产总值363.27亿元,\n同比增长11.5%: one sentence broken
        if stop > at:
            if norm.find("”“", at, stop) < 0:
                yield at, stop
            else:
                yield from _quoted_phrases(norm, at, stop)
        at = after
        if norm[at : at + 1] in _OPENING_BRACKETS:  # (省发改委负责): a note on the sentence before
            note = _NOTE_AFTER.match(norm, at, end)
            at = note.end() if note is not None else at
    if at < end:
        yield from _quoted_phrases(norm, at, end)


# A note in brackets after a sentence, with no figure, before the next item or line (地区生产
# 总值增长11%左右。(省发改委负责)(二)…): no sentence of its own, nor part of the next.
_OPENING_BRACKETS = frozenset("(（")
_NOTE_AFTER = re.compile(
    r"[(（][^()（）\d。\n]{2,80}[)）](?=[(（][一二三四五六七八九十\d]{1,3}[)）]|\s|$)"
)


def _quoted_phrases(norm: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    at = start
    for meet in _QUOTES_MEET.finditer(norm, start, end):
        opening = norm.rfind("“", at, meet.start())
        phrase = norm[opening + 1 : meet.start()] if opening >= 0 else ""
        if len(phrase) > 6 and _ENDS_ON_A_FIGURE.search(phrase):
            yield at, meet.start() + 1
            at = meet.start() + 1
    if at < end:
        yield at, end


def clauses(norm: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The clauses of a sentence; a comma inside brackets (预计,下同) splits nothing."""
    at = start
    for match in _CLAUSE_END.finditer(norm, start, end):
        if _inside_brackets(norm, at, match.start()):
            continue
        glued = match.start() == match.end() and norm[match.start() - 1] == "%"
        if glued and not _GLUED_AFTER.search(norm, max(at, match.start() - 12), match.start()):
            continue  # (90%村庄完成改厕: what the percentage is of)
        if match.start() > at:
            yield at, match.start()
        at = match.end()
    if at < end:
        yield at, end


def _inside_brackets(norm: str, start: int, position: int) -> bool:
    return norm.count("(", start, position) > norm.count(")", start, position)


# What a review clause states a result with: a number, or in step with the economy.
_STATED = re.compile(rf"{DIGIT.pattern}|{INCOME_IN_STEP.pattern}", re.IGNORECASE)


def read_sentence(text: Text, start: int, end: int) -> list[Figure]:
    """Every figure of a sentence, each clause continuing the subject of the one before,
    with its phrase counted from ``start``.  A sentence said again is read once: reading
    is the slow part of extract, and long files repeat themselves (text.memo)."""
    return _memo(text, "sentence", start, end, _read)


def _read(text: Text, start: int, end: int) -> list[Figure]:
    figures: list[Figure] = []
    carried: Subject | None = None
    named: list[tuple[int, int]] = []  # clauses that only name something, so far
    for a, b in clauses(text.norm, start, end):
        subject = parse_clause(text, a, b, carried)
        frame = _frame(text.norm, a, b) if subject is None else None
        if frame is not None:  # 在固定资产投资、…方面,分别保持增长20%、13%…: its subject
            carried, named = coordinated(text, *frame, each=True), []
            continue
        if subject is None:
            named = [*named, (a, b)] if _ONLY_A_NAME.fullmatch(text.norm, a, b) else []
            continue
        subject.earlier = [f.name for f in figures[-EARLIER:]]
        handed_down = _handed_down(text, named, subject)
        figures += handed_down or (_each_named(text, named, subject) + subject.figures)
        carried, named = subject, []
    return figures


# A task named by who set it, with no object of its own (完成国家下达任务: 国家下达).
_HANDED_DOWN = re.compile(r"(?:国家|省|市|区|县|州|上级|自治区)?(?:下达|规定|要求)")


def _handed_down(text: Text, named: list[tuple[int, int]], subject: Subject) -> list[Figure]:
    """Names said in clauses of their own, then a qualitative target set from above
    (…优良天数比例,劣V类水体比例,二氧化硫、氨氮减排幅度,完成国家下达任务): each of
    those names is a target of it."""
    figures = subject.figures
    if (not named or len(figures) != 1 or figures[0].value is not None
            or not _HANDED_DOWN.fullmatch(simplified(figures[0].name))):  # fmt: skip
        return []
    return [figures[0].replaced(name=name, phrase=(a, b))
            for a, b in named for name in coordinated(text, a, b, each=True).names]  # fmt: skip


# A clause that only frames what the next one states figures of: 在…方面, or a list the next
# clause gives figures of, each (对规模以上工业增加值、固定资产投资指标,分别按增长8%、8%掌握).
_FRAME = re.compile(r"在(?P<names>[^,;:。在]{2,40})方面")
# (each item two characters or more: 全县一、二、三产业 is no list of names)
_LISTED = re.compile(
    r"对?(?P<names>(?:[^,;:。\d、]{2,40}、)+[^,;:。\d、]{2,60}?)等?"
    r"(?:[一二三四五六七八九十两]项)?(?:指标)?"
)


_EACH_AFTER = re.compile(r"(?:初步)?(?:预计)?分别")  # (…收入,预计分别增长5.8%、5%…)
_DOING = re.compile(r"[^、,]{0,4}(?:大力|加快|推进|推动|实施|开展|发展)")


def _frame(norm: str, a: int, b: int) -> tuple[int, int] | None:
    """The names a framing clause gives, without the words that lead into them (确保城镇、
    农村居民人均可支配收入,分别增长6%、8%)."""
    frame = _FRAME.fullmatch(norm, a, b)
    if frame is None and _EACH_AFTER.match(norm, b + 1):
        frame = _LISTED.fullmatch(norm, a, b)
    if frame is None or _DOING.match(norm, frame.start("names")):
        return None  # (全县大力推进工业、农业,预计分别增长6%、8%: what is done, no list)
    start, end = frame.span("names")
    while (lead := lx.LEAD_AT.match(norm, start, end)) is not None and lead.end() < end - 1:
        start = lead.end()
    return start, end


# A clause with no number, which may only name something (其中交通投资,生态环保投资,民间项目
# 投资均增长12%以上): _each_named keeps those that end with the head of the name after them.
_ONLY_A_NAME = re.compile(r"(?:其中)?[^\d,;:。]{2,24}")


def _each_named(text: Text, named: list[tuple[int, int]], subject: Subject) -> list[Figure]:
    """均 after names said in clauses of their own gives each of them the figures too
    (交通投资,高新技术产业投资,民间项目投资均增长12%以上)."""
    if not named or not subject.figures:
        return []
    own = text.norm[subject.start : subject.figures[0].phrase[1]]  # the clause up to its figure
    if "分别" in own or not lx.EACH.search(own) or cues.TARGET_CUE.search(own):
        return []
    head = simplified(subject.figures[0].name)[-2:]
    spans = [_without_lead(text.norm, a, b) for a, b in named]
    names = [text.name(a, b) for a, b in spans if text.norm.endswith(head, a, b) and b - a > 2]
    if len(names) < len(named):
        return []  # 坚持稳中求进,推动高质量发展,…收入均增长7%: no names of its kind
    return [f.replaced(name=name) for name in names for f in subject.figures]


def _without_lead(norm: str, a: int, b: int) -> tuple[int, int]:
    return (a + 2, b) if norm.startswith("其中", a) else (a, b)


def _memo(
    text: Text, kind: str, start: int, end: int, read: Callable[[Text, int, int], list[Figure]]
) -> list[Figure]:
    key = f"{kind}:{text.original[slice(*text.span(start, end))]}"
    if key not in text.memo:
        figures = read(text, start, end)
        for figure in figures:
            figure.phrase = (figure.phrase[0] - start, figure.phrase[1] - start)
        text.memo[key] = figures
    found: list[Figure] = text.memo[key]
    return found


def read_once(text: Text, a: int, b: int) -> list[Figure]:
    """The figures a review sentence states, counted from ``a`` (see read_sentence)."""
    return _memo(text, "review", a, b, _numbered_results)


def _numbered_results(text: Text, a: int, b: int) -> list[Figure]:
    """A review's figures with a number, incomes in step with the economy (城乡居民收入与
    经济增长同步), and a figure flat on the year before (…1.67亿元,同比持平): its other
    clauses without one say how things went, not a result."""
    incomes = INCOME_IN_STEP.search(text.norm, a, b) is not None
    kept: list[Figure] = []
    for f in _sentence_results(text, a, b):
        if (
            f.value is not None
            or (incomes and f.comparator == "in_step" and "收入" in simplified(f.name))
            or (f.comparator == "qualitative" and flat_on_the_year_before(text, f, kept))
        ):
            kept.append(f)
    return kept


def _sentence_results(text: Text, a: int, b: int) -> list[Figure]:
    """The figures of a review sentence; a clause that looks ahead is left out."""
    found: list[Figure] = []
    carried = headline_before(text, a, b)
    named: list[str] = []  # the names the clauses so far gave figures
    before: list[tuple[int, int]] = []
    listing = False  # after a cue that opens a list (…2023年主要预期目标是:…): its items
    topic = sector_topic(text, a, b)  # (农业保持全省领先,增加值增长4.4%: 农业's)
    for number, (start, end) in enumerate(clauses(text.norm, a, b)):
        if listing and not (
            DONE.search(text.norm, start, end) or _DONE_AT.match(text.norm, start, end)
        ):
            continue  # (…目标是:地区生产总值增长6%,一般公共预算收入增长5%: no result, the 5%;
            # but …目标为地区生产总值增长6%左右,实际增长6.3%: the 6.3% is)
        # (目标 looked for first: the cues' pattern is long, and few clauses hold the word)
        listing = text.norm.find("目标", start, end) >= 0 and _opens_a_list(text.norm, start, end)
        if not _STATED.search(text.norm, start, end) and carried is None:
            before.append((start, end))  # no figure here, and none to carry a subject to yet
            continue
        # 一般公共预算收入基本实现翻番,从7.36亿元增加到13.8亿元: the figures' subject, from
        # the nearest clause that names one (固定资产投资延续高位增长态势,首次突破千亿元
        # 大关,完成1002.73亿元: not 突破千亿元大关, which names none)
        while carried is None and before:
            said = before.pop()
            if _ACHIEVED.match(text.norm, *said):
                continue  # 地方财政收入突破亿元大关,取得了历史性突破,达到…: the revenue's
            carried = parse_clause(text, *said, None) or _said_of(text, *said)
            carried = carried if carried is not None and carried.names else None
        subject = parse_clause(text, start, end, carried)
        if subject is None:
            if found and FLAT_ALONE.fullmatch(text.norm, start, end):  # …1.67亿元,同比持平
                found.append(Figure(name=found[-1].name, comparator="qualitative",
                                    phrase=(start, end)))  # fmt: skip
            carried = _named_without_a_figure(text, start, end) or carried
            continue
        if (
            carried is not None
            and _ACHIEVED.match(text.norm, start, end)
            and not any(f.value is not None for f in subject.figures)
        ):
            continue  # (and after a clause with a figure: the subject stays)
        if EACH_RANKED.match(text.norm, start, end):
            name_each_rank(subject.figures, found)
        name_moves(subject.figures, found)
        name_bare_ranks(subject.figures, found)
        for figure in subject.figures if topic and number else ():
            if simplified(figure.name).removesuffix("增速") not in BARE_HEADS:
                topic = ""  # (a clause that names its own subject ends the topic's run)
                break
            figure.name = topic + figure.name  # (and its rank: 增加值增速 -> 工业增加值增速)
        subject.earlier = named[-EARLIER:]
        named += [f.name for f in subject.figures]
        carried = subject
        if not _clause_looks_ahead(text.norm, start, end):
            found += subject.figures
    return found


# A clause that says something was achieved, with no subject or figure of its own: its
# words between are only what kind (not 实现财政收入新突破, which names the revenue).
_ACHIEVED = re.compile(
    r"(?:取得|实现|创造|创下|迈出|获得)了?(?:历史性|重大|重要|显著|明显|积极|阶段性|关键性?)?"
    r"(?:的)?新?(?:突破|成绩|成效|进展|高)"
)


def _named_without_a_figure(text: Text, a: int, b: int) -> Subject | None:
    """A clause that parsed to no figure and opens on an indicator of its own, or on a
    ranking the places moved after it are of: what the clauses after it are said of (完成…;
    一般公共预算收入比2010年翻一番,达4008.1亿元: the 4008.1亿元 is the revenue's)."""
    named = named_first(text.norm, a, b)
    if named is None and (ranking := a_ranking_moved(text.norm, a, b)) is not None:
        a, named = ranking
    return Subject([text.name(a, named)], a) if named is not None else None


def _said_of(text: Text, a: int, b: int) -> Subject | None:
    """What a clause without a figure is said of, when no predicate jfq knows reads it: a
    list before 分别 (城镇、农村居民人均可支配收入,分别增长8%、9%), or a known indicator or a
    ranking it opens with (地区生产总值连上两个百亿级台阶,达到901亿元)."""
    frame = _frame(text.norm, a, b)
    return coordinated(text, *frame, each=True) if frame else _named_without_a_figure(text, a, b)


DONE = re.compile(r"实际|执行情况|完成了|实现了|均已")  # (…目标为增长6.5%,实际增长6.8%)
_DONE_BEFORE = re.compile(r"完成|实现|达到|超过")
_DONE_AT = re.compile(r"全年|去年|上年|(?:19|20)\d\d年")


def _opens_a_list(norm: str, start: int, end: int) -> bool:
    """Whether a review clause opens a list of targets (市人大审议通过的2023年主要预期目标是:…),
    whose later clauses are its items, not results."""
    cue = cues.TARGET_CUE.search(norm, start, end)
    if cue is None or "目标" not in cue[0] or _DONE_BEFORE.search(norm, start, cue.start()):
        return False  # (各项约束性指标为历年最好; 圆满完成…确定的主要指标:…: results)
    if cues.in_a_target_aside(norm, start, cue.start()):
        return False  # (排名全市第1位(预期目标为8.5%以上): the year's target, no list)
    return cue[0].endswith(("是", "为")) or norm.startswith(":", cue.end())


def _clause_looks_ahead(norm: str, start: int, end: int) -> bool:
    """A review clause that looks ahead (今年力争…); a target it says was met or passed
    (超年度计划目标13.9%, 提前一年达到规划控制目标) is no look ahead."""
    for word in cues.FUTURE_IN_REVIEW.finditer(norm, start, end):
        if cues.in_a_target_aside(norm, start, word.start()):
            continue  # (排名全市第1位(预期目标为8.5%以上): the year's target, an aside)
        # (预期目标 is one target: 低于预期目标的情况下 compares the year with it)
        target = word[0] == "目标" or (word[0] == "预期" and norm.startswith("目标", word.end()))
        if not target or not cues.TARGET_MET.search(
            norm, start, norm.find("目标", word.start()) + 2
        ):
            return True
    return False
