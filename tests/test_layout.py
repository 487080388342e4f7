"""Text layout: how wide the page is, and where lines may break."""

from __future__ import annotations

import os

import pytest

from jfq.render import text as common
from jfq.render.layout import wrap

# 004's 334 entry, with the half-width marks the forum copy uses.
QUOTE = "把居民意见收集上来,把讨论形成的初步方案公布下去;把居民对初步方案的建议收集上来"


def lines_of(text: str, width: int) -> list[str]:
    return ["".join(t for t, _ in line) for line in wrap([(text, "")], width)]


@pytest.mark.parametrize("width", range(6, 40))
def test_no_line_starts_with_a_half_width_mark_after_chinese(width: int) -> None:
    lines = lines_of(QUOTE, width)
    assert "".join(lines) == QUOTE
    assert not [line for line in lines if line[:1] in ",;:.!?)"], lines


def test_a_line_may_still_break_before_chinese_that_follows_a_mark() -> None:
    assert lines_of("收集上来,把讨论", 10) == ["收集上来,", "把讨论"]


class FakeStream:
    def __init__(self, columns: int) -> None:
        self.columns = columns

    def fileno(self) -> int:
        return self.columns


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.setattr(
        common.os, "get_terminal_size", lambda fd: os.terminal_size((fd, 24)), raising=True
    )
    return monkeypatch


def standard_streams(monkeypatch: pytest.MonkeyPatch, stream: FakeStream | None) -> None:
    for name in ("__stdout__", "__stderr__", "__stdin__"):
        monkeypatch.setattr(common.sys, name, stream)


@pytest.mark.parametrize(
    ("columns", "width"),
    [(120, 120), (0, 80), (12, 40)],  # 0: a pseudo-terminal that has not been sized yet
)
def test_width_of_the_terminal(terminal: pytest.MonkeyPatch, columns: int, width: int) -> None:
    standard_streams(terminal, FakeStream(columns))
    assert common.plain_width() == width


@pytest.mark.parametrize(("columns", "width"), [("100", 100), ("20", 40), ("0", 80), ("x", 80)])
def test_columns_sets_the_width(terminal: pytest.MonkeyPatch, columns: str, width: int) -> None:
    standard_streams(terminal, None)  # no terminal at all
    terminal.setenv("COLUMNS", columns)
    assert common.plain_width() == width
