"""Definitions in running text: “四转”,即…; X是指…; X指…; 所谓X,就是…; “X”:… in a sentence.
A definition runs to the end of its sentence.  Split from glossary.py, which reads the
layouts of lists and sections, and keeps these where an item holds none; and the term a
quoted name is, without what the words before it class it as (named_by_its_quote)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from jfq.authoring.extract import glossary_words as gw
from jfq.authoring.extract.glossary_words import Entry
from jfq.authoring.extract.text import Text


def _running_matches(norm: str) -> Iterator[re.Match[str]]:
    """gw.RUNNING's matches, found from the copulas (是指, 即 …) rather than tried at every
    character of the text: a report has few, and a long file would take seconds."""
    done = 0
    for copula in gw.COPULA.finditer(norm):
        if copula.start() < done:
            continue
        window = max(done, copula.start() - 40)
        # (from the boundary just before the window: a definition may follow the last's 。)
        starts = [i + 1 for i in range(max(window - 1, 0), copula.start())
                  if norm[i] in gw.BOUNDARIES]  # fmt: skip
        for start in [window, *starts] if window == 0 else starts:
            match = gw.RUNNING.match(norm, start)
            if match is not None and match.start("definition") <= copula.start() + 1:
                next_gloss = gw.NEXT_GLOSS.search(norm, match.start("definition"), match.end())
                if next_gloss is not None:  # A,是指…;B,是指…: A's ends where B's begins
                    match = gw.RUNNING.match(norm, start, next_gloss.start())
                done = match.end() if match is not None else copula.end()
                if match is not None:
                    yield match
                break


def running(text: Text) -> Iterator[Entry]:
    norm = text.norm
    for matches in (_running_matches(norm), gw.SO_CALLED.finditer(norm),
                    gw.QUOTED_COLON.finditer(norm), gw.SHORT_FOR.finditer(norm),
                    gw.SPELLED_OUT.finditer(norm), gw.QUOTED_IS.finditer(norm),
                    gw.QUOTED_DEFINED.finditer(norm),
                    gw.A_WORD_GLOSSED.finditer(norm), gw.named_after(norm),
                    gw.abbreviated(norm)):  # fmt: skip
        for match in matches:
            where = "running text"
            if match.re in (gw.NAMED_AFTER, gw.ABBREVIATED):  # (…的企业,为“小巨人”: after)
                yield Entry(match.span("term"), match.span("definition"), match.span(), where)
                continue
            if match.re is gw.QUOTED_IS:
                yield from _each_quoted(norm, match)
                continue
            stated = match.re is gw.QUOTED_DEFINED and re.search(gw.FIGURE_STATED, match["rest"])
            term = match["term"]
            # (报告中的“六稳”是指…, 市长在报告中表示“三农”是指…: a quoted term is the term,
            # whatever words lead to it, and they are cut)
            quoted = re.search(gw.QUOTED, term)
            means = _MEANS_AFTER_A_COMMA.match(norm, match.start("definition")) is not None
            if _no_term(norm, match, quoted, means=means):
                continue
            # (…通报第一季度“五个一批”(即谋划一批、…)项目…: the name before its gloss in brackets)
            bracketed = quoted is not None and term.endswith("(")
            if quoted is not None and (
                means or bracketed or gw.NOT_A_TERM.search(term, 0, quoted.start() + 1)
            ):
                # (今年将大力发展“夜经济”,意为…; 城市更新提到的“三旧”改造,指…: from the quote)
                # (“项目为王”理念不动摇,意即…; 提出了“两新一重”三大投资方向,即…: its count
                # and kind after the quote are no part of the name)
                counted = _COUNTED_KIND.fullmatch(term, quoted.end()) is not None
                stop = quoted.end() if means or counted or bracketed else len(term)
                match_term = (match.start("term") + quoted.start(), match.start("term") + stop)
            else:
                match_term = match.span("term")
            if norm[match.start() - 1 : match.start()].isdigit():
                continue  # 2019“再回首”:西宁人更幸福: a news page's headline, not a term
            if match.re is gw.QUOTED_COLON and _no_gloss_after_the_colon(norm, match):
                continue
            # (and a quoted name a verb carries out: 打好“稳增长”主动仗, 深入实施“工业强县”战略)
            carried_out = quoted is not None and _CARRIED_OUT.search(term, 0, quoted.start())
            saying = match.re is not gw.SO_CALLED and (quoted is None or carried_out)
            if saying and norm.startswith(("就是", "也就是"), match.start("definition")):
                continue  # 抓项目就是抓发展: a saying; a term glossed by 就是 is quoted or 所谓
            opens_at = match.start("definition") if bracketed else match.start()
            definition = _within_its_bracket(norm, opens_at, match.span("definition"))
            if match.re is gw.QUOTED_COLON and norm.startswith("即", definition[0]):
                definition = _within_its_clause(norm, definition)
            if stated:  # (“专精特新”是…的一种模式,全县已累计培育…35家: the figures are a review's)
                definition = (definition[0], match.start("rest"))
            term = without_verb(norm, *stripped(norm, *match_term))
            # (the clause after a gloss cut before its figures is the review's: no part of it)
            yield Entry(term, definition, (match.start(), definition[1] if stated else match.end()),
                        where)  # fmt: skip


def _no_gloss_after_the_colon(norm: str, match: re.Match[str]) -> bool:
    """Whether a quoted name's colon opens no gloss of it: the items, each glossed (“三稳四进”:
    “三稳”即…), a headline's (回顾「十四五」:经济指标翻倍) or a review's figures (交出了一份“成绩
    单”——地区生产总值达到312.5亿元)."""
    return bool(
        gw.OPENS_ITEMS.match(norm, match.start("definition"))
        or _A_HEADLINES_VERB.search(norm, max(0, match.start() - 2), match.start())
        or _figures_after_a_label(norm, match)
        or a_headline(norm, match.span("term"), match["definition"], match.end())
    )


_MEANS_AFTER_A_COMMA = re.compile(r"(?<=,)意[为即指]")
# What a term says after its quote of the kind it is (三大投资方向) or of what it brought (的良好
# 成效, of 取得了“一扩、二稳、三增长”的良好成效,即…): no part of its name.  (Not what the quote
# only qualifies: “十四五”的奋斗目标,即…; “三农”的首要任务,即….)
_COUNTED_KIND = re.compile(
    r"[一二三四五六七八九十两]+(?:大|个|项|类|种|条)[\u4e00-\u9fff]{1,6}"
    r"|的[\u4e00-\u9fff]{0,2}(?:成效|效果|成绩|局面|态势|格局|成果)"
)


def a_headline(norm: str, term: tuple[int, int], definition: str, end: int) -> bool:
    """A news page's keyword over its paragraph of figures (2.增长“稳”:连续六年GDP与GEP实现
    双提升 / 预计…; 1.“稳”字当头:经济运行稳中有进), no entry: one character quoted with a
    word beside it, then a short line with no sentence of its own (not 1.“六稳”:稳就业…, nor
    乡村“五美”:山美水美…, a glossary's); ``end``: where its line ends."""
    a, z = term
    quote = _ONE_CHARACTER_QUOTED.search(norm, max(0, a - 4), z + 4)
    beside = quote is not None and (quote.start() > a or quote.end() < z or _HAN.match(norm, a - 1))
    if not beside or len(definition) > 30 or "。" in definition:
        return False
    if gw.COPULA.match(definition):
        return False
    next_start = end
    while norm.startswith("\n", next_start):
        next_start += 1
    next_end = norm.find("\n", next_start)
    line = norm[next_start : next_end if next_end >= 0 else len(norm)]
    return gw.NUMBERED.match(line) is None and re.search(gw.FIGURE_STATED, line) is not None


_ONE_CHARACTER_QUOTED = re.compile(r"“[^”\n]”|「[^」\n]」")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _figures_after_a_label(norm: str, match: re.Match[str]) -> bool:
    """A quoted label before figures (“成绩单”:地区生产总值…; “高分答卷”——新开工项目126个),
    or a numbered slogan's label that opens a line over a review's figures (“一个新突破”:综合
    竞争力实现新突破。全市地区生产总值1354亿元…: gw.a_reviews_label): no gloss.  (A numbered
    slogan's colon gloss with a figure, “三去一降一补”:加快30万吨…, is lost with them: read as
    a gloss, it took a section glossary's place, measured.)"""
    if re.search(gw.FIGURE_STATED, match["definition"]) is not None:
        return True
    if match.start() > 0 and norm[match.start() - 1] != "\n":
        return False  # (a label opens its line)
    line_end = norm.find("\n", match.end(), match.end() + 400)  # (a line, not the text)
    rest = norm[match.end() : line_end if line_end >= 0 else match.end() + 400]
    return gw.a_reviews_label(match["term"], rest)


def _each_quoted(norm: str, match: re.Match[str]) -> Iterator[Entry]:
    """“A”、“B”,都是…: an entry for each quoted term, with the one definition."""
    if norm[match.start() - 1 : match.start()] not in ("", "\n", "。", ";", "!", "?"):
        return  # (今年是“十四五”,是…: the quote is inside a sentence, no term of its own)
    if re.search(gw.FIGURE_STATED, match["term"]):
        return  # (“地区生产总值增长6%左右”,是综合考虑…确定的: a target quoted, no term)
    definition = match.span("definition")
    for quote in re.finditer(gw.QUOTED, norm[match.start("term") : match.end("term")]):
        term = (match.start("term") + quote.start(), match.start("term") + quote.end())
        yield Entry(term, definition, (match.start(), match.end()), "running text")


# A verb that carries out what a quote names, right before it (打好“…”, 深入实施“…”).
# Verbs of a result achieved before a quoted name (实现“2个首次突破”,即…: the figures after
# 即 are a review's, no definition).
_ACHIEVED = ("实现", "取得")
# A headline's verb before a quoted name and its colon (回顾「十四五」:…).
_A_HEADLINES_VERB = re.compile(r"(?:回顾|盘点|展望|聚焦|解读|再看)$")
# (verbs that carry a quoted name out, after which its 就是 is a saying; _VERBS, the verbs cut
# off a term before its quote, are a wider list, 提出 and 聚焦 among them)
_CARRIED_OUT = re.compile(r"(?:打好|打赢|实施|推进|开展|落实|坚持|抓好|做好|推动|建设)$")


def _within_its_bracket(norm: str, start: int, definition: tuple[int, int]) -> tuple[int, int]:
    """(注:“334”指…四个提升)。: a definition in brackets ends where they close."""
    a, b = definition
    line = norm.rfind("\n", 0, start) + 1
    opened = norm.count("(", line, start) > norm.count(")", line, start)
    close = norm.find(")", a, b)
    return (a, close) if opened and close > a and norm.find("(", a, close) < 0 else definition


def _within_its_clause(norm: str, definition: tuple[int, int]) -> tuple[int, int]:
    """(…中国经济“供给侧改革核心”——即打造…的产品,是背道而驰的。: a dash's 即 glosses the
    quote inside a sentence, to the comma before the sentence's own 是.)"""
    a, b = definition
    main = _THE_SENTENCES_VERB.search(norm, a, b)
    return (a, main.start()) if main is not None else definition


_THE_SENTENCES_VERB = re.compile(r",(?=是)")


_VERBS = ("推进", "实施", "开展", "深化", "坚持", "推动", "落实", "打造", "建设", "做好", "实现",
          "提出", "开启", "启动", "强化", "聚焦", "围绕", "打好", "打赢", "抓好")  # fmt: skip


def without_verb(norm: str, a: int, b: int) -> tuple[int, int]:
    """推进“四转”, 我们要坚持“四个不摘” -> “四转”, “四个不摘”: a verb before a quoted name,
    and the words before it, are the sentence's, not the name's; so before a counted one
    (海拉尔区将强力推进三个基地即…, 认真做好五篇文章即…: 三个基地, 五篇文章)."""
    quote = next((i for i in range(a, b) if norm[i] in "“「"), -1)
    if quote > a and norm[a:quote].endswith(_VERBS):
        return quote, b
    counted = _COUNTED.search(norm, a, b) if quote < 0 else None
    if counted is not None and counted.start() > a and norm[a : counted.start()].endswith(_VERBS):
        return counted.start(), b
    return a, b


_COUNTED = re.compile(r"[一二三四五六七八九十两]+[个项大条篇件种]")


def stripped(norm: str, a: int, b: int) -> tuple[int, int]:
    while a < b and norm[a] in " \t:":
        a += 1
    if b - a > 2 and norm[a] == norm[b - 1] == "*":  # **放管服**: a page's markdown for bold
        a, b = b - len(norm[a:b].lstrip("*")), a + len(norm[a:b].rstrip("*"))
    quote = norm.find("“", a, b)
    if quote > a and (norm[quote - 1] in "的是" or norm.startswith("所谓", a)):
        a = quote  # 报告中提到的“三个一批”, 所谓“飞地经济”, 投资的重点是“两新一重”: quoted
    elif norm.startswith("所谓", a) and b - a >= 4:
        a += 3 if norm.startswith("所谓的", a) and b - a >= 5 else 2  # 所谓城乡二元结构,即是…
    while b > a and norm[b - 1] in " \t:,|":  # (放管服 | 简政放权…: a table's bar)
        b -= 1
    if b - a > 2 and norm[a] == "【" and norm[b - 1] == "】":
        a, b = a + 1, b - 1  # 【新质生产力】是指…: a label's brackets, no quotation marks
    return a, b


_A_PLANS_VERB = re.compile(r"确保|力争|努力|争取|推动|推进|加快|坚持|着力|全力")


def _no_term(norm: str, match: re.Match[str], quoted: re.Match[str] | None, *, means: bool) -> bool:
    """Whether what a copula follows is no term: a review's words (指标实现“2个首次突破”,即地区
    生产总值首次突破300亿元), a word no term is (这是, 一是), or a sentence that goes on (县长说,
    要坚持人民至上,意为…; 朱小丹首先回顧「十二五」時期的工作,指五年來…: "said")."""
    term = match["term"]
    # (第三是提出打好“三大攻坚战”,即…: the words before a verb that carries a quoted name out
    # are the sentence's, however they open)
    led = quoted is not None and term[: quoted.start()].endswith(_VERBS)
    achieved = led and quoted is not None and term[: quoted.start()].endswith(_ACHIEVED)
    if achieved and gw.YEARS_FIGURE.search(match["definition"]):
        return True
    if quoted is None and _A_PLANS_VERB.match(term):
        return True  # 确保首战即决战: a plan's words, no term
    named = quoted[0] if quoted else term
    if gw.NOT_TERMS.match(named if led else term) or gw.NOT_A_TERM.search(named):
        return True
    bare = re.sub(r"[(（][^()（）]*[)）]", "", term).rstrip(",")  # (撇脱(piětuō))
    if means and quoted is None and len(bare) > 6:
        return True
    return said_not_defined(norm, match.start("definition"), term)


def said_not_defined(norm: str, definition: int, term: str) -> bool:
    """指 after a comma, after a clause that reports: "said", as Hong Kong's press writes it,
    where the clause names nothing quoted or what follows states a year's figures (朱小丹首先
    回顧「十二五」時期的工作,指五年來…增加到…7.28萬億元); not 市长在报告中强调“三保”,指保基本
    民生…, which glosses its quoted name."""
    if _SAID.match(norm, definition - 1) is None or _REPORTING.search(term) is None:
        return False
    if not re.search(gw.QUOTED, term):
        return True
    # (a quoted period narrated, with figures after it, is said of: 回顾“十三五”,指全省地区生产
    # 总值突破7万亿元; not 强调“两个确保”,指确保地区生产总值增长8%…, a gloss with figures)
    stop = norm.find("。", definition)
    figures = gw.YEARS_FIGURE.search(norm, definition, stop if stop >= 0 else len(norm))
    return figures is not None and _NARRATED.search(term) is not None


# 指 after a comma: "said", as Hong Kong's press writes it, after a clause that reports
# (not 城市更新提到的“三旧”改造,指…: a term the words before it place).
_SAID = re.compile(",指(?!的是)")
_NARRATED = re.compile(r"(?:回顾|总结|谈到|介绍)[^“「]*[“「]")
_REPORTING = re.compile(r"(?:回顾|表示|谈到|介绍|总结|强调|说)(?!的|到的)")


def named_by_its_quote(norm: str, entry: Entry) -> Entry:
    """今年曲沃经济工作的奋斗目标“535511”,即… defines “535511”: what the words before a
    quoted name say it is (a goal, a strategy) is no part of the term."""
    a, b = entry.term
    quote = norm.find("“", a, b)
    if (
        quote > a
        and norm[b - 1] == "”"
        and _CLASSIFIED.search(norm, a, quote)
        and _A_LEAD_IN.search(norm, a, quote)  # (not 乡村振兴战略“三步走”, 强省会战略“1+3”)
    ):
        return Entry((quote, b), entry.definition, entry.item, entry.where)
    return entry


_A_LEAD_IN = re.compile(r"的|今年|明年|(?:19|20)\d\d年|工作")  # (…经济工作奋斗目标“535511”)
_CLASSIFIED = re.compile(r"(?:目标|战略|思路|要求|工程|行动|任务|格局|布局|体系|模式|理念|路径)$")
