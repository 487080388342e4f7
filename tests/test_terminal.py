"""jfq in a real (pseudo-)terminal: the home screen, colours, the pager, and TAB in bash.

Each test starts a process on a pty of a fixed size and reads what it draws.
"""

from __future__ import annotations

import os
import re
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import NamedTuple

import pytest

pty = pytest.importorskip("pty")  # POSIX only
fcntl = pytest.importorskip("fcntl")
termios = pytest.importorskip("termios")

ESCAPE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
JFQ = [sys.executable, "-m", "jfq"]
REAL_LESS: dict[str, str | None] = {"JFQ_PAGER": None, "PAGER": None, "LESS": None, "NO_COLOR": "1"}


def _own_terminal() -> None:
    """In the child: a new session whose controlling terminal is the pty, so that Ctrl-C
    typed there reaches the process (and the pager it starts), as in a real terminal."""
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


class Screen(NamedTuple):
    text: str  # everything the process wrote to its terminal
    code: int  # its exit code


def in_terminal(
    command: list[str],
    env: dict[str, str | None] | None = None,
    rows: int = 24,
    keys: bytes | list[bytes] = b"",
) -> Screen:
    """Run ``command`` on a terminal of ``rows`` x 100; type ``keys``; what it printed."""
    master, slave = os.openpty()
    size = rows.to_bytes(2, "little") + (100).to_bytes(2, "little") + bytes(4)
    fcntl.ioctl(slave, termios.TIOCSWINSZ, size)
    environment = {**os.environ, "TERM": "xterm", "COLUMNS": "100", "LINES": str(rows)}
    for name, value in (env or {}).items():
        if value is None:
            environment.pop(name, None)
        else:
            environment[name] = value
    process = subprocess.Popen(  # preexec_fn: the test starts no threads
        command,
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=environment,
        preexec_fn=_own_terminal,  # noqa: PLW1509
    )
    os.close(slave)
    for typed in [keys] if isinstance(keys, bytes) else keys:  # each burst after a pause
        time.sleep(1.0)
        os.write(master, typed)
    chunks, deadline = [], time.monotonic() + 30
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.5)
        if not ready:
            if process.poll() is not None:
                break
            continue
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the process closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    try:  # the terminal is closed; the process may take a moment more to end
        process.wait(timeout=max(1.0, deadline - time.monotonic()))
        hung = False
    except subprocess.TimeoutExpired:  # a pager still waiting, say: fail, do not hang the run
        hung = True
        process.kill()
        process.wait(timeout=10)
    os.close(master)
    assert not hung, f"{command} did not finish: {b''.join(chunks)[-300:]!r}"
    text = b"".join(chunks).decode("utf-8", errors="replace").replace("\r\n", "\n")
    return Screen(text, process.returncode)


def test_the_home_screen_in_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    shown = in_terminal(JFQ, env={"NO_COLOR": None, "JFQ_PAGER": ""}, rows=60).text
    assert ESCAPE.search(shown)  # coloured on a terminal
    plain = ESCAPE.sub("", shown)
    assert "Glossary  193 entries" in plain
    assert "jfq targets --year 2023" in plain


def test_no_color_and_pipes_get_plain_text() -> None:
    shown = in_terminal(
        [*JFQ, "term", "三零"], env={"NO_COLOR": "1", "JFQ_PAGER": ""}, rows=60
    ).text
    assert "三零  san ling" in shown and not ESCAPE.search(shown)
    piped = subprocess.run([*JFQ, "term", "三零"], capture_output=True, text=True, check=True,
                           env={**os.environ, "NO_COLOR": ""})  # fmt: skip
    assert "三零  san ling" in piped.stdout and "\x1b" not in piped.stdout


def test_a_long_listing_goes_through_the_pager(tmp_path: Path) -> None:
    paged = tmp_path / "paged.txt"
    pager = f"sh -c 'cat > {paged}'"
    shown = in_terminal([*JFQ, "terms"], env={"JFQ_PAGER": pager, "NO_COLOR": "1"}, rows=24).text
    listing = paged.read_text(encoding="utf-8")
    assert "添翼计划" in listing and listing.rstrip().endswith("not defined there")
    assert "添翼计划" not in shown  # it went to the pager, not the screen


def test_a_short_answer_and_a_pipe_never_page(tmp_path: Path) -> None:
    paged = tmp_path / "paged.txt"
    pager = f"sh -c 'cat > {paged}'"
    shown = in_terminal([*JFQ, "trend", "gdp_growth"], env={"JFQ_PAGER": pager, "NO_COLOR": "1"},
                        rows=60).text  # fmt: skip
    assert "gdp_growth" in shown and not paged.exists()
    piped = subprocess.run([*JFQ, "terms"], capture_output=True, text=True, check=True,
                           env={**os.environ, "JFQ_PAGER": pager})  # fmt: skip
    assert "添翼计划" in piped.stdout and not paged.exists()


@pytest.mark.skipif(shutil.which("less") is None, reason="needs less")
def test_less_shows_the_first_screen_and_quits_on_q() -> None:
    shown = in_terminal([*JFQ, "terms"], env=REAL_LESS, rows=20, keys=b"q").text
    assert "│ Term" in shown  # the first screen
    assert "not defined there" not in shown  # the end was never shown


@pytest.mark.skipif(shutil.which("less") is None, reason="needs less")
def test_ctrl_c_in_the_pager_does_not_end_jfq_under_it() -> None:
    # Without care, Ctrl-C ends jfq (exit 130) while less still holds the terminal.
    screen = in_terminal([*JFQ, "terms"], env=REAL_LESS, rows=20, keys=[b"\x03", b"q"])
    assert screen.code == 0


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_tab_completes_pinyin_to_the_chinese_name_in_bash(tmp_path: Path) -> None:
    # Typer reads the shell from the process tree unless told not to, and a test run whose
    # parent shell has exited (a background job) has none: "Shell  not supported".
    told = {**os.environ, "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
    shown = subprocess.run([*JFQ, "--show-completion", "bash"], check=False, capture_output=True,
                           text=True, env=told)  # fmt: skip
    assert shown.returncode == 0, shown.stderr  # (a failure says why)
    script = shown.stdout
    (tmp_path / "jfq-completion.sh").write_text(script, encoding="utf-8")
    launcher = tmp_path / "jfq"  # the command bash completes, whatever environment runs the tests
    launcher.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m jfq "$@"\n', encoding="utf-8")
    launcher.chmod(0o755)
    rc = tmp_path / "rc"
    rc.write_text(f"PS1='$ '\nsource {tmp_path / 'jfq-completion.sh'}\n", encoding="utf-8")
    keys = b"jfq term sanshijin\t\t\necho done\nexit\n"
    shown = in_terminal(
        ["bash", "--noprofile", "--rcfile", str(rc), "-i"],
        env={"PATH": f"{tmp_path}{os.pathsep}{os.environ['PATH']}", "NO_COLOR": "1",
             "JFQ_PAGER": ""},
        rows=60,
        keys=keys,
    ).text  # fmt: skip
    screen = ESCAPE.sub("", shown).replace("\r", "")
    typed = screen.split("jfq term sanshijin", 1)[1]
    assert typed.lstrip("\b").startswith("三室经济 ")  # TAB put the name in place of the pinyin
    assert "\n三室经济  san shi jing ji\n" in screen  # and the command ran
    assert "\ndone\n" in screen


def test_extract_on_a_terminal_says_each_error_once(tmp_path: Path) -> None:
    # extract writes YAML by default, and its error object went to the terminal as well as
    # the message: the same error twice.  A pipe still gets the object (test_cli.py).
    shown = in_terminal([*JFQ, "extract", str(tmp_path / "missing.txt")], env={"NO_COLOR": "1"})
    assert shown.code == 2
    assert (
        shown.text == f"jfq: {tmp_path / 'missing.txt'}: cannot read: No such file or directory\n"
    )
