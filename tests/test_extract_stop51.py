"""Stop 51: what the unseen batches 378-385 and a read of the change found, each test failing
on the commit before its mend."""

from __future__ import annotations

import re

import pytest

from jfq.authoring.extract import cues


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("提前一年完成", "提前"),
        ("力争提前一年完成", None),
        ("我们将提前完成", None),
        ("首先提前完成", "提前"),  # (先 is none of the words: 首先 does not plan)
    ],
)
def test_opens_on_keeps_the_lookbehinds_after_the_word(text: str, found: str | None) -> None:
    pattern = re.compile(cues.opens_on("提前", not_after=("力争", "要", "将")))
    match = pattern.search(text)
    assert (match and match[0]) == found


def test_opens_on_puts_the_word_first_so_re_can_scan_for_it() -> None:
    assert cues.opens_on("已", not_after=("推进", "盘活")) == "已(?<!推进已)(?<!盘活已)"


@pytest.mark.parametrize(
    ("sentence", "past"),
    [
        ("提前一年完成“十三五”目标", True),
        ("力争提前一年实现目标", False),
        ("加快推进已建成项目尽快达产", False),
        ("10项民生实事均已完成年度目标", True),
    ],
)
def test_the_words_of_the_past_read_as_before(sentence: str, past: bool) -> None:
    assert (cues.PAST.search(sentence) is not None) is past


@pytest.mark.parametrize(
    ("sentence", "ahead"),
    [
        ("增长好于预期", False),
        ("预期增长6%", True),
        ("议案建议办结率100%", False),
        ("江津区还将加大投入", True),
        ("全年计划实现工业总产值220亿元", True),
        ("年初计划实现工业总产值220亿元", False),
        ("将引进一批项目", True),
        ("全县将稳增长摆在突出位置", False),
    ],
)
def test_the_words_ahead_read_as_before(sentence: str, ahead: bool) -> None:
    assert (cues.AHEAD.search(sentence) is not None) is ahead
