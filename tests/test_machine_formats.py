"""The machine formats carry every fact the tables show (stop 43's fault hunt): a result's
own source, a fall's direction, the aim of 保8%、争9%, each side's documents, and sides that
can be told apart.  The README: "The CSV and Markdown of targets, compare and trend carry
each figure's key, documents and quotes"."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

from conftest import Run

Jfq = Callable[..., Run]


def csv_rows(run: Run) -> list[dict[str, str]]:
    assert run.code == 0, run.stderr
    return list(csv.DictReader(io.StringIO(run.stdout)))


# -- a result's own source ---------------------------------------------------------------------


def test_a_targets_csv_row_carries_its_results_source_too(jfq: Jfq) -> None:
    # 2022's 新增技能人才2400人 (004) met by 6611人, which the 2023 report (001) states
    rows = csv_rows(jfq("targets", "--year", "2022", "-f", "csv"))
    skilled = next(r for r in rows if r["key"] == "new_skilled_workers" and r["kind"] == "target")
    assert (skilled["actual"], skilled["status"], skilled["doc"]) == (
        "6611人", "met", "004_bddc84386e9e697e")  # fmt: skip
    assert skilled["quote"].endswith("新增技能人才2400人")
    assert skilled["result_doc"] == "001_c84d16bfa9c2ec5e\n001_c84d16bfa9c2ec5e"
    assert skilled["result_quote"].split("\n") == [
        "扎实推进“人人持证、技能河南”工作，推进情况纳入区政府民生实事考核范畴，并实行周调度制度，"
        "实现新增技能人才6611人，完成市定目标的275%。",
        "技能培训完成市定目标的275%",
    ]
    alone = next(r for r in rows if r["kind"] == "target" and not r["actual"])
    assert (alone["result_doc"], alone["result_quote"]) == ("", "")
