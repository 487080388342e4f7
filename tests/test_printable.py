"""Nothing a data file or a query holds can drive the terminal: no escape sequences,
no bidirectional overrides, no rich markup, no encoding failures."""

from __future__ import annotations

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

from jfq.printable import escape_unsafe, printable
from jfq.render.writers import json_object, write_json, write_json_pieces

Jfq = Callable[..., Run]
MINI = Path(__file__).parent / "fixtures" / "mini"
HOSTILE_EN = "\x1b[31mred [bold]loud[/bold] \u202eevil\x9b2J"
SGR = re.compile(r"\x1b\[[0-9;]*m")  # the colours jfq itself writes


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("三零", "三零"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("\x1b[31mred", "\\x1b[31mred"),
        ("bell\x07", "bell\\x07"),
        ("c1\x9b", "c1\\x9b"),
        ("rtl\u202eabc", "rtl\\u202eabc"),
        ("isolate\u2066x\u2069", "isolate\\u2066x\\u2069"),
        ("lone\udcff", "lone\\udcff"),
        ("[red]not markup[/red]", "[red]not markup[/red]"),
    ],
)
def test_printable(raw: str, shown: str) -> None:
    assert printable(raw) == shown


def test_escaped_json_keeps_the_data() -> None:
    data = {"en": HOSTILE_EN}
    text = escape_unsafe(json.dumps(data, ensure_ascii=False))
    assert json.loads(text) == data
    assert printable(text) == text  # nothing unsafe is left


def test_json_written_in_pieces_is_the_json_of_the_whole() -> None:
    # several pieces' worth (render/writers.py writes 64 KB at a time), unsafe text in one
    data = [{"name": f"指标{i}", "en": HOSTILE_EN if i == 5000 else "x"} for i in range(6000)]
    writes: list[str] = []

    class Counted(io.StringIO):
        def write(self, text: str) -> int:
            writes.append(text)
            return super().write(text)

    out = Counted()
    write_json(out, data)
    assert out.getvalue() == escape_unsafe(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"
    assert len(writes) > 2  # in pieces, not as one string


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"read": [], "targets": []},
        {"read": [{"notes": ["a\nb", HOSTILE_EN]}], "documents": [{"passages": [{"at": 3}]}]},
        {"read": {"nested": {"deep": [1, [2, {}], "三"]}}, "terms": [{"term": "“六稳”"}, {}]},
    ],
)
def test_json_made_an_item_at_a_time_is_the_json_of_the_whole(data: dict[str, object]) -> None:
    # (jfq extract -f json: a draft's lists are made an item at a time, for memory)
    listed = {key for key, value in data.items() if key != "read" and isinstance(value, list)}
    fields = [(k, iter(v) if k in listed else v) for k, v in data.items()]
    out = io.StringIO()
    write_json_pieces(out, json_object(fields, listed))
    assert out.getvalue() == escape_unsafe(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"
    # and as a line of JSON Lines (jfq extract -f jsonl: a report a line)
    fields = [(k, iter(v) if k in listed else v) for k, v in data.items()]
    out = io.StringIO()
    write_json_pieces(out, json_object(fields, listed, line=True))
    line = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    assert out.getvalue() == escape_unsafe(line) + "\n"


@pytest.fixture
def hostile_data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(MINI, folder)
    glossary = folder / "glossary.yaml"
    text = glossary.read_text(encoding="utf-8")
    hostile = json.dumps(HOSTILE_EN)  # a YAML double-quoted string with the escapes
    glossary.write_text(
        text.replace("- term: 三零\n", "- term: '[red]三零'\n", 1).replace(
            """en: '"three zeros" (zero petitions, zero accidents, zero criminal cases)'\n""",
            f"en: {hostile}\n",
            1,
        ),
        encoding="utf-8",
    )
    return folder


def test_text_output_shows_control_characters_and_markup_as_written(
    jfq: Jfq, hostile_data: Path
) -> None:
    run = jfq("term", "[red]三零", "--data-dir", str(hostile_data))
    assert run.code == 0, run
    assert run.stdout.splitlines()[0].startswith("[red]三零  san ling")
    assert run.stdout.splitlines()[1] == "\\x1b[31mred [bold]loud[/bold] \\u202eevil\\x9b2J"
    assert printable(run.stdout) == run.stdout


def test_styled_output_holds_no_escape_but_jfq_s_own_colours(jfq: Jfq, hostile_data: Path) -> None:
    run = jfq("term", "[red]三零", "--data-dir", str(hostile_data), env={"NO_COLOR": None,
              "FORCE_COLOR": "1"})  # fmt: skip
    assert SGR.search(run.stdout)
    assert printable(SGR.sub("", run.stdout)) == SGR.sub("", run.stdout)


@pytest.mark.parametrize("fmt", ["json", "yaml", "csv", "markdown"])
def test_every_format_is_safe_to_print(jfq: Jfq, hostile_data: Path, fmt: str) -> None:
    run = jfq("term", "[red]三零", "--data-dir", str(hostile_data), "--format", fmt)
    assert run.code == 0, run
    assert printable(run.stdout) == run.stdout
    if fmt == "json":
        assert json.loads(run.stdout)["entry"]["en"] == HOSTILE_EN
    if fmt == "yaml":  # the same data, written with escapes
        assert yaml.safe_load(run.stdout)["entry"]["en"] == HOSTILE_EN


def test_a_hostile_query_is_shown_not_obeyed(jfq: Jfq) -> None:
    run = jfq("term", "\x1b[2J\x1b[31mgone")
    assert run.code == 1
    assert run.stderr.startswith("jfq: no entry for '\\x1b[2J\\x1b[31mgone'\n")
    assert "\x1b" not in run.stderr


def test_click_s_own_messages_are_made_printable_too(jfq: Jfq) -> None:
    run = jfq("\x1b[31mnosuch")
    assert run.code == 2
    assert "no such command '\\x1b[31mnosuch'" in run.stderr


def test_a_query_from_a_gbk_terminal_is_understood(tmp_path: Path) -> None:
    # A terminal set to GBK sends GBK bytes; Python passes them on as lone surrogates.
    command = [
        sys.executable.encode(),
        b"-m",
        b"jfq",
        b"term",
        "三零".encode("gbk"),
        b"-f",
        b"json",
    ]
    done = subprocess.run(command, capture_output=True, check=False, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["entry"]["term"] == "三零"


def test_a_utf8_query_under_a_locale_python_reads_as_ascii_is_understood(
    tmp_path: Path,
) -> None:
    # LC_ALL set to a locale the machine lacks: Python decodes arguments as ASCII and hands
    # the UTF-8 bytes over as lone surrogates, which had been read as GB18030 (三零 as 涓夐浂)
    # (the output's encoding is the user's to set, as jfq's error there says)
    env = {**os.environ, "LC_ALL": "xx_XX.UTF-0", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0",
           "PYTHONIOENCODING": "utf-8"}  # fmt: skip
    command = [sys.executable, "-m", "jfq", "term", "三零", "-f", "json"]
    done = subprocess.run(command, capture_output=True, check=False, cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["entry"]["term"] == "三零"


@pytest.mark.parametrize(("typed", "term"), [("sānshì jīngjì", "三室经济"), ("三零", "三零")])
def test_utf8_pinyin_under_a_locale_python_reads_as_ascii(
    tmp_path: Path, typed: str, term: str
) -> None:
    # (the second review: pinyin's tone marks had sent the query to GB18030, s膩nsh矛 j墨ngj矛)
    env = {**os.environ, "LC_ALL": "xx_XX.UTF-0", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0",
           "PYTHONIOENCODING": "utf-8"}  # fmt: skip
    command = [sys.executable.encode(), b"-m", b"jfq", b"term", typed.encode(), b"-f", b"json"]
    done = subprocess.run(command, capture_output=True, check=False, cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["entry"]["term"] == term


def test_gbk_that_is_valid_utf8_of_another_script_is_read_as_gbk(tmp_path: Path) -> None:
    # (the review of stop 44: 一园一品 in GBK is also UTF-8, of Cyrillic and Armenian, һ\u0530һƷ)
    env = {**os.environ, "LC_ALL": "xx_XX.UTF-0", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0",
           "PYTHONIOENCODING": "utf-8"}  # fmt: skip
    command = [sys.executable.encode(), b"-m", b"jfq", b"term", "一园一品".encode("gbk"),
               b"-f", b"json"]  # fmt: skip
    done = subprocess.run(command, capture_output=True, check=False, cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["entry"]["term"] == "一园一品"


def test_bytes_that_are_neither_utf8_nor_gbk_are_replaced(tmp_path: Path) -> None:
    command = [sys.executable.encode(), b"-m", b"jfq", b"term", b"\xff\xfe\xff"]
    done = subprocess.run(command, capture_output=True, check=False, cwd=tmp_path)
    assert done.returncode in (1, 2)
    assert b"Traceback" not in done.stderr
    assert done.stderr.startswith(b"jfq: ")


def test_a_hostile_file_name_stays_in_its_comment(jfq: Jfq, tmp_path: Path) -> None:
    report = tmp_path / "r\nterms: evil\x1b[31m.txt"
    shutil.copy(MINI.parent / "reports" / "demo-2024.txt", report)
    run = jfq("extract", str(report))
    assert run.code == 0, run
    assert printable(run.stdout) == run.stdout
    draft = yaml.safe_load(run.stdout)  # the name did not break out of its comment line
    assert list(draft) == ["documents", "terms", "regions", "targets"]  # (示例区 is new)
    assert [term["term"] for term in draft["terms"]] == ["“四转”", "三零", "四转工程", "双轮驱动"]
