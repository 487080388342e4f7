"""The model's validation: exact messages for each way a data file can be wrong."""

from __future__ import annotations

import dataclasses
import typing
from pathlib import Path

import pytest

import jfq.data.model
from jfq.data.convert import SchemaError, convert, json_schema, to_plain
from jfq.data.model import Document, Source, Target, Term

SOURCE = {"doc": "004_bddc84386e9e697e", "quote": "8.三零:零上访、零事故、零案件。"}
TERM = {
    "term": "三零",
    "pinyin": "san ling",
    "en": "three zeros",
    "scope": "区",
    "category": "安全",
    "definition": "零上访、零事故、零案件。",
    "sources": [SOURCE],
}


def error(data: object, model: type) -> str:
    with pytest.raises(SchemaError) as caught:
        convert(data, model)
    return f"{caught.value.where()}: {caught.value.message}"


def test_a_valid_entry_converts_with_defaults() -> None:
    term = convert(TERM, Term)
    assert term.defined is True
    assert term.aliases == []
    assert term.sources == [Source(doc="004_bddc84386e9e697e", quote=SOURCE["quote"])]


def test_unknown_field() -> None:
    assert error({**TERM, "defn": "x"}, Term).startswith(
        "$.defn: unknown field 'defn' (known: term,"
    )


def test_missing_field() -> None:
    data = {k: v for k, v in TERM.items() if k != "en"}
    assert error(data, Term) == "$: missing required field 'en'"


def test_value_outside_a_literal() -> None:
    assert error({**TERM, "scope": "县"}, Term) == (
        "$.scope: expected one of '国家' | '省' | '市' | '区' | '示范区', got '县'"
    )


def test_nested_path_is_reported() -> None:
    data = {**TERM, "sources": [SOURCE, {"doc": "004", "quote": 12}]}
    assert error(data, Term) == "$.sources[1].quote: expected text, got 12"


def test_empty_text_is_refused() -> None:
    assert error({**TERM, "en": "  "}, Term) == "$.en: expected text, got an empty string"


def test_numbers_accept_ints_but_not_booleans() -> None:
    row = {
        "region": "解放区",
        "year": 2022,
        "kind": "target",
        "tier": "headline",
        "key": "gdp_growth",
        "name": "地区生产总值",
        "en": "GDP growth",
        "value": 8,
        "unit": "%",
        "comparator": "about",
        "text": "地区生产总值增长8%左右",
        "sources": [SOURCE],
    }
    assert convert(row, Target).value == 8.0
    assert (
        error({**row, "value": True}, Target)
        == "$.value: expected a number or null, got true/false"
    )
    assert error({**row, "year": "2022"}, Target) == "$.year: expected a whole number, got '2022'"


def test_to_plain_round_trips() -> None:
    term = convert(TERM, Term)
    assert convert(to_plain(term), Term) == term


def test_json_schema_is_derived_from_the_model() -> None:
    schema = json_schema(Term, "t")
    term = schema["$defs"]["Term"]
    assert term["required"] == ["term", "pinyin", "en", "scope", "category", "sources"]
    assert term["properties"]["scope"]["enum"] == ["国家", "省", "市", "区", "示范区"]
    assert term["additionalProperties"] is False
    component = schema["$defs"]["Component"]
    assert component["properties"]["items"]["items"] == {"$ref": "#/$defs/Component"}


def test_committed_schema_files_are_current() -> None:
    from jfq.data.describe import SCHEMA_FILES, render_schema

    root = Path(__file__).resolve().parents[1]
    for name in SCHEMA_FILES:
        assert (root / "schema" / name).read_text(encoding="utf-8") == render_schema(name), (
            f"schema/{name} is stale: run python scripts/gen_schema.py"
        )


MODELS = [
    kind
    for kind in vars(jfq.data.model).values()
    if dataclasses.is_dataclass(kind) and kind.__module__ == "jfq.data.model"
]


@pytest.mark.parametrize("model", MODELS, ids=lambda kind: kind.__name__)
def test_a_field_may_be_null_exactly_when_it_defaults_to_null(model: type) -> None:
    # The schema's "required" comes from defaults and its "null" from the type;
    # a nullable field without a default (or the reverse) would publish a
    # contradiction.
    hints = typing.get_type_hints(model)
    for f in dataclasses.fields(model):
        nullable = type(None) in typing.get_args(hints[f.name])
        assert nullable == (f.default is None), f"{model.__name__}.{f.name}"


DOCUMENT = {"id": "r1", "title": "报告", "en": "a report", "date": "2018", "region": "二七区"}


@pytest.mark.parametrize("date", ["2018", "2018-01", "2018-12-31", "2024-02-29", "2000-02-29",
                                  "2023-04-30", "undated"])  # fmt: skip
def test_a_document_date_is_a_year_a_month_or_a_day(date: str) -> None:
    assert convert({**DOCUMENT, "date": date}, Document).date == date


@pytest.mark.parametrize("date", ["2018-13-45", "2018-13", "2018-00", "2018-01-00", "2023-02-29",
                                  "1900-02-29", "2023-04-31", "2018-1-5", "18", "2018/01/05",
                                  "2018-01-05 ", "someday"])  # fmt: skip
def test_an_impossible_date_is_refused(date: str) -> None:
    # 2018-13-45 had merged, validated and shown in jfq source: the schema promised
    # YYYY, YYYY-MM or YYYY-MM-DD and nothing checked it.
    assert error({**DOCUMENT, "date": date}, Document) == (
        "$.date: expected a date that the calendar has (YYYY, YYYY-MM or YYYY-MM-DD) or "
        f"undated, got {date!r}"
    )


def test_the_date_pattern_is_the_calendar() -> None:
    # one regular expression (the JSON Schema publishes it) against datetime, every day
    # of the years around now and of the centuries where the leap rule turns
    import datetime
    import re

    pattern = re.compile(jfq.data.model.DATE_PATTERN)
    years = [*range(1896, 2105), 1000, 1200, 1600, 1700, 2400, 2800, 2900, 2999]
    for year in years:
        for month in range(14):
            for day in range(33):
                try:
                    real = bool(datetime.date(year, month, day))
                except ValueError:
                    real = False
                text = f"{year:04d}-{month:02d}-{day:02d}"
                assert bool(pattern.fullmatch(text)) == real, text
