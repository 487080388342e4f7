"""Whether a merge keeps the data sound: the merged data against every rule ``jfq validate``
runs (the schema, the integrity rules, each quote in its document's passages).

Only the errors the draft brings count: a folder with errors of its own still takes a
sound draft, and its own errors stay the reviewer's to settle.  An error of an item the
draft adds is said of the draft (its file, the item's place and line there), since the
merged files it would have been in are never written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from jfq.data.convert import convert
from jfq.data.integrity import Problem, check_all
from jfq.data.model import Glossary, TargetTable
from jfq.data.parse import Where
from jfq.data.records import Record, record
from jfq.data.validate import check_quotes

Plain = dict[str, Any]
Lines = Callable[[Where], int | None]
_LISTS = ("terms", "targets", "regions")  # the lists of the data files a draft adds to


@record
class Placed(Record):
    """Where the items a merge adds come from in the draft."""

    draft: str  # the draft's name in messages (its file, or standard input)
    lines: Lines | None  # a place in the draft -> its line
    stored: dict[str, int]  # list -> how many items the data holds already
    # list -> the draft's index of each item added, in order (None: made by the merge, as
    # the region of a row the draft does not list)
    added: dict[str, list[int | None]]
    documents: dict[str, int | None]  # id of each document added -> its index in the draft


def problems_of(glossary: Plain, table: Plain) -> list[Problem]:
    """The errors ``jfq validate`` finds in plain data (documents with their passages)."""
    model, rows = convert(glossary, Glossary), convert(table, TargetTable)
    found = check_all(model, rows) + check_quotes(model, rows)[0]
    return [problem for problem in found if problem.severity == "error"]


def _key(problem: Problem) -> tuple[str, str, str]:
    # A document with no passages is one problem however many quotes cite it; its
    # message counts them, and a draft that adds a quote to it brings no new error.
    if problem.file == "sources/":
        return problem.file, problem.where, ""
    return problem.file, problem.where, problem.message


def brought(before: list[Problem], after: list[Problem]) -> list[Problem]:
    """The problems of ``after`` that ``before`` does not have."""
    known = {_key(problem) for problem in before}
    return [problem for problem in after if _key(problem) not in known]


def in_the_draft(problem: Problem, placed: Placed) -> Problem:
    """``problem`` said of the draft when it is about an item the draft adds; else as
    the data files have it."""
    if problem.file == "sources/":  # a document with no passages
        index = placed.documents.get(problem.where)
        if index is None:
            return problem
        where = f"documents[{index}] {problem.where}"
        return _placed(problem, placed, ("documents", index, "passages"), where)
    if len(problem.path) < 2 or problem.path[0] not in _LISTS:
        return problem
    part, place, *rest = problem.path
    assert isinstance(part, str) and isinstance(place, int)  # (as integrity.py writes them)
    added = place - placed.stored[part]
    if added < 0:
        return problem
    index = placed.added[part][added]
    if index is None:
        return problem
    where = re.sub(rf"^{part}\[{place}\]", f"{part}[{index}]", problem.where)
    return _placed(problem, placed, (part, index, *rest), where)


def _placed(problem: Problem, placed: Placed, path: Where, where: str) -> Problem:
    line = placed.lines(path) if placed.lines is not None else None
    return Problem(placed.draft, where, problem.message, problem.severity, path, line)
