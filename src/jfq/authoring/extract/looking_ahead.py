"""Whether a sentence with no cue of its own looks ahead: the years it names, its words of a
plan against those of a review, and the qualifiers a plan writes; and whether a line of
targets with no cue goes on.  Split from reviews.py, which asks it of each sentence that may
set targets."""

from __future__ import annotations

import re

from jfq.authoring.extract import cues
from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.base_years import starts_from_a_year_before
from jfq.authoring.extract.blocks import Found
from jfq.authoring.extract.figures import Figure
from jfq.authoring.extract.indicators import named_first
from jfq.authoring.extract.sentences import DIGIT, line_start
from jfq.authoring.extract.years import YEAR


def looks_ahead(
    sentence: str,
    figures: list[Figure],
    years: list[int],
    year: int,
    *,
    line: str = "",
    after_a_result: bool = False,
) -> bool:
    """A year not yet past, or more words of a plan (今年, 目标) than of a review (去年,
    同比, 预计); without either, the qualifiers of a plan (左右, a range), unless the
    paragraph it is in (``line``, up to it) opened on the past (五年来,…。…建成安置房12599
    套、约132万平方米): 预计全市地区生产总值增长4%左右 is a review's estimate.  The months of
    the year so far (今年1-11月, 今年以来, 2020年1—6月 in a report of 2020) are a review's,
    and so is a share of a target done (完成年度目标的56%, not 力争…达到年度计划的90%以上);
    a sentence that opens on the year reviewed (过去一年,…) counts its past twice.  A plan's
    qualifier alone does not make a target of a sentence ``after_a_result`` on its line (广东
    2024: …增长9.8%…。规模以上工业增加值增长4.2%,规模以上工业企业约7.4万家)."""
    # (1-6月,全镇实现财政总收入25.76亿元,完成年度目标的56.00%: done, of the year so far)
    done = cues.shares_of_targets_done(sentence)
    if years:
        so_far = done or cues.SO_FAR.search(sentence) or cues.months_so_far(sentence, year)
        return (max(years) >= year or _ahead_after_the_years(sentence, figures)) and not so_far
    # (主要目标任务较好完成: met, not set); a bare 确保 after the last figure is the purpose
    # of what was done (推出25项“免申即享”政策,确保惠企政策精准滴灌), not a plan (but
    # 增长5%,确保完成市下达任务 is one)
    last = max((f.phrase[1] for f in figures), default=len(sentence))
    planned = cues.TARGET_REFERRED.sub("", sentence) if "目标" in sentence else sentence
    planned = cues.TARGET_ASIDE.sub("", planned)  # (…增长5.9%(预期目标为8.5%以上): a review's)
    words = [
        m[0] for m in cues.AHEAD.finditer(planned) if m.start() < last or not cues.a_purpose(m)
    ]
    back = len(cues.PAST.findall(sentence)) + 2 * bool(cues.OPENS_ON_THE_PAST.match(sentence))
    back += done
    opened_on_the_past = cues.PAST.search(line) and not cues.AHEAD.search(line)
    # (incomes in step are a plan's words and a review's verdict alike: 番禺 2021's 预计全年GDP
    # 增长8%以上。…一般公共预算收支分别增长4.4%、6.1%;城乡居民收入与经济基本同步增长)
    if words and not back and opened_on_the_past and set(words) == {"同步"}:
        return False
    if words or back:
        return len(words) > back
    if opened_on_the_past or after_a_result:
        return False
    if starts_from_a_year_before(sentence, year):  # (从2017年的…增加到2.9万亿元…左右)
        return False
    # (not a target said in brackets: …增长5.9%(预期目标为7%左右) is a review's)
    return any(
        f.comparator in ("about", "range", "in_step")
        and not cues.in_a_target_aside(sentence, 0, f.phrase[1] - 1)
        for f in figures
    )


def _ahead_after_the_years(sentence: str, figures: list[Figure]) -> bool:
    """Whether every figure follows a clause that turns from the years named to this one
    (展示了2022年…成果;提出今年…本地生产总值预期增长7%左右: a news page's two halves)."""
    named = list(YEAR.finditer(sentence))
    turn = _TURNS_TO_THIS_YEAR.search(sentence, named[-1].end()) if named else None
    return turn is not None and all(f.phrase[0] >= turn.end() for f in figures)


# (a plan reported: 提出今年…, 今年将力争…; not 今年继续保持较快增长势头, a review's of the year)
_TURNS_TO_THIS_YEAR = re.compile(
    r"[;,](?:(?:提出|明确|强调)(?:今年|明年|新的一年)|(?:今年|明年|新的一年)将)"
)


# A run of sentences that set targets: where it began, where its last one ended, and the
# year its first one set them for (a plan's end, or None: the report's year).
Run = tuple[int, int, int | None]
NO_RUN: Run = (-10, -10, None)


def a_line_goes_on(norm: str, sentence: tuple[int, int], run: Run, own: list[int]) -> bool:
    """Whether a line of targets with no cue goes on (…增长6.5%左右。全员劳动生产率增长6%。…):
    the sentence is a clause alone of a rate or an indicator right after the ``run`` of
    sentences that set targets, on its line, with no year of its own; the run opens its line
    (no review's figure before it), and the last mood said before it, on its line or the
    lines before, looks ahead (新的一年有啥新目标?…), not back (回顾了…, 过去一年,…)."""
    a, b = sentence
    if run[0] < 0 or a - run[1] > 2 or "\n" in norm[run[0] : a] or own:
        return False
    if b - a > _ONE_CLAUSE or _CLAUSE_MARK.search(norm, a, b):
        return False
    if not _A_RATE.search(norm, a, b) and named_first(norm, a, b) is None:
        return False  # (a rate or an indicator: 城镇新增就业10万人; not 降低企业成本480亿元)
    opened = line_start(norm, run[0])
    if DIGIT.search(norm, opened, run[0]):
        return False
    window = max(0, opened - _LOOK_BACK)  # (经济运行稳中向好。…增长6%左右。…: no mood, no run)
    ahead = max((m.end() for m in _AHEAD_OF_A_LIST.finditer(norm, window, a)), default=-1)
    back = max((m.end() for m in _THE_PAST.finditer(norm, window, b)), default=-1)
    return ahead > back


def next_run(norm: str, run: Run, found: list[Found], sentence: tuple[int, int]) -> Run:
    """The run of sentences setting targets after ``sentence`` set ``found``: the run it goes
    on, else one it opens (run_of), with the year its targets are for."""
    a, b = sentence
    years = {f.year for f in found if f.kind == "target"}
    year = years.pop() if len(years) == 1 else None  # (今年,…7%左右: the year it names now)
    if a - run[1] <= 2:
        return run[0], b, year if year is not None else run[2]
    return run_of(norm, found, sentence), b, year


def run_of(norm: str, found: list[Found], sentence: tuple[int, int]) -> int:
    """Where a run of sentences setting targets that may go on as a line begins: at the
    ``sentence``, where its figures hold a plan's qualifiers (增长6.5%左右), not where it only
    strives (全力争取上级资金15.6亿元, a review's); else -1, no line's."""
    planned = any(f.figure.comparator in _PLANS_QUALIFIERS for f in found if f.kind == "target")
    return sentence[0] if planned else -1


_PLANS_QUALIFIERS = ("about", "range", "in_step", "at_least", "at_most")
_ONE_CLAUSE = 40  # characters: a target's clause, not a review's sentence of many
_CLAUSE_MARK = re.compile("[,;:]")
_A_RATE = re.compile("[%‰]|百分点|同步")
_LOOK_BACK = 600  # characters before the run's line: a review's heading and opening
# (words of the coming year only: not 目标, 确保, 力争, 今后 or 部署, which a review says of
# what it met, strove for or laid a basis for: 为今后发展奠定了基础, 贯彻落实决策部署)
_AHEAD_OF_A_LIST = re.compile(
    r"今年|明年|新的一年|新一年|新目标|新任务|(?:今后|未来)(?:[一二三四五两十\d]+年|一个时期)|"
    rf"{lx.FIVE_YEAR_PLAN}”?(?:时期|期间)"  # (“十四五”时期,地区生产总值年均增长6%左右。…)
)
# (and what a review laid a basis for: 为实现今年目标打下了坚实基础)
_THE_PAST = re.compile(
    f"{cues.PAST.pattern}|回顾|这一年|(?:过去|近)[一二三四五两]年|奠定|打下|积蓄"
)
