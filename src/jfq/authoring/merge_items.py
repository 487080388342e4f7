"""A draft's items sorted against what a data folder holds: new, already there, or in
conflict with what is there (jfq.authoring.merge writes only the new ones).

An item is there already when the folder has one of its name (a document's id, an
entry's spelling, a region's name, a row's region, year, indicator and kind).  It is
the same when every field the draft gives reads as the stored one does; each field
that differs is a conflict of its own, old beside new, so that a reviewer who edits a
merged draft and merges it again learns what did not go in.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from typing import Any

from jfq.data.convert import convert, to_plain
from jfq.data.integrity import DRAFT_MARK
from jfq.data.model import Document, Passage, Region, Target, Term, number, row_identity
from jfq.data.passages import holding
from jfq.data.records import Record, record
from jfq.errors import UsageError
from jfq.search import pinyin
from jfq.search.normalize import fold

Plain = dict[str, Any]
Differences = Callable[[Plain, Plain], list[str]]  # (stored, drafted) -> what would change


@record
class Sorted(Record):
    """One list of the draft's items, sorted."""

    added: list[Plain]  # the new items, as they will be written
    places: list[int | None]  # each added item's index in the draft (None: made by merge)
    unchanged: int  # items already there, identical
    conflicts: list[str]  # items left out because they would change what is there
    # document id -> the passages the draft adds to that stored document
    passages: dict[str, list[Plain]] = dataclasses.field(default_factory=dict)


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
    """An item without its empty fields: what a draft gives, and how it is written."""
    return {k: v for k, v in item.items() if v not in (None, [], {})}


def _sort_out(
    drafts: list[Plain],
    existing: dict[Any, Plain],
    *,
    key: Callable[[Plain], Any],
    named: Callable[[Plain, Plain], str],
    differences: Differences,
) -> Sorted:
    """The drafts that are new (keyed by ``key``); one already there is counted as
    unchanged when ``differences`` finds none, else each difference is a conflict (said
    of the item ``named``) and the item is left out."""
    result = Sorted([], [], 0, [])
    for place, draft in enumerate(drafts):
        old = existing.get(key(draft))
        if old is None:
            result.added.append(_compact(draft))
            result.places.append(place)
            existing[key(draft)] = draft
        elif found := differences(old, draft):
            result.conflicts += [f"{named(old, draft)}: {difference}" for difference in found]
        else:
            result.unchanged += 1
    return result


def _differing(
    model: type, *, besides: tuple[str, ...] = ()
) -> Callable[[Plain, Plain], list[str]]:
    """What a draft's item would change of the stored one, field by field: each field the
    draft gives (but ``besides``) that differs, once both are read as the model reads them."""

    def differences(old: Plain, new: Plain) -> list[str]:
        stored, drafted = to_plain(convert(old, model)), to_plain(convert(new, model))
        given = [name for name in _compact(new) if name not in besides]
        return [
            f"{path}: stored as {was}, the draft says {says}"
            for name in given
            for path, before, after in _changes(stored[name], drafted[name], name)
            for was, says in [_shown(before, after)]
        ]

    return differences


def _changes(old: Any, new: Any, path: str) -> Iterator[tuple[str, Any, Any]]:
    """Where two plain values differ, down to the field or the list item.  What the
    draft leaves empty, or to fill in ("(to translate) …"), would change nothing: a merge
    never takes a value away."""
    if new in (None, [], {}) or (isinstance(new, str) and new.startswith(DRAFT_MARK)):
        return
    if isinstance(old, dict) and isinstance(new, dict):
        for key in dict.fromkeys([*old, *new]):
            yield from _changes(old.get(key), new.get(key), f"{path}.{key}")
    elif isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for index, (before, after) in enumerate(zip(old, new, strict=True)):
            yield from _changes(before, after, f"{path}[{index}]")
    elif old != new:
        yield path, old, new


_SHOWN = 60  # characters of a long text a conflict shows, from near where the two part


def _shown(old: Any, new: Any) -> tuple[str, str]:
    """Two values as a conflict shows them; two long texts from where they differ."""
    start = 0
    if isinstance(old, str) and isinstance(new, str) and max(len(old), len(new)) > _SHOWN:
        common = 0  # the characters both begin with
        while common < min(len(old), len(new)) and old[common] == new[common]:
            common += 1
        start = max(0, common - 10)
    return _value(old, start), _value(new, start)


def _value(value: Any, start: int = 0) -> str:
    if value is None or value == []:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return number(value)
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    shown = ("…" if start else "") + text[start : start + _SHOWN]
    shown += "…" if start + _SHOWN < len(text) else ""
    return repr(shown) if isinstance(value, str) else shown


def new_documents(
    documents: list[Plain], drafts: list[Plain], cited: list[Plain], extendable: set[str]
) -> Sorted:
    """The draft's documents that the folder has neither in sources/ nor in glossary.yaml,
    each with the passages the merged items cite (``cited``: the draft's items).  A
    document the folder has, in a file of its own (``extendable``: their ids), gains the
    draft's passages that it lacks (``Sorted.passages``), so that a report can be merged
    in parts; a passage that says another thing than a stored one where they meet is a
    conflict (and so is the document's every difference of header)."""
    existing = {d["id"]: d for d in documents}
    fields = _differing(Document, besides=("id", "passages"))
    result = Sorted([], [], 0, [])
    for place, draft in enumerate(cited_passages(document, cited) for document in drafts):
        old = existing.get(draft["id"])
        if old is None:
            result.added.append(_compact(draft))
            result.places.append(place)
            existing[draft["id"]] = draft
            continue
        stored = old.get("passages") or []
        lacking = old["id"] not in extendable
        clashes = fields(old, draft) + [
            f"passages at {passage['at']}: {clash}"
            for passage in draft["passages"]
            if (clash := _clash(passage, stored, lacking))
        ]
        gained = [p for p in draft["passages"] if not _within(p, stored)]
        if clashes:
            result.conflicts += [f"document {draft['id']}: {clash}" for clash in clashes]
        elif gained and draft["id"] not in result.passages:
            result.passages[draft["id"]] = gained
        else:
            result.unchanged += 1
    return result


def _clash(passage: Plain, stored: list[Plain], lacking: bool) -> str | None:
    """What a drafted passage of a stored document would change: another text at a stored
    passage's offset (the stored one is that paragraph: a draft's longer or shorter copy of
    it is an edit, as 配收入增长8.3%。(完) is), or another text where it meets a stored
    passage, or (``lacking``: the document is in glossary.yaml, which a merge does not add
    passages to) any passage the document lacks."""
    start, text = int(passage["at"]), str(passage["text"])
    for other in stored:
        at, other_text = int(other["at"]), str(other["text"])
        if at == start and other_text != text:
            was, says = _shown(other_text, text)
            return f"stored as {was}, the draft says {says}"
        low, high = max(start, at), min(start + len(text), at + len(other_text))
        if low < high and text[low - start : high - start] != other_text[low - at : high - at]:
            return f"the stored passage at {at} says another thing where the two meet"
    if lacking and not _within(passage, stored):
        return f"stored as nothing, the draft says {_shown(None, text)[1]}"
    return None


def _within(passage: Plain, stored: list[Plain]) -> bool:
    """Whether a stored passage holds ``passage`` whole (their texts agree: see _clash)."""
    start, end = int(passage["at"]), int(passage["at"]) + len(str(passage["text"]))
    return any(p["at"] <= start and end <= p["at"] + len(p["text"]) for p in stored)


def new_terms(glossary: Plain, drafts: list[Plain]) -> Sorted:
    owners = {}  # every spelling of every entry: a new name may be an old alias
    for term in glossary.get("terms") or []:
        for spelling in (term["term"], *term.get("aliases", ())):
            owners[fold(spelling)] = term

    def named(old: Plain, new: Plain) -> str:
        same = fold(old["term"]) == fold(new["term"])
        return f"term {new['term']}" + ("" if same else f" (a name of the entry {old['term']})")

    # pinyin is generated, never typed (a draft's is merge's own): it is no one's edit
    return _sort_out(drafts, owners, key=lambda t: fold(t["term"]), named=named,
                     differences=_differing(Term, besides=("term", "pinyin")))  # fmt: skip


def new_targets(table: Plain, drafts: list[Plain]) -> Sorted:
    def named(_: Plain, row: Plain) -> str:
        region, year, _since, key, kind = row_identity(row)
        return f"{kind} {key} {region} {year}"

    existing = {row_identity(row): row for row in table.get("targets") or []}
    return _sort_out(drafts, existing, key=row_identity, named=named,
                     differences=_differing(Target))  # fmt: skip


def new_regions(table: Plain, drafts: list[Plain], rows: list[Plain]) -> Sorted:
    """The draft's new regions, and a placeholder for each region a new row names that
    neither the file nor the draft lists."""
    existing = {region["name"]: region for region in table.get("regions") or []}
    result = _sort_out(drafts, existing, key=lambda r: r["name"],
                       named=lambda _, r: f"region {r['name']}",
                       differences=_differing(Region, besides=("name", "pinyin")))  # fmt: skip
    for name in dict.fromkeys(row["region"] for row in rows):
        if name not in existing:
            existing[name] = placeholder = {"name": name, "en": f"(to translate) {name}"}
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
