"""A quote that keeps a copy's line break (a report copied from a PDF, folded mid-word:
地区生⏎产总值) is stored verbatim, break and all, but a screen shows it as it reads.

Stop 43's fault hunt: `jfq search` and `jfq targets` printed the break as it was, so the
rest of the quote started at column 0, outside its indented block."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from conftest import Run

from jfq.printable import one_line

Jfq = Callable[..., Run]

TARGETS = (
    "今年经济社会发展的主要预期目标是:地区生产总值增长6%左右,一般公共预算收入增长5%以上,"
    "城镇调查失业率控制在5.5%以内,居民人均可支配收入增长与经济增长同步。"
)


@pytest.fixture(scope="module")
def folded_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with one report merged, copied from a PDF folded at 20 characters."""
    from conftest import run_jfq

    folder = tmp_path_factory.mktemp("folded")
    lines = [TARGETS[i : i + 20] for i in range(0, len(TARGETS), 20)]
    report = folder / "folded.txt"
    report.write_text("示例县2024年政府工作报告\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    run = run_jfq("extract", str(report), "--region", "示例县", "--year", "2024")
    assert run.code == 0, run.stderr
    draft = yaml.safe_load(run.stdout)
    draft["regions"][0]["en"] = "Shili County"
    (folder / "draft.yaml").write_text(yaml.safe_dump(draft, allow_unicode=True), "utf-8")
    data = folder / "data"
    data.mkdir()
    merged = run_jfq("merge", str(folder / "draft.yaml"), "--data-dir", str(data))
    assert merged.code == 0, merged.stderr
    return data


def test_the_stored_quote_keeps_the_break(jfq: Jfq, folded_data: Path) -> None:
    run = jfq("targets", "--year", "2024", "--region", "示例县", "-f", "json",
              "--data-dir", str(folded_data))  # fmt: skip
    quotes = {s["quote"] for row in json.loads(run.stdout) for s in row["sources"]}
    assert quotes and all("地区生\n产总值" in quote for quote in quotes)


def test_search_shows_a_folded_quote_inside_its_block(jfq: Jfq, folded_data: Path) -> None:
    run = jfq("search", "同步", "--data-dir", str(folded_data))
    assert run.code == 0, run.stderr
    lines = run.stdout.splitlines()
    # each hit is a ranked line, then lines indented under it: none at column 0
    assert lines and all(line.startswith((" ", "1")) for line in lines), run.stdout
    assert "居民人均可支配收入增长与经济增长同步" in run.stdout.replace("\n    ", "")


def test_the_sources_block_of_targets_keeps_its_indent(jfq: Jfq, folded_data: Path) -> None:
    run = jfq("targets", "--year", "2024", "--region", "示例县", "--data-dir", str(folded_data))
    sources = run.stdout.split("Sources", 1)[1].splitlines()[1:]
    assert sources and all(line.startswith("  ") for line in sources if line), run.stdout
    assert "一般公共预算收入增长5%以上" in "".join(line.strip() for line in sources)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("地区生\n产总值", "地区生产总值"),
        ("增长\n5%以上", "增长5%以上"),  # a digit after a Chinese character: no space
        ("the work\nreport", "the work report"),
        ("GDP\r\n增长", "GDP增长"),
        ("两段。\n  下一段", "两段。下一段"),  # the margin a PDF's copy keeps goes too
        ("no break", "no break"),
        ("增长6.\n5%", "增长6.5%"),  # (a fold inside a number)
        ("总额1\n234亿元", "总额1234亿元"),
        ("“十四五”\n“双碳”", "“十四五”“双碳”"),  # (quotation marks are no Latin)
        ("growth,\nand jobs", "growth, and jobs"),  # (English after punctuation keeps it)
        ("1.5%\nin 2024", "1.5% in 2024"),
        ("U.S.\nGDP", "U.S. GDP"),
    ],
)
def test_one_line_joins_as_the_text_reads(text: str, shown: str) -> None:
    assert one_line(text) == shown
