"""A corpus of broken data files, one fault each, and the exact message each one gets.

Every case starts from tests/fixtures/mini and changes one thing.  The message
names the file and the line (where there is one) and says what is wrong; the
exit code is 3; nothing reaches stdout but, in JSON, the error object.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import Run

Jfq = Callable[..., Run]
MINI = Path(__file__).parent / "fixtures" / "mini"
GLOSSARY = (MINI / "glossary.yaml").read_text(encoding="utf-8")
TARGETS = (MINI / "targets.yaml").read_text(encoding="utf-8")


def changed(text: str, old: str, new: str) -> str:
    assert old in text, old  # the fixture still has what the case changes
    return text.replace(old, new, 1)


def line_of(text: str, fragment: str) -> int:
    return text[: text.index(fragment)].count("\n") + 1


THREE_ZEROS_EN = "  en: '\"three zeros\" (zero petitions, zero accidents, zero criminal cases)'\n"
BOMB = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\nb: &b [*a, *a, *a, *a, *a, *a]\n"

# name: (file, its new contents, the message after "<file>", the command)
CASES: dict[str, tuple[str, str | bytes, str]] = {
    "yaml syntax": (
        "glossary.yaml",
        changed(GLOSSARY, "terms:\n", "terms:\n  - [unclosed\n"),
        f":{line_of(GLOSSARY, 'terms:') + 2}: YAML syntax: did not find expected ',' or ']'",
    ),
    "empty file": ("glossary.yaml", "", ": $: expected a mapping (Glossary), got null"),
    "a list, not a mapping": (
        "glossary.yaml",
        "- a\n- b\n",
        ":1: $: expected a mapping (Glossary), got a list",
    ),
    "not UTF-8": (
        "glossary.yaml",
        GLOSSARY.encode("gb18030"),
        # 目 is C4 BF in GB18030, which UTF-8 reads as Ŀ; 标 (B1 EA) is where it fails.
        f":{line_of(GLOSSARY, '目标确定')}: not UTF-8: byte 0xb1 cannot be read "
        "(save the file as UTF-8)",
    ),
    "a Python tag": (
        "glossary.yaml",
        changed(GLOSSARY, "en: three roles", "en: !!python/object/apply:os.system [ls]"),
        f":{line_of(GLOSSARY, 'en: three roles')}: the tag "
        "'tag:yaml.org,2002:python/object/apply:os.system' is not allowed in a data file",
    ),
    "anchors and aliases that expand without bound": (
        "glossary.yaml",
        BOMB + GLOSSARY,
        ":1: anchors and aliases (& and *) are not allowed",
    ),
    "a key given twice": (
        "glossary.yaml",
        changed(GLOSSARY, "  scope: 区\n", "  scope: 区\n  scope: 市\n"),
        f":{line_of(GLOSSARY, '  scope: 区') + 1}: key 'scope' is given twice",
    ),
    "a key given twice in JSON": (
        "glossary.yaml",
        '{"documents": [],\n "terms": [\n  {"term": "三零", "en": "x", "en": "y"}]}\n',
        ":3: key 'en' is given twice",
    ),
    "a missing required field": (
        "glossary.yaml",
        changed(GLOSSARY, THREE_ZEROS_EN, ""),
        f":{line_of(GLOSSARY, '- term: 三零')}: $.terms[1]: missing required field 'en'",
    ),
    "a word where a year belongs": (
        "targets.yaml",
        changed(TARGETS, "year: 2022", "year: 二〇二二"),
        f":{line_of(TARGETS, 'year: 2022')}: $.targets[0].year: expected a whole number, "
        "got '二〇二二'",
    ),
    "an unknown comparator": (
        "targets.yaml",
        changed(TARGETS, "comparator: about", "comparator: roughly"),
        f":{line_of(TARGETS, 'comparator: about')}: $.targets[0].comparator: expected one of "
        "'about' | 'at_least' | 'at_most' | 'nearly' | 'over' | 'exact' | 'range' | 'in_step' | "
        "'qualitative', got 'roughly'",
    ),
    "an unknown unit": (
        "targets.yaml",
        changed(TARGETS, "unit: '%'", "unit: pct"),
        f":{line_of(TARGETS, 'unit: ')}: $.targets[0].unit: expected a unit such as %, 个百分点, "
        "亿元, 万人 or 万吨, got 'pct'",
    ),
    "a related entry that does not exist": (
        "glossary.yaml",
        changed(GLOSSARY, "- term: 三零\n", "- term: 三零\n  related:\n  - 四治融合\n"),
        f":{line_of(GLOSSARY, '- term: 三零') + 2}: terms[1] 三零: "
        "related entry '四治融合' does not exist",
    ),
    "a source in a document that is not listed": (
        "glossary.yaml",
        changed(GLOSSARY, "- doc: 004_bddc84386e9e697e", "- doc: 009_nowhere"),
        f":{line_of(GLOSSARY, '- doc: 004_bddc84386e9e697e')}: terms[0] 334楼院协商治理模式: "
        "source doc '009_nowhere' is not a document",
    ),
    "a row for a region that is not listed": (
        "targets.yaml",
        changed(TARGETS, "- region: 解放区", "- region: 解放镇"),
        f":{line_of(TARGETS, '- region: 解放区')}: targets[0] 解放镇 2022 target gdp_growth: "
        "region '解放镇' is not in the regions list",
    ),
    # A 400-digit figure had ended validate, targets and trend as a bug in jfq (exit 70):
    # no float holds it.  Infinity and NaN had passed as figures.
    "a number no float holds": (
        "targets.yaml",
        changed(TARGETS, "value: 8\n", "value: " + "9" * 400 + "\n"),
        f":{line_of(TARGETS, 'value: 8')}: $.targets[0].value: expected a number "
        "between -10^15 and 10^15, got a number of 400 digits",
    ),
    "a number too long to read": (
        "targets.yaml",
        changed(TARGETS, "value: 8\n", "value: " + "9" * 5000 + "\n"),
        f":{line_of(TARGETS, 'value: 8')}: a number of 5000 digits: jfq reads numbers "
        "between -10^15 and 10^15",
    ),
    "infinity": (
        "targets.yaml",
        changed(TARGETS, "value: 8\n", "value: .inf\n"),
        f":{line_of(TARGETS, 'value: 8')}: $.targets[0].value: expected a number "
        "between -10^15 and 10^15, got inf",
    ),
    "not a number": (
        "targets.yaml",
        changed(TARGETS, "value: 181.8\n", "value: .nan\n"),
        f":{line_of(TARGETS, 'value: 181.8')}: $.targets[1].value: expected a number "
        "between -10^15 and 10^15, got nan",
    ),
    "a year no index holds": (
        "targets.yaml",
        changed(TARGETS, "year: 2022", "year: " + "2" * 400),
        f":{line_of(TARGETS, 'year: 2022')}: $.targets[0].year: expected a whole number "
        "between -10^15 and 10^15, got a number of 400 digits",
    ),
    "two entries with one name": (
        "glossary.yaml",
        changed(GLOSSARY, "- term: 三零\n", "- term: 六稳六保\n"),
        f":{line_of(GLOSSARY, '- term: 六稳六保')}: terms[2] 六稳六保: the same name as terms[1]",
    ),
}


def broken_folder(tmp_path: Path, file: str, contents: str | bytes) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(MINI, folder)
    if isinstance(contents, bytes):
        (folder / file).write_bytes(contents)
    else:
        (folder / file).write_text(contents, encoding="utf-8")
    return folder


@pytest.mark.parametrize("case", CASES)
def test_each_fault_gets_its_message(jfq: Jfq, tmp_path: Path, case: str) -> None:
    file, contents, message = CASES[case]
    folder = broken_folder(tmp_path, file, contents)
    command = ["term", "三零"] if file == "glossary.yaml" else ["targets", "--year", "2022"]
    run = jfq(*command, "--data-dir", str(folder))
    assert (run.code, run.stdout) == (3, "")
    expected = f"jfq: {folder / file}{message}"
    assert run.stderr == expected + "\n"
    as_json = jfq(*command, "--data-dir", str(folder), "--format", "json")
    assert json.loads(as_json.stdout)["error"]["kind"] == "data"


def test_a_file_over_the_size_limit_is_refused(jfq: Jfq, tmp_path: Path) -> None:
    folder = broken_folder(tmp_path, "glossary.yaml", GLOSSARY + "# " + "x" * 2**21 + "\n")
    run = jfq("term", "三零", "--data-dir", str(folder), env={"JFQ_MAX_DATA_MB": "1"})
    assert (run.code, run.stderr) == (
        3,
        f"jfq: {folder / 'glossary.yaml'}: 2 MB is more than jfq reads (1 MB); "
        "raise JFQ_MAX_DATA_MB to read it\n",
    )
    assert jfq("term", "三零", "--data-dir", str(folder)).code == 0  # the default is larger


def test_a_missing_data_file(jfq: Jfq, tmp_path: Path) -> None:
    folder = broken_folder(tmp_path, "glossary.yaml", GLOSSARY)
    (folder / "targets.yaml").unlink()
    run = jfq("targets", "--data-dir", str(folder))
    assert (run.code, run.stderr) == (3, f"jfq: {folder / 'targets.yaml'}: data file not found\n")


def test_validate_reports_the_same_faults(jfq: Jfq, tmp_path: Path) -> None:
    file, contents, message = CASES["a related entry that does not exist"]
    folder = broken_folder(tmp_path, file, contents)
    run = jfq("validate", "--data-dir", str(folder))
    assert run.code == 3
    assert f"error: glossary.yaml{message}" in run.stdout.replace("\n    ", " ")


def test_a_document_dated_on_no_day_of_the_calendar(jfq: Jfq, tmp_path: Path) -> None:
    # date: '2018-13-45' had validated with no error and shown in jfq source
    file = "sources/001_c84d16bfa9c2ec5e.yaml"
    text = (MINI / file).read_text(encoding="utf-8")
    folder = broken_folder(tmp_path, file, changed(text, "date: 2023-02", "date: '2018-13-45'"))
    expected = (
        f"jfq: {folder / file}:{line_of(text, 'date: ')}: $.date: expected a date that the "
        "calendar has (YYYY, YYYY-MM or YYYY-MM-DD) or undated, got '2018-13-45'\n"
    )
    for command in (["validate"], ["source", "001"], ["term", "三零"]):
        run = jfq(*command, "--data-dir", str(folder))
        assert (run.code, run.stdout, run.stderr) == (3, "", expected), command


def test_sources_that_is_a_file_is_said_to_be_no_folder(jfq: Jfq, tmp_path: Path) -> None:
    # A file named sources had been read as no documents: "source doc '004_…' is not a
    # document" sent the reader looking at glossary.yaml
    folder = broken_folder(tmp_path, "glossary.yaml", GLOSSARY)
    shutil.rmtree(folder / "sources")
    (folder / "sources").write_text("", encoding="utf-8")
    expected = (f"jfq: {folder / 'sources'}: not a folder: sources/ holds the documents, "
                "a file each (sources/<id>.yaml)\n")  # fmt: skip
    for command in (["validate"], ["term", "三零"], ["source", "004"]):
        run = jfq(*command, "--data-dir", str(folder))
        assert (run.code, run.stdout, run.stderr) == (3, "", expected), command
