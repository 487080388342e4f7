"""The index: glossary and targets in one SQLite file, built once per version of the data.

Exact, alias, normalized, pinyin and component matches are B-tree look-ups on
``term_keys``; English words and character bigrams (for "did you mean") are
posting lists.  Substring and full-text search scan short columns inside SQLite
(C speed), never the entries in Python.  Entries are stored as JSON and turned
back into model objects one at a time, so a lookup never decodes the whole glossary.
"""

from __future__ import annotations

import json
import os
import sqlite3
from array import array
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from jfq.cache import INDEX_VERSION, cache_dir, data_digest
from jfq.datafiles import DataFiles
from jfq.model import Document, Glossary, Region, Target, TargetTable, Term, walk
from jfq.normalize import english_words, fold, pinyin_initials, pinyin_key

T = TypeVar("T")
SEPARATOR = "\x1f"  # between the names in a searchable column, so a match cannot span two

_SCHEMA = """
CREATE TABLE meta(name TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE documents(id TEXT PRIMARY KEY, json TEXT);
CREATE TABLE terms(
    id INTEGER PRIMARY KEY, term TEXT, scope TEXT, category TEXT, json TEXT,
    names TEXT,     -- folded term and aliases, then the compact pinyin
    english TEXT,   -- case-folded English of the entry and its components
    body TEXT       -- folded definition, components and quotes
);
CREATE TABLE term_keys(key TEXT, kind TEXT, raw TEXT, term_id INTEGER);
CREATE TABLE postings(kind TEXT, token TEXT, ids BLOB, PRIMARY KEY(kind, token)) WITHOUT ROWID;
CREATE TABLE regions(name TEXT PRIMARY KEY, json TEXT);
CREATE TABLE region_keys(key TEXT, name TEXT);
CREATE TABLE targets(
    id INTEGER PRIMARY KEY, region TEXT, year INTEGER, since INTEGER, kind TEXT, tier TEXT,
    key TEXT, names TEXT, json TEXT  -- names: folded Chinese and English indicator names
);
"""
_INDEXES = """
CREATE INDEX term_keys_key ON term_keys(key);
CREATE INDEX region_keys_key ON region_keys(key);
CREATE INDEX targets_region_year ON targets(region, year);
CREATE INDEX targets_key ON targets(key, region);
"""


@dataclass
class KeyHit:
    term_id: int
    term: str
    kind: str  # term, alias, pinyin, initials, component
    raw: str  # the name, alias, pinyin or component text that produced the key


class Index:
    """Read access to a built index.  All methods return model objects or plain values."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    # -- glossary ---------------------------------------------------------------------

    def key_hits(self, key: str, kinds: Sequence[str]) -> list[KeyHit]:
        marks = ",".join("?" * len(kinds))
        rows = self._db.execute(
            "SELECT k.term_id, t.term, k.kind, k.raw FROM term_keys k JOIN terms t "
            f"ON t.id = k.term_id WHERE k.key = ? AND k.kind IN ({marks}) ORDER BY k.term_id",
            (key, *kinds),
        )
        return [KeyHit(*row) for row in rows]

    def key_prefix_hits(self, prefix: str, kinds: Sequence[str], limit: int) -> list[KeyHit]:
        marks = ",".join("?" * len(kinds))
        rows = self._db.execute(
            "SELECT k.term_id, t.term, k.kind, k.raw FROM term_keys k JOIN terms t "
            f"ON t.id = k.term_id WHERE k.key >= ? AND k.key < ? AND k.kind IN ({marks}) "
            "ORDER BY length(k.key), k.term_id LIMIT ?",
            (prefix, prefix + "\U0010ffff", *kinds, limit),
        )
        return [KeyHit(*row) for row in rows]

    def names_containing(self, folded: str, limit: int) -> list[tuple[int, str, str]]:
        """(id, term, folded names) of entries whose name or an alias contains ``folded``."""
        rows = self._db.execute(
            "SELECT id, term, names FROM terms WHERE instr(names, ?) > 0 "
            "ORDER BY instr(names, ?) = 1 DESC, length(term), id LIMIT ?",
            (folded, folded, limit),
        )
        return list(rows)

    def posting(self, kind: str, token: str) -> array[int]:
        row = self._db.execute(
            "SELECT ids FROM postings WHERE kind = ? AND token = ?", (kind, token)
        ).fetchone()
        ids = array("i")
        if row is not None:
            ids.frombytes(row[0])
        return ids

    def term_names(self, ids: Iterable[int]) -> dict[int, tuple[str, str, str]]:
        """id -> (term, folded names, English column) for the given ids."""
        wanted = list(ids)
        out: dict[int, tuple[str, str, str]] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._db.execute(
                f"SELECT id, term, names, english FROM terms WHERE id IN ({marks})", chunk
            ):
                out[row[0]] = (row[1], row[2], row[3])
        return out

    def term(self, term_id: int) -> Term:
        row = self._db.execute("SELECT json FROM terms WHERE id = ?", (term_id,)).fetchone()
        return _decode(row[0], Term)

    def term_id(self, name: str) -> int | None:
        row = self._db.execute("SELECT id FROM terms WHERE term = ?", (name,)).fetchone()
        return None if row is None else int(row[0])

    def terms(self, scope: str | None = None, category: str | None = None) -> list[Term]:
        rows = self._db.execute(
            "SELECT json FROM terms WHERE (?1 IS NULL OR scope = ?1) "
            "AND (?2 IS NULL OR category = ?2) ORDER BY id",
            (scope, category),
        )
        return [_decode(row[0], Term) for row in rows]

    def term_count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM terms").fetchone()[0])

    def search(self, tokens: Sequence[tuple[str, str]], limit: int) -> list[tuple[int, float]]:
        """Entries where every token occurs, best first, as (id, score).

        A token is (folded, english): its search key and, for Latin text, its
        case-folded form for the English column.  Weights: a whole name 30, part
        of a name, alias or pinyin 10, English 4, definition, parts or quotes 1.
        """
        params: dict[str, object] = {"limit": limit, "sep": SEPARATOR}
        scores, conditions = [], []
        for i, (folded, english) in enumerate(tokens):
            f, e = f":f{i}", f":e{i}"
            params[f[1:]], params[e[1:]] = folded, english
            in_english = f"({e} != '' AND instr(english, {e}) > 0)"
            scores.append(
                f"(CASE WHEN instr(:sep || names || :sep, :sep || {f} || :sep) > 0 THEN 30"
                f" WHEN instr(names, {f}) > 0 THEN 10 ELSE 0 END"
                f" + CASE WHEN {in_english} THEN 4 ELSE 0 END"
                f" + CASE WHEN instr(body, {f}) > 0 THEN 1 ELSE 0 END)"
            )
            conditions.append(f"(instr(names, {f}) > 0 OR instr(body, {f}) > 0 OR {in_english})")
        sql = (
            f"SELECT id, {' + '.join(scores)} AS score FROM terms WHERE {' AND '.join(conditions)}"
            " ORDER BY score DESC, length(term), id LIMIT :limit"
        )
        return [(int(row[0]), float(row[1])) for row in self._db.execute(sql, params)]

    def documents(self) -> list[Document]:
        return [
            _decode(row[0], Document)
            for row in self._db.execute("SELECT json FROM documents ORDER BY rowid")
        ]

    def document(self, doc_id: str) -> Document | None:
        row = self._db.execute("SELECT json FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return None if row is None else _decode(row[0], Document)

    # -- targets ----------------------------------------------------------------------

    def regions(self) -> list[Region]:
        rows = self._db.execute("SELECT json FROM regions ORDER BY rowid")
        return [_decode(row[0], Region) for row in rows]

    def region_named(self, key: str) -> Region | None:
        row = self._db.execute(
            "SELECT r.json FROM region_keys k JOIN regions r ON r.name = k.name WHERE k.key = ?",
            (key,),
        ).fetchone()
        return None if row is None else _decode(row[0], Region)

    def region_names_like(self, key: str, limit: int) -> list[str]:
        rows = self._db.execute(
            "SELECT DISTINCT name FROM region_keys WHERE instr(key, ?) > 0 LIMIT ?", (key, limit)
        )
        return [row[0] for row in rows]

    def targets(self, region: str, year: int | None = None, key: str | None = None) -> list[Target]:
        rows = self._db.execute(
            "SELECT json FROM targets WHERE region = ?1 AND (?2 IS NULL OR year = ?2) "
            "AND (?3 IS NULL OR key = ?3) ORDER BY id",
            (region, year, key),
        )
        return [_decode(row[0], Target) for row in rows]

    def years(self, region: str) -> list[int]:
        rows = self._db.execute(
            "SELECT DISTINCT year FROM targets WHERE region = ? ORDER BY year", (region,)
        )
        return [int(row[0]) for row in rows]

    def keys(self) -> list[str]:
        return [row[0] for row in self._db.execute("SELECT DISTINCT key FROM targets ORDER BY key")]

    def keys_named(self, folded: str) -> list[str]:
        """Keys whose Chinese or English name is ``folded`` (else contains it)."""
        exact = self._db.execute(
            "SELECT DISTINCT key FROM targets WHERE instr(?1 || names || ?1, ?1 || ?2 || ?1) > 0 "
            "ORDER BY key",
            (SEPARATOR, folded),
        ).fetchall()
        if exact:
            return [row[0] for row in exact]
        rows = self._db.execute(
            "SELECT DISTINCT key FROM targets WHERE instr(names, ?) > 0 ORDER BY key", (folded,)
        )
        return [row[0] for row in rows]

    def regions_with_key(self, key: str) -> list[str]:
        rows = self._db.execute(
            "SELECT region FROM targets WHERE key = ? GROUP BY region ORDER BY min(id)", (key,)
        )
        return [row[0] for row in rows]

    def regions_with_data(self) -> list[str]:
        rows = self._db.execute("SELECT region FROM targets GROUP BY region ORDER BY min(id)")
        return [row[0] for row in rows]


def _decode(text: str, model: type[T]) -> T:
    from jfq.schema import convert

    return convert(json.loads(text), model)


# -- building -----------------------------------------------------------------------------


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} if len(text) > 1 else {text}


def _dumps(obj: Any) -> str:
    from jfq.schema import to_plain

    return json.dumps(to_plain(obj), ensure_ascii=False, separators=(",", ":"))


def build(connection: sqlite3.Connection, glossary: Glossary, table: TargetTable) -> None:
    """Fill an empty database with the index of ``glossary`` and ``table``."""
    db = connection
    db.executescript(_SCHEMA)
    db.executemany(
        "INSERT INTO documents VALUES (?, ?)", ((d.id, _dumps(d)) for d in glossary.documents)
    )
    keys: list[tuple[str, str, str, int]] = []
    postings: dict[tuple[str, str], array[int]] = defaultdict(lambda: array("i"))
    rows = []
    for term_id, term in enumerate(glossary.terms, start=1):
        names = [term.term, *term.aliases]
        folded_names = [fold(n) for n in names]
        keys.append((folded_names[0], "term", term.term, term_id))
        aliases = zip(folded_names[1:], term.aliases, strict=True)
        keys.extend((folded, "alias", alias, term_id) for folded, alias in aliases)
        compact = pinyin_key(term.pinyin)
        keys.append((compact, "pinyin", term.pinyin, term_id))
        keys.append((pinyin_initials(term.pinyin), "initials", term.pinyin, term_id))
        components = list(walk(term.components))
        keys.extend((fold(c.text), "component", c.text, term_id) for c in components)
        english = [term.en, *(c.en for c in components if c.en)]
        for word in {w for text in english for w in english_words(text)}:
            postings["en", word].append(term_id)
        for gram in {g for name in (*folded_names, compact) for g in _bigrams(name)}:
            postings["gram", gram].append(term_id)
        body = [
            term.definition or "",
            *(c.text for c in components),
            *(c.detail or "" for c in components),
            *(s.quote for s in term.sources),
        ]
        rows.append(
            (
                term_id,
                term.term,
                term.scope,
                term.category,
                _dumps(term),
                SEPARATOR.join((*folded_names, compact)),
                SEPARATOR.join(t.casefold() for t in english),
                SEPARATOR.join(fold(t) for t in body if t),
            )
        )
    db.executemany("INSERT INTO terms VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.executemany("INSERT INTO term_keys VALUES (?, ?, ?, ?)", (k for k in keys if k[0]))
    db.executemany(
        "INSERT INTO postings VALUES (?, ?, ?)",
        ((kind, token, ids.tobytes()) for (kind, token), ids in postings.items()),
    )
    db.executemany(
        "INSERT INTO regions VALUES (?, ?)", ((r.name, _dumps(r)) for r in table.regions)
    )
    region_keys = set()
    for region in table.regions:
        for spelling in (region.name, region.en, *region.aliases):
            region_keys.add((fold(spelling), region.name))
        region_keys.add((pinyin_key(region.pinyin), region.name))
    db.executemany("INSERT INTO region_keys VALUES (?, ?)", sorted(region_keys))
    db.executemany(
        "INSERT INTO targets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                i,
                t.region,
                t.year,
                t.since,
                t.kind,
                t.tier,
                t.key,
                SEPARATOR.join((fold(t.name), fold(t.en))),
                _dumps(t),
            )
            for i, t in enumerate(table.targets, start=1)
        ),
    )
    db.executescript(_INDEXES)
    db.execute("INSERT INTO meta VALUES ('version', ?)", (INDEX_VERSION,))
    db.commit()


def _load_data(files: DataFiles) -> tuple[Glossary, TargetTable]:
    from jfq.datafiles import load_model

    return load_model(files.glossary, Glossary), load_model(files.targets, TargetTable)


def build_in_memory(files: DataFiles) -> Index:
    """An index that lives only as long as this process (no cache)."""
    connection = sqlite3.connect(":memory:")
    build(connection, *_load_data(files))
    return Index(connection)


def open_index(files: DataFiles) -> Index:
    """The index of ``files``: the cached one if current, else built (and cached if possible).

    A corrupt or foreign cache file is rebuilt; an unwritable cache folder means
    the index is built in memory for this run only.  Nothing here is an error
    the user needs to hear about: the cache is an optimisation.
    """
    folder = cache_dir()
    try:
        digest = data_digest(files, folder)
    except OSError:
        return build_in_memory(files)
    path = folder / f"index-{digest}.sqlite"
    if path.exists():
        index = _open_existing(path)
        if index is not None:
            return index
    return _build_cached(files, path)


def _open_existing(path: Path) -> Index | None:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        row = connection.execute("SELECT value FROM meta WHERE name = 'version'").fetchone()
        if row is not None and row[0] == INDEX_VERSION:
            return Index(connection)
        connection.close()
    except sqlite3.DatabaseError:
        pass
    return None


def _build_cached(files: DataFiles, path: Path) -> Index:
    import tempfile

    glossary, table = _load_data(files)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".building-", suffix=".sqlite")
        os.close(fd)
    except OSError:
        connection = sqlite3.connect(":memory:")
        build(connection, glossary, table)
        return Index(connection)
    try:
        connection = sqlite3.connect(tmp)
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        build(connection, glossary, table)
        connection.close()
        # Readers only ever open complete files: the rename is atomic.
        Path(tmp).replace(path)
    except (OSError, sqlite3.DatabaseError):
        Path(tmp).unlink(missing_ok=True)
        connection = sqlite3.connect(":memory:")
        build(connection, glossary, table)
        return Index(connection)
    index = _open_existing(path)
    if index is None:  # pragma: no cover - the file we just wrote vanished or broke
        return build_in_memory(files)
    return index
