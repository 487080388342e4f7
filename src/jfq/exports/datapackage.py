"""The data as CSV files, one per table, described by a Frictionless datapackage.json.

The descriptor is a Tabular Data Package: each resource names its CSV file and
gives its Table Schema (field types, required fields, primary and foreign keys),
so ``frictionless validate datapackage.json`` checks every row and every reference.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from jfq.data.model import number
from jfq.exports.tables import Table, Value

DESCRIPTOR = "datapackage.json"


def package_files(tables: list[Table]) -> dict[str, bytes]:
    """File name -> contents: a CSV per table, then datapackage.json."""
    files = {f"{table.name}.csv": _csv(table) for table in tables}
    described = json.dumps(descriptor(tables), ensure_ascii=False, indent=2) + "\n"
    files[DESCRIPTOR] = described.encode()
    return files


def descriptor(tables: list[Table]) -> dict[str, Any]:
    return {
        "profile": "tabular-data-package",
        "name": "jfq",
        "title": "Terms and targets of the Jiefang District (焦作市解放区) government work reports",
        "description": "Glossary entries with their parts, aliases and quotes, and the target "
        "table, exported by jfq. Every quote is verbatim from the document it names.",
        "resources": [_resource(table) for table in tables],
    }


def _resource(table: Table) -> dict[str, Any]:
    fields = []
    for column in table.columns:
        field: dict[str, Any] = {"name": column.name, "type": column.type,
                                 "description": column.description}  # fmt: skip
        if column.required:
            field["constraints"] = {"required": True}
        fields.append(field)
    schema: dict[str, Any] = {"fields": fields, "primaryKey": table.primary_key}
    if table.foreign_keys:
        # A reference to the resource "" is to the table itself (a part's group is a part).
        schema["foreignKeys"] = [
            {
                "fields": [fk.column],
                "reference": {
                    "resource": "" if fk.table == table.name else fk.table,
                    "fields": [fk.target],
                },
            }
            for fk in table.foreign_keys
        ]
    return {
        "name": table.name,
        "path": f"{table.name}.csv",
        "profile": "tabular-data-resource",
        "description": table.description,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": schema,
    }


def _csv(table: Table) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([c.name for c in table.columns])
    writer.writerows([_cell(value) for value in row] for row in table.rows)
    return out.getvalue().encode()


def _cell(value: Value) -> str:
    """As Table Schema reads it: empty for missing, true/false, numbers as the sources
    write them (6611, not 6611.0)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return number(value)
    return str(value)
