"""What the data holds (jfq.overview) in every format; as text it is jfq's home screen."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jfq import __version__
from jfq.model import Document
from jfq.overview import Overview
from jfq.render.common import Context, Table, pipe_table
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
    page = ctx.page
    undefined = sum(s.undefined for s in result.scopes)
    page.block([("jfq", "bold"), (f" {__version__}  ", "dim"), (TAGLINE, "")])
    page.blank()
    page.block([("Glossary", "bold"), (f"  {result.entries} entries", "")])
    by_scope = " · ".join(f"{s.scope} {s.entries}" for s in result.scopes)
    page.block([(by_scope, "cyan")], indent=2)
    if undefined:
        page.block([(f"{undefined} of them are used in the sources without an explanation", "dim")],
                   indent=2)  # fmt: skip
    page.blank()
    page.block([("Targets", "bold"), (f"  {result.rows} figures", "")])
    for region in result.regions:
        page.block([(region.region, ""), (f"  {region.en}", "dim")], indent=2)
        page.block([("targets ", "dim"), (_years(region.targets) or "none", "")], indent=4)
        page.block([("results ", "dim"), (_years(region.actuals) or "none", "")], indent=4)
    page.blank()
    page.block([("Sources", "bold"), (f"  {len(result.documents)} documents", "")])
    for document in result.documents:
        short = document.id.split("_")[0]
        page.block([(f"[{short}] ", "bold"), (document.title, ""), (f"  {document.date}", "dim")],
                   indent=2, hanging=8)  # fmt: skip
    page.blank()
    page.block([("Try", "bold")])
    width = max(len(command) for command, _ in FIRST_STEPS)
    for command, purpose in FIRST_STEPS:
        page.block([(command.ljust(width + 2), "green"), (purpose, "")], indent=2)
    page.block([("jfq --help".ljust(width + 2), "green"), ("every command", "")], indent=2)


def _years(years: list[int]) -> str:
    return ", ".join(map(str, years))
