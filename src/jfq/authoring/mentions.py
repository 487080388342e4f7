"""Where a term occurs in a folder of texts, with the lines around it."""

from __future__ import annotations

from pathlib import Path

from jfq.data.records import Record, record
from jfq.data.texts import Unread, read_corpus
from jfq.errors import NotFound
from jfq.search.index import Index
from jfq.search.lookup import named_entry


@record
class Mention(Record):
    doc: str  # the file's name without .txt
    line: int  # 1-based
    column: int  # 1-based, in characters
    spelling: str  # the name or alias found
    before: str
    after: str


@record
class Mentions(Record):
    query: str
    term: str | None  # the entry the query named, if any
    spellings: list[str]  # what was searched for
    corpus: str
    mentions: list[Mention]
    skipped: list[Unread]  # the texts of the folder that could not be read


def mentions(index: Index, query: str, folder: Path, context: int = 30) -> Mentions:
    """Where ``query`` occurs in the texts of ``folder``: every spelling of the entry it names
    (its name and aliases), else the text as typed.  NotFound when it occurs nowhere."""
    text = query.strip()
    entry = named_entry(index, text)
    if entry is not None:
        found = find_mentions(text, entry.term, [text, entry.term, *entry.aliases], folder, context)
    else:  # part of a name, a close spelling: search for exactly what was typed
        found = find_mentions(text, None, [text], folder, context)
    if not found.mentions:
        searched = "searched for: " + ", ".join(found.spellings)
        unread = ", ".join(skipped.file for skipped in found.skipped)
        searched += f"; not read: {unread}" if unread else ""
        raise NotFound(f"{text!r} does not occur in {folder}", hint=searched)
    return found


def find_mentions(
    query: str, term: str | None, spellings: list[str], folder: Path, context: int = 30
) -> Mentions:
    """Every place one of ``spellings`` occurs; a longer spelling wins where two overlap."""
    texts, unread = read_corpus(folder)
    ordered = sorted({s for s in spellings if s.strip()}, key=len, reverse=True)
    found: list[Mention] = []
    for doc, text in texts.items():
        taken: list[tuple[int, int]] = []
        for spelling in ordered:
            start = text.find(spelling)
            while start >= 0:
                end = start + len(spelling)
                if not any(s < end and start < e for s, e in taken):
                    taken.append((start, end))
                start = text.find(spelling, end)
        for start, end in sorted(taken):
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            if line_end > end and text[line_end - 1] == "\r":
                line_end -= 1  # (a CRLF line ends before its CR, which showed as \x0d)
            found.append(
                Mention(
                    doc=doc,
                    line=text.count("\n", 0, start) + 1,
                    column=start - line_start + 1,
                    spelling=text[start:end],
                    before=text[max(line_start, start - context) : start],
                    after=text[end : min(line_end, end + context)],
                )
            )
    return Mentions(query=query, term=term, spellings=ordered, corpus=str(folder), mentions=found,
                    skipped=unread)  # fmt: skip
