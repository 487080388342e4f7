"""What the data holds (jfq.overview) in every format; as text it is jfq's home screen."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jfq import __version__
from jfq.model import Document
from jfq.overview import Overview
from jfq.render.common import Context, Table, pipe_table
from jfq.render.words import SCOPES_EN
from jfq.schema import to_plain

TAGLINE = (
    "the terms and targets of the 焦作市解放区 (Jiefang District) government work reports, "
    "each with the sentence of its source"
)
# What a newcomer can type next: (command, what it shows).
FIRST_STEPS = [
    ("jfq term 334", "a numbered slogan, explained, with its source"),
    ("jfq targets --year 2023", "the 2023 targets beside what was achieved"),
    ("jfq compare 2022 2023", "how the targets moved from one year to the next"),
]


def plain(result: Overview) -> Any:
    return to_plain(result)


def table(result: Overview) -> Table:
    """One row per region: what there is for it (the scopes and documents are in JSON)."""
    rows = [[r.region, r.en, _years(r.targets), _years(r.actuals)] for r in result.regions]
    return ["region", "en", "target years", "result years"], rows


def markdown(result: Overview, documents: Mapping[str, Document]) -> str:
    scopes = ", ".join(f"{s.scope} {s.entries}" for s in result.scopes)
    lines = [
        f"**Glossary**: {result.entries} entries ({scopes})",
        "",
        f"**Targets**: {result.rows} figures",
        "",
        pipe_table(*table(result)),
        "**Documents**",
        "",
        *(f"- `{d.id}` {d.title} ({d.date})" for d in result.documents),
        "",
    ]
    return "\n".join(lines)


def text(result: Overview, ctx: Context) -> None:
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
    for region in result.regions:
        first, beside = words.names(region.region, region.en)
        page.block([(first, ""), *([(f"  {beside}", "dim")] if beside else [])], indent=2)
        for label, years in (("targets", region.targets), ("results", region.actuals)):
            shown = _years(years) or words("none")
            page.block([(words(label) + " ", "dim"), (shown, "")], indent=4)
    page.blank()
    count = f"  {len(result.documents)} {words('documents')}"
    page.block([(words("Sources"), "bold"), (count, "")])
    for document in result.documents:
        short = document.id.split("_")[0]
        page.block([(f"[{short}] ", "bold"), (document.title, ""), (f"  {document.date}", "dim")],
                   indent=2, hanging=8)  # fmt: skip
    page.blank()
    page.block([(words("Try"), "bold")])
    steps = [*FIRST_STEPS, ("jfq --help", "every command")]
    width = max(len(command) for command, _ in steps)
    for command, purpose in steps:
        page.block([(command.ljust(width + 2), "green"), (words(purpose), "")], indent=2)


def _years(years: list[int]) -> str:
    return ", ".join(map(str, years))
