"""TAB completion: what is offered, in each shell's format, quickly and without rich or YAML."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import typing
from pathlib import Path

import pytest
import typer

from jfq.cli.app import build_app
from jfq.search.complete import ARGUMENTS, FLAGS, OPTION_VALUES, candidates
from jfq.search.index import Index


def offered(index: Index, line: str) -> list[str] | None:
    """What jfq offers for the last word of ``line`` (a trailing space: a new, empty word)."""
    words = line.split()
    incomplete = "" if line.endswith(" ") else words.pop()
    return candidates(lambda: index, words[1:], incomplete)


@pytest.mark.parametrize(
    ("line", "first"),
    [
        ("jfq term 三室", "三室经济"),  # Chinese
        ("jfq term sanshi", "三室经济"),  # pinyin
        ("jfq term sanshijin", "三室经济"),
        ("jfq term ssjj", "三室经济"),  # initials
        ("jfq term 334", "334楼院协商治理模式"),  # an alias
        ("jfq term 添翼", "添翼计划"),
        ("jfq term --format json 三零", "三零"),
        ("jfq mentions 三室", "三室经济"),
        ("jfq targets --region shifan", "示范区"),
        ("jfq targets --region Demonstration", "示范区"),
        ("jfq targets -r 焦", "焦作市"),
        ("jfq trend gdp_g", "gdp_growth"),
    ],
)
def test_values_are_offered_by_their_canonical_spelling(
    index: Index, line: str, first: str
) -> None:
    found = offered(index, line)
    assert found is not None and found[0] == first, found


def test_english_words_complete_to_chinese_names(index: Index) -> None:
    found = offered(index, "jfq term three-room")
    assert found is not None and "三室经济" in found


def test_years_are_those_with_data(index: Index) -> None:
    assert offered(index, "jfq targets --year 202") == ["2021", "2022", "2023", "2026"]
    assert offered(index, "jfq targets -r 焦作市 --year ") == ["2022", "2023", "2024"]  # its own


def test_compare_is_offered_only_the_years_it_can_use(index: Index) -> None:
    # It was offered every year of any region and kind; 2017 and 2021 have results only.
    assert offered(index, "jfq compare ") == ["2022", "2023", "2026"]
    assert offered(index, "jfq compare 2022 ") == ["2022", "2023", "2026"]
    assert offered(index, "jfq compare --kind actual ") == ["2017", "2021", "2022", "2023"]
    assert offered(index, "jfq compare 示范区:") == ["示范区:2022", "示范区:2023"]
    assert offered(index, "jfq compare shifanqu:2022") == ["shifanqu:2022"]


def test_compare_says_which_years_have_targets(jfq) -> None:  # type: ignore[no-untyped-def]
    run = jfq("compare", "2021", "2022")
    assert run.stderr.splitlines()[1] == "  years with target figures for 解放区: 2022, 2023, 2026"


def test_the_readme_completion_example_is_true(index: Index) -> None:
    # sanshi<TAB> stopped at 三, because 三十工程 (san shi gong cheng) also fits.
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    typed, name = re.search(
        r"`jfq\s+term\s+(\w+)<TAB>` becomes `jfq\s+term\s+(\w+)`", readme
    ).groups()
    assert offered(index, f"jfq term {typed}") == [name]


@pytest.mark.parametrize(
    "line",
    [
        "jfq te",  # a command
        "jfq term --for",  # an option
        "jfq term --format ",  # a choice: click knows them
        "jfq targets --kind ",
        "jfq trend gdp_growth ",  # trend takes one key
        "jfq validate ",
    ],
)
def test_the_rest_is_left_to_the_argument_parser(index: Index, line: str) -> None:
    assert offered(index, line) is None


def test_the_completion_tables_match_the_commands() -> None:
    group: typing.Any = typer.main.get_command(build_app())  # click's Group, vendored by typer
    flags, valued = set(), set()
    for command in group.commands.values():
        for param in command.params:
            if param.param_type_name == "option":
                (flags if param.is_flag else valued).update(param.opts)
    assert flags - {"--install-completion", "--show-completion"} <= FLAGS
    assert set(OPTION_VALUES) <= valued
    assert set(ARGUMENTS) <= set(group.commands)


def complete(shell: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "jfq"]
    full = {**os.environ, "_JFQ_COMPLETE": f"complete_{shell}", **env}
    return subprocess.run(command, capture_output=True, text=True, env=full, check=False)


def test_bash_gets_one_value_a_line() -> None:
    done = complete("bash", {"COMP_WORDS": "jfq\nterm\nsanshi", "COMP_CWORD": "2"})
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.splitlines() == ["三室经济", "三十工程"]


def test_zsh_gets_compadd_that_keeps_names_not_beginning_with_the_word() -> None:
    done = complete("zsh", {"_TYPER_COMPLETE_ARGS": "jfq term sanshi"})
    assert done.stdout == "compadd -U -- '三室经济' '三十工程'\n"


def test_fish_and_powershell() -> None:
    fish = complete("fish", {"_TYPER_COMPLETE_ARGS": "jfq term ssjj",
                             "_TYPER_COMPLETE_FISH_ACTION": "get-args"})  # fmt: skip
    assert fish.stdout == "三室经济\n"
    pwsh = complete("powershell", {"_TYPER_COMPLETE_ARGS": "jfq term ssjj",
                                   "_TYPER_COMPLETE_WORD_TO_COMPLETE": "ssjj"})  # fmt: skip
    assert pwsh.stdout == "三室经济::: \n"


def test_commands_and_options_still_complete_through_typer() -> None:
    done = complete("bash", {"COMP_WORDS": "jfq\nta", "COMP_CWORD": "1"})
    assert done.stdout.split() == ["targets"]
    done = complete("bash", {"COMP_WORDS": "jfq\nterm\n--format\n", "COMP_CWORD": "3"})
    assert done.stdout.split() == ["text", "json", "yaml", "csv", "markdown", "jsonl"]


def test_completion_loads_neither_rich_nor_yaml() -> None:
    probe = (
        "import json, os, sys\n"
        "os.environ.update({'_JFQ_COMPLETE': 'complete_bash', 'COMP_WORDS': 'jfq term san',"
        " 'COMP_CWORD': '2'})\n"
        "from jfq.cli import run\nrun([])\n"
        "print(json.dumps(sorted(sys.modules)), file=sys.stderr)\n"
    )
    for _ in range(2):  # the first run may build the index (and read the YAML)
        done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                              check=True)  # fmt: skip
    loaded = {name.split(".")[0] for name in json.loads(done.stderr.splitlines()[-1])}
    assert not loaded & {"rich", "yaml"}
    assert done.stdout.startswith("三")
