"""jfq annotate: the terms a text uses, where it uses them, their English and their entry.

The expected entries and English come from glossary.yaml (read here with PyYAML);
the expected places are counted in the test's own text.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT

Jfq = Any

# Line 1: a name inside quotes.  Line 2: an alias, and a part of 三零 (零上访).  Line 3: a
# name in traditional characters.  Line 4: an alias in full-width digits.  Line 5: 部门 and 单位
# are two-character parts of 四方责任 (everyday words), and 三十 (an alias of 三十工程)
# stands inside the number 三十一.
TEXT = (
    "深化“三零”创建。\n"
    "持续推进三零平安创建，做到零上访。\n"
    "發展三室經濟。\n"
    "推广３３４模式。\n"
    "各部门、单位完成三十一个项目。\n"
)


@pytest.fixture(scope="module")
def glossary() -> dict[str, dict[str, Any]]:
    data = yaml.safe_load((ROOT / "glossary.yaml").read_text(encoding="utf-8"))
    return {term["term"]: term for term in data["terms"]}


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_every_use_with_its_place_english_and_entry(
    jfq: Jfq, report: Path, glossary: dict[str, dict[str, Any]]
) -> None:
    run = jfq("annotate", str(report), "--format", "json")
    assert run.code == 0, run
    result = json.loads(run.stdout)
    used = {t["term"]: t for t in result["terms"]}
    assert list(used) == ["三零", "三室经济", "334楼院协商治理模式"]
    for name, term in used.items():
        assert (term["en"], term["definition"]) == (
            glossary[name]["en"], glossary[name].get("definition")
        )  # fmt: skip
    places = [(o["line"], o["column"], o["text"], o["how"], o["spelling"], o["en"])
              for o in used["三零"]["occurrences"]]  # fmt: skip
    zero = glossary["三零"]["en"]
    assert places == [
        (1, 4, "三零", "name", "三零", zero),
        (2, 5, "三零平安创建", "alias", "三零平安创建", zero),
        (2, 14, "零上访", "part", "零上访", "zero petitions to higher authorities"),
    ]
    assert [(o["text"], o["spelling"]) for o in used["三室经济"]["occurrences"]] == [
        ("三室經濟", "三室经济")
    ]
    assert [(o["text"], o["how"]) for o in used["334楼院协商治理模式"]["occurrences"]] == [
        ("３３４模式", "alias")
    ]
    for term in used.values():  # the offsets point into the text as it was read
        for o in term["occurrences"]:
            assert TEXT[o["start"] : o["end"]] == o["text"]
            line_start = TEXT.rindex("\n", 0, o["start"]) + 1 if o["line"] > 1 else 0
            assert o["start"] - line_start + 1 == o["column"]
            assert TEXT.count("\n", 0, o["start"]) + 1 == o["line"]


def test_text_output_marks_the_terms_in_the_text(jfq: Jfq, report: Path) -> None:
    run = jfq("annotate", str(report))
    assert run.code == 0 and run.stderr == "", run
    lines = run.stdout.splitlines()
    assert lines[0] == f"{report}  uses 3 terms in 5 places"
    assert lines[2:7] == [
        "深化“[三零]¹”创建。",
        "持续推进[三零平安创建]¹，做到[零上访]¹。",
        "發展[三室經濟]²。",
        "推广[３３４模式]³。",
        "各部门、单位完成三十一个项目。",
    ]
    assert "│ No. │ Term" in run.stdout and "│ 1   │" not in run.stdout
    assert "│   1 │ 三零" in run.stdout


def test_tsv_is_a_term_list_a_cat_tool_reads(
    jfq: Jfq, report: Path, glossary: dict[str, dict[str, Any]]
) -> None:
    run = jfq("annotate", str(report), "--format", "tsv")
    assert run.code == 0, run
    lines = run.stdout.splitlines()
    assert lines[0].startswith("# ")  # OmegaT skips it; it tells OmegaT the file is UTF-8
    rows = list(
        csv.reader(io.StringIO("\n".join(lines[1:])), delimiter="\t", quoting=csv.QUOTE_NONE)
    )
    assert [row[0] for row in rows] == ["三零", "三零平安创建", "零上访", "三室經濟", "３３４模式"]
    assert all(len(row) == 3 for row in rows)
    assert rows[0][1] == glossary["三零"]["en"]
    assert rows[0][2] == "三零 (name); lines 1"
    # A part is given with its own English, not the slogan's.
    assert rows[2] == ["零上访", "zero petitions to higher authorities", "part of 三零; lines 2"]


def test_csv_has_one_row_per_use(jfq: Jfq, report: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(jfq("annotate", str(report), "-f", "csv").stdout)))
    assert [(r["number"], r["term"], r["text"], r["line"]) for r in rows] == [
        ("1", "三零", "三零", "1"),
        ("1", "三零", "三零平安创建", "2"),
        ("1", "三零", "零上访", "2"),
        ("2", "三室经济", "三室經濟", "3"),
        ("3", "334楼院协商治理模式", "３３４模式", "4"),
    ]


def test_a_text_in_gb18030_from_standard_input(jfq: Jfq, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from jfq.cli import run

    with CliRunner().isolation(input=TEXT.encode("gb18030")) as (out, _, _):
        code = run(["annotate", "-", "--format", "json"])
        result = json.loads(out.getvalue())
    assert code == 0 and result["encoding"] == "gb18030"
    assert [t["term"] for t in result["terms"]] == ["三零", "三室经济", "334楼院协商治理模式"]


def test_a_text_without_terms(jfq: Jfq, tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("今天天气很好。\n", encoding="utf-8")
    run = jfq("annotate", str(path))
    assert (run.code, run.stdout) == (1, "")
    assert run.stderr.startswith(f"jfq: {path}: uses no term of the glossary\n")
    missing = jfq("annotate", str(tmp_path / "missing.txt"))
    assert missing.code == 2 and "cannot read" in missing.stderr


def test_the_data_folders_own_glossary(jfq: Jfq, report: Path) -> None:
    # The terms come from the index of the data in use: the three-entry test glossary has
    # 三零 and 334楼院协商治理模式, but not 三室经济.
    mini = ROOT / "tests" / "fixtures" / "mini"
    run = jfq("annotate", str(report), "-f", "json", "--data-dir", str(mini))
    assert [t["term"] for t in json.loads(run.stdout)["terms"]] == ["三零", "334楼院协商治理模式"]


def test_the_readme_examples_are_real_output(
    jfq: Jfq, full_seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = (full_seeds / "001_c84d16bfa9c2ec5e.txt").read_text(encoding="utf-8").splitlines()
    (tmp_path / "report.txt").write_text(lines[188] + "\n" + lines[200] + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for command in ("$ jfq annotate report.txt\n", "$ jfq annotate report.txt --format tsv\n"):
        shown = readme.split(command, 1)[1].split("```", 1)[0]
        run = jfq(*command.split()[2:], env={"COLUMNS": "80"})
        assert run.stdout == shown, command
