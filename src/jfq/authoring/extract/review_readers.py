"""What the sentences of a review read so far say of the next one: the years its paragraph
names, and the headings it stands under.  Split from reviews.py, whose loop asks them of
every sentence.
"""

from __future__ import annotations

from jfq.authoring.extract.months_review import MonthsReview
from jfq.authoring.extract.paragraph_years import ParagraphYears
from jfq.authoring.extract.period_headings import PeriodHeading, PlanHeading, ReviewHeading
from jfq.authoring.extract.plans import PlanMood


class Readers:
    """The readers every sentence of a review passes, in the text's order: each keeps
    what it has heard (see paragraph_years.py, period_headings.py and plans.py)."""

    def __init__(self, norm: str, year: int, review_end: int, *, review_only: bool) -> None:
        self.paragraph = ParagraphYears(norm, review_end, year)
        self.heading = PeriodHeading(norm, year)  # 过去5年 as a heading: its list's years
        self.review = ReviewHeading(norm, year)  # (一、2017年工作回顾, 2019年工作回顾⏎…)
        self.plan = PlanHeading(norm, year)  # (“十四五”主要目标⏎…力争…4000家以上: the plan's)
        # (一、2019年上半年…计划执行情况⏎…: so far; a text with a block of targets sets them)
        self.months = MonthsReview(norm, year, review_end=review_end)
        # (a plan in prose only where no targets block says where the review ends: plans.py)
        self.mood = PlanMood(norm, year if review_end == len(norm) and not review_only else 0)

    def read(self, a: int, b: int) -> tuple[int | None, bool, int | None, ReviewHeading | None]:
        """The sentence [a, b)'s years over (a heading's span), whether a plan in prose is
        under way, the horizon of a plan's heading, and the review heading over it, if any."""
        self.paragraph.begin(a)
        over, planning = self.heading.read(a, b), self.mood.read(a, b)
        horizon = self.plan.read(a, b)
        self.months.read(a, b)
        reviewing = self.review.read(a, b, announcing=self.mood.announcing)
        return over, planning, horizon, self.review if reviewing else None
