"""What the data holds (jfq.overview) in every format; as text it is jfq's home screen."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from jfq import __version__
from jfq.data.convert import to_plain
from jfq.data.model import Document
from jfq.render import Renderer, Table
from jfq.render.wording import FIRST_STEPS, SCOPES_EN, TAGLINE, other_documents, peers_group
from jfq.render.writers import pipe_table

if TYPE_CHECKING:  # text output loads text.py; each command its own types
    from jfq.overview import Overview
    from jfq.render.text import Context


def _table(result: Overview) -> Table:
    """One row per region: what there is for it (the scopes and documents are in JSON)."""
    rows = [[r.region, r.en, _years(r.targets), _years(r.actuals)] for r in result.regions]
    return ["region", "en", "target years", "result years"], rows


def _markdown(result: Overview, documents: Mapping[str, Document]) -> str:
    scopes = ", ".join(f"{s.scope} {s.entries}" for s in result.scopes)
    lines = [
        f"**Glossary**: {result.entries} entries ({scopes})",
        "",
        f"**Targets**: {result.rows} figures",
        "",
        pipe_table(*_table(result)),
        "**Documents**",
        "",
        *(f"- `{d.id}` {d.title} ({d.date})" for d in result.documents),
        "",
    ]
    return "\n".join(lines)


def _text(result: Overview, ctx: Context) -> None:
    page, words = ctx.page, ctx.words
    undefined = sum(s.undefined for s in result.scopes)
    page.block([("jfq", "bold"), (f" {__version__}  ", "dim"), (words(TAGLINE), "")])
    page.blank()
    page.block([(words("Glossary"), "bold"), (f"  {result.entries} {words('entries')}", "")])
    by_scope = " · ".join(f"{words.label(s.scope, SCOPES_EN)} {s.entries}" for s in result.scopes)
    page.block([(by_scope, "cyan")], indent=2)
    if undefined:
        unexplained = words("of them are used in the sources without an explanation")
        page.block([(f"{undefined} {unexplained}", "dim")], indent=2)
    page.blank()
    page.block([(words("Targets"), "bold"), (f"  {result.rows} {words('figures')}", "")])
    for region in result.alone():
        first, beside = words.names(region.region, region.en)
        page.block([(first, ""), *([(f"  {beside}", "dim")] if beside else [])], indent=2)
        _years_lines(page, words, region.targets, region.actuals)
    for group in result.groups():
        title = peers_group(len(group.regions), group.level, group.within, words.lang)
        page.block([(title, ""), (f"  jfq peers --level {group.level} --within {group.within}",
                                   "dim")], indent=2)  # fmt: skip
        _years_lines(page, words, group.targets, group.actuals)
    page.blank()
    count = f"  {len(result.documents)} {words('documents')}"
    page.block([(words("Sources"), "bold"), (count, "")])
    own = [d for d in result.documents if d.id in result.local]
    for document in own:
        short = document.id.split("_")[0]
        page.block([(f"[{short}] ", "bold"), (document.title, ""), (f"  {document.date}", "dim")],
                   indent=2, hanging=8)  # fmt: skip
    others = len(result.documents) - len(own)
    if others:
        page.block([(other_documents(others, words.lang), "dim")], indent=2)
    page.blank()
    page.block([(words("Try"), "bold")])
    steps = [*FIRST_STEPS, ("jfq --help", "every command")]
    width = max(len(command) for command, _ in steps)
    for command, purpose in steps:
        page.block([(command.ljust(width + 2), "green"), (words(purpose), "")], indent=2)


def _years_lines(page: Any, words: Any, targets: list[int], actuals: list[int]) -> None:
    for label, years in (("targets", targets), ("results", actuals)):
        shown = _years(years) or words("none")
        page.block([(words(label) + " ", "dim"), (shown, "")], indent=4)


def _years(years: list[int]) -> str:
    return ", ".join(map(str, years))


def _plain(result: Overview) -> Any:
    """Every field; a document without its passages, which `jfq source ID` shows."""
    plain = to_plain(result)
    for document in plain["documents"]:
        del document["passages"]
    return plain


OVERVIEW: Renderer[Overview] = Renderer(text=_text, plain=_plain, table=_table, markdown=_markdown)
