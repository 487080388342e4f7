"""Whose report it is and for which year: read from the title, the date line and the text.

Each guess is said in a note, so the person reviewing the draft knows what to check; a
text that names no year or no region asks for --year or --region.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from jfq.authoring.extract import cues
from jfq.authoring.extract.subjects import Regions
from jfq.authoring.extract.text import Text
from jfq.errors import UsageError

_YEAR = re.compile(r"((?:19|20)\d\d)年")
_STATEMENT = rf"((?:19|20)\d\d)年[^。\n]{{0,30}}{cues.TARGET_CUE.pattern}"
# A year and its target in a headline: 2023年GDP目标为增长5%左右 (not 完成2022年目标任务).
_STATED = re.compile(r"(?<!完成)(?<!实现)((?:19|20)\d\d)年[^。,\n]{0,12}?目标(?!任务)")
_HORIZON_BEFORE = ("到", "至", "比", "较", "截至", "截止", "迄", "于")
# A deadline strived for (力争2025年底建成通车): a horizon too, but not 力争2024年地区生产总值…
_DEADLINE = re.compile(r"(?:力争|确保)((?:19|20)\d\d)年(?:底|末)")
_HORIZON_AFTER = ("远景", "前", "以前", "之前", "年前")
# A news page's date line: 2026-03-05, 2026/3/5 (near the top).
_PUBLISHED = re.compile(
    r"(?<!\d)((?:19|20)\d\d)[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])"
)
_OWN = ("全区", "全市", "全县", "全省", "本区", "本市", "全国", "地区")
# The body that signs a text: 河南省十四届人大, 解放区人民政府, 焦作市统计局.
_SIGNATURE = re.compile(
    r"((?:(?![在的于和与及日月年是为从向到对将])[\u4e00-\u9fff]){2,8}?(?:自治区|省|市|区|县|旗))"
    r"(?:人民政府|统计局|第?[一二三四五六七八九十]+届人大|第?[一二三四五六七八九十]+届人民代表大会)"
)
# Characters no place name holds: 工作报告确定了我市 is a sentence, not a name.
_FUNCTION_CHARS = re.compile(r"[了我的在是为从向到对将和与及工作报告]")
_NATIONAL = re.compile(r"全国人民代表大会|全国人大|国务院总理|全国政协")
# Words before 区 or 县 that make no place: 人民政府区长, 人均地区生产总值, 协作区.
_NOT_NAMES = tuple(
    "政府 人均 协作 城区 园区 景区 片区 小区 街区 校区 市区 郊区 地区 辖区 山区 老区 灾区 社区 "
    "功能 开发 试验 自贸".split()
)
# What no place's name holds before its 区 or 县: a date's or the region's own words (2024年全区
# …: 年全区 is no district; 本县, 我区, 该区, 各区).
_NO_PLACE = re.compile(r"[年月日全本我该各两三四五六七八九十\d]")
_REGION = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:自治区|新区|示范区|区|县|市|省|旗|州)")


def title_of(text: Text) -> str:
    """The line that names the report, else the first line (at most 60 characters)."""
    lines = [line.strip() for line in text.original.splitlines() if line.strip()]
    for line in lines:
        if ("工作报告" in line or "工作報告" in line) and len(line) < 60:
            return line
    return lines[0][:60] if lines else "untitled"


def year_of(
    text: Text, notes: list[str], *, needed: bool = True, review_end: int | None = None
) -> int | None:
    """The year the report is for (its targets' year); said in ``notes`` how it was found.

    In order: the title, the date it was delivered, a target statement that names its
    year, a review heading (2025年工作回顾: the report is the next year's), the year the
    text names most (the later of two named as often; not a horizon, 到2035年, nor a base,
    比2020年; and the year after it when it is named only in the review before the
    targets, ``review_end``), and last the date a news page was published.  None when
    the text names no year and none is ``needed`` (a glossary alone).
    """
    norm = text.norm
    for pattern, how, after in (
        (r"((?:19|20)\d\d)年[^\n]{0,20}政府工作报告", "from the title", 0),
        (r"((?:19|20)\d\d)年\d{1,2}月\d{1,2}日在", "from the date the report was delivered", 0),
        (_STATEMENT, "from the target statement", 0),
        (
            r"((?:19|20)\d\d)年(?:工作)?回顾|回顾了?((?:19|20)\d\d)年",
            "the year after the one its review names",
            1,
        ),
    ):
        match = re.search(pattern, norm)
        if match:
            found = int(next(g for g in match.groups() if g)) + after
            notes.append(f"year {found}: {how} ({text.cut(*match.span())!r})")
            return found
    published = _PUBLISHED.search(norm[:200])
    named = [(int(m[1]), m.start()) for m in _YEAR.finditer(norm) if not _aside(norm, m)]
    if published:  # a year after the page was published is a horizon (2035年人均GDP…)
        named = [(y, at) for y, at in named if y <= int(published[1])]
    stated = _STATED.search(norm)
    if stated:
        notes.append(f"year {stated[1]}: from {text.cut(*stated.span())!r}")
        return int(stated[1])
    if named:
        years = [y for y, _ in named]
        # Of years named as often, the later: a report reviews the year before its own
        # (初步预计,2017年全年… then 2018年,…定下了小目标).
        guess = max(set(years), key=lambda y: (years.count(y), y))
        tied = sum(years.count(y) == years.count(guess) for y in set(years)) > 1
        if review_end is not None and all(
            at < review_end and _states_a_figure(norm, at) for y, at in named if y == guess
        ):
            notes.append(f"year {guess + 1}: guessed, the year after the one its review names "
                         f"most ({guess}); use --year")  # fmt: skip
            return guess + 1
        most = "the later of the years" if tied else "the year"
        notes.append(f"year {guess}: guessed ({most} the text names most); use --year")
        return guess
    if published:
        notes.append(f"year {published[1]}: guessed from the date the page was published "
                     f"({published[0].strip()!r}); use --year")  # fmt: skip
        return int(published[1])
    if not needed:
        return None
    raise UsageError("the text names no year: give the report's year with --year")


def _states_a_figure(norm: str, at: int) -> bool:
    """2021年,我国国内生产总值达到114万亿元: the year is a review's, with its figures (not
    a title's: 示例新区2025年经济工作会议)."""
    end = min(x for x in (norm.find("。", at), norm.find("\n", at), len(norm)) if x >= 0)
    return re.search(r"\d", norm[at + 5 : end]) is not None


def _aside(norm: str, match: re.Match[str]) -> bool:
    """到2035年, 比2020年翻一番, 2035年远景目标: a year named beside the report's own."""
    before = norm[max(0, match.start() - 2) : match.start()]
    deadline = _DEADLINE.match(norm, max(0, match.start() - 2)) is not None
    return (
        before.endswith(_HORIZON_BEFORE) or norm.startswith(_HORIZON_AFTER, match.end()) or deadline
    )


def region_of(
    text: Text, title: str, notes: list[str], known: Mapping[str, str] | None = None
) -> str:
    """The government the report is by: from the title, the congress it was given at, the
    body that signs it (河南省十四届人大, 解放区人民政府区长, 焦作市统计局), the nation's
    congress or premier, else the region the text names most.  ``known`` region names
    (the data's regions and their aliases) are preferred where a guess is made."""
    norm = text.norm
    found = Text(title).norm if "政府工作报告" in Text(title).norm else ""
    if not found:
        match = re.search(r"在([\u4e00-\u9fff]{1,10}?[区县市省旗])[^\n]{0,12}人民代表大会", norm)
        found = match[1] if match else ""
    units = [u.lstrip("年") for u in _REGION.findall(found)
             if u.lstrip("年") not in _OWN and not _FUNCTION_CHARS.search(u)]  # fmt: skip
    if units:
        notes.append(f"region {units[-1]}: from {found!r}")
        return _original(text, units[-1])
    signed = _SIGNATURE.search(norm)
    if signed:
        name = _proper_name(norm, signed[1], known)
        notes.append(f"region {name}: from {text.cut(*signed.span())!r}")
        return _original(text, name)
    national = _NATIONAL.search(norm)
    if national:
        notes.append(f"region 全国: from {text.cut(*national.span())!r}")
        return "全国"
    return _most_named(text, known, notes)


def _proper_name(norm: str, candidate: str, known: Mapping[str, str] | None) -> str:
    """The place name at the end of ``candidate`` (今天河南省 -> 河南省): a known name,
    else the shortest ending of two characters and its suffix that the text also writes
    elsewhere on its own, else the candidate's last three characters."""
    for spelling in sorted(known or {}, key=len, reverse=True):
        if candidate.endswith(spelling) and known is not None:
            return known[spelling]
    for size in range(3, len(candidate)):
        ending = candidate[-size:]
        if re.search(rf"(?<![\u4e00-\u9fff]){re.escape(ending)}", norm):
            return ending
    return candidate[-3:]


def _most_named(text: Text, known: Mapping[str, str] | None, notes: list[str]) -> str:
    norm = text.norm
    counts: dict[str, int] = {}
    for spelling, name in (known or {}).items():
        if len(spelling) >= 2 and spelling in norm:
            counts[name] = counts.get(name, 0) + norm.count(spelling)
    named = re.findall(r"[\u4e00-\u9fff]{2}(?:示范区|新区|区|县)(?=[\u4e00-\u9fff])", norm)
    named = [n for n in named if n not in _OWN and n[:2] not in _NOT_NAMES and n[1:] != "地区"
             and not _NO_PLACE.search(n[:2])]  # fmt: skip
    other = max(set(named), key=named.count) if named else None
    if counts:
        guess = max(counts, key=lambda name: (counts[name], len(name)))
        if other is None or named.count(other) <= counts[guess]:
            notes.append(f"region {guess}: guessed (the known region the text names most); "
                         "use --region")  # fmt: skip
            return guess
    if other is not None:
        notes.append(f"region {other}: guessed (the one the text names most); use --region")
        return _original(text, other)
    raise UsageError("the text names no region: give it with --region")


def _original(text: Text, name: str) -> str:
    """``name`` (found in the normalised text) as the original writes it."""
    at = text.norm.find(name)
    return text.name(at, at + len(name)) if at >= 0 else name


def lead_region(text: Text, start: int, end: int, default: str, regions: Regions) -> str:
    """The region a block's lead-in names (2024年郑州市主要目标…), else ``default``: a region
    the data knows, named in the lead's last clause (not 年全市 of 2017年全市…, nor 中国 of
    按照中国式现代化要求,2024年全县主要预期目标…)."""
    cue = _LEAD_ENDS.search(text.norm, start, end)
    lead = text.norm[start : cue.start() if cue else start]
    named = regions.named_in(re.split(r"[,;]", lead)[-1])
    return named[-1] if len(named) == 1 else default


# Where a lead-in ends: its cue (主要目标, 预期目标) or the first figure.
_LEAD_ENDS = re.compile(r"目标|\d+(?:\.\d+)?%")
