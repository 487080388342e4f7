"""The README's pictures are jfq's real output: drawn again here and compared byte for byte."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).parents[1] / "scripts" / "gen_pictures.py"


def pictures() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_pictures", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["term-334.svg", "targets-2023.svg", "compare-2022-2023.svg"])
def test_each_picture_is_current(name: str) -> None:
    script = pictures()
    committed = (script.PICTURES / name).read_text(encoding="utf-8")
    assert script.draw(script.COMMANDS[name]) == committed, (
        f"docs/img/{name} is out of date: run python scripts/gen_pictures.py and look at it"
    )


def test_the_readme_shows_every_picture() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    for name in pictures().COMMANDS:
        assert f"(docs/img/{name})" in readme


def test_a_picture_keeps_the_colours_and_escapes_the_text() -> None:
    script = pictures()
    drawn = script.svg("$ jfq", "\x1b[1;32m<met>\x1b[0m 三零 & 334\n")
    assert '<text xml:space="preserve" x="16" y="60" textLength="42" ' in drawn
    assert 'fill="#23d18b" font-weight="bold">&lt;met&gt;</text>' in drawn
    assert "> 三零 &amp; 334</text>" in drawn
