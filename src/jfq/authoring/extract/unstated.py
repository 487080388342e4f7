"""What states no figure though it holds a digit: a report's title or dateline, and a
place's profile (its area, what it administers, its people); and prose, which holds none.
Split from reviews.py, which asks it of every sentence first."""

from __future__ import annotations

import re

from jfq.authoring.extract.qualitative import INCOME_IN_STEP
from jfq.authoring.extract.sentences import DIGIT
from jfq.authoring.extract.years import YEAR

_REPORT = re.compile(r"报告|報告")
_ARABIC_DIGIT = re.compile(r"\d")  # (第十八届 is no figure: the congress a dateline names)
_DAY = re.compile(r"(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日")


# A place's profile: its area and what it administers (幅员面积85平方公里,辖16个村社区).
_A_PLACES_PROFILE = re.compile(r"面积[\d.]+万?平方公里[^。;]{0,12}?辖[\d一二两三四五六七八九十]")
# …and no result of the year beside it (…,辖16个村,2023年实现地区生产总值10亿元: a review's).
_A_RESULT = re.compile(r"(?:实现|完成|增长|下降|达到|同比|比上年|新增|累计)[^,;。]{0,12}?\d")


def states_nothing(norm: str, a: int, b: int) -> bool:
    """Prose (most of a report: no number, and no income in step with the economy), a
    place's profile with no result beside it (幅员面积85平方公里,辖16个村社区,总人口5.21万人), or
    a line that dates the report and not the lines under it (过去一年…完成125亿元 is last
    year's): its title (2024年某县政府工作报告) or its dateline (——2024年1月6日在霍邱县第十八
    届人民代表大会第三次会议上), whose only numbers are the date."""
    if not DIGIT.search(norm, a, b):  # (every in-step phrase holds 同步: found fast first)
        return norm.find("同步", a, b) < 0 or INCOME_IN_STEP.search(norm, a, b) is None
    if _A_PLACES_PROFILE.search(norm, a, b) and not _A_RESULT.search(norm, a, b):
        return True  # 周嘉镇位于…,幅员面积85平方公里,辖16个村社区,总人口5.21万人: what it is
    if b - a > 60:
        return False
    line = norm[a:b]
    if _DAY.search(line) and not _ARABIC_DIGIT.search(_DAY.sub("", line)):
        return True
    return (len(line) <= 40 and _REPORT.search(line) is not None
            and not _ARABIC_DIGIT.search(YEAR.sub("", line)))  # fmt: skip
