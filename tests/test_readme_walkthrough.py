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


def test_a_merge_with_conflicts_writes_the_rest_as_readme_and_help_say(
    jfq: Callable[..., Any], tmp_path: Path
) -> None:
    # The help said conflicts are left out and the rest written (exit 1), which is what a
    # merge does; the README's "Adding a report" said "all or nothing", and its table of
    # exit codes had 1 for "nothing found" alone.
    report = tmp_path / "erqi.txt"
    report.write_text("2018年,二七区主要预期目标:地区生产总值增长8%以上,一般公共预算收入增长5%以上。\n",
                      encoding="utf-8")  # fmt: skip
    draft = yaml.safe_load(jfq("extract", str(report), "-r", "二七区").stdout)
    first, second = draft["targets"]
    data = tmp_path / "data"
    data.mkdir()
    path = tmp_path / "draft.yaml"
    path.write_text(yaml.safe_dump({**draft, "targets": [first]}, allow_unicode=True), "utf-8")
    assert jfq("merge", str(path), "--data-dir", str(data)).code == 0
    first["en"] = "Growth of GDP"  # a conflict, and a row that is new
    path.write_text(yaml.safe_dump(draft, allow_unicode=True), "utf-8")
    run = jfq("merge", str(path), "--data-dir", str(data))
    assert run.code == 1
    assert run.stderr == "jfq: 1 conflict(s) left out, listed above\n"
    rows = yaml.safe_load((data / "targets.yaml").read_text(encoding="utf-8"))["targets"]
    assert [(row["key"], row["en"]) for row in rows] == [
        ("gdp_growth", "GDP growth"),  # as it was
        ("public_budget_revenue_growth", second["en"]),  # the rest, written
    ]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    adding = readme.split("## Adding a report", 1)[1].split("**A real report", 1)[0]
    merge_line = next(line for line in adding.splitlines() if line.startswith("jfq merge"))
    assert "conflicts listed, the rest added" in merge_line, merge_line
    codes = readme.split("### Errors and exit codes", 1)[1].split("\n\n", 2)[1]
    code_1 = next(line for line in codes.splitlines() if line.startswith("| 1 |"))
    assert "`jfq merge` left conflicts out (the rest was written)" in code_1, code_1
    helptext = " ".join(jfq("merge", "--help", env={"COLUMNS": "200"}).stdout.split())
    assert "listed, not written, and the rest is written (exit code 1)" in helptext
