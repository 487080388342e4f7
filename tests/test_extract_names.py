"""What a figure is named: the words inside a name that are none of it, and what a name
takes from the clause before it.  Each test is a fault an unseen batch or a review found
(it says which), reproduced before it was fixed."""

from __future__ import annotations

from typing import Any

from jfq.authoring.extract import extract


def drafted(text: str, year: int = 2025) -> list[tuple[Any, ...]]:
    draft = extract(text, region="示例县", year=year)
    return [(r.kind, r.name, r.value) for r in draft.targets]


def test_how_a_figure_is_priced_is_no_part_of_its_name_inside_it_either() -> None:
    # results/beilin-2024: 农林牧渔业可比价总产值 (可比价 was dropped only before a name)
    assert drafted("过去一年,农林牧渔业可比价总产值增长4.1%,达到52亿元。") == [
        ("actual", "农林牧渔业总产值", 4.1), ("actual", "农林牧渔业总产值", 52)]  # fmt: skip
