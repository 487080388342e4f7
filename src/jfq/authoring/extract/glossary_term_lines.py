"""A glossary's term on a line of its own, its explanation on the next (名词解释:…, 含义:…,
指…): in a section under a glossary's heading, or repeated so that the layout is plain;
and the lines that look like a term and are none (a photo's credit, a report's heading, a
statement).  Split from glossary.py, which reads the other layouts.
"""

from __future__ import annotations

import re

from jfq.authoring.extract import cues
from jfq.authoring.extract import glossary_words as gw
from jfq.authoring.extract import lexicon as lx
from jfq.authoring.extract.glossary_marked import NO_TERM_IN_BRACKETS
from jfq.authoring.extract.glossary_running import stripped
from jfq.authoring.extract.glossary_words import Entry

_IN_BRACKETS = re.compile(r"\s*【(?P<term>[^】\n]{2,25})】\s*:?\s*")


def term_line(
    norm: str, lines: list[tuple[int, int]], index: int, in_section: bool
) -> Entry | None:
    """A short line that is only a term (numbered or not), and the explanation on the next
    line: with a label (名词解释:, 含义:), in a section, or in a run of such pairs."""
    if index + 1 >= len(lines):
        return None
    a, b = lines[index]
    marker = gw.NUMBERED.match(norm, a, b)
    start = marker.end() if marker else a
    bracketed = _IN_BRACKETS.fullmatch(norm, start, b) if in_section else None
    if bracketed is not None:  # 【放管服】 on its line, its definition under it
        if NO_TERM_IN_BRACKETS.search(bracketed["term"]):
            return None  # 【词语出处】: a label over a passage
        start, b = bracketed.span("term")
    following = index + 1
    while following + 1 < len(lines) and gw.ASIDE.match(norm, *lines[following]):
        following += 1  # 数字家庭 / 【释例】:… / 【点睛】:…
    c, d = lines[following]
    if not looks_like_term(norm[start:b].rstrip(": ")) or d - c < 6:
        return None  # (“四上”企业: / 指…: a term line may end with its colon)
    if norm.endswith(("——", "--"), a, b):
        return None  # 交通大格局—— / 加快建设荆州民用机场…: a news page's heading over its tasks
    if _AN_OFFICE.search(norm, a, b) and index and _A_TITLE.match(norm, *lines[index - 1]):
        return None  # 关于…计划的报告⏎省发展改革委⏎2018年是…: who reports, under the title
    label = gw.LABEL.match(norm, c, d)
    if label is None and (looks_like_term(norm[c:d]) or gw.NUMBERED.match(norm, c, d)):
        return None
    chapter = marker is not None and cues.HEADING.match(norm, a) is not None
    if (
        label is None
        and not in_section
        and (
            chapter
            or not (
                _repeated(norm, lines, index)
                and _explains(norm[c:d], norm[start:b])
                and names_a_thing(norm[start:b])
                and not _retold(norm[c:d], norm[start:b])
                and not _under_a_review_heading(norm, lines, index)
            )
        )
    ):
        return None  # a chapter (一、综合), a digest (2023年工作回顾 / …增长4.1%): no glossary
    term = stripped(norm, start, b)
    note = re.search(r"[(（][^()（）]*[)）]$", norm[term[0] : term[1]])
    if note is not None and note.start() > 1:  # 具身智能(外延新词:智能机器人)
        term = (term[0], term[0] + note.start())
    return Entry(term, (label.end() if label else c, d), (a, d), "term and explanation")


def looks_like_term(line: str) -> bool:
    line = line.strip()
    bare = re.sub(r"[(（][^()（）]*[)）]$", "", line)  # a note in brackets may follow
    if not bare or len(bare) > 24 or re.search(r"[。,;:!?|]", bare) or gw.NOT_TERMS.match(bare):
        return False
    if not re.search(r"\w", bare):
        return False  # (a quotation mark on its own line, before the paragraph it opens)
    if "、" in bare and not bare.startswith(("“", "「")):
        return False  # 独角兽企业、瞪羚企业: several names, each glossed on its own
    if gw.NOT_TERM_LINE.search(bare) or cues.MARKERS.match(bare):
        return False
    if bare.endswith(_SECTION_MARKS):
        return False  # 产业◢: a page's section heading, the targets under it no definition
    return not re.fullmatch(r"[\d\s.、()一二三四五六七八九十]+", bare)


_SECTION_MARKS = tuple("◢◣◤◥▶►▼▲")


_A_YEARS_ACCOUNT = ("预计", "全年", "今年", "去年", "一年来", "过去一年")
_A_PROGRAMME = re.compile(
    r"(?:工程|计划|行动|制|机制|模式|体系)$"
)  # (not 项目, 战略: headings too)
_A_REVIEWS_WORD = re.compile(r"全年|今年|去年|累计|同比|比上年|新开工|竣工")


def _a_years_figures(line: str) -> bool:
    """预计地区生产总值增长6.9%,…; 全年实现…7222.5亿元、增长3.7%: the year's account."""
    return len(gw.YEARS_FIGURE.findall(line)) >= 2 or line.startswith(_A_YEARS_ACCOUNT)


def _a_years_account(line: str) -> bool:
    """A heading's paragraph that tells the year's figures (全年实现地区生产总值…; 初步测算,
    2022年…增长2%左右,…), not a definition that holds figures (“双百”工程⏎指到2027年,培育营业
    收入超100亿元企业2家…; “双百”工程是指…)."""
    return _a_years_figures(line) and _DEFINES.match(line) is None


_DEFINES = re.compile(r"[^,;。]{0,16}?(?:是指|指的是|指|即)")


def _explains(line: str, term: str) -> bool:
    """An explanation is a sentence: it ends in 。, or runs on (a digest's line is short);
    and it states no figures of a year (经济运行稳中有进 / 预计地区生产总值520亿元,增长7.5%:
    a review's heading and its paragraph), nor counts under a heading that is no name of a
    programme (综合经济实力全面跃升 / 实现8个贫困县全部摘帽、871个贫困村全部出列…; but “千企帮
    千村”, 双百工程 and 双百行动 count what they name)."""
    line = line.strip()
    term = (
        term.strip()
    )  # (a gloss ending on the heading's kind defines it: 人才强县战略⏎…的发展战略)
    named = term.startswith(("“", "「")) or _A_PROGRAMME.search(term) is not None
    named = named or line.rstrip("。").endswith(term[-2:])
    named = named and not _A_REVIEWS_WORD.search(line)  # (“三个一批”项目⏎…全年签约项目58个)
    counts = len(re.findall(gw.FIGURE_STATED, line)) >= 2 and not named
    if counts or _a_years_figures(line):
        return False  # (预计地区生产总值增长6.9%,…: the year's estimate, however few its figures;
        # 全年共外出招商24次,…: a digest's paragraph under its heading 招商引资有力度)
    if _SETS_A_FIGURE.search(line):
        return False  # 坚持创新驱动⏎推进…,力争…增长20%以上: a task's heading and its paragraph
    if _A_PAGES_DETAILS.match(line):
        return False  # 经济概述⏎时间: 2024-02-04 15:30 |来源: …: a page's title and its details
    return line.endswith("。") or (len(line) >= 30 and not line.endswith((",", "、", ";")))


# How a definition opens (是对…征收…的资金, 一般指…, 又称…, 根据《…方案》,到2021年…): no
# retelling.
_A_DEFINITIONS_OPENING = re.compile(
    r"\s*(?:是|指|即|系|对|根据|依据|按照|就是|一般|通常|又称|也称|亦称|全称|简称|泛指|特指|主要指)"
)


def _retold(line: str, term: str) -> bool:
    """医共体信息化建设经验全国推广⏎市人民医院…建成启用,医共体信息化建设经验在全国和全省
    推广应用,…: a news page's headline, which the paragraph under it retells after a clause of
    its own, the headline's first and last words apart; a term is defined, not retold (河长制
    ⏎河长制是指… opens on it, 国有资本经营预算⏎对国有资本收益作出…的收支预算 names it in its
    first clause, 政府性基金预算⏎是对… opens as a definition, …,简称城市一刻钟便民生活圈 ends
    on it whole, 人才强县战略⏎…的发展战略 on its kind)."""
    if "“" in term or _A_PROGRAMME.search(term):
        return False  # (塑料污染防治“十大行动”⏎部分塑料制品禁产、禁售行动;…: its parts listed)
    first = line.find(term[:2]) if len(term) >= 5 else -1
    said = line.rstrip("。")
    return (
        first > 0
        and re.search("[,;]", line[:first]) is not None
        and _A_DEFINITIONS_OPENING.match(line) is None
        and line.find(term[-2:], first + 2) > 0
        and not said.endswith(term)
        and re.search(f"的[^,;的]{{0,8}}{re.escape(term[-2:])}$", said) is None
    )


def names_a_thing(line: str, *, headed: bool = False) -> bool:
    """A term names something: no year, no verb it opens with (支持…发展 is a task), and,
    outside a glossary's heading (``headed``), no statement of how a thing went
    (营商环境持续改善, a review's heading; but 全面从严治党 is a term)."""
    if re.search(r"\d", line) or lx.OPENING_VERB_AT.match(line.strip()):
        return False
    if _AN_AMOUNT_AT_END.search(line.strip()):
        return False  # 农村居民人均纯收入突破万元: a target's line, an amount in words
    if _REPORTS_HEADING.fullmatch(line.strip()) or _A_REPORTS_HEADING_AT_END.search(line):
        return False  # 总体思路 on its own line, then a paragraph: a report's heading (and
        # 今年政府工作总体要求; but a quoted name's “1+5”发展目标 may be glossed)
    if line.strip().startswith("在") and not line.strip().startswith("在线"):
        return False  # 在更高层面上推动…发展: a title's line, a phrase of where, no name
    if _PHOTO_CREDIT.search(line.strip()):
        return False  # …商业综合体何衍霆摄: a news page's caption over the next paragraph
    return headed or cues.HOW_IT_WENT.search(line.strip()) is None


# A figure a plan sets (力争…增长20%以上, 确保…达到500万人): no explanation states one.
_SETS_A_FIGURE = re.compile(r"(?:力争|确保)[^。;]*\d")
_AN_AMOUNT_AT_END = re.compile(r"[十百千万亿]元$")
_A_PAGES_DETAILS = re.compile(r"(?:发布)?(?:时间|日期|来源|作者|编辑|浏览|点击)[:：]")
# An office's name under a report's title (关于2018年…计划的报告⏎省发展改革委): who reports.
# (not 新发展格局, 百年未有之大变局, 政务服务大厅, terms that end as an office's name does)
_AN_OFFICE = re.compile(
    r"(?:委员会|改革委|发改委|(?<![格变全大布开结局])局|(?<![大客餐展])厅|人民政府|办公室)\s*$"
)
_A_TITLE = re.compile(
    r"\s*《?(?:关于)?[^。\n]*(?:报告|通知|意见|决定|说明|计划)》?(?:[(（][^()（）]*[)）])?[:：]?\s*$"
)
_PHOTO_CREDIT = re.compile(r"[摄攝](?:影)?$|[摄攝]影[:：]|供图$|图片来源")


# A report's own section headings, which a paragraph follows as a definition would.
_REPORTS_HEADING = re.compile(
    r"(?:总体|指导|基本|主要|工作|发展|奋斗|预期)(?:思路|要求|思想|原则|目标|任务|重点|回顾|安排)"
    r"|重点工作|主要预期目标"
)


_A_REPORTS_HEADING_AT_END = re.compile(
    rf"^[^“「]*(?:今年|明年|全年|(?:19|20)\d\d年?)[^“「]*(?:{_REPORTS_HEADING.pattern})\s*$"
)


def _under_a_review_heading(norm: str, lines: list[tuple[int, int]], index: int) -> bool:
    """回顾2020年成绩⏎三场硬仗取得决定性战果⏎战疫⏎狠抓…: a review's headings over its
    paragraphs, in pairs as a glossary's terms are (a short line of the review's heading
    among the six lines before)."""
    for a, b in lines[max(0, index - 6) : index]:
        if b - a <= 24 and cues.REVIEW_HEADING.search(norm, a, b):
            return True
    return False


def _repeated(norm: str, lines: list[tuple[int, int]], index: int) -> bool:
    """Term lines count as a layout only where at least two follow each other in pairs, and
    neither pair beside is a digest's heading over its figures (经济运行⏎全年实现地区生产总值
    7222.5亿元、增长3.7%…⏎疫情防控⏎核酸检测能力持续提升…: a review's headings)."""
    paired = False
    for other in (index - 2, index + 2):
        if 0 <= other < len(lines) - 1:
            a, b = lines[other]
            c, d = lines[other + 1]
            if looks_like_term(norm[a:b].strip()) and d - c >= 6:
                if _a_years_account(norm[c:d].strip()):
                    return False
                paired = True
    return paired
