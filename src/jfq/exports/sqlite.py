"""The data as one SQLite file for Datasette, DuckDB, pandas or any SQL client.

Plain tables with declared types, primary and foreign keys (jfq.exports.tables),
indexes on the keys that joins use, and two FTS5 indexes over the entries and the
quotes.  They are external-content tables (content="terms"), the form Datasette
recognises: its table pages get a search box.  The trigram tokenizer makes any run
of three or more characters findable, Chinese included, which has no spaces
between words; shorter text is found with LIKE.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from jfq.exports.tables import Column, Table

_TYPES = {"integer": "INTEGER", "number": "REAL", "string": "TEXT", "boolean": "INTEGER"}
# (FTS table, content table, its columns): what each search box searches.
FULL_TEXT = (
    ("terms_fts", "terms", ("term", "pinyin", "en", "definition")),
    ("quotes_fts", "quotes", ("quote",)),
)


def sqlite_bytes(tables: list[Table]) -> bytes:
    """The SQLite file holding ``tables``, as bytes (built in a temporary folder)."""
    with tempfile.TemporaryDirectory(prefix="jfq-export-") as folder:
        path = Path(folder) / "jfq.sqlite"
        db = sqlite3.connect(path)
        try:
            _fill(db, tables)
        finally:
            db.close()
        return path.read_bytes()


def create_statements(tables: list[Table]) -> list[str]:
    """CREATE TABLE and CREATE INDEX for every table (FTS5 comes after the rows)."""
    statements = [_create_table(table) for table in tables]
    for table in tables:
        statements += [
            f"CREATE INDEX {table.name}_{fk.column} ON {table.name}({fk.column})"
            for fk in table.foreign_keys
            if [fk.column] != table.primary_key[:1]
        ]
    return statements


def _create_table(table: Table) -> str:
    single = table.primary_key if len(table.primary_key) == 1 else []
    lines = [_column(c, c.name in single, table) for c in table.columns]
    if not single:
        lines.append(f"PRIMARY KEY ({', '.join(table.primary_key)})")
    return f"CREATE TABLE {table.name} (\n  " + ",\n  ".join(lines) + "\n)"


def _column(column: Column, primary: bool, table: Table) -> str:
    parts = [column.name, _TYPES[column.type]]
    if primary:
        parts.append("PRIMARY KEY")
    if column.required or primary:
        parts.append("NOT NULL")
    if column.type == "boolean":
        parts.append(f"CHECK ({column.name} IN (0, 1))")
    for fk in table.foreign_keys:
        if fk.column == column.name:
            parts.append(f"REFERENCES {fk.table}({fk.target})")
    return " ".join(parts)


def _fill(db: sqlite3.Connection, tables: list[Table]) -> None:
    db.execute("PRAGMA foreign_keys = ON")  # a row that refers to nothing fails the export
    with db:
        for statement in create_statements(tables):
            db.execute(statement)
        for table in tables:
            marks = ", ".join("?" * len(table.columns))
            db.executemany(f"INSERT INTO {table.name} VALUES ({marks})", table.rows)
        for fts, content, columns in FULL_TEXT:
            _full_text(db, fts, content, columns)


def _full_text(db: sqlite3.Connection, fts: str, content: str, columns: tuple[str, ...]) -> None:
    names = ", ".join(columns)
    # content="…" in double quotes: Datasette finds a table's FTS index by that spelling.
    create = (f'CREATE VIRTUAL TABLE {fts} USING fts5({names}, content="{content}", '
              f"content_rowid=id{{tokenize}})")  # fmt: skip
    try:
        db.execute(create.format(tokenize=", tokenize=trigram"))
    except sqlite3.OperationalError:  # SQLite before 3.34 has no trigram tokenizer
        db.execute(create.format(tokenize=""))
    db.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
