"""Turn plain data (from YAML or JSON) into the model's dataclasses, and back.

The rules come from the type hints in jfq.model, so validation, JSON Schema and
the docs cannot drift apart.  Only the types the model uses are supported:
str, int, float, bool, None, Literal, list[...], X | None and dataclasses.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from functools import cache
from typing import Any, TypeVar, Union

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
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return repr(value)


def convert(value: Any, tp: type[T], path: Path = ()) -> T:
    """Check ``value`` against ``tp`` and build it; raise SchemaError on the first misfit."""
    return typing.cast(T, _convert(value, tp, path))


def _convert(value: Any, tp: Any, path: Path) -> Any:
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        options = typing.get_args(tp)
        if value is None and type(None) in options:
            return None
        errors = []
        for option in options:
            if option is type(None):
                continue
            try:
                return _convert(value, option, path)
            except SchemaError as err:
                errors.append(err)
        deepest = max(errors, key=lambda e: len(e.path))
        if len(deepest.path) > len(path):
            raise deepest
        raise SchemaError(path, f"expected {_type_name(tp)}, got {_describe(value)}")
    if origin is typing.Literal:
        if value not in typing.get_args(tp):
            raise SchemaError(path, f"expected one of {_type_name(tp)}, got {_describe(value)}")
        return value
    if origin is list:
        if not isinstance(value, list):
            raise SchemaError(path, f"expected a list, got {_describe(value)}")
        (item_type,) = typing.get_args(tp)
        return [_convert(item, item_type, (*path, i)) for i, item in enumerate(value)]
    if dataclasses.is_dataclass(tp):
        return _convert_dataclass(value, tp, path)
    if tp is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
    elif tp is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    elif tp is str:
        if isinstance(value, str):
            if not value.strip():
                raise SchemaError(path, "expected text, got an empty string")
            return value
    elif tp is bool:
        if isinstance(value, bool):
            return value
    else:  # pragma: no cover - a model type this module was not taught
        raise TypeError(f"unsupported type in model: {tp!r}")
    raise SchemaError(path, f"expected {_type_name(tp)}, got {_describe(value)}")


def _convert_dataclass(value: Any, cls: Any, path: Path) -> Any:
    if not isinstance(value, dict):
        raise SchemaError(path, f"expected a mapping ({cls.__name__}), got {_describe(value)}")
    fields = {f.name: f for f in dataclasses.fields(cls)}
    for key in value:
        if key not in fields:
            known = ", ".join(fields)
            raise SchemaError((*path, str(key)), f"unknown field {key!r} (known: {known})")
    hints = _hints(cls)
    kwargs = {}
    for name, f in fields.items():
        if name in value:
            kwargs[name] = _convert(value[name], hints[name], (*path, name))
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise SchemaError(path, f"missing required field {name!r}")
    return cls(**kwargs)


def to_plain(obj: Any) -> Any:
    """The JSON-ready form of a model object: every field, in model order."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list):
        return [to_plain(item) for item in obj]
    if isinstance(obj, float) and obj.is_integer():
        return int(obj)
    return obj


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
    simple: dict[type, dict[str, Any]] = {
        str: {"type": "string", "minLength": 1},
        int: {"type": "integer"},
        float: {"type": "number"},
        bool: {"type": "boolean"},
    }
    return dict(simple[tp])
