"""Whether a target was met: the literal rule, one place."""

from __future__ import annotations

import math

from jfq.data.model import Status, Target
from jfq.search.normalize import simplified

MET: Status = "met"
NOT_MET: Status = "not met"
NO_DATA: Status = "no data"
UNRATED: Status = "unrated"

# Indicators whose target is a ceiling, whatever its qualifier: a rate to be held down.
# 居民消费价格涨幅3%左右 and 城镇调查失业率5.5%左右 are met by 0.2% and 5.2%, not missed.
CEILINGS = frozenset(
    {"cpi_growth", "urban_surveyed_unemployment_rate", "registered_unemployment_rate"}
)

# An end of an interval: its value and whether the value itself lies outside (an open end:
# 9000余 is above 9000, never 9000 itself; 近4亿元 is below 4, never 4 itself).
End = tuple[float, bool]


def same_unit(a: Target, b: Target) -> bool:
    """万人 and 萬人 are one unit: a traditional copy writes the nation's figures."""
    return a.unit is not None and b.unit is not None and simplified(a.unit) == simplified(b.unit)


def _span(row: Target) -> tuple[End, End]:
    """The interval a result states, on the signed axis: 6611 -> [6611, 6611];
    9000余 -> (9000, inf); 9000以上 -> [9000, inf); 近4亿元 -> (-inf, 4); 下降5%以上 ->
    (-inf, -5].  The README's reading of each qualifier: 余/多/突破 above it, 近 below it,
    by an amount unsaid."""
    assert row.value is not None
    low: End = (row.value, False)
    high: End = (row.value_max if row.value_max is not None else row.value, False)
    if row.comparator == "at_least":
        high = (math.inf, False)
    elif row.comparator == "over":
        low, high = (row.value, True), (math.inf, False)
    elif row.comparator == "at_most":
        low = (-math.inf, False)
    elif row.comparator == "nearly":
        low, high = (-math.inf, False), (row.value, True)
    return _turned((low, high)) if row.direction == "down" else (low, high)


def _turned(span: tuple[End, End]) -> tuple[End, End]:
    """The interval read the other way round: a fall read as its depth."""
    (low, low_open), (high, high_open) = span
    return (-high, high_open), (-low, low_open)


def _floor(span: tuple[End, End], floor: float, comparator: str) -> Status:
    """A target to reach: every result in ``span`` is at least ``floor``, or every one short.

    over: more than the floor (5000人 is not over 5000人).  nearly: a figure below the floor,
    how far below unsaid, so a result short of the floor may or may not reach it.
    """
    (low, low_open), (high, high_open) = span
    if comparator == "over":
        reached = low > floor or (low == floor and low_open)
        short = high <= floor
    else:
        reached = low >= floor
        short = comparator != "nearly" and (high < floor or (high == floor and high_open))
    return MET if reached else NOT_MET if short else UNRATED


def _ceiling(span: tuple[End, End], limit: float, comparator: str) -> Status:
    """A target held down: every result in ``span`` at most ``limit``, or every one over.

    A limit over 3 (how far unsaid) is kept by 3 or less and may or may not be by more; a
    limit nearly 3 is broken by 3 or more and may or may not be by less.
    """
    (low, low_open), (high, _) = span
    kept = comparator != "nearly" and high <= limit
    if comparator == "nearly":
        broken = low >= limit
    else:
        broken = comparator != "over" and (low > limit or (low == limit and low_open))
    return MET if kept else NOT_MET if broken else UNRATED


def status(target: Target, actual: Target | None) -> Status:
    """met / not met / no data / unrated (no number, another unit, or a result the target's
    words leave open).

    The rule is literal: a target met is one the actual reaches (≥ the value, > it for an
    "over" target, or ≤ it for 以内 targets and for the CEILINGS, rates held down); "about 8%"
    is not met by 7.9%, nor a growth target by a fall.  A target to cut (下降3%) is met by a
    fall as deep.  A stated share of target (完成市定目标的275%) decides on its own.
    """
    if actual is None:
        return NO_DATA
    if actual.share_of_target is not None:
        return MET if actual.share_of_target >= 100 else NOT_MET
    if target.value is None or actual.value is None or not same_unit(target, actual):
        return UNRATED
    span = _span(actual)
    if target.direction == "down":  # 下降3%: met by a fall of 3% or more, read as its depth
        span = _turned(span)
    if target.comparator == "at_most" or target.key in CEILINGS:
        # a ceiling of 2-3% is 3%: a rise of 2.5% stays under it
        limit = target.value_max if target.value_max is not None else target.value
        return _ceiling(span, limit, target.comparator)
    return _floor(span, target.value, target.comparator)
