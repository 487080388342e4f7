"""What a review sentence's figures are said of when their clauses name nothing: the sector
the sentence opens on (农业保持全省领先,增加值增长4.4%), or the headline before it (一是经济
总量跨上新台阶。首次突破3万亿).  Split from sentences.py, which reads the clauses."""

from __future__ import annotations

import re

from jfq.authoring.extract.figures import Subject
from jfq.authoring.extract.indicators import named_first
from jfq.authoring.extract.text import Text

# A sector a sentence opens on with no figure of its own (农业保持全省领先,增加值增长4.4%;
# 工业回暖明显,增加值增长8.6%): the topic of a bare head after it.
_SECTOR_FIRST = re.compile(
    r"(?:农业|工业|服务业|建筑业|旅游业|制造业|商贸业|金融业|房地产业|畜牧业|林业|渔业|"
    r"第[一二三]产业|[一二三]产)"
    # (how it went, not a noun it opens: 工业园区建设提速, 工业经济稳中有进 are no sector's)
    r"(?=(?:保持|实现|稳|回暖|回升|发展|增长|提速|加快|向好|平稳|持续|快速|健康|较快|明显|迅速|"
    r"提质|势头|运行|生产|逆势|量质|上扬|攀升|壮大|企稳|加速|升级|转型|基础|更加)"
    r"[^\d,;。第]{0,10},)"
)
BARE_HEADS = frozenset(("增加值", "产值", "总产值", "营业收入", "营收", "销售收入", "利润"))


def sector_topic(text: Text, a: int, b: int) -> str:
    """The sector the sentence [a, b) opens on, in the original's characters, or ''."""
    sector = _SECTOR_FIRST.match(text.norm, a, b)
    return text.name(a, sector.end()) if sector is not None else ""


# A short sentence with no figure that heads the one after it, numbered or not (一是经济总量
# 跨上新台阶。首次突破3万亿,达到3.12万亿元: the figures' subject).
_HEADLINE = re.compile(
    r"(?:[一二三四五六七八九十]+是|[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)?"
    r"(?P<said>[^,;。:\d\n]{4,20})。"
)


def headline_before(text: Text, a: int, b: int) -> Subject | None:
    """The indicator a headline right before the sentence [a, b) opens with (see _HEADLINE):
    the subject of its first clauses that name none.  Not a headline that names none
    (经济运行稳中向好), nor one whose list a 分别 after it would distribute (城乡居民收入…。
    分别达到4.2万元和2.1万元)."""
    norm = text.norm
    if a < 6 or norm[a - 1] != "。" or norm.find("分别", a, b) >= 0:
        return None
    start = max(norm.rfind("。", 0, a - 1), norm.rfind("\n", 0, a - 1)) + 1
    headline = _HEADLINE.fullmatch(norm, start, a)
    if headline is None:
        return None
    said = headline.start("said")
    named = named_first(norm, said, headline.end("said"))
    return Subject([text.name(said, named)], said) if named is not None else None
