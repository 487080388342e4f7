"""The model's validation: exact messages for each way a data file can be wrong."""

from __future__ import annotations

import dataclasses
import typing
from pathlib import Path

import pytest

import jfq.data.model
from jfq.data.convert import SchemaError, convert, json_schema, to_plain
from jfq.data.model import Source, Target, Term

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
