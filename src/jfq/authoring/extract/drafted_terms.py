"""A report's glossary entries as the draft's terms: the term and its definition as the text
writes them, the English to translate (or the page's own, in a bilingual list), the scope of
the region, and the quote.  Split from __init__.py, which drafts the rows."""

from __future__ import annotations

from jfq.authoring.extract.definition_parts import parts
from jfq.authoring.extract.glossary_bilingual import ENGLISH_LIST, first_line
from jfq.authoring.extract.glossary_words import Entry
from jfq.authoring.extract.quoting import quoted
from jfq.authoring.extract.text import Text
from jfq.data.model import Component, Scope, Term


def drafted_terms(read: Text, entries: list[Entry], doc: str, region: str) -> list[Term]:
    """A term for each term the entries define, from its first entry."""
    return [_term(read, entry, doc, region) for entry in _unique_entries(read, entries)]


def _term(read: Text, entry: Entry, doc: str, region: str) -> Term:
    name = read.name(*entry.term)
    definition = read.cut(*entry.definition).strip()
    source = quoted(read, entry.item, doc)
    english = entry.where == ENGLISH_LIST  # (the page's own English rendering: a draft's en)
    return Term(
        term=name,
        pinyin="",  # generated when the draft is merged (jfq merge), never reviewed by hand
        en=first_line(definition) if english else f"(to translate) {name}",
        scope=_scope(region),
        category="治理",
        definition=definition,
        components=[Component(text=part) for part in parts(name, definition)],
        sources=[source],
        notes=[f"Drafted by jfq extract from a {entry.where}: check en, scope and category."],
    )


def _unique_entries(read: Text, entries: list[Entry]) -> list[Entry]:
    """The first entry for each term (a report may define one twice)."""
    seen: set[str] = set()
    unique = []
    for entry in entries:
        name = read.name(*entry.term)
        if name not in seen:
            seen.add(name)
            unique.append(entry)
    return unique


def _scope(region: str) -> Scope:
    for ending, scope in (("示范区", "示范区"), ("省", "省"), ("市", "市")):
        if region.endswith(ending):
            return scope  # type: ignore[return-value]
    return "国家" if region in ("全国", "国务院", "中国") else "区"
