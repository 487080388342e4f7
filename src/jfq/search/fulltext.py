"""Full-text search over the glossary, and the list of entries."""

from __future__ import annotations

from jfq.data.model import Target, Term, walk
from jfq.data.records import Record, record
from jfq.errors import NotFound, UsageError
from jfq.search.index import Index
from jfq.search.lookup import MAX_QUERY
from jfq.search.normalize import (
    fold,
    fold_with_map,
    is_latin,
    is_toned_pinyin,
    numeral_variants,
    without_tone_numbers,
)
from jfq.search.scoring import Token

_MAX_WORDS = 10  # words of a full-text search


@record(kw_only=True)
class SearchHit(Record):
    """A glossary entry that holds every word; its fields, in order, are the JSON shape."""

    kind: str = "entry"
    term: str
    en: str
    scope: str
    category: str
    score: float
    field: str  # where the snippet comes from: term, alias, en, definition, component, quote
    snippet: str


@record(kw_only=True)
class FigureHit(Record):
    """An indicator of the target tables whose name, key, phrase or a quote holds every word
    (one hit per key, however many years and regions state it)."""

    kind: str = "figure"
    key: str
    name: str
    en: str
    regions: list[str]
    years: list[int]
    score: float
    field: str  # name, en, key, text (the figure's phrase) or quote
    snippet: str


@record
class SearchResult(Record):
    query: str
    hits: list[SearchHit | FigureHit]


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
    """Entries and indicators that contain every word of ``text``, best first, each with a
    snippet; on equal scores entries come first.  NotFound when nothing does."""
    tokens = _tokens(text)
    # Ranked first, decoded after: only the hits shown get a snippet (the slow part).
    found = [(score, 0, term_id) for term_id, score in index.search(tokens, limit)]
    found += [(score, 1, row_id) for row_id, score in index.search_figures(tokens, limit)]
    if not found:
        raise NotFound(f"nothing mentions {text!r}", hint="try fewer or shorter words")
    found.sort(key=lambda item: (-item[0], item[1]))  # stable: each side keeps its order
    hits = [
        _figure_hit(index, index.target(found_id), score, tokens)
        if figure
        else _entry_hit(index.term(found_id), score, tokens)
        for score, figure, found_id in found[:limit]
    ]
    return SearchResult(text, hits)


def _entry_hit(term: Term, score: float, tokens: list[Token]) -> SearchHit:
    where, snippet = _snippet(_fields(term), tokens)
    return SearchHit(term=term.term, en=term.en, scope=term.scope, category=term.category,
                     score=score, field=where, snippet=snippet)  # fmt: skip


def _tokens(text: str) -> list[Token]:
    """The words of a query as search tokens: each with its numbers written either way."""
    words = list(dict.fromkeys(text.split()))
    tokens: list[Token] = []
    for word in words:
        folded = fold(word)
        if folded:
            forms = [folded, *(fold(v) for v in numeral_variants(word))]
            if is_toned_pinyin(word):  # san1shi4 is sanshi (tone marks fold away already)
                forms.append(without_tone_numbers(word))
            tokens.append((list(dict.fromkeys(forms)), word.casefold() if is_latin(word) else ""))
    if not tokens:
        raise UsageError("the search text is empty: give a word, e.g. jfq search 养老")
    if len(tokens) > _MAX_WORDS or any(len(f[0]) > MAX_QUERY for f, _ in tokens):
        raise UsageError(f"search takes at most {_MAX_WORDS} words of {MAX_QUERY} characters")
    return tokens


def _figure_hit(index: Index, row: Target, score: float, tokens: list[Token]) -> FigureHit:
    fields = [("name", row.name), ("en", row.en), ("key", row.indicator()), ("text", row.text)]
    fields += [("quote", source.quote) for source in row.sources]
    where, snippet = _snippet(fields, tokens)
    regions, years = index.spread(row.indicator())
    return FigureHit(key=row.indicator(), name=row.name, en=row.en, regions=regions, years=years,
                     score=score, field=where, snippet=snippet)  # fmt: skip


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


def _snippet(
    fields: list[tuple[str, str]], tokens: list[Token], width: int = 24
) -> tuple[str, str]:
    """The first field that holds the first token (any of its forms), cut to ``width``
    characters either side."""
    forms = tokens[0][0]
    for where, text in fields:
        folded, origin = fold_with_map(text)
        at, form = next(((folded.find(f), f) for f in forms if f in folded), (-1, ""))
        if at < 0:
            continue
        start = origin[at]
        end = origin[at + len(form) - 1] + 1
        left, right = _word_edges(text, max(0, start - width), min(len(text), end + width))
        snippet = ("…" if left else "") + text[left:right] + ("…" if right < len(text) else "")
        return where, snippet
    return fields[0]


def _inside_a_word(text: str, at: int) -> bool:
    """True when ``at`` falls between two letters or digits of a Latin word."""
    before, after = text[at - 1 : at], text[at : at + 1]
    return (before + after).isascii() and before.isalnum() and after.isalnum()


def _word_edges(text: str, left: int, right: int) -> tuple[int, int]:
    """The cut moved off the middle of an English word: '…annual increase', not '…rage'."""
    while 0 < left < right and _inside_a_word(text, left):
        left += 1
    while left < right < len(text) and _inside_a_word(text, right):
        right -= 1
    left += text[left : left + 1] == " "
    right -= right < len(text) and text[right - 1 : right] == " "
    return left, right
