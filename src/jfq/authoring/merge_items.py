"""A draft's items sorted against what a data folder holds: new, already there, or in
conflict with what is there (jfq.authoring.merge writes only the new ones)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jfq.data.convert import convert, to_plain
from jfq.data.model import Passage, row_identity
from jfq.data.passages import holding
from jfq.data.records import Record, record
from jfq.errors import UsageError
from jfq.search import pinyin
from jfq.search.normalize import fold

Plain = dict[str, Any]


@record
class Sorted(Record):
    """One list of the draft's items, sorted."""

    added: list[Plain]  # the new items, as they will be written
    places: list[int | None]  # each added item's index in the draft (None: made by merge)
    unchanged: int  # items already there, identical
    conflicts: list[str]  # items left out because they would change what is there


def with_pinyin(item: Plain, name_field: str) -> Plain:
    """The item with its pinyin filled in where the draft leaves it out (needs pypinyin)."""
    if item.get("pinyin"):
        return item
    if not pinyin.available():
        raise UsageError(
            "merging needs the pinyin of new entries, and pypinyin is not installed",
            hint="pip install 'jfq[extract]', then extract and merge again",
        )
    return {**item, "pinyin": pinyin.pinyin_of(str(item.get(name_field, "")))}


def _compact(item: Plain) -> Plain:
    """An item without its empty fields, for comparing a draft with what is stored."""
    return {k: v for k, v in item.items() if v not in (None, [], {})}


def _sort_out(
    drafts: list[Plain],
    existing: dict[Any, Plain],
    *,
    key: Callable[[Plain], Any],
    same: Callable[[Plain, Plain], bool],
    conflict: Callable[[Plain, Plain], str],
) -> Sorted:
    """The drafts that are new (keyed by ``key``); one already there is counted as
    unchanged when ``same`` says so, else listed as a conflict and left out."""
    result = Sorted([], [], 0, [])
    for place, draft in enumerate(drafts):
        old = existing.get(key(draft))
        if old is None:
            result.added.append(_compact(draft))
            result.places.append(place)
            existing[key(draft)] = draft
        elif same(old, draft):
            result.unchanged += 1
        else:
            result.conflicts.append(conflict(old, draft))
    return result


def new_documents(documents: list[Plain], drafts: list[Plain]) -> Sorted:
    """The draft's documents that the folder has neither in sources/ nor in glossary.yaml."""
    existing = {d["id"]: d for d in documents}
    return _sort_out(
        drafts, existing, key=lambda d: d["id"],
        same=lambda old, d: old.get("title") == d["title"],
        conflict=lambda old, d: f"document {d['id']}: already listed with another title "
        f"({old['title']})",
    )  # fmt: skip


def new_terms(glossary: Plain, drafts: list[Plain]) -> Sorted:
    owners = {}  # every spelling of every entry: a new name may be an old alias
    for term in glossary.get("terms") or []:
        for spelling in (term["term"], *term.get("aliases", ())):
            owners[fold(spelling)] = term
    return _sort_out(
        drafts, owners, key=lambda t: fold(t["term"]),
        same=lambda old, t: old.get("definition") == t.get("definition"),
        conflict=lambda old, t: f"term {t['term']}: already an entry ({old['term']}) with "
        "another definition",
    )  # fmt: skip


def new_targets(table: Plain, drafts: list[Plain]) -> Sorted:
    def conflict(old: Plain, row: Plain) -> str:
        region, year, _, key, kind = row_identity(row)
        stored, says = old.get("text"), row["text"]
        return f"{kind} {key} {region} {year}: stored as {stored!r}, the draft says {says!r}"

    existing = {row_identity(row): row for row in table.get("targets") or []}
    figure = ("value", "value_max", "unit", "comparator")
    return _sort_out(
        drafts, existing, key=row_identity,
        same=lambda old, row: all(old.get(k) == row.get(k) for k in figure),
        conflict=conflict,
    )  # fmt: skip


def new_regions(table: Plain, drafts: list[Plain], rows: list[Plain]) -> Sorted:
    """The draft's new regions, and a placeholder for each region a new row names that
    neither the file nor the draft lists."""
    known = {region["name"] for region in table.get("regions") or []}
    result = Sorted([], [], 0, [])
    for place, region in enumerate(drafts):
        if region["name"] not in known:
            known.add(region["name"])
            result.added.append(_compact(region))
            result.places.append(place)
    for name in dict.fromkeys(row["region"] for row in rows):
        if name not in known:
            known.add(name)
            placeholder = {"name": name, "en": f"(to translate) {name}"}
            result.added.append(with_pinyin(placeholder, "name"))
            result.places.append(None)
    return result


def cited_passages(document: Plain, items: list[Plain]) -> Plain:
    """A new document with only the passages that the quotes merged with it cite: a
    reviewer who deleted a row from the draft deleted its passage too."""
    passages = [convert(p, Passage) for p in document.get("passages") or []]
    kept: list[Passage] = []
    for item in items:
        for quote in item.get("sources") or []:
            if quote.get("doc") == document["id"]:
                kept += [p for p in holding(quote["quote"], passages) if p not in kept]
    kept.sort(key=lambda passage: passage.at)
    return {**document, "passages": [to_plain(p) for p in kept]}
