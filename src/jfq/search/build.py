"""Building the index: a data file, checked against the model, into SQLite tables.

The build works on the plain data the file holds (checked, not turned into
model objects): a glossary of 100,000 entries would otherwise spend most of its
first run constructing millions of objects only to serialise them again.  Per
entry it computes only the folded columns that lookups scan in SQLite; each
entry is stored as JSON, and jfq.search.index turns the few it needs back into the model.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from jfq.data.integrity import dangling_references
from jfq.data.model import Glossary, TargetTable
from jfq.data.parse import line_finder, load_checked
from jfq.errors import DataError
from jfq.search.normalize import SEPARATOR, fold, fold_fields, pinyin_initials, pinyin_key

# Bump jfq.search.cache.INDEX_VERSION when a layout or the folding rules change.
GLOSSARY_SCHEMA = """
CREATE TABLE meta(name TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE documents(id TEXT PRIMARY KEY, json TEXT);
CREATE TABLE terms(
    id INTEGER PRIMARY KEY, term TEXT, scope TEXT, category TEXT, json TEXT,
    names TEXT,     -- folded term and aliases, then the compact pinyin (SEPARATOR between)
    parts TEXT,     -- folded texts of the components
    english TEXT,   -- the English of the entry and its components: ' word word … '
    body TEXT       -- folded definition, components and quotes
);
CREATE TABLE term_keys(key TEXT, kind TEXT, raw TEXT, term_id INTEGER);
"""
GLOSSARY_INDEXES = "CREATE INDEX term_keys_key ON term_keys(key);"
TARGETS_SCHEMA = """
CREATE TABLE meta(name TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE regions(name TEXT PRIMARY KEY, json TEXT);
CREATE TABLE region_keys(key TEXT, name TEXT);
CREATE TABLE targets(
    id INTEGER PRIMARY KEY, region TEXT, year INTEGER, since INTEGER, kind TEXT, tier TEXT,
    key TEXT, names TEXT, json TEXT  -- names: folded Chinese and English indicator names
);
-- What full-text search reads of the rows: each distinct wording once (3,000 regions that
-- state the same figure in the same words are one row here), with the first row that has it.
CREATE TABLE target_texts(
    id INTEGER PRIMARY KEY, key TEXT, row_id INTEGER,
    names TEXT,       -- as in targets
    folded_key TEXT,  -- the key as a query is folded: gdp_growth -> gdpgrowth
    english TEXT,     -- the English name: ' word word … ' (as for terms)
    body TEXT         -- folded phrase and quotes
);
"""
TARGETS_INDEXES = """
CREATE INDEX region_keys_key ON region_keys(key);
CREATE INDEX targets_region_year ON targets(region, year);
CREATE INDEX targets_key ON targets(key, region);
"""
_NOT_A_WORD = re.compile(r"[^a-z0-9]+")

Plain = dict[str, Any]


def load(path: Path, part: str, data: bytes | None = None) -> Plain:
    """A data file (or its bytes, read already), checked against the model and for
    references that lead nowhere.

    Errors name the file, the line and the entry: the whole file loads, or nothing does.
    """
    plain: Plain = load_checked(path, Glossary if part == "glossary" else TargetTable, data)
    for where, entry, message in dangling_references(part, plain):
        raise DataError(str(path), f"{entry}: {message}", line_finder(path)(where))
    return plain


def build(part: str, db: sqlite3.Connection, data: Plain, version: str) -> None:
    """Fill an empty database with the index of one (checked) data file."""
    if part == "glossary":
        db.executescript(GLOSSARY_SCHEMA)
        _build_glossary(db, data)
        db.executescript(GLOSSARY_INDEXES)
    else:
        db.executescript(TARGETS_SCHEMA)
        _build_targets(db, data)
        db.executescript(TARGETS_INDEXES)
    db.execute("INSERT INTO meta VALUES ('version', ?)", (version,))
    db.commit()


def english_column(texts: Iterable[str]) -> str:
    """' word word … ': lookups find a word by the start of ' '+word (see jfq.search.lookup)."""
    return " " + _NOT_A_WORD.sub(" ", " ".join(texts).casefold()).strip() + " "


# One encoder for every entry: json.dumps would build one per call (a fifth of the time).
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _walk(components: Iterable[Plain]) -> Iterator[Plain]:
    for component in components:
        yield component
        if "items" in component:
            yield from _walk(component["items"])


def _build_glossary(db: sqlite3.Connection, glossary: Plain) -> None:
    db.executemany(
        "INSERT INTO documents VALUES (?, ?)", ((d["id"], _dumps(d)) for d in glossary["documents"])
    )
    keys: list[tuple[str, str, str, int]] = []
    rows = []
    for term_id, term in enumerate(glossary["terms"], start=1):
        name, aliases, pinyin = term["term"], term.get("aliases", ()), term["pinyin"]
        folded = [fold(name)]
        keys.append((folded[0], "term", name, term_id))
        for alias in aliases:
            folded.append(fold(alias))
            keys.append((folded[-1], "alias", alias, term_id))
        compact = pinyin_key(pinyin)
        keys.append((compact, "pinyin", pinyin, term_id))
        keys.append((pinyin_initials(pinyin), "initials", pinyin, term_id))
        components = list(_walk(term.get("components", ())))
        parts = [c["text"] for c in components]
        # Each part as written, for jfq annotate (lookups read the parts column instead).
        keys += [(fold(part), "part", part, term_id) for part in parts]
        body = [term.get("definition") or "", *parts]
        body += [c["detail"] for c in components if "detail" in c]
        body += [source["quote"] for source in term["sources"]]
        english = [term["en"], *(c["en"] for c in components if "en" in c)]
        rows.append(
            (
                term_id,
                name,
                term["scope"],
                term["category"],
                _dumps(term),
                SEPARATOR.join((*folded, compact)),
                fold_fields(parts),
                english_column(english),
                fold_fields(body),
            )
        )
    db.executemany("INSERT INTO terms VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.executemany("INSERT INTO term_keys VALUES (?, ?, ?, ?)", (k for k in keys if k[0]))


def _build_targets(db: sqlite3.Connection, table: Plain) -> None:
    regions = table["regions"]
    db.executemany("INSERT INTO regions VALUES (?, ?)", ((r["name"], _dumps(r)) for r in regions))
    region_keys = set()
    for region in regions:
        for spelling in (region["name"], region["en"], *region.get("aliases", ())):
            region_keys.add((fold(spelling), region["name"]))
        region_keys.add((pinyin_key(region["pinyin"]), region["name"]))
    db.executemany("INSERT INTO region_keys VALUES (?, ?)", sorted(region_keys))
    rows = []
    texts: dict[tuple[str, str, str, str], int] = {}  # (key, names, english, body) -> first row
    for i, t in enumerate(table["targets"], start=1):
        names = fold_fields((t["name"], t["en"]))
        rows.append((i, t["region"], t["year"], t.get("since"), t["kind"], t["tier"],
                     t.get("key"), names, _dumps(t)))  # fmt: skip
        quotes = (source["quote"] for source in t["sources"])
        key = t.get("key") or t["name"]  # a row without a key is found by its name
        wording = (key, names, english_column([t["en"]]), fold_fields((t["text"], *quotes)))
        texts.setdefault(wording, i)
    db.executemany("INSERT INTO targets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.executemany(
        "INSERT INTO target_texts (key, row_id, names, folded_key, english, body) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        ((key, row_id, names, fold(key), english, body)
         for (key, names, english, body), row_id in texts.items()),
    )  # fmt: skip
