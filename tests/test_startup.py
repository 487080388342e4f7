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
NEVER = {"pypinyin", "opencc", "pydantic", "msgspec", "platformdirs", "jfq.authoring.extract"}


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


# What `import jfq.cli` and a lookup may load of jfq itself: nothing the command does not use.
# A new module on these lists is a decision (it costs every run its import time), not an
# accident; add it here with the reason in the commit.
IMPORT_CLI = {
    "jfq", "jfq.cli", "jfq.cli.app", "jfq.cli.authoring", "jfq.cli.options", "jfq.cli.reading",
    "jfq.cli.runner", "jfq.data", "jfq.data.model", "jfq.data.records", "jfq.errors",
    "jfq.printable", "jfq.render", "jfq.render.wording",
    # the wording, one package in three modules (it was one module of 620 lines)
    "jfq.render.wording.labels", "jfq.render.wording.changes", "jfq.render.wording.screens",
}  # fmt: skip
LOOKUP = IMPORT_CLI | {
    "jfq.data.convert", "jfq.data.files", "jfq.render.glossary", "jfq.render.writers",
    "jfq.search", "jfq.search.cache", "jfq.search.index", "jfq.search.lookup",
    "jfq.search.normalize",
    "jfq.search.scoring",  # (46 lines split from index.py, which had passed 400)
}  # fmt: skip
TEXT = {"jfq.render.layout", "jfq.render.text"}  # text output lays out its own lines


def own(modules: set[str]) -> set[str]:
    return {m for m in modules if m == "jfq" or m.startswith("jfq.")}


def test_importing_the_command_loads_only_its_own_layer() -> None:
    probe = "import json, sys, jfq.cli; print(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert own(set(json.loads(done.stdout))) == IMPORT_CLI


def test_a_lookup_loads_only_what_it_uses() -> None:
    assert own(modules_after("term", "334", "--format", "json")) == LOOKUP
    assert own(modules_after("term", "334")) == LOOKUP | TEXT


def test_a_glossary_command_does_not_load_the_targets_code() -> None:
    loaded = modules_after("term", "334", "--format", "json")
    assert not {
        m for m in loaded if m.startswith(("jfq.targets", "jfq.render.targets", "jfq.render.trend"))
    }


def test_targets_commands_import_no_yaml_when_cached() -> None:
    loaded = roots(modules_after("compare", "2022", "2023"))
    assert not loaded & ({"yaml"} | NEVER)
