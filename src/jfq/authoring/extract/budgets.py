"""The budget a result's share names (财政总收入4348万元,占年初预算10065万元的43.2%): the
year's target for the figure, drafted beside the result and its share.

Budget reports say it of every line of revenue and spending, and plan reports of a year's
task (为全年任务740万元的56.6%).  reviews.py reads the result and its share (the share's
words, comparisons.OF_THE_BUDGET, hold the amount); this module reads the amount.
"""

from __future__ import annotations

import re

from jfq.authoring.extract.blocks import Found
from jfq.authoring.extract.figures import Figure
from jfq.authoring.extract.months_rows import year_of_a_row
from jfq.authoring.extract.text import Text

# The amount a share is of, right after the verb (占年初预算10065万元的43.2%, 为调整预算数47400万
# 元的, 完成全年固投任务152亿元的, 完成年计划710亿元的): not a share of a thing or of
# another's budget (占一般公共预算支出预算数50亿元的10%), nor of a project's whole plan (完成计划投
# 资50亿元的30%), nor of last year's.
_BUDGETED = re.compile(
    r"(?:占|为|完成|达到?)(?:[区县市]?本级)?(?:(?:年初|调整后?|年度|全年)?的?预算数?|"
    r"(?:全年|年度?|年初)[^,;。\d的]{0,4}?(?:目标任务|目标|任务|计划(?:投资)?)|目标任务|任务)"
    r"(?P<value>\d[\d,]*(?:\.\d+)?)(?P<unit>[万亿]*元)的[\d.]+%$"
)
_LOOK_BACK = 40  # characters before a share's end: its words and the amount


def budgeted(text: Text, done: list[Found], year: int) -> list[Found]:
    """A target for each result's share of a budget that names its amount, for the year of
    the result (``year``: the report's), under the result's name."""
    found: list[Found] = []
    # (为年初预算…的105.9%,为调整预算…的104.2%: a sentence's first budget of a figure)
    said: set[tuple[str, tuple[int, int]]] = set()
    for result in done:
        figure = result.figure
        if figure.measure != "share" or figure.unit != "%" or not figure.name:
            continue
        end = result.phrase[1]
        amount = _BUDGETED.search(text.norm, max(result.quote[0], end - _LOOK_BACK), end)
        if amount is None:
            continue
        when, _ = year_of_a_row(text.norm, result, year)
        name = figure.share_of or figure.name  # (the name the share's row takes: _rows)
        if (name, result.quote) in said:
            continue
        said.add((name, result.quote))
        a, b = amount.start("value"), amount.end("unit")
        value = float(amount["value"].replace(",", ""))
        unit = text.cut(*amount.span("unit"))
        budget = Figure(name=name, value=value, unit=unit, phrase=(a - result.at, b - result.at))
        found.append(Found("target", budget, result.quote, when, result.at, lead=result.lead))
    return found
