"""The README's walk-through of adding a report (extract, review, merge, validate, read) is
real: each command run here in turn prints what the README shows, and the reviewer's edits
it shows are the ones applied."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
ENV = {"COLUMNS": "100", "NO_COLOR": "1"}
# each list of the draft, and the field that tells its items apart
FIELDS = {"documents": "id", "regions": "name", "targets": "name"}


def _section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split("**A real report, start to finish.**", 1)[1]


def _shown_after(section: str, command: str) -> str:
    """What the README prints after ``command``'s line (to the next command or the block's end)."""
    rest = section.split(f"$ {command}\n", 1)[1]
    ends = [at for at in (rest.find("$ jfq "), rest.find("```")) if at >= 0]
    return rest[: min(ends)]


def _reviewed(draft: dict[str, Any], edits: dict[str, Any]) -> dict[str, Any]:
    for key, field in FIELDS.items():
        for edit in edits.get(key) or []:
            matches = [item for item in draft[key] if item[field] == edit[field]]
            assert len(matches) == 1, (key, edit[field])  # the README names one item
            matches[0].update(edit)
    return draft


def test_the_readme_walk_through_is_real_output(
    jfq: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    section = _section()
    text = section.split("$ cat erqi.txt\n", 1)[1].split("$ mkdir my-data\n", 1)[0]
    monkeypatch.chdir(tmp_path)
    Path("erqi.txt").write_text(text, encoding="utf-8")
    Path("my-data").mkdir()
    extracted = jfq("extract", "erqi.txt", "--region", "二七区", env=ENV)
    assert extracted.code == 0
    assert extracted.stderr == _shown_after(
        section, "jfq extract erqi.txt --region 二七区 > draft.yaml"
    )
    edits = yaml.safe_load(section.split("```yaml\n", 1)[1].split("```", 1)[0])
    draft = _reviewed(yaml.safe_load(extracted.stdout), edits)
    kinds = [row["kind"] for row in draft["targets"]]
    assert (kinds.count("target"), kinds.count("actual")) == (7, 12)  # as the README says
    Path("draft.yaml").write_text(yaml.safe_dump(draft, allow_unicode=True), encoding="utf-8")
    for command in (
        "jfq merge draft.yaml --data-dir my-data",
        "jfq validate --data-dir my-data",
        "jfq targets --year 2017 --region 二七区 --data-dir my-data",
    ):
        run = jfq(*command.split()[1:], env=ENV)
        assert run.code == 0, (command, run.stderr)
        assert run.stdout == _shown_after(section, command), command
    stored = yaml.safe_load(Path("my-data/sources/erqi.yaml").read_text(encoding="utf-8"))
    assert stored["kind"] == "news summary"  # the reviewer's edit, kept
