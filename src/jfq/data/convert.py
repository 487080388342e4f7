"""Turn plain data (from YAML or JSON) into the model's dataclasses, and back.

The rules come from the type hints in jfq.data.model, so validation, JSON Schema and
the docs cannot drift apart.  Only the types the model uses are supported:
str, int, float, bool, None, Literal, list[...], X | None and dataclasses.
"""

from __future__ import annotations

import dataclasses
import math
import re
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar, Union

from jfq.data.model import NUMBER_LIMIT, NUMBER_RANGE

T = TypeVar("T")
Path = tuple[str | int, ...]


class SchemaError(Exception):
    """A value does not fit the model; path says where (keys and list indices)."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message

    def where(self) -> str:
        out = "$"
        for part in self.path:
            out += f"[{part}]" if isinstance(part, int) else f".{part}"
        return out


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _type_name(tp: Any) -> str:
    if tp is type(None):
        return "null"
    origin = typing.get_origin(tp)
    if origin is typing.Literal:
        return " | ".join(repr(a) for a in typing.get_args(tp))
    if origin in (Union, types.UnionType):
        return " or ".join(_type_name(a) for a in typing.get_args(tp))
    if origin is list:
        return "a list"
    if dataclasses.is_dataclass(tp):
        return "a mapping"
    return {str: "text", int: "a whole number", float: "a number", bool: "true or false"}.get(
        tp, str(tp)
    )


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if type(value) is int and not -NUMBER_LIMIT < value < NUMBER_LIMIT:
        return f"a number of {_digits(value)} digits"  # (not 400 of them in a message)
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return repr(value)


def convert(value: Any, tp: type[T]) -> T:
    """Check ``value`` against ``tp`` and build it; raise SchemaError on the first misfit."""
    step = _compiled(typing.cast(Any, tp), True)
    return typing.cast(T, step(value))


def check(value: Any, tp: type) -> None:
    """Check ``value`` against ``tp`` without building anything (the index build's fast path)."""
    _compiled(tp, False)(value)


def checker(tp: type) -> Callable[[Any], Any]:
    """check() for one type, made once: for checking many items one at a time."""
    return _compiled(tp, False)


Step = Callable[[Any], Any]


def _at(part: str | int, step: Step, value: Any) -> Any:
    """Run ``step``; a SchemaError from inside gets ``part`` put in front of its path."""
    try:
        return step(value)
    except SchemaError as err:
        err.path = (part, *err.path)
        raise


@cache
def _compiled(tp: Any, build: bool) -> Step:
    """One checking (and, with ``build``, converting) function per model type, made once.

    Working out what a type hint means is the slow part, so it happens here and
    not for each of the millions of values a large glossary holds.
    """
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        options = [o for o in typing.get_args(tp) if o is not type(None)]
        optional = len(options) < len(typing.get_args(tp))
        if len(options) != 1:  # pragma: no cover - the model only has "X | None"
            raise TypeError(f"unsupported union in model: {tp!r}")
        inner = _compiled(options[0], build)
        if not optional:  # pragma: no cover
            return inner
        return lambda value: None if value is None else _or_none(inner, value, tp)
    if origin is typing.Literal:
        allowed = frozenset(typing.get_args(tp))
        expected = f"expected one of {_type_name(tp)}"

        def literal(value: Any) -> Any:
            if type(value) is not str or value not in allowed:
                raise SchemaError((), f"{expected}, got {_describe(value)}")
            return value

        return literal
    if origin is list:
        item = _compiled(typing.get_args(tp)[0], build)

        def sequence(value: Any) -> Any:
            if type(value) is not list:
                raise SchemaError((), f"expected a list, got {_describe(value)}")
            converted = []
            for index, element in enumerate(value):
                try:
                    converted.append(item(element))
                except SchemaError as err:
                    err.path = (index, *err.path)
                    raise
            return converted if build else value

        return sequence
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _compile_dataclass(tp, build)
    return _compile_scalar(tp, build)


class _OutOfRange(SchemaError):
    """A number of the right type beyond what the data may hold: said as it is, since
    "expected a number or null" would not tell what is wrong with it."""


def _or_none(inner: Step, value: Any, tp: Any) -> Any:
    try:
        return inner(value)
    except SchemaError as err:
        if err.path or isinstance(err, _OutOfRange):
            raise
        raise SchemaError((), f"expected {_type_name(tp)}, got {_describe(value)}") from None


def _compile_scalar(tp: Any, build: bool) -> Step:
    name = _type_name(tp)
    if tp is str:

        def text(value: Any) -> Any:
            if type(value) is not str:
                raise SchemaError((), f"expected {name}, got {_describe(value)}")
            if not value.strip():
                raise SchemaError((), "expected text, got an empty string")
            return value

        return text
    if tp is float:

        def number(value: Any) -> Any:
            if type(value) not in (int, float):
                raise SchemaError((), f"expected {name}, got {_describe(value)}")
            if not _in_range(value):
                raise _OutOfRange((), f"expected {name} {NUMBER_RANGE}, got {_describe(value)}")
            return float(value) if build else value

        return number
    accepted: type = {int: int, bool: bool}.get(tp)  # type: ignore[assignment]
    if accepted is None:  # pragma: no cover - a model type this module was not taught
        raise TypeError(f"unsupported type in model: {tp!r}")

    def exact(value: Any) -> Any:
        if type(value) is not accepted:
            raise SchemaError((), f"expected {name}, got {_describe(value)}")
        if type(value) is int and not _in_range(value):
            raise _OutOfRange((), f"expected {name} {NUMBER_RANGE}, got {_describe(value)}")
        return value

    return exact


def _in_range(value: float) -> bool:
    """True for a number the data may hold: finite, within NUMBER_LIMIT (see the model)."""
    # (compared first: math.isfinite cannot take an int that no float holds)
    return -NUMBER_LIMIT < value < NUMBER_LIMIT and math.isfinite(value)


def _digits(value: int) -> str:
    """How many digits a whole number has, said without writing it out."""
    try:
        return str(len(str(abs(value))))
    except ValueError:  # past the interpreter's limit on writing an integer out (4300)
        return "thousands of"


def _compile_dataclass(cls: Any, build: bool) -> Step:
    fields = dataclasses.fields(cls)
    known = frozenset(f.name for f in fields)
    listing = ", ".join(f.name for f in fields)
    hints = _hints(cls)
    specs = [
        (f.name, f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING)
        for f in fields
    ]
    patterns = {f.name: f.metadata["pattern"] for f in fields if "pattern" in f.metadata}
    steps: dict[str, Step] = {}

    def step_for(name: str) -> Step:  # compiled on first use: Component contains itself
        if name not in steps:
            step = _compiled(hints[name], build)
            steps[name] = _matching(step, *patterns[name]) if name in patterns else step
        return steps[name]

    def mapping(value: Any) -> Any:
        if type(value) is not dict:
            raise SchemaError((), f"expected a mapping ({cls.__name__}), got {_describe(value)}")
        for key in value:
            if key not in known:
                raise SchemaError((str(key),), f"unknown field {key!r} (known: {listing})")
        kwargs = {}
        for name, required in specs:
            if name in value:
                converted = _at(name, step_for(name), value[name])
                if build:
                    kwargs[name] = converted
            elif required:
                raise SchemaError((), f"missing required field {name!r}")
        return cls(**kwargs) if build else value

    return mapping


def _matching(step: Step, pattern: str, expected: str) -> Step:
    """``step``, then a check that a text value matches ``pattern`` whole."""
    compiled = re.compile(pattern)

    def matching(value: Any) -> Any:
        converted = step(value)
        if isinstance(value, str) and compiled.fullmatch(value) is None:
            raise SchemaError((), f"expected {expected}, got {_describe(value)}")
        return converted

    return matching


def to_plain(obj: Any) -> Any:
    """The JSON-ready form of a model object: every field, in model order."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list):
        return [to_plain(item) for item in obj]
    if isinstance(obj, float) and obj.is_integer():
        return int(obj)
    return obj


def _with_pattern(prop: dict[str, Any], pattern: str) -> dict[str, Any]:
    """The string schema inside ``prop`` (alone or in an anyOf with null) gets ``pattern``."""
    anchored = f"^{pattern}$"
    if prop.get("type") == "string":
        return {**prop, "pattern": anchored}
    options = [
        {**o, "pattern": anchored} if o.get("type") == "string" else o
        for o in prop.get("anyOf", [])
    ]
    return {**prop, "anyOf": options}


def json_schema(cls: type, title: str) -> dict[str, Any]:
    """JSON Schema (draft 2020-12) for a top-level model class."""
    defs: dict[str, Any] = {}
    root = _schema_for(cls, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": title,
        **root,
        "$defs": dict(sorted(defs.items())),
    }


def _schema_for(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        return {"anyOf": [_schema_for(a, defs) for a in typing.get_args(tp)]}
    if origin is typing.Literal:
        return {"enum": list(typing.get_args(tp))}
    if origin is list:
        return {"type": "array", "items": _schema_for(typing.get_args(tp)[0], defs)}
    if tp is type(None):
        return {"type": "null"}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder: Component refers to itself
            hints = _hints(tp)
            props = {}
            required = []
            for f in dataclasses.fields(tp):
                prop = _schema_for(hints[f.name], defs)
                if "pattern" in f.metadata:
                    prop = _with_pattern(prop, f.metadata["pattern"][0])
                prop["description"] = f.metadata.get("doc", "")
                props[f.name] = prop
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                    required.append(f.name)
            defs[name] = {
                "type": "object",
                "description": (tp.__doc__ or "").strip(),
                "properties": props,
                "required": required,
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}
    bounds = {"exclusiveMinimum": -NUMBER_LIMIT, "exclusiveMaximum": NUMBER_LIMIT}
    simple: dict[type, dict[str, Any]] = {
        str: {"type": "string", "minLength": 1},
        int: {"type": "integer", **bounds},
        float: {"type": "number", **bounds},
        bool: {"type": "boolean"},
    }
    return dict(simple[tp])
