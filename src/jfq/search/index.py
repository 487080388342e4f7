"""Reading the index: glossary and targets in one SQLite file (built by jfq.search.build).

Exact, alias, normalized and pinyin matches are B-tree look-ups on ``term_keys``.
The fallbacks (part of a name, a component, English words, "did you mean") and
full-text search scan short precomputed columns inside SQLite, at C speed, never
the entries in Python.  Entries are stored as JSON and turned back into model
objects one at a time, so a lookup never decodes the whole glossary.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

from jfq.data.convert import convert
from jfq.data.model import Document, Region, Target, Term
from jfq.data.records import Record, record
from jfq.errors import JfqError
from jfq.search.normalize import SEPARATOR
from jfq.search.scoring import Token, scoring

T = TypeVar("T")


@record
class KeyHit(Record):
    term_id: int
    term: str
    kind: str  # term, alias, pinyin, initials, part
    raw: str  # the name, alias, pinyin or part's text that produced the key


# Opens one part's database; True when the one opened before failed while it was read.
Opener = Callable[[bool], sqlite3.Connection]


class Index:
    """Read access to the built index.  All methods return model objects or plain values.

    The glossary and the targets are separate databases (one cache file per data
    file), each opened on first use: a term lookup never touches the targets.
    SQLite reads pages only as a query needs them, so a damaged cache file shows
    only in the query that meets the damage.  Any error there (malformed pages,
    text that no longer decodes) means: the database is reopened with ``broken``,
    which rebuilds it, and the query runs once more.  A second failure is a bug.
    """

    def __init__(self, glossary: Opener, targets: Opener) -> None:
        self._openers = {"glossary": glossary, "targets": targets}
        self._connections: dict[str, sqlite3.Connection] = {}
        self._rebuilt: set[str] = set()

    def _read(self, part: str, read: Callable[[sqlite3.Connection], T]) -> T:
        """``read`` on the part's database, rebuilt and tried again once if it fails."""
        try:
            if part not in self._connections:
                self._connections[part] = self._openers[part](False)
            return read(self._connections[part])
        except JfqError:  # a data file's fault, reported as such
            raise
        except Exception:
            if part in self._rebuilt:
                raise
            self._rebuilt.add(part)
            broken = self._connections.pop(part, None)
            if broken is not None:
                broken.close()
            self._connections[part] = self._openers[part](True)
            return read(self._connections[part])

    def _rows(
        self, part: str, sql: str, params: Sequence[object] | Mapping[str, object] = ()
    ) -> list[Any]:
        return self._read(part, lambda db: db.execute(sql, params).fetchall())

    def _models(
        self, part: str, model: type[T], sql: str, params: Sequence[object] = ()
    ) -> list[T]:
        return self._read(part, lambda db: [_decode(r[0], model) for r in db.execute(sql, params)])

    # -- glossary ---------------------------------------------------------------------

    def key_hits(self, key: str, kinds: Sequence[str]) -> list[KeyHit]:
        marks = ",".join("?" * len(kinds))
        rows = self._rows(
            "glossary",
            "SELECT k.term_id, t.term, k.kind, k.raw FROM term_keys k JOIN terms t "
            f"ON t.id = k.term_id WHERE k.key = ? AND k.kind IN ({marks}) ORDER BY k.term_id",
            (key, *kinds),
        )
        return [KeyHit(*row) for row in rows]

    def key_prefix_hits(self, prefix: str, kinds: Sequence[str], limit: int) -> list[KeyHit]:
        marks = ",".join("?" * len(kinds))
        rows = self._rows(
            "glossary",
            "SELECT k.term_id, t.term, k.kind, k.raw FROM term_keys k JOIN terms t "
            f"ON t.id = k.term_id WHERE k.key >= ? AND k.key < ? AND k.kind IN ({marks}) "
            "ORDER BY length(k.key), k.term_id LIMIT ?",
            (prefix, prefix + "\U0010ffff", *kinds, limit),
        )
        return [KeyHit(*row) for row in rows]

    def names_containing(self, folded: str, limit: int) -> list[tuple[int, str, str]]:
        """(id, term, folded names) of entries whose name, alias or pinyin contains ``folded``."""
        return self._rows(
            "glossary",
            "SELECT id, term, names FROM terms WHERE instr(names, ?) > 0 "
            "ORDER BY instr(names, ?) = 1 DESC, length(term), id LIMIT ?",
            (folded, folded, limit),
        )

    def with_part(self, folded: str, limit: int) -> list[tuple[int, str]]:
        """(id, term) of entries with a component whose folded text is ``folded``."""
        return self._rows(
            "glossary",
            "SELECT id, term FROM terms WHERE instr(?1 || parts || ?1, ?1 || ?2 || ?1) > 0 "
            "ORDER BY id LIMIT ?3",
            (SEPARATOR, folded, limit),
        )

    def with_english(
        self, stems: Sequence[str], limit: int, whole_words: bool = False
    ) -> list[tuple[int, str]]:
        """(id, term) of entries with an English word starting with each stem (or, with
        ``whole_words``, that word itself), least English first."""
        where = " AND ".join("instr(english, ?) > 0" for _ in stems)
        after = " " if whole_words else ""
        return self._rows(
            "glossary",
            f"SELECT id, term FROM terms WHERE {where} ORDER BY length(english), id LIMIT ?",
            (*(" " + stem + after for stem in stems), limit),
        )

    def sharing_grams(self, grams: Sequence[str], limit: int) -> list[tuple[int, str, str]]:
        """(id, term, names) of the entries whose names share most of ``grams``."""
        votes = " + ".join("(instr(names, ?) > 0)" for _ in grams)
        rows = self._rows(
            "glossary",
            f"SELECT id, term, names, {votes} AS votes FROM terms WHERE votes > 0 "
            "ORDER BY votes DESC, id LIMIT ?",
            (*grams, limit),
        )
        return [(row[0], row[1], row[2]) for row in rows]

    def term(self, term_id: int) -> Term:
        (term,) = self._models("glossary", Term, "SELECT json FROM terms WHERE id = ?", (term_id,))
        return term

    def term_names(self, limit: int) -> list[str]:
        rows = self._rows("glossary", "SELECT term FROM terms ORDER BY id LIMIT ?", (limit,))
        return [row[0] for row in rows]

    def terms(self, scope: str | None = None, category: str | None = None) -> list[Term]:
        return self._models(
            "glossary",
            Term,
            "SELECT json FROM terms WHERE (?1 IS NULL OR scope = ?1) "
            "AND (?2 IS NULL OR category = ?2) ORDER BY id",
            (scope, category),
        )

    def search(self, tokens: Sequence[Token], limit: int) -> list[tuple[int, float]]:
        """Entries where every token occurs, best first, as (id, score).

        A token is (forms, english): the folded ways of writing it (7稳 and 七稳) and, for
        Latin text, its case-folded form for the English column.  Weights: a whole name
        30, part of a name, alias or pinyin 10, English 4, definition, parts or quotes 1.
        """
        params: dict[str, object] = {"limit": limit}
        score, where = scoring(tokens, ("names",), params)
        sql = (
            f"SELECT id, {score} AS score FROM terms WHERE {where}"
            " ORDER BY score DESC, length(term), id LIMIT :limit"
        )
        rows = self._read("glossary", lambda db: db.execute(sql, params).fetchall())
        return [(int(row[0]), float(row[1])) for row in rows]

    def spellings(self, kinds: Sequence[str]) -> list[KeyHit]:
        """Every name, alias or part (as ``kinds`` asks) as written, in entry order."""
        marks = ",".join("?" * len(kinds))
        rows = self._rows(
            "glossary",
            "SELECT k.term_id, t.term, k.kind, k.raw FROM term_keys k JOIN terms t "
            f"ON t.id = k.term_id WHERE k.kind IN ({marks}) ORDER BY k.term_id, k.rowid",
            tuple(kinds),
        )
        return [KeyHit(*row) for row in rows]

    def documents(self) -> list[Document]:
        return self._models("glossary", Document, "SELECT json FROM documents ORDER BY rowid")

    def document(self, doc_id: str) -> Document | None:
        found = self._models("glossary", Document, "SELECT json FROM documents WHERE id = ?",
                             (doc_id,))  # fmt: skip
        return found[0] if found else None

    def document_map(self) -> Mapping[str, Document]:
        """The documents by id, each read when first asked for: an entry's screen names
        two or three of the data's documents, and need not decode all of them."""
        return _Documents(self)

    def scope_counts(self) -> list[tuple[str, int, int]]:
        """(scope, entries, entries the sources use without explaining), largest first."""
        rows = self._rows(
            "glossary",
            "SELECT scope, count(*), sum(json_extract(json, '$.defined') = 0) FROM terms "
            "GROUP BY scope ORDER BY count(*) DESC, scope",
        )
        return [(row[0], int(row[1]), int(row[2])) for row in rows]

    # -- targets ----------------------------------------------------------------------

    def regions(self) -> list[Region]:
        return self._models("targets", Region, "SELECT json FROM regions ORDER BY rowid")

    def region_spellings(self) -> dict[str, str]:
        """Every region's name and aliases, each to its name (河南 -> 河南省): what jfq
        extract reads a region named in a report as."""
        return {spelling: r.name for r in self.regions() for spelling in (r.name, *r.aliases)}

    def region_named(self, key: str) -> Region | None:
        found = self._models(
            "targets",
            Region,
            "SELECT r.json FROM region_keys k JOIN regions r ON r.name = k.name WHERE k.key = ? "
            "LIMIT 1",
            (key,),
        )
        return found[0] if found else None

    def targets(self, region: str, year: int | None = None, key: str | None = None) -> list[Target]:
        return self._models(
            "targets",
            Target,
            "SELECT json FROM targets WHERE region = ?1 AND (?2 IS NULL OR year = ?2) "
            "AND (?3 IS NULL OR indicator = ?3) ORDER BY id",
            (region, year, key),
        )

    def years(self, region: str, kind: str | None = None, tier: str | None = None) -> list[int]:
        rows = self._rows(
            "targets",
            "SELECT DISTINCT year FROM targets WHERE region = ?1 AND (?2 IS NULL OR kind = ?2) "
            "AND (?3 IS NULL OR tier = ?3) ORDER BY year",
            (region, kind, tier),
        )
        return [int(row[0]) for row in rows]

    def indicator_keys(self) -> list[str]:
        """Every indicator: the keys, and the names of rows that have none."""
        rows = self._rows("targets", "SELECT DISTINCT indicator FROM targets ORDER BY indicator")
        return [row[0] for row in rows]

    def indicators(self, region: str | None) -> list[tuple[str, str, str, list[str], list[int]]]:
        """(key, name, English name, regions, years) of every indicator (of ``region``, if
        given), headline indicators first, then in the data's order."""
        keys = self._rows(
            "targets",
            "SELECT indicator, min(id) FROM targets WHERE ?1 IS NULL OR region = ?1 "
            "GROUP BY indicator ORDER BY min(tier != 'headline'), min(id)",
            (region,),
        )
        found = []
        for key, first in keys:
            ((name, en),) = self._rows(
                "targets",
                "SELECT json_extract(json, '$.name'), json_extract(json, '$.en') FROM targets "
                "WHERE id = ?",
                (first,),
            )
            regions, years = self.spread(key, region)
            found.append((key, name, en, regions, years))
        return found

    def keys_named(self, folded: str) -> list[str]:
        """Indicators (keys, or names of rows without one) whose Chinese or English name is
        ``folded`` (else contains it)."""
        exact = self._rows(
            "targets",
            "SELECT DISTINCT indicator FROM targets "
            "WHERE instr(?1 || names || ?1, ?1 || ?2 || ?1) > 0 ORDER BY indicator",
            (SEPARATOR, folded),
        )
        rows = exact or self._rows(
            "targets",
            "SELECT DISTINCT indicator FROM targets WHERE instr(names, ?) > 0 ORDER BY indicator",
            (folded,),
        )
        return [row[0] for row in rows]

    def regions_with_key(self, key: str) -> list[str]:
        rows = self._rows(
            "targets",
            "SELECT region FROM targets WHERE indicator = ? GROUP BY region ORDER BY min(id)",
            (key,),
        )
        return [row[0] for row in rows]

    def row_count(self) -> int:
        return int(self._rows("targets", "SELECT count(*) FROM targets")[0][0])

    def all_years(self) -> list[int]:
        rows = self._rows("targets", "SELECT DISTINCT year FROM targets ORDER BY year")
        return [int(row[0]) for row in rows]

    def all_targets(self) -> list[Target]:
        """Every row of every region, in the order of the data file."""
        return self._models("targets", Target, "SELECT json FROM targets ORDER BY id")

    def search_figures(self, tokens: Sequence[Token], limit: int) -> list[tuple[int, float]]:
        """Indicators where every token occurs in one row (name, English name, key, the
        phrase or a quote), best first: (id of the best row, score), one per key.

        Weights as for entries: a whole name or the key 30, part of either 10, English 4,
        the phrase or a quote 1.
        """
        params: dict[str, object] = {"limit": limit}
        score, where = scoring(tokens, ("names", "folded_key"), params)
        # SQLite takes the bare column (row_id) from the row where max() found its value.
        sql = (
            f"SELECT row_id, max({score}) AS score FROM target_texts WHERE {where}"
            " GROUP BY key ORDER BY score DESC, min(row_id) LIMIT :limit"
        )
        return [(int(row[0]), float(row[1])) for row in self._rows("targets", sql, params)]

    def target(self, row_id: int) -> Target:
        (row,) = self._models("targets", Target, "SELECT json FROM targets WHERE id = ?", (row_id,))
        return row

    def spread(self, key: str, region: str | None = None) -> tuple[list[str], list[int]]:
        """(regions, years) with figures for ``key`` (in ``region``, if given), in the data's
        order and by year."""
        regions = self.regions_with_key(key) if region is None else [region]
        rows = self._rows(
            "targets",
            "SELECT DISTINCT year FROM targets WHERE indicator = ?1 "
            "AND (?2 IS NULL OR region = ?2) ORDER BY year",
            (key, region),
        )
        return regions, [int(row[0]) for row in rows]

    def regions_with_data(self) -> list[str]:
        rows = self._rows("targets", "SELECT region FROM targets GROUP BY region ORDER BY min(id)")
        return [row[0] for row in rows]


class _Documents(Mapping[str, Document]):
    """Index.document_map(): a Mapping that looks each document up on first use."""

    def __init__(self, index: Index) -> None:
        self._index = index
        self._found: dict[str, Document | None] = {}

    def __getitem__(self, doc_id: str) -> Document:
        if doc_id not in self._found:
            self._found[doc_id] = self._index.document(doc_id)
        found = self._found[doc_id]
        if found is None:
            raise KeyError(doc_id)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter([d.id for d in self._index.documents()])

    def __len__(self) -> int:
        return len(self._index.documents())


def _decode(text: str, model: type[T]) -> T:
    return convert(json.loads(text), model)
