"""The authoring tools' results in every format: mentions in texts, drafts, merges."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from jfq.data.convert import to_plain
from jfq.data.yaml_write import dump_items
from jfq.printable import printable
from jfq.render import Renderer, Table
from jfq.render.writers import counted, json_object

if TYPE_CHECKING:  # text output loads text.py; each command its own types
    from collections.abc import Iterator

    from jfq.authoring.draft import Extraction, Extractions
    from jfq.authoring.mentions import Mentions
    from jfq.authoring.merge import MergeReport
    from jfq.render.text import Context

# -- drafts (jfq extract) ----------------------------------------------------------------------


def _report_line(report: Extraction) -> Iterator[str]:
    """One report's draft as a line of JSON Lines, with what was read, an item at a time."""
    lists = [
        ("documents", map(to_plain, [report.document])),
        *((key, map(to_plain, getattr(report, key))) for key in ("terms", "regions", "targets")),
    ]
    read = [("source", report.source), ("encoding", report.encoding), ("notes", report.notes)]
    return json_object([*read, *lists], listed={key for key, _ in lists}, line=True)


def _drafts_plain(drafts: Extractions) -> Any:
    """One draft of all the reports (what jfq merge takes), and what was read."""
    return {"read": _read(drafts), **to_plain(drafts.draft())}


def _read(drafts: Extractions) -> list[dict[str, Any]]:
    return [{"source": r.source, "encoding": r.encoding, "notes": r.notes} for r in drafts.reports]


def _drafts_json(drafts: Extractions) -> Iterator[str]:
    """_drafts_plain's JSON, an item at a time (json_object)."""
    draft = drafts.draft()
    lists = [(f.name, map(to_plain, getattr(draft, f.name))) for f in dataclasses.fields(draft)]
    return json_object([("read", _read(drafts)), *lists], listed={name for name, _ in lists})


def _comment(text: str) -> str:
    """Text for a YAML comment: one line, nothing that could drive a terminal."""
    return printable(text).replace("\n", "\\n")


def _drafts_yaml(drafts: Extractions) -> Iterator[str]:
    """The draft in the house style of the data files, each report's notes as comments.

    Made some items at a time (the same text as all at once): PyYAML holds a whole
    document's nodes while it writes, which put the draft of an 8 MB report over its
    memory goal (benchmarks/extract.py)."""
    lines = []
    for report in drafts.reports:
        lines.append(f"# jfq extract: {_comment(report.source)} ({report.encoding})")
        lines += [f"#   {_comment(note)}" for note in report.notes]
    lines += [f"# jfq extract: {_comment(note)}" for note in drafts.notes]  # (what was not read)
    yield "\n".join(lines) + "\n"
    draft = drafts.draft()
    for key, items in (("documents", draft.documents), ("terms", draft.terms),
                       ("regions", draft.regions), ("targets", draft.targets)):  # fmt: skip
        if key == "regions" and not items:
            continue  # (a region the data knows needs no review)
        yield f"\n{key}:\n" if items else f"\n{key}: []\n"
        for at in range(0, len(items), _ITEMS_AT_ONCE):
            yield dump_items([to_plain(item) for item in items[at : at + _ITEMS_AT_ONCE]])


_ITEMS_AT_ONCE = 200  # (a few hundred KB of YAML: PyYAML's cost per call is then nothing)


def _drafts_table(drafts: Extractions) -> Table:
    raise TypeError("a draft is written as yaml, json or jsonl")  # pragma: no cover


def _drafts_text(drafts: Extractions, ctx: Context) -> None:
    raise TypeError("a draft is written as yaml, json or jsonl")  # pragma: no cover


DRAFTS: Renderer[Extractions] = Renderer(
    text=_drafts_text,
    plain=_drafts_plain,
    table=_drafts_table,
    yaml=_drafts_yaml,
    json=_drafts_json,
    lines=lambda drafts: map(_report_line, drafts.reports),
)

# -- mentions ------------------------------------------------------------------------------------


def _mentions_table(found: Mentions) -> Table:
    rows = [[m.doc, str(m.line), str(m.column), m.before, m.spelling, m.after]
            for m in found.mentions]  # fmt: skip
    return ["doc", "line", "column", "before", "match", "after"], rows


def _mentions_text(found: Mentions, ctx: Context) -> None:
    page = ctx.page
    what = f"{found.term} ({', '.join(found.spellings)})" if found.term else found.query
    page.line(
        (what, "bold"), (f"  {counted(len(found.mentions), 'mention')} in {found.corpus}", "dim")
    )
    current = None
    for mention in found.mentions:
        if mention.doc != current:
            current = mention.doc
            page.blank()
            page.line((mention.doc, "bold underline"))
        page.block([(f"{mention.line}:{mention.column}  ", "dim"), (mention.before, ""),
                    (mention.spelling, "bold cyan"), (mention.after, "")], hanging=4)  # fmt: skip


MENTIONS: Renderer[Mentions] = Renderer(text=_mentions_text, plain=to_plain, table=_mentions_table)

# -- merges --------------------------------------------------------------------------------------


def _merge_plain(report: MergeReport) -> Any:
    return {**to_plain(report), "written": report.written}


def _merge_table(report: MergeReport) -> Table:
    rows = [["document", d] for d in report.documents] + [["term", t] for t in report.terms]
    rows += [["region", r] for r in report.regions]
    rows += [["passages", f"{doc}: {n} added"] for doc, n in report.passages.items()]
    if not report.written:  # (nothing was added: only why)
        rows = [["error", str(problem)] for problem in report.problems]
    return ["item", "name"], rows + [["conflict", c] for c in report.conflicts]


def _merge_text(report: MergeReport, ctx: Context) -> None:
    page = ctx.page
    if not report.written:
        errors = f"the merged data would have {counted(len(report.problems), 'error')}"
        page.line((f"not merged into {report.folder}: ", "bold"),
                  (f"{errors}; nothing was written", "red bold"))  # fmt: skip
        for problem in report.problems:
            page.block([("  error: ", "red"), (str(problem), "")], hanging=4)
    else:
        page.line((f"merged into {report.folder}:", "bold"))
        added = ", ".join((counted(len(report.documents), "document"),
                           counted(len(report.terms), "entry", "entries"),
                           counted(report.targets, "target row"),
                           counted(len(report.regions), "region")))  # fmt: skip
        page.line((f"  {added} added; {report.unchanged} already there", ""))
        for doc, gained in report.passages.items():
            page.line((f"  {counted(gained, 'passage')} added to the stored document {doc}", ""))
    for conflict in report.conflicts:
        page.block([("  conflict: ", "red"), (conflict, "")], hanging=4)
    if report.conflicts and report.written:
        page.line(("  conflicts were left out: edit the data files to settle them", "dim"))


MERGE: Renderer[MergeReport] = Renderer(text=_merge_text, plain=_merge_plain, table=_merge_table)
