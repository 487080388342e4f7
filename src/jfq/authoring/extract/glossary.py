"""Glossary entries in any of the genre's layouts (running text: glossary_running.py).

- A numbered item: 7.334…:…, 1、X:…, (1)X:…, [8]X:…, or X——… .
- An item with a quoted term: “十个一”:指… (a paragraph each, with or without heading).
- A term on its own line, its explanation on the next (with 名词解释:, 含义: or 指…),
  in a section under a heading (名词解释, 词语解释, 有关说明 …) or repeated so that
  the layout is plain.
- In a section, a term set off by brackets, a space or a full stop (【X】…, X 是…, X。是指…:
  glossary_marked.py); a page's markdown marks (**X**, - X) are none of the term.
- Running text: “四转”,即…; X是指…; X指…; 所谓X,就是… (not …,被称为“X”: a report
  calls its nicknames and its praise so, 被称为“史上最成功的一届”).
- Several definitions in one paragraph, split by ; (“四区”——…;“三园”——…), unless the
  paragraph is itself one entry that glosses its halves.
- A bilingual list: a term on its line, its English under it (glossary_bilingual.py).

A definition is everything after the term and its separator (so it keeps 指, 是指 or
即 where the source writes one): to the end of the item in a list or a section, to the
end of the sentence in running text.  A term keeps its quotation marks.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from itertools import pairwise

from jfq.authoring.extract import cues
from jfq.authoring.extract import glossary_words as gw
from jfq.authoring.extract.glossary_bilingual import ENGLISH_LIST, english_rendering
from jfq.authoring.extract.glossary_labels import Said, a_label_or_a_headline
from jfq.authoring.extract.glossary_marked import marked
from jfq.authoring.extract.glossary_running import (
    named_by_its_quote,
    running,
    said_not_defined,
    stripped,
    without_verb,
)
from jfq.authoring.extract.glossary_tables import tabled
from jfq.authoring.extract.glossary_term_lines import term_line
from jfq.authoring.extract.glossary_words import Entry
from jfq.authoring.extract.text import Text, overlaps_none


def entries(text: Text) -> list[Entry]:
    """Every entry the text defines, in order; a running-text definition inside an entry
    found otherwise is part of that entry."""
    found = list(_items(text))
    starts = [e.item[0] for e in found]  # in order: the items come line by line
    ends = [e.item[1] for e in found]
    for entry in running(text):
        at = bisect_right(starts, entry.term[0]) - 1
        if at < 0 or ends[at] <= entry.term[0]:
            found.append(entry)
    found.sort(key=lambda e: e.term[0])
    return [
        named_by_its_quote(text.norm, e)
        for e in found
        if (_WORDS.search(text.norm, *e.definition) or e.where == ENGLISH_LIST)
        and not (e.where in _IN_PROSE and text.norm.find("预期目标", *e.definition) >= 0)
    ]


# Where a "definition" may be prose that sets the targets (今年是…收官之年,即地区生产总值
# 预期目标为…): not in a glossary's section or list.
_IN_PROSE = ("running text", "item")


# What any definition holds: words (two Chinese characters at least).  A web page's lines
# after its glossary (签到天数: 761 天, 周一~周五 / 9:00-18:00, 客服中心 / Powered by …) hold
# none, though a section's layout reads them as terms.
_WORDS = re.compile(r"[\u4e00-\u9fff][^\n]*?[\u4e00-\u9fff]")


def _lines(norm: str) -> Iterator[tuple[int, int]]:
    at = 0
    for line in norm.split("\n"):
        yield at, at + len(line)
        at += len(line) + 1


def _items(text: Text) -> Iterator[Entry]:
    """Entries laid out one to a line (or to a pair of lines)."""
    norm = text.norm
    lines = [(a, b) for a, b in _lines(norm) if b > a]
    ends = [b for _, b in lines]
    laid_out = _laid_out(norm, lines)
    in_section = False
    index = 0
    while index < len(lines):
        a, b = lines[index]
        label = _HEADING_THEN_ITEMS.match(norm, a, b)
        if label is not None:  # 名词解释:1.“两新”指…: the heading, then its items on its line
            in_section, a = True, label.end()
        line = norm[a:b]
        quoted = "“" in line or "「" in line
        if len(line) > 40 and not quoted and not gw.MAY_BE_AN_ITEM.search(line, 0, 32):
            index += 1  # prose: no term and separator near its start, nothing quoted
            continue
        if cues.GLOSSARY_HEADING.search(line) and len(line) <= 40 and not gw.ITEM.match(line):
            in_section = True
            index += 1
            continue
        several = (_several(norm, a, b) or _one_after_another(norm, a, b, in_section)
                   or _circled(norm, a, b, in_section))  # fmt: skip
        if several:
            yield from several
            index += 1
            continue
        item = _item(norm, a, b, in_section or index in laid_out) or (
            (tabled(text, a, b) or marked(text, a, b)) if in_section else None
        )
        if item is not None:
            yield item
            index += 1
            continue
        pair = english_rendering(norm, lines, index) or (
            term_line(norm, lines, index, in_section or index in laid_out)
        )
        if pair is not None:
            yield pair
            index = bisect_left(ends, pair.definition[1]) + 1
            continue
        index += 1


# A glossary with no heading, laid out so that its layout is plain (a news page's explainer),
# two or more of a kind:
# - lines that open on a term and a dash, and gloss it with a copula and no figure (携号转网——
#   “在全国实行…”携号转网是指…), not a digest's or delegates' lines (地区生产总值——326亿元;
#   县人大代表王芳——“…增长6%左右…”; 郑州——…即将迈上新台阶);
# - terms on lines of their own that end on a colon, each above a line that opens on a copula
#   (两重:⏎指国家重大战略…), or above words only where the term is one a definition before
#   listed (“六保”是指保居民就业、…⏎保居民就业:⏎保障居民就业是…); not a plan's headings
#   (坚持创新驱动发展:⏎着力提升…), a page's speakers (主持人:) nor headings over figures.
_DASHED = re.compile(r"\s*[^,;。:“”「」\s\d]{2,16}——(?P<rest>\D*)$")
_TERM_AND_COLON = re.compile(r"\s*(?P<term>[^,;。:“”「」\s\d]{2,16}):\s*")
_WORDS_ONLY = re.compile(r"[^\d\n]{12,}")


def _laid_out(norm: str, lines: list[tuple[int, int]]) -> frozenset[int]:
    """The lines (by index) of a glossary with no heading (blank lines aside)."""
    kept = [index for index, (a, b) in enumerate(lines) if norm[a:b].strip()]
    dashed = [_glossed_after_a_dash(norm, *lines[index]) for index in kept]
    colon = [_a_term_and_colon(norm, *lines[index]) for index in kept]
    found = set()
    two_dashed = sum(dashed) >= 2  # (two such lines on the page, not always next)
    for k, index in enumerate(kept):
        if dashed[k] and two_dashed:
            found.add(index)
        paired = colon[k] and ((k > 1 and colon[k - 2]) or (k + 2 < len(kept) and colon[k + 2]))
        under = lines[kept[k + 1]] if k + 1 < len(kept) and not colon[k + 1] else None
        if paired and under is not None and _explained(norm, lines[index], under):
            found.add(index)
    return frozenset(found)


def _glossed_after_a_dash(norm: str, a: int, b: int) -> bool:
    """A term and a dash that open the line, and the term said again before a copula after
    them (携号转网——“…”携号转网是指…; 所谓“厕所革命”,就是…): not a delegate's words
    (县人大代表王芳——“…乡村振兴,就是要…”)."""
    line = _DASHED.match(norm, a, b)
    if line is None:
        return False
    term = norm[a : line.start("rest")].strip().removesuffix("——")
    again = rf"{re.escape(term)}[”」]?,?\s*(?:{gw.COPULA.pattern})"
    return re.search(again, line["rest"]) is not None


def _a_term_and_colon(norm: str, a: int, b: int) -> bool:
    line = _TERM_AND_COLON.fullmatch(norm, a, b)
    if line is None:
        return False
    term = gw.NUMBERED.sub("", line["term"])
    return not (gw.REPORT_LABEL.search(term) or gw.PAGE_LABEL.fullmatch(term))


def _explained(norm: str, term_span: tuple[int, int], under: tuple[int, int]) -> bool:
    """The line under a term's line explains it: it opens on a copula, or it is words only
    and the term is one a definition before listed (“六保”是指…、保居民就业、…)."""
    explanation = norm[slice(*under)].strip()
    if gw.COPULA.match(explanation):
        return True
    if _WORDS_ONLY.fullmatch(explanation) is None:
        return False
    term = gw.NUMBERED.sub("", norm[slice(*term_span)].strip().rstrip(":"))
    # (a definition a page or two before: a window, not the whole text before every line)
    before = max(0, term_span[0] - _LISTED_WITHIN)
    listing = re.compile(f"[、和]{re.escape(term)}|{re.escape(term)}[、和]")
    listed = listing.search(norm, before, term_span[0])
    if listed is None:
        return False
    # (listed in a definition: “六保”是指保居民就业、…; not a plan's 重点抓好项目建设、产业发展…)
    at = listed.start()
    sentence = max(norm.rfind("。", before, at), norm.rfind("\n", before, at), before - 1) + 1
    return _DEFINES.search(norm, sentence, at) is not None


_DEFINES = re.compile(rf"{gw.COPULA.pattern}|包括")
_LISTED_WITHIN = 3000  # characters


_HEADING_THEN_ITEMS = re.compile(
    rf"\s*【?(?:{cues.GLOSSARY_HEADING.pattern})】?\s*:\s*(?={gw.NUMBERED.pattern})"
)


# An unquoted term of the year's plan (今年…增长目标), which a numbered line glues to 是指.
_A_YEARS_TARGET = re.compile(r"^[^“「]*(?:今年|明年|去年|(?:19|20)\d\d年)[^“「]*目标$")


def _item(
    norm: str, a: int, b: int, in_section: bool, pattern: re.Pattern[str] = gw.ITEM
) -> Entry | None:
    marker = gw.NUMBERED.match(norm, a, b) or (
        gw.MARKDOWN_ITEM.match(norm, a, b) if in_section else None
    )
    start = marker.end() if marker else a
    match = pattern.match(norm, start, b)
    if match is None and marker is not None and pattern is gw.ITEM:
        match = gw.GLUED_ITEM.match(norm, start, b)
        if match is not None and _A_YEARS_TARGET.search(match["term"]):
            return None  # 1、我市今年地区生产总值增长目标是指…增长6%左右: a target, no term
    if match is None:
        return None
    term = match.span("term")
    quoted = norm[term[0]] in "“「"
    glossed = gw.COPULA.match(match["definition"]) is not None  # 七大领域:指…
    if _unbalanced(match["term"]) or cues.TARGET_CUE.search(match["term"]):
        return None  # 具身智能(外延新词:智能机器人) is a term line, not an item
    if gw.GLOSSED_AFTER.match(match["definition"]):
        return None  # 名词注解上看到:粮食企业“三老”问题,是指…: the colon opens running text
    glossed = glossed or gw.a_slogans_gloss(norm, a, match.span("definition"))
    if not (marker or in_section or quoted or glossed) or gw.NOT_TERMS.match(match["term"]):
        return None
    if not (marker or in_section or quoted) and (
        gw.NOT_A_TERM.search(match["term"])
        or said_not_defined(norm, match.start("definition"), match["term"])
    ):
        return None  # 工作报告提到与香港的合作,指去年…, 朱小丹首先回顧…,指: news, its 指 "said"
    said = Said(bool(marker), in_section, quoted, glossed)
    if a_label_or_a_headline(norm, match, (a, b), said):
        return None
    where = "glossary section" if in_section else "numbered list" if marker else "item"
    term = without_verb(norm, *stripped(norm, *term))
    start, end = match.span("definition")
    # running text, or a term glued to its copula (“两湖”指…。2010年,…): to its sentence's
    # end, where another sentence begins, or always
    glued = not norm[match.end("term") : match.start("definition")].strip()
    if glued or not (marker or in_section):
        stop = norm.find("。", start, end) + 1
        # (“两重”建设,即…。“两重”之重,分量千钧: a sentence on it again, no more gloss)
        again = bool(stop) and _said_again(norm, stop, norm[term[0] : term[1]])
        glossed_next = any(p.match(norm, stop, b) for p in (gw.RUNNING, gw.SO_CALLED))
        if stop and (glued or again or glossed_next):
            end = b = stop
    while end > start and norm[end - 1] in "; ":
        end -= 1  # 二、洽谈项目,指…的项目;: the ; parts it from the next item
    return Entry(term, (start, end), (a, b), where)


def _said_again(norm: str, at: int, term: str) -> bool:
    """Whether the sentence at ``at`` opens on the term's quoted name again."""
    quoted = re.match(gw.QUOTED, term)
    return quoted is not None and norm.startswith(quoted[0], at)


def _one_after_another(norm: str, a: int, b: int, in_section: bool) -> list[Entry]:
    """A line of definitions one after another, each ended by ; where the next term
    begins (“三个一批”,即…;“双碳”,指…;“一老一小”是指…): each its own entry."""
    cuts = [m.start() for m in gw.NEXT_TERM.finditer(norm, a, b)]
    if not cuts:
        return []
    spans = [(start + (start > a), end) for start, end in pairwise([a, *cuts, b])]
    found = [_item(norm, x, y, True, gw.NEXT_ITEM if x > a else gw.ITEM) for x, y in spans]
    first = found[0]
    if first is not None and norm.startswith(("“", "「"), first.definition[0]):
        return []  # “两重、两新”:“两重”指…;“两新”指…: one entry glossing its halves
    return [e for e in found if e is not None] if all(found[1:]) and (first or in_section) else []


# A footnote's item marker (注:①“三保”:…。②…), found by the character itself: a pattern
# that opens on a look-behind is tried at every character of every line.
_CIRCLED = re.compile("[①-⑳]")
_NOTE_LABEL = re.compile(r"\s*【?(?:注|注释|备注|说明)】?[:]?\s*[①-⑳]")


def _circled(norm: str, a: int, b: int, in_section: bool) -> list[Entry]:
    """A line of notes each opened by a circled number (注:①“三个一批”:指…。②“三保”:…):
    each its own entry, as a numbered list is, where the number opens the line or follows
    the end of a sentence or a colon; under a glossary heading or a note's label (注:), not
    a review's list (重点抓了三件事:①稳增长:地区生产总值增长6%;②…)."""
    if not (in_section or _NOTE_LABEL.match(norm, a, b)):
        return []
    cuts = [
        m.start()
        for m in _CIRCLED.finditer(norm, a, b)
        if norm[a : m.start()].rstrip()[-1:] in ("", "。", ";", ":")
    ]
    if len(cuts) < 2:
        return []
    found = [_item(norm, x, y, True) for x, y in pairwise([*cuts, b])]
    return [e for e in found if e is not None] if all(found) else []


def _unbalanced(term: str) -> bool:
    return term.count("(") != term.count(")") or term.count("“") != term.count("”")


def _several(norm: str, a: int, b: int) -> list[Entry]:
    """A line of several quoted terms, each glossed in turn and split by ;: 1含义“四区”——…;
    “三园”——… .  A line that is one entry glossing its halves (“两重、两新”:“两重”指…;
    “两新”指…) is not several: it begins with its own term."""
    found = list(gw.QUOTED_ITEM.finditer(norm, a, b))
    if len(found) < 2 or found[0].start() == a:
        return []
    marker = gw.NUMBERED.match(norm, a, b)
    item = gw.ITEM.match(norm, marker.end() if marker else a, b)
    if item is not None and item.end("term") < found[0].start():
        return []  # [12]“321”产业兴旺计划:“3”是指…: the quoted terms are inside one gloss
    pieces = []
    for number, match in enumerate(found):
        end = found[number + 1].start() if number + 1 < len(found) else b
        if number + 1 < len(found) and not re.search(r";\s*$", norm[match.end() : end]):
            return []  # a term named inside another's gloss, not a list of them
        stop = end - len(norm[match.end() : end]) + len(norm[match.end() : end].rstrip("; "))
        pieces.append(Entry(match.span("term"), (match.end(), stop), (match.start(), stop),
                            "glossary line"))  # fmt: skip
    return pieces


def not_a_blocks_lines(
    text: Text, entries: list[Entry], blocks: list[tuple[int, int]]
) -> list[Entry]:
    """The entries less a targets block's lines read as a list's items (• 生态环境:持续改善
    under 今年主要预期目标: a qualitative target, no term), unless a copula glosses one (…:指…)
    or a glossary's heading is over it (bisected: a file of many reports has many blocks)."""
    in_no_block = overlaps_none(blocks)
    return [
        entry
        for entry in entries
        if entry.where not in ("numbered list", "item")
        or gw.COPULA.match(text.norm, *entry.definition)
        or in_no_block(entry.item[0], entry.item[0] + 1)
    ]
