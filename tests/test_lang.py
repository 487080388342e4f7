"""--lang: English first, Chinese only, or both (the default); JSON is the same in each."""

from __future__ import annotations

import typing
from collections.abc import Callable

import pytest
from conftest import Run

from jfq import model
from jfq.lookup import MATCH_KINDS
from jfq.render.words import CATEGORIES_EN, MATCHES_ZH, SCOPES_EN, UNITS_EN

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
    assert "词语  189 条" in jfq(env={"JFQ_LANG": "zh"}).stdout
    nonsense = jfq(env={"JFQ_LANG": "nonsense"})
    assert "Glossary  189 entries" in nonsense.stdout
    assert nonsense.stderr == "jfq: JFQ_LANG='nonsense' is not both, en or zh; showing both\n"


@pytest.mark.parametrize(
    ("table", "values", "except_"),
    [
        (UNITS_EN, model.Unit, {"%"}),
        (SCOPES_EN, model.Scope, set()),
        (CATEGORIES_EN, model.Category, set()),
        (MATCHES_ZH, MATCH_KINDS, {"exact"}),
    ],
)
def test_every_value_has_its_translation(
    table: dict[str, str], values: object, except_: set[str]
) -> None:
    known = set(typing.get_args(values)) if not isinstance(values, tuple) else set(values)
    assert set(table) == known - except_
