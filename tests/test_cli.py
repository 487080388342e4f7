"""The jfq command end to end: every command in every format, exit codes and the exact
error lines.  Text output is compared with golden files (tests/golden, 100 columns)."""

from __future__ import annotations

import csv
import html
import io
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from conftest import Run

Jfq = Callable[..., Run]
Golden = Callable[[str, str], None]
MINI = Path(__file__).parent / "fixtures" / "mini"


# -- jfq term -------------------------------------------------------------------------------


def test_term_text(jfq: Jfq, golden: Golden) -> None:
    run = jfq("term", "334")
    assert (run.code, run.stderr) == (0, "")
    golden("term_334.txt", run.stdout)


def test_term_text_for_an_undefined_term(jfq: Jfq, golden: Golden) -> None:
    run = jfq("term", "万人助万企")
    assert run.code == 0
    golden("term_undefined.txt", run.stdout)


def test_term_text_says_how_it_matched(jfq: Jfq) -> None:
    first = jfq("term", "sanshi", "jingji").stdout.splitlines()[0]
    assert first == "sanshi jingji → 三室经济  (by pinyin: san shi jing ji)"
    numerals = jfq("term", "三三四", "--lang", "zh").stdout.splitlines()[0]
    assert numerals == "三三四 → 334楼院协商治理模式 （数字写法匹配：334）"


def test_term_json(jfq: Jfq) -> None:
    run = jfq("term", "“334”", "--format", "json")
    data = json.loads(run.stdout)
    assert list(data) == ["query", "match", "matched", "entry", "alternatives"]
    assert (data["query"], data["match"], data["matched"]) == ("“334”", "normalized", "334")
    entry = data["entry"]
    assert entry["term"] == "334楼院协商治理模式"
    assert {
        "term",
        "aliases",
        "pinyin",
        "en",
        "scope",
        "category",
        "definition",
        "components",
        "related",
        "sources",
        "defined",
        "notes",
    } == set(entry)
    assert [c["label"] for c in entry["components"]] == ["3", "3", "4"]
    assert entry["sources"][0]["doc"] == "004_bddc84386e9e697e"


def test_term_json_lists_alternatives(jfq: Jfq) -> None:
    data = json.loads(jfq("term", "六个方面", "-f", "json").stdout)
    assert data["match"] == "substring"
    assert [a["match"] for a in data["alternatives"]] == ["substring"] * len(data["alternatives"])


def test_term_json_without_a_match(jfq: Jfq) -> None:
    run = jfq("term", "四区五中心", "-f", "json")
    assert run.code == 1
    data = json.loads(run.stdout)
    assert (data["match"], data["entry"], data["alternatives"]) == (None, None, [])
    assert data["suggestions"][0] == "四区四中心"
    assert (
        run.stderr
        == "jfq: no entry for '四区五中心'\n  did you mean: "
        + ", ".join(data["suggestions"])
        + "?\n"
    )


def test_term_yaml_is_the_json_document(jfq: Jfq) -> None:
    as_yaml = yaml.safe_load(jfq("term", "三零", "-f", "yaml").stdout)
    as_json = json.loads(jfq("term", "三零", "-f", "json").stdout)
    assert as_yaml == as_json


def test_term_markdown(jfq: Jfq, golden: Golden) -> None:
    golden("term_sanshi.md", jfq("term", "三室经济", "-f", "markdown").stdout)


def test_term_csv(jfq: Jfq) -> None:
    (row,) = list(csv.DictReader(io.StringIO(jfq("term", "三零", "-f", "csv").stdout)))
    assert (row["term"], row["match"], row["components"]) == (
        "三零",
        "exact",
        "零上访; 零事故; 零案件",
    )


def test_term_not_found_text(jfq: Jfq) -> None:
    run = jfq("term", "xyzzy")
    assert (run.code, run.stdout) == (1, "")
    assert run.stderr == (
        "jfq: no entry for 'xyzzy'\n"
        "  try: jfq search xyzzy  (full text), or jfq terms for the whole list\n"
    )


@pytest.mark.parametrize("query", ["", " ", "“”"])
def test_term_empty_query_is_a_usage_error(jfq: Jfq, query: str) -> None:
    run = jfq("term", query)
    assert run.code == 2
    assert run.stderr.startswith("jfq: the query ")


def test_term_needs_a_query(jfq: Jfq) -> None:
    run = jfq("term")
    assert run.code == 2
    assert (
        run.stderr == "jfq: missing argument 'QUERY...'\n  try: jfq term -h (help and examples)\n"
    )


@pytest.mark.parametrize(
    ("args", "stderr"),
    [
        (["334"], "jfq: no such command '334'\n"
                  "  try: jfq term 334 to look it up, or jfq -h for the commands\n"),
        (["trm", "334"], "jfq: no such command 'trm'. Did you mean 'term', 'terms'?\n"
                         "  try: jfq -h for the commands\n"),
        (["targets", "--kind", "foo"],
         "jfq: invalid value for '--kind': 'foo' is not one of 'target', 'actual', 'all'\n"
         "  try: jfq targets -h (help and examples)\n"),
        (["term", "334", "--nosuch"],
         "jfq: no such option: --nosuch\n  try: jfq term -h (help and examples)\n"),
        (["search", "x", "--limit"],  # click has no context for a missing option value
         "jfq: option '--limit' requires an argument\n  try: jfq search -h (help and examples)\n"),
        (["--", "三零 x"], "jfq: no such command '三零 x'\n"
                          "  try: jfq term '三零 x' to look it up, or jfq -h for the commands\n"),
    ],
)  # fmt: skip
def test_command_line_mistakes_are_one_line_and_a_hint(
    jfq: Jfq, args: list[str], stderr: str
) -> None:
    run = jfq(*args, "--format", "json") if args[0] == "targets" else jfq(*args)
    assert (run.code, run.stdout, run.stderr) == (2, "", stderr)


def test_unknown_format_is_a_usage_error(jfq: Jfq) -> None:
    run = jfq("term", "334", "--format", "xml")
    assert run.code == 2
    assert "'xml' is not one of 'text', 'json', 'yaml', 'csv', 'markdown'" in run.stderr


# -- jfq terms, jfq search ----------------------------------------------------------------------


def test_terms_json_lists_every_entry(jfq: Jfq, data_files) -> None:  # type: ignore[no-untyped-def]
    entries = json.loads(jfq("terms", "-f", "json").stdout)
    assert [e["term"] for e in entries] == [t.term for t in data_files[0].terms]


def test_terms_filters(jfq: Jfq) -> None:
    entries = json.loads(
        jfq("terms", "--scope", "示范区", "--category", "治理", "-f", "json").stdout
    )
    assert entries and {(e["scope"], e["category"]) for e in entries} == {("示范区", "治理")}


def test_terms_text_table(jfq: Jfq) -> None:
    lines = jfq("terms", "--scope", "国家", "--category", "生态").stdout.splitlines()
    assert [cell.strip() for cell in lines[1].split("│")[1:-1]] == [
        "Term",
        "English",
        "Scope",
        "Category",
    ]
    first_column = "".join(line.split("│")[1].strip() for line in lines[3:-2])
    assert first_column == "河长制清四乱蓝天、碧水、净土保卫战"  # the last one wraps
    assert lines[-1] == "3 entries"


def test_terms_bad_scope(jfq: Jfq) -> None:
    run = jfq("terms", "--scope", "县")
    assert run.code == 2
    assert run.stderr == (
        "jfq: --scope must be one of 国家 (national), 省 (provincial), 市 (city), 区 (district), "
        "示范区 (demonstration zone); got '县'\n"
    )


def test_terms_scope_and_category_in_english(jfq: Jfq) -> None:
    english = jfq("terms", "--scope", "District", "--category", "governance", "-f", "json")
    chinese = jfq("terms", "--scope", "区", "--category", "治理", "-f", "json")
    assert english.code == 0 and english.stdout == chinese.stdout
    assert {t["scope"] for t in json.loads(english.stdout)} == {"区"}


def test_terms_csv_and_markdown(jfq: Jfq, data_files) -> None:  # type: ignore[no-untyped-def]
    rows = list(csv.DictReader(io.StringIO(jfq("terms", "-f", "csv").stdout)))
    assert len(rows) == len(data_files[0].terms)
    markdown = jfq("terms", "-f", "markdown").stdout.splitlines()
    assert markdown[0] == "| term | pinyin | en | scope | category | defined |"
    assert len(markdown) == len(rows) + 2


def test_search_text(jfq: Jfq, golden: Golden) -> None:
    golden("search_yanglao.txt", jfq("search", "养老").stdout)


def test_search_json(jfq: Jfq) -> None:
    hits = json.loads(jfq("search", "楼院", "治理", "-f", "json").stdout)
    assert hits[0]["term"] == "334楼院协商治理模式"
    entry = {"kind", "term", "en", "scope", "category", "score", "field", "snippet"}
    assert set(hits[0]) == entry and hits[0]["kind"] == "entry"


def test_search_without_hits(jfq: Jfq) -> None:
    run = jfq("search", "xyzzy")
    assert (run.code, run.stderr) == (
        1,
        "jfq: nothing mentions 'xyzzy'\n  try fewer or shorter words\n",
    )
    as_json = jfq("search", "xyzzy", "-f", "json")
    assert (as_json.code, json.loads(as_json.stdout)) == (
        1,
        {
            "error": {
                "code": 1,
                "kind": "not_found",
                "message": "nothing mentions 'xyzzy'",
                "hint": "try fewer or shorter words",
            }
        },
    )


def test_a_term_not_found_in_json_says_what_was_asked_and_what_comes_close(jfq: Jfq) -> None:
    run = jfq("term", "四区五中心", "-f", "json")
    assert run.code == 1
    assert json.loads(run.stdout) == {
        "query": "四区五中心",
        "match": None,
        "entry": None,
        "alternatives": [],
        "suggestions": json.loads(run.stdout)["suggestions"],
        "error": {
            "code": 1,
            "kind": "not_found",
            "message": "no entry for '四区五中心'",
            "hint": run.stderr.splitlines()[1].strip(),
        },
    }
    assert json.loads(run.stdout)["suggestions"][0] == "四区四中心"


@pytest.mark.parametrize(
    ("args", "code", "kind"),
    [
        (["targets", "--year", "1899"], 2, "usage"),
        (["term", "“”"], 2, "usage"),
        (["targets", "--year", "2030"], 1, "not_found"),
        (["terms", "--data-dir", "/nonexistent"], 2, "usage"),
    ],
)
def test_every_failure_in_json_or_yaml_is_an_error_object(
    jfq: Jfq, args: list[str], code: int, kind: str
) -> None:
    as_json = jfq(*args, "--format", "json")
    as_yaml = jfq(*args, "--format", "yaml")
    message = as_json.stderr.splitlines()[0].removeprefix("jfq: ")
    assert as_json.code == as_yaml.code == code
    assert json.loads(as_json.stdout)["error"] == yaml.safe_load(as_yaml.stdout)["error"]
    assert json.loads(as_json.stdout)["error"]["kind"] == kind
    assert json.loads(as_json.stdout)["error"]["message"] == message


@pytest.mark.parametrize("fmt", ["text", "csv", "markdown"])
def test_other_formats_print_nothing_on_a_failure(jfq: Jfq, fmt: str) -> None:
    run = jfq("search", "xyzzy", "--format", fmt)
    assert (run.code, run.stdout) == (1, "")


# -- data files -----------------------------------------------------------------------------------


def data_dir(tmp_path: Path, glossary: str | None = None) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(MINI, folder)
    if glossary is not None:
        (folder / "glossary.yaml").write_text(glossary, encoding="utf-8")
    return folder


def test_data_dir_option_and_environment(jfq: Jfq, tmp_path: Path) -> None:
    folder = data_dir(tmp_path)
    assert len(json.loads(jfq("terms", "-f", "json", "--data-dir", str(folder)).stdout)) == 3
    by_env = jfq("terms", "-f", "json", env={"JFQ_DATA_DIR": str(folder)})
    assert len(json.loads(by_env.stdout)) == 3


@pytest.mark.parametrize("command", [["term", "334"], ["terms"], ["targets"], ["validate"]])
def test_data_dir_before_the_command_is_used(jfq: Jfq, tmp_path: Path, command: list[str]) -> None:
    # `jfq --data-dir X term 334`; the option typed wins over JFQ_DATA_DIR, before the
    # command as after it.
    before = jfq("--data-dir", str(tmp_path / "nowhere"), *command)
    assert before.code == 2 and "nowhere: not a folder" in before.stderr
    env = {"JFQ_DATA_DIR": str(MINI)}
    typed = jfq("--data-dir", str(tmp_path / "nowhere"), *command, env=env)
    assert typed.code == 2 and "nowhere: not a folder" in typed.stderr
    assert jfq(*command, "--data-dir", str(tmp_path / "nowhere"), env=env).code == 2


def test_data_dir_before_the_command_reads_that_data(jfq: Jfq) -> None:
    listed = jfq("--data-dir", str(MINI), "terms", "-f", "json", env={"JFQ_DATA_DIR": None})
    assert len(json.loads(listed.stdout)) == 3
    checkout = str(Path(__file__).parents[1])
    full = jfq("--data-dir", checkout, "terms", "-f", "json", env={"JFQ_DATA_DIR": str(MINI)})
    assert len(json.loads(full.stdout)) > 3  # the option's data, not the environment's


def test_missing_data_dir(jfq: Jfq, tmp_path: Path) -> None:
    run = jfq("term", "334", "--data-dir", str(tmp_path / "nowhere"))
    assert run.code == 2
    expected = f"jfq: {tmp_path / 'nowhere'}: not a folder (given by --data-dir or JFQ_DATA_DIR)\n"
    assert run.stderr == expected


def test_broken_yaml_names_file_and_line(jfq: Jfq, tmp_path: Path) -> None:
    text = (MINI / "glossary.yaml").read_text(encoding="utf-8")
    folder = data_dir(tmp_path, text.replace("terms:\n", "terms:\n  - [unclosed\n", 1))
    run = jfq("term", "334", "--data-dir", str(folder))
    assert run.code == 3
    path = folder / "glossary.yaml"
    line = text.split("\n").index("terms:") + 3
    assert run.stderr.startswith(f"jfq: {path}:{line}: YAML syntax:")


def test_schema_error_names_file_line_and_field(jfq: Jfq, tmp_path: Path) -> None:
    text = (MINI / "glossary.yaml").read_text(encoding="utf-8")
    folder = data_dir(tmp_path, text.replace("scope: 市", "scope: 县", 1))
    run = jfq("term", "334", "--data-dir", str(folder))
    line = text.split("\n").index("  scope: 市") + 1
    assert (run.code, run.stderr) == (
        3,
        (
            f"jfq: {folder / 'glossary.yaml'}:{line}: $.terms[1].scope: expected one of "
            "'国家' | '省' | '市' | '区' | '示范区', got '县'\n"
        ),
    )


def test_yaml_is_loaded_safely(jfq: Jfq, tmp_path: Path) -> None:
    text = (MINI / "glossary.yaml").read_text(encoding="utf-8")
    folder = data_dir(
        tmp_path,
        text.replace("terms:", "evil: !!python/object/apply:os.system ['true']\nterms:", 1),
    )
    run = jfq("term", "334", "--data-dir", str(folder))
    assert run.code == 3
    assert "is not allowed in a data file" in run.stderr


# -- general ------------------------------------------------------------------------------------


def test_the_readme_example_is_real_output(jfq: Jfq) -> None:
    # The README's first example is what a new user compares their screen with.
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    command, *shown = readme.split("```console\n", 1)[1].split("```", 1)[0].splitlines()
    assert command.startswith("$ jfq ")
    run = jfq(*command.split()[2:], env={"COLUMNS": "80"})  # a terminal's usual width
    assert run.stdout == "\n".join(shown) + "\n"


def test_the_readme_search_over_figures_is_real_output(jfq: Jfq) -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    block = next(b for b in readme.split("```console\n")[1:] if b.startswith("$ jfq search"))
    command, *shown = block.split("```", 1)[0].splitlines()
    run = jfq(*command.split()[2:], env={"COLUMNS": "80"})
    assert run.stdout == "\n".join(shown) + "\n"
    assert "[figure]" in run.stdout


@pytest.mark.parametrize("start", ["$ jfq source ", "$ jfq validate\n"])
def test_the_readme_data_and_sources_examples_are_real_output(jfq: Jfq, start: str) -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    block = next(b for b in readme.split("```console\n")[1:] if b.startswith(start))
    command, *shown = block.split("```", 1)[0].splitlines()
    run = jfq(*command.split()[2:], env={"COLUMNS": "80"})
    # validate's notes come first; the README shows its summary, the last lines
    assert run.stdout.endswith("\n".join(shown) + "\n") and shown


def test_version_and_help(jfq: Jfq) -> None:
    from jfq import __version__

    assert jfq("--version").stdout == f"jfq {__version__}\n"
    for flag in ("-h", "--help"):
        run = jfq(flag)
        assert run.code == 0 and "term" in run.stdout and "Examples" in run.stdout
    assert "sanshi jingji" in jfq("term", "--help").stdout


COMMANDS = ["", "overview", "term", "terms", "search", "targets", "compare", "trend", "source",
            "validate", "mentions", "annotate", "extract", "merge", "export"]  # fmt: skip


@pytest.mark.parametrize("command", COMMANDS)
def test_every_example_in_the_help_works(
    jfq: Jfq, command: str, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Users copy examples from --help; one that fails teaches them the tool is broken.
    # They run in a folder holding the files the examples name.
    shutil.copytree(MINI, tmp_path / "my-data")
    # The merge examples add a new report's draft: the data must not hold its entries yet
    # (the report defines 三零, as seed 004 does; a merge lists each field it would change
    # of an entry already there as a conflict, exit code 1).
    glossary = tmp_path / "my-data" / "glossary.yaml"
    text = glossary.read_text(encoding="utf-8")
    start, end = text.index("- term: 三零\n"), text.index("- term: 六稳六保\n")
    glossary.write_text(text[:start] + text[end:], encoding="utf-8")
    # The reports the examples read: the seeds, or (a clone without ../shared) the seed
    # reports' texts rebuilt from sources/ (the web pages' are no reports to draft from).
    (tmp_path / "reports").mkdir()
    for path in corpus.glob("[0-9][0-9][0-9]_*.txt"):
        shutil.copy(path, tmp_path / "reports")
    demo = Path(__file__).parent / "fixtures" / "reports" / "demo-2024.txt"
    for name in ("report.txt", "report-2024.txt"):
        shutil.copy(demo, tmp_path / name)
    demo_lines = demo.read_text(encoding="utf-8").splitlines()  # and as a saved web page
    page = "".join(f"<p>{html.escape(line)}</p>\n" for line in demo_lines)
    (tmp_path / "report-page.html").write_text(
        f"<!DOCTYPE html><html><body>{page}</body></html>", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    helptext = jfq(*filter(None, [command, "--help"])).stdout
    lines = [line.strip() for line in helptext.splitlines()]
    examples = [line for line in lines if line.startswith("jfq ")]
    assert examples, helptext
    if command:  # each example says what it is for, on the line above
        for example in examples:
            assert lines[lines.index(example) - 1].startswith("# "), example
    for example in examples:
        for step in example.split(" && "):
            command_line, _, redirect = step.replace("../shared/seeds", str(corpus)).partition(
                " > "
            )
            words = command_line.split()
            run = jfq(*words[1:])
            assert run.code == 0, (step, run)
            if redirect:  # the next example reads what this one wrote
                (tmp_path / redirect.strip()).write_text(run.stdout, encoding="utf-8")
            if words[1] != "extract":  # extract says on stderr what it read and guessed
                assert run.stderr == "", (step, run)


def test_styled_text_is_the_plain_text_with_colour(jfq: Jfq) -> None:
    import re

    plain = jfq("term", "334").stdout
    styled = jfq("term", "334", env={"NO_COLOR": None, "FORCE_COLOR": "1"}).stdout
    assert "\x1b[" in styled
    assert re.sub(r"\x1b\[[0-9;]*m", "", styled) == plain
    assert jfq("term", "334", env={"FORCE_COLOR": "1"}).stdout == plain  # NO_COLOR wins


@pytest.mark.parametrize("command", ["term", "search", "trend", "mentions"])
def test_a_100000_character_argument_gets_a_short_answer(jfq: Jfq, command: str) -> None:
    huge = "养老x" * 33_334
    extra = ["--corpus", str(MINI)] if command == "mentions" else []
    run = jfq(command, huge, *extra)
    assert run.code in (1, 2)
    assert 1 <= len(run.stderr.splitlines()) <= 2
    assert all(len(line) < 1100 for line in run.stderr.splitlines()), run.stderr[:200]


# -- jfq alone, jfq overview ------------------------------------------------------------------


def test_jfq_alone_shows_what_there_is_and_what_to_type(jfq: Jfq, golden: Golden) -> None:
    run = jfq()
    assert (run.code, run.stderr) == (0, "")
    golden("home.txt", run.stdout)
    for command in ("jfq term 334", "jfq targets --year 2023", "jfq compare 2022 2023"):
        assert command in run.stdout
        assert jfq(*command.split()[1:]).code == 0  # the suggestions work


def test_overview_counts_what_the_data_files_hold(jfq: Jfq) -> None:
    root = Path(__file__).parents[1]
    glossary = yaml.safe_load((root / "glossary.yaml").read_text(encoding="utf-8"))
    targets = yaml.safe_load((root / "targets.yaml").read_text(encoding="utf-8"))
    data = json.loads(jfq("overview", "--format", "json").stdout)
    assert data["entries"] == len(glossary["terms"])
    assert {s["scope"]: s["entries"] for s in data["scopes"]} == {
        scope: sum(t["scope"] == scope for t in glossary["terms"])
        for scope in {t["scope"] for t in glossary["terms"]}
    }
    assert sum(s["undefined"] for s in data["scopes"]) == sum(
        t.get("defined") is False for t in glossary["terms"]
    )
    assert data["rows"] == len(targets["targets"])
    for region in data["regions"]:
        rows = [r for r in targets["targets"] if r["region"] == region["region"]]
        assert region["targets"] == sorted({r["year"] for r in rows if r["kind"] == "target"})
        assert region["actuals"] == sorted({r["year"] for r in rows if r["kind"] == "actual"})
    documents = sorted(path.stem for path in (root / "sources").glob("*.yaml"))
    assert [d["id"] for d in data["documents"]] == documents
    assert all("passages" not in d for d in data["documents"])  # jfq source shows them


@pytest.mark.parametrize("args", [["validate", "--corpus=\0"], ["term", "a\0b", "-f", "json"]])
def test_a_nul_character_is_a_usage_error(jfq: Jfq, args: list[str]) -> None:
    run = jfq(*args)
    assert (run.code, run.stdout, run.stderr) == (
        2,
        "",
        "jfq: an argument holds a NUL character (\\x00)\n",
    )


# -- --help fits a narrow terminal -----------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("columns", [60])
def test_help_fits_the_terminal(command: str, columns: int) -> None:
    # Chinese counts two columns: click's own wrapping ran past the edge at COLUMNS=60.
    # A process of its own: in-process, click's test runner fixes help at 80 columns.
    from jfq.render.layout import cell_len

    environment = {**os.environ, "COLUMNS": str(columns)}
    line = [sys.executable, "-m", "jfq", *filter(None, [command, "--help"])]
    shown = subprocess.run(line, capture_output=True, text=True, env=environment, check=True)
    too_wide = [line for line in shown.stdout.splitlines() if cell_len(line) > columns]
    assert too_wide == []


# -- no internal name on any screen ---------------------------------------------------------

SCREENS = [
    ["compare", "2022", "2023"],
    ["compare", "2022", "2023", "--kind", "actual"],
    ["compare", "解放区:2022", "示范区:2022"],
    ["compare", "2023", "2026"],
    ["compare", "示范区:2022", "2023"],
    ["targets", "--year", "2022"],
    ["targets", "--year", "2021"],
    ["targets", "--region", "示范区"],
    ["trend", "gdp_growth"],
    ["trend"],
    ["search", "增长"],
    ["term", "三三四"],
    ["term", "sanshi"],
    ["term", "零上访"],
    ["term", "三式经济"],
    ["term", "“334”"],
]
# The model's and the code's names for things: JSON carries them, screens never do.
INTERNAL = re.compile(
    r"\b(at_least|at_most|in_step|qualitative|exact|only_a|only_b|incomparable|actuals"
    r"|normalized|substring|numerals|component|headline)\b"
)


@pytest.mark.parametrize("lang", ["both", "en", "zh"])
@pytest.mark.parametrize("args", SCREENS, ids=" ".join)
def test_no_internal_name_on_any_screen(jfq: Jfq, args: list[str], lang: str) -> None:
    run = jfq(*args, "--lang", lang, env={"COLUMNS": "300"})  # no name split by wrapping
    assert run.code == 0, run
    assert INTERNAL.findall(run.stdout) == []
