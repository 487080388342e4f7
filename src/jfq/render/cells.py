"""The cells every target-like table shares: a plain cell, a status in its colour, a number.

Target tables, trends and the ladder each draw these; one module keeps them drawn alike.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from jfq.data.model import Target, number
from jfq.render.wording import Lang, Words, in_words, sources_legend, units_legend, value_phrase

if TYPE_CHECKING:
    from jfq.render.layout import Cell
    from jfq.render.text import Context

STATUS_STYLE = {"met": "green", "not met": "red", "no data": "dim", "unrated": "yellow"}


def plain(text: str, style: str = "") -> Cell:
    """One line of text in one style."""
    return [[(text, style)]]


def status_cell(status: str | None, words: Words) -> Cell:
    """A status in the reader's language and its colour; blank when a row has none."""
    return [[(words(status), STATUS_STYLE.get(status, ""))]] if status else plain("")


def number_text(value: float | None) -> str:
    """A number as CSV and Markdown show it; blank for none."""
    return "" if value is None else number(value)


def phrase(row: Target | None) -> str | None:
    """How a figure reads (≈8%), or None for no figure."""
    return None if row is None else value_phrase(row)


def value_cell(row: Target | None, words: Words) -> Cell:
    """A figure as the table shows it: ≈8%, or "about 8%" for --lang en."""
    if row is None:
        return plain("—")
    return plain(in_words(row) if words.lang is Lang.en else value_phrase(row))


def units_legend_block(rows: list[Target], ctx: Context) -> None:
    """For --lang en: what the Chinese units in the table mean."""
    legend = units_legend(rows) if ctx.words.lang is Lang.en else None
    if legend:
        ctx.page.block([(legend, "dim")])


def sources_legend_block(ctx: Context, first: str, second: str) -> None:
    """Under a table whose Src column holds two figures' sources: how to read 10;11,12."""
    words = ctx.words
    ctx.page.block([(sources_legend(first, second, words("Src"), words.lang), "dim")])
