"""``jfq extract --merge``: add a draft to a pair of data files, never overwriting.

New documents, entries, rows and regions are appended in the files' own style,
so their comments and layout survive (a file in JSON syntax is rewritten as JSON).
Anything that would change what is already there is a conflict: listed, not written.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from jfq.datafiles import GLOSSARY, TARGETS, load_checked
from jfq.errors import DataError, UsageError, WriteError
from jfq.extract import Extraction
from jfq.files import replace_together
from jfq.model import Glossary, TargetTable
from jfq.normalize import fold
from jfq.records import Record, record
from jfq.schema import to_plain
from jfq.yaml_style import dump_items

Plain = dict[str, Any]
_HEADER = "# Written by jfq extract --merge; check every drafted field before relying on it.\n"


@record
class MergeReport(Record):
    folder: str
    documents: list[str]  # ids added
    terms: list[str]  # names added
    targets: int  # rows added
    regions: list[str]  # regions added
    unchanged: int  # items already there, identical
    conflicts: list[str]  # items left out because they would change existing data


def merge(extraction: Extraction, folder: Path) -> MergeReport:
    if any(not term.pinyin for term in extraction.terms):
        raise UsageError(
            "merging needs the pinyin of new entries, and pypinyin is not installed",
            hint="pip install 'jfq[extract]', then extract and merge again",
        )
    if not folder.is_dir():
        raise UsageError(f"{folder}: not a folder (create it first to start a new data set)")
    # Both files are checked before anything is written: never append to a broken file.
    glossary = _load(folder / GLOSSARY, Glossary, {"documents": [], "terms": []})
    table = _load(folder / TARGETS, TargetTable, {"regions": [], "targets": []})
    report = MergeReport(folder=str(folder), documents=[], terms=[], targets=0, regions=[],
                         unchanged=0, conflicts=[])  # fmt: skip
    new_documents = _new_documents(glossary, [to_plain(extraction.document)], report)
    new_terms = _new_terms(glossary, [to_plain(t) for t in extraction.terms], report)
    new_targets = _new_targets(table, [to_plain(t) for t in extraction.targets], report)
    new_regions = _new_regions(table, new_targets, report)
    changed = {
        path: text.encode("utf-8")
        for path, text in (
            (folder / GLOSSARY, _merged(folder / GLOSSARY, glossary,
                                        {"documents": new_documents, "terms": new_terms})),
            (folder / TARGETS, _merged(folder / TARGETS, table,
                                       {"regions": new_regions, "targets": new_targets})),
        )
        if text is not None
    }  # fmt: skip
    try:
        replace_together(changed)  # both files or neither: never a half-merged pair
    except OSError as err:
        raise WriteError(
            f"{folder}: cannot write the merged files: {err.strerror or err}"
        ) from None
    return report


def _load(path: Path, model: type, empty: Plain) -> Plain:
    if not path.exists():
        return empty
    data: Plain = load_checked(path, model)
    return data


def _compact(item: Plain) -> Plain:
    """An item without its empty fields, for comparing a draft with what is stored."""
    return {k: v for k, v in item.items() if v not in (None, [], {})}


def _new_documents(glossary: Plain, drafts: list[Plain], report: MergeReport) -> list[Plain]:
    existing = {d["id"]: d for d in glossary.get("documents") or []}
    added = []
    for draft in drafts:
        old = existing.get(draft["id"])
        if old is None:
            added.append(_compact(draft))
            report.documents.append(draft["id"])
        elif old.get("title") == draft["title"]:
            report.unchanged += 1
        else:
            report.conflicts.append(
                f"document {draft['id']}: already listed with another title ({old.get('title')})"
            )
    return added


def _new_terms(glossary: Plain, drafts: list[Plain], report: MergeReport) -> list[Plain]:
    owners = {}
    for term in glossary.get("terms") or []:
        for spelling in (term["term"], *term.get("aliases", ())):
            owners[fold(spelling)] = term
    added = []
    for draft in drafts:
        old = owners.get(fold(draft["term"]))
        if old is None:
            added.append(_compact(draft))
            report.terms.append(draft["term"])
            owners[fold(draft["term"])] = draft
        elif old.get("definition") == draft.get("definition"):
            report.unchanged += 1
        else:
            report.conflicts.append(
                f"term {draft['term']}: already an entry ({old['term']}) with another definition"
            )
    return added


def _identity(row: Plain) -> tuple[Any, ...]:
    return row["region"], row["year"], row.get("since"), row["kind"], row["key"]


def _new_targets(table: Plain, drafts: list[Plain], report: MergeReport) -> list[Plain]:
    existing = {_identity(row): row for row in table.get("targets") or []}
    added = []
    for draft in drafts:
        old = existing.get(_identity(draft))
        if old is None:
            added.append(_compact(draft))
            existing[_identity(draft)] = draft
        elif all(old.get(k) == draft.get(k) for k in ("value", "value_max", "unit", "comparator")):
            report.unchanged += 1
        else:
            region, year, _, kind, key = _identity(draft)
            report.conflicts.append(
                f"{kind} {key} {region} {year}: stored as {old.get('text')!r}, "
                f"the draft says {draft['text']!r}"
            )
    report.targets = len(added)
    return added


def _new_regions(table: Plain, rows: list[Plain], report: MergeReport) -> list[Plain]:
    from jfq import pinyin

    known = {region["name"] for region in table.get("regions") or []}
    added = []
    for name in dict.fromkeys(row["region"] for row in rows):
        if name not in known:
            spoken = pinyin.pinyin_of(name) if pinyin.available() else name
            added.append({"name": name, "pinyin": spoken, "en": f"(to translate) {name}"})
            report.regions.append(name)
    return added


def _merged(path: Path, current: Plain, additions: dict[str, list[Plain]]) -> str | None:
    """The file at ``path`` with ``additions`` (key -> new items) appended; None: no change."""
    if not any(additions.values()):
        return None
    if not path.exists():
        text = _HEADER + "".join(
            f"\n{key}:\n" + (dump_items(items) if items else "") for key, items in additions.items()
        )
        return _empty_lists(text)
    text = path.read_text(encoding="utf-8")
    if text.lstrip().startswith("{"):  # JSON syntax: rewrite as JSON
        for key, items in additions.items():
            current[key] = (current.get(key) or []) + items
        return json.dumps(current, ensure_ascii=False, indent=1) + "\n"
    for key, items in additions.items():
        if items:
            text = _append_to_list(path, text, key, items)
    return text


def _empty_lists(text: str) -> str:
    """`terms:` with nothing under it reads as null: write `terms: []` instead."""
    return re.sub(r"^(\w+):\n(?=\n|\Z)", r"\1: []\n", text, flags=re.MULTILINE)


def _append_to_list(path: Path, text: str, key: str, items: list[Plain]) -> str:
    """``items`` at the end of the top-level list ``key``, indented like the items there."""
    keys = list(re.finditer(r"^(\w+):(.*)$", text, flags=re.MULTILINE))
    position = next((i for i, m in enumerate(keys) if m[1] == key), None)
    if position is None:
        return text.rstrip("\n") + f"\n\n{key}:\n{dump_items(items)}"
    match = keys[position]
    value = match[2].split("#", 1)[0].strip()  # `targets: []  # none yet`
    if value not in ("", "[]"):
        raise DataError(str(path), f"{key}: is written on one line; write it as a block list")
    head = f"{key}:\n" if value == "[]" else match.group(0) + "\n"
    end = keys[position + 1].start() if position + 1 < len(keys) else len(text)
    body = text[match.end() + 1 : end].rstrip("\n")
    existing = re.search(r"^( *)- ", body, flags=re.MULTILINE)
    block = dump_items(items, indent=existing[1] if existing else "  ")
    before, after = text[: match.start()], text[end:]
    joined = head + (body + "\n" if body else "") + block
    return before + joined + ("\n" + after if after else "")
