"""--lang: English first, Chinese only, or both (the default); JSON is the same in each."""

from __future__ import annotations

import typing
from collections.abc import Callable

import pytest
from conftest import Run

from jfq.data import model
from jfq.render.wording import (
    CATEGORIES_EN,
    CHINESE,
    COMPARATORS,
    MATCHES_EN,
    MATCHES_ZH,
    QUALIFIERS,
    SCOPES_EN,
    unit_in_english,
)
from jfq.search.lookup import MATCH_KINDS

Jfq = Callable[..., Run]
Golden = Callable[[str, str], None]


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("term_334", ["term", "334"]),
        ("targets_2023", ["targets", "--year", "2023"]),
        ("compare_2022_2023", ["compare", "2022", "2023"]),
        ("overview", ["overview"]),
    ],
)
def test_screens_in_each_language(
    jfq: Jfq, golden: Golden, name: str, args: list[str], lang: str
) -> None:
    run = jfq(*args, "--lang", lang)
    assert (run.code, run.stderr) == (0, "")
    golden(f"{name}.{lang}.txt", run.stdout)


def test_english_first_spells_out_the_qualifiers(jfq: Jfq) -> None:
    out = jfq("targets", "--year", "2022", "--lang", "en").stdout
    assert "GDP growth" in out and "about 8%" in out and "at least 10%" in out
    assert "≈" not in out and "≥" not in out
    assert "Units:" in out  # what 人, 个 … mean


def test_chinese_only_has_chinese_headings_and_no_english_names(jfq: Jfq) -> None:
    out = jfq("term", "三零", "--lang", "zh").stdout
    assert "释义" in out and "组成" in out and "来源" in out
    assert "three zeros" not in out and "Definition" not in out


def test_jfq_lang_sets_the_default_and_json_ignores_it(jfq: Jfq) -> None:
    english = jfq("term", "334", "-l", "en").stdout
    assert jfq("term", "334", env={"JFQ_LANG": "en"}).stdout == english
    plain = jfq("term", "334", "-f", "json").stdout
    assert jfq("term", "334", "-f", "json", "--lang", "en").stdout == plain


def test_home_screen_follows_jfq_lang(jfq: Jfq) -> None:
    assert "词语  193 条" in jfq(env={"JFQ_LANG": "zh"}).stdout
    nonsense = jfq(env={"JFQ_LANG": "nonsense"})
    assert "Glossary  193 entries" in nonsense.stdout
    assert nonsense.stderr == "jfq: JFQ_LANG='nonsense' is not both, en or zh; showing both\n"


@pytest.mark.parametrize(
    ("table", "values", "except_"),
    [
        (SCOPES_EN, model.Scope, set()),
        (CATEGORIES_EN, model.Category, set()),
        (MATCHES_ZH, MATCH_KINDS, {"exact"}),
        (MATCHES_EN, MATCH_KINDS, {"exact"}),
        ({**COMPARATORS["en"], **QUALIFIERS["en"]}, model.Comparator, set()),
        ({**COMPARATORS["zh"], **QUALIFIERS["zh"]}, model.Comparator, set()),
    ],
)
def test_every_value_has_its_translation(
    table: dict[str, str], values: object, except_: set[str]
) -> None:
    known = set(typing.get_args(values)) if not isinstance(values, tuple) else set(values)
    assert set(table) == known - except_


def test_every_status_has_its_chinese() -> None:
    assert set(typing.get_args(model.Status)) <= set(CHINESE)


def test_every_unit_of_the_data_is_explained_in_english(data_files) -> None:  # type: ignore[no-untyped-def]
    _, table = data_files
    units = {row.unit for row in table.targets if row.unit and row.unit != "%"}
    assert {unit for unit in units if unit_in_english(unit) is None} == set()


@pytest.mark.parametrize(
    ("unit", "english"),
    [("亿元", "100 million yuan"), ("万吨", "10,000 tonnes"), ("萬噸", "10,000 tonnes"),
     ("万亿斤", "trillion jin (half a kilogram)"), ("个百分点", "percentage points"),
     ("%", None), ("万辆", None)],
)  # fmt: skip
def test_units_are_read_as_multiplier_and_measure_word(unit: str, english: str | None) -> None:
    assert unit_in_english(unit) == english
