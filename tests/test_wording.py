"""How values, changes and statuses are worded: the words readers quote."""

from __future__ import annotations

import re
import typing
from typing import Any

import pytest

from jfq.data.model import Comparator, Source, Target
from jfq.errors import UsageError
from jfq.render.wording import change_phrase, delta_phrase, in_words, value_phrase
from jfq.render.wording import qualifier_change as qualifier_words
from jfq.targets.compare import change_of, compared_row
from jfq.targets.regions import parse_year
from jfq.targets.status import status


def change_words(
    a: Target | None, b: Target | None, a_label: str, b_label: str, lang: str = "en"
) -> str:
    """The change from a to b as a screen words it."""
    return change_phrase(change_of(a, b), (a_label, b_label), lang)


def qualifier_change(a: Target, b: Target, lang: str = "en") -> str | None:
    moved = change_of(a, b).qualifier
    return None if moved is None else qualifier_words(*moved, lang=lang)


def row(
    value: float | None = 8, comparator: str = "exact", unit: str | None = "%", **kw: Any
) -> Target:
    fields: dict[str, Any] = {
        "region": "解放区",
        "year": 2022,
        "kind": "target",
        "tier": "headline",
        "key": "gdp_growth",
        "name": "地区生产总值",
        "en": "GDP growth",
        "value": value,
        "unit": unit,
        "comparator": comparator,
        "text": "t",
        "sources": [Source(doc="004", quote="t")],
    }
    fields.update(kw)
    return Target(**fields)


@pytest.mark.parametrize(
    ("target", "phrase"),
    [
        (row(8, "about"), "≈8%"),
        (row(10, "at_least"), "≥10%"),
        (row(3, "at_most"), "≤3%"),
        (row(7), "7%"),
        (row(6, "range", value_max=6.5), "6–6.5%"),
        (row(181.8, unit="亿元"), "181.8亿元"),
        (row(6611.0, unit="人"), "6611人"),
        (row(4, "nearly", unit="亿元"), "≲4亿元"),
        (row(9000, "over", unit="万元"), ">9000万元"),  # 9000余万元: more than, not at least
        (row(None, "in_step", None, text="与经济增长同步"), "与经济增长同步"),
        (row(8, aim=9), "8% (→9%)"),  # 保8%、争9%: the aim after the value (stop 43)
        (row(7, "at_least", aim=8), "≥7% (→8%)"),
    ],
)
def test_value_phrase(target: Target, phrase: str) -> None:
    assert value_phrase(target) == phrase


def test_delta_in_percentage_points_and_units() -> None:
    assert delta_phrase(-1, "%") == "↓ −1 pp"
    assert delta_phrase(0.5, "%") == "↑ +0.5 pp"
    assert delta_phrase(0, "%") == "→ ±0 pp"
    assert delta_phrase(500, "人") == "↑ +500人"


def test_qualifier_changes() -> None:
    assert qualifier_change(row(8, "about"), row(7)) == "the 左右 (about) was dropped"
    assert qualifier_change(row(7), row(8, "about")) == "左右 (about) was added"
    assert qualifier_change(row(10, "at_least"), row(11, "at_least")) is None
    assert qualifier_change(row(5, "at_least"), row(6)) == "the 以上 (or more) was dropped"
    assert qualifier_change(row(3, "at_most"), row(3, "about")) == (
        "the qualifier changed from 以内 (at most) to 左右 (about)"
    )


# compare's Change column leaked the model's names (at_least, qualitative …): every
# comparator has words on the screen, in English and in Chinese.
@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("before", typing.get_args(Comparator))
@pytest.mark.parametrize("after", typing.get_args(Comparator))
def test_no_comparator_is_shown_by_its_internal_name(lang: str, before: str, after: str) -> None:
    if before == after:
        return
    words = qualifier_words(before, after, lang=lang)  # type: ignore[arg-type]
    # Neither name as the model writes it: not at_least, not qualitative, not "from range".
    assert not re.search(r"_|qualitative|exact", words), words
    assert f"from {before} " not in words and not words.endswith(f"to {after}"), words


@pytest.mark.parametrize(
    ("a", "b", "words"),
    [
        (row(8), row(6, "range", value_max=6.5), "↓ −1.5 to −2 pp"),  # the example
        (row(6, "range", value_max=6.5), row(7), "↑ +0.5 to +1 pp"),
        (row(6, "range", value_max=7), row(6.5), "↕ +0.5 to −0.5 pp"),
        (row(6, "range", value_max=6.5), row(7, "range", value_max=7.5), "↑ +1 pp"),
        # (and the 左右 that went is said: stop 43)
        (row(8, "about"), row(6, "range", value_max=6.5),
         "↓ −1.5 to −2 pp; the 左右 (about) was dropped"),
    ],
)  # fmt: skip
def test_a_range_moves_as_a_range(a: Target, b: Target, words: str) -> None:
    assert change_words(a, b, "2022", "2023") == words


@pytest.mark.parametrize(
    ("a", "b", "words"),
    [
        # stop 43's fault hunt, 2024 → 2025: a qualifier that came or went beside a range
        # was not said, though it is between two points
        (row(6, "range", value_max=6.5), row(6, "about"),
         "↕ ±0 to −0.5 pp; 左右 (about) was added"),
        (row(7, "at_least"), row(6.5, "range", value_max=7),
         "↕ ±0 to −0.5 pp; the 以上 (or more) was dropped"),
        (row(6, "range", value_max=7), row(7, "nearly"), "↕ ±0 to +1 pp; 近 (nearly) was added"),
        (row(6, "about"), row(5, "range", value_max=6),
         "↕ ±0 to −1 pp; the 左右 (about) was dropped"),
        # a range has no qualifier word: from or to a plain figure, the amounts say it all
        (row(8), row(6, "range", value_max=6.5), "↓ −1.5 to −2 pp"),
        (row(6, "range", value_max=6.5), row(7, "range", value_max=7.5), "↑ +1 pp"),
    ],
)  # fmt: skip
def test_a_qualifier_that_comes_or_goes_beside_a_range_is_said(
    a: Target, b: Target, words: str
) -> None:
    assert change_words(a, b, "2024", "2025") == words


def test_a_qualifier_beside_a_range_in_chinese() -> None:
    assert change_words(row(7, "at_least"), row(6.5, "range", value_max=7), "2024", "2025",
                        lang="zh") == "↕ ±0至−0.5个百分点；去掉了“以上”"  # fmt: skip


def test_a_range_moves_as_a_range_in_chinese_too() -> None:
    assert change_words(row(8), row(6, "range", value_max=6.5), "2022", "2023", lang="zh") == (
        "↓ −1.5至−2个百分点"
    )
    assert compared_row(row(8), row(6, "range", value_max=6.5)).delta_max == -1.5


def test_compared_row_words_the_change() -> None:
    def compare_rows(a: Target | None, b: Target | None) -> tuple[float | None, str]:
        compared = compared_row(a, b)
        return compared.delta, change_phrase(compared.change, ("2022", "2023"))

    assert compare_rows(row(8, "about"), row(7)) == (-1, "↓ −1 pp; the 左右 (about) was dropped")
    assert compare_rows(row(10, "at_least"), row(11, "at_least")) == (1, "↑ +1 pp")
    assert compare_rows(row(), None) == (None, "only in 2022")
    words = compare_rows(row(None, "in_step", None, text="a"), row(None, "in_step", None, text="b"))
    assert words == (None, "wording changed")


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        (row(2400, unit="人"), row(6611, unit="人", kind="actual"), "met"),
        (row(8, "about"), row(7.9, kind="actual"), "not met"),
        (row(10, "at_least"), row(10, kind="actual"), "met"),
        (row(3, "at_most"), row(3, "at_most", kind="actual"), "met"),
        (row(3, "at_most"), row(3.2, kind="actual"), "not met"),
        (row(9000, unit="万元"), row(9000, "at_least", "万元", kind="actual"), "met"),
        (row(9000, unit="万元"), row(9000, "over", "万元", kind="actual"), "met"),
        (row(9000, "at_most", "万元"), row(9000, "over", "万元", kind="actual"), "not met"),
        (row(5, unit="亿元"), row(4, "at_most", "亿元", kind="actual"), "not met"),
        (row(5, unit="亿元"), row(6, "at_most", "亿元", kind="actual"), "unrated"),
        (row(None, "in_step", None), row(5.3, kind="actual"), "unrated"),
        (row(8), row(181.8, unit="亿元", kind="actual"), "unrated"),
        (row(2400, unit="人"), row(100, unit="人", kind="actual", share_of_target=275), "met"),
        (row(8), None, "no data"),
        # the nation's 2024 jobs: a traditional copy writes 萬人, the target 万人
        (row(1200, "at_least", "万人"), row(1256, unit="萬人", kind="actual"), "met"),
        # a ceiling whatever its qualifier: 居民消费价格涨幅3%左右 is met by a 0.2% rise
        (row(3, "about", key="cpi_growth"), row(0.2, kind="actual", key="cpi_growth"), "met"),
        (row(5.5, "about", key="urban_surveyed_unemployment_rate"),
         row(5.6, kind="actual", key="urban_surveyed_unemployment_rate"), "not met"),
    ],
)  # fmt: skip
def test_status(target: Target, actual: Target | None, expected: str) -> None:
    assert status(target, actual) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("20x3", "'20x3' is not a year (write four digits, e.g. 2023)"),
        ("1899", "year 1899 is out of range (1949-2100)"),
        ("23", "'23' is not a year (write four digits, e.g. 2023)"),
    ],
)
def test_bad_years(text: str, message: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_year(text)
    assert caught.value.message == message


def test_the_change_in_chinese_for_lang_zh() -> None:
    assert change_words(row(8, "about"), row(7), "2022", "2023", lang="zh") == (
        "↓ −1个百分点；去掉了“左右”"
    )
    assert change_words(row(7), row(8, "at_least"), "2022", "2023", lang="zh") == (
        "↑ +1个百分点；加上了“以上”"
    )
    assert change_words(None, row(7), "2022", "2023", lang="zh") == "仅见于2023"
    assert qualifier_change(row(3, "at_most"), row(3, "about"), lang="zh") == (
        "限定由“以内”改为“左右”"
    )
    # The English is the JSON's "change" and stays as it was.
    assert change_words(row(8, "about"), row(7), "2022", "2023") == (
        "↓ −1 pp; the 左右 (about) was dropped"
    )


def test_nearly_is_nearly_not_at_most() -> None:
    # 近4亿元: a journalist quoting "at most 4" would misquote the source.
    nearly = row(4, "nearly", unit="亿元", kind="actual")
    assert in_words(nearly) == "nearly 4亿元"
    assert "at most" not in in_words(nearly) and "≤" not in value_phrase(nearly)
    assert status(row(5, unit="亿元"), nearly) == "not met"
    assert status(row(3, unit="亿元"), nearly) == "unrated"  # how far below 4 is unsaid
    assert qualifier_change(row(4, "nearly", unit="亿元"), row(4, unit="亿元")) == (
        "the 近 (nearly) was dropped"
    )


def test_the_data_says_nearly_where_the_source_says_jin(data_files) -> None:  # type: ignore[no-untyped-def]
    _, table = data_files
    with_jin = [r for r in table.targets if "近" in r.text and r.value is not None]
    assert with_jin and {r.comparator for r in with_jin} == {"nearly"}


def test_over_is_named_by_the_words_sources_write_for_it() -> None:
    # (全国 2023 → 2024: 超过126万亿元 → 134.9万亿元 had read "the 余 (over) was dropped",
    # a word the source never wrote; stop 42's fault hunt)
    assert qualifier_words("over", "exact", lang="en") == "the 超过/余 (over) was dropped"
    assert qualifier_words("over", "exact", lang="zh") == "去掉了“超过/余”"
