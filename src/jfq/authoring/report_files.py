"""The files jfq extract reads as reports, and the document id each report gets.

An id is the name of the document's file in sources/, so merge takes only plain ASCII
(the model's Document.id).  A report's id is its file's name where that is one; else
(2025年政府工作报告.txt) the ASCII of the name and a short digest of the whole name, so
that the same file gives the same id in a draft made again and two names two ids.  Ids
are unique in a draft: a second report.txt is report-2.

A folder is read for its reports (.txt and saved web pages), in name order.  Hidden files
(._report.txt, the resource forks macOS leaves on a shared drive) are no reports; each
file that is not read is named in a note, and a report that cannot be read is skipped, so
that one stray file no longer fails the folder.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from functools import cache
from pathlib import Path, PurePath

from jfq.data.model import Document
from jfq.data.pages import SUFFIXES as PAGE_SUFFIXES
from jfq.data.texts import refuse_a_document
from jfq.errors import UsageError

REPORT_SUFFIXES = (".txt", ".text", *PAGE_SUFFIXES)


@cache
def _id_pattern() -> tuple[re.Pattern[str], str]:
    """What merge takes for an id, and its words: the model's own (one place says it)."""
    field = next(f for f in dataclasses.fields(Document) if f.name == "id")
    pattern, words = field.metadata["pattern"]
    return re.compile(pattern), words


def checked_id(doc_id: str) -> str:
    """An id given with --doc, refused at once if merge would refuse it."""
    pattern, words = _id_pattern()
    if not pattern.fullmatch(doc_id):
        raise UsageError(f"--doc {doc_id!r}: a document id is {words}, from a letter or digit")
    return doc_id


def document_id(source: str) -> tuple[str, str | None]:
    """The id of the report read from ``source`` (a file's name, or '-'), and a note when it
    is not the file's name (report 2025 (final).txt is report_2025_final_, as ever)."""
    if source == "-":
        return "stdin", None
    stem = PurePath(source).stem
    plain = re.sub(r"[^A-Za-z0-9_.-]+", "_", stem)
    if stem.isascii() and _id_pattern()[0].fullmatch(plain):
        return plain, None
    digest = hashlib.sha256(stem.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    kept = plain.strip("_.-")
    made = f"{kept}_{digest}" if kept else f"doc_{digest}"
    return made, (f"document id {made}: the file's name, {stem}, is not one (letters, "
                  "digits, _ . -): choose one with --doc ID")  # fmt: skip


def document_ids(names: list[str], doc_id: str | None) -> list[tuple[str, str | None]]:
    """The id of each report of ``names`` (``doc_id``, given with --doc, for the one report
    there may then be), and a note for each that is not its file's name."""
    if doc_id is not None:
        if len(names) > 1:
            raise UsageError("--doc names one document: give it with one report at a time")
        return [(checked_id(doc_id), None)]
    made = [document_id(name) for name in names]
    # Two files of one name (y2024/report.txt, y2025/report.txt) had one id, and merge read
    # each one's quotes in the other's passages: the later ones get report-2, report-3 …
    owners: dict[str, str] = {}
    taken = {doc for doc, _ in made}
    ids = []
    for name, (own, own_note) in zip(names, made, strict=True):
        doc, note = own, own_note
        if own in owners:
            number = 2
            while f"{own}-{number}" in taken:
                number += 1
            doc = f"{own}-{number}"
            note = (f"document id {doc}: {own} is the id of {owners[own]} in this draft; "
                    "extract each report alone with --doc ID to choose")  # fmt: skip
            taken.add(doc)
        owners.setdefault(doc, name)
        ids.append((doc, note))
    return ids


def listed(names: list[str]) -> tuple[list[str], set[str], list[str]]:
    """The reports ``names`` give (a folder gives its own), those of them found in a
    folder, and a note on each file of a folder that is not read."""
    reports: list[str] = []
    found: set[str] = set()
    notes: list[str] = []
    for name in names:
        folder = Path(name)
        if name == "-" or not folder.is_dir():
            reports.append(name)
            continue
        own, skipped = _in_folder(folder)
        if not own:
            raise UsageError(f"{name}: no .txt or .html files in the folder",
                             hint="; ".join(skipped) or None)  # fmt: skip
        reports += own
        found.update(own)
        notes += skipped
    return reports, found, notes


def _in_folder(folder: Path) -> tuple[list[str], list[str]]:
    """A folder's reports, and notes on its other entries: a document (a PDF) each with how
    to make text of it, the rest by kind."""
    reports, notes = [], []
    other = "file that is no .txt or .html"
    kinds: dict[str, list[str]] = {"hidden file": [], "folder": [], other: []}
    for path in sorted(folder.iterdir()):
        if path.name.startswith("."):
            kinds["hidden file"].append(path.name)
        elif path.is_dir():
            kinds["folder"].append(path.name)
        elif path.suffix.lower() in REPORT_SUFFIXES:
            reports.append(str(path))
        else:
            try:
                with path.open("rb") as handle:
                    refuse_a_document(handle.read(8), str(path))
            except UsageError as err:
                notes.append(f"skipped {err.message} ({err.hint})")
                continue
            except OSError:
                pass
            kinds[other].append(path.name)
    others = [f"{len(names)} {kind}{'s' * (len(names) != 1)} ({', '.join(names)})"
              for kind, names in kinds.items() if names]  # fmt: skip
    if others:
        notes.append(f"skipped in {folder}: {', '.join(others)}")
    return reports, notes


def skipped(name: str, err: UsageError) -> str:
    """A note on a report of a folder that could not be read: the error that says why, which
    names the report first (jfq.data.texts words every one as 'NAME: why')."""
    return f"skipped {named(name, err).message}" + (f" ({err.hint})" if err.hint else "")


def named(name: str, err: UsageError) -> UsageError:
    """``err`` with the report it is about named, when it does not say it already."""
    if err.message.startswith(name):
        return err
    return UsageError(f"{name}: {err.message}", hint=err.hint)


def none_read(names: list[str], count: int) -> str:
    """The error of folders none of whose ``count`` reports could be read."""
    if len(names) == 1:
        return f"{names[0]}: none of its {count} reports could be read"
    return f"none of the {count} reports of {', '.join(names)} could be read"
