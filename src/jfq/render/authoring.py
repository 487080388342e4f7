"""The authoring tools' results in every format: mentions in texts, drafts, merges."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jfq.data.convert import to_plain
from jfq.data.yaml_write import dump_items
from jfq.printable import printable
from jfq.render import Renderer, Table
from jfq.render.writers import counted

if TYPE_CHECKING:  # text output loads text.py; each command its own types
    from jfq.authoring.draft import Extraction
    from jfq.authoring.mentions import Mentions
    from jfq.authoring.merge import MergeReport
    from jfq.render.text import Context

# -- drafts (jfq extract) ----------------------------------------------------------------------


def _draft_plain(extraction: Extraction) -> Any:
    return {
        "source": extraction.source,
        "encoding": extraction.encoding,
        "notes": extraction.notes,
        "documents": [to_plain(extraction.document)],
        "terms": to_plain(extraction.terms),
        "targets": to_plain(extraction.targets),
    }


def _comment(text: str) -> str:
    """Text for a YAML comment: one line, nothing that could drive a terminal."""
    return printable(text).replace("\n", "\\n")


def _draft_yaml(result: Extraction) -> str:
    """The draft in the house style of the data files, its notes as comments on top."""
    lines = [f"# jfq extract: {_comment(result.source)} ({result.encoding})"]
    lines += [f"# {_comment(note)}" for note in result.notes]
    parts = ["\n".join(lines) + "\n"]
    for key, items in (("documents", [result.document]), ("terms", result.terms),
                       ("targets", result.targets)):  # fmt: skip
        plain_items = [to_plain(item) for item in items]
        parts.append(f"\n{key}:\n" + dump_items(plain_items) if plain_items else f"\n{key}: []\n")
    return "".join(parts)


def _draft_table(extraction: Extraction) -> Table:
    raise TypeError("a draft is written as yaml or json")  # pragma: no cover - not offered


def _draft_text(extraction: Extraction, ctx: Context) -> None:
    raise TypeError("a draft is written as yaml or json")  # pragma: no cover - not offered


DRAFT: Renderer[Extraction] = Renderer(
    text=_draft_text, plain=_draft_plain, table=_draft_table, yaml=_draft_yaml
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


def _merge_table(report: MergeReport) -> Table:
    rows = [["document", d] for d in report.documents] + [["term", t] for t in report.terms]
    rows += [["region", r] for r in report.regions] + [["conflict", c] for c in report.conflicts]
    return ["item", "name"], rows


def _merge_text(report: MergeReport, ctx: Context) -> None:
    page = ctx.page
    page.line((f"merged into {report.folder}:", "bold"))
    added = ", ".join((counted(len(report.documents), "document"),
                       counted(len(report.terms), "entry", "entries"),
                       counted(report.targets, "target row"),
                       counted(len(report.regions), "region")))  # fmt: skip
    page.line((f"  {added} added; {report.unchanged} already there", ""))
    for conflict in report.conflicts:
        page.block([("  conflict: ", "red"), (conflict, "")], hanging=4)
    if report.conflicts:
        page.line(("  conflicts were left out: edit the data files to settle them", "dim"))


MERGE: Renderer[MergeReport] = Renderer(text=_merge_text, plain=to_plain, table=_merge_table)
