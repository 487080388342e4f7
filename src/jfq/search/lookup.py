"""Finding the entry a reader means, however they type it, and full-text search.

Stages, first hit wins (the rest of that stage become ranked alternatives):
1. exact name, alias, or either after folding (quotes, marks, spaces, width,
   case and traditional characters removed)              -> exact / alias / normalized
2. the same with the numbers written the other way (4区4中心 -> 四区四中心,
   三三四 -> 334)                                           -> numerals
3. an entry's own English, whole (case, marks, plurals
   and stopwords aside)                                    -> english
4. Latin input: whole pinyin or initials, English words,
   start of a pinyin                                       -> pinyin / english
5. part of a name or alias                                 -> substring
6. an enumerated part of a slogan (零上访 -> 三零)           -> component
7. close spelling, accepted only when one candidate is clearly closest -> fuzzy
Nothing found: NotFound with "did you mean" suggestions.
"""

from __future__ import annotations

from dataclasses import field
from difflib import SequenceMatcher

from jfq.data.convert import to_plain
from jfq.data.model import Term
from jfq.data.records import Record, record
from jfq.errors import NotFound, UsageError
from jfq.search.index import Index, KeyHit
from jfq.search.normalize import (
    SEPARATOR,
    digits_fit,
    english_key,
    english_stems,
    english_words,
    fold,
    initials_key,
    is_latin,
    is_spaced_pinyin,
    is_toned_pinyin,
    numeral_variants,
    own_digits,
    pinyin_key,
)

MATCH_KINDS = (
    "exact",
    "alias",
    "normalized",
    "numerals",
    "pinyin",
    "english",
    "substring",
    "component",
    "fuzzy",
)
_FUZZY_ACCEPT = 0.75  # a lone candidate this close is taken as meant (三式经济 -> 三室经济)
_FUZZY_MARGIN = 0.1
_SUGGEST = 0.4
_MAX_ALTERNATIVES = 10
# Characters: beyond it a query is a paste, not a term.  No name is longer, nor the spelling
# of one a reader may type: the longest pinyin with tone marks and spaces has 123, the
# longest English 199 (100 had refused both).
MAX_QUERY = 300
_MIN_PART = 2  # a single character or letter is too little to stand for part of a name
_MAX_GRAMS = 48  # bigrams compared for "did you mean" (each is a column scan in SQLite)
# How a query may find an entry and still be taken as naming it, rather than as text
# that happens to be part of a name or a close spelling (jfq mentions searches for all of
# an entry's spellings only then).
NAMING_MATCHES = frozenset({"exact", "alias", "normalized", "pinyin"})


@record
class Candidate(Record):
    term: str
    match: str
    matched: str  # the name, alias, pinyin, English or part that matched


@record(kw_only=True)
class Miss(Record):
    """No entry fits the query; its fields, in this order, are the JSON output."""

    query: str
    match: None = None
    entry: None = None
    alternatives: list[Candidate] = field(default_factory=list)
    suggestions: list[str]  # the closest names, for "did you mean"


class TermNotFound(NotFound):
    def __init__(self, miss: Miss, hint: str) -> None:
        message = f"no entry for {miss.query.strip()!r}"
        super().__init__(message, hint=hint, details=to_plain(miss))


@record
class LookupResult(Record):
    """The entry found for a query; its fields, in this order, are the JSON output."""

    query: str
    match: str  # one of MATCH_KINDS
    matched: str  # the name, alias, pinyin, English or part that matched
    entry: Term
    alternatives: list[Candidate] = field(default_factory=list)


def refuse_long(text: str, what: str, named: str, hint: str | None = None) -> None:
    """UsageError for an argument longer than MAX_QUERY: matching it against every name
    costs time in proportion to its length (an indicator of 130,000 characters had taken
    55 s to be called unknown).  ``what`` is the argument, ``named`` what it names."""
    if len(text) > MAX_QUERY:
        raise UsageError(
            f"{what} is {len(text)} characters long; {named} has at most {MAX_QUERY}", hint=hint
        )


def find_term(index: Index, query: str) -> LookupResult:
    """The best entry for ``query``; raise NotFound (with suggestions) when none fits."""
    text = query.strip()
    if not text:
        raise UsageError("the query is empty: give a term, e.g. jfq term 334")
    key = fold(text)
    if not key:
        raise UsageError(f"the query {query!r} has no letters, digits or characters to look up")
    refuse_long(
        text, "the query", "a term", hint="for words anywhere in the glossary, use jfq search"
    )
    candidates = _ranked(index, text, key)
    if not candidates:
        names = suggestions(index, text)
        hint = (
            "did you mean: " + ", ".join(names) + "?"
            if names
            else f"try: jfq search {text}  (full text), or jfq terms for the whole list"
        )
        raise TermNotFound(Miss(query=query, suggestions=names), hint)
    (best_id, best), *rest = candidates
    return LookupResult(
        query=query,
        match=best.match,
        entry=index.term(best_id),
        matched=best.matched,
        alternatives=[c for _, c in rest[:_MAX_ALTERNATIVES]],
    )


def _ranked(index: Index, text: str, key: str) -> list[tuple[int, Candidate]]:
    stages = (_by_name, _by_numerals, _by_own_english, _by_latin, _by_substring, _by_component,
              _by_fuzzy)  # fmt: skip
    for stage in stages:
        found = stage(index, text, key)
        if found:
            return _unique(found)
    return []


def _unique(found: list[tuple[int, Candidate]]) -> list[tuple[int, Candidate]]:
    seen: set[int] = set()
    out = []
    for term_id, candidate in found:
        if term_id not in seen:
            seen.add(term_id)
            out.append((term_id, candidate))
    return out


def _hit(hit: KeyHit, match: str) -> tuple[int, Candidate]:
    return hit.term_id, Candidate(hit.term, match, hit.raw)


def _by_name(index: Index, text: str, key: str) -> list[tuple[int, Candidate]]:
    order = {"exact": 0, "alias": 1, "normalized": 2}
    found = []
    for hit in index.key_hits(key, ("term", "alias")):
        if hit.raw == text:
            found.append(_hit(hit, "exact" if hit.kind == "term" else "alias"))
        else:
            found.append(_hit(hit, "normalized"))
    return sorted(found, key=lambda item: order[item[1].match])


def _by_numerals(index: Index, text: str, key: str) -> list[tuple[int, Candidate]]:
    for variant in numeral_variants(text):
        hits = index.key_hits(fold(variant), ("term", "alias"))
        if hits:
            return [_hit(h, "numerals") for h in hits]
    return []


def _by_own_english(index: Index, text: str, key: str) -> list[tuple[int, Candidate]]:
    """An entry's own English, whole: '"Four-above" enterprises' is 四上企业, though an entry
    with less English (上规、上市、上云、上榜, "the four ups for enterprises") holds each
    word and had been shown first.  Tried before pinyin, as nothing names an entry more
    exactly, and for any script: an English may quote a name ("… the city's 起高峰")."""
    if is_toned_pinyin(text):
        return []
    english = english_key(text)
    return [_hit(h, "english") for h in index.key_hits(english, ("english",))] if english else []


def _by_latin(index: Index, text: str, key: str) -> list[tuple[int, Candidate]]:
    if not is_latin(text):
        return []
    compact = pinyin_key(text)
    if not compact:
        return []
    with_digits = initials_key(text)
    hits = index.key_hits(with_digits, ("initials",)) if with_digits != compact else []
    hits = hits or _same_digits(text, index.key_hits(compact, ("pinyin", "initials")))
    found = [_hit(h, "pinyin") for h in hits]
    if found:
        return found
    # Pinyin typed with spaces (si qu) names a pinyin: English must then be whole words,
    # or 'si qu' would be taken for words beginning si- and qu- (size, qualified).  Pinyin
    # with tones (sìqū, si4qu1) is no English at all: read as words, 's' and 'q' had made
    # it 新质生产力 ("quality"), a wrong entry with exit 0.
    found = []
    if not is_toned_pinyin(text):
        found = _by_english(index, text, whole_words=is_spaced_pinyin(text))
    if found or len(compact) < _MIN_PART:
        return found
    prefix_hits = index.key_prefix_hits(compact, ("pinyin",), _MAX_ALTERNATIVES + 1)
    # Closest to a whole pinyin first: 'sanshi' is more of 三室经济 than of 三十工程…
    prefix_hits.sort(key=lambda h: len(pinyin_key(h.raw)))
    return [_hit(h, "pinyin") for h in _same_digits(text, prefix_hits)]


def _same_digits(text: str, hits: list[KeyHit]) -> list[KeyHit]:
    """The hits whose names carry the query's numbers: '334 louyuan' is 334楼院…, never
    楼院自治金, though the pinyin keys (letters only) of both begin with louyuan."""
    if digits_fit(text, ""):  # no digits, or tone numbers only: a name's may be left out
        return hits
    return [h for h in hits if digits_fit(text, own_digits(h.raw))]


def _by_english(index: Index, text: str, whole_words: bool = False) -> list[tuple[int, Candidate]]:
    stems = english_words(text) if whole_words else english_stems(text)
    if not stems:
        return []
    # Entries with less English first: the query covers more of them.
    hits = index.with_english(stems, _MAX_ALTERNATIVES + 1, whole_words=whole_words)
    return [(term_id, Candidate(term, "english", text.strip())) for term_id, term in hits]


def _by_substring(index: Index, text: str, key: str) -> list[tuple[int, Candidate]]:
    if len(key) < _MIN_PART:
        return []
    found = []
    for term_id, term, names in index.names_containing(key, 50):
        parts = names.split(SEPARATOR)
        spelled = [p for p in parts[:-1] if key in p]  # the last part is the compact pinyin
        if spelled:
            best = min(spelled, key=len)
            found.append((term_id, Candidate(term, "substring", best), len(best)))
        else:
            found.append((term_id, Candidate(term, "pinyin", parts[-1]), len(parts[-1]) + 1000))
    found.sort(key=lambda item: (not item[1].matched.startswith(key), item[2]))
    return [(term_id, candidate) for term_id, candidate, _ in found]


def _by_component(index: Index, text: str, key: str) -> list[tuple[int, Candidate]]:
    hits = index.with_part(key, _MAX_ALTERNATIVES + 1)
    return [(term_id, Candidate(term, "component", text)) for term_id, term in hits]


def _similar(index: Index, key: str, limit: int) -> list[tuple[float, int, str, str]]:
    """(similarity, id, term, the spelling compared) for the closest names, best first."""
    latin = is_latin(key)
    probe = pinyin_key(key) if latin else key
    if not probe:
        return []
    # Sorted, not set order: the suggestions must not change from one run to the next.
    grams = sorted({probe[i : i + 2] for i in range(len(probe) - 1)} or {probe})[:_MAX_GRAMS]
    scored = []
    for term_id, term, names in index.sharing_grams(grams, 60):
        parts = names.split(SEPARATOR)
        spellings = [s for s in (parts[-1:] if latin else parts[:-1]) if s]
        if spellings:  # an entry whose pinyin has no letters (25311) has no Latin spelling
            ratio, spelling = max((SequenceMatcher(None, probe, s).ratio(), s) for s in spellings)
            scored.append((ratio, term_id, term, spelling))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return scored[:limit]


def _by_fuzzy(index: Index, text: str, key: str) -> list[tuple[int, Candidate]]:
    scored = _similar(index, key, 2)
    if not scored:
        return []
    best = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    # 四区五中心 is not a typo of 四区四中心: a different number names a different slogan.
    same_numbers = _numerals(key) == _numerals(best[3])
    if best[0] >= _FUZZY_ACCEPT and best[0] - runner_up >= _FUZZY_MARGIN and same_numbers:
        return [(best[1], Candidate(best[2], "fuzzy", best[3]))]
    return []


def _numerals(text: str) -> list[str]:
    return [c for c in text if c.isdigit() or c in "一二两三四五六七八九十百"]


def suggestions(index: Index, text: str, limit: int = 5) -> list[str]:
    """Names close to ``text``, for "did you mean"."""
    key = fold(text)
    return [term for ratio, _, term, _ in _similar(index, key, limit) if ratio >= _SUGGEST]


def named_entry(index: Index, text: str) -> Term | None:
    """The entry ``text`` names (by name, alias or pinyin), or None when it is other text:
    part of a name or a close spelling does not name an entry."""
    try:
        found = find_term(index, text)
    except NotFound:
        return None
    return found.entry if found.match in NAMING_MATCHES else None
