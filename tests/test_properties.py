"""Property tests: every command, driven with arbitrary text, years, regions and formats.

Whatever the input, jfq answers with a documented exit code, says why on stderr
when it fails, never shows a traceback, and its JSON always parses (a result,
or the error object).  Hypothesis generates the inputs; the number of examples
per command is set by the profile in conftest.py (several hundred in CI).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
import yaml
from conftest import SEEDS, run_jfq, texts_from_sources
from hypothesis import given, settings
from hypothesis import strategies as st

from jfq.printable import printable

EXIT_CODES = {0, 1, 2, 3}  # done, nothing found, usage error, bad data file
FORMATS = ["text", "json", "yaml", "csv", "markdown"]
# Any character at all, lone surrogates and control characters included.
ANY_CHAR = st.one_of(
    st.characters(codec=None, exclude_categories=()), st.characters(categories=["Cs"])
)
KNOWN = [
    *("334", "三零", "三室经济", "添翼计划", "sanshi jingji", "ssjj", "2023", "解放区", "示范区"),
    *("gdp_growth", "地区生产总值", "《三室經濟》", "--", "-h", "-f", "[red]", "\x1b[31m"),
]
TEXT = st.one_of(st.sampled_from(KNOWN), st.text(ANY_CHAR, max_size=40), st.text(max_size=3))
YEAR = st.one_of(st.integers(-10, 3000).map(str), st.sampled_from(["2022", "2023", "20x3"]), TEXT)
REGION = st.one_of(st.sampled_from(["解放区", "示范区", "焦作市", "shifanqu", "Jiaozuo"]), TEXT)
SIDE = st.one_of(YEAR, st.builds(lambda r, y: f"{r}:{y}", REGION, YEAR))
FORMAT = st.sampled_from(FORMATS)
# Full texts for --corpus: the seeds beside the clone, else texts rebuilt from sources/.
CORPUS = (
    SEEDS
    if (SEEDS / "README.md").is_file()
    else texts_from_sources(Path(tempfile.mkdtemp(prefix="jfq-corpus-")))
)


def check(command: str, fmt: str, *positional: str, **options: str | bool | None) -> None:
    """Run one command; --format comes first and values are attached (--region=…), and
    the positional arguments follow "--", so that generated text is never read as an
    option: what is tested is jfq, not click's parsing."""
    args = [command, f"--format={fmt}"]
    for name, value in options.items():
        if value is True:
            args.append(f"--{name}")
        elif isinstance(value, str):
            args.append(f"--{name}={value}")
    args += ["--", *positional] if positional else []
    run = run_jfq(*args, env={"JFQ_DEBUG": None})
    shown = f"{args!r} -> {run!r}"
    assert run.code in EXIT_CODES, shown
    assert "Traceback" not in run.stdout + run.stderr, shown
    # Nothing from the input reaches the terminal as a control sequence, in any format.
    assert printable(run.stdout) == run.stdout, shown
    assert printable(run.stderr) == run.stderr, shown
    if run.code != 0:
        assert run.stderr.startswith("jfq: "), shown
    # The command line itself is wrong (an unknown option or value, a missing argument, a NUL):
    # stderr only, and the hint points at the help.
    command_line = run.stderr.endswith(("(help and examples)\n", "for the commands\n"))
    if (run.code != 0 and command_line) or any("\0" in a for a in args):
        assert run.stdout == "", shown
    elif run.code != 0 and fmt == "json":
        assert set(json.loads(run.stdout)) >= {"error"}, shown
    elif run.code != 0 and fmt == "yaml":
        assert set(yaml.safe_load(run.stdout)) >= {"error"}, shown
    elif run.code != 0:
        assert run.stdout == "", shown
    elif fmt == "json":
        json.loads(run.stdout)
    elif fmt == "yaml":
        yaml.safe_load(run.stdout)


@given(st.lists(TEXT, min_size=1, max_size=3), FORMAT)
def test_term(words: list[str], fmt: str) -> None:
    check("term", fmt, *words)


@given(st.one_of(st.none(), TEXT), st.one_of(st.none(), TEXT), FORMAT)
def test_terms(scope: str | None, category: str | None, fmt: str) -> None:
    check("terms", fmt, scope=scope, category=category)


LIMIT = st.one_of(st.integers(-5, 50), st.integers(), st.just(10**30))


@given(st.lists(TEXT, min_size=1, max_size=4), LIMIT, FORMAT)
def test_search(words: list[str], limit: int, fmt: str) -> None:
    check("search", fmt, *words, limit=str(limit))


@given(
    YEAR,
    REGION,
    st.sampled_from(["target", "actual", "all", "ACTUAL", "bogus"]),
    st.sampled_from(["headline", "task", "all", "x"]),
    FORMAT,
)
def test_targets(year: str, region: str, kind: str, tier: str, fmt: str) -> None:
    check("targets", fmt, year=year, region=region, kind=kind, tier=tier)


@given(SIDE, SIDE, st.sampled_from(["target", "actual", "all"]), st.booleans(), FORMAT)
def test_compare(a: str, b: str, kind: str, chart: bool, fmt: str) -> None:
    check("compare", fmt, a, b, kind=kind, chart=chart)


@given(st.one_of(st.sampled_from(["gdp_growth", "固定资产投资", "new_jobs"]), TEXT), REGION, FORMAT)
def test_trend(key: str, region: str, fmt: str) -> None:
    check("trend", fmt, key, region=region)


@given(st.lists(TEXT, min_size=1, max_size=2), FORMAT)
def test_mentions(words: list[str], fmt: str) -> None:
    check("mentions", fmt, *words, corpus=str(CORPUS))


@given(st.one_of(st.sampled_from(["004", "004_bddc84386e9e697e", "web-china-2", "00"]), TEXT),
       st.one_of(st.none(), st.sampled_from(["零上访", "零上访…零案件", "三零"]), TEXT),
       FORMAT)  # fmt: skip
def test_source(document: str, around: str | None, fmt: str) -> None:
    check("source", fmt, document, around=around)


@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("reports") / "report.txt"


REPORT_TEXT = st.one_of(
    st.text(ANY_CHAR, max_size=400),
    # a report's own shapes, shuffled: headings, targets, figures
    st.lists(
        st.sampled_from([
            *("2024年焦作市示例区政府工作报告", "主要预期目标是：", "地区生产总值增长6%左右"),
            *("一般公共预算收入增长5%以上", "名词解释", "1.三零:零上访、零事故、零案件。"),
            *("地区生产总值完成181.8亿元,同比增长5.3%", "规模以上工业增加值", "\n", "，"),
        ]),
        max_size=12,
    ).map("".join),
)  # fmt: skip


@given(REPORT_TEXT, st.one_of(st.none(), REGION), st.one_of(st.none(), YEAR),
       st.sampled_from(["yaml", "json"]))  # fmt: skip
def test_extract(
    report_file: Path, report: str, region: str | None, year: str | None, fmt: str
) -> None:
    report_file.write_bytes(report.encode("utf-8", errors="surrogatepass"))
    check("extract", fmt, str(report_file), region=region, year=year)


@settings(max_examples=30)  # each example checks every quote against the texts
@given(st.one_of(st.none(), st.just(str(CORPUS)), TEXT), FORMAT)
def test_validate(corpus: str | None, fmt: str) -> None:
    check("validate", fmt, corpus=corpus)


@given(REPORT_TEXT, st.sampled_from([*FORMATS, "tsv"]))
def test_annotate(report_file: Path, report: str, fmt: str) -> None:
    report_file.write_bytes(report.encode("utf-8", errors="surrogatepass"))
    check("annotate", fmt, str(report_file))
