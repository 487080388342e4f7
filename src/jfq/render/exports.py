"""What jfq export wrote, in every format: the files and the rows of each table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jfq.data.convert import to_plain
from jfq.render import Renderer, Table
from jfq.render.wording import exported_line

if TYPE_CHECKING:
    from jfq.exports import Exported
    from jfq.render.text import Context


def _table(result: Exported) -> Table:
    return ["table", "rows"], [[name, str(count)] for name, count in result.counts.items()]


def _text(result: Exported, ctx: Context) -> None:
    ctx.page.line((exported_line(result.to, result.path, len(result.files)), "bold"))
    counts = " · ".join(f"{name} {count}" for name, count in result.counts.items())
    ctx.page.block([(counts, "dim")], indent=2)


EXPORT: Renderer[Exported] = Renderer(text=_text, plain=to_plain, table=_table)
