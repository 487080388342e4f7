"""Start-up stays lean: a command imports only what it needs (timing lives in benchmarks/).

Like typer's own tests/test_rich_import.py, these run jfq in a fresh interpreter and
look at sys.modules afterwards.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

PROBE = """
import json, sys
sys.argv = ["jfq", *json.loads(sys.argv[1])]
from jfq.cli import run
run()
sys.stdout.flush()
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""
NEVER = {"pypinyin", "opencc", "pydantic", "msgspec", "platformdirs", "jfq.extract"}


def modules_after(*args: str) -> set[str]:
    command = [sys.executable, "-c", PROBE, json.dumps(args)]
    subprocess.run(command, capture_output=True, check=True)  # builds the cache
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


def roots(modules: set[str]) -> set[str]:
    return {m.split(".")[0] for m in modules} | modules


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_machine_formats_import_neither_rich_nor_yaml(fmt: str) -> None:
    loaded = roots(modules_after("term", "334", "--format", fmt))
    assert not loaded & ({"rich", "yaml"} | NEVER)


def test_plain_text_imports_neither_rich_nor_yaml() -> None:
    """Text into a pipe or file (or with NO_COLOR) is laid out without rich."""
    loaded = roots(modules_after("term", "334"))
    assert not loaded & ({"rich", "yaml"} | NEVER)


def test_styled_text_imports_rich_but_not_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    loaded = roots(modules_after("term", "334"))
    assert "rich" in loaded
    assert not loaded & ({"yaml"} | NEVER)


def test_a_glossary_command_does_not_load_the_targets_code() -> None:
    loaded = modules_after("term", "334", "--format", "json")
    assert "jfq.targets" not in loaded and "jfq.render.targets" not in loaded


def test_targets_commands_import_no_yaml_when_cached() -> None:
    loaded = roots(modules_after("compare", "2022", "2023"))
    assert not loaded & ({"yaml"} | NEVER)
