"""The words and marks of a glossary's layouts: item numbers, copulas (是指, 即 …), labels,
what is never a term; and the Entry every layout reads into.  Split from glossary.py, which
reads the layouts with them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from jfq.authoring.extract.cues import BULLETS, ENCLOSED_NUMBERS, HOW_IT_WENT, TASK_VERBS
from jfq.authoring.extract.spans import count_said
from jfq.data.records import Record, record

# A page's markdown list item (- 放管服:…, its space dropped by normalising): a glossary's
# only under its heading, where a target list's (- 生态环境:持续改善) is not.
MARKDOWN_ITEM = re.compile(r"-(?![-\d.])")
# (not a figure's decimal point: 167.83亿元——经济总量稳步提升 is a digest's figure and its
# caption, and so is 1.2万人:城镇新增就业再创新高; but 9.1001工程:… is item 9, 6.100亿级产业集群:…
# item 6, 1.5G基站:… item 1)
NUMBERED = re.compile(
    r"\s*(?:\d+\s*(?:\.(?!\d+\s*(?:%|‰|[万亿千百]*(?:元|人|吨|亩|个|户|家|项|所|岁|倍|公里|米))?\s*(?:——|:))|、)|[(（]\s*(?:\d+|[一二三四五六七八九十]+)\s*[)）]|【\d+】|"
    rf"[一二三四五六七八九十]+\s*、|\[\d+\]|[{ENCLOSED_NUMBERS}]|[{BULLETS}])\s*"
)
# 指 as "means", not in 指出, 指导, 指标, 指路 … (殷殷嘱托指路领航 defines nothing)
NOT_POINTING = "(?![出导引示标数挥南路明正点责控望定派令针向日指,:])"  # (区防指指令: 防指 a body)
TERM = r"(?P<term>[^:,;。\n]{1,25}?)"
# 即 as "that is", not in 即将, 即使, 即可, 即时, 立即 (黔东南即将彻底撕掉绝对贫困标签)
# (立即整改, 即办件: no copula either).  The character comes first and what is before it is
# looked back at from it: a pattern that opens on a literal lets a scan skip to its
# candidates, where one that opens on a look-behind tries every position (COPULA over the
# real report of benchmarks/extract.py: 0.16 s to 0.02 s).
IS = r"即(?<![立随当旋申]即)(?![将使可时便刻日办享期墨]|是说)"  # (免申即享, 即期消费, 即墨区)
# (a colon between digits is a ratio's: 调整为 11.3:47.3:41.4)
_COLON = r"(?<!\d\.\d):(?!\d+(?:\.\d+)?\s*:)"  # (but 四个100:100个重点项目 is a term's)
# (“六稳”指的是:稳就业…: the colon after a copula is the definition's, not the term's)
# (but 1.“两重”是指:⏎国家…: its definition on the next line, read as a term's line before)
_TERMS_COLON = rf"(?:(?<!指的是)(?<!是指){_COLON}|{_COLON}(?=[ \t]*$))"
# The copulas: those that point (是指, 指的是, 指 "means"), and those a running gloss puts
# after its term and a comma (…,是指; …,即).
_POINTS = rf"是指|指的是|指(?<!屈一指)(?<![手剑直]指){NOT_POINTING}"  # (not 首屈一指, 剑指, 直指)
_NAMES_IT = rf"是指|指的是|{IS}"
# What parts a term from its definition in an item: a colon, a dash, a comma before a copula.
_A_COMMA_BEFORE_A_COPULA = rf",(?=是指|指|{IS})"
_SEPARATOR = rf"{_TERMS_COLON}|——|--|{_A_COMMA_BEFORE_A_COPULA}"
ITEM = re.compile(rf"{TERM}\s*(?:{_SEPARATOR})\s*(?P<definition>\S.*)$")
# A numbered item or one in a section may put its copula right after its term (2.“两重”指…,
# 3.新质生产力是指…): bare 指 only after a quoted term (一批指标, 指出 are no glosses).
# (1.“两重”是指:…: a colon after 是指 is the definition's)
_IS_MEANT = rf"是指(?:{NOT_POINTING}|(?=:[ \t]*\S))"
_GLUED = rf"(?<=[”」])(?={_IS_MEANT}|指的是|指{NOT_POINTING}|{IS})|(?={_IS_MEANT}|指的是)"
GLUED_ITEM = re.compile(rf"{TERM}\s*(?:{_GLUED})(?P<definition>\S.*)$")
# One of several definitions on a line may put its copula right after its quoted term
# (;“一老一小”是指老年人和儿童): a line that begins so is running text, to its sentence's end.
NEXT_ITEM = re.compile(
    rf"{TERM}\s*(?:{_SEPARATOR}|{_GLUED})"
    r"\s*(?P<definition>\S.*)$"
)
LABEL = re.compile(r"【?(?:名词解释|词语解释|含义|释义|解释|注释|说明|追新词|点睛|定义)】?[:]\s*")
# Lines between a term and its explanation that are neither: an example, the report's words.
ASIDE = re.compile(r"【?(?:释例|例句|出处|报告原文|原文|背景)】?[:]")
# Lines that are never a term: a figure (经济增长6%左右), a cue, a label or a page's mark.
NOT_TERM_LINE = re.compile(
    rf"\d[%‰万亿元人个]|增长|下降|预期目标|过去|一年来|报告|【|】|^[{BULLETS}\-—]|^(?:含义|背景|关键词|"
    r"报告原文|出处|解读)|"
    # a web page's chrome (打开网易新闻 查看精彩图片 between a news page's paragraphs), not a
    # term with its words (分享经济, “扫码即办”, “一键查看”)
    r"打开\S{0,8}(?:新闻|客户端|APP)|查看(?:精彩|更多|大图)|点击(?:查看|进入|阅读|图片)|阅读全文|"
    r"原标题|返回\S{0,4}首页"
)
# What no term holds: a year, a word of Latin letters, and what leads to a quoted term
# (报告, 会议, 说, 表示, 提到: 工作报告提到与香港的合作,指去年… is news, 指 its "said").
# (and a clause's done verb with its object: 确定了今年发展的具体目标,即实现产值6亿元…,
# targets, no term; not 了 that ends a name, “案结事了”, “一件事一次办了”, nor 除了, 了解;
# and an adverb before a copula: 经济增长目标实际上是两句话, a sentence)
NOT_A_TERM = re.compile(  # (a year, or an era's: 宋太平兴国六年即公元981年建县, no term)
    r"\d{4}年|[一二三四五六七八九十两元]年$|[a-z]{4}|报告|会议|说|表示|提到|实际上|其实|事实上|"
    r"(?<![除为])(?<=[\u4e00-\u9fff])了(?!不起|解)(?=[\u4e00-\u9fff]{2}|[“「])"
)
# "means", as an idiom or a figure of speech is glossed (“周公吐哺”意为求贤心切): only after a
# quoted term, for 意为 ends 满意为 and 注意为 (以人民满意为标准), and 意思是 follows 的
MEANS = (
    r"意(?<=[”」]意)(?:为|思是|指)|意(?<=,意)(?:为|指|即)"  # (撇脱,意为洒脱…: after a comma; 意
    # first, as IS)
)
QUOTED = r"“[^”\n]{1,20}”|「[^」\n]{1,20}」"
RUNNING = re.compile(
    rf"(?:^|(?<=[。;:,!?\n]))(?!所谓)(?P<term>[^,。;“”「」\s\d:?!]{{0,24}}(?:{QUOTED}){{1,3}}[^,。;“”「」\n]{{0,8}}?|"
    r"[^,。;“”「」\s\d:?!]{2,15}?),?"  # (什么是零基预算?零基预算是指…: a question ends)
    r"(?P<definition>(?:(?:顾名思义|简单来说|简言之|通俗地说|具体而言|也就是说),?)?"
    # (瞪羚企业主要指…: how narrowly it means, the definition's first word)
    rf"(?:(?:主要|一般|通常|特)?(?:{_POINTS})|就是|{IS}|也就是|{MEANS})"
    r"[^。\n]{2,300}。?)"
)
# A quoted term called a word, then glossed after a clause about it (“新经济”一词,是…首次提到的,
# 意为…): a news page's gloss.
A_WORD_GLOSSED = re.compile(
    rf"(?P<term>{QUOTED})一[词詞][^。\n]{{0,60}}?,(?P<definition>(?:意为|意思是|是指|指的是)[^。\n]{{2,200}}。?)"
)
# A quoted term said to be a short name (“一带一路”是“丝绸之路经济带”和…的简称): glossed.
SHORT_FOR = re.compile(
    rf"(?P<term>{QUOTED})(?P<definition>是[^。\n]{{2,80}}的(?:简称|缩写|统称|总称)。?)"
)
# A quoted term named after its definition (年销售收入在5000万元以下的企业,则被定义为“金种子”;
# …投产一批重大项目,即“三个一批”活动): the clause before it, which opens its sentence and
# says nothing done, meant or to do (全会作出了一个重大论断,即“两个确立”; 为“十四五”开好局),
# nor ends on a figure that is no threshold (全县新增规上工业企业25家,称为“小升规”: a result;
# but 年纳税额超过1000万元,称为“纳税大户”).
_NAMING = r"则?(?:即|被?定义为|被?称为|统称为?|简称|为)"
NAMED_AFTER = re.compile(
    r"(?:^|(?<=[。;!?\n]))[ \t]*"
    r"(?P<definition>(?![^,;。\n]*?(?:了|是|要|将))"
    r"[^,;。\n“”「」]{8,60}?),"
    rf"(?P<naming>{_NAMING})"
    r"(?P<term>“[^”\n]{1,12}”(?:活动|计划|工程|行动|战略|模式|机制|体系)?)(?=[,;。\n]|$)"
)
_NAMING_AFTER = re.compile(rf",{_NAMING}“")
# Before a bare 为, the noun a definition's 的 describes (…的企业,为“小巨人”; not 全市上下
# 攻坚克难,为“十四五”, a purpose).
_A_NOUN_DESCRIBED = re.compile(r"的[\u4e00-\u9fff]{1,8}$")
_A_FIGURE_AT_THE_END = re.compile(r"\d[^\d,]{0,3}$")
_BEFORE_A_THRESHOLD = "超过|不低于|不少于|低于|高于"
_A_THRESHOLD = re.compile(rf"{_BEFORE_A_THRESHOLD}|以上|以下|达到")


# A numbered name that abbreviates the clause before it, in brackets (无公害农产品、…和农产品地理
# 标志(简称“三品一标”)): found from the bracket, the clause read back to its start; not a
# document's or a word's short name (…的报告(以下简称“报告”), (简称“同口径”)).
ABBREVIATED = re.compile(
    r"(?P<definition>[^,;:。\n“”()]{4,60})\(简称"
    r"(?P<term>“[^”\n\d]{0,6}[一二三四五六七八九十两百千万\d][^”\n]{0,8}”)\)"
)
_ABBREVIATION = re.compile(r"\(简称“")


def abbreviated(norm: str) -> Iterator[re.Match[str]]:
    """ABBREVIATED's matches, found from the brackets (a pattern that opens on a clause's
    start is tried at every character)."""
    for bracket in _ABBREVIATION.finditer(norm):
        opens = max(norm.rfind(mark, max(0, bracket.start() - 61), bracket.start())
                    for mark in ",;:。\n")  # fmt: skip
        match = ABBREVIATED.match(norm, opens + 1, bracket.end() + 16)
        if match is not None:
            yield match


def named_after(norm: str) -> Iterator[re.Match[str]]:
    """NAMED_AFTER's matches, found from the words that name the term: tried at every
    sentence of a report, the pattern took 0.09 s of the 8 MB report of benchmarks/extract.py,
    its words 0.01 s."""
    done = 0
    for naming in _NAMING_AFTER.finditer(norm):
        opens = max(norm.rfind(mark, max(done, naming.start() - 62), naming.start())
                    for mark in "。;!?\n")  # fmt: skip
        match = NAMED_AFTER.match(norm, opens + 1 if opens >= 0 else done)
        if match is None or match.start("term") != naming.end() - 1:
            continue
        bare = match["naming"].removeprefix("则") == "为"
        if bare and _A_NOUN_DESCRIBED.search(match["definition"]) is None:
            continue
        counted = _A_FIGURE_AT_THE_END.search(match["definition"])
        if counted and not _A_THRESHOLD.search(match["definition"]):
            continue
        done = match.end()
        yield match


# A quoted term and a colon in running text: 做到了「三个充分体现」:充分体现…
# (or a dash, as a news page writes it: “四个全面”--全面建成小康社会,…; but not before a
# figure: 交出了一份“成绩单”——地区生产总值达到312.5亿元,… and “成绩单”:… are a review's)
FIGURE_STATED = (
    r"\d+(?:\.\d+)?\s*"
    r"(?:%|％|‰|亿|万|元|个|個|倍|人|户|家|吨|亩|公里|项|所|座|条|辆|套|处|名|位|次)"
)
QUOTED_COLON = re.compile(
    rf"(?P<term>{QUOTED})(?P<mark>:|——|--)(?P<definition>[^。\n]{{4,300}}。?)"
)

# Quoted terms, a comma, and 是 (a news page's gloss: “‘三网’融合”、“物联网”,都是…): each
# term is glossed by what follows.  Only after quotes and a comma: 是 alone is no copula.
QUOTED_IS = re.compile(
    rf"(?P<term>(?:{QUOTED})(?:、(?:{QUOTED})){{0,2}}),(?P<definition>(?:都|也)?是[^。\n]{{4,300}}。?)"
)
# A quoted term a sentence opens on, then 是 and the kind of thing it is, its first clause
# ending on that kind (“飞地经济”是一种跨区域合作模式), or a later one on 的 and the kind
# (“低空经济”是以…为牵引,辐射带动…的综合性经济形态): a news page's gloss; the kind is what
# tells it from a saying (“十四五”是…的五年, “双碳”是一场…变革).  (The quotation mark first,
# and the boundary before it looked back at from it: a scan that opens on a look-behind tries
# every position, 0.08 s of the real report of benchmarks/.)
QUOTED_DEFINED = re.compile(
    r"(?P<term>(?:“(?<![^。!?\n】]“)[^”\n]{1,20}”|「(?<![^。!?\n】]「)[^」\n]{1,20}」)"
    r"(?:[^\W\d是]{1,4}?(?=是))?)"  # (“四上”企业是…的一种通俗称谓: the kind the quote names)
    r"(?P<definition>是(?!指)(?:[^,;。\n]{2,40}?|[^;。\n]{2,80}?的[^,;。\n]{0,8}?)"
    r"(?:形态|业态|模式|概念|总称|统称|称谓|机制|制度(?:安排)?)"
    r"(?P<rest>(?=[,;。\n]|$)[^。\n]{0,120}。?))"
)
# A numbered slogan a line opens on, glossed in words after a colon (三个高地:着力打造…;…),
# not 一是, 一季度 (a text's parts), a list of points (三项措施:一是…) nor figures.
_A_SLOGAN = re.compile(
    r"\s*(?P<count>[二三四五六七八九十两])(?![是要季月年期次])[^\W\d]{1,6}(?<!方面|期间|时期)\s*:\s*"
)
_IN_WORDS = re.compile(r"(?!一是|一要|第一|首先|其一)\D{8,}")


def a_slogans_gloss(norm: str, start: int, definition: tuple[int, int]) -> bool:
    """Whether norm[start:definition] is a numbered slogan and its colon, glossed in words
    by as many parts as it counts (三个高地:…高地;…高地;…高地; 两个确保:确保…,确保…): not a
    report's line that a count opens (十大民生实事:全部完成,…; 两会期间:…; 三个方面:…)."""
    slogan = _A_SLOGAN.fullmatch(norm, start, definition[0])
    said = norm[slice(*definition)].rstrip("。")
    if slogan is None or not _IN_WORDS.fullmatch(said):
        return False
    parts = [p for p in re.split("[;、]", said) if p.strip()]
    parts = parts if len(parts) > 1 else [p for p in said.split(",") if p.strip()]
    if any(HOW_IT_WENT.search(part.strip()) for part in parts):
        return False  # 三大攻坚战:防范化解重大风险攻坚战成效明显,…: a digest of how they went
    return len(parts) == count_said(slogan["count"])


# A numbered slogan spelled out in brackets after it: “三宜”(宜居宜游宜业).
SPELLED_OUT = re.compile(
    r"(?P<term>“[一二三四五六七八九十两]+[^”\n\d]{1,8}”)\((?P<definition>[^()\d\n,;。、]{2,40})\)"
)
# Several quoted terms on one line: 1含义“四区”——…; “三园”——…
QUOTED_ITEM = re.compile(rf"(?P<term>{QUOTED})(?:——|:|(?=是指|指))")
SO_CALLED = re.compile(
    r"所谓(?P<term>“[^”\n]{1,20}”|[^,。;\n]{2,15}),(?P<definition>[^。\n]{2,300}。?)"
)
# What a web page labels (来源:…, 发布日期:…, 初审:李四, 版权声明:…): never a term.
_PAGE_LABELS = (
    r"来源|发布日期|发布时间|发布机构|作者|编辑|责任编辑|浏览次数|点击数|字号|时间|日期|"
    r"[初复终]审|审核|文字|摄影|图片|(?:特别|免责|版权|郑重)?声明"
)
PAGE_LABEL = re.compile(_PAGE_LABELS)
# What never opens a term: a pronoun, a copula, an ordinal, a report's salutation (各位代表:;
# 城区人大常委会:, the committee a report is made to), and a page's label or chrome (长按识别
# 二维码)
NOT_TERMS = re.compile(
    r"^(?:这|此|其|它|该|即|也|就|这是|这就|也就|意思|一是|二是|第|各位|尊敬的|同志们|长按|"
    rf"(?:{_PAGE_LABELS})$|.{{0,12}}(?:人大常委会|常务委员会|各位委员)$)"
)
# What an item's first 32 characters hold: a separator after its term, or a quoted term.
# (and a copula glued to its term: 1、三大攻坚战是指…, a numbered item however long)
MAY_BE_AN_ITEM = re.compile(rf"[:“「]|——|--|{_A_COMMA_BEFORE_A_COPULA}|是指|指的是")
COPULA = re.compile(rf"{_POINTS}|就是|也就是|{IS}|{MEANS}")
BOUNDARIES = frozenset("。;:,!?\n")
# The labels a report's own plan is set out under ((一)指导思想:全面贯彻…): never a term.
REPORT_LABEL = re.compile(
    r"指导思想|总体要求|总体思路|基本原则|主要目标|主要任务|工作重点|重点工作|发展目标|奋斗目标|"
    r"提出背景|重要意义|主要内容|核心要义|(?:政府工作)?报告(?:原文|摘要)(?:摘录)?|原文|"
    # (an explainer's: (一)提出背景:2024年…; an infographic's 二、报告原文:…; a news page's
    # headline over its figures: “十三五”回顾:全区各项工作取得显著成绩)
    r"(?:“[^”]{1,10}”|[^,;。“”]{0,8})(?:回顾|盘点|综述|成绩单)$"
)
# A definition that is itself a term glossed in running text (A,是指…;B,是指…).
GLOSSED_AFTER = re.compile(rf"[^,;:。\n]{{2,20}},(?:{_NAMES_IT})")
# Where a running definition ends: at ; when another term is glossed after it.
NEXT_GLOSS = re.compile(
    rf";(?=\s*(?:{QUOTED}|[^,;:。\n“”]{{2,15}})[^,;:。\n]{{0,8}},?(?:{_NAMES_IT}))"
    # (“三稳”即…;“四进”体现在…, “六稳”指的是…;“六保”则是…: the next quoted item, said of in
    # another word; but “签约一批”,着力…;“开工一批”,… are parts of one definition)
    rf"|;(?=\s*(?:{QUOTED})(?:体现在|主要是|包括|就是|则是|:|指{NOT_POINTING}))"
    # (“一核”是指…,“两翼”是指…: after a comma, only a quoted term its copula follows at once)
    rf"|,(?=\s*(?:{QUOTED})(?:{_POINTS}|{IS}))"
)
# A colon that opens quoted items glossed one by one (“三稳四进”:“三稳”即…): no definition.
OPENS_ITEMS = re.compile(rf"\s*(?:{QUOTED})(?:,|:)?(?:是指|指|{IS}|就是)")
# Where a line's next definition begins: ; and a term glossed after it (;“双碳”,指…).
NEXT_TERM = re.compile(
    rf";(?=\s*(?:\d+\s*[.、]\s*)?(?:{QUOTED})(?:,|:|——)?(?:是指|指|{IS}|就是|:|——)"
    # (;3.新质生产力是指…: a numbered item's term needs no quotation marks, but a copula;
    # ;2.招商引资:引进…项目30个 is a task under its label)
    rf"|\s*\d+\s*[.、]\s*[^,;:。\n“”]{{1,25}}?(?:是指{NOT_POINTING}|指的是))"
)


@record
class Entry(Record):
    """A term and its definition, as spans of the normalised text; the item they stand in."""

    term: tuple[int, int]
    definition: tuple[int, int]
    item: tuple[int, int]
    where: str  # "glossary section", "numbered list", "running text" …


# A numbered slogan's label (“一个新突破”, “两个重大进展”) over a review's sentences that state
# the year's figures with no word of a plan (…。全市地区生产总值1354亿元…): no gloss.  (A
# gloss's threshold or a plan's figure after it is none: 对亩均税收低于5万元的企业…; 今年计划…)
_NUMBERED_LABEL = re.compile(r"[“「]?[一二三四五六七八九十两]+个")
_A_PLANS_OR_A_THRESHOLD = re.compile(
    r"今年|明年|计划|将|力争|到20\d\d|"
    rf"(?:{_BEFORE_A_THRESHOLD})[^,;。\d]{{0,8}}\d[^,;。]{{0,6}}的|\d[^,;。]{{0,6}}(?:以上|以下)的"
)


def a_reviews_label(term: str, after: str) -> bool:
    """Whether ``term`` labels a review whose sentences ``after`` its first state figures."""
    return (
        _NUMBERED_LABEL.match(term) is not None
        and YEARS_FIGURE.search(after) is not None
        and _A_PLANS_OR_A_THRESHOLD.search(after) is None
    )


# A figure of the year (增长6.9%, 520亿元): what a review states, no definition.
YEARS_FIGURE = re.compile(r"\d+(?:\.\d+)?(?:%|[万亿]+元|亿美元|个百分点)")


def a_task(term: str, definition: str) -> bool:
    """Whether a bulleted item's term is a plan's aim, not a name: how a thing goes (• 经济持续
    增长:…; not 可持续发展) or a task's verb before what its line sets figures for (• 改善生态
    环境:单位…能耗…降低13.5%; not 改善型住房:居民为改善…, 建设用地:…), and no programme quoted
    (优化提升营商环境“十大行动”)."""
    if "“" in term or "「" in term:
        return False
    if _A_STATEMENT.fullmatch(term.strip()):
        return True
    return (
        _A_TASKS_VERB.match(term.strip()) is not None
        and _A_FIGURE_SET.search(definition) is not None
    )


# A figure a line sets, its predicate before it (降低13.5%, 超过17%, 提高到24.1%; not 由…6个方面
# 32项指标构成, a definition's count).
_A_FIGURE_SET = re.compile(
    r"(?:增长|下降|提高|降低|达到|超过|完成|实现|控制在|分别)[^,;。\d]{0,6}\d"
)
_A_STATEMENT = re.compile(rf"[^\d]{{2,8}}?(?:{HOW_IT_WENT.pattern})")
_A_TASKS_VERB = re.compile(rf"(?:{TASK_VERBS})")
