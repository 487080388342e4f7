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


@record(kw_only=True, slots=True)
class Slotted(Record):
    name: str
    value: float | None = None
    tags: list[str] = field(default_factory=list)


def test_a_slotted_record_holds_no_dict_and_keeps_its_defaults() -> None:
    # (the draft's rows are made so: a dict each put a dense report over its memory goal)
    row = Slotted(name="地区生产总值")
    assert not hasattr(row, "__dict__")
    assert (row.name, row.value, row.tags) == ("地区生产总值", None, [])
    assert [f.name for f in dataclasses.fields(Slotted)] == ["name", "value", "tags"]
    with pytest.raises(AttributeError):
        row.other = 1  # type: ignore[attr-defined]
    assert Slotted(name="a") == Slotted(name="a")
    assert repr(Slotted(name="a")) == "Slotted(name='a', value=None, tags=[])"


def test_replaced_copies_a_record_with_changes() -> None:
    row = Slotted(name="a", value=1.0, tags=["x"])
    other = row.replaced(value=2.0)
    assert (other.name, other.value, other.tags) == ("a", 2.0, ["x"])
    assert row.value == 1.0
    assert Point(1, 2).replaced(y=3) == Point(1, 3)
