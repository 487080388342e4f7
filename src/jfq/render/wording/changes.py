"""How figures compare, in words: a target's move between years (jfq compare), its
margin over the level above (jfq ladder) and its rank among peers (jfq peers)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jfq.data.model import Comparator, Target, number

if TYPE_CHECKING:  # the targets code loads only for the commands that need it
    from jfq.targets.compare import Change

from jfq.render.wording.labels import Lang, value_phrase

# -- how a figure moved (jfq compare): the JSON's "change" is the English ------------------

CHANGE = {
    "en": {
        "dropped": "the {} was dropped",
        "added": "{} was added",
        "qualifier": "the qualifier changed from {} to {}",
        "only": "only in {}",
        "same": "same wording",
        "reworded": "wording changed",
        "incomparable": "not comparable (a number on one side only, or another unit)",
        "points": " pp",
        "and": "; ",
        "to": " to ",
    },
    "zh": {
        "dropped": "去掉了“{}”",
        "added": "加上了“{}”",
        "qualifier": "限定由“{}”改为“{}”",
        "only": "仅见于{}",
        "same": "表述相同",
        "reworded": "表述有变化",
        "incomparable": "无法比较（仅一方有数值，或单位不同）",
        "points": "个百分点",
        "and": "；",
        "to": "至",
    },
}
QUALIFIERS = {
    "en": {
        "about": "左右 (about)",
        "at_least": "以上 (or more)",
        "at_most": "以内 (at most)",
        "nearly": "近 (nearly)",
        "over": "超过/余 (over)",
    },
    # (over is any of 超过, 突破, 余 and 多: named by the two a source writes most, not by 余
    # alone, which misquoted 超过126万亿元)
    "zh": {
        "about": "左右",
        "at_least": "以上",
        "at_most": "以内",
        "nearly": "近",
        "over": "超过/余",
    },
}
# The comparators with no qualifier word of their own, as the Change column names them.
COMPARATORS = {
    "en": {"exact": "none", "range": "a range", "in_step": "同步 (in step with growth)",
           "qualitative": "no number"},
    "zh": {"exact": "无", "range": "区间", "in_step": "同步", "qualitative": "定性"},
}  # fmt: skip


def qualifier_change(before: Comparator, after: Comparator, lang: str = "en") -> str:
    """How the qualifier moved: about -> exact gives 'the 左右 (about) was dropped'; a range,
    which has no qualifier word, as a plain figure (6-6.5% -> 6%左右: 左右 was added)."""
    words, qualifier = CHANGE[lang], QUALIFIERS[lang]
    if after in ("exact", "range") and before in qualifier:
        return words["dropped"].format(qualifier[before])
    if before in ("exact", "range") and after in qualifier:
        return words["added"].format(qualifier[after])
    names = {**COMPARATORS[lang], **qualifier}
    return words["qualifier"].format(names[before], names[after])


def _signed(delta: float) -> str:
    return f"{'+' if delta > 0 else '−' if delta < 0 else '±'}{number(round(abs(delta), 4))}"


def delta_phrase(
    delta: float, unit: str | None, lang: str = "en", delta_max: float | None = None
) -> str:
    """+1 pp for percentages (points, not percent), +500人 for counts; a move between two
    amounts (a range on either side) as both, the smaller first: ↓ −1.5 to −2 pp."""
    ends = [delta] if delta_max is None else sorted((delta, delta_max), key=abs)
    if all(end > 0 for end in ends):
        arrow = "↑"
    elif all(end < 0 for end in ends):
        arrow = "↓"
    else:
        arrow = "→" if all(end == 0 for end in ends) else "↕"
    amount = CHANGE[lang]["to"].join(_signed(end) for end in ends)
    if unit == "%":
        return f"{arrow} {amount}{CHANGE[lang]['points']}"
    return f"{arrow} {amount}{unit or ''}"


def change_phrase(change: Change, labels: tuple[str, str], lang: str = "en") -> str:
    """The change in words: '↓ −1 pp; the 左右 (about) was dropped', 'only in 2022'."""
    words = CHANGE[lang]
    if change.how in ("only_a", "only_b"):
        return words["only"].format(labels[0] if change.how == "only_a" else labels[1])
    if change.how == "delta" and change.delta is not None:
        parts = [delta_phrase(change.delta, change.unit, lang, change.delta_max)]
    else:
        parts = [words[change.how]]
    if change.qualifier is not None:
        parts.append(qualifier_change(*change.qualifier, lang=lang))
    return words["and"].join(parts)


# -- the ladder of governments (jfq ladder, jfq peers) --------------------------------------

WHY_NO_MARGIN = {
    "en": {"no_target": "", "no_number": "no number to compare", "not_a_rate": "not a rate",
           "top": "top of the ladder", "none_above": "no target above"},
    "zh": {"no_target": "", "no_number": "无数值可比", "not_a_rate": "非增速指标",
           "top": "最高一级", "none_above": "上级无此目标"},
}  # fmt: skip


def margin_phrase(low: float, high: float, over: Target, lang: str = "en") -> str:
    """'+2 pp over ≈5%', '+2–2.5 pp over 4.5–5%', '−0.5 pp under ≥7%' (zh: 高于…2个百分点)."""

    def signed(x: float) -> str:
        return f"{'+' if x > 0 else '−' if x < 0 else '±'}{number(round(abs(x), 4))}"

    amount = signed(low) if low == high else f"{signed(low)}–{number(round(abs(high), 4))}"
    if lang == "zh":
        return f"较上级“{value_phrase(over)}”{amount}个百分点"
    return f"{amount} pp {'under' if high < 0 else 'over'} {value_phrase(over)}"


def spread_phrase(spread: float, unit: str | None) -> str:
    """The highest minus the lowest of a lineup: 2 pp for rates, 300人 for counts."""
    return f"{number(spread)} pp" if unit == "%" else f"{number(spread)}{unit or ''}"


def result_label(lang: str = "en") -> str:
    """What stands before a result in a ladder's cell (完成 is the status's word)."""
    return "实际" if lang == "zh" else "result"


def no_margin(reason: str, lang: str = "en") -> str:
    return WHY_NO_MARGIN[lang].get(reason, reason)


def ladder_legend(lang: str) -> str:
    """Under a ladder: how to read its cells."""
    if lang == "zh":
        return "每格：目标；较上一级高出的百分点；完成情况与状态。出处：本行各数据的来源（见下）。"
    return (
        "Each cell: the target; its margin over the level above, in percentage points; the "
        "result and whether the target was met. Src: the sources of the row's figures (below)."
    )


def ladder_title(region: str, year: int, lang: str = "en") -> str:
    if lang == "zh":
        return f"{region} {year}年 目标逐级对照（层层加码）"
    return f"{region} {year} · targets up the ladder of governments (层层加码)"


def peers_title(
    name: str, level: str, within: str, year: int, *, kind: str, lang: str = "en"
) -> str:
    what = {"target": ("targets", "目标"), "actual": ("results", "完成情况")}[kind]
    if lang == "zh":
        return f"{within}各{level} {year}年 {name}{what[1]}排序"
    return f"{name} {what[0]} · every {level} within {within} · {year}"


def peers_group(count: int, level: str, within: str, lang: Lang) -> str:
    """The home screen's line for a group of peers: 17 more 市 within 河南省."""
    if lang is Lang.zh:
        return f"{within}的其他{level} {count}个"
    return f"{count} more {level} within {within}"


def other_documents(count: int, lang: Lang) -> str:
    """The home screen's line for the other pages jfq quotes (news digests of the nation's,
    Henan's and its peers' reports, articles that define terms, pages that give codes)."""
    if lang is Lang.zh:
        return f"另有jfq引用的网页{count}个（jfq overview -f json 列出全部）"
    return f"and {count} other pages jfq quotes (jfq overview -f json lists them all)"


def median_line(median: float | None, unit: str | None, count: int, lang: str = "en") -> str:
    shown = "—" if median is None else f"{number(median)}{unit or ''}"
    if lang == "zh":
        return f"中位数 {shown}（{count}个有数值的地区）"
    return f"median {shown} ({count} ranked)"
