"""A text annotated with the glossary terms it uses (jfq annotate), for its translator.

A term is used where the text writes its name, one of its aliases, or one of the
parts of a slogan (零上访 is a part of 三零).  Parts shorter than PART_MIN_CHARS
(jfq.data.model) are everyday words (部门, 投资, 上市) and are not taken for the slogan.  Matching
reads traditional characters as simplified and full-width letters and digits as
narrow, one character for one, so every offset is an offset in the text as read.
Where two spellings overlap, the one that starts first wins, and of those the
longest; a spelling that begins or ends with a numeral inside a longer number
(三十 in 三十一, 334 in 3345) is not a use of the term.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import field

from jfq.data.model import PART_MIN_CHARS, Term, walk
from jfq.data.records import Record, record
from jfq.data.texts import read_text
from jfq.errors import NotFound
from jfq.search.index import Index
from jfq.search.normalize import simplified

_NUMERALS = frozenset("0123456789〇零一二两三四五六七八九十百千万亿")
# Full-width ASCII (！ to ～) to ASCII: one character for one, so offsets stay.
_NARROW = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


@record
class Occurrence(Record):
    """One place the text uses a term."""

    start: int  # offset of the first character, counted in characters from 0
    end: int  # offset just after the last
    line: int  # from 1
    column: int  # from 1, in characters
    text: str  # as the text writes it
    how: str  # name, alias or part
    spelling: str  # the name, alias or part it matched, as the glossary writes it
    en: str | None  # its English: the entry's, or for a part the part's own


@record
class Use(Record):
    """An entry the text uses, with every place it does."""

    number: int  # 1 for the entry the text uses first, and so on
    entry: Term
    occurrences: list[Occurrence]


@record
class Annotation(Record):
    source: str
    encoding: str
    text: str
    uses: list[Use]
    notes: list[str] = field(default_factory=list)  # what reading the file had to mend


def annotate_file(index: Index, name: str) -> Annotation:
    """Read a text (a file, or - for standard input) and annotate it; NotFound when it uses
    no glossary term."""
    text, encoding, mended = read_text(name)[1]
    uses = annotate(index, text)
    if not uses:
        raise NotFound(f"{name}: uses no term of the glossary",
                       hint="names, aliases and slogans' parts are matched as written")  # fmt: skip
    return Annotation(name, encoding, text, uses, mended)


def annotate(index: Index, text: str) -> list[Use]:
    """The entries ``text`` uses, in the order it first uses them."""
    meanings = _meanings(index)
    if not meanings:
        return []
    pattern = re.compile(_trie_pattern(meanings))
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    found: dict[int, list[Occurrence]] = {}
    entries: dict[int, Term] = {}
    for start, end in _matches(pattern, _comparable(text)):
        key = _comparable(text[start:end])
        line = bisect_right(line_starts, start)
        for term_id, how, spelling in meanings[key]:
            entry = entries.get(term_id) or entries.setdefault(term_id, index.term(term_id))
            en = _part_english(entry, spelling) if how == "part" else entry.en
            found.setdefault(term_id, []).append(Occurrence(
                start, end, line, start - line_starts[line - 1] + 1, text[start:end], how,
                spelling, en,
            ))  # fmt: skip
    return [Use(n, entries[term_id], places) for n, (term_id, places)
            in enumerate(found.items(), start=1)]  # fmt: skip


def _part_english(entry: Term, text: str) -> str | None:
    return next((part.en for part in walk(entry.components) if part.text == text), None)


def _comparable(text: str) -> str:
    return simplified(text).translate(_NARROW)


def _meanings(index: Index) -> dict[str, list[tuple[int, str, str]]]:
    """Spelling (comparable form) -> (entry id, name/alias/part, the spelling as written).

    A spelling that names an entry means that entry only; one that is only a part means
    every slogan it is a part of.
    """
    names: dict[str, list[tuple[int, str, str]]] = {}
    parts: dict[str, list[tuple[int, str, str]]] = {}
    for hit in index.spellings(("term", "alias", "part")):
        key = _comparable(hit.raw.strip())
        if not key or (hit.kind == "part" and len(key) < PART_MIN_CHARS):
            continue
        how = {"term": "name", "alias": "alias"}.get(hit.kind, "part")
        chosen = parts if how == "part" else names
        meant = chosen.setdefault(key, [])
        if all(term_id != hit.term_id for term_id, _, _ in meant):
            meant.append((hit.term_id, how, hit.raw))
    return {**parts, **names}


_Trie = dict[str, "_Trie"]


def _trie_pattern(spellings: Iterable[str]) -> str:
    """One regular expression for all spellings, as a trie: at each position it finds the
    longest spelling that starts there, at the C speed of the re module."""
    trie: _Trie = {}
    for spelling in spellings:
        node = trie
        for char in spelling:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: _Trie) -> str:
        arms = [re.escape(char) + branch(child) for char, child in sorted(node.items()) if char]
        if not arms:
            return ""
        body = arms[0] if len(arms) == 1 else "(?:" + "|".join(arms) + ")"
        return f"(?:{body})?" if "" in node else body

    return branch(trie)


def _matches(pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    position = 0
    while (match := pattern.search(text, position)) is not None:
        start, end = match.span()
        if start == end:  # pragma: no cover - every spelling has a character
            break
        if _inside_number(text, start, end):
            position = start + 1
            continue
        yield start, end
        position = end


def _inside_number(text: str, start: int, end: int) -> bool:
    before = start > 0 and text[start - 1] in _NUMERALS and text[start] in _NUMERALS
    after = end < len(text) and text[end] in _NUMERALS and text[end - 1] in _NUMERALS
    return before or after
