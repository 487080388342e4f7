"""Full-text search over the glossary, and the list of entries."""

from __future__ import annotations

from jfq.data.model import Term, walk
from jfq.data.records import Record, record
from jfq.errors import NotFound, UsageError
from jfq.search.index import Index
from jfq.search.lookup import MAX_QUERY
from jfq.search.normalize import fold, fold_with_map, is_latin

_MAX_WORDS = 10  # words of a full-text search


@record
class SearchHit(Record):
    term: str
    en: str
    scope: str
    category: str
    score: float
    field: str  # where the snippet comes from: term, alias, en, definition, component, quote
    snippet: str


@record
class SearchResult(Record):
    query: str
    hits: list[SearchHit]


@record
class TermList(Record):
    terms: list[Term]


def list_terms(index: Index, scope: str | None = None, category: str | None = None) -> TermList:
    """Every entry, or those of a scope and category (as the data writes them: 区, 治理)."""
    terms = index.terms(scope, category)
    if not terms:
        raise NotFound("no entries have that scope and category")
    return TermList(terms)


def search(index: Index, text: str, limit: int = 20) -> SearchResult:
    """Entries that contain every word of ``text``, best first, each with a snippet.

    NotFound when none does.
    """
    words = list(dict.fromkeys(text.split()))
    tokens = [(fold(w), w.casefold() if is_latin(w) else "") for w in words]
    tokens = [(f, e) for f, e in tokens if f]
    if not tokens:
        raise UsageError("the search text is empty: give a word, e.g. jfq search 养老")
    if len(tokens) > _MAX_WORDS or any(len(f) > MAX_QUERY for f, _ in tokens):
        raise UsageError(f"search takes at most {_MAX_WORDS} words of {MAX_QUERY} characters")
    hits = []
    for term_id, score in index.search(tokens, limit):
        term = index.term(term_id)
        where, snippet = _snippet(term, tokens)
        hits.append(SearchHit(term.term, term.en, term.scope, term.category, score, where, snippet))
    if not hits:
        raise NotFound(f"nothing mentions {text!r}", hint="try fewer or shorter words")
    return SearchResult(text, hits)


def _fields(term: Term) -> list[tuple[str, str]]:
    out = [("term", term.term), *(("alias", a) for a in term.aliases), ("en", term.en)]
    if term.definition:
        out.append(("definition", term.definition))
    for component in walk(term.components):
        out.append(("component", component.text))
        if component.en:
            out.append(("component", component.en))
        if component.detail:
            out.append(("component", component.detail))
    out.extend(("quote", s.quote) for s in term.sources)
    return out


def _snippet(term: Term, tokens: list[tuple[str, str]], width: int = 24) -> tuple[str, str]:
    """The first field that holds the first token, cut to ``width`` characters either side."""
    folded_token = tokens[0][0]
    for where, text in _fields(term):
        folded, origin = fold_with_map(text)
        at = folded.find(folded_token)
        if at < 0:
            continue
        start = origin[at]
        end = origin[at + len(folded_token) - 1] + 1
        left = max(0, start - width)
        right = min(len(text), end + width)
        snippet = ("…" if left else "") + text[left:right] + ("…" if right < len(text) else "")
        return where, snippet
    return "term", term.term
