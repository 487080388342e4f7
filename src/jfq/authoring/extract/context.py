"""Whose report it is and for which year: read from the title, the date line and the text.

Each guess is said in a note, so the person reviewing the draft knows what to check; a
text that names no year or no region asks for --year or --region.
"""

from __future__ import annotations

import re

from jfq.authoring.extract.text import Text
from jfq.errors import UsageError

_YEAR = re.compile(r"((?:19|20)\d\d)年")
_OWN = ("全区", "全市", "全县", "全省", "本区", "本市", "全国", "地区")
_REGION = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:自治区|新区|示范区|区|县|市|省|旗|州)")


def title_of(text: Text) -> str:
    """The line that names the report, else the first line (at most 60 characters)."""
    lines = [line.strip() for line in text.original.splitlines() if line.strip()]
    for line in lines:
        if ("工作报告" in line or "工作報告" in line) and len(line) < 60:
            return line
    return lines[0][:60] if lines else "untitled"


def year_of(text: Text, notes: list[str], *, needed: bool = True) -> int | None:
    """The year the report is for (its targets' year); said in ``notes`` how it was found.

    None when the text names no year and none is ``needed`` (a glossary alone).
    """
    norm = text.norm
    for pattern, how in (
        (r"((?:19|20)\d\d)年[^\n]{0,20}政府工作报告", "from the title"),
        (r"((?:19|20)\d\d)年\d{1,2}月\d{1,2}日在", "from the date the report was delivered"),
        (r"((?:19|20)\d\d)年[^。\n]{0,30}(?:主要预期目标|预期目标)", "from the target statement"),
    ):
        match = re.search(pattern, norm)
        if match:
            notes.append(f"year {match[1]}: {how} ({text.cut(*match.span())!r})")
            return int(match[1])
    years = [int(y) for y in _YEAR.findall(norm)]
    if years:
        guess = max(set(years), key=years.count)
        notes.append(f"year {guess}: guessed (the year the text names most); use --year")
        return guess
    if not needed:
        return None
    raise UsageError("the text names no year: give the report's year with --year")


def region_of(text: Text, title: str, notes: list[str]) -> str:
    """The government the report is by: from the title, the congress it was given at, or
    the region the text names most."""
    norm = text.norm
    found = Text(title).norm if "政府工作报告" in Text(title).norm else ""
    if not found:
        match = re.search(r"在([\u4e00-\u9fff]{1,10}?[区县市省旗])[^\n]{0,12}人民代表大会", norm)
        found = match[1] if match else ""
    units = [u.lstrip("年") for u in _REGION.findall(found) if u.lstrip("年") not in _OWN]
    if units:
        notes.append(f"region {units[-1]}: from {found!r}")
        return _original(text, units[-1])
    named = re.findall(r"[\u4e00-\u9fff]{2}(?:示范区|新区|区|县)(?=[\u4e00-\u9fff])", norm)
    named = [name for name in named if name not in _OWN]
    if named:
        guess = max(set(named), key=named.count)
        notes.append(f"region {guess}: guessed (the one the text names most); use --region")
        return _original(text, guess)
    raise UsageError("the text names no region: give it with --region")


def _original(text: Text, name: str) -> str:
    """``name`` (found in the normalised text) as the original writes it."""
    at = text.norm.find(name)
    return text.name(at, at + len(name)) if at >= 0 else name


def lead_region(text: Text, start: int, end: int, default: str) -> str:
    """The region a lead-in names (2022年坪山区经济社会发展的主要预期目标…), else ``default``."""
    found = re.findall(
        r"([\u4e00-\u9fff]{1,8}?(?:示范区|新区|区|县|市|省))(?:今年|明年|\d|经济|的|全年)",
        text.norm[start:end],
    )
    names = [re.sub(r"^(?:今年|明年|全年|全)", "", n) for n in found]
    names = [n for n in names if n and n not in _OWN and len(n) >= 2]
    if not names:
        return default
    at = text.norm.find(names[-1], start, end)
    return text.name(at, at + len(names[-1])) if at >= 0 else names[-1]
