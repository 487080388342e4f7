"""The published descriptions of the data files, generated from jfq.data.model.

schema/*.schema.json lets editors validate glossary.yaml, targets.yaml and sources/ while
people type (the files name them in their first line); docs/data.md is the field
reference.  scripts/gen_schema.py writes both; a test fails when they are stale.
"""

from __future__ import annotations

import dataclasses
import json
import typing

from jfq.data.convert import json_schema
from jfq.data.model import (
    NUMBER_RANGE,
    Component,
    Document,
    Draft,
    Glossary,
    Passage,
    Region,
    Source,
    Target,
    TargetTable,
    Term,
)

SCHEMA_FILES: dict[str, tuple[type, str]] = {
    "glossary.schema.json": (Glossary, "jfq glossary (glossary.yaml)"),
    "targets.schema.json": (TargetTable, "jfq targets (targets.yaml)"),
    "source.schema.json": (Document, "jfq source document (sources/<id>.yaml)"),
    "draft.schema.json": (Draft, "jfq draft (what jfq extract writes and jfq merge reads)"),
}


def render_schema(name: str) -> str:
    model, title = SCHEMA_FILES[name]
    return json.dumps(json_schema(model, title), ensure_ascii=False, indent=2) + "\n"


def _type_text(tp: typing.Any) -> str:
    origin = typing.get_origin(tp)
    if origin is typing.Literal:
        return " \\| ".join(str(a) for a in typing.get_args(tp))
    if origin is list:
        return f"list of {_type_text(typing.get_args(tp)[0])}"
    args = typing.get_args(tp)
    if args and type(None) in args:
        return " or ".join(_type_text(a) for a in args if a is not type(None)) + " or null"
    return getattr(tp, "__name__", str(tp))


def render_field_reference() -> str:
    lines = [
        "# Data file reference",
        "",
        "Generated from `src/jfq/data/model.py` by `python scripts/gen_schema.py`; do not edit.",
        "The same definitions are published as JSON Schema in `schema/`.",
        f"Every number (int, float) is finite and {NUMBER_RANGE}.",
        "",
    ]
    for model in (
        Glossary,
        Document,
        Passage,
        Term,
        Component,
        Source,
        TargetTable,
        Region,
        Target,
        Draft,
    ):
        hints = typing.get_type_hints(model)
        lines += [
            f"## {model.__name__}",
            "",
            (model.__doc__ or "").strip(),
            "",
            "| field | type | required | meaning |",
            "|---|---|---|---|",
        ]
        for f in dataclasses.fields(model):
            required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
            meaning = f.metadata.get("doc", "").replace("|", "\\|")
            lines.append(
                f"| `{f.name}` | {_type_text(hints[f.name])} | {'yes' if required else 'no'} "
                f"| {meaning} |"
            )
        lines.append("")
    return "\n".join(lines)
