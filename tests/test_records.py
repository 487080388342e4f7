"""jfq.data.records: dataclasses with one shared __init__, __eq__ and __repr__."""

from __future__ import annotations

import dataclasses
from dataclasses import field

import pytest

from jfq.data.records import Record, record


@record
class Point(Record):
    x: int
    y: int = 0
    tags: list[str] = field(default_factory=list)


@record(kw_only=True)
class Named(Record):
    name: str
    note: str | None = None


def test_fields_defaults_and_factories() -> None:
    point = Point(1)
    assert (point.x, point.y, point.tags) == (1, 0, [])
    assert Point(1).tags is not point.tags  # a fresh list each time
    assert [f.name for f in dataclasses.fields(Point)] == ["x", "y", "tags"]
    assert dataclasses.is_dataclass(point)


def test_positional_and_keyword_arguments() -> None:
    assert Point(1, 2, ["a"]) == Point(x=1, y=2, tags=["a"])
    with pytest.raises(TypeError, match="too many positional arguments"):
        Point(1, 2, [], 4)
    with pytest.raises(TypeError, match="y given twice"):
        Point(1, 2, y=3)
    with pytest.raises(TypeError, match="missing field 'x'"):
        Point()
    with pytest.raises(TypeError, match=r"unknown fields \['z'\]"):
        Point(1, z=2)


def test_keyword_only_records_refuse_positions() -> None:
    assert Named(name="a").note is None
    with pytest.raises(TypeError, match="too many positional arguments"):
        Named("a")


def test_equality_and_repr_go_by_fields_and_type() -> None:
    assert Point(1, 2) == Point(1, 2)
    assert Point(1, 2) != Point(2, 1)
    assert Point(1) != Named(name="1")
    assert repr(Point(1, 2)) == "Point(x=1, y=2, tags=[])"
    with pytest.raises(TypeError):
        hash(Point(1))  # mutable and compared by value, like a dataclass with eq


def test_only_records_can_be_records() -> None:
    with pytest.raises(TypeError, match="must derive from Record"):
        record(type("Plain", (), {}))
