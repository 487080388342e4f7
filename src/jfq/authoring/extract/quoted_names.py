"""Numbers inside quoted names, which are no figures: a policy's package (助企纾困“36条”), a
pledge (“最多90天”), a count's policy (“两个15%”所得税政策) or a numbered slogan (“2个首次突破”,
“4个稳居第一”).  Split from values.py, which reads the figures themselves."""

from __future__ import annotations

import re

from jfq.authoring.extract.lexicon import NEWLY_OPENING_VERB_AT
from jfq.search.normalize import simplified


def quoted_name(body: str, match: re.Match[str]) -> bool:
    """A number that is all a quotation holds, as the name of a policy, a programme or a
    pledge: with a count or a pledge's word before it (“两个15%”所得税政策, “最多90天”), or
    as a package of articles after a noun (助企纾困“36条”)."""
    opening = body.rfind("“", 0, match.start())
    if opening < 0 or not body.startswith("”", match.end()):
        return False
    counted = _A_COUNT.fullmatch(body, opening + 1, match.start())
    if counted is None:
        # (“双20条”, “金融16条”: a package of articles named in the quotation; but
        # “增长8%以上”的地市有郑州、周口 is a target quoted)
        named = _PACKAGE_NAME.fullmatch(body, opening + 1, match.start())
        # (but “新开国际航线5条”: a figure quoted with its verb; “民生实事20项”: a count)
        verb = _A_VERB_OPENS.match(simplified(body[opening + 1 : match.start()]))
        return named is not None and verb is None and match["u1"] in ("条", "條")
    if counted.group():
        return True  # “两个15%”所得税政策, “最多90天”: a name by its count or pledge
    # “36条”: a package of articles, named after a noun (助企纾困“36条”); but a figure
    # quoted after its verb (控制在“4.5%”以内, 达到“100万吨”) is one
    before = body[opening - 1 : opening]
    return match["u1"] in _ARTICLES and _HAN.match(before) is not None and before not in "为是在到"


_HAN = re.compile(r"[\u4e00-\u9fff]")
_PACKAGE_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}")
_A_VERB_OPENS = re.compile(rf"{NEWLY_OPENING_VERB_AT.pattern}|新[开增签]")
_A_COUNT = re.compile(r"(?:[一二两三四五六七八九十]个|最多|最少)?")  # (“最多90天”: a pledge)
_ARTICLES = ("条", "條", "款", "项", "項")


# A slogan numbered by its count (实现“2个首次突破”“4个稳居第一”, “5个牢牢把握”): a name, with
# neither the count nor a rank inside it a figure.
_NUMBERED_SLOGAN = re.compile(r"“(?:\d+|[一二两三四五六七八九十]+)个[^“”\d]{1,10}”")


def in_a_numbered_slogan(body: str, at: int) -> bool:
    """Whether body[at] is inside a quoted slogan that opens with its count."""
    opening = body.rfind("“", 0, at)
    slogan = _NUMBERED_SLOGAN.match(body, opening) if opening >= 0 else None
    return slogan is not None and at < slogan.end()
