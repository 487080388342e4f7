"""jfq as a process: exit codes, complete output and quiet endings.

The in-process tests (CliRunner) call the Typer app; these run ``python -m jfq``,
whose main() flushes the output itself and ends without the interpreter's
teardown, so what reaches a pipe and the exit code are checked here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from jfq.cli import run

ROOT = Path(__file__).resolve().parents[1]


def jfq_process(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "jfq", *args]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def test_a_long_output_reaches_the_pipe_whole() -> None:
    entries = yaml.safe_load((ROOT / "glossary.yaml").read_text(encoding="utf-8"))["terms"]
    done = jfq_process("terms", "--format", "json")
    assert (done.returncode, done.stderr) == (0, "")
    assert [e["term"] for e in json.loads(done.stdout)] == [e["term"] for e in entries]


def test_nothing_found_exits_1_with_one_line_and_a_hint() -> None:
    done = jfq_process("term", "无此词")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.startswith("jfq: no entry for '无此词'\n")


def test_a_usage_error_exits_2() -> None:
    done = jfq_process("targets", "--year", "20x3")
    assert done.returncode == 2
    assert done.stderr == "jfq: '20x3' is not a year (write four digits, e.g. 2023)\n"


def test_a_reader_that_leaves_early_ends_jfq_quietly() -> None:
    command = [sys.executable, "-m", "jfq", "terms", "--format", "json"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(10)
    process.stdout.close()  # like `jfq terms | head -c 10`
    stderr = process.stderr.read()
    assert (process.wait(), stderr) == (0, b"")


@pytest.mark.parametrize("fmt", ["text", "csv", "json"])
def test_a_reader_gone_before_the_first_line_ends_jfq_quietly(fmt: str) -> None:
    # `jfq targets -f csv | true`: the first write finds the pipe closed. It exited 1,
    # silently, where cat and grep exit 0.
    read, write = os.pipe()
    os.close(read)
    command = [sys.executable, "-m", "jfq", "targets", "-y", "2023", "-f", fmt]
    done = subprocess.run(command, stdout=write, stderr=subprocess.PIPE, check=False)
    os.close(write)
    assert (done.returncode, done.stderr) == (0, b"")


FULL = Path("/dev/full")


@pytest.mark.skipif(not FULL.exists(), reason="needs Linux's /dev/full")
def test_a_full_disk_is_an_error_not_a_bug() -> None:
    command = [sys.executable, "-m", "jfq", "terms"]
    with FULL.open("w") as full:
        done = subprocess.run(command, stdout=full, stderr=subprocess.PIPE, text=True, check=False)
    assert (done.returncode, done.stderr) == (
        4,
        "jfq: cannot write the output: No space left on device\n",
    )


def test_an_output_that_cannot_hold_chinese_is_an_error_not_a_bug() -> None:
    # PYTHONIOENCODING=ascii: every command that wrote Chinese ended in "internal error:
    # UnicodeEncodeError ... this is a bug in jfq"
    environment = {**os.environ, "PYTHONIOENCODING": "ascii"}
    done = subprocess.run([sys.executable, "-m", "jfq", "term", "334", "-f", "json"],
                          capture_output=True, text=True, env=environment, check=False)  # fmt: skip
    assert (done.returncode, done.stderr) == (
        4,
        "jfq: cannot write the output: its encoding (ascii) cannot hold Chinese text;"
        " set PYTHONIOENCODING=utf-8\n",
    )


def test_a_closed_output_is_reported_not_a_traceback() -> None:
    done = subprocess.run(
        ["sh", "-c", f'"{sys.executable}" -m jfq term 334 >&-'],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stderr) == (
        4,
        "jfq: cannot write the output: standard output is closed\n",
    )


# -- run(): the exit codes of what the commands themselves do not expect ----------------------


def broken_lookup(error: BaseException) -> Callable[..., object]:
    def find_term(*args: object) -> object:
        raise error

    return find_term


def test_a_bug_is_one_line_and_exit_70(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("jfq.search.lookup.find_term", broken_lookup(ZeroDivisionError("oops")))
    assert run(["term", "334"]) == 70
    assert capsys.readouterr().err == (
        "jfq: internal error: ZeroDivisionError: oops\n"
        "  this is a bug in jfq; run again with JFQ_DEBUG=1 for the traceback\n"
    )


def test_jfq_debug_adds_the_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("JFQ_DEBUG", "1")
    monkeypatch.setattr("jfq.search.lookup.find_term", broken_lookup(ZeroDivisionError("oops")))
    assert run(["term", "334"]) == 70
    err = capsys.readouterr().err
    assert err.startswith("Traceback (most recent call last):\n")
    assert "in find_term\n" in err and err.endswith("for the traceback\n")


def test_an_interrupt_exits_130_quietly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("jfq.search.lookup.find_term", broken_lookup(KeyboardInterrupt()))
    assert run(["term", "334"]) == 130
    assert capsys.readouterr().err == ""


def test_run_can_be_called_again_with_another_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["term", "三零", "-f", "json"]) == 0
    assert run(["targets", "--year", "2023", "-f", "json"]) == 0
    assert run(["nosuch"]) == 2
    assert "jfq: no such command 'nosuch'" in capsys.readouterr().err


def test_the_readme_and_help_document_every_exit_code_and_error_kind() -> None:
    from jfq.errors import DataError, NotFound, UsageError, WriteError

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    helptext = jfq_process("--help").stdout
    for error in (NotFound, UsageError, DataError, WriteError):
        assert f"\n| {error.exit_code} | " in readme, error
        assert f"`{error.kind}`" in readme, error
        assert f"{error.exit_code} " in helptext.split("Exit codes:")[1], error
    for code in (0, 70, 130):
        assert f"\n| {code} | " in readme
