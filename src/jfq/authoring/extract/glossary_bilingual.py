"""A bilingual list of a report's key words, as pages for translators print them: a Chinese
term on its own numbered line, its English rendering on the next line, and any explanation in
English after it ((i.e. …)).  The entry's definition is the English as printed; the draft's
``en`` is its first line (see ENGLISH_LIST)."""

from __future__ import annotations

import re

from jfq.authoring.extract import cues
from jfq.authoring.extract import glossary_words as gw
from jfq.authoring.extract.glossary_words import Entry

ENGLISH_LIST = "bilingual list"  # the entry's ``where``
# A line in English only: a letter first (or an opening bracket or quote), no Chinese.
_ENGLISH_LINE = re.compile(r"\s*[(\"“‘']?[A-Za-z][^\u3400-\u9fff]*")
_CHINESE = re.compile(r"[\u3400-\u9fff]")
# A number that is no year's (1200万人, 30微克, 2.5): a target's, where a term may name a year
# (2035年远景目标); or a predicate (降至, 同步): a target's words.
_A_QUANTITY = re.compile(
    r"(?<!\d)(?!(?:19|20)\d\d年)\d|达到|降至|降低|下降|增长|提高|同步|控制在|保持在|突破|"
    r"平衡|稳定|改善|完成|持平|好转"  # (国际收支基本平衡, 生态环境质量持续改善: targets)
)
# A rendering is a name, not a sentence (We will accelerate….), a link or an address.
_NO_RENDERING = re.compile(r"\.$|://|www\.|@")
_EXPLAINED = re.compile(r"\s*\([^\u3400-\u9fff]*")
# What follows an item of such a list: the next item, or a section's heading.
_NEXT_ITEM = re.compile(rf"{gw.NUMBERED.pattern}|\s*[(（][一二三四五六七八九十]+[)）]")
# A term of such a list: a name, however long, or a slogan of a list (力戒形式主义、官僚主义;
# 党的十九大和十九届二中、三中、四中、五中全会精神), never a sentence.
_A_TERM = re.compile(r"[^。,;:!?]{2,40}")


def english_rendering(norm: str, lines: list[tuple[int, int]], index: int) -> Entry | None:
    """The term on line ``index`` and the English lines under it, if it is such an item:
    numbered (1. 三大攻坚战; not a web page's 客服中心 / Powered by Discuz…, in a glossary's
    section too), no figure's, and no chapter's heading (一、…: a bilingual report's headings
    are each followed by their English too), its rendering a name and followed by the next
    item, a section's heading or the text's end."""
    a, b = lines[index]
    marker = gw.NUMBERED.match(norm, a, b)
    if marker is None or cues.HEADING.match(norm, a) is not None:
        return None
    start = marker.end()
    if not _CHINESE.search(norm, start, b) or not _A_TERM.fullmatch(norm, start, b):
        return None
    if _A_QUANTITY.search(norm, start, b) or index + 1 == len(lines):
        return None  # (1) 城镇新增就业1200万人以上 / over 12 million…: a report's target
    rendering = lines[index + 1]
    if not _ENGLISH_LINE.fullmatch(norm, *rendering) or _NO_RENDERING.search(norm, *rendering):
        return None
    following = index + 2  # (and its explanation, in brackets: (i.e. …))
    while following < len(lines) and _EXPLAINED.fullmatch(norm, *lines[following]):
        following += 1
    if following < len(lines) and not _NEXT_ITEM.match(norm, lines[following][0]):
        return None  # 1. 大力推进…建设 / Vigorously… / We will promote…: a report's heading
    end = lines[following - 1][1]
    return Entry((start, b), (rendering[0], end), (a, end), ENGLISH_LIST)


def first_line(definition: str) -> str:
    """The English rendering an entry of such a list gives first (its explanation after)."""
    return definition.split("\n", 1)[0].strip()
