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


def same_unit(a: Target, b: Target) -> bool:
    """万人 and 萬人 are one unit: a traditional copy writes the nation's figures."""
    return a.unit is not None and b.unit is not None and simplified(a.unit) == simplified(b.unit)


def _bounds(row: Target) -> tuple[float, float]:
    """The interval an actual figure states, on the signed axis: 6611 -> [6611, 6611];
    9000余 -> (9000, inf); 近4亿元 -> (-inf, 4]; 下降5%以上 -> (-inf, -5]."""
    assert row.value is not None
    low = row.value
    high = row.value_max if row.value_max is not None else row.value
    if row.comparator in ("at_least", "over"):  # 9000余万元: above 9000, by how much unsaid
        high = math.inf
    elif row.comparator in ("at_most", "nearly"):  # 近4亿元: below 4, by how much unsaid
        low = -math.inf
    return (-high, -low) if row.direction == "down" else (low, high)


def status(target: Target, actual: Target | None) -> Status:
    """met / not met / no data / unrated (a target with no number, or a figure in another unit).

    The rule is literal: a target met is one the actual reaches (≥ the value,
    or ≤ it for 以内 targets and for the CEILINGS, rates held down); "about 8%" is not
    met by 7.9%, nor a growth target by a fall.  A target to cut (下降3%) is met by a fall as
    deep.  A stated share of target (完成市定目标的275%) decides on its own.
    """
    if actual is None:
        return NO_DATA
    if actual.share_of_target is not None:
        return MET if actual.share_of_target >= 100 else NOT_MET
    if target.value is None or actual.value is None or not same_unit(target, actual):
        return UNRATED
    low, high = _bounds(actual)
    if target.direction == "down":  # 下降3%: met by a fall of 3% or more, read as its depth
        low, high, actual_over = -high, -low, False
    else:
        actual_over = actual.comparator == "over"
    if target.comparator == "at_most" or target.key in CEILINGS:
        # a ceiling of 2-3% is 3%: a rise of 2.5% stays under it
        limit = target.value_max if target.value_max is not None else target.value
        # 9000余 is above 9000 even where its interval starts at 9000.
        above = low > limit or (low == limit and actual_over)
        return MET if high <= limit else NOT_MET if above else UNRATED
    return MET if low >= target.value else NOT_MET if high < target.value else UNRATED
