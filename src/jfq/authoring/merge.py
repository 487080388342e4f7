"""``jfq merge``: add a reviewed draft to a data folder, never overwriting.

A new document becomes its own file, sources/<id>.yaml, with the passages that the
merged quotes cite; an id the folder has already is never written over.  New entries,
regions and rows are appended in the files' own style, so
their comments and layout survive (a file in JSON syntax is rewritten as JSON).
Where the new items go is found by parsing the file (PyYAML's nodes know where each
list ends), not by searching its text.  Anything that would change what is already
there is a conflict: listed, not written.  The merged data must pass every rule that
``jfq validate`` checks (the schema, the integrity rules, each quote in its document's
passages), or nothing is written and the errors it would have are listed
(jfq.authoring.merge_checks).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jfq.authoring.merge_checks import Placed, brought, in_the_draft, problems_of
from jfq.authoring.merge_items import (
    Sorted,
    new_documents,
    new_regions,
    new_targets,
    new_terms,
    with_pinyin,
)
from jfq.authoring.merge_write import among, appended, new_file, with_passages
from jfq.data.atomic import locked, replace_together
from jfq.data.convert import SchemaError, convert, to_plain
from jfq.data.files import GLOSSARY, SOURCES, SUFFIX, TARGETS, decode_utf8, read_bytes
from jfq.data.integrity import Problem
from jfq.data.locks import Busy
from jfq.data.model import Draft, Glossary, TargetTable
from jfq.data.parse import Where, line_finder, load_checked, read_data
from jfq.data.records import Record, record
from jfq.data.sources import joined, read_all, read_document
from jfq.data.texts import read_source
from jfq.data.yaml_write import dump_document
from jfq.errors import DataError, UsageError, WriteError

Plain = dict[str, Any]
Lines = Callable[[Where], int | None]
_EMPTY_GLOSSARY: Plain = {"terms": []}
_EMPTY_TABLE: Plain = {"regions": [], "targets": []}


@record
class MergeReport(Record):
    folder: str
    documents: list[str]  # ids added
    passages: dict[str, int]  # id of a stored document -> how many passages it gained
    terms: list[str]  # names added
    targets: int  # rows added
    regions: list[str]  # regions added
    unchanged: int  # items already there, identical
    # What the draft would change of the data, a field each (its item is left out)
    conflicts: list[str]
    # Errors the merged data would have (jfq validate's rules): then nothing is written.
    problems: list[Problem] = dataclasses.field(default_factory=list)

    @property
    def written(self) -> bool:
        return not self.problems


def merge(
    draft: Draft | Plain, folder: Path, source: str = "the draft", lines: Lines | None = None
) -> MergeReport:
    """Add ``draft`` (a Draft, or its plain data as read from a draft file) to ``folder``;
    ``lines`` finds the line of a place in the draft file, for its errors."""
    items = to_plain(draft) if isinstance(draft, Draft) else dict(draft)
    for key, field in (("terms", "term"), ("regions", "name")):
        listed = items.get(key) or []
        if isinstance(listed, list):  # (anything else is the schema's to refuse, below)
            items[key] = [with_pinyin(i, field) if isinstance(i, dict) else i for i in listed]
    try:
        convert(items, Draft)
    except SchemaError as err:
        line = lines(err.path) if lines is not None else None
        raise DataError(source, f"{err.where()}: {err.message}", line) from None
    if not folder.is_dir():
        raise UsageError(f"{folder}: not a folder (create it first to start a new data set)")
    try:
        # One merge at a time: a second one reading the files before the first wrote
        # them would write its own addition over the first's.
        with locked(folder):
            return _merge_locked(items, folder, source, lines)
    except Busy:
        raise WriteError(
            f"{folder}: another jfq merge is writing these files",
            hint="try again when it is done",
        ) from None
    except OSError as err:
        message = f"{folder}: cannot write the merged files: {err.strerror or err}"
        raise WriteError(message) from None


def _merge_locked(items: Plain, folder: Path, source: str, lines: Lines | None) -> MergeReport:
    # Every file is checked before anything is written: never append to a broken file.
    glossary = _load(folder / GLOSSARY, Glossary, _EMPTY_GLOSSARY)
    table = _load(folder / TARGETS, TargetTable, _EMPTY_TABLE)
    stored = [read_document(path, data) for path, data in read_all(folder)]  # with passages
    # (the glossary's own documents beside those of sources/, for the checks: never written
    # into glossary.yaml, which a file in JSON syntax would be whole)
    documents = joined(glossary.get("documents") or [], stored, folder / GLOSSARY)
    cited = [*items["terms"], *(items.get("targets") or [])]  # what the reviewer kept
    in_files = {document["id"] for document in stored}  # (a merge adds passages to these)
    sorted_out = {
        "documents": new_documents(documents, items.get("documents") or [], cited, in_files),
        "terms": new_terms(glossary, items["terms"]),
        "targets": new_targets(table, items.get("targets") or []),
    }
    sorted_out["regions"] = new_regions(table, items["regions"], sorted_out["targets"].added)
    report = _report(folder, sorted_out)
    additions = {part: sorted_out[part].added for part in sorted_out}
    placed = _places(source, lines, (glossary, table), sorted_out)
    with_documents = {**glossary, "documents": documents}
    passages = sorted_out["documents"].passages
    report.problems = _refuse_new_problems(with_documents, table, additions, placed, passages)
    if not report.problems:  # the data stays as it was, byte for byte, when it would break
        _write(folder, glossary, table, additions, passages)
    return report


def _places(
    source: str, lines: Lines | None, data: tuple[Plain, Plain], sorted_out: dict[str, Sorted]
) -> Placed:
    """Where the items the merge adds come from in the draft, to say its errors there."""
    glossary, table = data
    lists = {"terms": glossary, "regions": table, "targets": table}
    documents = zip(sorted_out["documents"].added, sorted_out["documents"].places, strict=True)
    return Placed(
        draft=source,
        lines=lines,
        stored={part: len(holder[part]) for part, holder in lists.items()},
        added={part: sorted_out[part].places for part in lists},
        documents={document["id"]: place for document, place in documents},
    )


def _write(
    folder: Path,
    glossary: Plain,
    table: Plain,
    additions: dict[str, list[Plain]],
    passages: dict[str, list[Plain]],
) -> None:
    """The data files with ``additions`` appended, each new document's file, and the
    ``passages`` (by document id) that stored documents gain."""
    added_glossary = {"terms": additions["terms"]}
    added_table = {"regions": additions["regions"], "targets": additions["targets"]}
    changed = {
        path: text.encode("utf-8")
        for path, text in (
            (folder / GLOSSARY, appended(folder / GLOSSARY, glossary, added_glossary)),
            (folder / TARGETS, appended(folder / TARGETS, table, added_table)),
        )
        if text is not None
    }
    for path, empty in ((folder / GLOSSARY, _EMPTY_GLOSSARY), (folder / TARGETS, _EMPTY_TABLE)):
        if changed and not path.exists() and path not in changed:  # (a folder jfq can read)
            changed[path] = new_file(empty).encode()
    if additions["documents"]:
        (folder / SOURCES).mkdir(exist_ok=True)
    for document in additions["documents"]:  # each new, never one already there (a conflict)
        changed[folder / SOURCES / f"{document['id']}{SUFFIX}"] = dump_document(document).encode()
    for doc, gained in passages.items():
        path = folder / SOURCES / f"{doc}{SUFFIX}"
        changed[path] = with_passages(path, gained).encode()
    replace_together(changed, folder)  # every file or none: never a half-merged folder


def _report(folder: Path, sorted_out: dict[str, Sorted]) -> MergeReport:
    """What the merge adds, what is there already and what conflicts with it."""
    every = sorted_out.values()
    return MergeReport(
        folder=str(folder),
        documents=[document["id"] for document in sorted_out["documents"].added],
        passages={doc: len(gained) for doc, gained in sorted_out["documents"].passages.items()},
        terms=[term["term"] for term in sorted_out["terms"].added],
        targets=len(sorted_out["targets"].added),
        regions=[region["name"] for region in sorted_out["regions"].added],
        unchanged=sum(part.unchanged for part in every),
        conflicts=[conflict for part in every for conflict in part.conflicts],
    )


def merge_file(path: Path, folder: Path) -> MergeReport:
    """Add the draft in ``path`` (as jfq extract wrote it, then edited by a person), or
    on standard input for '-'."""
    data, name = _draft_bytes(path)
    draft = read_data(Path(name), data)
    if draft is None:  # (/dev/null, an empty file, a file of comments)
        empty = "it is empty" if not data.strip() else "only comments"
        raise UsageError(f"{name}: no draft in it: {empty}", hint=_GIVE_A_DRAFT)
    if not isinstance(draft, dict):
        raise DataError(name, "a draft is a mapping of documents, terms, regions, targets")
    # (jfq extract -f json heads its draft with what it read, the notes the YAML keeps as
    # comments: no item to merge)
    items = {key: value for key, value in draft.items() if key != "read"}
    lines = line_finder(Path(name), decode_utf8(Path(name), data))
    return merge(items, folder, source=name, lines=lines)


_GIVE_A_DRAFT = "give the draft that jfq extract wrote: jfq extract REPORT > draft.yaml"


def _draft_bytes(path: Path) -> tuple[bytes, str]:
    """The bytes of the draft file, and the name its messages give it."""
    if str(path) == "-":
        return read_source("-"), "standard input"
    if path.is_dir():
        raise UsageError(f"{path}: a folder, not a draft", hint=_GIVE_A_DRAFT)
    if not path.exists():
        raise UsageError(f"{path}: no such file", hint=_GIVE_A_DRAFT)
    return read_bytes(path), str(path)  # (a pipe too: jfq merge <(jfq extract …))


def _load(path: Path, model: type, empty: Plain) -> Plain:
    if not path.exists():
        return {key: list(value) for key, value in empty.items()}
    data: Plain = load_checked(path, model)
    return data


def _refuse_new_problems(
    glossary: Plain,
    table: Plain,
    additions: dict[str, list[Plain]],
    placed: Placed,
    passages: dict[str, list[Plain]],
) -> list[Problem]:
    """The errors the merged data would have and the data without the draft has not:
    what ``jfq validate`` checks, quotes in their passages included (``passages``: those
    the stored documents gain).  Each is said of the draft where it is about an item the
    draft adds."""
    gaining = [
        {**document, "passages": among(document.get("passages") or [], passages[document["id"]])}
        if document["id"] in passages else document
        for document in glossary["documents"]
    ]  # fmt: skip
    merged_glossary = {
        "terms": glossary["terms"] + additions["terms"],
        "documents": gaining + additions["documents"],
    }
    merged_table = {key: table[key] + additions[key] for key in ("regions", "targets")}
    before = problems_of({key: glossary[key] for key in merged_glossary}, table)
    found = brought(before, problems_of(merged_glossary, merged_table))
    return [in_the_draft(problem, placed) for problem in found]
