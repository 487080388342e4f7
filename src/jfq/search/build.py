"""Building the index: a data file, checked against the model, into SQLite tables.

The build works on the plain data the file holds (checked, not turned into
model objects): a glossary of 100,000 entries would otherwise spend most of its
first run constructing millions of objects only to serialise them again.  Per
entry it computes only the folded columns that lookups scan in SQLite; each
entry is stored as JSON, and jfq.search.index turns the few it needs back into the model.
"""

from __future__ import annotations

import gc
import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

from jfq.data.convert import SchemaError, check, checker
from jfq.data.files import decode_utf8
from jfq.data.integrity import dangling_references
from jfq.data.model import Glossary, Target, TargetTable, Term
from jfq.data.parse import Unstreamable, line_finder, load_checked, stream_object
from jfq.data.sources import headers, joined
from jfq.errors import DataError
from jfq.search.normalize import (
    SEPARATOR,
    english_column,
    english_key,
    fold,
    fold_fields,
    pinyin_initials,
    pinyin_key,
)

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
    indicator TEXT,  -- the row's key, or its name while it has none (Target.indicator)
    names TEXT,      -- folded Chinese and English indicator names
    json TEXT
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
CREATE INDEX targets_indicator ON targets(indicator, region);
"""
_END_GLOSS = re.compile(r"\s*\([^()]*\)\s*$")  # '… (pollution control)' at the end of an English
_JSON_START = re.compile(rb"[ \t\r\n]*\{")  # as jfq.data.parse.read_data tells JSON from YAML
T = TypeVar("T")

Plain = dict[str, Any]


def load(
    path: Path, part: str, data: bytes | None = None, documents: list[Plain] | None = None
) -> Plain:
    """A data file (or its bytes, read already), checked against the model and for
    references that lead nowhere; a glossary gets the ``documents`` of sources/ beside
    its own.

    Errors name the file, the line and the entry: the whole file loads, or nothing does.
    """
    plain: Plain = load_checked(path, Glossary if part == "glossary" else TargetTable, data)
    if part == "glossary":
        plain["documents"] = joined(plain.get("documents", []), documents or [], path)
    for where, entry, message in dangling_references(part, plain):
        raise DataError(str(path), f"{entry}: {message}", line_finder(path)(where))
    return plain


def index_file(
    path: Path,
    part: str,
    data: bytes,
    db: sqlite3.Connection,
    version: str,
    *,
    sources: Sequence[tuple[Path, bytes]] = (),
) -> None:
    """Fill an empty database with the index of the data file whose bytes are ``data``
    (a glossary: and of the sources files beside it, whose bytes are ``sources``).

    The caller read the bytes once, and names the index by their digest: what is
    indexed is exactly what was hashed, whatever happens to the file meanwhile.  A
    file in JSON syntax is indexed one entry at a time (see jfq.data.parse.stream_object);
    should anything in it be amiss, or the file be YAML, it is loaded whole, which
    reports the fault with its file, line and entry.  Either way, a broken file
    raises DataError and leaves a database to throw away.
    """
    # Millions of short-lived containers and no cycles: the cycle collector's passes over
    # them cost about 5 % of the build (0.3 s of the 100,000-entry one), for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        documents = headers(sources)
        if _JSON_START.match(data):
            try:
                _stream(part, db, decode_utf8(path, data), documents)
                _finish(part, db, version)
                return
            except Unstreamable:
                tables = db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                for (table,) in tables.fetchall():  # a fresh start for the whole-file way
                    db.execute(f"DROP TABLE {table}")
        build(part, db, load(path, part, data, documents), version)
    finally:
        if collecting:
            gc.enable()


def build(part: str, db: sqlite3.Connection, data: Plain, version: str) -> None:
    """Fill an empty database with the index of one (checked) data file."""
    if part == "glossary":
        db.executescript(GLOSSARY_SCHEMA)
        _insert_documents(db, data["documents"])
        _insert_terms(db, enumerate(data["terms"], start=1))
    else:
        db.executescript(TARGETS_SCHEMA)
        _insert_regions(db, data["regions"])
        _insert_targets(db, enumerate(data["targets"], start=1))
    _finish(part, db, version)


def _finish(part: str, db: sqlite3.Connection, version: str) -> None:
    db.executescript(GLOSSARY_INDEXES if part == "glossary" else TARGETS_INDEXES)
    db.execute("INSERT INTO meta VALUES ('version', ?)", (version,))
    db.commit()


def _stream(part: str, db: sqlite3.Connection, text: str, documents: list[Plain]) -> None:
    """The index of a JSON-syntax file, filled one entry (or row) at a time.

    Each item is checked against the model as it passes; what only the whole file
    can tell (names given twice, references that lead nowhere, the other keys) is
    checked at the end.  Any fault raises Unstreamable: the caller loads the file
    whole, and reports it as ever.
    """
    others: dict[str, Any] = {}
    if part == "glossary":
        db.executescript(GLOSSARY_SCHEMA)
        seen: dict[str, set[str]] = {"names": set(), "related": set(), "docs": set()}
        items = stream_object(text, "terms", others)
        _insert_terms(db, enumerate(_checked_terms(items, seen), start=1))
        _checked(others, Glossary)
        own = others.get("documents", [])
        ids = {document["id"] for document in own + documents}
        if len(ids) < len(own) + len(documents):
            raise Unstreamable("a document given twice")
        if not (seen["related"] <= seen["names"] and seen["docs"] <= ids):
            raise Unstreamable("a reference that leads nowhere")
        _insert_documents(db, own + documents)
    else:
        db.executescript(TARGETS_SCHEMA)
        named: set[str] = set()
        rows = stream_object(text, "targets", others)
        _insert_targets(db, enumerate(_checked_rows(rows, named), start=1))
        _checked(others, TargetTable)
        regions = others["regions"]
        parents = {region["parent"] for region in regions if region.get("parent") is not None}
        if not named | parents <= {region["name"] for region in regions}:
            raise Unstreamable("a region that is not in the regions list")
        _insert_regions(db, regions)


def _checked(item: Any, model: type) -> None:
    try:
        check(item, model)
    except SchemaError:
        raise Unstreamable(model.__name__) from None


def _checked_terms(items: Iterable[Any], seen: dict[str, set[str]]) -> Iterator[Plain]:
    """The entries, each checked; their names, related names and cited documents are
    added to ``seen``."""
    for term in _each_checked(items, Term):
        if term["term"] in seen["names"]:
            raise Unstreamable("a name given twice")
        seen["names"].add(term["term"])
        seen["related"].update(term.get("related", ()))
        seen["docs"].update(s["doc"] for s in term["sources"] if s.get("doc") is not None)
        yield term


def _checked_rows(rows: Iterable[Any], named: set[str]) -> Iterator[Plain]:
    """The rows, each checked; the regions they name are added to ``named``."""
    for row in _each_checked(rows, Target):
        named.add(row["region"])
        yield row


def _each_checked(items: Iterable[Any], model: type) -> Iterator[Plain]:
    """Each item, checked against ``model`` as it passes (Unstreamable when one misfits)."""
    check_item = checker(model)  # looked up once, not per item
    for item in items:
        try:
            check_item(item)
        except SchemaError:
            raise Unstreamable(f"an item that is not a {model.__name__}") from None
        yield item


# One encoder for every entry: json.dumps would build one per call (a fifth of the time).
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _walk(components: Iterable[Plain]) -> Iterator[Plain]:
    for component in components:
        yield component
        if "items" in component:
            yield from _walk(component["items"])


def _batches(items: Iterable[T], size: int = 2000) -> Iterator[list[T]]:
    """``items`` in lists of ``size``: inserted a batch at a time, never all held at once."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _insert_documents(db: sqlite3.Connection, documents: list[Plain]) -> None:
    db.executemany("INSERT INTO documents VALUES (?, ?)", ((d["id"], _dumps(d)) for d in documents))


def _insert_terms(db: sqlite3.Connection, terms: Iterable[tuple[int, Plain]]) -> None:
    for batch in _batches(terms):
        keys: list[tuple[str, str, str, int]] = []
        rows = [_term_row(term_id, term, keys) for term_id, term in batch]
        db.executemany("INSERT INTO terms VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        db.executemany("INSERT INTO term_keys VALUES (?, ?, ?, ?)", (k for k in keys if k[0]))


def _term_row(term_id: int, term: Plain, keys: list[tuple[str, str, str, int]]) -> tuple[Any, ...]:
    """The terms row of one entry; its lookup keys are added to ``keys``."""
    name, aliases, pinyin = term["term"], term.get("aliases", ()), term["pinyin"]
    folded = [fold(name)]
    keys.append((folded[0], "term", name, term_id))
    for alias in aliases:
        folded.append(fold(alias))
        keys.append((folded[-1], "alias", alias, term_id))
    compact = pinyin_key(pinyin)
    keys.append((compact, "pinyin", pinyin, term_id))
    keys.append((pinyin_initials(pinyin), "initials", pinyin, term_id))
    en = term["en"]
    # The entry's own English, whole, and without a gloss in brackets at its end: '"three
    # zeros" (zero petitions, …)' is also typed '"three zeros"'.
    for whole in dict.fromkeys((english_key(en), english_key(_END_GLOSS.sub("", en)))):
        keys.append((whole, "english", en, term_id))
    components = list(_walk(term.get("components", ())))
    parts = [c["text"] for c in components]
    # Each part as written, for jfq annotate (lookups read the parts column instead); folded
    # once for both, as one string: a 100,000-entry build folds 300,000 parts.
    folded_parts = fold_fields(parts)
    keys += [(key, "part", part, term_id)
             for key, part in zip(folded_parts.split(SEPARATOR), parts, strict=False)]  # fmt: skip
    body = [term.get("definition") or "", *parts]
    body += [c["detail"] for c in components if "detail" in c]
    body += [source["quote"] for source in term["sources"]]
    english = [term["en"], *(c["en"] for c in components if "en" in c)]
    return (
        term_id,
        name,
        term["scope"],
        term["category"],
        _dumps(term),
        SEPARATOR.join((*folded, compact)),
        folded_parts,
        english_column(english),
        fold_fields(body),
    )


def _insert_regions(db: sqlite3.Connection, regions: list[Plain]) -> None:
    db.executemany("INSERT INTO regions VALUES (?, ?)", ((r["name"], _dumps(r)) for r in regions))
    region_keys = set()
    for region in regions:
        for spelling in (region["name"], region["en"], *region.get("aliases", ())):
            region_keys.add((fold(spelling), region["name"]))
        region_keys.add((pinyin_key(region["pinyin"]), region["name"]))
    db.executemany("INSERT INTO region_keys VALUES (?, ?)", sorted(region_keys))


def _insert_targets(db: sqlite3.Connection, rows: Iterable[tuple[int, Plain]]) -> None:
    """The rows, in batches, and each distinct wording of an indicator once, for search."""
    texts: dict[tuple[str, str, str, str], int] = {}  # (key, names, english, body) -> first row
    for batch in _batches(rows):
        values = []
        for i, t in batch:
            names = fold_fields((t["name"], t["en"]))
            values.append((i, t["region"], t["year"], t.get("since"), t["kind"], t["tier"],
                           t.get("key") or t["name"], names, _dumps(t)))  # fmt: skip
            quotes = (source["quote"] for source in t["sources"])
            key = t.get("key") or t["name"]  # a row without a key is found by its name
            wording = (key, names, english_column([t["en"]]), fold_fields((t["text"], *quotes)))
            texts.setdefault(wording, i)
        db.executemany("INSERT INTO targets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", values)
    db.executemany(
        "INSERT INTO target_texts (key, row_id, names, folded_key, english, body) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        ((key, row_id, names, fold(key), english, body)
         for (key, names, english, body), row_id in texts.items()),
    )  # fmt: skip
